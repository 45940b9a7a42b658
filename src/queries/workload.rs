//! How many tasks a unit leads, carries alone and joins: in all, and by
//! part, leader group and area.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::model::{Breakdown, PartKind, Role, Task};
use crate::units::UnitKind;

use super::{Include, leaders};

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
    #[cfg_attr(feature = "serde", serde(flatten))]
    counts: RoleCounts,
}

/// Task counts by role: what [`Workload`] and [`WorkloadSlice`] report and
/// the unit index stores for each unit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub(crate) struct RoleCounts {
    pub(crate) lead: usize,
    pub(crate) sole: usize,
    pub(crate) joint: usize,
}

impl RoleCounts {
    pub(crate) fn add(&mut self, role: Role) {
        match role {
            Role::Lead => self.lead += 1,
            Role::Sole => self.sole += 1,
            Role::Joint => self.joint += 1,
        }
    }

    fn carried(self) -> usize {
        self.lead + self.sole
    }

    fn total(self) -> usize {
        self.lead + self.sole + self.joint
    }
}

impl Workload {
    fn new(unit: &str, kind: UnitKind) -> Workload {
        Workload {
            unit: unit.to_owned(),
            kind,
            counts: RoleCounts::default(),
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
        self.counts.lead
    }

    /// Tasks the unit carries alone (the only unit listed).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().sole(), 1);
    /// ```
    pub fn sole(&self) -> usize {
        self.counts.sole
    }

    /// Tasks the unit joins.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().joint(), 34);
    /// ```
    pub fn joint(&self) -> usize {
        self.counts.joint
    }

    /// Tasks the unit carries: lead plus sole.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().carried(), 15);
    /// ```
    pub fn carried(&self) -> usize {
        self.counts.carried()
    }

    /// All tasks naming the unit.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().workload("发改局").unwrap().total(), 49);
    /// ```
    pub fn total(&self) -> usize {
        self.counts.total()
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
    #[cfg_attr(feature = "serde", serde(flatten))]
    counts: RoleCounts,
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
        self.counts.lead
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
        self.counts.sole
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
        self.counts.joint
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
        self.counts.carried()
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
        self.counts.total()
    }
}

impl Breakdown {
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
        if let Some(&counts) = index.role_counts.get(pos) {
            w.counts = counts;
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
            w.counts.add(t.role);
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
                Some(s) if (s.part, s.group, s.area) == (part, group, area) => s.counts.add(m.role),
                _ => {
                    let mut s = WorkloadSlice {
                        part,
                        group,
                        area,
                        label,
                        counts: RoleCounts::default(),
                    };
                    s.counts.add(m.role);
                    slices.push(s);
                }
            }
        }
        Some(slices)
    }
}
