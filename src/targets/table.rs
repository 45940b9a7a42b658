//! A flat table of targets, one row per target, for CSV.

#[cfg(feature = "serde")]
use serde::Serialize;

use crate::model::Breakdown;

/// One CSV row: a target with its task.
///
/// # Example
///
/// ```
/// let rows = yiwu_duties::targets::target_rows(yiwu_duties::breakdown());
/// let gdp = rows.iter().find(|r| r.task_id == "K2.1.1").unwrap();
/// assert_eq!(gdp.value.as_deref(), Some("8"));
/// assert_eq!(gdp.comparator, "at_least");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct TargetRow {
    /// The task id (`K2.1.1`).
    pub task_id: String,
    /// The target's index in its task's targets.
    pub index: usize,
    /// For a part, the index of the target it belongs to.
    pub part_of: Option<usize>,
    /// The task's lead units (▲, or the sole unit), joined with 、.
    pub leads: String,
    /// The phrase as written.
    pub text: String,
    /// What is measured or counted.
    pub indicator: String,
    /// The exact value as a decimal string, if the target has a figure.
    pub value: Option<String>,
    /// The unit of measure as written.
    pub unit: Option<String>,
    /// `at_least`, `more_than`, `at_most`, `less_than`, `about`, `exactly`.
    pub comparator: &'static str,
    /// `amount`, `growth`, `decrease`, `share`, `change`, `doubling`,
    /// `full_coverage`, `zero`, `relative`.
    pub kind: &'static str,
    /// The base value of a change.
    pub base_value: Option<String>,
    /// The base unit of a change.
    pub base_unit: Option<String>,
    /// `firm`, `strive`, `plain`.
    pub commitment: &'static str,
    /// The benchmark of a relative target.
    pub benchmark: Option<String>,
    /// First byte of the phrase in the task text.
    pub span_start: usize,
    /// Byte after the phrase in the task text.
    pub span_end: usize,
}

/// One row per target of the breakdown, in document order.
///
/// # Example
///
/// ```
/// let b = yiwu_duties::breakdown();
/// let rows = yiwu_duties::targets::target_rows(b);
/// assert_eq!(rows.len(), b.targets().count());
/// assert_eq!(rows[0].kind, "relative");
/// ```
pub fn target_rows(breakdown: &Breakdown) -> Vec<TargetRow> {
    breakdown
        .targets()
        .map(|t| {
            let target = t.target();
            TargetRow {
                task_id: t.task().id().to_string(),
                index: t.index(),
                part_of: target.part_of(),
                leads: t
                    .task()
                    .leads()
                    .map(|a| a.name())
                    .collect::<Vec<_>>()
                    .join("、"),
                text: target.text().to_owned(),
                indicator: target.indicator().to_owned(),
                value: target.value().map(|v| v.to_string()),
                unit: target.unit().map(str::to_owned),
                comparator: target.comparator().as_str(),
                kind: target.kind().as_str(),
                base_value: target.base().map(|b| b.value().to_string()),
                base_unit: target.base().and_then(|b| b.unit()).map(str::to_owned),
                commitment: target.commitment().as_str(),
                benchmark: target.benchmark().map(str::to_owned),
                span_start: target.span().start,
                span_end: target.span().end,
            }
        })
        .collect()
}
