//! The public parser for documents of this genre: a covering notice, then
//! parts (重点工作 / 民生实事), leader groups (一、), optional areas
//! (（一）), and numbered tasks each ending in a responsibility clause.
//!
//! The parser reads structure from numbering, repairs OCR noise (page
//! breaks, repeated characters, mixed bracket widths, markdown around ▲)
//! and reports every repair and every skipped line. It never panics.

mod clause;
mod fields;
mod genre;
mod heading;
mod layout;
mod line;
mod notice;
mod table;

use std::borrow::Cow;
use std::ops::{Range, RangeInclusive};
use std::sync::Arc;

use rustc_hash::FxHashSet;

use crate::diagnostics::{Place, Repair, RepairKind, Span, Warning, WarningKind};
use crate::error::{ErrorKind, ParseError};
use crate::model::{
    Area, Assignment, Breakdown, Deadline, LeaderGroup, LineRange, Part, PartKind, Role,
    SourceLine, Task, TaskId,
};

use self::clause::{Clause, Entry, Scan};
use self::line::{Line, LineKind};

/// The lead marker in responsibility clauses.
const LEAD_MARK: char = '▲';

/// Parses a breakdown document of this genre.
///
/// The text is OCR'd markdown like the embedded seed: heading levels may be
/// inconsistent, tasks may break across pages, brackets may be half-width.
/// Every repair is listed in [`Breakdown::repairs`], every skipped line in
/// [`Breakdown::warnings`].
///
/// Beyond the 2022 Yiwu layout it reads the structure of other documents
/// of the genre: part titles such as `…重点工作任务分工方案` or
/// `…目标任务分解清单` (with or without 《》, broken over two lines or not),
/// groups headed by county and district leaders or by a subject, tasks
/// and areas straight under a part title (a group of ordinal 0), task
/// numbers `1．`, `1、`, `1）`, `（1）`, numbering continued across groups, labels
/// and prose inside parts, attachment lists in the notice and attachment
/// labels (`附件2`, `附件1：…`) before part titles, a first-listed note on a line of
/// its own, a notice title broken over lines, a span of years in a part
/// title, web-page furniture, which is skipped with a warning, and task
/// lists written as Markdown pipe tables whose header names the columns
/// (`| 序号 | 主要工作 | 责任单位 |`, `| 序号 | 重点任务 | 牵头单位 |
/// 配合单位 | 完成时限 |`, `| 序号 | 工作任务 | 牵头部门 | 配合部门 | 完成时间 |`,
/// `| 序号 | 项目名称 | 主要内容 | 牵头单位 | 责任单位 |`, an optional leading
/// `分块` column read as the tasks' label). Every form, with an example,
/// and the ways a task's units are written are on the [`genre`](crate::genre)
/// page.
///
/// # Errors
///
/// A [`ParseError`] with the line and column of the offending text: a task
/// without a responsibility clause, an unclosed bracket, a number or
/// ordinal out of sequence, a task outside any part, no part at all, no
/// task at all (or a part or group left without one because its lines
/// could not be read), a table flattened to one cell per line, or a table
/// row without a number, work text or unit.
///
/// # Example
///
/// ```
/// use yiwu_duties::{parse, Role};
///
/// let text = "\
/// ## 2023 年政府工作报告重点工作责任分解
/// ### 一、张三市长牵头的重点工作
/// 1. 地区生产总值增长 6%。（责任单位：▲发改局、统计局）
/// 2. 推进数字化改革。(责
///
/// 责任单位：改革办)
/// ";
/// let b = parse(text).unwrap();
/// let task = b.task("K1.2").unwrap();
/// assert_eq!(task.text(), "推进数字化改革。");
/// assert_eq!(task.assignments()[0].role(), Role::Sole);
/// assert_eq!(b.parts()[0].year(), Some(2023));
/// ```
pub fn parse(text: &str) -> Result<Breakdown, ParseError> {
    read(text, Errors::First).map_err(|mut errors| errors.swap_remove(0))
}

/// Parses a breakdown document and reports every error, not only the
/// first: after an error the parser drops the task it was reading and
/// goes on from the next line, so that a document can be fixed in one
/// pass. After a numbering error the number is taken as written, so one
/// gap gives one error. The errors are in source order; `Ok` is the same
/// breakdown [`parse`] gives.
///
/// # Errors
///
/// Every [`ParseError`] found, at least one.
///
/// # Example
///
/// ```
/// let text = "\
/// # 2023 年政府工作报告重点工作责任分解
/// ## 一、张三市长牵头的重点工作
/// 1. 推进甲。
/// 2. 推进乙。（责任单位：▲发改局、统计局）
/// 4. 推进丙。（责任单位：财政局）
/// 5. 推进丁。（责任单位：财政局）
/// ";
/// let errors = yiwu_duties::parse_all(text).unwrap_err();
/// let lines: Vec<u32> = errors.iter().map(|e| e.line()).collect();
/// assert_eq!(lines, [3, 5]); // no clause in task 1; task 3 is missing
/// assert_eq!(yiwu_duties::parse(text).unwrap_err(), errors[0]);
/// ```
pub fn parse_all(text: &str) -> Result<Breakdown, Vec<ParseError>> {
    read(text, Errors::All)
}

/// Whether to stop at the first error or collect them all.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    First,
    All,
}

fn read(text: &str, errors_wanted: Errors) -> Result<Breakdown, Vec<ParseError>> {
    // Reserved for lines of some 50 bytes, shorter than this genre's
    // usual: the vector then rarely grows while it is filled.
    let mut lines: Vec<Line<'_>> = Vec::with_capacity(text.len() / 50 + 1);
    lines.extend(
        source_lines(text)
            .enumerate()
            .map(|(i, (offset, raw))| Line::classify(line_number(i), offset, raw)),
    );
    // The notice runs up to the first part title (numbered paragraphs and
    // an attachment list that repeats the part titles included); without
    // one, up to the first heading or task, which then fails to parse.
    let first_structural = match layout::first_part(&lines) {
        Some(at) => Some(layout::title_head(&lines, at).unwrap_or(at)),
        None => lines.iter().enumerate().position(|(i, l)| {
            is_structural(&l.kind)
                && !(l.kind == LineKind::Part && layout::in_notice_title(&lines, i))
        }),
    };
    let mut parser = Parser {
        spacing: u32::from(layout::double_spaced(&lines)),
        ..Parser::default()
    };
    // A document of the genre names some tens to a few hundred units:
    // room for them up front spares rehashing the set as they arrive.
    parser.names.reserve(256);
    let mut errors: Vec<ParseError> = Vec::new();
    // An attachment label or a note right before the first part is the
    // part's, not the notice's.
    let notice_end =
        first_structural.map_or(lines.len(), |at| layout::front_matter_start(&lines, at));
    parser.notice = notice::read(
        &lines[..notice_end],
        &mut parser.repairs,
        &mut parser.warnings,
    );
    // A rule the notice declares once: the first-listed unit leads.
    parser.first_listed = lines[..notice_end]
        .iter()
        .any(|l| fields::declares_first_listed(&l.content));
    if first_structural.is_none() {
        let first = lines.first().map_or("", |l| l.raw);
        let place = Place {
            span: Span::new(0, first.len()),
            line: 1,
            column: 1,
        };
        return Err(vec![ParseError::new(ErrorKind::NoParts, place, first)]);
    }
    let rest = &lines[notice_end..];
    if let Some((first, last)) = layout::flattened_header(rest) {
        let (first, last) = (&rest[first], &rest[last]);
        let start = first.place();
        let place = Place {
            span: Span::new(start.span.start(), last.span().end()),
            ..start
        };
        return Err(vec![ParseError::new(
            ErrorKind::FlattenedTable,
            place,
            first.raw,
        )]);
    }
    for (i, line) in rest.iter().enumerate() {
        // A blank line asks nothing of the lines around it.
        if line.kind == LineKind::Blank {
            parser.blank_line();
            continue;
        }
        // What stands on the next line that is not blank decides how text
        // lines, part titles and group headings are read.
        let next_at = matches!(
            line.kind,
            LineKind::Text | LineKind::Part | LineKind::Group { .. }
        )
        .then(|| layout::next_non_blank(rest, i + 1))
        .flatten();
        let next = next_at.map(|at| &rest[at]);
        // The first half of a part title broken over two lines is read
        // with the second.
        if line.kind == LineKind::Text
            && next_at.is_some_and(|at| {
                rest[at].kind == LineKind::Part && layout::title_head(rest, at) == Some(i)
            })
        {
            parser.title_head = Some(line);
            continue;
        }
        // Front matter is held for the part that follows it, if one does.
        parser.part_follows = layout::is_front_matter(line) && layout::part_follows(rest, i + 1);
        parser.division_follows = line.kind == LineKind::Part
            && !line::is_division(&line.content)
            && next.is_some_and(|n| n.kind == LineKind::Part && line::is_division(&n.content));
        parser.printing_follows = line.kind == LineKind::Text
            && next.is_some_and(|n| {
                matches!(
                    notice::end_matter(&n.content),
                    Some(notice::EndMatter::Printed(_))
                )
            });
        // Only a text line with a `|` may head a table.
        parser.separator_follows = line.kind == LineKind::Text
            && line.content.contains('|')
            && rest
                .get(i + 1)
                .is_some_and(|next| table::is_separator_row(&next.content));
        // An item may name its units on field lines of its own.
        parser.item_fields_follow = matches!(line.kind, LineKind::Group { .. })
            && next.is_some_and(|n| {
                matches!(
                    fields::field_at(&n.content),
                    Some((fields::FieldKind::Units(_), _))
                )
            });
        // A `一、` or `（一）` item that names units is a task when the next
        // item, or the part's end, follows it.
        parser.item_follows = matches!(line.kind, LineKind::Group { .. } | LineKind::Area { .. })
            && layout::item_follows(rest, i + 1, |l| {
                notice::end_matter(&l.content).is_some()
                    || layout::is_note(&l.content)
                    || layout::furniture(&l.content).is_some()
            });
        if let Err(err) = parser.line(line) {
            if errors_wanted == Errors::First {
                return Err(vec![err]);
            }
            // The task being read is dropped; the line is read again, as
            // it may start the next task (an error in a task is found when
            // the next one begins), with its number taken as written: the
            // dropped task, or the gap just reported, is not a second error.
            parser.pending = None;
            errors.push(err);
            parser.lenient_numbering = true;
            let again = parser.line(line);
            parser.lenient_numbering = false;
            if let Err(err) = again {
                parser.pending = None;
                if errors.last() != Some(&err) {
                    errors.push(err);
                }
            }
        }
    }
    parser.release_front_matter();
    let ends = [
        parser.finish_task(),
        parser.close_part(),
        // With errors already found, tasks were dropped: "no tasks" would
        // only repeat them.
        if errors.is_empty() {
            parser.check_some_task()
        } else {
            Ok(())
        },
    ];
    for end in ends {
        if let Err(err) = end {
            if errors_wanted == Errors::First {
                return Err(vec![err]);
            }
            // The last part left without a task is also the document's
            // lack of tasks when it is the only part: one error, not two.
            if errors.last() != Some(&err) {
                errors.push(err);
            }
        }
    }
    if errors.is_empty() {
        Ok(parser.into_breakdown())
    } else {
        Err(errors)
    }
}

