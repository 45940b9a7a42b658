//! Tasks, their ids and the units assigned to them.

use std::fmt;
use std::str::FromStr;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{LineRange, PartKind};
use crate::targets::Target;

/// A task's identifier: part letter, group ordinal, area ordinal (if the
/// group has areas) and task number, written `K2.1.1`, `K1.2`, `L4.9`.
///
/// Ids order as the document does: key work before livelihood, then by
/// group, area and number.
///
/// # Example
///
/// ```
/// use yiwu_duties::{PartKind, TaskId};
/// let id: TaskId = "K2.1.1".parse().unwrap();
/// assert_eq!(id.part(), PartKind::KeyWork);
/// assert_eq!((id.group(), id.area(), id.number()), (2, Some(1), 1));
/// assert_eq!(id.to_string(), "K2.1.1");
/// assert_eq!("L4.9".parse::<TaskId>().unwrap().area(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaskId {
    pub(crate) part: PartKind,
    pub(crate) group: u32,
    pub(crate) area: Option<u32>,
    pub(crate) number: u32,
}

impl TaskId {
    /// An id from its parts.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{PartKind, TaskId};
    /// assert_eq!(TaskId::new(PartKind::KeyWork, 1, None, 2).to_string(), "K1.2");
    /// ```
    pub fn new(part: PartKind, group: u32, area: Option<u32>, number: u32) -> TaskId {
        TaskId {
            part,
            group,
            area,
            number,
        }
    }

    /// The part: key work or livelihood.
    ///
    /// # Example
    ///
    /// ```
    /// let id: yiwu_duties::TaskId = "L4.9".parse().unwrap();
    /// assert_eq!(id.part(), yiwu_duties::PartKind::Livelihood);
    /// ```
    pub fn part(self) -> PartKind {
        self.part
    }

    /// The leader group's ordinal.
    ///
    /// # Example
    ///
    /// ```
    /// let id: yiwu_duties::TaskId = "L4.9".parse().unwrap();
    /// assert_eq!(id.group(), 4);
    /// ```
    pub fn group(self) -> u32 {
        self.group
    }

    /// The area's ordinal, if the group has areas.
    ///
    /// # Example
    ///
    /// ```
    /// let id: yiwu_duties::TaskId = "K2.3.4".parse().unwrap();
    /// assert_eq!(id.area(), Some(3));
    /// ```
    pub fn area(self) -> Option<u32> {
        self.area
    }

    /// The task's number inside its area or group.
    ///
    /// # Example
    ///
    /// ```
    /// let id: yiwu_duties::TaskId = "K2.3.4".parse().unwrap();
    /// assert_eq!(id.number(), 4);
    /// ```
    pub fn number(self) -> u32 {
        self.number
    }
}

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.part.letter(), self.group)?;
        if let Some(area) = self.area {
            write!(f, ".{area}")?;
        }
        write!(f, ".{}", self.number)
    }
}

/// The error returned when a string is not a task id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a task id (expected e.g. K2.1.1, K1.2 or L4.9): {0:?}")]
pub struct TaskIdParseError(String);

impl FromStr for TaskId {
    type Err = TaskIdParseError;

    fn from_str(s: &str) -> Result<TaskId, TaskIdParseError> {
        let err = || TaskIdParseError(s.to_owned());
        let mut chars = s.chars();
        let part = match chars.next() {
            Some('K' | 'k') => PartKind::KeyWork,
            Some('L' | 'l') => PartKind::Livelihood,
            _ => return Err(err()),
        };
        // At most three dot-separated numbers; parsed without allocating,
        // as `Breakdown::task` parses ids on every call.
        let mut numbers = [0u32; 3];
        let mut count = 0;
        for field in chars.as_str().split('.') {
            let slot = numbers.get_mut(count).ok_or_else(err)?;
            if field.is_empty() || !field.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            *slot = field.parse().map_err(|_| err())?;
            count += 1;
        }
        match numbers[..count] {
            [group, number] => Ok(TaskId::new(part, group, None, number)),
            [group, area, number] => Ok(TaskId::new(part, group, Some(area), number)),
            _ => Err(err()),
        }
    }
}

#[cfg(feature = "serde")]
impl Serialize for TaskId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for TaskId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<TaskId, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// One numbered task with its responsible units and targets.
///
/// Serializes as `{id, text, assignments, targets, lines}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Task {
    pub(crate) id: TaskId,
    pub(crate) text: String,
    pub(crate) assignments: Vec<Assignment>,
    /// Read from `text` by [`crate::targets::extract`] when the task is
    /// parsed; a deserialized task keeps the targets it was written with.
    pub(crate) targets: Vec<Target>,
    pub(crate) lines: LineRange,
}

impl Task {
    /// The task's id (`K2.1.1`).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("L4.9").unwrap();
    /// assert_eq!(task.id().to_string(), "L4.9");
    /// ```
    pub fn id(&self) -> TaskId {
        self.id
    }

    /// The task's number inside its area or group (as written).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().task("L4.9").unwrap().number(), 9);
    /// ```
    pub fn number(&self) -> u32 {
        self.id.number
    }

