//! The 2022 Yiwu government work report, broken down into tasks
//! (义政办发〔2022〕20号), as typed static data — and the parser that reads
//! documents of the same genre.
//!
//! # The document
//!
//! On 18 March 2022 the general office of the Yiwu city government
//! (义乌市人民政府办公室) issued notice 义政办发〔2022〕20号. It assigns the
//! commitments of that year's government work report (政府工作报告) to
//! the city's bureaus, offices, towns and state-owned enterprises: 226
//! numbered tasks in two parts.
//!
//! | part | id letter | leader groups | tasks |
//! | --- | --- | --- | --- |
//! | 重点工作 key work | `K` | 8 | 187 |
//! | 民生实事 livelihood projects | `L` | 6 | 39 |
//!
//! Inside each part, tasks are grouped under the city leader(s) who lead
//! them (`二、喻新贵常务副市长牵头的重点工作`: group 二, led by executive vice
//! mayor 喻新贵), and most key-work groups are divided into areas (方面):
//!
//! | group | leaders | areas (tasks) | tasks |
//! | --- | --- | --- | --- |
//! | K1 | 叶帮锐 市长 | — | 2 |
//! | K2 | 喻新贵 常务副市长 | 投资和项目 (10), 共同富裕 (5), 数字化改革 (9), 优化营商环境 (8), “双碳” (4) | 36 |
//! | K3 | 虞秀军 常委、副市长 | 产业提质 (14), 服务和减负 (12), 创新引领 (7) | 33 |
//! | K4 | 宋寅寨 副市长 | — | 4 |
//! | K5 | 骆小俊 副市长 | 卫生健康 (7), 教育 (6), 文旅体育 (5) | 18 |
//! | K6 | 葛巧棣、王炜、张超 副市长 | 传统市场 (12), 新型贸易 (17), 通道拓展 (10), 自贸区改革 (10) | 49 |
//! | K7 | 罗祖盘 副市长、王宇 党组成员 | 市场监管 (3), 乡村振兴 (7), 生态环境 (10), 民政助残 (4) | 24 |
//! | K8 | 杨献 副市长 | 城市提升 (13), 交通出行 (8) | 21 |
//! | L1 | 喻新贵 常务副市长 | — | 1 |
//! | L2 | 虞秀军 常委、副市长 | — | 7 |
//! | L3 | 宋寅寨 副市长 | — | 1 |
//! | L4 | 骆小俊 副市长 | — | 16 |
//! | L5 | 罗祖盘 副市长 | — | 5 |
//! | L6 | 杨献 副市长 | — | 9 |
//!
//! A task's id names its place: `K2.1.1` is key work, group 二, area （一）,
//! task 1; `K1.2` is key work, group 一 (which has no areas), task 2;
//! `L4.9` is livelihood project 9 of group 四. See [`TaskId`].
//!
//! # Responsible units and their roles
//!
//! Every task ends with its responsible units (责任单位), e.g.
//! `（责任单位：▲自贸发展区管委会、▲义乌港、自规局、市场发展委、苏溪镇）`.
//! Each becomes an [`Assignment`] with a [`Role`]:
//!
//! - [`Role::Lead`]: marked ▲, a lead unit (牵头单位). 60 tasks have several.
//! - [`Role::Sole`]: the only unit listed, unmarked: it carries the task alone.
//! - [`Role::Joint`]: every other unit; it joins the task.
//! - [`Role::Unmarked`]: one of several units listed with none marked, in
//!   documents that do not mark a lead (the 2022 Yiwu document always
//!   does): the document does not say who leads.
//!
//! Names are kept exactly as written (`信访局〈矛调中心〉`, `税务` beside
//! `税务局`); [`units`] says which names denote the same body. Some names
//! are collective placeholders (各镇街, every town and subdistrict), not
//! one body.
//!
//! # Targets
//!
//! Many tasks state a quantitative target (地区生产总值增长 8%以上: GDP
//! growth of at least 8%). [`targets`] reads them as typed data with exact
//! decimal values.
//!
//! # Glossary
//!
//! | term | English |
//! | --- | --- |
//! | 责任分解 | breakdown of responsibilities |
//! | 重点工作 | key work (part K) |
//! | 民生实事 | livelihood projects (part L) |
//! | 牵头 | to lead (a leader group's leaders lead its tasks) |
//! | 方面 | area: a topic dividing a group's tasks |
//! | 责任单位 | responsible units |
//! | 牵头单位 (▲) | lead unit |
//! | 镇街 | towns (镇) and subdistricts (街道) |
//! | 各镇街 / 相关镇街 | every town / the towns concerned (placeholders) |
//! | 管委会 | administrative committee of a zone |
//! | 指挥部 | project headquarters |
//! | 集团 | city-owned enterprise group |
//!
//! More in [`glossary::TERMS`].
//!
//! # How the crate is built
//!
//! Four layers, each using only those before it:
//!
//! 1. **Data** — [`Breakdown`] and what it holds: the [`Notice`], [`Part`]s,
//!    [`LeaderGroup`]s, [`Area`]s, [`Task`]s with their [`Assignment`]s and
//!    [`targets::Target`]s, the [`Repair`]s and [`Warning`]s of the parse.
//!    Plain values: `Clone`, `Eq`, serde (validated on the way in), no
//!    caches. Tasks live in their tree, so [`Breakdown::task`] walks
//!    straight down an id. [`units`] holds the registry of unit names and
//!    [`targets`] the target values and the rules that read them.
//! 2. **Parse** — [`parse`] turns text into a [`Breakdown`], or a
//!    [`ParseError`] with a byte span, line and column.
//! 3. **Index** — [`Index`] is built from a `&Breakdown` once and answers
//!    everything about units: a name resolves once ([`Index::unit`]) into a
//!    [`UnitRef`], whose workload, tasks and collaborators follow. It also
//!    walks the [targets](Index::targets) and builds the collaboration
//!    [network](Index::network). The embedded document's index is
//!    [`index()`].
//! 4. **Export** — [`export`] (feature `serde`): flat JSON and CSV records,
//!    and the network as CSV, GraphML and DOT.
//!
//! The words are used the same way everywhere: a unit **leads** a task
//! when marked ▲, **carries** it when it leads it or is named alone, and
//! **joins** it otherwise; a target's unit of measure is its **measure**.
//!
//! # Querying
//!
//! ```
//! use yiwu_duties::{breakdown, PartKind, Role};
//!
//! let b = breakdown();
//!
//! // One task, by id.
//! let task = b.task("K2.1.4").unwrap();
//! assert_eq!(task.text(), "启动苏溪国际枢纽港建设。");
//! let carriers: Vec<&str> = task.carriers().map(|a| a.name()).collect();
//! assert_eq!(carriers, ["自贸发展区管委会", "义乌港"]);
//!
//! // Its place in the structure.
//! let group = b.group_of(task).unwrap();
//! assert_eq!(group.leaders()[0].name(), "喻新贵");
//! assert_eq!(b.area_of(task).unwrap().name(), "投资和项目");
//!
//! // Every livelihood project a unit carries alone.
//! let alone: Vec<String> = b
//!     .tasks()
//!     .filter(|t| t.id().part() == PartKind::Livelihood)
//!     .filter(|t| t.assignments().iter().any(|a| a.name() == "卫健局" && a.role() == Role::Sole))
//!     .map(|t| t.id().to_string())
//!     .collect();
//! assert_eq!(alone, ["L4.5", "L4.7", "L4.8"]);
//! ```
//!
//! ## Units: who carries what
//!
//! A unit is named by its canonical name or any alias (执法局 = 行政执法局);
//! see [`units`] for the registry, its merges and the English glosses.
//!
//! ```
//! let index = yiwu_duties::index();
//! let unit = index.unit("发改局").unwrap();
//! let w = unit.workload();
//! assert_eq!((w.lead(), w.sole(), w.joint()), (14, 1, 34));
//! assert_eq!(unit.carried().count(), 15);
//!
//! let unit = index.unit("执法局").unwrap();
//! assert_eq!(unit.name(), "行政执法局");
//! assert_eq!(unit.unit().english(), Some("Administrative Law Enforcement Bureau"));
//!
//! // Who works with 发改局 most.
//! let top = index.unit("发改局").unwrap().collaborators().next().unwrap();
//! assert_eq!((top.unit(), top.shared()), ("自规局", 22));
//! ```
//!
//! ## Targets: typed and exact
//!
//! ```
//! use yiwu_duties::targets::{Comparator, Decimal, TargetKind};
//!
//! let b = yiwu_duties::breakdown();
//! let solar = &b.task("K2.5.4").unwrap().targets()[0]; // 完成50万千瓦并网
//! assert_eq!(solar.value(), Some(Decimal::from(500_000)));
//! assert_eq!(solar.measure(), Some("千瓦"));
//! assert_eq!(solar.measure_as_written(), Some("万千瓦"));
//! assert_eq!(solar.comparator(), Some(Comparator::Exactly));
//!
//! // Every growth target, and the total of all amounts counted in 家.
//! let index = yiwu_duties::index();
//! let growth = index.targets().of_kind(TargetKind::Growth).count();
//! assert!(growth >= 5);
//! let firms = index.targets().measured_in("家").unwrap().totals().unwrap();
//! assert_eq!(firms[0].measure(), "家");
//! // A measure the crate does not know is refused, not an empty answer.
//! assert!(index.targets().measured_in("firms").is_err());
//! ```
//!
//! ## The collaboration network
//!
//! Who works with whom: [`Index::network`] gives every pair of units that
//! share tasks, the directed edges from each lead unit to the units that
//! join its tasks, the task × unit incidence, and per-unit measures
//! (degree, weighted degree, units coordinated). Collective placeholders
//! are nodes only on request, and offices fold into their body on request,
//! as for the unit queries ([`Include`]).
//!
//! ```
//! use yiwu_duties::Include;
//!
//! let network = yiwu_duties::index().network(Include::EXACT);
//! let strongest: Vec<_> = network
//!     .pairs()
//!     .take(3)
//!     .map(|p| (p.a().name(), p.b().name(), p.shared()))
//!     .collect();
//! assert_eq!(strongest, [
//!     ("发改局", "自规局", 22),
//!     ("市场发展委", "商城集团", 20),
//!     ("发改局", "经信局", 17),
//! ]);
//! let node = network.node("发改局").unwrap();
//! assert_eq!(node.weighted_degree(), network.pairs()
//!     .filter(|p| p.a() == node.unit() || p.b() == node.unit())
//!     .map(|p| p.shared())
//!     .sum::<usize>());
//! ```
//!
//! # Parsing another document
//!
//! [`parse`] reads any document of this genre, in the forms governments
//! write it: ▲ marks, `（牵头）` after a unit's name, or 牵头单位 / 配合单位
//! fields, in the task's bracket, after its text or on lines of their
//! own, the State Council's `（X牵头，Y配合）`, Markdown tables of tasks or
//! of livelihood projects, leaders per group or per task, deadlines,
//! notices copied from a web page. Every repair and every skipped line is
//! reported, and a document that yields no task is an error. The
//! [`genre`] page lists each form with an example, and what the parser
//! refuses.
//!
//! ```
//! let text = concat!(
//!     "# 2024年政府工作报告重点工作责任分解\n",
//!     "一、王明县长牵头重点工作\n",
//!     "1. 推进农业产业园建设。\n",
//!     "牵头单位：县发改局\n",
//!     "配合单位：县农业农村局、县经信局\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! assert_eq!(b.task("K1.1").unwrap().assignments().len(), 3);
//! ```
//!
//! # Features
//!
//! - `serde` (default): `Serialize` and `Deserialize` for every data type,
//!   and the [`export`] records.
//! - `petgraph`: `Network::to_petgraph` and `Network::to_petgraph_directed`,
//!   the [`Network`] as a `petgraph` graph for centralities, components
//!   and the like.
//!
//! # Where the document is ambiguous
//!
//! - Unit names vary for the same body (执法局 / 行政执法局); the crate keeps
//!   each as written and merges them only in [`units`], where each merge is
//!   documented.
//! - Titles: 常委 is read as a member of the standing committee of the city
//!   Party committee and 党组成员 as a member of the city government's Party
//!   leadership group; the document itself does not spell them out.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Layers, each using only those above it: data (`targets` for target
// values and the rules that read them, `units` for the registry of names,
// `diagnostics`, `model`), parse (`parse`, `error`, `markdown`,
// `numerals`), index (`index`), export (`export`).
mod diagnostics;
mod error;
#[cfg(feature = "serde")]
pub mod export;
pub mod genre;
pub mod glossary;
mod index;
mod markdown;
mod model;
mod numerals;
mod parse;
pub mod targets;
pub mod units;
mod word;