/// A note that the first-listed unit leads, written after every task of
/// its part (`注：责任单位中排在第一位的为牵头单位。` under the list), is the
/// list's footnote: it holds for the tasks above it, whose several units
/// read as unmarked are then led by the first-listed one (and no longer
/// reported). A note with tasks after it holds from there on only, as
/// where it stands it may introduce them.
fn first_listed_footnote(part: &mut Part, warnings: &mut Vec<Warning>) {
    let Some(note) = part
        .notes
        .iter()
        .rfind(|n| fields::is_first_listed_note(&n.text))
        .map(|n| n.line)
    else {
        return;
    };
    if part.tasks().any(|t| t.lines.last() > note) {
        return;
    }
    let tasks = part.groups.iter_mut().flat_map(|g| {
        g.tasks
            .iter_mut()
            .chain(g.areas.iter_mut().flat_map(|a| a.tasks.iter_mut()))
    });
    // The lines of the tasks whose roles change: their NoLeadUnit
    // warnings go, in one pass over the warnings.
    let mut changed: Vec<RangeInclusive<u32>> = Vec::new();
    for task in tasks {
        let units = &mut task.assignments;
        if units.len() < 2 || units.iter().any(|a| a.role != Role::Unmarked) {
            continue;
        }
        for (i, unit) in units.iter_mut().enumerate() {
            unit.role = if i == 0 { Role::Lead } else { Role::Joint };
        }
        changed.push(task.lines.first()..=task.lines.last());
    }
    if changed.is_empty() {
        return;
    }
    // The tasks are in the order of their lines.
    warnings.retain(|w| {
        let at = changed.partition_point(|lines| *lines.end() < w.line);
        !(w.kind == WarningKind::NoLeadUnit && changed.get(at).is_some_and(|l| l.contains(&w.line)))
    });
}

/// The lines of `text` as [`str::lines`] gives them (split at `\n`, a `\r`
/// before it dropped), each with the byte offset where it starts.
fn source_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // The line breaks, then the end of a last line that has none.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .chain((!text.is_empty() && !text.ends_with('\n')).then_some(text.len()));
    ends.scan(0, |start, end| {
        let line = &text[*start..end];
        // A `\r` is part of the line ending only before a `\n`.
        let line = if end < text.len() {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        };
        let found = (*start, line);
        *start = end + 1;
        Some(found)
    })
}

fn line_number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

fn is_structural(kind: &LineKind) -> bool {
    matches!(
        kind,
        LineKind::Part | LineKind::Group { .. } | LineKind::Area { .. } | LineKind::Task { .. }
    )
}

/// A piece of a task's text and where it came from, so that a byte offset
/// in the joined text can be traced back to a line and column.
#[derive(Debug)]
struct Fragment<'a> {
    line: &'a Line<'a>,
    /// Byte offset of the fragment in the joined text.
    at: usize,
    /// The index of the fragment's first character in its line's content.
    start: usize,
    /// The byte offset of the fragment in its line's content.
    start_byte: usize,
}

/// A task whose lines are still being collected.
#[derive(Debug)]
struct PendingTask<'a> {
    id: TaskId,
    start: &'a Line<'a>,
    joined: String,
    fragments: Vec<Fragment<'a>>,
    last_line: u32,
    /// Field lines after the task (`责任单位：县财政局`), each with the
    /// lines its list of units runs on to.
    field_lines: Vec<genre::FieldLine<'a>>,
    /// The clause of `joined` as it stands, read again whenever a line is
    /// pushed: whether a line continues the task, whether a field line
    /// may follow, and how the task is finished all depend on it.
    clause: Clause,
    /// The style and number of the last point numbered inside the task's
    /// text (`（1）` under `1.`), if any.
    last_point: Option<(line::NumberStyle, u32)>,
    /// Whether the joined text of a task with no clause holds a colon:
    /// kept as lines are appended, so that a task running on over many
    /// lines without one is not searched for fields after its text with
    /// every line.
    has_colon: bool,
    /// Where the joined text of a task with no clause holds a full stop
    /// (`。`), kept as lines are appended (see
    /// [`PendingTask::last_sentence_named`]).
    stops: Vec<usize>,
    /// The brackets of the joined text of a task with no clause, read as
    /// lines are appended: whether it ends in a clause of the genre.
    brackets: fields::Brackets,
}

