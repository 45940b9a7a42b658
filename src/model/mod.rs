//! The typed model of a breakdown document: notice, parts, leader groups,
//! areas, tasks and the units responsible for them.
//!
//! Every type here is plain data. Values come from [`crate::parse`]; names
//! are kept exactly as written in the source (minus markdown and the ▲
//! marker), so that nothing the document says is normalised away.

mod notice;
mod structure;
mod task;
#[cfg(feature = "serde")]
mod validate;

pub use self::notice::{Date, DateParseError, Notice};
pub use self::structure::{
    Area, Leader, LeaderGroup, LineRange, Part, PartKind, SourceLine, Title,
};
pub use self::task::{Assignment, Deadline, Role, Task, TaskId, TaskIdParseError};

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::diagnostics::{Repair, Warning};

/// A whole parsed breakdown: the covering notice, its parts, and every task
/// in document order.
///
/// Get the embedded 2022 Yiwu document with [`crate::breakdown`], or parse a
/// document of the same genre with [`crate::parse`].
///
/// # Example
///
/// ```
/// let b = yiwu_duties::breakdown();
/// assert_eq!(b.tasks().count(), 226);
/// assert_eq!(b.notice().number(), Some("义政办发〔2022〕20号"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
// Deserialization goes through the checks in `validate`: ids, order and
// numbering are what every lookup relies on.
#[cfg_attr(feature = "serde", serde(try_from = "validate::Unchecked"))]
pub struct Breakdown {
    pub(crate) notice: Notice,
    pub(crate) parts: Vec<Part>,
    pub(crate) repairs: Vec<Repair>,
    pub(crate) warnings: Vec<Warning>,
}

impl Breakdown {
    /// The covering notice (文件头): issuer, document number, title, date.
    ///
    /// # Example
    ///
    /// ```
    /// let notice = yiwu_duties::breakdown().notice();
    /// assert_eq!(notice.issuer(), Some("义乌市人民政府办公室"));
    /// assert_eq!(notice.date().map(|d| d.to_string()).as_deref(), Some("2022-03-18"));
    /// ```
    pub fn notice(&self) -> &Notice {
        &self.notice
    }

    /// The parts of the document in order: key work (重点工作) first, then
    /// livelihood projects (民生实事) in the 2022 Yiwu document.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::PartKind;
    /// let parts = yiwu_duties::breakdown().parts();
    /// assert_eq!(parts[0].kind(), PartKind::KeyWork);
    /// assert_eq!(parts[1].kind(), PartKind::Livelihood);
    /// ```
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// The part of the given kind, if the document has one.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::PartKind;
    /// let key_work = yiwu_duties::breakdown().part(PartKind::KeyWork).unwrap();
    /// assert_eq!(key_work.groups().len(), 8);
    /// ```
    pub fn part(&self, kind: PartKind) -> Option<&Part> {
        self.parts.iter().find(|p| p.kind == kind)
    }

    /// The part a task id names: its kind, and which part of that kind
    /// ([`TaskId::part_seq`]).
    fn part_of_id(&self, id: TaskId) -> Option<&Part> {
        self.parts
            .iter()
            .find(|p| p.kind == id.part() && p.seq == id.part_seq())
    }

    /// Every task in document order.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let first = b.tasks().next().unwrap();
    /// assert_eq!(first.id().to_string(), "K1.1");
    /// assert_eq!(first.text(), "一般公共预算收入增速高于全省平均。");
    /// ```
    pub fn tasks(&self) -> impl Iterator<Item = &Task> + '_ {
        self.parts.iter().flat_map(Part::tasks)
    }

    /// The task with the given id (`K2.1.1`, `K1.2`, `L4.9`, …).
    ///
    /// Accepts a [`TaskId`] or anything that parses as one; an id that does
    /// not parse or does not exist gives `None`. Surrounding white space
    /// is ignored. The id names the task's place (part, group, area), so
    /// the lookup walks straight down to it.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let task = b.task("K2.1.1").unwrap();
    /// assert_eq!(task.text(), "地区生产总值增长 8%以上。");
    /// assert!(b.task("K9.9.9").is_none());
    /// assert!(b.task("not an id").is_none());
    /// ```
    pub fn task<I: AsTaskId>(&self, id: I) -> Option<&Task> {
        let id = id.as_task_id()?;
        let group = self.part_of_id(id)?.group(id.group())?;
        let tasks = match id.area() {
            Some(area) => group.area(area)?.tasks(),
            None => group.direct_tasks(),
        };
        // Numbers rise strictly inside an area or group: the parser reads
        // them so, and deserialization checks it.
        let at = tasks
            .binary_search_by_key(&id.number(), Task::number)
            .ok()?;
        tasks.get(at)
    }

    /// Everything the parser repaired (page breaks joined, repeated
    /// characters dropped, markdown removed, …), each with its line.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::RepairKind;
    /// let b = yiwu_duties::breakdown();
    /// assert!(b.repairs().iter().any(|r| matches!(r.kind(), RepairKind::RepeatedCharacter { .. })));
    /// ```
    pub fn repairs(&self) -> &[Repair] {
        &self.repairs
    }

    /// Everything the parser kept out of the model or could not fully read,
    /// each with its line. Empty for the embedded document.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::breakdown().warnings().is_empty());
    /// ```
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The leader group a task belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let task = b.task("K3.1.1").unwrap();
    /// let group = b.group_of(task).unwrap();
    /// assert_eq!(group.leaders()[0].name(), "虞秀军");
    /// ```
    pub fn group_of(&self, task: &Task) -> Option<&LeaderGroup> {
        self.part_of_id(task.id)?.group(task.id.group)
    }

    /// The leaders heading a task: those it names itself
    /// ([`Task::own_leaders`]), else its area's ([`Area::leaders`]), else
    /// its group's.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let leaders = b.leaders_of(b.task("K2.1.1").unwrap());
    /// assert_eq!(leaders[0].name(), "喻新贵");
    /// ```
    pub fn leaders_of<'a>(&'a self, task: &'a Task) -> &'a [Leader] {
        if !task.own_leaders().is_empty() {
            return task.own_leaders();
        }
        match self.area_of(task) {
            Some(area) if !area.leaders().is_empty() => area.leaders(),
            _ => self.group_of(task).map_or(&[], |g| g.leaders()),
        }
    }

    /// The area a task belongs to, if its group is divided into areas.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let area = b.area_of(b.task("K2.5.4").unwrap()).unwrap();
    /// assert_eq!(area.name(), "“双碳”");
    /// assert!(b.area_of(b.task("K1.1").unwrap()).is_none());
    /// ```
    pub fn area_of(&self, task: &Task) -> Option<&Area> {
        self.group_of(task)?.area(task.id.area?)
    }
}

/// Lets [`Breakdown::task`] take either a [`TaskId`] or its text form.
pub trait AsTaskId {
    /// The id, or `None` when the value is not a well-formed id.
    fn as_task_id(&self) -> Option<TaskId>;
}

impl AsTaskId for TaskId {
    fn as_task_id(&self) -> Option<TaskId> {
        Some(*self)
    }
}

impl AsTaskId for &TaskId {
    fn as_task_id(&self) -> Option<TaskId> {
        Some(**self)
    }
}

/// Surrounding white space is ignored: `" K1.1 "` names `K1.1`.
impl AsTaskId for &str {
    fn as_task_id(&self) -> Option<TaskId> {
        self.trim().parse().ok()
    }
}

/// Surrounding white space is ignored, as for `&str`.
impl AsTaskId for &String {
    fn as_task_id(&self) -> Option<TaskId> {
        self.as_str().as_task_id()
    }
}
