//! Questions about units: who leads a task and who joins it, what a unit
//! carries and under which leader, whom it works with.
//!
//! Every query that takes a unit accepts its canonical name or any alias
//! (see [`crate::units`]) and gives `None` for a name the breakdown's
//! registry does not know. Lookups go through the index built once per
//! breakdown ([`Breakdown::units`]); no query scans every task.

use std::collections::BTreeMap;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::model::{Breakdown, PartKind, Role, Task};
use crate::units::{
    applies_to, canonical_static, split_office_of, Mention, TownCoverage, UnitKind,
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

/// How many tasks a unit carries (as lead or alone) and joins.
///
/// # Example
///
/// ```
/// let w = yiwu_duties::breakdown().workload("发改局").unwrap();
/// assert_eq!((w.lead() + w.sole(), w.joint(), w.total()), (15, 34, 49));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Workload {
    unit: String,
    kind: UnitKind,
    lead: usize,
    sole: usize,
    joint: usize,
}

impl Workload {
    fn new(unit: &str, kind: UnitKind) -> Workload {
        Workload {
            unit: unit.to_owned(),
            kind,
            lead: 0,
            sole: 0,
            joint: 0,
        }
    }

    fn add(&mut self, role: Role) {
        match role {
            Role::Lead => self.lead += 1,
            Role::Sole => self.sole += 1,
            Role::Joint => self.joint += 1,
        }
    }

    /// The unit's canonical name.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("执法局").unwrap().unit(), "行政执法局");
    /// ```
    pub fn unit(&self) -> &str {
        &self.unit
    }

    /// The unit's kind.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::units::UnitKind;
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().kind(), UnitKind::PublicBody);
    /// ```
    pub fn kind(&self) -> UnitKind {
        self.kind
    }

    /// Tasks where the unit is a marked lead unit (▲).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().lead(), 14);
    /// ```
    pub fn lead(&self) -> usize {
        self.lead
    }

    /// Tasks the unit carries alone (the only unit listed).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().sole(), 1);
    /// ```
    pub fn sole(&self) -> usize {
        self.sole
    }

    /// Tasks the unit joins.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().joint(), 34);
    /// ```
    pub fn joint(&self) -> usize {
        self.joint
    }

    /// Tasks the unit carries: lead plus sole.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().carried(), 15);
    /// ```
    pub fn carried(&self) -> usize {
        self.lead + self.sole
    }

    /// All tasks naming the unit.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().total(), 49);
    /// ```
    pub fn total(&self) -> usize {
        self.lead + self.sole + self.joint
    }
}

/// A unit's workload inside one part, leader group or area.
///
/// # Example
///
/// ```
/// let b = yiwu_duties::breakdown();
/// let groups = b.workload_by_group("发改局").unwrap();
/// assert_eq!(groups[0].label(), "叶帮锐");
/// assert_eq!(groups[1].label(), "喻新贵");
/// assert_eq!(groups[1].carried(), 14);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct WorkloadSlice {
    part: PartKind,
    group: Option<u32>,
    area: Option<u32>,
    label: String,
    lead: usize,
    sole: usize,
    joint: usize,
}

impl WorkloadSlice {
    /// The part.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::PartKind;
    /// let parts = yiwu_duties::breakdown().workload_by_part("发改局").unwrap();
    /// assert_eq!(parts[0].part(), PartKind::KeyWork);
    /// ```
    pub fn part(&self) -> PartKind {
        self.part
    }

    /// The leader group's ordinal, for a group or area slice.
    ///
    /// # Example
    ///
    /// ```
    /// let groups = yiwu_duties::breakdown().workload_by_group("发改局").unwrap();
    /// assert_eq!(groups[1].group(), Some(2));
    /// ```
    pub fn group(&self) -> Option<u32> {
        self.group
    }

    /// The area's ordinal, for an area slice of a group with areas.
    ///
    /// # Example
    ///
    /// ```
    /// let areas = yiwu_duties::breakdown().workload_by_area("发改局").unwrap();
    /// assert_eq!((areas[1].group(), areas[1].area()), (Some(2), Some(1)));
    /// ```
    pub fn area(&self) -> Option<u32> {
        self.area
    }