impl<'a> PendingTask<'a> {
    /// Task `id`, starting on `start`, with nothing collected yet.
    fn new(id: TaskId, start: &'a Line<'a>) -> PendingTask<'a> {
        PendingTask {
            id,
            start,
            joined: String::new(),
            fragments: Vec::new(),
            last_line: start.number,
            field_lines: Vec::new(),
            clause: Clause::default(),
            last_point: None,
            has_colon: false,
            stops: Vec::new(),
            brackets: fields::Brackets::default(),
        }
    }

    /// Makes this finished task task `id`, starting on `start`, with
    /// nothing collected yet: a new task, in the buffers this one has.
    fn restart(&mut self, id: TaskId, start: &'a Line<'a>) {
        // Every field is named, so that one added later cannot be left
        // holding the finished task's state.
        let PendingTask {
            id: own_id,
            start: own_start,
            joined,
            fragments,
            last_line,
            field_lines,
            clause,
            last_point,
            has_colon,
            stops,
            brackets,
        } = self;
        *own_id = id;
        *own_start = start;
        joined.clear();
        fragments.clear();
        *last_line = start.number;
        field_lines.clear();
        *clause = clause::absent(std::mem::take(&mut clause.entries));
        *last_point = None;
        *has_colon = false;
        stops.clear();
        *brackets = fields::Brackets::default();
    }

    /// Appends `text`, the end of `line`'s content from its character
    /// `start` on.
    fn push(&mut self, line: &'a Line<'a>, text: &str, start: usize) {
        // Latin words and numbers broken across lines stay apart.
        if self
            .joined
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && text
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            self.joined.push(' ');
        }
        self.fragments.push(Fragment {
            line,
            at: self.joined.len(),
            start,
            start_byte: line.content.len() - text.len(),
        });
        let appended_at = self.joined.len();
        self.joined.push_str(text);
        self.last_line = line.number;
        clause::read_more(&self.joined, appended_at, &mut self.clause);
        // Only a task with no clause may end in fields after its text; a
        // task's text never loses a clause it has.
        if self.clause.scan == Scan::Absent {
            self.has_colon |= text.contains(fields::is_colon);
            self.brackets.read_on(&self.joined);
            self.stops
                .extend(text.match_indices('。').map(|(stop, _)| appended_at + stop));
        }
    }

    /// Whether the joined text's last sentence (a full stop ending it
    /// aside) starts with a field's name, as fields after the text do
    /// (`推进甲。责任单位：区经信局`): found from the full stops kept as
    /// lines are appended, not by searching the text again.
    fn last_sentence_named(&self) -> bool {
        let end = self
            .joined
            .trim_end_matches(|c: char| matches!(c, '。' | '.' | '．') || c.is_whitespace())
            .len();
        let start = self
            .stops
            .iter()
            .rev()
            .find(|&&at| at < end)
            .map_or(0, |&at| at + '。'.len_utf8());
        fields::field_at(&self.joined[start..end]).is_some()
    }

    /// Whether `line`, numbered `number` as a task is, numbers a point
    /// inside this task's text instead. The task must be unfinished (no
    /// clause yet), and the line numbered `1）`, the genre's numbering of
    /// points, or in another style than the task (`（1）` under `1.`): the
    /// first point, or the one after the last.
    fn numbers_a_point(&self, line: &Line<'_>, number: u32) -> bool {
        if self.clause_closed() {
            return false;
        }
        let Some(style) = line::number_style(&line.content) else {
            return false;
        };
        if style == line::NumberStyle::Closing {
            return true;
        }
        let next_point = match self.last_point {
            Some((last_style, last)) => last_style == style && last.checked_add(1) == Some(number),
            None => number == 1,
        };
        next_point && Some(style) != line::number_style(&self.start.content)
    }

    /// Whether the task's clause is complete (in any of the genre's
    /// forms), or fields on lines of their own follow the task.
    fn clause_closed(&self) -> bool {
        match self.clause.scan {
            Scan::Closed { .. } => true,
            Scan::Open { .. } => false,
            Scan::Absent => {
                !self.field_lines.is_empty()
                    || self.brackets.closed_clause_ends(&self.joined)
                    // Fields after the text name a field with a colon.
                    || (self.has_colon
                        && self.last_sentence_named()
                        && genre::trailing_closed(&self.joined))
            }
        }
    }

    /// The fragment that byte `offset` of the joined text comes from.
    fn fragment_at(&self, offset: usize) -> Option<&Fragment<'a>> {
        // Fragments are in the order of the joined text.
        let after = self.fragments.partition_point(|f| f.at <= offset);
        after.checked_sub(1).map(|i| &self.fragments[i])
    }

    /// The line and 1-based column of byte `offset` in the joined text.
    fn position(&self, offset: usize) -> (&'a Line<'a>, u32) {
        let Some(fragment) = self.fragment_at(offset) else {
            return (self.start, self.start.content_column + 1);
        };
        let chars = self
            .joined
            .get(fragment.at..offset)
            .map_or(0, |s| s.chars().count());
        (
            fragment.line,
            fragment.line.column_at(fragment.start + chars) + 1,
        )
    }

    /// The byte offset in the parsed text of byte `offset` of the joined
    /// text.
    fn source_offset(&self, offset: usize) -> usize {
        match self.direct_source(offset) {
            Some((_, source)) => source,
            None => {
                let (line, column) = self.position(offset);
                line.offset_of_column(column - 1)
            }
        }
    }

    /// The line of the character at byte `offset` of the joined text and
    /// the byte offset in the parsed text where it stands, found from
    /// byte offsets alone where the character comes from a line's content
    /// as written ([`Line::source_of`]); `None` elsewhere (a space put
    /// between two lines, content with `**` removed), where columns are
    /// counted.
    fn direct_source(&self, offset: usize) -> Option<(&'a Line<'a>, usize)> {
        let fragment = self.fragment_at(offset)?;
        let at = fragment.start_byte + (offset - fragment.at);
        Some((fragment.line, fragment.line.source_of(at)?))
    }

    /// The line, 1-based column and byte offset in the parsed text of the
    /// character at byte `offset` of the joined text. Where the character
    /// comes from a line's content as written, its source is known from
    /// byte offsets, and its column is the count of the line's characters
    /// before it.
    fn locate(&self, offset: usize) -> (&'a Line<'a>, u32, usize) {
        if let Some((line, source)) = self.direct_source(offset) {
            let before = line.raw[..source - line.offset].chars().count();
            let column = u32::try_from(before + 1).unwrap_or(u32::MAX);
            return (line, column, source);
        }
        let (line, column) = self.position(offset);
        (line, column, line.offset_of_column(column - 1))
    }

    /// The place of bytes `range` of the joined text: from the source of
    /// its first character to the end of the source of its last.
    fn place(&self, range: Range<usize>) -> Place {
        let (line, column, start) = self.locate(range.start);
        let end = match self.joined[..range.end].chars().next_back() {
            Some(last) if range.end > range.start => {
                let last_at = range.end - last.len_utf8();
                match self.direct_source(last_at) {
                    Some((_, source)) => source + last.len_utf8(),
                    None => {
                        let (last_line, last_column) = self.position(last_at);
                        // The column after the last character.
                        last_line.offset_of_column(last_column)
                    }
                }
            }
            _ => start,
        };
        Place {
            span: Span::new(start, end.max(start)),
            line: line.number,
            column,
        }
    }

    /// The place of the whole task, from its number.
    fn whole(&self) -> Place {
        let start = self.start.place();
        let end = self.source_offset(self.joined.len());
        Place {
            span: Span::new(start.span.start(), end.max(start.span.start())),
            ..start
        }
    }

    /// An error of `kind` over bytes `range` of the joined text.
    fn error(&self, kind: ErrorKind, range: Range<usize>) -> ParseError {
        let (line, _) = self.position(range.start);
        ParseError::new(kind, self.place(range), line.raw)
    }
}

