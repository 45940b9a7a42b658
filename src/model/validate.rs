//! The checks a deserialized breakdown must pass: every lookup relies on
//! them, and the parser only produces data that passes them.
//!
//! - parts of one kind numbered 1, 2, … in order ([`Part::seq`]);
//! - group ordinals rise strictly inside a part, area ordinals inside a
//!   group;
//! - every task's id names the part, group and area it is filed under,
//!   and task numbers rise strictly inside their group or area.

use std::fmt;

use serde::Deserialize;

use super::{Breakdown, Notice, Part, Task};
use crate::diagnostics::{Repair, Warning};

/// A breakdown as read, before the checks.
#[derive(Deserialize)]
#[serde(rename = "Breakdown")]
pub(super) struct Unchecked {
    notice: Notice,
    parts: Vec<Part>,
    repairs: Vec<Repair>,
    warnings: Vec<Warning>,
}

impl TryFrom<Unchecked> for Breakdown {
    type Error = Invalid;

    fn try_from(data: Unchecked) -> Result<Breakdown, Invalid> {
        let breakdown = Breakdown {
            notice: data.notice,
            parts: data.parts,
            repairs: data.repairs,
            warnings: data.warnings,
        };
        check(&breakdown)?;
        Ok(breakdown)
    }
}

/// Why a breakdown was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Invalid(String);

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid breakdown: {}", self.0)
    }
}

/// Checks every invariant, naming the first one broken.
pub(crate) fn check(breakdown: &Breakdown) -> Result<(), Invalid> {
    let fail = |message: String| Err(Invalid(message));
    for (i, part) in breakdown.parts.iter().enumerate() {
        let before = breakdown.parts[..i]
            .iter()
            .filter(|p| p.kind == part.kind)
            .count();
        if usize::try_from(part.seq).ok() != Some(before + 1) {
            return fail(format!(
                "part {} of kind {} is numbered {}",
                before + 1,
                part.kind.english(),
                part.seq
            ));
        }
        // The group without a heading (ordinal 0) can only come first.
        let mut last_group = None;
        for group in &part.groups {
            if last_group.is_some_and(|last| group.ordinal <= last) {
                let last_group = last_group.unwrap_or(0);
                return fail(format!(
                    "group {} of part {} follows group {last_group}",
                    group.ordinal,
                    part.kind.letter()
                ));
            }
            last_group = Some(group.ordinal);
            check_tasks(&group.tasks, part, group.ordinal, None)?;
            let mut last_area = 0;
            for area in &group.areas {
                if area.ordinal <= last_area {
                    return fail(format!(
                        "area {} of group {}{} follows area {last_area}",
                        area.ordinal,
                        part.kind.letter(),
                        group.ordinal
                    ));
                }
                last_area = area.ordinal;
                check_tasks(&area.tasks, part, group.ordinal, Some(area.ordinal))?;
            }
        }
    }
    Ok(())
}

fn check_tasks(tasks: &[Task], part: &Part, group: u32, area: Option<u32>) -> Result<(), Invalid> {
    let mut last = 0;
    for task in tasks {
        let id = task.id;
        if (id.part(), id.part_seq(), id.group(), id.area()) != (part.kind, part.seq, group, area) {
            let place = match area {
                Some(area) => format!("{} {group}.{area}", part.kind.english()),
                None => format!("{} {group}", part.kind.english()),
            };
            return Err(Invalid(format!("task {id} is filed under {place}")));
        }
        if id.number() <= last {
            return Err(Invalid(format!(
                "task {id} follows task number {last}: numbers must rise"
            )));
        }
        last = id.number();
    }
    Ok(())
}
