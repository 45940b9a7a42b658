//! The leader × unit table: for each leader group (columns) and unit
//! (rows), the tasks the unit carries (▲ lead or sole) and joins.
//!
//! ```text
//! cargo run --example leaders            # the 25 units with most tasks
//! cargo run --example leaders -- --all   # every named unit
//! cargo run --example leaders -- K2      # one group's units, by role
//! ```

mod common;

use std::collections::BTreeMap;
use std::process::ExitCode;

use common::{Table, leaders_chinese, leaders_english};
use yiwu_duties::{Breakdown, Index, PartKind, breakdown, index};

fn main() -> ExitCode {
    let b = breakdown();
    let arg = std::env::args().nth(1);
    print_legend(b);
    match arg.as_deref() {
        None => matrix(index(), Some(25)),
        Some("--all") => matrix(index(), None),
        Some(id) => return group(index(), id),
    }
    ExitCode::SUCCESS
}

/// The group id as in task ids: `K2`, `L4`.
fn group_id(part: PartKind, ordinal: u32) -> String {
    format!("{}{}", part.letter(), ordinal)
}

fn print_legend(b: &Breakdown) {
    let mut legend = Table::new(&["group", "leaders", "English"]);
    for part in b.parts() {
        for g in part.groups() {
            legend.row(&[
                group_id(part.kind(), g.ordinal()),
                leaders_chinese(g),
                leaders_english(g),
            ]);
        }
    }
    legend.print();
    println!();
}

/// Units as rows, groups as columns; a cell is `carried/joint`.
fn matrix(index: &Index<'_>, top: Option<usize>) {
    let columns: Vec<String> = index
        .breakdown()
        .parts()
        .iter()
        .flat_map(|p| p.groups().iter().map(|g| group_id(p.kind(), g.ordinal())))
        .collect();
    let mut cells: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for row in index.leader_unit_matrix() {
        cells.insert(
            (row.unit.clone(), group_id(row.part, row.group)),
            (row.lead + row.sole, row.joint),
        );
    }
    let ranked: Vec<_> = index.workloads().collect();
    let shown = top.unwrap_or(ranked.len()).min(ranked.len());
    let mut headers = vec!["unit", "English"];
    headers.extend(columns.iter().map(String::as_str));
    headers.push("total");
    let mut table = Table::new(&headers).right(&(2..headers.len()).collect::<Vec<_>>());
    for w in &ranked[..shown] {
        let english = index
            .units()
            .get(w.unit())
            .and_then(|u| u.english())
            .unwrap_or("");
        let mut row = vec![w.unit().to_owned(), english.to_owned()];
        for column in &columns {
            row.push(match cells.get(&(w.unit().to_owned(), column.clone())) {
                Some((carried, joint)) => format!("{carried}/{joint}"),
                None => String::new(),
            });
        }
        row.push(format!("{}/{}", w.carried(), w.joint()));
        table.row(&row);
    }
    println!(
        "Tasks carried (▲ lead or sole) / joined, by leader group; units ranked by tasks carried:"
    );
    table.print();
    if shown < ranked.len() {
        println!("… {} more units: run with --all", ranked.len() - shown);
    }
}

/// One group's units, most tasks carried first.
fn group(index: &Index<'_>, id: &str) -> ExitCode {
    let rows: Vec<_> = index
        .leader_unit_matrix()
        .filter(|r| group_id(r.part, r.group).eq_ignore_ascii_case(id))
        .collect();
    if rows.is_empty() {
        eprintln!("no leader group {id:?}: use an id from the table above, such as K2 or L4");
        return ExitCode::FAILURE;
    }
    let mut rows = rows;
    rows.sort_by_key(|r| std::cmp::Reverse((r.lead + r.sole, r.total)));
    let mut table =
        Table::new(&["unit", "English", "kind", "lead", "sole", "joint"]).right(&[3, 4, 5]);
    for r in rows {
        table.row(&[
            r.unit.clone(),
            r.unit_english.clone().unwrap_or_default(),
            r.kind.to_string(),
            r.lead.to_string(),
            r.sole.to_string(),
            r.joint.to_string(),
        ]);
    }
    println!("Group {id}:");
    table.print();
    ExitCode::SUCCESS
}
