//! Classifying one source line by what it starts with.
//!
//! Structure comes from numbering, never from the count of `#`: OCR gives
//! the same kind of heading at levels 2 to 5. The level is kept only to
//! report it when it disagrees with the numbering.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;

use crate::diagnostics::{Place, Span};
use crate::numerals::{is_numeral_char, parse_chinese_integer};

/// One source line and what it looks like.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based line number.
    pub(crate) number: u32,
    /// Byte offset of the line's start in the parsed text.
    pub(crate) offset: usize,
    /// The line as written, without its line ending.
    pub(crate) raw: &'a str,
    /// What the line is.
    pub(crate) kind: LineKind,
    /// The number of leading `#` (0 when not a markdown heading).
    pub(crate) level: u8,
    /// The content: `#`s, surrounding white space and `**` removed.
    pub(crate) content: Cow<'a, str>,
    /// 0-based character column where `content` starts in `raw`.
    pub(crate) content_column: u32,
    /// Where `**` was removed, the 0-based character column in `raw` of
    /// each character of `content` (removals shift the two apart); `None`
    /// when the content is a plain slice of `raw` from `content_column`.
    columns: Option<Vec<u32>>,
    /// Whether `**` was removed from the content.
    pub(crate) had_markdown: bool,
}

/// What a line looks like, by its start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Nothing but white space and markup (`#`, `**`).
    Blank,
    /// A part heading: mentions 重点工作 / 民生实事 or ends with 责任分解.
    Part,
    /// `一、…`: a leader group heading; the heading text starts at byte
    /// `rest` of the content.
    Group { ordinal: u32, rest: usize },
    /// `（一）…` or `(一)…`: an area heading; its name starts at byte `rest`.
    Area {
        ordinal: u32,
        rest: usize,
        half_width: bool,
    },
    /// `1. …`: the start of a task; its text starts at byte `rest` of the
    /// content, which is the content's character `rest_index`.
    Task {
        number: u32,
        rest: usize,
        rest_index: usize,
    },
    /// `- 3 -`, `— 3 —`: a page number.
    PageNumber,
    /// `---`, `***`: a thematic break.
    ThematicBreak,
    /// Anything else: notice text, or the continuation of a task.
    Text,
}