use once_cell::sync::Lazy;

pub use crate::diagnostics::{Repair, RepairKind, Span, Warning, WarningKind};
pub use crate::error::{ErrorKind, FieldName, ParseError};
pub use crate::index::{
    Collaborator, Coordination, Include, Index, LeaderUnitRow, Network, Node, Pair, RolePairs,
    Targets, TaskTarget, Total, TotalOverflow, UnitRef, UnitTask, UnknownMeasure, Via, Workload,
    WorkloadSlice,
};
pub use crate::model::{
    Area, AsTaskId, Assignment, Breakdown, Date, DateParseError, Deadline, Leader, LeaderGroup,
    LineRange, Notice, Part, PartKind, Role, SourceLine, Task, TaskId, TaskIdParseError, Title,
};
pub use crate::parse::{parse, parse_all};
pub use crate::units::{FullName, Gloss, GlossConfidence, TownCoverage, Unit, UnitKind, Units};
pub use crate::word::ParseWordError;

/// The embedded source: notice 义政办发〔2022〕20号 exactly as OCR'd, byte
/// for byte the file `seeds/yiwu-2022-breakdown.md`.
///
/// # Example
///
/// ```
/// assert!(yiwu_duties::SOURCE.contains("义政办发〔2022〕20号"));
/// assert_eq!(yiwu_duties::SOURCE.lines().count(), 572);
/// ```
pub const SOURCE: &str = include_str!("../seeds/yiwu-2022-breakdown.md");

