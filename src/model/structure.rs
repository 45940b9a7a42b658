//! The document's structure: parts, leader groups with their leaders, areas.

use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::Task;

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

/// A line of the source kept as written (markdown removed), with its
/// 1-based line number: a part's attachment label (`附件2`) or a note
/// under its title (`（列第一位的为牵头单位，下同）`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct SourceLine {
    pub(crate) text: String,
    pub(crate) line: u32,
}

impl SourceLine {
    /// The line's text as written, markdown removed.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "附件1\n2023年重点工作责任分解\n1. 修路。（责任单位：交通局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.parts()[0].attachment().unwrap().text(), "附件1");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The 1-based line number.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "附件1\n2023年重点工作责任分解\n1. 修路。（责任单位：交通局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.parts()[0].attachment().unwrap().line(), 1);
    /// ```
    pub fn line(&self) -> u32 {
        self.line
    }
}

/// Which part of the document a task belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PartKind {
    /// Key work (重点工作) from the government work report; ids start with `K`.
    KeyWork,
    /// Livelihood projects (民生实事); ids start with `L`.
    Livelihood,
    /// Any other list of work tasks (目标任务分解清单, 重要工作事项责任分工,
    /// 任务分解和责任分工方案, …); ids start with `T`.
    Other,
}

impl PartKind {
    /// The letter that starts task ids of this part: `K`, `L` or `T`.
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
            PartKind::Other => 'T',
        }
    }

    /// The Chinese name of the part kind: `重点工作`, `民生实事`, or
    /// `工作任务` (work tasks) for any other.
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
            PartKind::Other => "工作任务",
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
            PartKind::Other => "work tasks",
        }
    }
}