impl<'a> Line<'a> {
    pub(crate) fn classify(number: u32, offset: usize, raw: &'a str) -> Line<'a> {
        // The empty lines between paragraphs, some half of a document's,
        // have nothing to read.
        if raw.is_empty() {
            return Line {
                number,
                offset,
                raw,
                kind: LineKind::Blank,
                level: 0,
                content: Cow::Borrowed(raw),
                content_column: 0,
                columns: None,
                had_markdown: false,
            };
        }
        let (trimmed, leading_ws) = trim_start_counted(raw);
        let trimmed = trimmed.trim_end();
        let hashes = trimmed.chars().take_while(|&c| c == '#').count();
        // `#` counts as a heading marker only when followed by white space or
        // the end of the line, as in markdown; `#1` is text.
        let after_hashes = &trimmed[hashes..];
        let is_heading = hashes > 0
            && (after_hashes.is_empty() || after_hashes.starts_with(char::is_whitespace));
        // `trimmed` ends with no white space, and so does the body.
        let (level, body, body_column) = if is_heading {
            let (body, body_ws) = trim_start_counted(after_hashes);
            let level = hashes.min(u8::MAX as usize) as u8;
            (level, body, leading_ws + hashes + body_ws)
        } else {
            (0, trimmed, leading_ws)
        };
        let had_markdown = has_emphasis(body);
        // Without emphasis the content is a slice of the line, and its
        // columns follow from where it starts.
        let (content, columns, content_column) = if had_markdown {
            let (content, columns) = strip_emphasis(body, body_column);
            let column = columns.first().copied().unwrap_or(body_column as u32);
            (Cow::Owned(content), Some(columns), column)
        } else {
            (
                Cow::Borrowed(body),
                None,
                body_column.min(u32::MAX as usize) as u32,
            )
        };
        // A thematic break is read before `**` is removed: `***` is a
        // break, not the text `*`.
        let kind = if level == 0 && is_thematic_break(body) {
            LineKind::ThematicBreak
        } else {
            classify_content(&content, level)
        };
        Line {
            number,
            offset,
            raw,
            kind,
            level,
            content,
            content_column,
            columns,
            had_markdown,
        }
    }

    /// The 0-based character column in `raw` of the content's character
    /// `index`; one past the content's last character for its length, and
    /// never past the end of the line.
    pub(crate) fn column_at(&self, index: usize) -> u32 {
        let raw_chars = || self.raw.chars().count() as u32;
        let index32 = index.min(u32::MAX as usize) as u32;
        match &self.columns {
            None => self.content_column.saturating_add(index32).min(raw_chars()),
            Some(columns) => match columns.get(index) {
                Some(&column) => column,
                None => {
                    let end = columns.last().map_or(self.content_column, |c| c + 1);
                    let beyond = (index - columns.len()) as u32;
                    end.saturating_add(beyond).min(raw_chars())
                }
            },
        }
    }

    /// The byte offset in the parsed text of `raw`'s 0-based character
    /// `column`; the end of the line for a column past its end.
    pub(crate) fn offset_of_column(&self, column: u32) -> usize {
        self.offset + byte_of_char(self.raw, column as usize)
    }

    /// The byte offset in the parsed text of the content's character at
    /// byte `at`, where the content is a slice of `raw` (no `**` removed
    /// from it); `None` for other contents and past the content's end.
    pub(crate) fn source_of(&self, at: usize) -> Option<usize> {
        (self.columns.is_none() && at < self.content.len())
            .then(|| self.offset + self.slice_start() + at)
    }

    /// The byte of `raw` where the content starts, for a content that is
    /// a slice of `raw` (no `**` removed from it): its characters, and
    /// its bytes, are the line's from there on.
    fn slice_start(&self) -> usize {
        byte_of_char(self.raw, self.content_column as usize)
    }

    /// The span in the parsed text of the content's characters
    /// `start..end` (including any `**` removed from between them).
    pub(crate) fn content_span(&self, start: usize, end: usize) -> Span {
        if self.columns.is_none() {
            // The span ends at the line's end at the latest.
            let content_start = self.slice_start();
            let from = content_start + byte_of_char(&self.raw[content_start..], start);
            let to = from + byte_of_char(&self.raw[from..], end.saturating_sub(start));
            return Span::new(self.offset + from, self.offset + to);
        }
        let from = self.offset_of_column(self.column_at(start));
        let to = match end.checked_sub(1) {
            Some(last) if end > start => self.offset_of_column(self.column_at(last) + 1),
            _ => from,
        };
        Span::new(from, to)
    }

    /// The place of bytes `range` of the content: its span in the parsed
    /// text, line and column.
    pub(crate) fn place_of(&self, range: Range<usize>) -> Place {
        let start = self.content[..range.start].chars().count();
        let (span, column) = match self.columns {
            None => {
                let from = self.offset + self.slice_start() + range.start;
                let span = Span::new(from, from + self.content[range].len());
                let start = u32::try_from(start).unwrap_or(u32::MAX);
                (span, self.content_column.saturating_add(start))
            }
            Some(_) => {
                let end = start + self.content[range].chars().count();
                (self.content_span(start, end), self.column_at(start))
            }
        };
        Place {
            span,
            line: self.number,
            column: column + 1,
        }
    }

    /// The span of the whole content.
    pub(crate) fn span(&self) -> Span {
        if self.columns.is_none() {
            let from = self.offset + self.slice_start();
            return Span::new(from, from + self.content.len());
        }
        self.content_span(0, self.content.chars().count())
    }

    /// The content's place: its span, from its first character.
    pub(crate) fn place(&self) -> Place {
        Place {
            span: self.span(),
            line: self.number,
            column: self.content_column + 1,
        }
    }

    /// The place of the line as written, markup included, without the
    /// white space around it.
    pub(crate) fn trimmed_place(&self) -> Place {
        let leading = self.raw.len() - self.raw.trim_start().len();
        let start = self.offset + leading;
        Place {
            span: Span::new(start, start + self.raw.trim().len()),
            line: self.number,
            column: self.raw[..leading].chars().count() as u32 + 1,
        }
    }
}

/// The byte offset in `s` of its character `index`; its length for an
/// index past its end.
fn byte_of_char(s: &str, index: usize) -> usize {
    s.char_indices().nth(index).map_or(s.len(), |(at, _)| at)
}

/// `s` without its leading white space, and the number of characters
/// removed.
fn trim_start_counted(s: &str) -> (&str, usize) {
    let mut rest = s;
    let mut count = 0;
    let mut chars = s.chars();
    while chars.next().is_some_and(char::is_whitespace) {
        rest = chars.as_str();
        count += 1;
    }
    (rest, count)
}

/// Removes `**` from `body` as `str::replace` would, then trims white
/// space, and returns the content with the `raw` column of each of its
/// characters (`body` starts at column `body_column`).
fn strip_emphasis(body: &str, body_column: usize) -> (String, Vec<u32>) {
    let mut content = String::with_capacity(body.len());
    let mut columns = Vec::with_capacity(body.len());
    let mut column = body_column;
    for piece in body.split("**") {
        let chars = piece.chars().count();
        content.push_str(piece);
        columns.extend((column..column + chars).map(|c| c.min(u32::MAX as usize) as u32));
        // The piece, then the `**` after it.
        column += chars + 2;
    }
    // White space goes from both ends, and the columns of its characters.
    let end = content.trim_end().len();
    columns.truncate(columns.len() - content[end..].chars().count());
    content.truncate(end);
    let (rest, leading) = trim_start_counted(&content);
    let start = content.len() - rest.len();
    content.drain(..start);
    columns.drain(..leading);
    (content, columns)
}

/// Whether `text` holds `**`, markdown's emphasis. Asked of every line
/// and every task's text, nearly none of which holds a `*` at all: one
/// search for the byte settles those, and one searcher, built once, the
/// rest.
pub(crate) fn has_emphasis(text: &str) -> bool {
    static EMPHASIS: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new("**"));
    memchr::memchr(b'*', text.as_bytes()).is_some() && EMPHASIS.find(text.as_bytes()).is_some()
}

