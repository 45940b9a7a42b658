//! How many tasks a unit leads, carries alone and joins: in all, and by
//! part, leader group and area.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{Include, Index, UnitRef, leaders};
use crate::model::{Breakdown, PartKind, Role, Task};
use crate::units::UnitKind;

/// How many tasks a unit carries (as lead or alone) and joins.
///
/// # Example
///
/// ```
/// let w = yiwu_duties::index().unit("发改局").unwrap().workload();
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
pub(super) struct RoleCounts {
    lead: usize,
    sole: usize,
    joint: usize,
    unmarked: usize,
}

impl RoleCounts {
    pub(super) fn add(&mut self, role: Role) {
        match role {
            Role::Lead => self.lead += 1,
            Role::Sole => self.sole += 1,
            Role::Joint => self.joint += 1,
            Role::Unmarked => self.unmarked += 1,
        }
    }

    fn carried(self) -> usize {
        self.lead + self.sole
    }

    fn total(self) -> usize {
        self.lead + self.sole + self.joint + self.unmarked
    }
}

impl Workload {
    /// The unit's canonical name.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("执法局").unwrap().workload().unit(), "行政执法局");
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
    /// assert_eq!(yiwu_duties::index().unit("发改局").unwrap().workload().kind(), UnitKind::PublicBody);
    /// ```
    pub fn kind(&self) -> UnitKind {
        self.kind
    }

    /// Tasks where the unit is a marked lead unit (▲).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("发改局").unwrap().workload().lead(), 14);
    /// ```
    pub fn lead(&self) -> usize {
        self.counts.lead
    }

    /// Tasks the unit carries alone (the only unit listed).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("发改局").unwrap().workload().sole(), 1);
    /// ```
    pub fn sole(&self) -> usize {
        self.counts.sole
    }

    /// Tasks the unit joins.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("发改局").unwrap().workload().joint(), 34);
    /// ```
    pub fn joint(&self) -> usize {
        self.counts.joint
    }

    /// Tasks that name the unit among several with none marked as lead
    /// (none in the 2022 Yiwu document, which marks a lead wherever it
    /// lists several units).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("发改局").unwrap().workload().unmarked(), 0);
    /// ```
    pub fn unmarked(&self) -> usize {
        self.counts.unmarked
    }

    /// Tasks the unit carries: lead plus sole.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("发改局").unwrap().workload().carried(), 15);
    /// ```
    pub fn carried(&self) -> usize {
        self.counts.carried()
    }

    /// All tasks naming the unit.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("发改局").unwrap().workload().total(), 49);
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
/// let unit = yiwu_duties::index().unit("发改局").unwrap();
/// let groups: Vec<_> = unit.workload_by_group().collect();
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
    /// let parts = yiwu_duties::index().unit("发改局").unwrap().workload_by_part().collect::<Vec<_>>();
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
    /// let groups = yiwu_duties::index().unit("发改局").unwrap().workload_by_group().collect::<Vec<_>>();
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
    /// let areas = yiwu_duties::index().unit("发改局").unwrap().workload_by_area().collect::<Vec<_>>();
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
    /// let areas = yiwu_duties::index().unit("发改局").unwrap().workload_by_area().collect::<Vec<_>>();
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
    /// let parts = yiwu_duties::index().unit("发改局").unwrap().workload_by_part().collect::<Vec<_>>();
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
    /// let parts = yiwu_duties::index().unit("发改局").unwrap().workload_by_part().collect::<Vec<_>>();
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
    /// let parts = yiwu_duties::index().unit("发改局").unwrap().workload_by_part().collect::<Vec<_>>();
    /// assert_eq!(parts[1].joint(), 2);
    /// ```
    pub fn joint(&self) -> usize {
        self.counts.joint
    }

    /// Tasks that name the unit among several with none marked as lead
    /// (none in the 2022 Yiwu document, which marks a lead wherever it
    /// lists several units).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().unit("发改局").unwrap().workload().unmarked(), 0);
    /// ```
    pub fn unmarked(&self) -> usize {
        self.counts.unmarked
    }

    /// Tasks carried (lead or sole) in the slice.
    ///
    /// # Example
    ///
    /// ```
    /// let parts = yiwu_duties::index().unit("发改局").unwrap().workload_by_part().collect::<Vec<_>>();
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
    /// let parts = yiwu_duties::index().unit("发改局").unwrap().workload_by_part().collect::<Vec<_>>();
    /// assert_eq!(parts[0].total() + parts[1].total(), 49);
    /// ```
    pub fn total(&self) -> usize {
        self.counts.total()
    }
}

impl<'a> UnitRef<'a> {
    /// How many tasks the unit leads, carries alone and joins. Counts the
    /// unit itself, not its offices; see [`UnitRef::workload_with`].
    ///
    /// # Example
    ///
    /// ```
    /// let w = yiwu_duties::index().unit("发改局").unwrap().workload();
    /// assert_eq!((w.lead(), w.sole(), w.joint()), (14, 1, 34));
    /// assert_eq!((w.carried(), w.total()), (15, 49));
    /// ```
    pub fn workload(&self) -> Workload {
        let u = self.unit();
        Workload {
            unit: u.name().to_owned(),
            kind: u.kind(),
            counts: self.index().role_counts[self.pos()],
        }
    }

