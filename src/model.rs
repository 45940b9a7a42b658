//! The typed model of a breakdown document: notice, parts, leader groups,
//! areas, tasks and the units responsible for them.
//!
//! Every type here is plain data. Values come from [`crate::parse`]; names
//! are kept exactly as written in the source (minus markdown and the ▲
//! marker), so that nothing the document says is normalised away.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use once_cell::sync::OnceCell;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::diagnostics::{Repair, Warning};
use crate::targets::Target;

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
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Breakdown {
    pub(crate) notice: Notice,
    pub(crate) parts: Vec<Part>,
    pub(crate) tasks: Vec<Task>,
    pub(crate) repairs: Vec<Repair>,
    pub(crate) warnings: Vec<Warning>,
    /// Built on first use by the unit queries; never serialized.
    #[cfg_attr(feature = "serde", serde(skip))]
    #[allow(dead_code)] // Not read until the unit queries land.
    pub(crate) unit_index: once_cell::sync::OnceCell<crate::units::UnitIndex>,
}

/// Equality compares the document's content; lazily built indexes are ignored.
impl PartialEq for Breakdown {
    fn eq(&self, other: &Self) -> bool {
        self.notice == other.notice
            && self.parts == other.parts
            && self.tasks == other.tasks
            && self.repairs == other.repairs
            && self.warnings == other.warnings
    }
}

impl Eq for Breakdown {}

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
    pub fn tasks(&self) -> std::slice::Iter<'_, Task> {
        self.tasks.iter()
    }

    /// The task with the given id (`K2.1.1`, `K1.2`, `L4.9`, …).
    ///
    /// Accepts a [`TaskId`] or anything that parses as one; an id that does
    /// not parse or does not exist gives `None`. The lookup is a binary
    /// search over the part's tasks, which are in id order.
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
        // Inside a part, numbering is checked to be in sequence, so the
        // part's tasks are sorted by id.
        let tasks = self.part(id.part)?.tasks(self);
        tasks
            .binary_search_by(|t| t.id.cmp(&id))
            .ok()
            .map(|i| &tasks[i])
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
        self.part(task.id.part)?.group(task.id.group)
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

impl AsTaskId for &str {
    fn as_task_id(&self) -> Option<TaskId> {
        self.parse().ok()
    }
}

impl AsTaskId for &String {
    fn as_task_id(&self) -> Option<TaskId> {
        self.parse().ok()
    }
}

/// The covering notice (通知) that precedes the breakdown itself.
///
/// Every field is optional because a document of this genre from another
/// source may lack it; a missing field is also reported as a warning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Notice {
    pub(crate) issuer: Option<String>,
    pub(crate) number: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) addressees: Option<String>,
    pub(crate) body: Vec<String>,
    pub(crate) signatory: Option<String>,
    pub(crate) date: Option<Date>,
    pub(crate) published: bool,
    pub(crate) lines: Option<LineRange>,
}

impl Notice {
    /// The issuing office, from the letterhead (`义乌市人民政府办公室文件`
    /// gives `义乌市人民政府办公室`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().notice().issuer(), Some("义乌市人民政府办公室"));
    /// ```
    pub fn issuer(&self) -> Option<&str> {
        self.issuer.as_deref()
    }

    /// The document number (文号), as written: `义政办发〔2022〕20号`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().notice().number(), Some("义政办发〔2022〕20号"));
    /// ```
    pub fn number(&self) -> Option<&str> {
        self.number.as_deref()
    }

    /// The notice's title, as written (`…关于印发…的通知`).
    ///
    /// # Example
    ///
    /// ```
    /// let title = yiwu_duties::breakdown().notice().title().unwrap();
    /// assert!(title.ends_with("的通知"));
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Whom the notice is addressed to (主送机关), without the final colon.
    ///
    /// # Example
    ///
    /// ```
    /// let to = yiwu_duties::breakdown().notice().addressees().unwrap();
    /// assert_eq!(to, "各镇人民政府，各街道办事处，市政府各部门");
    /// ```
    pub fn addressees(&self) -> Option<&str> {
        self.addressees.as_deref()
    }