#[derive(Default)]
struct Parser<'a> {
    notice: crate::model::Notice,
    parts: Vec<Part>,
    repairs: Vec<Repair>,
    warnings: Vec<Warning>,
    /// The task being read. It is taken out to be finished (finishing
    /// it borrows the parser) and then kept as [`Parser::spare`]: boxed,
    /// those moves are of a pointer, not of the task and its buffers.
    pending: Option<Box<PendingTask<'a>>>,
    /// Blank lines seen since the last text line.
    blank_run: u32,
    /// Blank lines that are only the document's spacing (1 in a copy
    /// with a blank line between every two lines, see
    /// [`layout::double_spaced`]): they do not end a list of units that
    /// runs on to the next line. (Joins are reported with every blank
    /// line they cross.)
    spacing: u32,
    /// Unit names seen so far, each stored once (see [`Parser::intern`]).
    /// Looked up for every unit of every task; the names come from the
    /// document, not from an adversary, so a hasher without SipHash's
    /// flooding protection is safe here.
    names: FxHashSet<Arc<str>>,
    /// The names of a task listing many units, by the address of their
    /// interned copy (see [`Parser::first_in_task`]).
    task_names: FxHashSet<usize>,
    /// The last task finished, for the next one to be collected in: its
    /// buffers (text, fragments, the clause's entries) are reused rather
    /// than allocated again for every task.
    spare: Option<Box<PendingTask<'a>>>,
    /// Whether the document declared that the first-listed unit leads.
    first_listed: bool,
    /// Set while [`parse_all`] re-reads a line after an error: a number or
    /// ordinal above the last one is then taken as written, so that one
    /// dropped task or one gap is one error, not one per line after it.
    lenient_numbering: bool,
    /// The first half of a part title broken over two lines.
    title_head: Option<&'a Line<'a>>,
    /// The first text line skipped since the part and since the group
    /// began, and in the whole document: a part or group left without a
    /// task because of them is an error, not an empty result.
    skipped_in_part: Option<&'a Line<'a>>,
    skipped_in_group: Option<&'a Line<'a>>,
    first_skipped: Option<&'a Line<'a>>,
    /// The un-numbered sub-heading of the area being read, and whether a
    /// task has taken it.
    label: Option<(&'a Line<'a>, bool)>,
    /// Whether the last line was web-page furniture whose value may follow
    /// on the next line.
    furniture_value_next: bool,
    /// Whether continued numbering has been reported.
    continued_numbering: bool,
    /// The label of the task being read.
    task_label: Option<String>,
    /// The first part heading, where a document without tasks fails when
    /// no line was skipped.
    first_part_line: Option<&'a Line<'a>>,
    /// The task table being read (see [`table`]).
    table: Option<table::Table>,
    /// Whether the next line is a table's separator row
    /// ([`table::is_separator_row`]): set before each line.
    separator_follows: bool,
    /// Where a table row's number stands in its line (first character and
    /// length), for [`Parser::start_task`] to point at.
    number_cell: Option<(usize, usize)>,
    /// Whether the line being read is front matter followed by a part
    /// title ([`layout::part_follows`]): set before each line.
    part_follows: bool,
    /// Whether the next line that is not blank names units in a field
    /// (`牵头单位：…`): an item `一、` above it may be a task: set before
    /// each group line.
    item_fields_follow: bool,
    /// Whether the next line that is not blank starts a part divided by
    /// number (`第一部分　重点工作`): set before each part title.
    division_follows: bool,
    /// The style and number of the last note of a numbered list of notes
    /// after the tasks (`注：1.…`), while the list may go on.
    note_points: Option<(line::NumberStyle, u32)>,
    /// Whether the next text line is the back matter's printing line
    /// (`2024年3月8日印发`), so that an office's name alone on this line is
    /// the printing office: set before each text line.
    printing_follows: bool,
    /// Whether the line being read is a group- or area-style item followed
    /// by the next item or the part's end ([`layout::item_follows`]): set
    /// before each line.
    item_follows: bool,
    /// The attachment label read before the next part's title.
    attachment: Option<&'a Line<'a>>,
    /// The notes read before the next part's title.
    held_notes: Vec<&'a Line<'a>>,
}

impl<'a> Parser<'a> {
    /// A blank line ends a table, and is counted: the lines a join
    /// crosses, and a page break, are told by them.
    fn blank_line(&mut self) {
        self.table = None;
        self.blank_run += 1;
    }

    fn line(&mut self, line: &'a Line<'a>) -> Result<(), ParseError> {
        if line.kind == LineKind::Blank {
            self.blank_line();
            return Ok(());
        }
        if self.table_line(line)? {
            return Ok(());
        }
        // A numbered list of notes runs on only from line to line (blank
        // lines aside).
        let note_points = self.note_points.take();
        match &line.kind {
            // Read above.
            LineKind::Blank => {}
            // The next note of a numbered list of notes after the tasks
            // (`注：1.各乡镇均为配合单位。` ⏎ `2.每季度报送进展。`) is no task.
            LineKind::Task { number, .. }
                if note_points.is_some_and(|(style, last)| {
                    line::number_style(&line.content) == Some(style)
                        && last.checked_add(1) == Some(*number)
                        && !names_units(&line.content)
                }) =>
            {
                self.finish_task()?;
                self.group_text(line);
                self.note_points = line::numbered(&line.content);
            }
            // A title over parts divided by number is no part itself.
            LineKind::Part if self.division_follows => {
                self.finish_task()?;
                self.warn(line, WarningKind::DocumentTitle);
            }
            LineKind::Part => {
                self.finish_task()?;
                self.close_part()?;
                self.part(line)?;
            }
            // `一、新建公园2个。（责任单位：…）` straight under a part's title:
            // an item that names its own units is a task, numbered 一.
            LineKind::Group { ordinal, rest } if self.item_is_a_task(&line.content[*rest..]) => {
                self.finish_task()?;
                let rest_index = line.content[..*rest].chars().count();
                self.start_task(line, *ordinal, &line.content[*rest..], rest_index)?;
            }
            LineKind::Group { ordinal, rest } => {
                self.finish_task()?;
                self.close_group()?;
                self.group(line, *ordinal, &line.content[*rest..])?;
            }
            LineKind::Area {
                ordinal,
                rest,
                half_width,
            } => {
                self.finish_task()?;
                let text = &line.content[*rest..];
                if self.numbers_a_task(text) {
                    // `（一）…（责任单位：…）` in a group without areas: a task.
                    let rest_index = line.content[..*rest].chars().count();
                    self.start_task(line, *ordinal, text, rest_index)?;
                } else {
                    self.flush_label();
                    self.area(line, *ordinal, text, *half_width)?;
                }
            }
            // Points numbered inside an unfinished task continue it
            // (`推进三项改革：` ⏎ `1）深化国企改革；`, `1.实施三大工程：` ⏎
            // `（1）新建道路；` ⏎ `（2）改造桥梁。` ⏎ `（责任单位：…）`).
            LineKind::Task { number, .. }
                if self
                    .pending
                    .as_ref()
                    .is_some_and(|t| t.numbers_a_point(line, *number)) =>
            {
                if let Some(task) = self.pending.as_mut() {
                    task.last_point = line::number_style(&line.content).map(|s| (s, *number));
                }
                self.text(line);
            }
            LineKind::Task {
                number,
                rest,
                rest_index,
            } => {
                self.finish_task()?;
                self.start_task(line, *number, &line.content[*rest..], *rest_index)?;
            }
            LineKind::PageNumber => self.warn(line, WarningKind::PageNumber),
            LineKind::ThematicBreak => self.warn(line, WarningKind::ThematicBreak),
            LineKind::Text => {
                if !self.front_matter(line)? {
                    self.text(line);
                }
            }
        }
        if !matches!(line.kind, LineKind::PageNumber) {
            // A page number sits inside a page break: the blank lines around
            // it count as one break.
            self.blank_run = 0;
        }
        if !matches!(line.kind, LineKind::Text) {
            self.furniture_value_next = false;
        }
        Ok(())
    }

    /// Reads `line` as an attachment label (`附件2`) or a note that the
    /// first-listed unit leads, if it is one and continues no unfinished
    /// task. Returns whether it was taken.
    ///
    /// A label is taken only before a part's title, where it is held for
    /// that part (elsewhere it is read as any text line). A note declares
    /// the rule from here on, so the task before it is finished first; it
    /// is held for the part that follows, or kept on the part being read.
    fn front_matter(&mut self, line: &'a Line<'a>) -> Result<bool, ParseError> {
        if self.pending.as_ref().is_some_and(|t| !t.clause_closed()) {
            return Ok(false);
        }
        let content: &str = &line.content;
        // A second label before the same title is not overwritten: it is
        // left to be reported as a line not read.
        let label =
            self.part_follows && self.attachment.is_none() && layout::is_attachment_label(content);
        let first_listed = fields::is_first_listed_note(content);
        let note = (first_listed || fields::is_lead_mark_note(content))
            && (self.part_follows || !self.parts.is_empty());
        if !label && !note {
            return Ok(false);
        }
        self.finish_task()?;
        if line.had_markdown {
            let kind = RepairKind::MarkdownRemoved;
            self.repairs.push(Repair::new(kind, line.trimmed_place()));
        }
        if label {
            self.attachment = Some(line);
            return Ok(true);
        }
        self.first_listed |= first_listed;
        // A note written as a footnote (`注：…`) after a part's tasks is
        // that part's, though the next part's title follows it (unless the
        // next part's attachment label stands above it).
        let footnote = layout::is_note(content)
            && self.attachment.is_none()
            && self
                .parts
                .last()
                .is_some_and(|p| p.tasks().next().is_some());
        if self.part_follows && !footnote {
            self.held_notes.push(line);
        } else if let Some(part) = self.parts.last_mut() {
            part.notes.push(source_line(line));
        }
        Ok(true)
    }

    /// Front matter held for a part that never came (its title failed to
    /// parse) is reported as lines not read rather than dropped.
    fn release_front_matter(&mut self) {
        let held = self.attachment.take().into_iter();
        for line in held.chain(std::mem::take(&mut self.held_notes)) {
            self.skip(line, WarningKind::UnrecognizedLine);
        }
    }

