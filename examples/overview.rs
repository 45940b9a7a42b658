//! The whole breakdown at a glance: the notice, tasks per part and per
//! leader group, and the units that carry the most tasks.
//!
//! Run with `cargo run --example overview`.

mod common;

use std::collections::HashMap;

use common::Table;
use yiwu_duties::{breakdown, Role};

fn main() {
    let b = breakdown();
    let notice = b.notice();
    println!(
        "{} · {}",
        notice.number().unwrap_or("-"),
        notice.date().map(|d| d.to_string()).unwrap_or_default()
    );
    println!("{}", notice.title().unwrap_or("-"));
    println!("Issued by {}\n", notice.issuer().unwrap_or("-"));

    let mut parts = Table::new(&["part", "English", "groups", "tasks"]).right(&[2, 3]);
    for part in b.parts() {
        parts.row(&[
            part.title().to_owned(),
            part.kind().english().to_owned(),
            part.groups().len().to_string(),
            part.tasks(b).len().to_string(),
        ]);
    }
    parts.row(&["total", "", "", &b.tasks().count().to_string()]);
    parts.print();
    println!();

    let mut groups =
        Table::new(&["id", "leaders", "titles (English)", "areas", "tasks"]).right(&[4]);
    for part in b.parts() {
        for group in part.groups() {
            let leaders: Vec<String> = group
                .leaders()
                .iter()
                .map(|l| {
                    let titles: Vec<&str> = l.titles().iter().map(|t| t.chinese()).collect();
                    format!("{}{}", l.name(), titles.join("、"))
                })
                .collect();
            let titles: Vec<String> = group
                .leaders()
                .iter()
                .map(|l| {
                    l.titles()
                        .iter()
                        .map(|t| t.english())
                        .collect::<Vec<_>>()
                        .join(" & ")
                })
                .collect();
            let areas: Vec<&str> = group.areas().iter().map(|a| a.name()).collect();
            groups.row(&[
                format!("{}{}", part.kind().letter(), group.ordinal()),
                leaders.join("、"),
                titles.join("; "),
                areas.join("、"),
                group.tasks(b).len().to_string(),
            ]);
        }
    }
    groups.print();
    println!();

    // Units ranked by the tasks they carry (lead or sole), as written.
    let mut carried: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    for assignment in b.tasks().flat_map(|t| t.units()) {
        let entry = carried.entry(assignment.name()).or_default();
        match assignment.role() {
            Role::Lead => entry.0 += 1,
            Role::Sole => entry.1 += 1,
            Role::Joint => entry.2 += 1,
        }
    }
    let mut ranked: Vec<_> = carried.into_iter().collect();
    ranked.sort_by(|a, b| (b.1 .0 + b.1 .1, b.1 .2, a.0).cmp(&(a.1 .0 + a.1 .1, a.1 .2, b.0)));
    let mut units = Table::new(&["unit", "lead", "sole", "joint"]).right(&[1, 2, 3]);
    for (name, (lead, sole, joint)) in ranked.into_iter().take(12) {
        units.row(&[
            name.to_owned(),
            lead.to_string(),
            sole.to_string(),
            joint.to_string(),
        ]);
    }
    println!("Units carrying the most tasks (lead or sole):");
    units.print();
}
