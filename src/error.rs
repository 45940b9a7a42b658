//! The error a document fails to parse with: a kind, a place, and a
//! report that shows the offending line with the offending text marked.

use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthStr;

use crate::diagnostics::{Place, Span};

/// Why a document could not be parsed, and where.
///
/// [`span`](ParseError::span) is the offending text as a byte range of the
/// parsed text; [`line`](ParseError::line) and
/// [`column`](ParseError::column) are where it starts, both 1-based, the
/// column counted in characters (not bytes). They always point inside the
/// input; for an empty input they are both 1.
///
/// `Display` gives one line, with no prefix:
///
/// ```text
/// task 3 is out of sequence: expected 2 at line 4, column 1
/// ```
///
/// The alternate form (`{:#}`) gives a report that shows the offending
/// line and marks the span on it (CJK characters take two terminal cells,
/// and the marks follow):
///
/// ```text
/// error: task 3 is out of sequence: expected 2
///  --> line 4, column 1
///   |
/// 4 | 3. 任务。（责任单位：财政局）
///   | ^
/// ```
///
/// # Example
///
/// ```
/// use yiwu_duties::ErrorKind;
/// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n1. 任务。（责任单位：财政局）\n3. 任务。（责任单位：财政局）\n";
/// let err = yiwu_duties::parse(text).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::TaskOutOfSequence { expected: 2, found: 3 });
/// assert_eq!((err.line(), err.column()), (4, 1));
/// assert_eq!(&text[err.span().range()], "3");
/// assert_eq!(err.to_string(), "task 3 is out of sequence: expected 2 at line 4, column 1");
/// assert!(format!("{err:#}").contains("4 | 3. 任务"));
/// ```
///
/// # Rendering with a diagnostics crate
///
/// The span is what crates such as `annotate-snippets` or
/// `codespan-reporting` take, together with the parsed text:
///
/// ```
/// use annotate_snippets::{Level, Renderer, Snippet};
///
/// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n1. 任务。（责任单位：发改局、〈矛调中心）\n";
/// let err = yiwu_duties::parse(text).unwrap_err();
/// let title = err.kind().to_string();
/// let report = Level::Error.title(&title).snippet(
///     Snippet::source(text)
///         .origin("breakdown.md")
///         .line_start(1)
///         .fold(true)
///         .annotation(Level::Error.span(err.span().into()).label("opened here")),
/// );
/// let rendered = Renderer::plain().render(report).to_string();
/// assert!(rendered.starts_with("error: bracket opened here is never closed"));
/// assert!(rendered.contains("--> breakdown.md:3:"));
/// assert!(rendered.contains("3 | 1. 任务。（责任单位：发改局、〈矛调中心）"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    kind: ErrorKind,
    span: Span,
    line: u32,
    column: u32,
    source_line: String,
}

impl ParseError {
    /// An error of `kind` at `place`, which starts on `source_line`.
    pub(crate) fn new(kind: ErrorKind, place: Place, source_line: &str) -> ParseError {
        ParseError {
            kind,
            span: place.span,
            line: place.line.max(1),
            column: place.column.max(1),
            source_line: source_line.to_owned(),
        }
    }

    /// What went wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::ErrorKind;
    /// let err = yiwu_duties::parse("no parts here").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::NoParts);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The offending text, as a byte range of the parsed text: the task's
    /// number, the whole task that lacks a clause, the bracket left open,
    /// the clause that lists no unit, or the heading.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n## 三、李四副市长牵头的重点工作\n";
    /// let err = yiwu_duties::parse(text).unwrap_err();
    /// assert_eq!(&text[err.span().range()], "三、李四副市长牵头的重点工作");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The 1-based line where the offending text starts.
    ///
    /// # Example
    ///
    /// ```
    /// let err = yiwu_duties::parse("# 2022 年重点工作责任分解\n2. 任务。（责任单位：财政局）").unwrap_err();
    /// assert_eq!(err.line(), 2);
    /// ```
    pub fn line(&self) -> u32 {
        self.line
    }

    /// The 1-based column where the offending text starts, counted in
    /// characters (not bytes).
    ///
    /// # Example
    ///
    /// ```
    /// let err = yiwu_duties::parse("# 2022 年重点工作责任分解\n  2. 任务。（责任单位：财政局）").unwrap_err();
    /// assert_eq!(err.column(), 3);
    /// ```
    pub fn column(&self) -> u32 {
        self.column
    }

