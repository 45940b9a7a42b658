//! Indexes derived from a [`Breakdown`]: the unit registry, every unit's
//! tasks and roles, workloads, collaborators, the leader × unit table, the
//! collaboration network and every task's targets.
//!
//! A [`Breakdown`] is plain data; an [`Index`] is built from it once (in
//! one pass over the tasks) and borrows it. Resolve a unit once with
//! [`Index::unit`] — by canonical name or any alias, see [`crate::units`] —
//! and ask the [`UnitRef`] it gives: its [workload](UnitRef::workload), the
//! tasks it [carries](UnitRef::carried) or [joins](UnitRef::joined), its
//! [collaborators](UnitRef::collaborators). A name the registry does not
//! know gives `None` at that one step; nothing after it can fail.
//!
//! The embedded document has its index ready: [`crate::index()`].
//!
//! # Vocabulary
//!
//! - A unit **leads** a task when the task marks it ▲ ([`Role::Lead`]).
//! - A unit **carries** a task when it leads it or is the only unit named
//!   ([`Role::Sole`]): [`Role::carries`].
//! - A unit **joins** a task when it is named without carrying it
//!   ([`Role::Joint`]).
//!
//! # Example
//!
//! ```
//! use yiwu_duties::Include;
//!
//! let index = yiwu_duties::index();
//! let unit = index.unit("发改局").unwrap();
//! let w = unit.workload();
//! assert_eq!((w.lead(), w.sole(), w.joint()), (14, 1, 34));
//! assert_eq!(unit.carried().count(), 15);
//!
//! // Any breakdown: build its index once, then ask it.
//! let parsed = yiwu_duties::parse(yiwu_duties::SOURCE).unwrap();
//! let own = yiwu_duties::Index::new(&parsed);
//! assert_eq!(own.unit("执法局").unwrap().name(), "行政执法局");
//! ```

mod collaborators;
mod matrix;
mod network;
mod targets;
mod unit;
mod workload;

use std::collections::HashMap;
use std::fmt;

pub use self::collaborators::Collaborator;
pub use self::matrix::LeaderUnitRow;
pub use self::network::{Coordination, Network, Node, Pair, RolePairs};
pub use self::targets::{Targets, TaskTarget, Total, TotalOverflow, UnknownMeasure};
pub use self::unit::{Include, UnitRef, UnitTask, Via};
pub use self::workload::{Workload, WorkloadSlice};

use self::workload::RoleCounts;
use crate::model::{Assignment, Breakdown, LeaderGroup, Role, Task, TaskId};
use crate::targets::Target;
use crate::units::{Builder, Units};

/// The indexes of one breakdown, borrowed from it.
///
/// Built in one pass over the tasks, which also reads every task's targets
/// once; every unit query after that is a lookup or a walk over the tasks
/// of the unit asked about, never over the whole document.
///
/// # Example
///
/// ```
/// let index = yiwu_duties::Index::new(yiwu_duties::breakdown());
/// assert_eq!(index.units().len(), 108);
/// assert_eq!(index.unit("发改局").unwrap().carried().count(), 15);
/// ```
pub struct Index<'b> {
    breakdown: &'b Breakdown,
    /// Every task, in document order; positions below index this.
    tasks: Vec<&'b Task>,
    positions: HashMap<TaskId, usize>,
    units: Units,
    /// For each task, its units, one mention per unit (the strongest role
    /// when a task names a unit twice).
    by_task: Vec<Vec<Mention>>,
    /// For each unit, the positions of the tasks naming it, in document
    /// order (its mention there is in `by_task`).
    by_unit: Vec<Vec<usize>>,
    /// For each unit, its task counts by role.
    role_counts: Vec<RoleCounts>,
    /// For each task, the targets its text states.
    targets: Vec<Vec<Target>>,
}

/// One unit's mention in one task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mention {
    /// The unit's position in the registry.
    unit: usize,
    role: Role,
    /// The assignment's position in the task's list.
    assignment: usize,
}

impl<'b> Index<'b> {
    /// Builds the indexes of a breakdown.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2023 年政府工作报告重点工作责任分解\n\
    ///             一、张三市长牵头的重点工作\n\
    ///             1. 任务。（责任单位：▲财政局、各镇街）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// let index = yiwu_duties::Index::new(&b);
    /// assert_eq!(index.unit("财政局").unwrap().carried().count(), 1);
    /// ```
    pub fn new(breakdown: &'b Breakdown) -> Index<'b> {
        let tasks: Vec<&'b Task> = breakdown.tasks().collect();
        let positions = tasks
            .iter()
            .enumerate()
            .map(|(at, t)| (t.id(), at))
            .collect();
        let mut builder = Builder::default();
        let by_task: Vec<Vec<Mention>> = tasks
            .iter()
            .map(|task| {
                let mut mentions: Vec<Mention> = Vec::new();
                for (assignment, a) in task.assignments().iter().enumerate() {
                    let unit = builder.resolve(a.name());
                    let mention = Mention {
                        unit,
                        role: a.role(),
                        assignment,
                    };
                    match mentions.iter_mut().find(|m| m.unit == unit) {
                        // Role orders Lead < Sole < Joint: keep the stronger.
                        Some(m) if mention.role < m.role => *m = mention,
                        Some(_) => {}
                        None => mentions.push(mention),
                    }
                }
                // Kept for the index's life: no room to grow.
                mentions.shrink_to_fit();
                mentions
            })
            .collect();
        let units = builder.finish();
        let mut by_unit = vec![Vec::new(); units.len()];
        let mut role_counts = vec![RoleCounts::default(); units.len()];
        for (t, mentions) in by_task.iter().enumerate() {
            for m in mentions {
                by_unit[m.unit].push(t);
                role_counts[m.unit].add(m.role);
            }
        }
        for tasks in &mut by_unit {
            tasks.shrink_to_fit();
        }
        let targets = tasks.iter().map(|t| t.targets()).collect();
        Index {
            breakdown,
            targets,
            tasks,
            positions,
            units,
            by_task,
            by_unit,
            role_counts,
        }
    }

    /// The breakdown this index was built from.
    ///
    /// # Example
    ///
    /// ```
    /// let index = yiwu_duties::index();
    /// assert_eq!(index.breakdown().tasks().count(), 226);
    /// ```
    pub fn breakdown(&self) -> &'b Breakdown {
        self.breakdown
    }

