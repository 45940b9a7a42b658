//! Everything about one unit: kind, aliases, workload, tasks, collaborators.
//!
//! ```text
//! cargo run --example unit -- 发改局
//! ```
//!
//! An unknown name prints the nearest known names and exits with status 1.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use yiwu_duties::{Include, Role, Unit, Via};

/// Appends a line to the report (writing to a `String` cannot fail).
macro_rules! out {
    ($o:ident, $($arg:tt)*) => {{
        let _ = writeln!($o, $($arg)*);
    }};
}

fn label(unit: &Unit) -> String {
    match unit.gloss() {
        Some(g) if g.is_certain() => format!("{} ({})", unit.name(), g.english()),
        Some(g) => format!("{} ({}?)", unit.name(), g.english()),
        None => unit.name().to_owned(),
    }
}

fn main() -> ExitCode {
    let Some(name) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example unit -- <unit name>");
        return ExitCode::from(2);
    };
    let index = yiwu_duties::index();
    let units = index.units();
    let Some(handle) = index.unit(&name) else {
        eprintln!("unknown unit: {name}");
        let near: Vec<_> = units.suggest(&name).collect();
        if near.is_empty() {
            eprintln!("no known unit has a similar name");
        } else {
            eprintln!("did you mean:");
            for u in near {
                eprintln!("  {}", label(u));
            }
        }
        return ExitCode::from(1);
    };
    let unit = handle.unit();

    let mut o = String::new();
    out!(o, "{}", unit.name());
    match unit.gloss() {
        Some(g) => {
            let sure = if g.is_certain() {
                ""
            } else {
                " (uncertain gloss)"
            };
            out!(o, "  English: {}{sure}", g.english());
            if let Some(note) = g.note() {
                out!(o, "  note: {note}");
            }
        }
        None => out!(o, "  English: (no gloss)"),
    }
    out!(o, "  kind: {}", unit.kind());
    if !unit.aliases().is_empty() {
        out!(o, "  aliases: {}", unit.aliases().join("、"));
    }
    if unit.written_as() != [unit.name()] {
        out!(o, "  written as: {}", unit.written_as().join("、"));
    }
    if let Some(parent) = unit.parent() {
        out!(o, "  office of: {parent}");
    }
    if !unit.offices().is_empty() {
        out!(o, "  offices: {}", unit.offices().join("、"));
    }

    let w = handle.workload();
    out!(
        o,
        "\nWorkload: {} carried (lead {}, sole {}), {} joint, {} in all",
        w.carried(),
        w.lead(),
        w.sole(),
        w.joint(),
        w.total()
    );
    if !unit.offices().is_empty() {
        let with = handle.workload_with(Include::EXACT.with_offices());
        out!(
            o,
            "  with offices: {} carried, {} joint, {} in all",
            with.carried(),
            with.joint(),
            with.total()
        );
    }
    if unit.kind() == yiwu_duties::UnitKind::Town {
        let with = handle.workload_with(Include::EXACT.with_collectives());
        out!(
            o,
            "  with tasks given to every town (各镇街): {} carried, {} joint, {} in all",
            with.carried(),
            with.joint(),
            with.total()
        );
        let possible = handle
            .tasks(Include::EXACT.with_collectives())
            .filter(|t| t.via() == Via::TownsConcerned)
            .count();
        out!(
            o,
            "  and possibly {possible} more given to the towns concerned (相关镇街)"
        );
    }

    out!(o, "\nBy leader group:");
    for s in handle.workload_by_group() {
        out!(
            o,
            "  {} {} {}: {} carried, {} joint",
            s.part().letter(),
            s.group().unwrap_or_default(),
            s.label(),
            s.carried(),
            s.joint()
        );
    }

    let (carried, joined): (Vec<_>, Vec<_>) = handle
        .tasks(Include::EXACT)
        .partition(|t| t.role().carries());
    out!(o, "\nLeads or carries alone ({}):", carried.len());
    for t in carried {
        let role = if t.role() == Role::Lead {
            "lead"
        } else {
            "sole"
        };
        out!(
            o,
            "  {:<8} [{role}] {}",
            t.task().id().to_string(),
            t.task().text()
        );
    }
    out!(o, "\nJoins ({}):", joined.len());
    for t in joined {
        out!(o, "  {:<8} {}", t.task().id().to_string(), t.task().text());
    }

    out!(
        o,
        "\nTop collaborators (shared tasks; while this unit carries / joins):"
    );
    for c in handle.collaborators().take(10) {
        let other = units
            .get(c.unit())
            .map(label)
            .unwrap_or_else(|| c.unit().to_owned());
        out!(
            o,
            "  {:>3}  ({:>2} / {:>2})  {other}",
            c.shared(),
            c.while_carrying(),
            c.while_joining()
        );
    }
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = std::io::stdout().lock().write_all(o.as_bytes());
    ExitCode::SUCCESS
}
