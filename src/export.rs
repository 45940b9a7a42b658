//! Flat records for data users: one per task (JSON), one per task and unit
//! and one per target (CSV). Enabled by the `serde` feature.
//!
//! The collaboration [network](crate::Network) exports as an edge list
//! ([`edge_rows`]) and a node list ([`node_rows`]) for CSV, as GraphML
//! ([`to_graphml`]: Gephi, networkx, igraph) and as DOT ([`to_dot`]:
//! Graphviz).
//!
//! The `export` example writes these with `serde_json` and `csv`. Every
//! unit carries both its name as written and its canonical registry name
//! (`"name": "执法局", "canonical": "行政执法局"`), so a group-by on
//! `canonical` counts each body once.
//!
//! Field names are those of the published tables. Two of them predate the
//! crate's vocabulary and are kept beside the new ones, with the same
//! values: a target's `unit` is its `measure` (unit of measure) and its
//! `unit_as_written` its `measure_as_written` (`亿元` beside `元`), and a
//! target row's `leads` are the task's `carriers` (lead units, or the sole
//! unit).

mod network;

use serde::{Deserialize, Serialize};

pub use self::network::{
    EdgeRow, NodeRow, TASK_ID_SEPARATOR, edge_rows, node_rows, to_dot, to_graphml,
};

use crate::index::Index;
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
#[non_exhaustive]
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
        let index = Index::new(breakdown);
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
                .map(|t| TaskRecord::new(&index, t))
                .collect(),
        }
    }

    /// One row per (task, unit), for spreadsheets.
    ///
    /// # Example
    ///
    /// ```
    /// let export = yiwu_duties::export::Export::new(yiwu_duties::breakdown());
    /// let rows: Vec<_> = export.unit_rows().collect();
    /// assert_eq!(rows[0].task_id, "K1.1");
    /// assert_eq!(rows[0].unit, "财政局");
    /// assert_eq!(rows[0].role, "sole");
    /// let written_short = rows.iter().find(|r| r.unit == "执法局").unwrap();
    /// assert_eq!(written_short.canonical, "行政执法局");
    /// ```
    pub fn unit_rows(&self) -> impl Iterator<Item = UnitRow> + '_ {
        self.tasks.iter().flat_map(|t| {
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
                canonical: u.canonical.clone(),
                role: u.role.as_str(),
                first_line: t.lines[0],
                last_line: t.lines[1],
            })
        })
    }
}

/// The notice's fields as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct TaskRecord {
    /// The task id (`K2.1.1`).
    pub id: String,
    /// `key_work` or `livelihood`.
    pub part: PartKind,
    /// The leader group's ordinal.
    pub group: u32,
    /// The leaders heading the task: its own where it names them, else its
    /// area's, else its group's ([`Breakdown::leaders_of`]).
    pub leaders: Vec<Leader>,
    /// The area, if the group has areas.
    pub area: Option<AreaRecord>,
    /// The task's number in its area or group.
    pub number: u32,
    /// The clean task text, without the responsibility clause.
    pub text: String,
    /// The responsible units in source order: the task's assignments.
    pub units: Vec<UnitRecord>,
    /// The quantitative targets.
    pub targets: Vec<TargetRecord>,
    /// First and last source line.
    pub lines: [u32; 2],
    /// The deadline as written, if the task states one.
    pub deadline: Option<String>,
    /// The un-numbered sub-heading the task stands under, if any.
    pub label: Option<String>,
}