    /// The registry of this breakdown's units: every distinct unit its
    /// tasks name, in order of first mention, with canonical name,
    /// aliases, kind, parent and gloss (see [`crate::units`]).
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// let unit = units.get("行政执法局").unwrap();
    /// assert_eq!(unit.written_as(), ["执法局", "行政执法局"]);
    /// ```
    pub fn units(&self) -> &Units {
        &self.units
    }

    /// The unit a name denotes — canonical name, alias or full official
    /// name, with or without the city prefix (义乌市…, 市…), surrounding
    /// white space ignored; see [`Units::get`] — or `None` when the
    /// breakdown names no such unit ([`Units::suggest`] finds near names).
    ///
    /// # Example
    ///
    /// ```
    /// let index = yiwu_duties::index();
    /// let unit = index.unit(" 执法局 ").unwrap();
    /// assert_eq!(unit.name(), "行政执法局");
    /// assert_eq!(index.unit("市发展和改革局").unwrap().name(), "发改局");
    /// assert!(index.unit("发改委").is_none());
    /// ```
    pub fn unit(&self, name: &str) -> Option<UnitRef<'_>> {
        self.units.position(name).map(|pos| UnitRef::new(self, pos))
    }

    /// The registry unit an assignment names: the unit its name as
    /// written ([`Assignment::name`]) resolves to, so 执法局 leads to
    /// 行政执法局. Every assignment of this index's breakdown has one;
    /// `None` only for an assignment whose name the breakdown does not use
    /// (one from another breakdown).
    ///
    /// # Example
    ///
    /// ```
    /// let index = yiwu_duties::index();
    /// let task = index.breakdown().task("K1.2").unwrap();
    /// let names: Vec<_> = task
    ///     .assignments()
    ///     .iter()
    ///     .map(|a| (a.name(), index.unit_of(a).unwrap().name()))
    ///     .collect();
    /// assert!(names.contains(&("执法局", "行政执法局")));
    /// ```
    pub fn unit_of(&self, assignment: &Assignment) -> Option<UnitRef<'_>> {
        self.unit(assignment.name())
    }

    /// Every unit of the registry, in order of first mention.
    ///
    /// # Example
    ///
    /// ```
    /// let index = yiwu_duties::index();
    /// let first = index.unit_refs().next().unwrap();
    /// assert_eq!(first.name(), "财政局"); // K1.1
    /// ```
    pub fn unit_refs(&self) -> impl ExactSizeIterator<Item = UnitRef<'_>> + '_ {
        (0..self.units.len()).map(move |pos| UnitRef::new(self, pos))
    }

    /// The tasks that name two or more lead units (▲), in document order.
    ///
    /// # Example
    ///
    /// ```
    /// let several = yiwu_duties::index().tasks_with_several_leads();
    /// assert_eq!(several.count(), 60);
    /// ```
    pub fn tasks_with_several_leads(&self) -> impl Iterator<Item = &'b Task> + '_ {
        self.by_task
            .iter()
            .zip(&self.tasks)
            .filter(|(mentions, _)| mentions.iter().filter(|m| m.role == Role::Lead).count() >= 2)
            .map(|(_, task)| *task)
    }

    /// The targets a task of this breakdown states, read once when the
    /// index was built (the same as [`Task::targets`]); empty for a task of
    /// another breakdown.
    ///
    /// # Example
    ///
    /// ```
    /// let (b, index) = (yiwu_duties::breakdown(), yiwu_duties::index());
    /// let task = b.task("K2.1.1").unwrap();
    /// assert_eq!(index.targets_of(task)[0].indicator(), "地区生产总值");
    /// assert_eq!(index.targets_of(task), task.targets());
    /// ```
    pub fn targets_of(&self, task: &Task) -> &[Target] {
        self.position(task).map_or(&[], |at| &self.targets[at])
    }

    /// Every task naming the unit at registry position `unit`, in document
    /// order: the task's position and the unit's mention there.
    fn mentions_of(&self, unit: usize) -> impl Iterator<Item = (usize, Mention)> + '_ {
        self.by_unit[unit].iter().filter_map(move |&t| {
            let mention = self.by_task[t].iter().find(|m| m.unit == unit)?;
            Some((t, *mention))
        })
    }

    /// The position of a task of this breakdown.
    fn position(&self, task: &Task) -> Option<usize> {
        self.positions
            .get(&task.id())
            .copied()
            .filter(|&at| std::ptr::eq(self.tasks[at], task))
    }
}

/// Shows the breakdown's size, not every entry.
impl fmt::Debug for Index<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Index")
            .field("tasks", &self.tasks.len())
            .field("units", &self.units.len())
            .finish_non_exhaustive()
    }
}

/// A group's leaders' names joined with 、, as the reports label groups.
fn leaders(group: &LeaderGroup) -> String {
    group
        .leaders()
        .iter()
        .map(|l| l.name())
        .collect::<Vec<_>>()
        .join("、")
}