    /// The body paragraphs of the notice, page breaks joined.
    ///
    /// # Example
    ///
    /// ```
    /// let body = yiwu_duties::breakdown().notice().body();
    /// assert_eq!(body.len(), 2);
    /// assert!(body[1].contains("建成世界小商品之都新征程"));
    /// ```
    pub fn body(&self) -> &[String] {
        &self.body
    }

    /// The signing office (落款), as written.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().notice().signatory(), Some("义乌市人民政府办公室"));
    /// ```
    pub fn signatory(&self) -> Option<&str> {
        self.signatory.as_deref()
    }

    /// The date of issue (成文日期).
    ///
    /// # Example
    ///
    /// ```
    /// let date = yiwu_duties::breakdown().notice().date().unwrap();
    /// assert_eq!((date.year(), date.month(), date.day()), (2022, 3, 18));
    /// ```
    pub fn date(&self) -> Option<Date> {
        self.date
    }

    /// Whether the notice says it is published (`此件公开发布`).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::breakdown().notice().is_published());
    /// ```
    pub fn is_published(&self) -> bool {
        self.published
    }

    /// The source lines the notice occupies, if the document has one.
    ///
    /// # Example
    ///
    /// ```
    /// let lines = yiwu_duties::breakdown().notice().lines().unwrap();
    /// assert_eq!((lines.first(), lines.last()), (3, 24));
    /// ```
    pub fn lines(&self) -> Option<LineRange> {
        self.lines
    }
}

/// A calendar date as written in the notice (`2022年3月18日`).
///
/// Displays and serializes as `YYYY-MM-DD`.
///
/// # Example
///
/// ```
/// use yiwu_duties::Date;
/// let date: Date = "2022-03-18".parse().unwrap();
/// assert_eq!(date.to_string(), "2022-03-18");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, if month and day are in range (day checked against 31 only:
    /// the parser reads dates, it does not validate calendars).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Date;
    /// assert!(Date::new(2022, 3, 18).is_some());
    /// assert!(Date::new(2022, 13, 1).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Date { year, month, day })
    }

    /// The year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Date::new(2022, 3, 18).unwrap().year(), 2022);
    /// ```
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Date::new(2022, 3, 18).unwrap().month(), 3);
    /// ```
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Date::new(2022, 3, 18).unwrap().day(), 18);
    /// ```
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The error returned when a string is not a `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a YYYY-MM-DD date: {0:?}")]
pub struct DateParseError(String);

impl FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Date, DateParseError> {
        let err = || DateParseError(s.to_owned());
        let mut fields = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(err());
        };
        let year = y.parse().map_err(|_| err())?;
        let month = m.parse().map_err(|_| err())?;
        let day = d.parse().map_err(|_| err())?;
        Date::new(year, month, day).ok_or_else(err)
    }
}

#[cfg(feature = "serde")]
impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A range of 1-based source lines, both ends inclusive.
///
/// Serializes as `[first, last]`.
///
/// # Example
///
/// ```
/// let task = yiwu_duties::breakdown().task("K2.2.5").unwrap();
/// // The task is split by a page break: its clause continues two lines on.
/// assert_eq!((task.lines().first(), task.lines().last()), (62, 64));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "[u32; 2]", into = "[u32; 2]"))]
pub struct LineRange {
    first: u32,
    last: u32,
}

impl LineRange {
    /// A range from `first` to `last`; the ends are swapped if given in the
    /// wrong order.
    ///
    /// # Example
    ///
    /// ```
    /// let r = yiwu_duties::LineRange::new(5, 3);
    /// assert_eq!((r.first(), r.last()), (3, 5));
    /// ```
    pub fn new(first: u32, last: u32) -> LineRange {
        LineRange {
            first: first.min(last),
            last: first.max(last),
        }
    }

    /// The first line, 1-based.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::LineRange::new(3, 5).first(), 3);
    /// ```
    pub fn first(self) -> u32 {
        self.first
    }

    /// The last line, 1-based and inclusive.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::LineRange::new(3, 5).last(), 5);
    /// ```
    pub fn last(self) -> u32 {
        self.last
    }

