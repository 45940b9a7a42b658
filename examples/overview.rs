//! The whole breakdown at a glance: the notice, tasks per part and per
//! leader group, and the units that carry the most tasks.
//!
//! Run with `cargo run --example overview`.

mod common;

use common::{Table, leaders_chinese, leaders_english};
use yiwu_duties::breakdown;

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
            part.tasks().count().to_string(),
        ]);
    }
    parts.row(&["total", "", "", &b.tasks().count().to_string()]);
    parts.print();
    println!();

    let mut groups =
        Table::new(&["id", "leaders", "titles (English)", "areas", "tasks"]).right(&[4]);
    for part in b.parts() {
        for group in part.groups() {
            let areas: Vec<&str> = group.areas().iter().map(|a| a.name()).collect();
            groups.row(&[
                format!("{}{}", part.kind().letter(), group.ordinal()),
                leaders_chinese(group),
                leaders_english(group),
                areas.join("、"),
                group.tasks().count().to_string(),
            ]);
        }
    }
    groups.print();
    println!();

    let mut areas = Table::new(&["id", "area (方面)", "English", "tasks"]).right(&[3]);
    for part in b.parts() {
        for group in part.groups() {
            for area in group.areas() {
                areas.row(&[
                    format!(
                        "{}{}.{}",
                        part.kind().letter(),
                        group.ordinal(),
                        area.ordinal()
                    ),
                    area.name().to_owned(),
                    area.english().unwrap_or("").to_owned(),
                    area.tasks().len().to_string(),
                ]);
            }
        }
    }
    areas.print();
    println!();

    // Units ranked by the tasks they carry (lead or sole), aliases merged;
    // collective placeholders such as 各镇街 are not ranked as bodies.
    let mut units =
        Table::new(&["unit", "English", "lead", "sole", "joint", "total"]).right(&[2, 3, 4, 5]);
    for w in yiwu_duties::index().workloads().take(12) {
        // An uncertain gloss is marked with "(?)"; see the units module docs.
        let english = match yiwu_duties::index()
            .units()
            .get(w.unit())
            .and_then(|u| u.gloss())
        {
            Some(g) if g.is_certain() => g.english().to_owned(),
            Some(g) => format!("{} (?)", g.english()),
            None => String::new(),
        };
        units.row(&[
            w.unit().to_owned(),
            english,
            w.lead().to_string(),
            w.sole().to_string(),
            w.joint().to_string(),
            w.total().to_string(),
        ]);
    }
    println!("Units carrying the most tasks (lead or sole):");
    units.print();
}