    /// The task's text: markdown removed, page breaks joined, without the
    /// responsibility clause.
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K3.2.1").unwrap();
    /// // The seed breaks this sentence over a page: 力 … 争为企业减负.
    /// assert_eq!(task.text(), "坚持“第一时间+顶格优惠”，推动各项政策直达企业，力争为企业减负 100 亿元以上。");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The task's assignments: each responsible unit (责任单位) named in its
    /// clause, in source order, with its role.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// let task = yiwu_duties::breakdown().task("K2.1.4").unwrap();
    /// let units: Vec<_> = task.assignments().iter().map(|a| (a.name(), a.role())).collect();
    /// assert_eq!(units[..2], [("自贸发展区管委会", Role::Lead), ("义乌港", Role::Lead)]);
    /// assert_eq!(units[2], ("自规局", Role::Joint));
    /// ```
    pub fn assignments(&self) -> &[Assignment] {
        &self.assignments
    }

    /// The units that carry the task: those marked ▲ (lead), or the sole
    /// unit when only one is listed.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let sole: Vec<_> = b.task("K1.1").unwrap().carriers().map(|a| a.name()).collect();
    /// assert_eq!(sole, ["财政局"]);
    /// let leads: Vec<_> = b.task("K2.1.4").unwrap().carriers().map(|a| a.name()).collect();
    /// assert_eq!(leads, ["自贸发展区管委会", "义乌港"]);
    /// ```
    pub fn carriers(&self) -> impl Iterator<Item = &Assignment> + '_ {
        self.assignments.iter().filter(|a| a.role.carries())
    }

    /// The units that join the task (`Joint`): listed beside a unit that
    /// carries it.
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K2.1.4").unwrap();
    /// let joining: Vec<_> = task.joiners().map(|a| a.name()).collect();
    /// assert_eq!(joining[0], "自规局");
    /// ```
    pub fn joiners(&self) -> impl Iterator<Item = &Assignment> + '_ {
        self.assignments.iter().filter(|a| a.role.joins())
    }

    /// The quantitative targets found in the task's text (see
    /// [`crate::targets`] for how they are read).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K2.1.1").unwrap();
    /// assert_eq!(task.targets()[0].indicator(), "地区生产总值");
    /// ```
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    /// The source lines the task occupies, first and last inclusive.
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K1.1").unwrap();
    /// assert_eq!((task.lines().first(), task.lines().last()), (30, 30));
    /// ```
    pub fn lines(&self) -> LineRange {
        self.lines
    }
}

/// A unit named in a task's responsibility clause, with its role.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Assignment {
    /// Shared: a unit's name is stored once per parse and shared by all
    /// its assignments (one allocation instead of one per task).
    pub(crate) name: std::sync::Arc<str>,
    pub(crate) role: Role,
}

impl Assignment {
    /// The unit's name exactly as written, minus ▲ and markdown
    /// (`信访局〈矛调中心〉`).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K2.3.7").unwrap();
    /// assert_eq!(task.assignments()[3].name(), "信访局〈矛调中心〉");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The unit's role in this task.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// let task = yiwu_duties::breakdown().task("K2.1.1").unwrap();
    /// assert_eq!(task.assignments()[0].role(), Role::Sole);
    /// ```
    pub fn role(&self) -> Role {
        self.role
    }
}

/// A unit's role in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Role {
    /// Marked ▲: a lead unit (牵头单位). A task may have several.
    Lead,
    /// The only unit listed, unmarked: it carries the task alone.
    Sole,
    /// Listed beside a unit that carries the task: it joins (配合) it.
    Joint,
    /// One of several units listed with none marked as lead: the document
    /// does not say who leads. Not `Joint`, which would claim that another
    /// unit leads.
    Unmarked,
}

impl Role {
    /// Whether the unit carries the task: `Lead` or `Sole`.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// assert!(Role::Sole.carries() && !Role::Joint.carries());
    /// assert!(!Role::Unmarked.carries());
    /// ```
    pub fn carries(self) -> bool {
        matches!(self, Role::Lead | Role::Sole)
    }

    /// Whether the unit joins a task another unit carries: `Joint`.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// assert!(Role::Joint.joins() && !Role::Unmarked.joins() && !Role::Lead.joins());
    /// ```
    pub fn joins(self) -> bool {
        self == Role::Joint
    }

    /// The role's name in lower case: `lead`, `sole`, `joint`, `unmarked`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Role::Joint.as_str(), "joint");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Sole => "sole",
            Role::Joint => "joint",
            Role::Unmarked => "unmarked",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses the word [`Display`](fmt::Display) writes.
///
/// # Example
///
/// ```
/// use yiwu_duties::Role;
/// assert_eq!("sole".parse::<Role>(), Ok(Role::Sole));
/// assert_eq!(Role::Joint.to_string().parse::<Role>(), Ok(Role::Joint));
/// ```
impl std::str::FromStr for Role {
    type Err = crate::word::ParseWordError;

    fn from_str(word: &str) -> Result<Role, Self::Err> {
        const ALL: &[Role] = &[Role::Lead, Role::Sole, Role::Joint, Role::Unmarked];
        crate::word::parse(word, ALL, "role")
    }
}