    /// Whether `line` falls inside the range.
    ///
    /// # Example
    ///
    /// ```
    /// let r = yiwu_duties::LineRange::new(3, 5);
    /// assert!(r.contains(4) && !r.contains(6));
    /// ```
    pub fn contains(self, line: u32) -> bool {
        (self.first..=self.last).contains(&line)
    }
}

impl From<[u32; 2]> for LineRange {
    fn from([first, last]: [u32; 2]) -> LineRange {
        LineRange::new(first, last)
    }
}

impl From<LineRange> for [u32; 2] {
    fn from(r: LineRange) -> [u32; 2] {
        [r.first, r.last]
    }
}

/// Which part of the document a task belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PartKind {
    /// Key work (重点工作) from the government work report; ids start with `K`.
    KeyWork,
    /// Livelihood projects (民生实事); ids start with `L`.
    Livelihood,
}

impl PartKind {
    /// The letter that starts task ids of this part: `K` or `L`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::PartKind::Livelihood.letter(), 'L');
    /// ```
    pub fn letter(self) -> char {
        match self {
            PartKind::KeyWork => 'K',
            PartKind::Livelihood => 'L',
        }
    }

    /// The Chinese name of the part kind: `重点工作` or `民生实事`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::PartKind::KeyWork.chinese(), "重点工作");
    /// ```
    pub fn chinese(self) -> &'static str {
        match self {
            PartKind::KeyWork => "重点工作",
            PartKind::Livelihood => "民生实事",
        }
    }

    /// An English name for the part kind.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::PartKind::Livelihood.english(), "livelihood projects");
    /// ```
    pub fn english(self) -> &'static str {
        match self {
            PartKind::KeyWork => "key work",
            PartKind::Livelihood => "livelihood projects",
        }
    }
}

/// One part of the document (`# 2022 年政府工作报告重点工作责任分解`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Part {
    pub(crate) kind: PartKind,
    pub(crate) title: String,
    pub(crate) year: Option<u16>,
    pub(crate) line: u32,
    pub(crate) groups: Vec<LeaderGroup>,
    pub(crate) tasks: Range<usize>,
}

impl Part {
    /// Key work or livelihood projects.
    ///
    /// # Example
    ///
    /// ```
    /// let part = &yiwu_duties::breakdown().parts()[0];
    /// assert_eq!(part.kind(), yiwu_duties::PartKind::KeyWork);
    /// ```
    pub fn kind(&self) -> PartKind {
        self.kind
    }

    /// The part's title as written, markdown removed.
    ///
    /// # Example
    ///
    /// ```
    /// let part = &yiwu_duties::breakdown().parts()[1];
    /// assert_eq!(part.title(), "2022 年市政府民生实事责任分解");
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The year named in the title, if any (`2022 年…` gives 2022).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().parts()[0].year(), Some(2022));
    /// ```
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// The 1-based line of the part's heading.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().parts()[0].line(), 26);
    /// ```
    pub fn line(&self) -> u32 {
        self.line
    }

    /// The leader groups (一、二、…) in order.
    ///
    /// # Example
    ///
    /// ```
    /// let part = &yiwu_duties::breakdown().parts()[1];
    /// assert_eq!(part.groups().len(), 6);
    /// ```
    pub fn groups(&self) -> &[LeaderGroup] {
        &self.groups
    }

    /// The part's tasks in order.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// assert_eq!(b.parts()[0].tasks(b).len(), 187);
    /// assert_eq!(b.parts()[1].tasks(b).len(), 39);
    /// ```
    pub fn tasks<'b>(&self, breakdown: &'b Breakdown) -> &'b [Task] {
        breakdown.tasks.get(self.tasks.clone()).unwrap_or(&[])
    }

    /// The group with the given ordinal (一 = 1).
    ///
    /// # Example
    ///
    /// ```
    /// let part = &yiwu_duties::breakdown().parts()[0];
    /// assert_eq!(part.group(6).unwrap().leaders().len(), 3);
    /// ```
    pub fn group(&self, ordinal: u32) -> Option<&LeaderGroup> {
        self.groups.iter().find(|g| g.ordinal == ordinal)
    }
}

