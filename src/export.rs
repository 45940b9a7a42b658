//! Flat records for data users: one per task (JSON) and one per task and
//! unit (CSV). Enabled by the `serde` feature.
//!
//! The `export` example writes these with `serde_json` and `csv`.

use serde::{Deserialize, Serialize};

use crate::model::{Breakdown, Leader, PartKind, Role, Task};
use crate::targets::Target;

/// The whole breakdown as exported: the notice and every task.
///
/// # Example
///
/// ```
/// use yiwu_duties::export::Export;
/// let export = Export::new(yiwu_duties::breakdown());
/// assert_eq!(export.tasks.len(), 226);
/// assert_eq!(export.notice.date.as_deref(), Some("2022-03-18"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    /// The covering notice.
    pub notice: NoticeRecord,
    /// Every task in document order.
    pub tasks: Vec<TaskRecord>,
}

impl Export {
    /// The records of a breakdown.
    ///
    /// # Example
    ///
    /// ```
    /// let export = yiwu_duties::export::Export::new(yiwu_duties::breakdown());
    /// assert_eq!(export.tasks[0].id, "K1.1");
    /// ```
    pub fn new(breakdown: &Breakdown) -> Export {
        let notice = breakdown.notice();
        Export {
            notice: NoticeRecord {
                issuer: notice.issuer().map(str::to_owned),
                number: notice.number().map(str::to_owned),
                date: notice.date().map(|d| d.to_string()),
                title: notice.title().map(str::to_owned),
            },
            tasks: breakdown
                .tasks()
                .map(|t| TaskRecord::new(breakdown, t))
                .collect(),
        }
    }

    /// One row per (task, unit), for spreadsheets.
    ///
    /// # Example
    ///
    /// ```
    /// let export = yiwu_duties::export::Export::new(yiwu_duties::breakdown());
    /// let rows = export.unit_rows();
    /// assert_eq!(rows[0].task_id, "K1.1");
    /// assert_eq!(rows[0].unit, "财政局");
    /// assert_eq!(rows[0].role, "sole");
    /// ```
    pub fn unit_rows(&self) -> Vec<UnitRow> {
        self.tasks
            .iter()
            .flat_map(|t| {
                t.units.iter().map(move |u| UnitRow {
                    task_id: t.id.clone(),
                    part: t.part,
                    group: t.group,
                    leaders: t
                        .leaders
                        .iter()
                        .map(|l| l.name.as_str())
                        .collect::<Vec<_>>()
                        .join("、"),
                    area_ordinal: t.area.as_ref().map(|a| a.ordinal),
                    area: t.area.as_ref().map(|a| a.name.clone()),
                    number: t.number,
                    text: t.text.clone(),
                    unit: u.name.clone(),
                    role: u.role.as_str(),
                    first_line: t.lines[0],
                    last_line: t.lines[1],
                })
            })
            .collect()
    }
}

/// The notice's fields as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeRecord {
    /// The issuing office.
    pub issuer: Option<String>,
    /// The document number (文号).
    pub number: Option<String>,
    /// The date as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The notice's title.
    pub title: Option<String>,
}

/// One task with its place in the structure, flattened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskRecord {
    /// The task id (`K2.1.1`).
    pub id: String,
    /// `key_work` or `livelihood`.
    pub part: PartKind,
    /// The leader group's ordinal.
    pub group: u32,
    /// The group's leaders.
    pub leaders: Vec<Leader>,
    /// The area, if the group has areas.
    pub area: Option<AreaRecord>,
    /// The task's number in its area or group.
    pub number: u32,
    /// The clean task text, without the responsibility clause.
    pub text: String,
    /// The responsible units in source order.
    pub units: Vec<UnitRecord>,
    /// The quantitative targets.
    pub targets: Vec<Target>,
    /// First and last source line.
    pub lines: [u32; 2],
}

impl TaskRecord {
    fn new(breakdown: &Breakdown, task: &Task) -> TaskRecord {
        TaskRecord {
            id: task.id().to_string(),
            part: task.id().part(),
            group: task.id().group(),
            leaders: breakdown
                .group_of(task)
                .map(|g| g.leaders().to_vec())
                .unwrap_or_default(),
            area: breakdown.area_of(task).map(|a| AreaRecord {
                ordinal: a.ordinal(),
                name: a.name().to_owned(),
            }),
            number: task.number(),
            text: task.text().to_owned(),
            units: task
                .units()
                .iter()
                .map(|a| UnitRecord {
                    name: a.name().to_owned(),
                    role: a.role(),
                })
                .collect(),
            targets: task.targets().to_vec(),
            lines: task.lines().into(),
        }
    }
}

/// An area as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaRecord {
    /// The area's ordinal.
    pub ordinal: u32,
    /// The area's name, without 方面.
    pub name: String,
}

/// A unit named in a task, as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitRecord {
    /// The unit's name as written.
    pub name: String,
    /// `lead`, `sole` or `joint`.
    pub role: Role,
}

/// One CSV row: a task and one of its units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitRow {
    /// The task id.
    pub task_id: String,
    /// `key_work` or `livelihood`.
    pub part: PartKind,
    /// The leader group's ordinal.
    pub group: u32,
    /// The group's leaders' names, joined with 、.
    pub leaders: String,
    /// The area's ordinal, if any.
    pub area_ordinal: Option<u32>,
    /// The area's name, if any.
    pub area: Option<String>,
    /// The task's number.
    pub number: u32,
    /// The clean task text.
    pub text: String,
    /// The unit's name as written.
    pub unit: String,
    /// `lead`, `sole` or `joint`.
    pub role: &'static str,
    /// The task's first source line.
    pub first_line: u32,
    /// The task's last source line.
    pub last_line: u32,
}