/// One part of the document (`# 2022 年政府工作报告重点工作责任分解`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Part {
    pub(crate) kind: PartKind,
    /// 1 for the first part of its kind, 2 for the second, …
    pub(crate) seq: u32,
    pub(crate) title: String,
    /// The one year the title names; `None` for a span of years.
    pub(crate) year: Option<u16>,
    /// The first and last year of a span the title names
    /// (`2021—2025年`); `None` for one year or none.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) year_span: Option<[u16; 2]>,
    pub(crate) line: u32,
    /// The title's last line, when the title is broken over two lines.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) title_end: Option<u32>,
    /// The attachment label written before the title (`附件2`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) attachment: Option<SourceLine>,
    /// Notes on lines of their own that state how the tasks mark their
    /// leads (`（列第一位的为牵头单位，下同）`, `（标▲的为牵头单位）`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub(crate) notes: Vec<SourceLine>,
    pub(crate) groups: Vec<LeaderGroup>,
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

    /// Which part of its kind this is: 1 for the first, 2 for a second
    /// part of the same kind (a five-year list, then this year's). Task ids
    /// of a second part carry it: `Kb1.1`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().parts()[1].seq(), 1);
    /// ```
    pub fn seq(&self) -> u32 {
        self.seq
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

    /// The year named in the title, if it names one (`2022 年…` gives
    /// 2022). A title that names a span of years (`《2021—2025年…》`,
    /// `2021-2025年…`) claims no single year: `None`, and the span is in
    /// [`years`](Part::years).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().parts()[0].year(), Some(2022));
    /// ```
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// The years the title names, first to last: `2022..=2022` for one
    /// year, `2021..=2025` for a span (`2021—2025年`, `2021-2025年`,
    /// `2021年至2025年`); `None` when the title names no year, or a span
    /// that runs backwards.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 《2021—2025年数字经济发展规划》重点任务分工方案\n1. 建平台。（责任单位：大数据局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// let part = &b.parts()[0];
    /// assert_eq!(part.year(), None);
    /// assert_eq!(part.years(), Some(2021..=2025));
    /// assert_eq!(yiwu_duties::breakdown().parts()[0].years(), Some(2022..=2022));
    /// ```
    pub fn years(&self) -> Option<std::ops::RangeInclusive<u16>> {
        match (self.year_span, self.year) {
            (Some([first, last]), _) => Some(first..=last),
            (None, Some(year)) => Some(year..=year),
            (None, None) => None,
        }
    }

    /// The attachment label written before the part's title (`附件2`,
    /// `附件 2`, `附件3：`), as written: where a notice sends its parts
    /// as attachments, each starts with one. `None` in the 2022 Yiwu
    /// document.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "附件2\n\n2023年民生实事责任分解\n1. 建托育园。（责任单位：卫健局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// let label = b.parts()[0].attachment().unwrap();
    /// assert_eq!((label.text(), label.line()), ("附件2", 1));
    /// ```
    pub fn attachment(&self) -> Option<&SourceLine> {
        self.attachment.as_ref()
    }

    /// Notes on lines of their own that state how the part's tasks mark
    /// their leads, written under the title, before it (between parts) or
    /// after the last task: the note that the first-listed unit leads
    /// (`（列第一位的为牵头单位，下同）`, `排在第一位的为牵头单位`), from which
    /// on the first of several unmarked units leads (after the last task,
    /// for the tasks above it), and the note that ▲ marks the lead
    /// (`（标▲的为牵头单位）`), which states what the marks already say.
    /// None in the 2022 Yiwu document.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Role;
    /// let text = "# 2024年重点工作责任分解\n（列第一位的为牵头单位，下同）\n1. 修路。（责任单位：交通局、财政局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.parts()[0].notes()[0].line(), 2);
    /// assert_eq!(b.task("K0.1").unwrap().assignments()[0].role(), Role::Lead);
    /// ```
    pub fn notes(&self) -> &[SourceLine] {
        &self.notes
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

    /// The lines of the part's title: one line, or two where the title is
    /// broken across lines (`2023年政府工作报告重点工作` then `责任分解`).
    ///
    /// # Example
    ///
    /// ```
    /// let text = "2023年政府工作报告重点工作\n责任分解\n一、张三市长牵头的重点工作\n1. 任务。（责任单位：财政局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// let part = &b.parts()[0];
    /// assert_eq!(part.title(), "2023年政府工作报告重点工作责任分解");
    /// assert_eq!((part.title_lines().first(), part.title_lines().last()), (1, 2));
    /// ```
    pub fn title_lines(&self) -> LineRange {
        LineRange::new(self.line, self.title_end.unwrap_or(self.line))
    }

    /// The leader groups (一、二、…) in order; a part whose tasks stand
    /// straight under its title has one group without a heading, of
    /// ordinal 0 (its task ids read `K0.1`, `K0.2`, …).
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

    /// The part's tasks in document order, group by group.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// assert_eq!(b.parts()[0].tasks().count(), 187);
    /// assert_eq!(b.parts()[1].tasks().count(), 39);
    /// ```
    pub fn tasks(&self) -> impl Iterator<Item = &Task> + '_ {
        self.groups.iter().flat_map(LeaderGroup::tasks)
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
    /// The tasks not under an area: all of them in a group without areas.
    pub(crate) tasks: Vec<Task>,
    /// Prose paragraphs of the group that are not tasks.
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) text: Vec<String>,
    /// The lines of the un-numbered sub-headings read as task labels.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub(crate) label_lines: Vec<u32>,
    /// The header and separator rows of the task tables read in the group.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub(crate) table_lines: Vec<u32>,
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

    /// The group's tasks in document order: those not under an area, then
    /// each area's.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let group = &b.parts()[0].groups()[1];
    /// assert_eq!(group.tasks().count(), 36);
    /// ```
    pub fn tasks(&self) -> impl Iterator<Item = &Task> + '_ {
        self.tasks
            .iter()
            .chain(self.areas.iter().flat_map(|a| a.tasks.iter()))
    }

    /// The tasks directly under the group, not under an area: every task of
    /// a group without areas, none in the 2022 Yiwu groups that have areas.
    ///
    /// # Example
    ///
    /// ```
    /// let key_work = &yiwu_duties::breakdown().parts()[0];
    /// assert_eq!(key_work.groups()[0].direct_tasks().len(), 2); // K1.1, K1.2
    /// assert!(key_work.groups()[1].direct_tasks().is_empty());
    /// ```
    pub fn direct_tasks(&self) -> &[Task] {
        &self.tasks
    }

    /// Paragraphs of the group that are not tasks, as written (a statement
    /// of the year's main targets, say); none in the 2022 Yiwu document.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::breakdown().parts()[0].groups()[0].text().is_empty());
    /// ```
    pub fn text(&self) -> &[String] {
        &self.text
    }

    /// The lines of the un-numbered sub-headings inside the group's areas
    /// (`加强基础设施建设`), read as the [`label`](crate::Task::label) of
    /// the tasks under them; none in the 2022 Yiwu document.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2023 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n### （一）建设方面\n加强基础设施建设\n1. 修路。（责任单位：交通局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.parts()[0].groups()[0].label_lines(), [4]);
    /// assert_eq!(b.task("K1.1.1").unwrap().label(), Some("加强基础设施建设"));
    /// ```
    pub fn label_lines(&self) -> &[u32] {
        &self.label_lines
    }

    /// The lines of the header rows (`| 序号 | 主要工作 | 责任单位 |`) and
    /// separator rows (`|---|---|---|`) of the task tables read in the
    /// group; each row below them is a task, whose
    /// [`lines`](crate::Task::lines) are that row's line. None in the 2022
    /// Yiwu document.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2023 年重点工作责任分解\n| 序号 | 主要工作 | 责任单位 |\n|---|---|---|\n| 1 | 修路 | 交通局 |\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.parts()[0].groups()[0].table_lines(), [2, 3]);
    /// assert_eq!(b.task("K0.1").unwrap().lines().first(), 4);
    /// ```
    pub fn table_lines(&self) -> &[u32] {
        &self.table_lines
    }

    /// Whether the group is the one without a heading that holds the tasks
    /// (and prose) written straight under the part's title: ordinal 0.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2023 年重点工作责任分解\n1. 修路。（责任单位：交通局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert!(b.parts()[0].groups()[0].is_implicit());
    /// assert_eq!(b.tasks().next().unwrap().id().to_string(), "K0.1");
    /// ```
    pub fn is_implicit(&self) -> bool {
        self.ordinal == 0
    }
}