fn classify_content(content: &str, level: u8) -> LineKind {
    // Only markup (`#`, `**`) and white space: nothing to read or lose.
    if content.is_empty() {
        return LineKind::Blank;
    }
    if let Some(kind) = task_start(content).or_else(|| bracketed_task_start(content)) {
        return kind;
    }
    if let Some((ordinal, rest)) = group_start(content) {
        return LineKind::Group { ordinal, rest };
    }
    if let Some((ordinal, rest, half_width)) = area_start(content) {
        return LineKind::Area {
            ordinal,
            rest,
            half_width,
        };
    }
    if is_page_number(content) {
        return LineKind::PageNumber;
    }
    if is_thematic_break(content) {
        return LineKind::ThematicBreak;
    }
    if is_part_title(content, level) {
        return LineKind::Part;
    }
    LineKind::Text
}

/// `12. text`, `12．text`, `12、text`, `12）text`, `12) text`; the separator
/// must not be followed by a digit, so that `2.5万吨` at the start of a
/// continuation stays text.
fn task_start(content: &str) -> Option<LineKind> {
    let (number, digits_len, digits) = leading_number(content)?;
    let after = &content[digits_len..];
    let sep = after.chars().next()?;
    if !matches!(sep, '.' | '．' | '、' | '）' | ')') {
        return None;
    }
    let after_sep = &after[sep.len_utf8()..];
    if after_sep.starts_with(|c: char| digit(c).is_some()) {
        return None;
    }
    let (text, ws) = trim_start_counted(after_sep);
    let rest = content.len() - text.len();
    // The digits, then the separator, one character.
    let rest_index = digits + 1 + ws;
    Some(LineKind::Task {
        number,
        rest,
        rest_index,
    })
}

/// `（1）text` or `(1) text`: a task numbered in brackets, of either
/// width.
fn bracketed_task_start(content: &str) -> Option<LineKind> {
    let open = content.chars().next()?;
    if !matches!(open, '(' | '（') {
        return None;
    }
    let inner = &content[open.len_utf8()..];
    let (number, digits_len, digits) = leading_number(inner)?;
    let close = inner[digits_len..].chars().next()?;
    if !matches!(close, ')' | '）') {
        return None;
    }
    let after = &inner[digits_len + close.len_utf8()..];
    let (text, ws) = trim_start_counted(after);
    let rest = content.len() - text.len();
    Some(LineKind::Task {
        number,
        rest,
        rest_index: 1 + digits + 1 + ws,
    })
}