static BREAKDOWN: Lazy<Breakdown> = Lazy::new(|| match parse(SOURCE) {
    Ok(breakdown) => breakdown,
    // The embedded text is fixed at compile time and parsed by the test
    // suite, so this cannot happen in a released crate.
    Err(err) => unreachable!("the embedded seed does not parse:\n{err}"),
});

static INDEX: Lazy<Index<'static>> = Lazy::new(|| Index::new(breakdown()));

/// The embedded 2022 Yiwu breakdown, parsed once on first use.
///
/// # Example
///
/// ```
/// use yiwu_duties::PartKind;
/// let b = yiwu_duties::breakdown();
/// assert_eq!(b.tasks().count(), 226);
/// assert_eq!(b.tasks().filter(|t| t.id().part() == PartKind::Livelihood).count(), 39);
/// ```
pub fn breakdown() -> &'static Breakdown {
    &BREAKDOWN
}

/// The index of the embedded breakdown ([`breakdown`]), built once on
/// first use: units, workloads, collaborators, targets.
///
/// # Example
///
/// ```
/// let index = yiwu_duties::index();
/// let unit = index.unit("发改局").unwrap();
/// assert_eq!(unit.carried().count(), 15);
/// ```
pub fn index() -> &'static Index<'static> {
    &INDEX
}

/// The README's Rust example, compiled and run as a doctest so that it
/// cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
