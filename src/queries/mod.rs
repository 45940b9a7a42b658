//! Questions about units: who leads a task and who joins it, what a unit
//! carries and under which leader, whom it works with.
//!
//! Every query that takes a unit accepts its canonical name or any alias
//! (see [`crate::units`]) and gives `None` for a name the breakdown's
//! registry does not know. Lookups go through the index built once per
//! breakdown ([`Breakdown::units`]); no query scans every task.

//!
//! The queries are grouped by question: this module finds a unit's tasks
//! and roles; [`workload`] counts them (by part, leader group and area);
//! [`collaborators`] finds the units it shares tasks with; [`matrix`] is
//! the leader × unit table.

mod collaborators;
mod matrix;
mod workload;

pub use self::collaborators::Collaborator;
pub use self::matrix::LeaderUnitRow;
pub(crate) use self::workload::RoleCounts;
pub use self::workload::{Workload, WorkloadSlice};

use std::collections::BTreeMap;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::model::{Breakdown, Role, Task};
use crate::units::{
    Mention, TownCoverage, UnitKind, applies_to, canonical_static, split_office_of,
};

impl Task {
    /// The role of a unit (canonical name or alias) in this task, or `None`
    /// if the task does not name it. When a task names the same unit twice
    /// the stronger role counts (`Lead`, then `Sole`, then `Joint`).
    ///
    /// This resolves names through the curated table of known units, not a
    /// breakdown's registry; offices are not included in their parent body
    /// (组织部 has no role where only 组织部〈市委人才办〉 is named).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// let b = yiwu_duties::breakdown();
    /// let task = b.task("K2.3.7").unwrap();
    /// assert_eq!(task.role_of("改革办"), Some(Role::Lead));
    /// assert_eq!(task.role_of("矛调中心"), Some(Role::Joint));
    /// assert_eq!(b.task("K1.2").unwrap().role_of("行政执法局"), Some(Role::Joint));
    /// assert_eq!(task.role_of("发改局"), None);
    /// ```
    pub fn role_of(&self, unit: &str) -> Option<Role> {
        let want = canonical_static(unit);
        self.units
            .iter()
            .filter(|a| {
                canonical_static(a.name()) == want
                    || split_office_of(a.name()).is_some_and(|inner| inner == want)
            })
            .map(|a| a.role())
            .min()
    }
}

/// Which related units a unit query takes in besides the unit itself.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// let b = yiwu_duties::breakdown();
/// assert_eq!(b.workload_with("组织部", Include::EXACT).unwrap().total(), 1);
/// assert_eq!(b.workload_with("组织部", Include::EXACT.with_offices()).unwrap().total(), 6);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Include {
    /// Also the tasks of the body's offices (组织部〈市委人才办〉 for 组织部).
    pub offices: bool,
    /// For a town, also the tasks given to every town (各镇街, certain)
    /// and to the towns concerned (相关镇街, possible only). A placeholder
    /// naming only subdistricts (各街道) is not applied to a town named …镇,
    /// nor one naming only towns (各镇) to a …街道. Has no effect on other
    /// kinds of unit.
    pub collectives: bool,
}

impl Include {
    /// The unit itself only.
    pub const EXACT: Include = Include {
        offices: false,
        collectives: false,
    };

    /// Offices and, for towns, collective tasks.
    pub const ALL: Include = Include {
        offices: true,
        collectives: true,
    };

    /// The same, with offices included.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::Include::EXACT.with_offices().offices);
    /// ```
    pub const fn with_offices(mut self) -> Include {
        self.offices = true;
        self
    }

    /// The same, with collective tasks included.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::Include::EXACT.with_collectives().collectives);
    /// ```
    pub const fn with_collectives(mut self) -> Include {
        self.collectives = true;
        self
    }
}

/// How a task reaches the unit a query asked for.
///
/// # Example
///
/// ```
/// use yiwu_duties::{Include, Via};
/// let b = yiwu_duties::breakdown();
/// let tasks = b.tasks_of("苏溪镇", Include::EXACT.with_collectives()).unwrap();
/// assert_eq!(tasks[0].via(), Via::EveryTown);
/// assert!(tasks.iter().any(|t| t.via() == Via::Named));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Via {
    /// The task names the unit (by any of its names).
    Named,
    /// The task names one of the unit's offices.
    Office,
    /// The task is given to every town (各镇街), so to this town.
    EveryTown,
    /// The task is given to the towns concerned (相关镇街), which may or
    /// may not include this town.
    TownsConcerned,
}

impl Via {
    /// Whether the task certainly concerns the unit: everything but
    /// [`Via::TownsConcerned`].
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::Via::EveryTown.is_certain());
    /// assert!(!yiwu_duties::Via::TownsConcerned.is_certain());
    /// ```
    pub fn is_certain(self) -> bool {
        self != Via::TownsConcerned
    }
}

/// A task as it concerns one unit: the unit's role and how the task
/// reaches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitTask<'b> {
    task: &'b Task,
    role: Role,
    via: Via,
    written: &'b str,
}

