//! Tasks, their ids and the units assigned to them.

use std::fmt;
use std::str::FromStr;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{Date, Leader, LineRange, PartKind};
use crate::targets::Target;

/// A task's identifier: part letter, group ordinal, area ordinal (if the
/// group has areas) and task number, written `K2.1.1`, `K1.2`, `L4.9`.
///
/// The letter is `K` for key work, `L` for livelihood projects and `T` for
/// any other list of tasks. A document with a second part of the same kind
/// (a five-year list, then this year's) marks its ids with a lower-case
/// letter after the part's: `Kb1.2` is task 2 of group 一 of the second
/// key-work part (`c` for a third, and so on).
///
/// Ids order by part kind (key work, livelihood, other), then by part,
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
    /// 1 for the first part of its kind.
    pub(crate) seq: u32,
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
            seq: 1,
            group,
            area,
            number,
        }
    }

    /// The same id in the `seq`-th part of its kind (1 is the first; up to
    /// 26, as ids write it with a letter `b`…`z`), or `None` out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{PartKind, TaskId};
    /// let id = TaskId::new(PartKind::KeyWork, 1, None, 2).in_part(2).unwrap();
    /// assert_eq!(id.to_string(), "Kb1.2");
    /// assert_eq!(id.part_seq(), 2);
    /// ```
    pub fn in_part(self, seq: u32) -> Option<TaskId> {
        (1..=26).contains(&seq).then_some(TaskId { seq, ..self })
    }

    /// Which part of its kind the task is in: 1 for the first.
    ///
    /// # Example
    ///
    /// ```
    /// let id: yiwu_duties::TaskId = "Lb4.9".parse().unwrap();
    /// assert_eq!(id.part_seq(), 2);
    /// ```
    pub fn part_seq(self) -> u32 {
        self.seq
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
        f.write_str(self.part.letter().encode_utf8(&mut [0; 4]))?;
        if self.seq > 1 {
            // 2 is b, 3 is c, …: `in_part` keeps seq within 26.
            let letter = char::from_u32(u32::from('a') + self.seq - 1).unwrap_or('?');
            f.write_str(letter.encode_utf8(&mut [0; 4]))?;
        }
        write!(f, "{}", self.group)?;
        if let Some(area) = self.area {
            write!(f, ".{area}")?;
        }
        write!(f, ".{}", self.number)
    }
}

/// The error returned when a string is not a task id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a task id (expected e.g. K2.1.1, K1.2, L4.9 or Kb1.2): {0:?}")]
pub struct TaskIdParseError(String);

impl FromStr for TaskId {
    type Err = TaskIdParseError;