    /// Whether an area-style item (`（一）…`) is a task: it carries its own
    /// responsibility clause and its group has no areas (or there is no
    /// group yet).
    fn numbers_a_task(&self, text: &str) -> bool {
        let group = self.parts.last().and_then(|p| p.groups.last());
        // An area heading that names units for the tasks under it
        // (`（一）深化改革（牵头单位：区发改局）` ⏎ `1. …`) stays a heading.
        self.item_follows
            && group.is_none_or(|g| g.areas.is_empty())
            && !self.parts.is_empty()
            && names_units(text)
    }

    /// Whether a group-style item (`一、…`) is a task: it names its own
    /// units and no leaders (a heading may name its leaders in brackets,
    /// `一、经济发展（牵头领导：钱峰）`), the next such item or the part's
    /// end follows it (a heading that names units for the tasks or areas
    /// under it stays a heading, its units kept in its text), and its part
    /// has no group with a heading (its tasks stand straight under the
    /// title).
    fn item_is_a_task(&self, text: &str) -> bool {
        self.item_follows
            && self
                .parts
                .last()
                .is_some_and(|p| p.groups.iter().all(LeaderGroup::is_implicit))
            && (names_units(text) || self.item_fields_follow)
            && !heading::leaders(text).found_segment
    }

    /// A skipped text line: warned about, and remembered so that a part or
    /// group left empty by it is an error.
    fn skip(&mut self, line: &'a Line<'a>, kind: WarningKind) {
        self.warn(line, kind);
        self.first_skipped.get_or_insert(line);
        self.skipped_in_part.get_or_insert(line);
        self.skipped_in_group.get_or_insert(line);
    }

    /// The label of a task starting under the area's current sub-heading,
    /// whose line the group records the first time.
    fn take_label(&mut self) {
        self.task_label = None;
        let Some((line, taken)) = &mut self.label else {
            return;
        };
        let Some(group) = self.parts.last_mut().and_then(|p| p.groups.last_mut()) else {
            return;
        };
        if group.areas.is_empty() {
            return;
        }
        self.task_label = Some(line.content.to_string());
        if !*taken {
            *taken = true;
            group.label_lines.push(line.number);
        }
    }

    /// Ends the label of the area being read: a sub-heading no task took
    /// is skipped, with a warning.
    fn flush_label(&mut self) {
        if let Some((line, false)) = self.label.take() {
            self.skip(line, WarningKind::UnrecognizedLine);
        }
    }

    /// The error for a part or group that holds no task because lines
    /// were skipped.
    fn no_tasks(line: &Line<'_>) -> ParseError {
        ParseError::new(ErrorKind::NoTasks, line.place(), line.raw)
    }

    /// Ends the group being read: one left without a task or text because
    /// its lines were skipped is an error. A heading followed at once by
    /// the next one is kept, empty.
    fn close_group(&mut self) -> Result<(), ParseError> {
        self.flush_label();
        let skipped = self.skipped_in_group.take();
        let group = self.parts.last().and_then(|p| p.groups.last());
        let empty = group.is_some_and(|g| g.tasks().next().is_none() && g.text.is_empty());
        match skipped {
            Some(line) if empty => Err(Self::no_tasks(line)),
            _ => Ok(()),
        }
    }

    /// Ends the part being read, and its last group, likewise.
    fn close_part(&mut self) -> Result<(), ParseError> {
        self.close_group()?;
        if let Some(part) = self.parts.last_mut() {
            first_listed_footnote(part, &mut self.warnings);
        }
        let skipped = self.skipped_in_part.take();
        let empty = self
            .parts
            .last()
            .is_some_and(|p| p.tasks().next().is_none());
        match skipped {
            Some(line) if empty => Err(Self::no_tasks(line)),
            _ => Ok(()),
        }
    }

    /// A document that yields no task at all fails: at the first line
    /// skipped, or at the first part's heading when nothing was.
    fn check_some_task(&self) -> Result<(), ParseError> {
        if self.parts.iter().any(|p| p.tasks().next().is_some()) {
            return Ok(());
        }
        if let Some(line) = self.first_skipped {
            return Err(Self::no_tasks(line));
        }
        let (place, raw) = match self.first_part_line {
            Some(line) => (line.place(), line.raw),
            None => (
                Place {
                    span: Span::new(0, 0),
                    line: 1,
                    column: 1,
                },
                "",
            ),
        };
        Err(ParseError::new(ErrorKind::NoTasks, place, raw))
    }

    /// The group text and tasks straight under a part's title go to a
    /// group without a heading, of ordinal 0.
    fn implicit_group(&mut self) {
        if let Some(part) = self.parts.last_mut().filter(|p| p.groups.is_empty()) {
            part.groups.push(LeaderGroup {
                ordinal: 0,
                heading: String::new(),
                leaders: Vec::new(),
                line: part.line,
                areas: Vec::new(),
                tasks: Vec::new(),
                text: Vec::new(),
                label_lines: Vec::new(),
                table_lines: Vec::new(),
            });
        }
    }

    /// A warning for each piece of the heading `line` that names a leader
    /// with no title the crate knows, or a title kept as written.
    fn warn_untitled(&mut self, line: &Line<'_>, pieces: Vec<String>) {
        for piece in pieces {
            let kind = WarningKind::UnrecognizedTitle;
            self.warnings.push(Warning::new(kind, piece, line.place()));
        }
    }

    /// A warning about the whole of `line`.
    fn warn(&mut self, line: &Line<'_>, kind: WarningKind) {
        let text = line.content.to_string();
        self.warnings.push(Warning::new(kind, text, line.place()));
    }

    fn heading_level(&mut self, line: &Line<'_>, expected: u8) {
        if line.level != expected {
            let kind = RepairKind::HeadingLevel {
                found: line.level,
                expected,
            };
            self.repairs.push(Repair::new(kind, line.trimmed_place()));
        }
        if line.had_markdown {
            let kind = RepairKind::MarkdownRemoved;
            self.repairs.push(Repair::new(kind, line.trimmed_place()));
        }
    }

    fn part(&mut self, line: &'a Line<'a>) -> Result<(), ParseError> {
        // A title broken over two lines starts on the line before.
        let head = self.title_head.take();
        // A label written before the title on its line (`附件1：…`) is the
        // part's attachment label, as one on a line of its own would be.
        let label_end = line::attachment_label_end(&line.content)
            .filter(|_| head.is_none() && self.attachment.is_none());
        let title = match (head, label_end) {
            (Some(head), _) => format!("{}{}", head.content, line.content),
            (None, Some(end)) => line.content[end..].to_owned(),
            (None, None) => line.content.to_string(),
        };
        let inline_label = label_end.map(|end| SourceLine {
            text: line.content[..end].trim_end().to_owned(),
            line: line.number,
        });
        // 民生实事, and 为民办实事, 惠民实事, 十件实事: livelihood projects.
        let kind = if title.contains("实事") {
            PartKind::Livelihood
        } else if title.contains("重点工作") {
            PartKind::KeyWork
        } else {
            PartKind::Other
        };
        let seq = self.parts.iter().filter(|p| p.kind == kind).count() + 1;
        let seq = u32::try_from(seq).unwrap_or(u32::MAX);
        let first = head.unwrap_or(line);
        if seq > 26 {
            return Err(heading_error(ErrorKind::DuplicatePart, first));
        }
        self.first_part_line.get_or_insert(first);
        self.heading_level(first, 1);
        if let Some(head) = head {
            let blank_lines = line.number.saturating_sub(head.number + 1);
            self.repairs
                .push(Repair::new(RepairKind::joined(blank_lines), line.place()));
            if head.level != line.level {
                self.heading_level(line, 1);
            }
        }
        let years = years_of(&title);
        self.parts.push(Part {
            kind,
            seq,
            year: years
                .filter(|(first, last)| first == last)
                .map(|(year, _)| year),
            year_span: years
                .filter(|(first, last)| first != last)
                .map(|(first, last)| [first, last]),
            title,
            line: first.number,
            title_end: head.map(|_| line.number),
            attachment: self.attachment.take().map(source_line).or(inline_label),
            notes: std::mem::take(&mut self.held_notes)
                .into_iter()
                .map(source_line)
                .collect(),
            groups: Vec::new(),
        });
        Ok(())
    }