/// A city leader heading a group: a name and one or more titles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Leader {
    pub(crate) name: String,
    pub(crate) titles: Vec<Title>,
    /// Titles the crate does not recognise, as written.
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) other_titles: Vec<String>,
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

    /// Titles written beside the name that are none of [`Title::ALL`],
    /// kept as written (the parser warns about each).
    ///
    /// # Example
    ///
    /// ```
    /// let group = &yiwu_duties::breakdown().parts()[0].groups()[0];
    /// assert!(group.leaders()[0].other_titles().is_empty());
    /// ```
    pub fn other_titles(&self) -> &[String] {
        &self.other_titles
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
    /// 秘书长, secretary-general of the (city, county or district) government.
    #[cfg_attr(feature = "serde", serde(rename = "秘书长"))]
    SecretaryGeneral,
    /// 副秘书长, deputy secretary-general of the government.
    #[cfg_attr(feature = "serde", serde(rename = "副秘书长"))]
    DeputySecretaryGeneral,
    /// 县长, county mayor.
    #[cfg_attr(feature = "serde", serde(rename = "县长"))]
    CountyMayor,
    /// 常务副县长, executive deputy county mayor.
    #[cfg_attr(feature = "serde", serde(rename = "常务副县长"))]
    ExecutiveDeputyCountyMayor,
    /// 副县长, deputy county mayor.
    #[cfg_attr(feature = "serde", serde(rename = "副县长"))]
    DeputyCountyMayor,
    /// 区长, district mayor.
    #[cfg_attr(feature = "serde", serde(rename = "区长"))]
    DistrictMayor,
    /// 常务副区长, executive deputy district mayor.
    #[cfg_attr(feature = "serde", serde(rename = "常务副区长"))]
    ExecutiveDeputyDistrictMayor,
    /// 副区长, deputy district mayor.
    #[cfg_attr(feature = "serde", serde(rename = "副区长"))]
    DeputyDistrictMayor,
    /// 市长助理, assistant to the mayor.
    #[cfg_attr(feature = "serde", serde(rename = "市长助理"))]
    AssistantMayor,
    /// 区长助理, assistant to the district mayor.
    #[cfg_attr(feature = "serde", serde(rename = "区长助理"))]
    AssistantDistrictMayor,
    /// 县长助理, assistant to the county mayor.
    #[cfg_attr(feature = "serde", serde(rename = "县长助理"))]
    AssistantCountyMayor,
}