impl<'b> UnitTask<'b> {
    /// The task.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let tasks = yiwu_duties::breakdown().tasks_of("发改局", Include::EXACT).unwrap();
    /// assert_eq!(tasks[0].task().id().to_string(), "K1.2");
    /// ```
    pub fn task(&self) -> &'b Task {
        self.task
    }

    /// The role in the task of the name that reached the unit.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{Include, Role};
    /// let tasks = yiwu_duties::breakdown().tasks_of("发改局", Include::EXACT).unwrap();
    /// assert_eq!(tasks[0].role(), Role::Joint);
    /// ```
    pub fn role(&self) -> Role {
        self.role
    }

    /// How the task reaches the unit.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{Include, Via};
    /// let tasks = yiwu_duties::breakdown().tasks_of("发改局", Include::EXACT).unwrap();
    /// assert!(tasks.iter().all(|t| t.via() == Via::Named));
    /// ```
    pub fn via(&self) -> Via {
        self.via
    }

    /// The name as the task writes it (`执法局`, `组织部〈市委人才办〉`,
    /// `各镇街`).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let tasks = yiwu_duties::breakdown().tasks_of("行政执法局", Include::EXACT).unwrap();
    /// assert_eq!(tasks[0].written_as(), "执法局");
    /// ```
    pub fn written_as(&self) -> &'b str {
        self.written
    }
}

impl Breakdown {
    /// The tasks concerning a unit, in document order, each with the
    /// unit's role and how it is reached; `None` for an unknown unit.
    ///
    /// With [`Include::offices`], tasks of the unit's offices are included
    /// ([`Via::Office`]); with [`Include::collectives`] and a town, tasks
    /// given to every town ([`Via::EveryTown`]) and to the towns concerned
    /// ([`Via::TownsConcerned`], possible only). A task reached in several
    /// ways is listed once, by the most direct way.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{Include, Via};
    /// let b = yiwu_duties::breakdown();
    /// let own = b.tasks_of("苏溪镇", Include::EXACT).unwrap();
    /// assert_eq!(own.len(), 1);
    /// let all = b.tasks_of("苏溪镇", Include::EXACT.with_collectives()).unwrap();
    /// assert_eq!(all.iter().filter(|t| t.via() == Via::EveryTown).count(), 64);
    /// assert_eq!(all.iter().filter(|t| !t.via().is_certain()).count(), 42);
    /// assert!(b.tasks_of("not a unit", Include::ALL).is_none());
    /// ```
    pub fn tasks_of(&self, unit: &str, include: Include) -> Option<Vec<UnitTask<'_>>> {
        let index = self.unit_index();
        let pos = index.units.position(unit)?;
        let target = index.units.at(pos)?;
        let mut sources: Vec<(usize, Via)> = vec![(pos, Via::Named)];
        if include.offices {
            sources.extend(
                target
                    .offices()
                    .iter()
                    .filter_map(|o| index.units.position(o))
                    .map(|p| (p, Via::Office)),
            );
        }
        if include.collectives && target.kind() == UnitKind::Town {
            for (p, u) in index.units.iter().enumerate() {
                if !applies_to(u.name(), target.name()) {
                    continue;
                }
                match u.town_coverage() {
                    Some(TownCoverage::Every) => sources.push((p, Via::EveryTown)),
                    Some(TownCoverage::Possibly) => sources.push((p, Via::TownsConcerned)),
                    None => {}
                }
            }
        }
        let mut hits: BTreeMap<usize, (Via, Mention)> = BTreeMap::new();
        for (source, via) in sources {
            for &(t, m) in index.by_unit.get(source).into_iter().flatten() {
                let better = hits
                    .get(&t)
                    .is_none_or(|&(v, old)| (via, m.role) < (v, old.role));
                if better {
                    hits.insert(t, (via, m));
                }
            }
        }
        Some(
            hits.into_iter()
                .filter_map(|(t, (via, m))| {
                    let task = self.tasks.get(t)?;
                    let written = task.units.get(m.assignment)?.name();
                    Some(UnitTask {
                        task,
                        role: m.role,
                        via,
                        written,
                    })
                })
                .collect(),
        )
    }

    /// The tasks a unit carries (`Lead` or `Sole`), in document order;
    /// `None` for an unknown unit.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let led = b.tasks_led_by("发改局").unwrap();
    /// assert_eq!(led.len(), 15);
    /// assert_eq!(led[0].id().to_string(), "K2.1.1");
    /// ```
    pub fn tasks_led_by(&self, unit: &str) -> Option<Vec<&Task>> {
        self.tasks_with_role(unit, Role::carries)
    }

    /// The tasks a unit joins (`Joint`), in document order; `None` for an
    /// unknown unit.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// assert_eq!(b.tasks_joined_by("发改局").unwrap().len(), 34);
    /// assert_eq!(b.tasks_joined_by("执法局").unwrap().len(), 9);
    /// ```
    pub fn tasks_joined_by(&self, unit: &str) -> Option<Vec<&Task>> {
        self.tasks_with_role(unit, |r| !r.carries())
    }

    fn tasks_with_role(&self, unit: &str, keep: impl Fn(Role) -> bool) -> Option<Vec<&Task>> {
        let index = self.unit_index();
        let pos = index.units.position(unit)?;
        Some(
            index
                .by_unit
                .get(pos)
                .into_iter()
                .flatten()
                .filter(|(_, m)| keep(m.role))
                .filter_map(|&(t, _)| self.tasks.get(t))
                .collect(),
        )
    }
}

/// A group's leaders' names joined with 、, as the reports label groups.
fn leaders(group: &crate::model::LeaderGroup) -> String {
    group
        .leaders()
        .iter()
        .map(|l| l.name())
        .collect::<Vec<_>>()
        .join("、")
}