/// A group of tasks headed by one or more city leaders
/// (`二、喻新贵常务副市长牵头的重点工作`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct LeaderGroup {
    pub(crate) ordinal: u32,
    pub(crate) heading: String,
    pub(crate) leaders: Vec<Leader>,
    pub(crate) line: u32,
    pub(crate) areas: Vec<Area>,
    pub(crate) tasks: Range<usize>,
}

impl LeaderGroup {
    /// The group's ordinal: 一 is 1, 二 is 2, …
    ///
    /// # Example
    ///
    /// ```
    /// let group = &yiwu_duties::breakdown().parts()[0].groups()[1];
    /// assert_eq!(group.ordinal(), 2);
    /// ```
    pub fn ordinal(&self) -> u32 {
        self.ordinal
    }

    /// The heading text after the ordinal, as written
    /// (`喻新贵常务副市长牵头的重点工作`).
    ///
    /// # Example
    ///
    /// ```
    /// let group = &yiwu_duties::breakdown().parts()[0].groups()[1];
    /// assert_eq!(group.heading(), "喻新贵常务副市长牵头的重点工作");
    /// ```
    pub fn heading(&self) -> &str {
        &self.heading
    }

    /// The leaders heading the group, in the order written.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Title;
    /// let group = &yiwu_duties::breakdown().parts()[0].groups()[2];
    /// let leader = &group.leaders()[0];
    /// assert_eq!(leader.name(), "虞秀军");
    /// assert_eq!(leader.titles(), &[Title::StandingCommitteeMember, Title::ViceMayor]);
    /// ```
    pub fn leaders(&self) -> &[Leader] {
        &self.leaders
    }

    /// The 1-based line of the group's heading.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().parts()[0].groups()[0].line(), 28);
    /// ```
    pub fn line(&self) -> u32 {
        self.line
    }

    /// The areas (方面) of the group; empty when the group is not divided.
    ///
    /// # Example
    ///
    /// ```
    /// let groups = yiwu_duties::breakdown().parts()[0].groups();
    /// assert!(groups[0].areas().is_empty());
    /// assert_eq!(groups[1].areas().len(), 5);
    /// ```
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    /// The area with the given ordinal (（一） = 1).
    ///
    /// # Example
    ///
    /// ```
    /// let group = &yiwu_duties::breakdown().parts()[0].groups()[1];
    /// assert_eq!(group.area(3).unwrap().name(), "数字化改革");
    /// ```
    pub fn area(&self, ordinal: u32) -> Option<&Area> {
        self.areas.iter().find(|a| a.ordinal == ordinal)
    }

    /// The group's tasks in order, across all its areas.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let group = &b.parts()[0].groups()[1];
    /// assert_eq!(group.tasks(b).len(), 36);
    /// ```
    pub fn tasks<'b>(&self, breakdown: &'b Breakdown) -> &'b [Task] {
        breakdown.tasks.get(self.tasks.clone()).unwrap_or(&[])
    }
}

/// A city leader heading a group: a name and one or more titles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Leader {
    pub(crate) name: String,
    pub(crate) titles: Vec<Title>,
}

impl Leader {
    /// The leader's name as written (`叶帮锐`).
    ///
    /// # Example
    ///
    /// ```
    /// let group = &yiwu_duties::breakdown().parts()[0].groups()[0];
    /// assert_eq!(group.leaders()[0].name(), "叶帮锐");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The titles written with the name, in order (`常委、副市长`).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Title;
    /// let group = &yiwu_duties::breakdown().parts()[0].groups()[0];
    /// assert_eq!(group.leaders()[0].titles(), &[Title::Mayor]);
    /// ```
    pub fn titles(&self) -> &[Title] {
        &self.titles
    }
}