    /// What the slice is: the part's title, the group's leaders joined
    /// with 、, or the area's name (the group's leaders for a group
    /// without areas).
    ///
    /// # Example
    ///
    /// ```
    /// let areas = yiwu_duties::breakdown().workload_by_area("发改局").unwrap();
    /// assert_eq!(areas[1].label(), "投资和项目");
    /// ```
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Tasks led (▲) in the slice.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = yiwu_duties::breakdown().workload_by_part("发改局").unwrap();
    /// assert_eq!(parts[1].lead(), 1);
    /// ```
    pub fn lead(&self) -> usize {
        self.lead
    }

    /// Tasks carried alone in the slice.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = yiwu_duties::breakdown().workload_by_part("发改局").unwrap();
    /// assert_eq!(parts[0].sole(), 1);
    /// ```
    pub fn sole(&self) -> usize {
        self.sole
    }

    /// Tasks joined in the slice.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = yiwu_duties::breakdown().workload_by_part("发改局").unwrap();
    /// assert_eq!(parts[1].joint(), 2);
    /// ```
    pub fn joint(&self) -> usize {
        self.joint
    }

    /// Tasks carried (lead or sole) in the slice.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = yiwu_duties::breakdown().workload_by_part("发改局").unwrap();
    /// assert_eq!(parts[0].carried(), 14);
    /// ```
    pub fn carried(&self) -> usize {
        self.lead + self.sole
    }

    /// All tasks in the slice naming the unit.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = yiwu_duties::breakdown().workload_by_part("发改局").unwrap();
    /// assert_eq!(parts[0].total() + parts[1].total(), 49);
    /// ```
    pub fn total(&self) -> usize {
        self.lead + self.sole + self.joint
    }

    fn add(&mut self, role: Role) {
        match role {
            Role::Lead => self.lead += 1,
            Role::Sole => self.sole += 1,
            Role::Joint => self.joint += 1,
        }
    }
}

/// A unit another unit shares tasks with.
///
/// # Example
///
/// ```
/// let top = &yiwu_duties::breakdown().collaborators("发改局").unwrap()[0];
/// assert_eq!(top.unit(), "自规局");
/// assert_eq!(top.shared(), top.while_carrying() + top.while_joining());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Collaborator {
    unit: String,
    kind: UnitKind,
    shared: usize,
    while_carrying: usize,
    while_joining: usize,
    they_carry: usize,
}

impl Collaborator {
    /// The collaborator's canonical name.
    ///
    /// # Example
    ///
    /// ```
    /// let top = &yiwu_duties::breakdown().collaborators("商城集团").unwrap()[0];
    /// assert_eq!(top.unit(), "市场发展委");
    /// ```
    pub fn unit(&self) -> &str {
        &self.unit
    }

    /// The collaborator's kind (never collective: placeholders are left
    /// out).
    ///
    /// # Example
    ///
    /// ```
    /// let all = yiwu_duties::breakdown().collaborators("发改局").unwrap();
    /// assert!(all.iter().all(|c| !c.kind().is_collective()));
    /// ```
    pub fn kind(&self) -> UnitKind {
        self.kind
    }

    /// Tasks naming both units.
    ///
    /// # Example
    ///
    /// ```
    /// let top = &yiwu_duties::breakdown().collaborators("发改局").unwrap()[0];
    /// assert!(top.shared() > 10);
    /// ```
    pub fn shared(&self) -> usize {
        self.shared
    }

    /// Shared tasks that the queried unit carries (lead or sole).
    ///
    /// # Example
    ///
    /// ```
    /// let top = &yiwu_duties::breakdown().collaborators("发改局").unwrap()[0];
    /// assert!(top.while_carrying() <= top.shared());
    /// ```
    pub fn while_carrying(&self) -> usize {
        self.while_carrying
    }

    /// Shared tasks that the queried unit joins.
    ///
    /// # Example
    ///
    /// ```
    /// let top = &yiwu_duties::breakdown().collaborators("发改局").unwrap()[0];
    /// assert!(top.while_joining() <= top.shared());
    /// ```
    pub fn while_joining(&self) -> usize {
        self.while_joining
    }

    /// Shared tasks that the collaborator carries (lead or sole).
    ///
    /// # Example
    ///
    /// ```
    /// let top = &yiwu_duties::breakdown().collaborators("发改局").unwrap()[0];
    /// assert!(top.they_carry() <= top.shared());
    /// ```
    pub fn they_carry(&self) -> usize {
        self.they_carry
    }
}