impl TaskRecord {
    fn new(index: &Index<'_>, task: &Task) -> TaskRecord {
        let breakdown = index.breakdown();
        TaskRecord {
            id: task.id().to_string(),
            part: task.id().part(),
            group: task.id().group(),
            leaders: breakdown.leaders_of(task).to_vec(),
            area: breakdown.area_of(task).map(|a| AreaRecord {
                ordinal: a.ordinal(),
                name: a.name().to_owned(),
            }),
            number: task.number(),
            text: task.text().to_owned(),
            units: task
                .assignments()
                .iter()
                .map(|a| UnitRecord {
                    name: a.name().to_owned(),
                    canonical: canonical(index, a.name()),
                    role: a.role(),
                })
                .collect(),
            targets: index
                .targets_of(task)
                .iter()
                .map(|t| TargetRecord {
                    unit: t.measure().map(str::to_owned),
                    unit_as_written: t.measure_as_written().map(str::to_owned),
                    target: t.clone(),
                })
                .collect(),
            lines: task.lines().into(),
            deadline: task.deadline().map(|d| d.text().to_owned()),
            label: task.label().map(str::to_owned),
        }
    }
}

/// The canonical name of a unit the index's own tasks name.
fn canonical(index: &Index<'_>, name: &str) -> String {
    index
        .unit(name)
        .map_or_else(|| name.to_owned(), |u| u.name().to_owned())
}

/// An area as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AreaRecord {
    /// The area's ordinal.
    pub ordinal: u32,
    /// The area's name, without 方面.
    pub name: String,
}

/// A unit named in a task, as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnitRecord {
    /// The unit's name as written.
    pub name: String,
    /// The unit's canonical name in the registry ([`crate::units`]).
    pub canonical: String,
    /// `lead`, `sole` or `joint`.
    pub role: Role,
}

/// A target as exported: the target's own fields, and `unit` and
/// `unit_as_written`, the same as its `measure` and `measure_as_written`,
/// under the names the published tables use.
///
/// # Example
///
/// ```
/// let export = yiwu_duties::export::Export::new(yiwu_duties::breakdown());
/// let task = export.tasks.iter().find(|t| t.id == "K6.2.5").unwrap();
/// // 进口突破 400 亿元.
/// let imports = &task.targets[1];
/// assert_eq!((imports.unit.as_deref(), imports.unit_as_written.as_deref()), (Some("元"), Some("亿元")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TargetRecord {
    /// The target.
    #[serde(flatten)]
    pub target: Target,
    /// The measure (the same as the target's `measure`): `元` for `400 亿元`.
    pub unit: Option<String>,
    /// The measure as written, with its magnitude (the same as the
    /// target's `measure_as_written`): `亿元` for `400 亿元`.
    pub unit_as_written: Option<String>,
}

/// One CSV row: a task and one of its units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
    /// The unit's canonical name in the registry.
    pub canonical: String,
    /// `lead`, `sole` or `joint`.
    pub role: &'static str,
    /// The task's first source line.
    pub first_line: u32,
    /// The task's last source line.
    pub last_line: u32,
}