/// A leader's title, as recognised in group headings.
///
/// Serializes as the Chinese title (`"副市长"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub enum Title {
    /// 市长, mayor.
    #[cfg_attr(feature = "serde", serde(rename = "市长"))]
    Mayor,
    /// 常务副市长, executive vice mayor.
    #[cfg_attr(feature = "serde", serde(rename = "常务副市长"))]
    ExecutiveViceMayor,
    /// 副市长, vice mayor.
    #[cfg_attr(feature = "serde", serde(rename = "副市长"))]
    ViceMayor,
    /// 常委, member of the standing committee of the city Party committee.
    #[cfg_attr(feature = "serde", serde(rename = "常委"))]
    StandingCommitteeMember,
    /// 党组成员, member of the Party leadership group of the city government.
    #[cfg_attr(feature = "serde", serde(rename = "党组成员"))]
    PartyGroupMember,
    /// 秘书长, secretary-general of the city government.
    #[cfg_attr(feature = "serde", serde(rename = "秘书长"))]
    SecretaryGeneral,
    /// 副秘书长, deputy secretary-general of the city government.
    #[cfg_attr(feature = "serde", serde(rename = "副秘书长"))]
    DeputySecretaryGeneral,
}

impl Title {
    /// Every recognised title.
    pub const ALL: [Title; 7] = [
        Title::Mayor,
        Title::ExecutiveViceMayor,
        Title::ViceMayor,
        Title::StandingCommitteeMember,
        Title::PartyGroupMember,
        Title::SecretaryGeneral,
        Title::DeputySecretaryGeneral,
    ];

    /// The title in Chinese, as written in headings.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Title::ExecutiveViceMayor.chinese(), "常务副市长");
    /// ```
    pub fn chinese(self) -> &'static str {
        match self {
            Title::Mayor => "市长",
            Title::ExecutiveViceMayor => "常务副市长",
            Title::ViceMayor => "副市长",
            Title::StandingCommitteeMember => "常委",
            Title::PartyGroupMember => "党组成员",
            Title::SecretaryGeneral => "秘书长",
            Title::DeputySecretaryGeneral => "副秘书长",
        }
    }

    /// The title in English, short enough for a table: 常委 is a member of
    /// the standing committee of the city Party committee (市委常委), 党组成员
    /// a member of the city government's Party leadership group.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Title::ViceMayor.english(), "Vice Mayor");
    /// ```
    pub fn english(self) -> &'static str {
        match self {
            Title::Mayor => "Mayor",
            Title::ExecutiveViceMayor => "Executive Vice Mayor",
            Title::ViceMayor => "Vice Mayor",
            Title::StandingCommitteeMember => "Standing Committee Member",
            Title::PartyGroupMember => "Party Leadership Group Member",
            Title::SecretaryGeneral => "Secretary-General",
            Title::DeputySecretaryGeneral => "Deputy Secretary-General",
        }
    }
}

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.chinese())
    }
}

/// An area (方面) inside a leader group (`（一）投资和项目方面`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Area {
    pub(crate) ordinal: u32,
    pub(crate) name: String,
    pub(crate) line: u32,
    pub(crate) tasks: Range<usize>,
}

impl Area {
    /// The area's ordinal: （一） is 1.
    ///
    /// # Example
    ///
    /// ```
    /// let area = &yiwu_duties::breakdown().parts()[0].groups()[1].areas()[4];
    /// assert_eq!(area.ordinal(), 5);
    /// ```
    pub fn ordinal(&self) -> u32 {
        self.ordinal
    }