/// One cell of the leader × unit matrix: a unit's tasks in one leader
/// group, by role. A flat row for CSV export.
///
/// # Example
///
/// ```
/// let rows = yiwu_duties::breakdown().leader_unit_matrix();
/// let row = rows.iter().find(|r| r.group == 2 && r.unit == "发改局").unwrap();
/// assert_eq!((row.leaders.as_str(), row.lead, row.sole, row.joint), ("喻新贵", 13, 1, 5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct LeaderUnitRow {
    /// `key_work` or `livelihood`.
    pub part: PartKind,
    /// The leader group's ordinal within its part.
    pub group: u32,
    /// The group's leaders' names, joined with 、.
    pub leaders: String,
    /// The unit's canonical name.
    pub unit: String,
    /// The unit's English gloss, if known.
    pub unit_english: Option<String>,
    /// The unit's kind (`public_body`, `town`, `enterprise`, `collective`).
    pub kind: UnitKind,
    /// Tasks of the group the unit leads (▲).
    pub lead: usize,
    /// Tasks of the group the unit carries alone.
    pub sole: usize,
    /// Tasks of the group the unit joins.
    pub joint: usize,
    /// All tasks of the group naming the unit.
    pub total: usize,
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

    /// How many tasks a unit leads, carries alone and joins; `None` for an
    /// unknown unit. Counts the unit itself, not its offices; see
    /// [`Breakdown::workload_with`].
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let w = b.workload("发改局").unwrap();
    /// assert_eq!((w.carried(), w.joint()), (15, 34));
    /// assert_eq!(b.workload("文旅局"), b.workload("文广旅体局"));
    /// assert!(b.workload("发改委").is_none());
    /// ```
    pub fn workload(&self, unit: &str) -> Option<Workload> {
        let index = self.unit_index();
        let pos = index.units.position(unit)?;
        Some(self.workload_at(pos))
    }

    fn workload_at(&self, pos: usize) -> Workload {
        let index = self.unit_index();
        let mut w = match index.units.at(pos) {
            Some(u) => Workload::new(u.name(), u.kind()),
            None => Workload::new("", UnitKind::PublicBody),
        };
        if let Some(&[lead, sole, joint]) = index.role_counts.get(pos) {
            (w.lead, w.sole, w.joint) = (lead, sole, joint);
        }
        w
    }

    /// A unit's workload with its offices and, for a town, the tasks given
    /// to every town (各镇街). Tasks given to the towns concerned
    /// (相关镇街) are not counted: whether they include the town is not
    /// known (list them with [`Breakdown::tasks_of`]).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let b = yiwu_duties::breakdown();
    /// let w = b.workload_with("苏溪镇", Include::EXACT.with_collectives()).unwrap();
    /// assert_eq!(w.total(), 65);
    /// ```
    pub fn workload_with(&self, unit: &str, include: Include) -> Option<Workload> {
        let tasks = self.tasks_of(unit, include)?;
        let target = self.units().get(unit)?;
        let mut w = Workload::new(target.name(), target.kind());
        for t in tasks.iter().filter(|t| t.via.is_certain()) {
            w.add(t.role);
        }
        Some(w)
    }

    /// Every named unit's workload, ranked: most tasks carried (lead or
    /// sole) first, then most tasks in all, then order of first mention.
    /// Collective placeholders are left out (see
    /// [`Breakdown::collective_workloads`]); offices are ranked on their
    /// own, not within their body.
    ///
    /// # Example
    ///
    /// ```
    /// let ranked = yiwu_duties::breakdown().workloads();
    /// assert_eq!(ranked[0].unit(), "经信局");
    /// assert!(ranked.iter().all(|w| !w.kind().is_collective()));
    /// ```
    pub fn workloads(&self) -> Vec<Workload> {
        self.ranked(|kind| !kind.is_collective())
    }

    /// The collective placeholders' workloads, ranked as in
    /// [`Breakdown::workloads`]. A placeholder stands for several units, so
    /// these are not comparable with named units' workloads.
    ///
    /// # Example
    ///
    /// ```
    /// let ranked = yiwu_duties::breakdown().collective_workloads();
    /// assert_eq!(ranked[0].unit(), "各镇街");
    /// assert_eq!(ranked[0].total(), 64);
    /// ```
    pub fn collective_workloads(&self) -> Vec<Workload> {
        self.ranked(UnitKind::is_collective)
    }

    fn ranked(&self, keep: impl Fn(UnitKind) -> bool) -> Vec<Workload> {
        let index = self.unit_index();
        let mut all: Vec<(usize, Workload)> = index
            .units
            .iter()
            .enumerate()
            .filter(|(_, u)| keep(u.kind()))
            .map(|(pos, _)| (pos, self.workload_at(pos)))
            .filter(|(_, w)| w.total() > 0)
            .collect();
        all.sort_by_key(|(pos, w)| {
            (
                std::cmp::Reverse(w.carried()),
                std::cmp::Reverse(w.total()),
                *pos,
            )
        });
        all.into_iter().map(|(_, w)| w).collect()
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

    /// A unit's workload in each part where it has tasks, in document
    /// order; `None` for an unknown unit.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = yiwu_duties::breakdown().workload_by_part("发改局").unwrap();
    /// assert_eq!(parts.len(), 2);
    /// assert_eq!(parts[0].label(), "2022 年政府工作报告重点工作责任分解");
    /// ```
    pub fn workload_by_part(&self, unit: &str) -> Option<Vec<WorkloadSlice>> {
        self.sliced(unit, |b, task| {
            let part = b.part(task.id().part())?;
            Some((task.id().part(), None, None, part.title().to_owned()))
        })
    }

    /// A unit's workload in each leader group where it has tasks, in
    /// document order, labelled with the group's leaders: which leader's
    /// tasks the unit carries. `None` for an unknown unit.
    ///
    /// # Example
    ///
    /// ```
    /// let groups = yiwu_duties::breakdown().workload_by_group("商城集团").unwrap();
    /// let g = groups.iter().find(|g| g.label() == "葛巧棣、王炜、张超").unwrap();
    /// assert_eq!(g.carried(), 16);
    /// ```
    pub fn workload_by_group(&self, unit: &str) -> Option<Vec<WorkloadSlice>> {
        self.sliced(unit, |b, task| {
            let group = b.group_of(task)?;
            Some((
                task.id().part(),
                Some(group.ordinal()),
                None,
                leaders(group),
            ))
        })
    }

    /// A unit's workload in each area where it has tasks, in document
    /// order; tasks of a group without areas form one slice labelled with
    /// the group's leaders. `None` for an unknown unit.
    ///
    /// # Example
    ///
    /// ```
    /// let areas = yiwu_duties::breakdown().workload_by_area("发改局").unwrap();
    /// assert_eq!(areas[0].label(), "叶帮锐");
    /// assert_eq!(areas[0].area(), None);
    /// ```
    pub fn workload_by_area(&self, unit: &str) -> Option<Vec<WorkloadSlice>> {
        self.sliced(unit, |b, task| {
            let group = b.group_of(task)?;
            let id = task.id();
            Some(match b.area_of(task) {
                Some(area) => (
                    id.part(),
                    Some(id.group()),
                    Some(area.ordinal()),
                    area.name().to_owned(),
                ),
                None => (id.part(), Some(id.group()), None, leaders(group)),
            })
        })
    }

    fn sliced(
        &self,
        unit: &str,
        key: impl Fn(&Breakdown, &Task) -> Option<(PartKind, Option<u32>, Option<u32>, String)>,
    ) -> Option<Vec<WorkloadSlice>> {
        let index = self.unit_index();
        let pos = index.units.position(unit)?;
        let mut slices: Vec<WorkloadSlice> = Vec::new();
        for &(t, m) in index.by_unit.get(pos).into_iter().flatten() {
            let Some(task) = self.tasks.get(t) else {
                continue;
            };
            let Some((part, group, area, label)) = key(self, task) else {
                continue;
            };
            // Tasks are in document order, so a slice's tasks are adjacent.
            match slices.last_mut() {
                Some(s) if (s.part, s.group, s.area) == (part, group, area) => s.add(m.role),
                _ => {
                    let mut s = WorkloadSlice {
                        part,
                        group,
                        area,
                        label,
                        lead: 0,
                        sole: 0,
                        joint: 0,
                    };
                    s.add(m.role);
                    slices.push(s);
                }
            }
        }
        Some(slices)
    }

    /// The named units a unit shares tasks with, most shared tasks first
    /// (then most shared while the unit carries, then order of first
    /// mention), each split by the queried unit's role. Collective
    /// placeholders are left out. `None` for an unknown unit.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let top = &b.collaborators("发改局").unwrap()[0];
    /// assert_eq!(top.unit(), "自规局");
    /// assert_eq!(top.shared(), 22);
    /// assert!(b.collaborators("发改委").is_none());
    /// ```
    pub fn collaborators(&self, unit: &str) -> Option<Vec<Collaborator>> {
        let index = self.unit_index();
        let pos = index.units.position(unit)?;
        let mut found: BTreeMap<usize, Collaborator> = BTreeMap::new();
        for &(t, mine) in index.by_unit.get(pos).into_iter().flatten() {
            for other in index.by_task.get(t).into_iter().flatten() {
                let Some(u) = index.units.at(other.unit) else {
                    continue;
                };
                if other.unit == pos || u.is_collective() {
                    continue;
                }
                let c = found.entry(other.unit).or_insert_with(|| Collaborator {
                    unit: u.name().to_owned(),
                    kind: u.kind(),
                    shared: 0,
                    while_carrying: 0,
                    while_joining: 0,
                    they_carry: 0,
                });
                c.shared += 1;
                if mine.role.carries() {
                    c.while_carrying += 1;
                } else {
                    c.while_joining += 1;
                }
                if other.role.carries() {
                    c.they_carry += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, Collaborator)> = found.into_iter().collect();
        ranked.sort_by_key(|(p, c)| {
            (
                std::cmp::Reverse(c.shared),
                std::cmp::Reverse(c.while_carrying),
                *p,
            )
        });
        Some(ranked.into_iter().map(|(_, c)| c).collect())
    }

    /// The tasks with two or more distinct lead units (▲), in document
    /// order.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let tasks = b.tasks_with_several_leads();
    /// assert_eq!(tasks[0].id().to_string(), "K2.1.4");
    /// assert!(tasks.iter().all(|t| t.leads().count() >= 2));
    /// ```
    pub fn tasks_with_several_leads(&self) -> Vec<&Task> {
        let index = self.unit_index();
        index
            .by_task
            .iter()
            .enumerate()
            .filter(|(_, mentions)| mentions.iter().filter(|m| m.role == Role::Lead).count() >= 2)
            .filter_map(|(t, _)| self.tasks.get(t))
            .collect()
    }

    /// The leader × unit matrix: for each leader group (in document order)
    /// and each unit it names (in order of first mention in the document),
    /// the unit's tasks in the group by role. Collective placeholders are
    /// included, marked by their kind. Rows are flat, ready for CSV.
    ///
    /// # Example
    ///
    /// ```
    /// let rows = yiwu_duties::breakdown().leader_unit_matrix();
    /// assert_eq!(rows[0].leaders, "叶帮锐");
    /// assert_eq!(rows[0].unit, "财政局");
    /// assert_eq!((rows[0].lead, rows[0].sole, rows[0].total), (1, 1, 2));
    /// ```
    pub fn leader_unit_matrix(&self) -> Vec<LeaderUnitRow> {
        let index = self.unit_index();
        let mut rows = Vec::new();
        for part in self.parts() {
            for group in part.groups() {
                let mut cells: BTreeMap<usize, [usize; 3]> = BTreeMap::new();
                for t in group.tasks.clone() {
                    for m in index.by_task.get(t).into_iter().flatten() {
                        let cell = cells.entry(m.unit).or_default();
                        let slot = match m.role {
                            Role::Lead => 0,
                            Role::Sole => 1,
                            Role::Joint => 2,
                        };
                        cell[slot] += 1;
                    }
                }
                let names = leaders(group);
                for (pos, [lead, sole, joint]) in cells {
                    let Some(u) = index.units.at(pos) else {
                        continue;
                    };
                    rows.push(LeaderUnitRow {
                        part: part.kind(),
                        group: group.ordinal(),
                        leaders: names.clone(),
                        unit: u.name().to_owned(),
                        unit_english: u.english().map(str::to_owned),
                        kind: u.kind(),
                        lead,
                        sole,
                        joint,
                        total: lead + sole + joint,
                    });
                }
            }
        }
        rows
    }
}

fn leaders(group: &crate::model::LeaderGroup) -> String {
    group
        .leaders()
        .iter()
        .map(|l| l.name())
        .collect::<Vec<_>>()
        .join("、")
}
