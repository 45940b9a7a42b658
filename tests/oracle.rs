//! The embedded data checked against an independent, deliberately naive
//! reading of the seed: plain string operations, no shared code with the
//! parser.
//!
//! Deliberate differences between the two readings, each handled below:
//! - Page breaks: the naive reading removes every line break, so a task's
//!   text must appear in the flattened seed as one run.
//! - The repeated `责` across the breaks at lines 104–106 and 196–198
//!   (`(责` ⏎ `责任单位`): the naive reading keeps both characters, the
//!   parser drops one; the flattened seed is searched with `(责责任单位`
//!   collapsed to `(责任单位`.
//! - Markdown: the naive reading removes every `**`.

use yiwu_duties::{Role, SOURCE, breakdown};

/// The seed with line breaks, `**` and the repeated `责` removed.
fn flattened_seed() -> String {
    SOURCE
        .replace(['\n', '\r'], "")
        .replace("**", "")
        .replace("(责责任单位", "(责任单位")
}

#[test]
fn every_task_text_and_clause_stands_in_the_seed() {
    let flat = flattened_seed();
    for task in breakdown().tasks() {
        let number = task.number();
        let start = format!("{number}. {}", task.text());
        assert!(
            flat.contains(&start),
            "{}: {start:?} not in the seed",
            task.id()
        );
        let clause_start = flat.find(&start).unwrap() + start.len();
        let clause_end = flat[clause_start..].find([')', '）']).unwrap() + clause_start;
        let clause = &flat[clause_start..clause_end];
        for unit in task.assignments() {
            let written = if unit.role() == Role::Lead {
                format!("▲{}", unit.name())
            } else {
                unit.name().to_owned()
            };
            assert!(
                clause.contains(&written),
                "{}: {written:?} not in {clause:?}",
                task.id()
            );
        }
    }
}

/// Every ▲ in the seed is one lead assignment, and every task number line
/// is one task.
#[test]
fn lead_markers_and_task_lines_are_all_accounted_for() {
    let b = breakdown();
    let leads = b
        .tasks()
        .flat_map(|t| t.assignments())
        .filter(|a| a.role() == Role::Lead)
        .count();
    assert_eq!(leads, SOURCE.matches('▲').count());
    let numbered_lines = SOURCE
        .lines()
        .filter(|l| {
            let digits = l.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && l[digits..].starts_with(". ")
        })
        .count();
    assert_eq!(numbered_lines, b.tasks().count());
}

/// Every unit named in a clause, split naively at 、, is in its task.
#[test]
fn unit_counts_match_a_naive_split() {
    // Split at the clause opening only: 相关责任单位 is also a unit name.
    let naive: usize = flattened_seed()
        .replace('（', "(")
        .split("(责任单位")
        .skip(1)
        .map(|rest| {
            let rest = rest.trim_start_matches(['：', ':', ' ']);
            let end = rest.find([')', '）']).unwrap_or(rest.len());
            // Only 信访局〈矛调中心〉 style brackets occur inside clauses in
            // the seed, and they are closed by 〉, so the first ) ends it.
            rest[..end].split('、').count()
        })
        .sum();
    let parsed: usize = breakdown().tasks().map(|t| t.assignments().len()).sum();
    assert_eq!(parsed, naive);
}
