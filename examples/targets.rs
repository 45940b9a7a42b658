//! Every quantitative target of the embedded 2022 Yiwu breakdown as a
//! table, then the totals per measure (unit of measure) of the aggregate
//! `amount` targets.
//!
//! Run with `cargo run --example targets`.

mod common;

use common::Table;
use unicode_width::UnicodeWidthChar;

/// `s` cut to `width` terminal columns, with `…` where it was cut, so that
/// one long indicator does not push every row off the screen.
fn clip(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(1) {
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

fn main() -> Result<(), yiwu_duties::TotalOverflow> {
    let index = yiwu_duties::index();
    let mut table = Table::new(&[
        "task",
        "carried by",
        "indicator",
        "kind",
        "comparator",
        "value",
        "measure",
        "written",
        "scope",
        "commitment",
    ])
    .right(&[5]);
    for t in index.targets() {
        let target = t.target();
        let carriers: Vec<&str> = t.task().carriers().map(|a| a.name()).collect();
        // A target with no figure is relative to a benchmark (高于全省平均)
        // or of a kind that needs none (翻番, 全覆盖, 清零).
        let value = match (target.value(), target.benchmark()) {
            (Some(v), _) => v.to_string(),
            (None, Some(benchmark)) => format!("vs {benchmark}"),
            (None, None) => "-".to_owned(),
        };
        let indicator = match target.part_of() {
            Some(i) => format!("└ part of #{i}: {}", target.indicator()),
            None => target.indicator().to_owned(),
        };
        table.row(&[
            t.task().id().to_string(),
            clip(&carriers.join("、"), 26),
            clip(&indicator, 36),
            target.kind().as_str().to_owned(),
            // Doubling, full coverage and zero have no comparator.
            target.comparator().map_or("-", |c| c.as_str()).to_owned(),
            value,
            target.measure().unwrap_or("-").to_owned(),
            target.measure_as_written().unwrap_or("-").to_owned(),
            target.scope().as_str().to_owned(),
            target.commitment().as_str().to_owned(),
        ]);
    }
    table.print();
    println!();
    println!(
        "Totals of aggregate amount targets per measure (parts of a whole and per-entity levels left out):"
    );
    let mut totals = Table::new(&["measure", "total", "targets"]).right(&[1, 2]);
    for total in index.targets().totals()? {
        totals.row(&[
            total.measure().to_owned(),
            total.value().to_string(),
            total.count().to_string(),
        ]);
    }
    totals.print();
    Ok(())
}