/// How a task line writes its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberStyle {
    /// `1.` or `1．`.
    Stop,
    /// `1、`.
    Comma,
    /// `1）` or `1)`: the genre's numbering of tasks, and also of points
    /// inside a task's text.
    Closing,
    /// `（1）` or `(1)`.
    Bracketed,
}

/// The style of the number `content` starts with, if it starts with one.
pub(crate) fn number_style(content: &str) -> Option<NumberStyle> {
    numbered(content).map(|(style, _)| style)
}

/// The number `content` starts with, and its style.
pub(crate) fn numbered(content: &str) -> Option<(NumberStyle, u32)> {
    if let Some(inner) = content.strip_prefix(['(', '（']) {
        let (number, len, _) = leading_number(inner)?;
        return inner[len..]
            .starts_with([')', '）'])
            .then_some((NumberStyle::Bracketed, number));
    }
    let (number, len, _) = leading_number(content)?;
    let style = match content[len..].chars().next()? {
        '.' | '．' => NumberStyle::Stop,
        '、' => NumberStyle::Comma,
        ')' | '）' => NumberStyle::Closing,
        _ => return None,
    };
    Some((style, number))
}

/// Whether `c` is a digit, ASCII or full-width (`１`).
pub(crate) fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

/// The value of a digit, ASCII or full-width (`１`).
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(u32::from(c) - u32::from('０')),
        _ => None,
    }
}

/// The number the leading digits of `s` write (one to four of them, ASCII
/// or full-width), with their length in bytes and in characters.
fn leading_number(s: &str) -> Option<(u32, usize, usize)> {
    let mut number = 0;
    let mut len = 0;
    let mut count = 0;
    for c in s.chars() {
        let Some(d) = digit(c) else { break };
        count += 1;
        if count > 4 {
            return None;
        }
        number = number * 10 + d;
        len += c.len_utf8();
    }
    (count > 0).then_some((number, len, count))
}

/// The leading run of Chinese numeral characters of `s`.
fn numeral_prefix(s: &str) -> &str {
    let end = s.find(|c: char| !is_numeral_char(c)).unwrap_or(s.len());
    &s[..end]
}

/// `一、text`; returns the ordinal and the byte offset of the text.
fn group_start(content: &str) -> Option<(u32, usize)> {
    let numeral = numeral_prefix(content);
    let rest = content[numeral.len()..].strip_prefix('、')?;
    let ordinal = u32::try_from(parse_chinese_integer(numeral)?).ok()?;
    Some((ordinal, content.len() - rest.trim_start().len()))
}

/// `（一）text` or `(一) text`, brackets of either width in any mix.
fn area_start(content: &str) -> Option<(u32, usize, bool)> {
    let open = content.chars().next()?;
    if !matches!(open, '(' | '（') {
        return None;
    }
    let inner_start = open.len_utf8();
    let inner = content[inner_start..].trim_start();
    let numeral = numeral_prefix(inner);
    let after = inner[numeral.len()..].trim_start();
    let close = after.chars().next()?;
    if !matches!(close, ')' | '）') {
        return None;
    }
    let ordinal = u32::try_from(parse_chinese_integer(numeral)?).ok()?;
    let rest = content.len() - after[close.len_utf8()..].trim_start().len();
    Some((ordinal, rest, open == '(' || close == ')'))
}

fn is_page_number(content: &str) -> bool {
    let dashes = |c: char| matches!(c, '-' | '—' | '–' | '－');
    if !(content.starts_with(dashes) && content.ends_with(dashes)) {
        return false;
    }
    let number = content.trim_matches(dashes).trim();
    !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
}

/// `---`, `***`, `___`: three or more of one mark, white space allowed
/// between them.
fn is_thematic_break(content: &str) -> bool {
    let mut marks = content.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next().filter(|c| matches!(c, '-' | '*' | '_')) else {
        return false;
    };
    let mut count = 1;
    for c in marks {
        if c != first {
            return false;
        }
        count += 1;
    }
    count >= 3
}