impl Title {
    /// Every recognised title.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Title;
    /// assert!(Title::ALL.contains(&Title::ViceMayor));
    /// ```
    pub const ALL: &'static [Title] = &[
        Title::Mayor,
        Title::ExecutiveViceMayor,
        Title::ViceMayor,
        Title::StandingCommitteeMember,
        Title::PartyGroupMember,
        Title::SecretaryGeneral,
        Title::DeputySecretaryGeneral,
        Title::CountyMayor,
        Title::ExecutiveDeputyCountyMayor,
        Title::DeputyCountyMayor,
        Title::DistrictMayor,
        Title::ExecutiveDeputyDistrictMayor,
        Title::DeputyDistrictMayor,
        Title::AssistantMayor,
        Title::AssistantDistrictMayor,
        Title::AssistantCountyMayor,
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
            Title::CountyMayor => "县长",
            Title::ExecutiveDeputyCountyMayor => "常务副县长",
            Title::DeputyCountyMayor => "副县长",
            Title::DistrictMayor => "区长",
            Title::ExecutiveDeputyDistrictMayor => "常务副区长",
            Title::DeputyDistrictMayor => "副区长",
            Title::AssistantMayor => "市长助理",
            Title::AssistantDistrictMayor => "区长助理",
            Title::AssistantCountyMayor => "县长助理",
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
            Title::CountyMayor => "County Mayor",
            Title::ExecutiveDeputyCountyMayor => "Executive Deputy County Mayor",
            Title::DeputyCountyMayor => "Deputy County Mayor",
            Title::DistrictMayor => "District Mayor",
            Title::ExecutiveDeputyDistrictMayor => "Executive Deputy District Mayor",
            Title::DeputyDistrictMayor => "Deputy District Mayor",
            Title::AssistantMayor => "Assistant to the Mayor",
            Title::AssistantDistrictMayor => "Assistant to the District Mayor",
            Title::AssistantCountyMayor => "Assistant to the County Mayor",
        }
    }
}

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.chinese())
    }
}

/// Parses a title as written in Chinese, as [`Display`](fmt::Display)
/// writes it.
///
/// # Example
///
/// ```
/// use yiwu_duties::Title;
/// assert_eq!("常务副市长".parse::<Title>(), Ok(Title::ExecutiveViceMayor));
/// ```
impl std::str::FromStr for Title {
    type Err = crate::word::ParseWordError;

    fn from_str(word: &str) -> Result<Title, Self::Err> {
        crate::word::parse(word, Title::ALL, "title")
    }
}

/// An area (方面) inside a leader group (`（一）投资和项目方面`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Area {
    pub(crate) ordinal: u32,
    pub(crate) name: String,
    pub(crate) line: u32,
    /// Leaders the heading names, in its closing bracket or in the
    /// leaders' form (`（一）王明县长牵头的工作`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) leaders: Vec<Leader>,
    pub(crate) tasks: Vec<Task>,
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

    /// The leaders the area's heading names in the bracket that ends it,
    /// as a field (`（一）扩大有效投资（牵头县领导：王明）`) or with a title
    /// (`（二）促进消费（副县长陈立牵头）`), or in the leaders' form of a
    /// group heading (`（一）王明县长牵头的工作`); empty when it names none, as in
    /// every area of the 2022 Yiwu breakdown, whose leaders head the
    /// groups. The heading is kept whole in [`Area::name`]. Where an area
    /// names leaders, they head its tasks in place of the group's (see
    /// [`Breakdown::leaders_of`](crate::Breakdown::leaders_of)).
    ///
    /// # Example
    ///
    /// ```
    /// let text = "\
    /// # 2024年青川县政府工作报告重点工作责任分解
    /// ## 一、李华县长牵头的重点工作
    /// ### （一）扩大有效投资（牵头县领导：王明）
    /// 1. 推进重大项目建设。（责任单位：县发改局）
    /// ";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// let area = &b.parts()[0].groups()[0].areas()[0];
    /// assert_eq!(area.leaders()[0].name(), "王明");
    /// assert_eq!(b.leaders_of(&area.tasks()[0])[0].name(), "王明");
    /// assert!(yiwu_duties::breakdown().parts()[0].groups()[1].areas()[0].leaders().is_empty());
    /// ```
    pub fn leaders(&self) -> &[Leader] {
        &self.leaders
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
    /// let area = &yiwu_duties::breakdown().parts()[0].groups()[1].areas()[0];
    /// assert_eq!(area.tasks().len(), 10);
    /// ```
    pub fn tasks(&self) -> &[Task] {
        &self.tasks
    }
}
