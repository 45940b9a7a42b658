//! What the parser repaired and what it kept out of the model, and where.
//!
//! The parser never drops text silently: every change it makes to reach the
//! clean model is a [`Repair`], and every line it could not place is a
//! [`Warning`]. Both, like a [`ParseError`](crate::ParseError), carry a
//! [`Span`] of the parsed text and the 1-based line and column where that
//! span starts.

use std::fmt;
use std::ops::Range;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Where a diagnostic's subject lies in the parsed text: a range of byte
/// offsets into the text given to [`parse`](crate::parse) (the embedded
/// [`SOURCE`](crate::SOURCE) for [`breakdown`](crate::breakdown)).
///
/// Both ends fall on character boundaries and `start <= end`. The span
/// covers the thing concerned where it is known: a whole line that was
/// skipped, a heading, a task's number, a responsibility clause, a
/// bracket. It may run over several lines (a task, text after a clause)
/// and is empty where the subject is missing text (an empty unit in
/// `、、`).
///
/// A span converts into a `Range<usize>`, the form diagnostics crates take
/// (see [`ParseError`](crate::ParseError) for an example that renders one).
///
/// # Example
///
/// ```
/// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n页脚\n1. 任务。（责任单位：财政局）\n";
/// let b = yiwu_duties::parse(text).unwrap();
/// let span = b.warnings()[0].span();
/// assert_eq!(&text[span.range()], "页脚");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// The span from byte `start` to byte `end` (exclusive); the two are
    /// swapped if given in the wrong order.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Span;
    /// let span = Span::new(3, 9);
    /// assert_eq!((span.start(), span.end(), span.len()), (3, 9, 6));
    /// assert_eq!(Span::new(9, 3), span);
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start.min(end),
            end: start.max(end),
        }
    }

    /// The byte offset where the span starts.
    ///
    /// # Example
    ///
    /// ```
    /// let err = yiwu_duties::parse("# 2022 年重点工作责任分解\n2. 任务。（责任单位：财政局）").unwrap_err();
    /// // The task's number, out of sequence, at the start of the second line.
    /// assert_eq!(err.span().start(), "# 2022 年重点工作责任分解\n".len());
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// The byte offset just past the span's end.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2022 年重点工作责任分解\n12. 任务。（责任单位：财政局）";
    /// let err = yiwu_duties::parse(text).unwrap_err();
    /// assert_eq!(&text[err.span().start()..err.span().end()], "12");
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// The span's length in bytes.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Span::new(4, 10).len(), 6);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty: it marks a position, not a piece of text.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a range, to slice the parsed text with.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n1. 任务。（责任单位：、）\n";
    /// let err = yiwu_duties::parse(text).unwrap_err();
    /// assert_eq!(&text[err.span().range()], "（责任单位：、）");
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Where a diagnostic points: its span and the 1-based line and column
/// (in characters) where the span starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub(crate) span: Span,
    pub(crate) line: u32,
    pub(crate) column: u32,
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

/// A change the parser made to the source to read it: the data stays as
/// written, the repair says where the source was noisy.
///
/// `Display` gives one line: what was repaired and where.
///
/// ```
/// let b = yiwu_duties::breakdown();
/// assert_eq!(
///     b.repairs()[0].to_string(),
///     "joined to the previous line across 1 blank line(s) at line 17, column 1"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Repair {
    pub(crate) span: Span,
    pub(crate) line: u32,
    pub(crate) column: u32,
    pub(crate) kind: RepairKind,
}

impl Repair {
    pub(crate) fn new(kind: RepairKind, place: Place) -> Repair {
        Repair {
            span: place.span,
            line: place.line,
            column: place.column,
            kind,
        }
    }

    /// The 1-based source line the repair concerns: where its span starts.
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

    /// The 1-based column, counted in characters (not bytes), where the
    /// repair's span starts.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n1. 任务。（责\n责任单位：财政局）\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// let repeated = &b.repairs()[1];
    /// assert_eq!((repeated.line(), repeated.column()), (4, 1));
    /// ```
    pub fn column(&self) -> u32 {
        self.column
    }