    fn group(&mut self, line: &'a Line<'a>, ordinal: u32, rest: &str) -> Result<(), ParseError> {
        let Some(part) = self.parts.last_mut() else {
            return Err(heading_error(ErrorKind::GroupOutsidePart, line));
        };
        let last = part.groups.last().map_or(0, |g| g.ordinal);
        let expected = last + 1;
        if ordinal != expected && !(self.lenient_numbering && ordinal > last) {
            let kind = ErrorKind::HeadingOutOfSequence {
                expected,
                found: ordinal,
            };
            return Err(heading_error(kind, line));
        }
        let read = heading::leaders(rest);
        let leaderless = read.found_segment && read.leaders.is_empty();
        part.groups.push(LeaderGroup {
            ordinal,
            heading: rest.to_owned(),
            leaders: read.leaders,
            line: line.number,
            areas: Vec::new(),
            tasks: Vec::new(),
            text: Vec::new(),
            label_lines: Vec::new(),
            table_lines: Vec::new(),
        });
        // A heading that names a subject (`二、聚力强产业，壮集群`) has no
        // leaders by design; one in the leaders' form without a name is
        // worth a warning.
        if leaderless {
            self.warn(line, WarningKind::NoLeaders);
        }
        self.warn_untitled(line, read.untitled);
        self.heading_level(line, 2);
        Ok(())
    }

    fn area(
        &mut self,
        line: &Line<'_>,
        ordinal: u32,
        rest: &str,
        half_width: bool,
    ) -> Result<(), ParseError> {
        // Areas straight under a part's title belong to the group without
        // a heading: their tasks' ids read `K0.1.1`.
        self.implicit_group();
        let Some(group) = self.parts.last_mut().and_then(|p| p.groups.last_mut()) else {
            return Err(heading_error(ErrorKind::AreaOutsideGroup, line));
        };
        let last = group.areas.last().map_or(0, |a| a.ordinal);
        let expected = last + 1;
        if ordinal != expected && !(self.lenient_numbering && ordinal > last) {
            let kind = ErrorKind::HeadingOutOfSequence {
                expected,
                found: ordinal,
            };
            return Err(heading_error(kind, line));
        }
        // Leaders named in the heading's closing bracket, or in the
        // leaders' form with a title (`（一）王明县长牵头的工作`), head the
        // area's tasks (`（一）扩大有效投资（牵头县领导：王明）`).
        let (leaders, untitled) =
            heading::area_leaders(rest).map_or_else(Default::default, |r| (r.leaders, r.untitled));
        group.areas.push(Area {
            ordinal,
            name: heading::area_name(rest),
            line: line.number,
            leaders,
            tasks: Vec::new(),
        });
        self.warn_untitled(line, untitled);
        if half_width {
            let kind = RepairKind::HalfWidthPunctuation;
            self.repairs.push(Repair::new(kind, line.place()));
        }
        self.heading_level(line, 3);
        Ok(())
    }

    fn start_task(
        &mut self,
        line: &'a Line<'a>,
        number: u32,
        rest: &str,
        rest_index: usize,
    ) -> Result<(), ParseError> {
        // Errors and warnings point at the task's number (after a bracket
        // in `（1）`, in its cell in a table's row).
        let number_cell = self.number_cell.take();
        let number_place = || {
            let (lead, digits) = number_cell.unwrap_or_else(|| number_position(&line.content));
            Place {
                span: line.content_span(lead, lead + digits),
                line: line.number,
                column: line.column_at(lead) + 1,
            }
        };
        let number_error = |kind| ParseError::new(kind, number_place(), line.raw);
        if self.parts.is_empty() {
            return Err(number_error(ErrorKind::TaskOutsideGroup));
        }
        // Tasks straight under the part's title.
        self.implicit_group();
        let Some(part) = self.parts.last() else {
            return Err(number_error(ErrorKind::TaskOutsideGroup));
        };
        let Some(group) = part.groups.last() else {
            return Err(number_error(ErrorKind::TaskOutsideGroup));
        };
        let area = group.areas.last();
        // Tasks number from 1 inside their area, or inside the group when
        // the group has no area (yet); numbering that continues from the
        // part's previous task is read as written.
        let last_sibling = area
            .map_or(group.tasks.last(), |a| a.tasks.last())
            .map(Task::number);
        let expected = last_sibling.map_or(1, |n| n.saturating_add(1));
        let mut continued = false;
        if number != expected {
            let previous = last_task_number(part);
            if last_sibling.is_none() && previous.is_some_and(|p| p.checked_add(1) == Some(number))
            {
                continued = true;
            } else if self.lenient_numbering && number > last_sibling.unwrap_or(0) {
                // Re-read after the error that reported this number.
            } else {
                let kind = ErrorKind::TaskOutOfSequence {
                    expected,
                    found: number,
                };
                return Err(number_error(kind));
            }
        }
        let id = TaskId::new(part.kind, group.ordinal, area.map(|a| a.ordinal), number)
            .in_part(part.seq)
            .unwrap_or(TaskId::new(
                part.kind,
                group.ordinal,
                area.map(|a| a.ordinal),
                number,
            ));
        self.take_label();
        if continued && !self.continued_numbering {
            self.continued_numbering = true;
            let kind = WarningKind::ContinuedNumbering;
            self.warnings
                .push(Warning::new(kind, line.content.to_string(), number_place()));
        }
        let task = match self.spare.take() {
            Some(mut task) => {
                task.restart(id, line);
                task
            }
            None => Box::new(PendingTask::new(id, line)),
        };
        self.pending.insert(task).push(line, rest, rest_index);
        Ok(())
    }

    /// A text line continues an unfinished task; else it is web-page
    /// furniture (skipped), a sub-heading inside an area (a label for the
    /// tasks under it), prose (kept as group text), or skipped with a
    /// warning.
    fn text(&mut self, line: &'a Line<'a>) {
        if self.field_line(line) {
            return;
        }
        let blank_run = self.blank_run;
        let value_next = std::mem::take(&mut self.furniture_value_next);
        let Some(task) = self.pending.as_mut().filter(|t| !t.clause_closed()) else {
            self.loose_text(line, value_next);
            return;
        };
        let kind = RepairKind::joined(blank_run);
        self.repairs.push(Repair::new(kind, line.place()));
        let mut text: &str = &line.content;
        let mut start = 0;
        if let Some((len, character)) = clause::repeated_across_break(&task.joined, text) {
            let place = Place {
                span: line.content_span(0, 1),
                ..line.place()
            };
            let kind = RepairKind::RepeatedCharacter { character };
            self.repairs.push(Repair::new(kind, place));
            text = &text[len..];
            start = 1;
        }
        task.push(line, text, start);
    }

    /// A text line that continues no task.
    fn loose_text(&mut self, line: &'a Line<'a>, value_next: bool) {
        let content: &str = &line.content;
        if self.end_matter(line) {
            return;
        }
        if let Some(key_only) = layout::furniture(content) {
            self.furniture_value_next = key_only;
            self.warn(line, WarningKind::PageFurniture);
            return;
        }
        if value_next && layout::is_furniture_value(content) {
            self.warn(line, WarningKind::PageFurniture);
            return;
        }
        let in_area = self
            .parts
            .last()
            .and_then(|p| p.groups.last())
            .is_some_and(|g| !g.areas.is_empty());
        if in_area && layout::is_label(content) {
            self.flush_label();
            self.label = Some((line, false));
            return;
        }
        if !self.parts.is_empty() && layout::is_prose(content) {
            self.group_text(line);
            self.note_points = layout::numbered_note(content);
            return;
        }
        self.skip(line, WarningKind::UnrecognizedLine);
    }

    /// Keeps `line` as text of its group, with a warning.
    fn group_text(&mut self, line: &Line<'_>) {
        self.implicit_group();
        if let Some(group) = self.parts.last_mut().and_then(|p| p.groups.last_mut()) {
            group.text.push(line.content.to_string());
        }
        self.warn(line, WarningKind::GroupText);
    }

    /// Keeps `line` in the notice's back matter if it is a line of it: the
    /// copies line (抄送), the printing line (…印发), or the printing
    /// office alone on the line above it.
    fn end_matter(&mut self, line: &Line<'_>) -> bool {
        let content: &str = &line.content;
        match notice::end_matter(content) {
            Some(notice::EndMatter::CopiedTo(offices)) => {
                self.notice
                    .copied_to
                    .get_or_insert_with(|| offices.to_owned());
            }
            Some(notice::EndMatter::Printed(date)) => {
                self.notice.printed.get_or_insert(date);
            }
            None if self.printing_follows && notice::is_office_line(content) => {}
            None => return false,
        }
        self.notice.end_matter.push(SourceLine {
            text: content.to_owned(),
            line: line.number,
        });
        true
    }