    /// The area's name as written, without the trailing `方面`
    /// (`投资和项目`, `“双碳”`).
    ///
    /// # Example
    ///
    /// ```
    /// let area = &yiwu_duties::breakdown().parts()[0].groups()[1].areas()[0];
    /// assert_eq!(area.name(), "投资和项目");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The area's name in English, where this crate has a gloss (every
    /// area of the 2022 Yiwu breakdown has one).
    ///
    /// # Example
    ///
    /// ```
    /// let area = &yiwu_duties::breakdown().parts()[0].groups()[1].areas()[0];
    /// assert_eq!(area.english(), Some("Investment and projects"));
    /// ```
    pub fn english(&self) -> Option<&'static str> {
        crate::glossary::area_english(&self.name)
    }

    /// The 1-based line of the area's heading.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().parts()[0].groups()[1].areas()[0].line(), 35);
    /// ```
    pub fn line(&self) -> u32 {
        self.line
    }

    /// The area's tasks in order.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let area = &b.parts()[0].groups()[1].areas()[0];
    /// assert_eq!(area.tasks(b).len(), 10);
    /// ```
    pub fn tasks<'b>(&self, breakdown: &'b Breakdown) -> &'b [Task] {
        breakdown.tasks.get(self.tasks.clone()).unwrap_or(&[])
    }
}

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
    part: PartKind,
    group: u32,
    area: Option<u32>,
    number: u32,
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
/// Serializes as `{id, text, units, targets, lines}`; the targets are
/// read from the text on first access (see [`Task::targets`]).
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(Deserialize))]
pub struct Task {
    pub(crate) id: TaskId,
    pub(crate) text: String,
    pub(crate) units: Vec<Assignment>,
    /// Derived from `text` on first access: target extraction costs twice
    /// as much as the rest of parsing, and many users never ask.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "deserialize_targets"))]
    pub(crate) targets: OnceCell<Vec<Target>>,
    pub(crate) lines: LineRange,
}

/// Equality compares what the task says; targets are compared by value,
/// whether or not they were read yet.
impl PartialEq for Task {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.text == other.text
            && self.units == other.units
            && self.lines == other.lines
            && self.targets() == other.targets()
    }
}

impl Eq for Task {}

#[cfg(feature = "serde")]
impl Serialize for Task {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut task = serializer.serialize_struct("Task", 5)?;
        task.serialize_field("id", &self.id)?;
        task.serialize_field("text", &self.text)?;
        task.serialize_field("units", &self.units)?;
        task.serialize_field("targets", self.targets())?;
        task.serialize_field("lines", &self.lines)?;
        task.end()
    }
}

/// Serialized targets are taken as read: a task deserialized from JSON
/// keeps the targets it was written with.
#[cfg(feature = "serde")]
fn deserialize_targets<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<OnceCell<Vec<Target>>, D::Error> {
    Vec::<Target>::deserialize(deserializer).map(OnceCell::with_value)
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

    /// The responsible units (责任单位) in source order, each with its role.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// let task = yiwu_duties::breakdown().task("K2.1.4").unwrap();
    /// let units: Vec<_> = task.units().iter().map(|a| (a.name(), a.role())).collect();
    /// assert_eq!(units[..2], [("自贸发展区管委会", Role::Lead), ("义乌港", Role::Lead)]);
    /// assert_eq!(units[2], ("自规局", Role::Joint));
    /// ```
    pub fn units(&self) -> &[Assignment] {
        &self.units
    }

    /// The units marked ▲ (牵头单位), or the sole unit when only one is
    /// listed: the units that carry the task.
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K1.1").unwrap();
    /// let leads: Vec<_> = task.leads().map(|a| a.name()).collect();
    /// assert_eq!(leads, ["财政局"]);
    /// ```
    pub fn leads(&self) -> impl Iterator<Item = &Assignment> + '_ {
        self.units.iter().filter(|a| a.role != Role::Joint)
    }

    /// The quantitative targets found in the task's text, read on first
    /// access (see [`crate::targets`] for the rules).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K2.1.1").unwrap();
    /// assert_eq!(task.targets()[0].indicator(), "地区生产总值");
    /// ```
    pub fn targets(&self) -> &[Target] {
        self.targets
            .get_or_init(|| crate::targets::extract(&self.text))
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
    /// assert_eq!(task.units()[3].name(), "信访局〈矛调中心〉");
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
    /// assert_eq!(task.units()[0].role(), Role::Sole);
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
    /// Any other listed unit: it joins (配合) the task.
    Joint,
}

impl Role {
    /// Whether the unit carries the task: `Lead` or `Sole`.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// assert!(Role::Sole.carries() && !Role::Joint.carries());
    /// ```
    pub fn carries(self) -> bool {
        self != Role::Joint
    }

    /// The role's name in lower case: `lead`, `sole`, `joint`.
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
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
