//! Every target of the embedded 2022 Yiwu breakdown as a table, then the
//! totals per unit of measure of the `amount` targets.
//!
//! Run with `cargo run --example targets`.

use unicode_width::UnicodeWidthStr;

/// Pads `s` to `width` terminal columns (CJK characters take two).
fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn main() {
    let b = yiwu_duties::breakdown();
    println!(
        "{} {} {} {} {} {} unit",
        pad("task", 8),
        pad("lead units", 24),
        pad("indicator", 40),
        pad("kind", 13),
        pad("comparator", 10),
        pad("value", 14),
    );
    for t in b.targets() {
        let target = t.target();
        let leads: Vec<&str> = t.task().leads().map(|a| a.name()).collect();
        let value = match (target.value(), target.benchmark()) {
            (Some(v), _) => v.to_string(),
            (None, Some(benchmark)) => benchmark.to_owned(),
            (None, None) => "-".to_owned(),
        };
        let indicator = match target.part_of() {
            Some(i) => format!("  of #{i}: {}", target.indicator()),
            None => target.indicator().to_owned(),
        };
        println!(
            "{} {} {} {} {} {} {}",
            pad(&t.task().id().to_string(), 8),
            pad(&leads.join("、"), 24),
            pad(&indicator, 40),
            pad(target.kind().as_str(), 13),
            pad(target.comparator().as_str(), 10),
            pad(&value, 14),
            target.unit().unwrap_or("-")
        );
    }
    println!();
    println!("Totals of amount targets per unit of measure (parts left out):");
    for total in b.targets().totals() {
        println!(
            "  {} {} ({} targets)",
            pad(total.unit(), 8),
            total.value(),
            total.count()
        );
    }
}