    fn finish_task(&mut self) -> Result<(), ParseError> {
        let Some(task) = self.pending.take() else {
            return Ok(());
        };
        let finished = self.finish_pending(&task);
        self.spare = Some(task);
        finished
    }

    fn finish_pending(&mut self, task: &PendingTask<'a>) -> Result<(), ParseError> {
        if let Some(done) = self.finish_genre_task(task) {
            return done;
        }
        let Clause {
            scan,
            half_width,
            entries,
            ..
        } = &task.clause;
        let (open, close) = match *scan {
            Scan::Absent => {
                let kind = ErrorKind::MissingResponsibilityClause;
                return Err(ParseError::new(kind, task.whole(), task.start.raw));
            }
            Scan::Open { innermost, .. } => {
                let bracket = task.joined[innermost..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                let kind = ErrorKind::UnclosedBracket;
                return Err(task.error(kind, innermost..innermost + bracket));
            }
            Scan::Closed { open, close } => (open, close),
        };
        // The clause, both brackets included.
        let clause_end = close + fields::char_len(&task.joined, close);
        if *half_width {
            let kind = RepairKind::HalfWidthPunctuation;
            self.repairs
                .push(Repair::new(kind, task.place(open..clause_end)));
        }
        self.markdown_repairs(task.fragments.iter().map(|f| f.line));
        let units = self.assignments(task, entries, open..clause_end)?;
        let after_range = fields::trim(&task.joined, clause_end..task.joined.len());
        let after = &task.joined[after_range.clone()];
        // `…（责任单位：…）（完成时限：2024年9月底前）`: the deadline in a
        // bracket of its own after the clause.
        let deadline = deadline_in_brackets(after);
        if deadline.is_none() && !ends_sentence(after) {
            let place = task.place(after_range);
            let kind = WarningKind::TextAfterClause;
            self.warnings.push(Warning::new(kind, after, place));
        }
        let text = self.task_text(&task.joined[..open], task.start);
        self.push_task(Task {
            id: task.id,
            text,
            assignments: units,
            lines: LineRange::new(task.start.number, task.last_line),
            leaders: Vec::new(),
            deadline,
            label: None,
        });
        Ok(())
    }

    /// A repair for each of a task's `lines` that had markdown removed:
    /// one a line, though a line that gave several fragments comes several
    /// times in a row.
    fn markdown_repairs<'l>(&mut self, lines: impl Iterator<Item = &'l Line<'l>>) {
        let mut reported = 0;
        for line in lines.filter(|l| l.had_markdown) {
            if line.number != reported {
                reported = line.number;
                let kind = RepairKind::MarkdownRemoved;
                self.repairs.push(Repair::new(kind, line.trimmed_place()));
            }
        }
    }

    fn assignments(
        &mut self,
        task: &PendingTask<'a>,
        entries: &[Entry],
        clause: Range<usize>,
    ) -> Result<Vec<Assignment>, ParseError> {
        let mut units: Vec<Assignment> = Vec::with_capacity(entries.len());
        let last = entries.len().saturating_sub(1);
        for (i, found) in entries.iter().enumerate() {
            // A role word after the name (`区科技局（牵头）`) is a mark, as
            // ▲ is: the name is what stands before it.
            let name_end = found.role.map_or(found.end, |(at, _)| at);
            let (at, entry) = (found.start, &task.joined[found.start..name_end]);
            let name = entry_name(entry, found);
            // A full stop before the closing bracket ends the sentence, not
            // the last unit's name (`（责任单位：县财政局。）`).
            let name = match name.strip_suffix(['。', '．']) {
                Some(stopped) if i == last && !stopped.trim().is_empty() => {
                    Cow::Owned(stopped.trim_end().to_owned())
                }
                _ => name,
            };
            if name.is_empty() {
                // A trailing 、 before the closing bracket is noise, not a gap.
                if !(i == last && i > 0 && entry.trim().is_empty()) {
                    let place = task.place(at..found.end);
                    let kind = WarningKind::EmptyUnit;
                    self.warnings.push(Warning::new(kind, entry, place));
                }
                continue;
            }
            let shared = self.intern(&name);
            if !self.first_in_task(&units, &shared) {
                let place = task.place(at..found.end);
                let kind = WarningKind::DuplicateUnit;
                self.warnings
                    .push(Warning::new(kind, name.to_string(), place));
            }
            let role = if found.leads > 0 || matches!(found.role, Some((_, true))) {
                Role::Lead
            } else {
                Role::Joint
            };
            units.push(Assignment { name: shared, role });
        }
        // The document declared that the first-listed unit leads.
        if self.first_listed && units.len() > 1 && units.iter().all(|a| a.role == Role::Joint) {
            units[0].role = Role::Lead;
        }
        match units.as_mut_slice() {
            [] => return Err(task.error(ErrorKind::NoUnits, clause)),
            // The only unit listed, unmarked, carries the task alone.
            [only] if only.role == Role::Joint => only.role = Role::Sole,
            several if several.iter().all(|a| a.role == Role::Joint) && several.len() > 1 => {
                // Nobody is marked: the document does not say who leads.
                for a in several.iter_mut() {
                    a.role = Role::Unmarked;
                }
                let kind = WarningKind::NoLeadUnit;
                let text = genre::no_lead_text(task.id, several.iter().map(|a| &*a.name));
                self.warnings
                    .push(Warning::new(kind, text, task.place(clause)));
            }
            _ => {}
        }
        Ok(units)
    }

    /// Whether `name` (interned) is named for the first time in the task
    /// whose units `listed` were read before it. Tasks list a few units,
    /// checked by a scan; a list longer than that, by a set, so that a
    /// task listing thousands of units is read in linear time. Asked once
    /// for each unit, in order, with every unit before it in `listed`:
    /// the set is filled from `listed` when the list reaches its length,
    /// and grows by one with each call after.
    fn first_in_task(&mut self, listed: &[Assignment], name: &Arc<str>) -> bool {
        const SHORT: usize = 16;
        // Interned names are equal exactly when they are one allocation:
        // its address stands for the name.
        let address = |name: &Arc<str>| Arc::as_ptr(name).cast::<u8>() as usize;
        if listed.len() < SHORT {
            return !listed.iter().any(|a| Arc::ptr_eq(&a.name, name));
        }
        if listed.len() == SHORT {
            self.task_names.clear();
            self.task_names
                .extend(listed.iter().map(|a| address(&a.name)));
        }
        self.task_names.insert(address(name))
    }

    /// The shared copy of a unit name, made on first sight.
    fn intern(&mut self, name: &str) -> Arc<str> {
        if let Some(shared) = self.names.get(name) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(name);
        self.names.insert(Arc::clone(&shared));
        shared
    }

    /// A task's text from its joined lines, trimmed. A `*` ending one line
    /// and a `*` starting the next make emphasis markup once joined: it is
    /// removed, and the repair reported at the task's first line.
    fn task_text(&mut self, joined: &str, start: &Line<'_>) -> String {
        let text = joined.trim();
        if !line::has_emphasis(text) {
            return text.to_owned();
        }
        let kind = RepairKind::MarkdownRemoved;
        self.repairs.push(Repair::new(kind, start.trimmed_place()));
        text.replace("**", "").trim().to_owned()
    }

    /// Files a task under the group or area being read (`start_task`
    /// checked there is one).
    fn push_task(&mut self, mut task: Task) {
        if let Some(group) = self.parts.last_mut().and_then(|p| p.groups.last_mut()) {
            match group.areas.last_mut() {
                Some(area) => {
                    // The sub-heading in force when the task started.
                    task.label = self.task_label.take();
                    area.tasks.push(task);
                }
                None => group.tasks.push(task),
            }
        }
    }

    fn into_breakdown(mut self) -> Breakdown {
        // A task's own repairs and warnings are pushed when it ends, after
        // those of its continuation lines: put them in source order. The
        // sort is stable, so those of one line keep their order.
        self.repairs.sort_by_key(|r| r.line);
        self.warnings.sort_by_key(|w| (w.line, w.column));
        Breakdown {
            notice: self.notice,
            parts: self.parts,
            repairs: self.repairs,
            warnings: self.warnings,
        }
    }
}

/// A line kept on the model as written.
fn source_line(line: &Line<'_>) -> SourceLine {
    SourceLine {
        text: line.content.to_string(),
        line: line.number,
    }
}