    /// The workload counting the related units `include` asks for: the
    /// body's offices, and for a town the tasks every town is given
    /// (各镇街). Tasks given to the towns concerned (相关镇街) are not
    /// counted, since the document does not say which towns they are; list
    /// them with [`UnitRef::tasks`].
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let unit = yiwu_duties::index().unit("组织部").unwrap();
    /// assert_eq!(unit.workload_with(Include::EXACT).total(), 1);
    /// assert_eq!(unit.workload_with(Include::EXACT.with_offices()).total(), 6);
    /// ```
    pub fn workload_with(&self, include: Include) -> Workload {
        let mut w = Workload {
            unit: self.name().to_owned(),
            kind: self.kind(),
            counts: RoleCounts::default(),
        };
        for t in self.tasks(include).filter(|t| t.via().is_certain()) {
            w.counts.add(t.role());
        }
        w
    }

    /// The workload in each part, in document order (parts without the
    /// unit left out).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::PartKind;
    /// let slices: Vec<_> = yiwu_duties::index().unit("卫健局").unwrap().workload_by_part().collect();
    /// assert_eq!(slices[1].part(), PartKind::Livelihood);
    /// assert_eq!(slices[1].carried(), 10);
    /// ```
    pub fn workload_by_part(&self) -> impl Iterator<Item = WorkloadSlice> + 'a {
        self.sliced(|b, task| {
            let part = b.part(task.id().part())?;
            Some((task.id().part(), None, None, part.title().to_owned()))
        })
    }

    /// The workload under each leader group, in document order, labelled
    /// with the group's leaders.
    ///
    /// # Example
    ///
    /// ```
    /// let slices: Vec<_> = yiwu_duties::index().unit("发改局").unwrap().workload_by_group().collect();
    /// assert_eq!(slices[0].label(), "叶帮锐");
    /// assert_eq!(slices[1].label(), "喻新贵");
    /// assert_eq!(slices[1].carried(), 14);
    /// ```
    pub fn workload_by_group(&self) -> impl Iterator<Item = WorkloadSlice> + 'a {
        self.sliced(|b, task| {
            let group = b.group_of(task)?;
            Some((
                task.id().part(),
                Some(group.ordinal()),
                None,
                leaders(group),
            ))
        })
    }

    /// The workload in each area, in document order; tasks of a group
    /// without areas form one slice labelled with the group's leaders.
    ///
    /// # Example
    ///
    /// ```
    /// let slices: Vec<_> = yiwu_duties::index().unit("发改局").unwrap().workload_by_area().collect();
    /// assert_eq!(slices[1].label(), "投资和项目");
    /// assert_eq!(slices[1].area(), Some(1));
    /// ```
    pub fn workload_by_area(&self) -> impl Iterator<Item = WorkloadSlice> + 'a {
        self.sliced(|b, task| {
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
        key: impl Fn(&Breakdown, &Task) -> Option<(PartKind, Option<u32>, Option<u32>, String)>,
    ) -> impl Iterator<Item = WorkloadSlice> + 'a {
        let breakdown = self.index().breakdown();
        let mut slices: Vec<WorkloadSlice> = Vec::new();
        for (task, m) in self.mentions() {
            let Some((part, group, area, label)) = key(breakdown, task) else {
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
        slices.into_iter()
    }
}

impl Index<'_> {
    /// Every named unit's workload, most tasks carried first (then most
    /// tasks in all, then order of first mention). Collective placeholders
    /// are left out: see [`Index::collective_workloads`].
    ///
    /// # Example
    ///
    /// ```
    /// let top = yiwu_duties::index().workloads().next().unwrap();
    /// assert_eq!(top.unit(), "经信局");
    /// ```
    pub fn workloads(&self) -> impl Iterator<Item = Workload> + '_ {
        self.ranked(|kind| !kind.is_collective())
    }

    /// The workloads of collective placeholders (各镇街, 相关镇街, …),
    /// ranked as [`Index::workloads`] ranks named units.
    ///
    /// # Example
    ///
    /// ```
    /// let first = yiwu_duties::index().collective_workloads().next().unwrap();
    /// assert_eq!(first.unit(), "各镇街");
    /// ```
    pub fn collective_workloads(&self) -> impl Iterator<Item = Workload> + '_ {
        self.ranked(UnitKind::is_collective)
    }

    fn ranked(&self, keep: impl Fn(UnitKind) -> bool) -> impl Iterator<Item = Workload> + '_ {
        let mut all: Vec<(usize, Workload)> = self
            .unit_refs()
            .filter(|u| keep(u.kind()))
            .map(|u| (u.pos(), u.workload()))
            .filter(|(_, w)| w.total() > 0)
            .collect();
        all.sort_by_key(|(pos, w)| {
            (
                std::cmp::Reverse(w.carried()),
                std::cmp::Reverse(w.total()),
                *pos,
            )
        });
        all.into_iter().map(|(_, w)| w)
    }
}
