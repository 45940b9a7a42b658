//! A unit resolved in an index, and how a task reaches it.

use std::collections::BTreeMap;
use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{Index, Mention};
use crate::model::{Role, Task};
use crate::units::{TownCoverage, Unit, UnitKind, applies_to};

/// Which related units a unit query takes in besides the unit itself.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// let unit = yiwu_duties::index().unit("组织部").unwrap();
/// assert_eq!(unit.workload_with(Include::EXACT).total(), 1);
/// assert_eq!(unit.workload_with(Include::EXACT.with_offices()).total(), 6);
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
/// let town = yiwu_duties::index().unit("苏溪镇").unwrap();
/// let tasks: Vec<_> = town.tasks(Include::EXACT.with_collectives()).collect();
/// assert_eq!(tasks[0].via(), Via::EveryTown);
/// assert!(tasks.iter().any(|t| t.via() == Via::Named));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
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
    /// let tasks = yiwu_duties::index().unit("发改局").unwrap().tasks(Include::EXACT).collect::<Vec<_>>();
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
    /// let tasks = yiwu_duties::index().unit("发改局").unwrap().tasks(Include::EXACT).collect::<Vec<_>>();
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
    /// let tasks = yiwu_duties::index().unit("发改局").unwrap().tasks(Include::EXACT).collect::<Vec<_>>();
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
    /// let tasks = yiwu_duties::index().unit("行政执法局").unwrap().tasks(Include::EXACT).collect::<Vec<_>>();
    /// assert_eq!(tasks[0].written_as(), "执法局");
    /// ```
    pub fn written_as(&self) -> &'b str {
        self.written
    }
}

/// A unit resolved in an [`Index`]: one registry entry, with every query
/// about it. Get one from [`Index::unit`] or [`Index::unit_refs`].
///
/// # Example
///
/// ```
/// let unit = yiwu_duties::index().unit("文旅局").unwrap();
/// assert_eq!(unit.name(), "文广旅体局");
/// assert_eq!(unit.unit().english(), Some("Culture, Radio, Television, Tourism and Sports Bureau"));
/// ```
#[derive(Clone, Copy)]
pub struct UnitRef<'a> {
    index: &'a Index<'a>,
    pos: usize,
}

impl<'a> UnitRef<'a> {
    pub(super) fn new(index: &'a Index<'a>, pos: usize) -> UnitRef<'a> {
        UnitRef { index, pos }
    }

    pub(super) fn index(&self) -> &'a Index<'a> {
        self.index
    }

    /// The unit's position in the registry.
    pub(super) fn pos(&self) -> usize {
        self.pos
    }

    /// Every task naming the unit, with its role there, in document order.
    pub(super) fn mentions(&self) -> impl Iterator<Item = (&'a Task, Mention)> + 'a {
        let index = self.index;
        index
            .mentions_of(self.pos)
            .map(move |(t, m)| (index.tasks[t], m))
    }

    /// The unit's registry entry: canonical name, aliases, kind, parent,
    /// gloss.
    ///
    /// # Example
    ///
    /// ```
    /// let unit = yiwu_duties::index().unit("执法局").unwrap();
    /// assert_eq!(unit.unit().aliases(), ["执法局"]);
    /// ```
    pub fn unit(&self) -> &'a Unit {
        &self.index.units.as_slice()[self.pos]
    }

    /// The unit's canonical name.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("税务").unwrap().name(), "税务局");
    /// ```
    pub fn name(&self) -> &'a str {
        self.unit().name()
    }

    /// The unit's kind.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::units::UnitKind;
    /// assert_eq!(yiwu_duties::index().unit("各镇街").unwrap().kind(), UnitKind::Collective);
    /// ```
    pub fn kind(&self) -> UnitKind {
        self.unit().kind()
    }

    /// The tasks the unit carries (leads, or is named alone in), in
    /// document order.
    ///
    /// # Example
    ///
    /// ```
    /// let unit = yiwu_duties::index().unit("发改局").unwrap();
    /// let first = unit.carried().next().unwrap();
    /// assert_eq!(first.id().to_string(), "K2.1.1");
    /// ```
    pub fn carried(&self) -> impl Iterator<Item = &'a Task> + 'a {
        self.mentions()
            .filter(|(_, m)| m.role.carries())
            .map(|(task, _)| task)
    }

    /// The tasks the unit joins (`Joint`: listed beside a unit that
    /// carries the task), in document order.
    ///
    /// # Example
    ///
    /// ```
    /// let unit = yiwu_duties::index().unit("发改局").unwrap();
    /// assert_eq!(unit.joined().count(), 34);
    /// ```
    pub fn joined(&self) -> impl Iterator<Item = &'a Task> + 'a {
        self.mentions()
            .filter(|(_, m)| m.role.joins())
            .map(|(task, _)| task)
    }

    /// The unit's role in a task, or `None` if the task does not name it.
    /// Names resolve through this index's registry, as everywhere; when a
    /// task names the unit twice the stronger role counts (`Lead`, then
    /// `Sole`, then `Joint`). Offices are not their parent body (组织部 has
    /// no role where only 组织部〈市委人才办〉 is named).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// let (b, index) = (yiwu_duties::breakdown(), yiwu_duties::index());
    /// let task = b.task("K2.3.7").unwrap();
    /// assert_eq!(index.unit("改革办").unwrap().role_in(task), Some(Role::Lead));
    /// assert_eq!(index.unit("矛调中心").unwrap().role_in(task), Some(Role::Joint));
    /// assert_eq!(index.unit("发改局").unwrap().role_in(task), None);
    /// ```
    pub fn role_in(&self, task: &Task) -> Option<Role> {
        task.assignments()
            .iter()
            .filter(|a| self.index.units.position(a.name()) == Some(self.pos))
            .map(|a| a.role())
            .min()
    }

    /// The tasks that concern the unit, in document order: those naming it
    /// and, as `include` asks, those naming its offices or a placeholder
    /// that covers it. Each comes with the role and how it reaches the
    /// unit ([`Via`]); a task reached in several ways is listed once, by
    /// its most direct way.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{Include, Via};
    /// let town = yiwu_duties::index().unit("苏溪镇").unwrap();
    /// assert!(town.tasks(Include::EXACT).all(|t| t.via() == Via::Named));
    /// let all: Vec<_> = town.tasks(Include::EXACT.with_collectives()).collect();
    /// assert_eq!(all[0].via(), Via::EveryTown);
    /// ```
    pub fn tasks(&self, include: Include) -> impl Iterator<Item = UnitTask<'a>> + 'a {
        let index = self.index;
        let target = self.unit();
        let mut sources: Vec<(usize, Via)> = vec![(self.pos, Via::Named)];
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
        // Keyed by task position, so the result is in document order.
        let mut hits: BTreeMap<usize, (Via, Mention)> = BTreeMap::new();
        for (source, via) in sources {
            for (t, m) in index.mentions_of(source) {
                let better = hits
                    .get(&t)
                    .is_none_or(|&(v, old)| (via, m.role) < (v, old.role));
                if better {
                    hits.insert(t, (via, m));
                }
            }
        }
        hits.into_iter().map(move |(t, (via, m))| {
            let task = index.tasks[t];
            UnitTask {
                task,
                role: m.role,
                via,
                written: task.assignments()[m.assignment].name(),
            }
        })
    }
}

/// Shows the unit's canonical name.
impl fmt::Debug for UnitRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnitRef").field(&self.name()).finish()
    }
}

/// Two handles are equal when they denote the same unit of the same index.
impl PartialEq for UnitRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.index, other.index) && self.pos == other.pos
    }
}

impl Eq for UnitRef<'_> {}