    /// The line where the offending text starts, as written, without its
    /// line ending.
    ///
    /// # Example
    ///
    /// ```
    /// let err = yiwu_duties::parse("# 2022 年重点工作责任分解\n1. 任务。").unwrap_err();
    /// assert_eq!(err.source_line(), "1. 任务。");
    /// ```
    pub fn source_line(&self) -> &str {
        &self.source_line
    }

    /// The multi-line report of the alternate form: the message, the
    /// position, and the source line with the span marked by carets.
    fn write_report(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let number = self.line.to_string();
        let gutter = " ".repeat(number.len());
        // The span's start on the line, and as much of it as the line holds.
        let start = self
            .source_line
            .char_indices()
            .nth(self.column as usize - 1)
            .map_or(self.source_line.len(), |(i, _)| i);
        let end = start + self.span.len().min(self.source_line.len() - start);
        // CJK characters take two terminal cells: pad and mark by display
        // width, not by characters.
        let pad = " ".repeat(self.source_line[..start].width());
        let marks = "^".repeat(self.source_line[start..end].width().max(1));
        writeln!(f, "error: {}", self.kind)?;
        writeln!(f, "{gutter}--> line {}, column {}", self.line, self.column)?;
        writeln!(f, "{gutter} |")?;
        writeln!(f, "{number} | {}", self.source_line)?;
        write!(f, "{gutter} | {pad}{marks}")
    }
}

impl std::error::Error for ParseError {}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            return self.write_report(f);
        }
        write!(
            f,
            "{} at line {}, column {}",
            self.kind, self.line, self.column
        )
    }
}

/// The kinds of parse error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ErrorKind {
    /// The document has no part heading (`# 2022 年…责任分解`), so there is
    /// nothing to read. Points at line 1.
    NoParts,
    /// A task has no responsibility clause (`（责任单位：…）`) before the
    /// next task or heading. Points at the whole task.
    MissingResponsibilityClause,
    /// The responsibility clause opens a bracket it never closes. Points at
    /// the bracket.
    UnclosedBracket,
    /// The responsibility clause lists no unit at all. Points at the clause.
    NoUnits,
    /// A task's number does not follow the previous one in its area or
    /// group (each starts at 1). Points at the task's number.
    TaskOutOfSequence {
        /// The number the sequence called for.
        expected: u32,
        /// The number written.
        found: u32,
    },
    /// A group or area ordinal does not follow the previous one (each
    /// starts at 一). Points at the heading.
    HeadingOutOfSequence {
        /// The ordinal the sequence called for.
        expected: u32,
        /// The ordinal written.
        found: u32,
    },
    /// A task comes before any leader group heading of its part. Points
    /// at the task's number.
    TaskOutsideGroup,
    /// A leader group heading (`一、…`) comes before any part heading.
    /// Points at the heading.
    GroupOutsidePart,
    /// A 27th part of the same kind: task ids name a second, third, …
    /// part of a kind with a letter `b` to `z`, so at most 26 parts of one
    /// kind can be read. Points at the part's heading.
    DuplicatePart,
    /// An area heading (`（一）…方面`) comes before any part, so before any
    /// leader group. (Areas straight under a part's title belong to the
    /// part's group without a heading, [`LeaderGroup::is_implicit`].)
    /// Points at the heading.
    ///
    /// [`LeaderGroup::is_implicit`]: crate::LeaderGroup::is_implicit
    AreaOutsideGroup,
    /// A responsibility field is named with a homophone of its word
    /// (`配和单位：` for `配合单位：`, `参予部门：` for `参与部门：`): the
    /// parse fails rather than lose the units listed. Points at the name
    /// written.
    MisspelledField {
        /// The field name the document most likely means.
        meant: FieldName,
    },
    /// The document yields no task, or a part or group ends up with none
    /// because its lines could not be read: rather than an empty result,
    /// the parse fails. Points at the first line that was skipped (or at
    /// the part heading when nothing was).
    NoTasks,
    /// A table flattened to one cell per line (`序号`, `主要工作`,
    /// `责任单位` each on a line of its own, then the cells one by one):
    /// its rows cannot be read back without guessing the columns. Points
    /// at the header cells.
    FlattenedTable,
    /// A row of a task table (`| 1 | 修路 | 交通局 |` under a header such
    /// as `| 序号 | 主要工作 | 责任单位 |`) that cannot be read as a task:
    /// its 序号 cell holds no number, its work cell no text, or its unit
    /// cells (责任单位, or 牵头单位 and 配合单位) no unit. Points at the
    /// cell.
    UnreadableTableRow,
}

