//! The error a document fails to parse with: a kind, a position, and a
//! rendering that shows the offending line with a caret under the column.

use std::fmt;

use unicode_width::UnicodeWidthStr;

/// Why a document could not be parsed, and where.
///
/// `line()` and `column()` are 1-based and always point inside the input
/// (column counted in characters, not bytes). For an empty input they are
/// both 1. `Display` names the position and shows the line:
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
/// assert_eq!(err.kind(), &ErrorKind::TaskOutOfSequence { expected: 2, found: 3 });
/// assert_eq!((err.line(), err.column()), (4, 1));
/// assert!(err.to_string().contains("4 | 3. 任务"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    kind: ErrorKind,
    line: u32,
    column: u32,
    source_line: String,
}

impl ParseError {
    pub(crate) fn new(kind: ErrorKind, line: u32, column: u32, source_line: &str) -> ParseError {
        ParseError {
            kind,
            line: line.max(1),
            column: column.max(1),
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
    /// assert_eq!(err.kind(), &ErrorKind::NoParts);
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The 1-based line of the offending text.
    ///
    /// # Example
    ///
    /// ```
    /// let err = yiwu_duties::parse("# 2022 年重点工作责任分解\n1. 任务。（责任单位：财政局）").unwrap_err();
    /// assert_eq!(err.line(), 2);
    /// ```
    pub fn line(&self) -> u32 {
        self.line
    }

    /// The 1-based column of the offending text, counted in characters.
    ///
    /// # Example
    ///
    /// ```
    /// let err = yiwu_duties::parse("# 2022 年重点工作责任分解\n  1. 任务。（责任单位：财政局）").unwrap_err();
    /// assert_eq!(err.column(), 3);
    /// ```
    pub fn column(&self) -> u32 {
        self.column
    }

    /// The offending line as written, without its line ending.
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
}

impl std::error::Error for ParseError {}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let number = self.line.to_string();
        let gutter = " ".repeat(number.len());
        // The caret goes under the column's display position: CJK characters
        // take two terminal cells, so count display width, not characters.
        let before: String = self
            .source_line
            .chars()
            .take(self.column as usize - 1)
            .collect();
        let pad = " ".repeat(UnicodeWidthStr::width(before.as_str()));
        writeln!(f, "error: {}", self.kind)?;
        writeln!(f, "{gutter}--> line {}, column {}", self.line, self.column)?;
        writeln!(f, "{gutter} |")?;
        writeln!(f, "{number} | {}", self.source_line)?;
        write!(f, "{gutter} | {pad}^")
    }
}

/// The kinds of parse error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The document has no part heading (`# 2022 年…责任分解`), so there is
    /// nothing to read. Points at line 1.
    NoParts,
    /// A task has no responsibility clause (`（责任单位：…）`) before the
    /// next task or heading. Points at the task's number.
    MissingResponsibilityClause,
    /// The responsibility clause opens a bracket it never closes. Points at
    /// the opening bracket.
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
    /// starts at 一). Points at the ordinal.
    HeadingOutOfSequence {
        /// The ordinal the sequence called for.
        expected: u32,
        /// The ordinal written.
        found: u32,
    },
    /// A task comes before any leader group heading of its part.
    TaskOutsideGroup,
    /// A leader group heading (`一、…`) comes before any part heading.
    GroupOutsidePart,
    /// A second part of the same kind (two key-work parts): task ids would
    /// collide. Points at the second part's heading.
    DuplicatePart,
    /// An area heading (`（一）…方面`) comes before any leader group.
    AreaOutsideGroup,
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
            ErrorKind::DuplicatePart => f.write_str("a second part of the same kind"),
            ErrorKind::AreaOutsideGroup => f.write_str("area heading outside any leader group"),
        }
    }
}