    /// The text the repair concerns, as a byte range of the parsed text:
    /// the line joined to the one before, the character dropped, the
    /// clause or heading read with half-width punctuation, the line that
    /// lost its markdown.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::RepairKind;
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n1. 任务。(责任单位:财政局)\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// let repair = &b.repairs()[0];
    /// assert_eq!(repair.kind(), &RepairKind::HalfWidthPunctuation);
    /// assert_eq!(&text[repair.span().range()], "(责任单位:财政局)");
    /// ```
    pub fn span(&self) -> Span {
        self.span
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
        write!(
            f,
            "{} at line {}, column {}",
            self.kind, self.line, self.column
        )
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
    /// brackets or colon (`(责任单位:`), or a colon's look-alike (`∶`,
    /// `︰`), read as their full-width forms.
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

impl RepairKind {
    /// The repair of a line joined to the one before it across
    /// `blank_lines` blank lines: a line wrap when there are none, else a
    /// page break.
    pub(crate) fn joined(blank_lines: u32) -> RepairKind {
        if blank_lines == 0 {
            RepairKind::LineWrapJoined
        } else {
            RepairKind::PageBreakJoined { blank_lines }
        }
    }
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
///
/// `Display` gives one line: what happened, the text concerned (when there
/// is any) and where.
///
/// ```
/// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n页脚\n1. 任务。（责任单位：财政局）\n";
/// let b = yiwu_duties::parse(text).unwrap();
/// assert_eq!(
///     b.warnings()[0].to_string(),
///     r#"line not recognised, skipped: "页脚" at line 3, column 1"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Warning {
    pub(crate) span: Span,
    pub(crate) line: u32,
    pub(crate) column: u32,
    pub(crate) kind: WarningKind,
    pub(crate) text: String,
}

impl Warning {
    pub(crate) fn new(kind: WarningKind, text: impl Into<String>, place: Place) -> Warning {
        Warning {
            span: place.span,
            line: place.line,
            column: place.column,
            kind,
            text: text.into(),
        }
    }

    /// The 1-based line the warning concerns: where its span starts.
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

    /// The 1-based column, counted in characters (not bytes), where the
    /// warning's span starts.
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

    /// The text the warning concerns, as a byte range of the parsed text:
    /// the line skipped, the text after a clause, the unit entry, the
    /// clause without a lead unit, the heading, or the notice that lacks a
    /// field.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n1. 任务。（责任单位：财政局）另见附件。\n";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(&text[b.warnings()[0].span().range()], "另见附件。");
    /// ```
    pub fn span(&self) -> Span {
        self.span
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

    /// The text concerned, as written (empty when the warning is about
    /// something missing).
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
        write!(f, "{}", self.kind)?;
        if !self.text.is_empty() {
            write!(f, ": {:?}", self.text)?;
        }
        write!(f, " at line {}, column {}", self.line, self.column)
    }
}

/// The kinds of warning.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
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
    /// (A full stop there, `…）。`, only ends the sentence: not reported.)
    TextAfterClause,
    /// An empty entry in a responsibility clause (`、、`); it was skipped.
    EmptyUnit,
    /// The same unit twice in one responsibility clause; both are kept.
    DuplicateUnit,
    /// A unit's name in a field or a table cell holds white space
    /// (`责任单位：县交通局 县财政局`): perhaps several units separated by
    /// spaces, as web pages and tables write them, which the crate does not
    /// split, since OCR also puts spaces inside names. Kept as written, one
    /// unit. (A `（责任单位：…）` clause lists its units with 、 and is not
    /// checked.)
    SpaceInUnit,
    /// A task lists several units but marks none as lead: all are read as
    /// [`Role::Unmarked`](crate::Role::Unmarked). The warning's text names
    /// the task and its units (`K2.1: 县发改局、县人力社保局`).
    NoLeadUnit,
    /// A leader in a group heading has no recognised title; the whole
    /// text is kept as the name.
    UnrecognizedTitle,
    /// A group heading written in the leaders' form (`…牵头的重点工作`)
    /// names no leader before its verb. A heading that names a subject
    /// (`二、聚力强产业，壮集群`) has no leaders and no warning.
    NoLeaders,
    /// A task's field names nothing after its colon (`完成时限：`); it
    /// was skipped.
    EmptyField,
    /// A task states a field a second time (a second `完成时限`); the
    /// first is kept.
    RepeatedField,
    /// Text copied from a web page with the notice (an index number, the
    /// publishing office, a view count, a breadcrumb such as
    /// `首页 > 政务公开`, a `名 称:` row or a pipe row of such metadata);
    /// it was skipped.
    PageFurniture,
    /// A paragraph of prose inside a part that is not a task (a statement
    /// of the year's targets); it is kept, as written, in its group's
    /// [`text`](crate::LeaderGroup::text).
    GroupText,
    /// A task's number continues the numbering of the previous group or
    /// area (`7.` as the first task of group 二) instead of starting at 1;
    /// the number is read as written. Reported once, at the first such
    /// task.
    ContinuedNumbering,
    /// The title of the whole document, over parts divided by number
    /// (`2024年重点工作和民生实事责任分解` ⏎ `第一部分　重点工作`): the
    /// parts are the divisions, and the title, kept as written in the
    /// warning, is no part of its own.
    DocumentTitle,
    /// A cell of a task table under a column the crate does not read (a
    /// `备注` column, say) or beyond the header's columns; it is not in
    /// the task.
    TableCellIgnored,
    /// A field of a task the crate does not read, named after a `；` in a
    /// clause or on a field line (`（责任单位：市交通局；责任人：王力）`,
    /// `联系人：…`, `备注：…`): it is not in the task, and names no unit.
    /// The warning's text is the field as written.
    FieldIgnored,
    /// The notice lacks a field.
    MissingNoticeField {
        /// The field missing: `issuer`, `document number`, `title` or
        /// `date`.
        field: String,
    },
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
            WarningKind::SpaceInUnit => {
                f.write_str("unit name holds white space; read as one unit, as written")
            }
            WarningKind::NoLeadUnit => {
                f.write_str("several units but none marked ▲; all read as unmarked")
            }
            WarningKind::UnrecognizedTitle => f.write_str("leader without a recognised title"),
            WarningKind::NoLeaders => f.write_str("group heading names no leader"),
            WarningKind::EmptyField => f.write_str("field with nothing after its colon, skipped"),
            WarningKind::RepeatedField => {
                f.write_str("field stated a second time; the first is kept")
            }
            WarningKind::PageFurniture => f.write_str("web page furniture skipped"),
            WarningKind::GroupText => f.write_str("prose that is not a task, kept as group text"),
            WarningKind::DocumentTitle => {
                f.write_str("the title of the whole document, over its numbered parts")
            }
            WarningKind::ContinuedNumbering => f.write_str(
                "task numbering continues across groups or areas; numbers read as written",
            ),
            WarningKind::TableCellIgnored => {
                f.write_str("table cell under a column that is not read, not in the task")
            }
            WarningKind::FieldIgnored => f.write_str("field that is not read, not in the task"),
            WarningKind::MissingNoticeField { field } => write!(f, "the notice has no {field}"),
        }
    }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;
    use crate::ErrorKind;

    /// The three kinds share one convention: a `kind` tag in snake case,
    /// beside the variant's fields.
    #[test]
    fn kinds_serialize_with_one_tag_convention() {
        let json = |value: serde_json::Value| value.to_string();
        assert_eq!(
            json(
                serde_json::to_value(WarningKind::MissingNoticeField {
                    field: "date".into()
                })
                .unwrap()
            ),
            r#"{"field":"date","kind":"missing_notice_field"}"#
        );
        assert_eq!(
            json(serde_json::to_value(WarningKind::PageNumber).unwrap()),
            r#"{"kind":"page_number"}"#
        );
        assert_eq!(
            json(serde_json::to_value(RepairKind::PageBreakJoined { blank_lines: 2 }).unwrap()),
            r#"{"blank_lines":2,"kind":"page_break_joined"}"#
        );
        assert_eq!(
            json(
                serde_json::to_value(ErrorKind::TaskOutOfSequence {
                    expected: 2,
                    found: 3
                })
                .unwrap()
            ),
            r#"{"expected":2,"found":3,"kind":"task_out_of_sequence"}"#
        );
    }

    #[test]
    fn warnings_round_trip() {
        let text = "页脚\n# 2022 年重点工作责任分解\n1. 任务。（责任单位：财政局）\n";
        let b = crate::parse(text).unwrap();
        for w in b.warnings() {
            let back: Warning = serde_json::from_str(&serde_json::to_string(w).unwrap()).unwrap();
            assert_eq!(&back, w);
        }
        assert!(!b.warnings().is_empty());
    }
}