/// The name of a field in a task's responsibility clause or on a line of
/// its own after the task, as an error suggests it.
///
/// Each names a field by what it holds, whichever word the document
/// names it with (牵头单位 or 牵头部门); [`chinese`](FieldName::chinese)
/// gives its name with 单位. The error's span shows the name as written.
/// Only fields whose names are misspelled with a homophone are named
/// here: the other names read (主办单位 and 主责单位 for the lead,
/// 协同单位 and 协作单位 beside 协办单位, leaders' and deadline fields) have
/// no such misspelling to suggest.
///
/// # Example
///
/// ```
/// use yiwu_duties::{ErrorKind, FieldName};
/// let text = "# 2023 年重点工作责任分解\n## 一、王明市长牵头的重点工作\n1. 任务。\n配和部门：财政局\n";
/// let err = yiwu_duties::parse(text).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::MisspelledField { meant: FieldName::JoiningUnits });
/// assert_eq!(&text[err.span().range()], "配和部门");
/// assert_eq!(FieldName::JoiningUnits.chinese(), "配合单位");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub enum FieldName {
    /// 责任单位, the units responsible.
    #[cfg_attr(feature = "serde", serde(rename = "责任单位"))]
    ResponsibleUnits,
    /// 牵头单位, the lead units.
    #[cfg_attr(feature = "serde", serde(rename = "牵头单位"))]
    LeadUnits,
    /// 配合单位, the units that join.
    #[cfg_attr(feature = "serde", serde(rename = "配合单位"))]
    JoiningUnits,
    /// 协办单位, the units that assist.
    #[cfg_attr(feature = "serde", serde(rename = "协办单位"))]
    AssistingUnits,
    /// 参与单位, the units that take part.
    #[cfg_attr(feature = "serde", serde(rename = "参与单位"))]
    ParticipatingUnits,
    /// 完成时限, the deadline.
    #[cfg_attr(feature = "serde", serde(rename = "完成时限"))]
    Deadline,
}

impl FieldName {
    /// The field's name as documents write it.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::FieldName::ResponsibleUnits.chinese(), "责任单位");
    /// ```
    pub fn chinese(self) -> &'static str {
        match self {
            FieldName::ResponsibleUnits => "责任单位",
            FieldName::LeadUnits => "牵头单位",
            FieldName::JoiningUnits => "配合单位",
            FieldName::AssistingUnits => "协办单位",
            FieldName::ParticipatingUnits => "参与单位",
            FieldName::Deadline => "完成时限",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::NoParts => f.write_str(
                "no part heading (`# …重点工作责任分解` or `# …民生实事责任分解`) found",
            ),
            ErrorKind::MissingResponsibilityClause => {
                f.write_str("task has no responsibility clause (（责任单位：…）)")
            }
            ErrorKind::UnclosedBracket => f.write_str("bracket opened here is never closed"),
            ErrorKind::NoUnits => f.write_str("responsibility clause lists no unit"),
            ErrorKind::TaskOutOfSequence { expected, found } => {
                write!(f, "task {found} is out of sequence: expected {expected}")
            }
            ErrorKind::HeadingOutOfSequence { expected, found } => {
                write!(
                    f,
                    "heading ordinal {found} is out of sequence: expected {expected}"
                )
            }
            ErrorKind::TaskOutsideGroup => f.write_str("task outside any leader group"),
            ErrorKind::GroupOutsidePart => f.write_str("leader group heading outside any part"),
            ErrorKind::DuplicatePart => {
                f.write_str("more than 26 parts of the same kind: ids cannot name them")
            }
            ErrorKind::AreaOutsideGroup => f.write_str("area heading outside any leader group"),
            ErrorKind::MisspelledField { meant } => {
                write!(f, "unknown field name; did you mean {}?", meant.chinese())
            }
            ErrorKind::NoTasks => f.write_str("no tasks found: the first line that could not be read is here"),
            ErrorKind::FlattenedTable => f.write_str(
                "a table flattened to one cell per line cannot be read back without guessing its columns; write each row as a numbered task",
            ),
            ErrorKind::UnreadableTableRow => f.write_str(
                "this table row cannot be read as a task: it needs a number under 序号, the work, and at least one unit",
            ),
        }
    }
}