    fn from_str(s: &str) -> Result<TaskId, TaskIdParseError> {
        let err = || TaskIdParseError(s.to_owned());
        let mut chars = s.chars();
        let part = match chars.next() {
            Some('K' | 'k') => PartKind::KeyWork,
            Some('L' | 'l') => PartKind::Livelihood,
            Some('T' | 't') => PartKind::Other,
            _ => return Err(err()),
        };
        let mut seq = 1;
        if let Some(letter @ 'b'..='z') = chars.clone().next() {
            seq = u32::from(letter) - u32::from('a') + 1;
            chars.next();
        }
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
        let id = match numbers[..count] {
            [group, number] => TaskId::new(part, group, None, number),
            [group, area, number] => TaskId::new(part, group, Some(area), number),
            _ => return Err(err()),
        };
        id.in_part(seq).ok_or_else(err)
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

/// One numbered task with its responsible units, as the document writes
/// it.
///
/// Serializes as `{id, text, assignments, lines, leaders, deadline,
/// label}`. Its quantitative targets are read from the text
/// ([`Task::targets`]); an [`Index`](crate::Index) reads them once for
/// every task.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Task {
    pub(crate) id: TaskId,
    pub(crate) text: String,
    pub(crate) assignments: Vec<Assignment>,
    pub(crate) lines: LineRange,
    /// The leaders the task names for itself (责任领导, 牵头市领导).
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) leaders: Vec<Leader>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) deadline: Option<Deadline>,
    /// The un-numbered sub-heading the task stands under, if any.
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) label: Option<String>,
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
    /// responsibility clause. For a row of a table of projects, the
    /// project's name and its content, `老旧小区改造：完成改造15个`.
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

    /// The quantitative targets stated in the task's text, read from it by
    /// [`crate::targets::extract`] on each call (see [`crate::targets`] for
    /// the rules). To walk the targets of many tasks, use
    /// [`Index::targets`](crate::Index::targets), which reads each task
    /// once.
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K2.1.1").unwrap();
    /// assert_eq!(task.targets()[0].indicator(), "地区生产总值");
    /// ```
    pub fn targets(&self) -> Vec<Target> {
        crate::targets::extract(&self.text)
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

    /// The leaders the task names for itself (`责任领导：王明`, a line
    /// `牵头市领导：王明`), empty where it names none: then its group's
    /// leaders head it ([`Breakdown::leaders_of`](crate::Breakdown::leaders_of)).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::breakdown().task("K1.1").unwrap().own_leaders().is_empty());
    /// ```
    pub fn own_leaders(&self) -> &[Leader] {
        &self.leaders
    }

    /// The deadline the task states (`完成时限：2023年6月底前`), if any;
    /// the 2022 Yiwu document states none.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::breakdown().task("K1.1").unwrap().deadline().is_none());
    /// ```
    pub fn deadline(&self) -> Option<&Deadline> {
        self.deadline.as_ref()
    }

    /// The un-numbered sub-heading the task stands under inside its area
    /// or group (`加强基础设施建设`), if any; for a row of a task table,
    /// the 分块 cell in force (written on the row, or on the nearest row
    /// above it in the same table that has one, as merged cells are).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::breakdown().task("K1.1").unwrap().label().is_none());
    /// ```
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
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
    /// The unit's name exactly as written, minus ▲, a role word after it
    /// (`（牵头）`, see [the genre page](crate::genre)) and markdown
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

/// A task's deadline (完成时限), as written and as far as it names a date.
///
/// `2023年6月底前` ("by the end of June 2023") gives year 2023 and month 6;
/// `年底前` ("by the year's end") names no year and gives neither: the
/// crate does not guess which year is meant.
///
/// # Example
///
/// ```
/// use yiwu_duties::Deadline;
/// let d = Deadline::read("2023年6月底前");
/// assert_eq!((d.year(), d.month(), d.day()), (Some(2023), Some(6), None));
/// assert_eq!(d.text(), "2023年6月底前");
/// let d = Deadline::read("2023年3月31日前");
/// assert_eq!(d.date().unwrap().to_string(), "2023-03-31");
/// assert_eq!(Deadline::read("年底前").year(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Deadline {
    text: String,
    year: Option<u16>,
    month: Option<u8>,
    day: Option<u8>,
}

impl Deadline {
    /// Reads a deadline as written: the year, month and day it names, each
    /// only where written out (`2023年6月底前`, `2023年3月31日前`,
    /// `6月底前`). Never fails: what names no date keeps its text only.
    ///
    /// # Example
    ///
    /// ```
    /// let d = yiwu_duties::Deadline::read("6月底前");
    /// assert_eq!((d.year(), d.month()), (None, Some(6)));
    /// ```
    pub fn read(text: &str) -> Deadline {
        let text = text.trim();
        let number_before = |unit: char| -> Option<u32> {
            let end = text.find(unit)?;
            let digits: String = text[..end]
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            digits.parse().ok()
        };
        let year = number_before('年').and_then(|y| u16::try_from(y).ok());
        let month = number_before('月')
            .and_then(|m| u8::try_from(m).ok())
            .filter(|m| (1..=12).contains(m));
        let day = number_before('日')
            .and_then(|d| u8::try_from(d).ok())
            .filter(|&d| month.is_some() && (1..=31).contains(&d));
        Deadline {
            text: text.to_owned(),
            year,
            month,
            day,
        }
    }

    /// The deadline as written.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Deadline::read(" 年底前 ").text(), "年底前");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The year it names, if written.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Deadline::read("2023年底前").year(), Some(2023));
    /// ```
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// The month it names, if written.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Deadline::read("2023年6月底前").month(), Some(6));
    /// ```
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day it names, if written.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Deadline::read("2023年3月31日前").day(), Some(31));
    /// ```
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// The date, where year, month and day are all written and exist.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::Deadline::read("2023年6月底前").date().is_none());
    /// ```
    pub fn date(&self) -> Option<Date> {
        Date::new(self.year?, self.month?, self.day?)
    }
}
