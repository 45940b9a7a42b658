//! Reads a document of the genre and shows what the parser made of it:
//! its parts, groups and areas, every task with its units and roles, and
//! every repair and warning; or, when it cannot be read, every error with
//! the source line and the span underlined.
//!
//! ```text
//! cargo run --example check -- PATH     # a notice saved as text or Markdown
//! cargo run --example check             # the embedded 2022 Yiwu notice
//! ```
//!
//! Exits non-zero when the document does not parse. Read the output
//! against the document: a line the parser could not place is a warning
//! with its line and column, never dropped silently.

use std::process::ExitCode;

use yiwu_duties::{Breakdown, LeaderGroup, Task};

fn main() -> ExitCode {
    let (name, text) = match std::env::args().nth(1) {
        None => (
            "the embedded notice".to_owned(),
            yiwu_duties::SOURCE.to_owned(),
        ),
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => (path, text),
            Err(err) => {
                eprintln!("{path}: {err}");
                return ExitCode::FAILURE;
            }
        },
    };
    match yiwu_duties::parse_all(&text) {
        Ok(b) => {
            print_reading(&b);
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for err in &errors {
                // The alternate form: the message, then the source line
                // with the offending text underlined.
                eprintln!("{name}: {err:#}\n");
            }
            eprintln!("{name}: {} error(s); nothing read", errors.len());
            ExitCode::FAILURE
        }
    }
}

fn print_reading(b: &Breakdown) {
    let notice = b.notice();
    if let Some(title) = notice.title() {
        println!("notice: {title}");
    }
    for (label, value) in [
        ("issuer", notice.issuer()),
        ("number", notice.number()),
        ("addressees", notice.addressees()),
    ] {
        if let Some(value) = value {
            println!("  {label}: {value}");
        }
    }
    if let Some(date) = notice.date() {
        println!("  date: {date}");
    }
    for part in b.parts() {
        println!("\n{} (line {})", part.title(), part.line());
        for group in part.groups() {
            print_group(b, group);
        }
    }
    // The back matter (版记) printed after the last task.
    if !notice.end_matter().is_empty() {
        println!();
    }
    for line in notice.end_matter() {
        println!("back matter (line {}): {}", line.line(), line.text());
    }
    if let Some(offices) = notice.copied_to() {
        println!("  copied to: {offices}");
    }
    if let Some(date) = notice.printed() {
        println!("  printed: {date}");
    }
    let tasks = b.tasks().count();
    println!(
        "\n{tasks} tasks, {} repairs, {} warnings",
        b.repairs().len(),
        b.warnings().len()
    );
    for repair in b.repairs() {
        println!("repair: {repair}");
    }
    for warning in b.warnings() {
        println!("warning: {warning}");
    }
}

fn print_group(b: &Breakdown, group: &LeaderGroup) {
    if !group.is_implicit() {
        let leaders: Vec<&str> = group.leaders().iter().map(|l| l.name()).collect();
        let leaders = if leaders.is_empty() {
            String::from("no leader named")
        } else {
            leaders.join("、")
        };
        println!(
            "  group {}: {} [{leaders}]",
            group.ordinal(),
            group.heading()
        );
    }
    for text in group.text() {
        println!("    text: {text}");
    }
    for task in group.direct_tasks() {
        print_task(b, task, "    ");
    }
    for area in group.areas() {
        let leaders: Vec<&str> = area.leaders().iter().map(|l| l.name()).collect();
        if leaders.is_empty() {
            println!("    area {}: {}", area.ordinal(), area.name());
        } else {
            let leaders = leaders.join("、");
            println!("    area {}: {} [{leaders}]", area.ordinal(), area.name());
        }
        for task in area.tasks() {
            print_task(b, task, "      ");
        }
    }
}

fn print_task(b: &Breakdown, task: &Task, indent: &str) {
    println!("{indent}{} {}", task.id(), task.text());
    let units: Vec<String> = task
        .assignments()
        .iter()
        .map(|a| format!("{} ({})", a.name(), a.role()))
        .collect();
    println!("{indent}  units: {}", units.join("、"));
    let own = task.own_leaders();
    if !own.is_empty() {
        let names: Vec<&str> = own.iter().map(|l| l.name()).collect();
        println!("{indent}  leaders: {}", names.join("、"));
    } else if b.leaders_of(task).is_empty() {
        // Neither the task nor its group names a leader: say so rather
        // than print nothing.
        println!("{indent}  leaders: none named");
    }
    if let Some(deadline) = task.deadline() {
        println!("{indent}  deadline: {}", deadline.text());
    }
}