/// How the title of a list of tasks ends (`…重点工作责任分解`,
/// `…重点工作任务分工方案`, `…目标任务分解清单`, `…重要工作事项责任分工`,
/// `…任务分解和责任分工方案`, `…重点工作任务分解`, `…重点任务分工`,
/// `…目标任务分解表`), a closing `》` aside.
const PART_TITLE_ENDINGS: [&str; 15] = [
    "责任分解",
    "分解方案",
    "分工安排",
    "责任分工",
    "分工方案",
    "分解清单",
    "责任清单",
    "任务清单",
    "任务分解",
    "任务分工",
    "工作分工",
    "分解表",
    "分工台账",
    "任务台账",
    "责任台账",
];

/// How the title of a plan of tasks ends (`2024年民生实事项目计划表`,
/// `…民生实事项目安排表`, `…民生实事项目责任表`,
/// `2024年政府工作任务分解落实方案`). A sentence may end so too
/// (`各乡镇要制定落实方案`): these count only in a title that names what
/// the tasks are (see [`PLAN_KINDS`]).
const PLAN_ENDINGS: [&str; 4] = ["计划表", "安排表", "责任表", "落实方案"];

/// What a plan's title names its tasks: 民生实事, 重点工作, 政府工作, ….
const PLAN_KINDS: [&str; 6] = [
    "实事",
    "重点工作",
    "政府工作",
    "重点任务",
    "工作任务",
    "重点项目",
];

/// A part title names its kind (重点工作, 民生实事) in a heading, or ends
/// like the title of a list of tasks (责任分解, 任务分工方案, 分解清单, …)
/// on a line with no sentence punctuation. The covering notice's own title
/// also mentions both, but it ends with 通知 and is excluded.
fn is_part_title(content: &str, level: u8) -> bool {
    if content.ends_with("通知") {
        return false;
    }
    if is_division(content) {
        return true;
    }
    // `2024年十件民生实事`: a list of livelihood projects titled by its
    // year and kind alone.
    let starts_with_year =
        content.chars().take(4).all(|c| c.is_ascii_digit()) && content.chars().nth(4) == Some('年');
    if starts_with_year
        && ["民生实事", "实事项目"]
            .iter()
            .any(|e| content.trim_end().ends_with(e))
        && !content.contains(CLAUSE_MARKS)
    {
        return true;
    }
    // `附件1：2023年重点工作责任分解`: the title after its attachment label.
    let content = &content[attachment_label_end(content).unwrap_or(0)..];
    let core = content.trim_end_matches(['》', '”']).trim_end();
    let titled = (PART_TITLE_ENDINGS.iter().any(|e| core.ends_with(e))
        || (core.ends_with(['表', '案'])
            && PLAN_ENDINGS.iter().any(|e| core.ends_with(e))
            && PLAN_KINDS.iter().any(|k| core.contains(k))))
        && !content.contains(CLAUSE_MARKS);
    titled || (level > 0 && (content.contains("重点工作") || content.contains("民生实事")))
}

/// The marks that end a sentence or a clause of one: a title, a label or
/// a heading holds none of them.
pub(crate) const SENTENCE_MARKS: [char; 9] = ['。', '，', '；', '：', ',', ';', ':', '！', '？'];

/// [`SENTENCE_MARKS`] but ！ and ？: those between a sentence's clauses.
pub(crate) const CLAUSE_MARKS: [char; 7] = ['。', '，', '；', '：', ',', ';', ':'];

/// `第一部分　重点工作`: a part of a document divided into parts by number.
pub(crate) fn is_division(content: &str) -> bool {
    content
        .strip_prefix('第')
        .map(|rest| rest.trim_start_matches(is_numeral_char))
        .is_some_and(|rest| {
            rest.len() < content.len() - '第'.len_utf8() && rest.starts_with("部分")
        })
}

