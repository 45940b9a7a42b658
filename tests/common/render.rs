//! Renders a parsed breakdown as plain text that reads line by line against
//! its source, for snapshots.

use std::fmt::Write;

use yiwu_duties::{Breakdown, Role};

/// The whole breakdown: notice, structure, every task with its units, then
/// every repair and warning.
pub fn render(b: &Breakdown) -> String {
    let mut out = String::new();
    let n = b.notice();
    let lines = n
        .lines()
        .map_or("-".to_owned(), |r| format!("{}-{}", r.first(), r.last()));
    writeln!(out, "notice lines {lines}").unwrap();
    writeln!(out, "  issuer: {:?}", n.issuer()).unwrap();
    writeln!(out, "  number: {:?}", n.number()).unwrap();
    writeln!(out, "  title: {:?}", n.title()).unwrap();
    writeln!(out, "  addressees: {:?}", n.addressees()).unwrap();
    for p in n.body() {
        writeln!(out, "  body: {p}").unwrap();
    }
    writeln!(out, "  signatory: {:?}", n.signatory()).unwrap();
    writeln!(out, "  date: {:?}", n.date().map(|d| d.to_string())).unwrap();
    writeln!(out, "  published: {}", n.is_published()).unwrap();
    // The back matter only where there is some: most fixtures have none.
    for line in n.end_matter() {
        writeln!(out, "  back matter line {}: {}", line.line(), line.text()).unwrap();
    }
    if let Some(offices) = n.copied_to() {
        writeln!(out, "  copied to: {offices}").unwrap();
    }
    if let Some(date) = n.printed() {
        writeln!(out, "  printed: {date}").unwrap();
    }
    for part in b.parts() {
        let lines = part.title_lines();
        let line = if lines.first() == lines.last() {
            lines.first().to_string()
        } else {
            format!("{}-{}", lines.first(), lines.last())
        };
        if let Some(label) = part.attachment() {
            writeln!(out, "attachment line {}: {}", label.line(), label.text()).unwrap();
        }
        // A span of years is shown only where a title names one, as the
        // seed's do not.
        let span = match part.years() {
            Some(years) if years.start() != years.end() => {
                format!(" years {}-{}", years.start(), years.end())
            }
            _ => String::new(),
        };
        writeln!(
            out,
            "part {:?} line {} year {:?}{span}: {}",
            part.kind(),
            line,
            part.year(),
            part.title()
        )
        .unwrap();
        for note in part.notes() {
            writeln!(out, "  note line {}: {}", note.line(), note.text()).unwrap();
        }
        for group in part.groups() {
            let leaders = leader_list(group.leaders());
            writeln!(
                out,
                "  group {} line {}: {}",
                group.ordinal(),
                group.line(),
                leaders
            )
            .unwrap();
            for text in group.text() {
                writeln!(out, "    text: {text}").unwrap();
            }
            if group.areas().is_empty() {
                render_tasks(&mut out, group.direct_tasks(), "    ");
            }
            for area in group.areas() {
                // An area's own leaders only where it names some: the
                // seed's areas, like most, are headed by their group's.
                let leaders = match area.leaders() {
                    [] => String::new(),
                    named => format!(" leaders {}", leader_list(named)),
                };
                writeln!(
                    out,
                    "    area {} line {}: {}{leaders}",
                    area.ordinal(),
                    area.line(),
                    area.name()
                )
                .unwrap();
                render_tasks(&mut out, area.tasks(), "      ");
            }
        }
    }
    for r in b.repairs() {
        writeln!(out, "repair {r}").unwrap();
    }
    for w in b.warnings() {
        writeln!(out, "warning {w}").unwrap();
    }
    out
}

fn render_tasks(out: &mut String, tasks: &[yiwu_duties::Task], indent: &str) {
    for t in tasks {
        let (first, last) = (t.lines().first(), t.lines().last());
        let span = if first == last {
            format!("{first}")
        } else {
            format!("{first}-{last}")
        };
        if let Some(label) = t.label() {
            writeln!(out, "{indent}[{label}]").unwrap();
        }
        writeln!(out, "{indent}{} line {span}: {}", t.id(), t.text()).unwrap();
        let units: Vec<String> = t
            .assignments()
            .iter()
            .map(|a| match a.role() {
                Role::Lead => format!("▲{}", a.name()),
                Role::Sole => format!("{} (sole)", a.name()),
                Role::Joint => a.name().to_owned(),
                Role::Unmarked => format!("{} (unmarked)", a.name()),
            })
            .collect();
        writeln!(out, "{indent}  units: {}", units.join("、")).unwrap();
        // Shown only where the task states them, as the seed's tasks do not.
        if !t.own_leaders().is_empty() {
            let leaders = leader_list(t.own_leaders());
            writeln!(out, "{indent}  leaders: {leaders}").unwrap();
        }
        if let Some(d) = t.deadline() {
            writeln!(
                out,
                "{indent}  deadline: {} (year {:?}, month {:?}, day {:?})",
                d.text(),
                d.year(),
                d.month(),
                d.day()
            )
            .unwrap();
        }
    }
}

/// Leaders as `name [titles]`, joined with ` + `; a title kept as written
/// is marked `?`.
fn leader_list(leaders: &[yiwu_duties::Leader]) -> String {
    let leaders: Vec<String> = leaders
        .iter()
        .map(|l| {
            let mut titles: Vec<&str> = l.titles().iter().map(|t| t.chinese()).collect();
            // Titles kept as written, marked as such.
            let other: Vec<String> = l.other_titles().iter().map(|t| format!("?{t}")).collect();
            titles.extend(other.iter().map(String::as_str));
            format!("{} [{}]", l.name(), titles.join("、"))
        })
        .collect();
    leaders.join(" + ")
}