/// The deadline `after` states when it is nothing but a deadline field
/// in brackets (`（完成时限：2024年9月底前）`), or a deadline without its
/// field's name (`（2024年10月底前）`, `（2024年底前完成）`), a full stop
/// after it allowed.
pub(super) fn deadline_in_brackets(after: &str) -> Option<Deadline> {
    let inner = after
        .trim_end_matches(['。', '.', '．'])
        .strip_prefix(['（', '('])?
        .strip_suffix(['）', ')'])?;
    // One bracket: `（完成时限：…）（责任领导：…）` is two, not a deadline.
    if inner.contains(['（', '）', '(', ')']) {
        return None;
    }
    match fields::field_at(inner) {
        Some((fields::FieldKind::Deadline, at)) if !inner[at..].trim().is_empty() => {
            Some(Deadline::read(&inner[at..]))
        }
        Some(_) => None,
        None => fields::is_deadline_entry(inner).then(|| Deadline::read(inner)),
    }
}

/// Whether `text` names its units in any of the genre's forms: a
/// `（责任单位：…）` clause, brackets with fields, or fields after the text.
fn names_units(text: &str) -> bool {
    !matches!(clause::read(text).scan, Scan::Absent)
        || genre::inline_closed(text)
        || fields::trailing(text).is_some()
}

/// Whether the text after a clause is nothing but the sentence's end
/// (`…）。`): punctuation, not text the task would lose.
fn ends_sentence(after: &str) -> bool {
    after.chars().all(|c| matches!(c, '。' | '.' | '．'))
}

/// Where a task's number stands in `content`, its line's content: the
/// character it starts at (after a bracket, `（1）`) and its length in
/// characters, at least one.
fn number_position(content: &str) -> (usize, usize) {
    let lead = content
        .chars()
        .take_while(|&c| !line::is_digit(c))
        .count()
        .min(1);
    let digits = content
        .chars()
        .skip(lead)
        .take_while(|&c| line::is_digit(c))
        .count()
        .max(1);
    (lead, digits)
}

/// The number of the last task read in `part`.
fn last_task_number(part: &Part) -> Option<u32> {
    part.groups.iter().rev().find_map(|g| {
        g.areas
            .iter()
            .rev()
            .find_map(|a| a.tasks.last())
            .or(g.tasks.last())
            .map(Task::number)
    })
}

/// An error about the heading on `line`.
fn heading_error(kind: ErrorKind, line: &Line<'_>) -> ParseError {
    ParseError::new(kind, line.place(), line.raw)
}

/// The name of the unit in clause entry `found`, whose text is `entry`:
/// as [`unit_name`] reads it. The clause reader counted the entry's marks,
/// so a name whose only marks are ▲ before it is sliced without looking
/// for marks again.
fn entry_name<'t>(entry: &'t str, found: &Entry) -> Cow<'t, str> {
    if found.leads == 0 && !found.emphasis {
        return Cow::Borrowed(entry.trim());
    }
    let name = entry.trim_start_matches(|c: char| c == LEAD_MARK || c.is_whitespace());
    let leading = entry[..entry.len() - name.len()]
        .chars()
        .filter(|&c| c == LEAD_MARK)
        .count();
    if !found.emphasis && u32::try_from(leading) == Ok(found.leads) {
        return Cow::Borrowed(name.trim_end());
    }
    unit_name(entry)
}

/// A unit's name as written: white space, ▲ and markdown `**` removed
/// (▲ first, so that `*▲*` leaves no `**` behind). Most names carry no
/// mark, or only a ▲ before them, and are returned as slices of the entry.
fn unit_name(entry: &str) -> Cow<'_, str> {
    let name = entry.trim_start_matches(|c: char| c == LEAD_MARK || c.is_whitespace());
    if !name.contains([LEAD_MARK, '*']) {
        return Cow::Borrowed(name.trim_end());
    }
    let without_lead = entry.replace(LEAD_MARK, "");
    Cow::Owned(without_lead.replace("**", "").trim().to_owned())
}

/// The years a part title names, first and last: `(2022, 2022)` for
/// `2022 年…`, read at the first 年 (white space aside) that follows
/// exactly four digits (`五年规划（2021年…` is read at 2021, not at 五年);
/// `(2021, 2025)` for a span written
/// `2021—2025年` or `2021年—2025年` (any dash, 至 or 到 between). A span
/// is kept whole rather than read as its last year, the digits just
/// before 年; one that runs backwards claims no year at all.
fn years_of(title: &str) -> Option<(u16, u16)> {
    let compact: Vec<char> = title.chars().filter(|c| !c.is_whitespace()).collect();
    let (at, year) = compact
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c == '年')
        .find_map(|(at, _)| Some((at, four_digits_ending(&compact, at)?)))?;
    // `2021—2025年`: the first year's 年 left out.
    if let Some(first) =
        span_dash_ending(&compact, at - 4).and_then(|dash| four_digits_ending(&compact, dash))
    {
        return (first <= year).then_some((first, year));
    }
    // `2021年—2025年`.
    let after = at + 1;
    let dash_end = after + span_dash_len(&compact[after..]);
    let last = (dash_end > after && compact.get(dash_end + 4) == Some(&'年'))
        .then(|| four_digits_ending(&compact, dash_end + 4))
        .flatten();
    if let Some(last) = last {
        return (year <= last).then_some((year, last));
    }
    Some((year, year))
}

/// Whether `c` joins the two years of a span (`—`, `–`, `-`, `－`, `~`,
/// `～`, `至`, `到`).
fn is_span_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '－' | '~' | '～' | '至' | '到')
}

/// The number of span dashes (at most two, as in `——`) that `chars`
/// starts with.
fn span_dash_len(chars: &[char]) -> usize {
    chars
        .iter()
        .take(2)
        .take_while(|&&c| is_span_dash(c))
        .count()
}

/// The index where the span dashes that end just before `end` start, if
/// any are there.
fn span_dash_ending(chars: &[char], end: usize) -> Option<usize> {
    let before = &chars[..end];
    let dashes = before
        .iter()
        .rev()
        .take(2)
        .take_while(|&&c| is_span_dash(c))
        .count();
    (dashes > 0).then(|| end - dashes)
}

/// The year written as exactly four ASCII digits just before `end` (no
/// fifth digit before them).
fn four_digits_ending(chars: &[char], end: usize) -> Option<u16> {
    let digits = chars[..end]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits != 4 {
        return None;
    }
    chars[end - 4..end].iter().collect::<String>().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::{source_lines, years_of};
    use proptest::prelude::*;

    /// The lines `str::lines` gives, each with the offset where it starts
    /// in `text`.
    fn std_lines(text: &str) -> Vec<(usize, &str)> {
        text.lines()
            .map(|line| (line.as_ptr() as usize - text.as_ptr() as usize, line))
            .collect()
    }

    #[test]
    fn source_lines_are_the_lines_std_gives() {
        for text in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\r",
            "a\r\r\n",
            "\r\n",
            "\r",
            "甲\n\n乙\r\n丙",
        ] {
            assert_eq!(
                source_lines(text).collect::<Vec<_>>(),
                std_lines(text),
                "{text:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn source_lines_are_the_lines_std_gives_of_any_text(text in "[a\r\n甲 ]{0,24}") {
            prop_assert_eq!(source_lines(&text).collect::<Vec<_>>(), std_lines(&text));
        }
    }

    #[test]
    fn years_of_titles_one_year_or_a_span() {
        assert_eq!(
            years_of("2022 年政府工作报告重点工作责任分解"),
            Some((2022, 2022))
        );
        assert_eq!(
            years_of("《2021—2025年数字经济规划》重点任务分工方案"),
            Some((2021, 2025))
        );
        assert_eq!(
            years_of("2021-2025年乡村振兴重点工作责任分解"),
            Some((2021, 2025))
        );
        assert_eq!(
            years_of("2021年——2025年重点工作责任分解"),
            Some((2021, 2025))
        );
        assert_eq!(
            years_of("2021年至2025年重点工作责任分解"),
            Some((2021, 2025))
        );
        // The first 年 after four digits, not the first 年.
        assert_eq!(
            years_of("五年规划（2021—2025年）任务分工方案"),
            Some((2021, 2025))
        );
        // A span that runs backwards claims nothing; five digits are no year.
        assert_eq!(years_of("2025—2021年重点工作责任分解"), None);
        assert_eq!(years_of("12022年重点工作"), None);
        assert_eq!(years_of("重点工作责任分解"), None);
        // A year then a number of another kind is one year.
        assert_eq!(years_of("2023年-5%目标任务分解清单"), Some((2023, 2023)));
    }
}