/// Where the text after an attachment label that starts `content` begins:
/// `附件1：`, `附件 2:`, `附件三：`, or the label and white space before the
/// text (`附件1 2023年…`). The label has a number, so that the notice's
/// list of attachments (`附件：1.…`) is not one; `None` when no text
/// follows the label.
pub(crate) fn attachment_label_end(content: &str) -> Option<usize> {
    let rest = content
        .strip_prefix('附')?
        .trim_start()
        .strip_prefix('件')?
        .trim_start();
    let number = rest
        .find(|c: char| !(is_digit(c) || is_numeral_char(c)))
        .unwrap_or(rest.len());
    if number == 0 {
        return None;
    }
    let after = &rest[number..];
    let text = match after.strip_prefix(['：', ':']) {
        Some(text) => text.trim_start(),
        None if after.starts_with(char::is_whitespace) => after.trim_start(),
        None => return None,
    };
    (!text.is_empty()).then(|| content.len() - text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> LineKind {
        Line::classify(1, 0, s).kind
    }

    /// The kind and, for a numbered line, the text after its number.
    fn rest(s: &str) -> String {
        let line = Line::classify(1, 0, s);
        match line.kind {
            LineKind::Group { rest, .. }
            | LineKind::Area { rest, .. }
            | LineKind::Task { rest, .. } => line.content[rest..].to_owned(),
            _ => String::new(),
        }
    }

    #[test]
    fn recognises_structure_by_numbering_not_level() {
        assert_eq!(
            kind("#### 四、宋寅寨副市长牵头的重点工作"),
            LineKind::Group {
                ordinal: 4,
                rest: 6
            }
        );
        assert_eq!(
            rest("#### 四、宋寅寨副市长牵头的重点工作"),
            "宋寅寨副市长牵头的重点工作"
        );
        assert_eq!(
            kind("## （二）共同富裕方面"),
            LineKind::Area {
                ordinal: 2,
                rest: 9,
                half_width: false
            }
        );
        assert_eq!(rest("## （二）共同富裕方面"), "共同富裕方面");
        assert_eq!(
            kind("##### (一) 卫生健康方面"),
            LineKind::Area {
                ordinal: 1,
                rest: 6,
                half_width: true
            }
        );
        assert_eq!(rest("##### (一) 卫生健康方面"), "卫生健康方面");
        assert_eq!(kind("# 2022 年市政府民生实事责任分解"), LineKind::Part);
        assert_eq!(
            kind("## 义乌市人民政府办公室 关于印发 2022 年政府工作报告重点工作责任分解的通知"),
            LineKind::Text
        );
    }

    #[test]
    fn task_start_needs_a_separator_not_followed_by_a_digit() {
        assert_eq!(
            kind("10. 加快"),
            LineKind::Task {
                number: 10,
                rest: 4,
                rest_index: 4
            }
        );
        assert_eq!(rest("10. 加快"), "加快");
        assert_eq!(kind("2.5万吨标煤"), LineKind::Text);
        assert_eq!(kind("2022 年是"), LineKind::Text);
        assert_eq!(
            kind("（12）加快"),
            LineKind::Task {
                number: 12,
                rest: 8,
                rest_index: 4
            }
        );
        assert_eq!(rest("(3) 加快"), "加快");
        assert_eq!(rest("3）加快"), "加快");
        assert_eq!(rest("4) 加快"), "加快");
        assert_eq!(kind("2)5"), LineKind::Text);
        // Full-width digits.
        assert_eq!(rest("１．加快"), "加快");
        assert_eq!(rest("（１２）加快"), "加快");
        assert!(matches!(
            kind("１２．加快"),
            LineKind::Task { number: 12, .. }
        ));
        assert_eq!(kind("２．５万吨"), LineKind::Text);
        assert_eq!(kind("12345. 加快"), LineKind::Text);
    }

    #[test]
    fn part_titles_across_the_genre() {
        for title in [
            "2023年政府工作报告重点工作责任分解",
            "《2023年民生实事（项目）责任分解》",
            "2023年重点工作任务分工方案",
            "2023年《政府工作报告》主要目标任务分解清单",
            "政府工作报告重要工作事项责任分工",
            "2024年政府工作报告任务分解和责任分工方案",
            "2024年政府工作报告重点工作任务分解",
            "2023年政府工作报告重点任务分解",
            "2023年政府工作报告重点任务分工",
            "2023年市政府重点工作分工",
            "2023年主要目标任务分解表",
            "2024年政府工作报告重点任务分工台账",
            "2024年民生实事项目计划表",
            "《2024年民生实事项目安排表》",
            "2024年民生实事项目责任表",
            "2024年政府工作任务分解落实方案",
        ] {
            assert_eq!(kind(title), LineKind::Part, "{title}");
        }
        // Sentences and other lists that end so name no tasks.
        for text in ["各乡镇要制定落实方案", "财政收支计划表", "值班安排表"] {
            assert_eq!(kind(text), LineKind::Text, "{text}");
        }
        assert_eq!(kind("附件：1.2023年重点工作责任分解"), LineKind::Text);
        // A title after its attachment label, on one line.
        for title in [
            "附件1：2023年重点工作责任分解",
            "附件 2: 2023年民生实事责任分解",
            "附件三 2023年重点任务分解",
        ] {
            assert_eq!(kind(title), LineKind::Part, "{title}");
        }
        assert_eq!(
            attachment_label_end("附件1：2023年重点工作责任分解"),
            Some("附件1：".len())
        );
        assert_eq!(attachment_label_end("附件1"), None);
        assert_eq!(
            attachment_label_end("附 件 1：2023年重点工作责任分解"),
            Some("附 件 1：".len())
        );
        assert_eq!(attachment_label_end("附件：1.2023年重点工作责任分解"), None);
        assert_eq!(attachment_label_end("附件12023年"), None);
        assert_eq!(kind("关于印发2023年重点工作责任分解的通知"), LineKind::Text);
        // A sentence that ends with such words is text.
        assert_eq!(kind("请各单位按照要求，抓紧做好任务分解"), LineKind::Text);
    }

    #[test]
    fn page_numbers_and_breaks() {
        assert_eq!(kind("— 3 —"), LineKind::PageNumber);
        assert_eq!(kind("- 12 -"), LineKind::PageNumber);
        assert_eq!(kind("---"), LineKind::ThematicBreak);
        assert_eq!(kind("***"), LineKind::ThematicBreak);
        assert_eq!(kind("* * *"), LineKind::ThematicBreak);
        assert_eq!(kind("****"), LineKind::ThematicBreak);
        assert_eq!(kind("-"), LineKind::Text);
    }

    #[test]
    fn markup_only_lines_are_blank() {
        assert_eq!(kind("#"), LineKind::Blank);
        assert_eq!(kind("##   "), LineKind::Blank);
        assert_eq!(kind(" ** "), LineKind::Blank);
        assert_eq!(kind("#"), kind(""));
    }

    #[test]
    fn columns_follow_removed_emphasis() {
        let line = Line::classify(1, 0, "1. **▲**发改局");
        assert_eq!(&*line.content, "1. ▲发改局");
        // `▲` is content character 3, raw column 5 (0-based).
        assert_eq!(line.column_at(3), 5);
        let plain = Line::classify(1, 0, "  1. 发改局");
        assert_eq!(plain.column_at(3), 5);
        assert_eq!(plain.column_at(99), 8);
    }

    #[test]
    fn spans_in_the_parsed_text() {
        // At byte 10 of the text; the content starts at byte 2 of the line.
        let plain = Line::classify(1, 10, "  1. 发改局  ");
        assert_eq!(plain.span(), Span::new(12, 24));
        // `发改`: content bytes 3..9, characters 3..5, raw column 5.
        let place = plain.place_of(3..9);
        assert_eq!((place.span, place.column), (Span::new(15, 21), 6));
        assert_eq!(plain.content_span(3, 5), Span::new(15, 21));
        // Past the content, up to the end of the line and no further.
        assert_eq!(plain.content_span(3, 99), Span::new(15, 26));
        assert_eq!(plain.content_span(99, 100), Span::new(26, 26));
        let marked = Line::classify(1, 10, "1. **▲**发改局");
        // `▲` is raw bytes 5..8 and column 5; its span leaves out the `**`.
        let place = marked.place_of(3..6);
        assert_eq!((place.span, place.column), (Span::new(15, 18), 6));
        assert_eq!(marked.span(), Span::new(10, 10 + "1. **▲**发改局".len()));
    }
}
