//! What the parser repaired and what it kept out of the model.
//!
//! The parser never drops text silently: every change it makes to reach the
//! clean model is a [`Repair`], and every line it could not place is a
//! [`Warning`]. Both carry the 1-based line they concern.

use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A change the parser made to the source to read it: the data stays as
/// written, the repair says where the source was noisy.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Repair {
    pub(crate) line: u32,
    pub(crate) kind: RepairKind,
}

impl Repair {
    /// The 1-based source line the repair concerns.
    ///
    /// # Example
    ///
    /// ```
    /// let repair = &yiwu_duties::breakdown().repairs()[0];
    /// assert!(repair.line() >= 1);
    /// ```
    pub fn line(&self) -> u32 {
        self.line
    }

    /// What was repaired.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::RepairKind;
    /// let b = yiwu_duties::breakdown();
    /// let repeated = b.repairs().iter().filter(|r| matches!(r.kind(), RepairKind::RepeatedCharacter { .. }));
    /// assert_eq!(repeated.map(|r| r.line()).collect::<Vec<_>>(), [106, 198]);
    /// ```
    pub fn kind(&self) -> &RepairKind {
        &self.kind
    }
}

impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.kind)
    }
}

/// The kinds of repair the parser makes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum RepairKind {
    /// The line continues the previous paragraph across one or more blank
    /// lines (an OCR page break); the two were joined.
    PageBreakJoined {
        /// How many blank lines separated the two pieces.
        blank_lines: u32,
    },
    /// The line continues the previous one with no blank line between
    /// (a hard line wrap); the two were joined.
    LineWrapJoined,
    /// A character was repeated across a line or page break (`(责` ⏎
    /// `责任单位`); the repeat on this line was dropped.
    RepeatedCharacter {
        /// The character dropped.
        character: char,
    },
    /// Markdown emphasis (`**`) was removed, as in `**▲**发改局`.
    MarkdownRemoved,
    /// The responsibility clause or a heading ordinal uses half-width
    /// brackets or colon (`(责任单位:`), read as their full-width forms.
    HalfWidthPunctuation,
    /// A heading's markdown level does not match its place in the
    /// structure; the structure comes from the numbering instead.
    HeadingLevel {
        /// The number of `#` found (0: not a markdown heading).
        found: u8,
        /// The level its numbering implies: part 1, group 2, area 3.
        expected: u8,
    },
}

impl fmt::Display for RepairKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RepairKind::PageBreakJoined { blank_lines } => {
                write!(
                    f,
                    "joined to the previous line across {blank_lines} blank line(s)"
                )
            }
            RepairKind::LineWrapJoined => f.write_str("joined to the previous line (line wrap)"),
            RepairKind::RepeatedCharacter { character } => {
                write!(f, "dropped {character:?} repeated across a break")
            }
            RepairKind::MarkdownRemoved => f.write_str("removed markdown emphasis (**)"),
            RepairKind::HalfWidthPunctuation => {
                f.write_str("read half-width brackets or colon as full-width")
            }
            RepairKind::HeadingLevel { found, expected } => {
                write!(
                    f,
                    "heading level {found} read as level {expected} from its numbering"
                )
            }
        }
    }
}

/// Text the parser kept out of the model, or read only in part.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Warning {
    pub(crate) line: u32,
    pub(crate) column: u32,
    pub(crate) kind: WarningKind,
    pub(crate) text: String,
}

impl Warning {
    /// The 1-based line the warning concerns.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n页脚\n1. 任务。（责任单位：财政局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.warnings()[0].line(), 3);
    /// ```
    pub fn line(&self) -> u32 {
        self.line
    }

    /// The 1-based column (in characters) the warning points at.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n页脚\n1. 任务。（责任单位：财政局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.warnings()[0].column(), 1);
    /// ```
    pub fn column(&self) -> u32 {
        self.column
    }

    /// What kind of text was kept out.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::WarningKind;
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n页脚\n1. 任务。（责任单位：财政局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.warnings()[0].kind(), &WarningKind::UnrecognizedLine);
    /// ```
    pub fn kind(&self) -> &WarningKind {
        &self.kind
    }

    /// The text concerned, as written.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n页脚\n1. 任务。（责任单位：财政局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.warnings()[0].text(), "页脚");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}: {:?}",
            self.line, self.column, self.kind, self.text
        )
    }
}

/// The kinds of warning.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum WarningKind {
    /// A line inside a part that is neither a heading, a task, nor the
    /// continuation of an unfinished task; it was skipped.
    UnrecognizedLine,
    /// A page number line (`- 3 -`, `— 3 —`) left by OCR; it was skipped.
    PageNumber,
    /// A markdown thematic break (`---`) inside a part; it was skipped.
    ThematicBreak,
    /// Text after a task's responsibility clause; it is not in the task.
    TextAfterClause,
    /// An empty entry in a responsibility clause (`、、`); it was skipped.
    EmptyUnit,
    /// The same unit twice in one responsibility clause; both are kept.
    DuplicateUnit,
    /// A task lists several units but marks none with ▲; all are joint.
    NoLeadUnit,
    /// A leader in a group heading has no recognised title; the whole
    /// text is kept as the name.
    UnrecognizedTitle,
    /// A group heading names no leader before `牵头` / `负责`.
    NoLeaders,
    /// The notice lacks a field (issuer, number, title or date).
    MissingNoticeField(String),
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarningKind::UnrecognizedLine => f.write_str("line not recognised, skipped"),
            WarningKind::PageNumber => f.write_str("page number skipped"),
            WarningKind::ThematicBreak => f.write_str("thematic break skipped"),
            WarningKind::TextAfterClause => {
                f.write_str("text after the responsibility clause, not in the task")
            }
            WarningKind::EmptyUnit => {
                f.write_str("empty unit in the responsibility clause, skipped")
            }
            WarningKind::DuplicateUnit => f.write_str("unit listed twice in one task"),
            WarningKind::NoLeadUnit => {
                f.write_str("several units but none marked ▲; all read as unmarked")
            }
            WarningKind::UnrecognizedTitle => f.write_str("leader without a recognised title"),
            WarningKind::NoLeaders => f.write_str("group heading names no leader"),
            WarningKind::MissingNoticeField(field) => write!(f, "the notice has no {field}"),
        }
    }
}