/// One CSV row: a target with its task.
///
/// # Example
///
/// ```
/// let rows: Vec<_> = yiwu_duties::export::target_rows(yiwu_duties::index()).collect();
/// let gdp = rows.iter().find(|r| r.task_id == "K2.1.1").unwrap();
/// assert_eq!(gdp.value.as_deref(), Some("8"));
/// assert_eq!(gdp.comparator, Some("at_least"));
/// assert_eq!(gdp.measure.as_deref(), Some("%"));
/// assert_eq!(gdp.scope, "aggregate");
/// // 转口实现翻番: doubling, no comparator.
/// let reexport = rows.iter().find(|r| r.task_id == "K6.2.5" && r.index == 2).unwrap();
/// assert_eq!((reexport.kind, reexport.comparator), ("doubling", None));
/// // 所有行政村集体年经营性收入达 50 万元以上.
/// let villages = rows.iter().find(|r| r.task_id == "K7.2.2").unwrap();
/// assert_eq!((villages.unit_as_written.as_deref(), villages.scope), (Some("万元"), "per_entity"));
/// // L4.10 is carried by 文旅局, written short for 文广旅体局.
/// let culture = rows.iter().find(|r| r.task_id == "L4.10").unwrap();
/// assert_eq!((culture.carriers.as_str(), culture.carriers_canonical.as_str()), ("文旅局", "文广旅体局"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TargetRow {
    /// The task id (`K2.1.1`).
    pub task_id: String,
    /// The target's index in its task's targets.
    pub index: usize,
    /// For a part, the index of the target it belongs to.
    pub part_of: Option<usize>,
    /// The task's carriers (lead units, or the sole unit), joined with 、:
    /// the same as `carriers`, under the name the published table uses.
    pub leads: String,
    /// The task's carriers (lead units, or the sole unit) as written,
    /// joined with 、.
    pub carriers: String,
    /// The phrase as written.
    pub text: String,
    /// What is measured or counted.
    pub indicator: String,
    /// The exact value as a decimal string, if the target has a figure.
    pub value: Option<String>,
    /// The measure: the same as `measure`, under the name the published
    /// table uses.
    pub unit: Option<String>,
    /// The measure (unit of measure), without the magnitude: `元` for
    /// `400 亿元`; `unit_as_written` has it as written.
    pub measure: Option<String>,
    /// `at_least`, `more_than`, `at_most`, `less_than`, `about`, `exactly`;
    /// empty for a target with neither a figure nor a benchmark (doubling,
    /// full coverage, zero).
    pub comparator: Option<&'static str>,
    /// `amount`, `growth`, `decrease`, `share`, `change`, `doubling`,
    /// `full_coverage`, `zero`, `relative`.
    pub kind: &'static str,
    /// The base value of a change.
    pub base_value: Option<String>,
    /// The base's measure.
    pub base_unit: Option<String>,
    /// `firm`, `strive`, `plain`.
    pub commitment: &'static str,
    /// The benchmark of a relative target.
    pub benchmark: Option<String>,
    /// First byte of the phrase in the task text.
    pub span_start: usize,
    /// Byte after the phrase in the task text.
    pub span_end: usize,
    /// The carriers' canonical registry names ([`crate::units`]), in the
    /// order of `carriers`, joined with 、 (last, so the columns before it
    /// keep their places).
    pub carriers_canonical: String,
    /// The measure as written, with its magnitude: `亿元` for `400 亿元`
    /// (after `carriers_canonical`, so the columns before it keep their
    /// places).
    pub unit_as_written: Option<String>,
    /// `aggregate` (one amount for the whole) or `per_entity` (a level for
    /// each village, firm, household, person).
    pub scope: &'static str,
}

/// One row per target of the breakdown, in document order.
///
/// # Example
///
/// ```
/// let index = yiwu_duties::index();
/// let rows: Vec<_> = yiwu_duties::export::target_rows(index).collect();
/// assert_eq!(rows.len(), index.targets().count());
/// assert_eq!(rows[0].kind, "relative");
/// ```
pub fn target_rows<'a>(index: &'a Index<'_>) -> impl Iterator<Item = TargetRow> + 'a {
    index.targets().map(|t| {
        let target = t.target();
        let carriers = t
            .task()
            .carriers()
            .map(|a| a.name())
            .collect::<Vec<_>>()
            .join("、");
        let carriers_canonical = t
            .task()
            .carriers()
            .map(|a| index.unit_of(a).map_or(a.name(), |u| u.name()))
            .collect::<Vec<_>>()
            .join("、");
        TargetRow {
            task_id: t.task().id().to_string(),
            index: t.index(),
            part_of: target.part_of(),
            leads: carriers.clone(),
            carriers,
            text: target.text().to_owned(),
            indicator: target.indicator().to_owned(),
            value: target.value().map(|v| v.to_string()),
            unit: target.measure().map(str::to_owned),
            measure: target.measure().map(str::to_owned),
            comparator: target.comparator().map(|c| c.as_str()),
            kind: target.kind().as_str(),
            base_value: target.base().map(|b| b.value().to_string()),
            base_unit: target.base().and_then(|b| b.measure()).map(str::to_owned),
            commitment: target.commitment().as_str(),
            benchmark: target.benchmark().map(str::to_owned),
            span_start: target.span().start,
            span_end: target.span().end,
            carriers_canonical,
            unit_as_written: target.measure_as_written().map(str::to_owned),
            scope: target.scope().as_str(),
        }
    })
}
