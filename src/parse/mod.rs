//! The public parser for documents of this genre: a covering notice, then
//! parts (重点工作 / 民生实事), leader groups (一、), optional areas
//! (（一）), and numbered tasks each ending in a responsibility clause.
//!
//! The parser reads structure from numbering, repairs OCR noise (page
//! breaks, repeated characters, mixed bracket widths, markdown around ▲)
//! and reports every repair and every skipped line. It never panics.

mod clause;
mod heading;
mod line;
mod notice;

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use crate::diagnostics::{Repair, RepairKind, Warning, WarningKind};
use crate::error::{ErrorKind, ParseError};
use crate::model::{
    Area, Assignment, Breakdown, LeaderGroup, LineRange, Part, PartKind, Role, Task, TaskId,
};

use self::clause::{Entry, Scan};
use self::line::{Line, LineKind, has_byte, trim, trim_start};

/// The lead marker in responsibility clauses.
const LEAD_MARK: char = '▲';

/// Parses a breakdown document of this genre.
///
/// The text is OCR'd markdown like the embedded seed: heading levels may be
/// inconsistent, tasks may break across pages, brackets may be half-width.
/// Every repair is listed in [`Breakdown::repairs`], every skipped line in
/// [`Breakdown::warnings`].
///
/// # Errors
///
/// A [`ParseError`] with the line and column of the offending text: a task
/// without a responsibility clause, an unclosed bracket, a number or
/// ordinal out of sequence, a task outside any group, or no part at all.
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
    // One Line per source line; counted first so the vector never grows.
    let mut lines: Vec<Line<'_>> = Vec::with_capacity(count_newlines(text) + 1);
    // The notice ends where the structure starts.
    let mut first_structural = None;
    for (i, raw) in line::lines(text).enumerate() {
        let line = Line::classify(line_number(i), raw);
        if first_structural.is_none() && is_structural(&line.kind) {
            first_structural = Some(i);
        }
        lines.push(line);
    }
    let mut parser = Parser::default();
    // Documents of this genre name some hundred units; sized once.
    parser.names.reserve(256);
    let notice_end = first_structural.unwrap_or(lines.len());
    parser.notice = notice::read(
        &lines[..notice_end],
        &mut parser.repairs,
        &mut parser.warnings,
    );
    if first_structural.is_none() {
        return Err(ParseError::new(
            ErrorKind::NoParts,
            1,
            1,
            lines.first().map_or("", |l| l.raw),
        ));
    }
    for line in &lines[notice_end..] {
        parser.line(line)?;
    }
    parser.finish_task()?;
    Ok(parser.into_breakdown())
}

/// The number of `\n` in `text`, counted in chunks of at most 255 bytes
/// into a `u8`, a form the compiler turns into wide vector adds (a plain
/// `filter().count()` over the bytes cost some 100 000 instructions on the
/// seed, as much as reading all its lines).
fn count_newlines(text: &str) -> usize {
    text.as_bytes()
        .chunks(255)
        .map(|chunk| {
            let count = chunk.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n'));
            usize::from(count)
        })
        .sum()
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
}

/// A task whose lines are still being collected.
#[derive(Debug)]
struct PendingTask<'a> {
    id: TaskId,
    start: &'a Line<'a>,
    joined: String,
    fragments: Vec<Fragment<'a>>,
    last_line: u32,
}

impl<'a> PendingTask<'a> {
    fn push(&mut self, line: &'a Line<'a>, text: &str, start: usize) {
        // An ASCII byte at either end is a whole character there; a
        // multi-byte character is never ASCII alphanumeric.
        if self
            .joined
            .bytes()
            .next_back()
            .is_some_and(|b| b.is_ascii_alphanumeric())
            && text
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphanumeric())
        {
            self.joined.push(' ');
        }
        self.fragments.push(Fragment {
            line,
            at: self.joined.len(),
            start,
        });
        self.joined.push_str(text);
        self.last_line = line.number;
    }

    /// Whether the task's clause is complete; `entries` is the parser's
    /// buffer, so that the check allocates nothing.
    fn clause_closed(&self, entries: &mut Vec<Entry>) -> bool {
        matches!(clause::read(&self.joined, entries).0, Scan::Closed { .. })
    }

    /// The fragment that byte `offset` of the joined text comes from.
    fn fragment_at(&self, offset: usize) -> Option<&Fragment<'a>> {
        self.fragments.iter().rev().find(|f| f.at <= offset)
    }

    /// The source line of byte `offset` in the joined text.
    fn line_at(&self, offset: usize) -> &'a Line<'a> {
        self.fragment_at(offset).map_or(self.start, |f| f.line)
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

    fn error(&self, kind: ErrorKind, offset: usize) -> ParseError {
        let (line, column) = self.position(offset);
        ParseError::new(kind, line.number, column, line.raw)
    }
}

#[derive(Default)]
struct Parser<'a> {
    notice: crate::model::Notice,
    parts: Vec<Part>,
    repairs: Vec<Repair>,
    warnings: Vec<Warning>,
    pending: Option<PendingTask<'a>>,
    /// Blank lines seen since the last text line.
    blank_run: u32,
    /// Unit names seen so far, each stored once (see [`Parser::intern`]).
    names: HashSet<Arc<str>, BuildHasherDefault<WordHash>>,
    /// The buffers of the last finished task, kept for the next one.
    spare: (String, Vec<Fragment<'a>>),
    /// The unit entries of the clause being read, kept across tasks.
    entries: Vec<Entry>,
}

impl<'a> Parser<'a> {
    fn line(&mut self, line: &'a Line<'a>) -> Result<(), ParseError> {
        match &line.kind {
            LineKind::Blank => {
                self.blank_run += 1;
                return Ok(());
            }
            LineKind::Part => {
                self.finish_task()?;
                self.part(line)?;
            }
            LineKind::Group { ordinal, rest } => {
                self.finish_task()?;
                self.group(line, *ordinal, &line.content[*rest..])?;
            }
            LineKind::Area {
                ordinal,
                rest,
                half_width,
            } => {
                self.finish_task()?;
                self.area(line, *ordinal, &line.content[*rest..], *half_width)?;
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
            LineKind::Text => self.text(line),
        }
        if !matches!(line.kind, LineKind::PageNumber) {
            // A page number sits inside a page break: the blank lines around
            // it count as one break.
            self.blank_run = 0;
        }
        Ok(())
    }

    fn warn(&mut self, line: &Line<'_>, kind: WarningKind) {
        self.warnings.push(Warning {
            line: line.number,
            column: line.content_column + 1,
            kind,
            text: line.content.to_string(),
        });
    }

    fn heading_level(&mut self, line: &Line<'_>, expected: u8) {
        if line.level != expected {
            self.repairs.push(Repair {
                line: line.number,
                kind: RepairKind::HeadingLevel {
                    found: line.level,
                    expected,
                },
            });
        }
        if line.had_markdown {
            self.repairs.push(Repair {
                line: line.number,
                kind: RepairKind::MarkdownRemoved,
            });
        }
    }

    fn part(&mut self, line: &Line<'_>) -> Result<(), ParseError> {
        let kind = if line.content.contains("民生实事") {
            PartKind::Livelihood
        } else {
            PartKind::KeyWork
        };
        if self.parts.iter().any(|p| p.kind == kind) {
            return Err(ParseError::new(
                ErrorKind::DuplicatePart,
                line.number,
                line.content_column + 1,
                line.raw,
            ));
        }
        self.heading_level(line, 1);
        self.parts.push(Part {
            kind,
            seq: 1,
            title: line.content.to_string(),
            year: year_of(&line.content),
            line: line.number,
            groups: Vec::new(),
        });
        Ok(())
    }

    fn group(&mut self, line: &Line<'_>, ordinal: u32, rest: &str) -> Result<(), ParseError> {
        let Some(part) = self.parts.last_mut() else {
            return Err(ParseError::new(
                ErrorKind::GroupOutsidePart,
                line.number,
                line.content_column + 1,
                line.raw,
            ));
        };
        let expected = part.groups.last().map_or(1, |g| g.ordinal + 1);
        if ordinal != expected {
            let kind = ErrorKind::HeadingOutOfSequence {
                expected,
                found: ordinal,
            };
            return Err(ParseError::new(
                kind,
                line.number,
                line.content_column + 1,
                line.raw,
            ));
        }
        let read = heading::leaders(rest);
        part.groups.push(LeaderGroup {
            ordinal,
            heading: rest.to_owned(),
            leaders: read.leaders,
            line: line.number,
            areas: Vec::new(),
            tasks: Vec::new(),
            text: Vec::new(),
        });
        if !read.found_segment {
            self.warn(line, WarningKind::NoLeaders);
        }
        for piece in read.untitled {
            let column = line.content_column + 1;
            self.warnings.push(Warning {
                line: line.number,
                column,
                kind: WarningKind::UnrecognizedTitle,
                text: piece,
            });
        }
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
        let Some(group) = self.parts.last_mut().and_then(|p| p.groups.last_mut()) else {
            return Err(ParseError::new(
                ErrorKind::AreaOutsideGroup,
                line.number,
                line.content_column + 1,
                line.raw,
            ));
        };
        let expected = group.areas.last().map_or(1, |a| a.ordinal + 1);
        if ordinal != expected {
            let kind = ErrorKind::HeadingOutOfSequence {
                expected,
                found: ordinal,
            };
            return Err(ParseError::new(
                kind,
                line.number,
                line.content_column + 1,
                line.raw,
            ));
        }
        group.areas.push(Area {
            ordinal,
            name: heading::area_name(rest),
            line: line.number,
            tasks: Vec::new(),
        });
        if half_width {
            self.repairs.push(Repair {
                line: line.number,
                kind: RepairKind::HalfWidthPunctuation,
            });
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
        let column = line.content_column + 1;
        let Some(part) = self.parts.last() else {
            return Err(ParseError::new(
                ErrorKind::TaskOutsideGroup,
                line.number,
                column,
                line.raw,
            ));
        };
        let Some(group) = part.groups.last() else {
            return Err(ParseError::new(
                ErrorKind::TaskOutsideGroup,
                line.number,
                column,
                line.raw,
            ));
        };
        let area = group.areas.last();
        // Tasks number from 1 inside their area, or inside the group when
        // the group has no area (yet).
        let siblings = area.map_or(group.tasks.len(), |a| a.tasks.len());
        let expected = u32::try_from(siblings)
            .unwrap_or(u32::MAX)
            .saturating_add(1);
        if number != expected {
            let kind = ErrorKind::TaskOutOfSequence {
                expected,
                found: number,
            };
            return Err(ParseError::new(kind, line.number, column, line.raw));
        }
        let id = TaskId::new(part.kind, group.ordinal, area.map(|a| a.ordinal), number);
        // Reuse the previous task's buffers: one allocation for the whole
        // parse instead of a few per task.
        let (mut joined, mut fragments) = std::mem::take(&mut self.spare);
        joined.clear();
        fragments.clear();
        // Built in its place, then filled: filling a local and moving it
        // in afterwards reloaded the fields just written, a stall on
        // store forwarding.
        let pending = self.pending.insert(PendingTask {
            id,
            start: line,
            joined,
            fragments,
            last_line: line.number,
        });
        pending.push(line, rest, rest_index);
        Ok(())
    }

    /// A text line continues an unfinished task, or is skipped with a warning.
    fn text(&mut self, line: &'a Line<'a>) {
        let blank_run = self.blank_run;
        let entries = &mut self.entries;
        let Some(task) = self.pending.as_mut().filter(|t| !t.clause_closed(entries)) else {
            self.warn(line, WarningKind::UnrecognizedLine);
            return;
        };
        let kind = if blank_run > 0 {
            RepairKind::PageBreakJoined {
                blank_lines: blank_run,
            }
        } else {
            RepairKind::LineWrapJoined
        };
        self.repairs.push(Repair {
            line: line.number,
            kind,
        });
        let mut text: &str = &line.content;
        let mut start = 0;
        if let Some((len, character)) = clause::repeated_across_break(&task.joined, text) {
            self.repairs.push(Repair {
                line: line.number,
                kind: RepairKind::RepeatedCharacter { character },
            });
            text = &text[len..];
            start = 1;
        }
        task.push(line, text, start);
    }

    fn finish_task(&mut self) -> Result<(), ParseError> {
        let Some(task) = self.pending.take() else {
            return Ok(());
        };
        let mut entries = std::mem::take(&mut self.entries);
        let (scan, half_width) = clause::read(&task.joined, &mut entries);
        let (open, close) = match scan {
            Scan::Absent => {
                let column = task.start.content_column + 1;
                let err = ParseError::new(
                    ErrorKind::MissingResponsibilityClause,
                    task.start.number,
                    column,
                    task.start.raw,
                );
                return Err(err);
            }
            Scan::Open { innermost, .. } => {
                return Err(task.error(ErrorKind::UnclosedBracket, innermost));
            }
            Scan::Closed { open, close } => (open, close),
        };
        if half_width {
            self.repairs.push(Repair {
                line: task.line_at(open).number,
                kind: RepairKind::HalfWidthPunctuation,
            });
        }
        let mut reported = 0;
        for fragment in task.fragments.iter().filter(|f| f.line.had_markdown) {
            // One repair a line, however many fragments it gave.
            if fragment.line.number != reported {
                reported = fragment.line.number;
                self.repairs.push(Repair {
                    line: reported,
                    kind: RepairKind::MarkdownRemoved,
                });
            }
        }
        let units = self.assignments(&task, &entries, open)?;
        self.entries = entries;
        let after_at = close
            + task.joined[close..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let after = trim(&task.joined[after_at..]);
        if !after.is_empty() {
            let offset = after_at
                + (task.joined[after_at..].len() - trim_start(&task.joined[after_at..]).len());
            let (line, column) = task.position(offset);
            self.warnings.push(Warning {
                line: line.number,
                column,
                kind: WarningKind::TextAfterClause,
                text: after.to_owned(),
            });
        }
        let mut text = trim(&task.joined[..open]).to_owned();
        // A `*` ending one line and a `*` starting the next make emphasis
        // markup once joined.
        if has_byte(&text, b'*') && text.contains("**") {
            text = text.replace("**", "").trim().to_owned();
            self.repairs.push(Repair {
                line: task.start.number,
                kind: RepairKind::MarkdownRemoved,
            });
        }
        self.push_task(Task {
            id: task.id,
            targets: crate::targets::extract(&text),
            text,
            assignments: units,
            lines: LineRange::new(task.start.number, task.last_line),
            leaders: Vec::new(),
            deadline: None,
            label: None,
        });
        self.spare = (task.joined, task.fragments);
        Ok(())
    }

    fn assignments(
        &mut self,
        task: &PendingTask<'a>,
        entries: &[Entry],
        open: usize,
    ) -> Result<Vec<Assignment>, ParseError> {
        let mut units: Vec<Assignment> = Vec::with_capacity(entries.len());
        let last = entries.len().saturating_sub(1);
        for (i, found) in entries.iter().enumerate() {
            let (at, entry) = (found.start, &task.joined[found.start..found.end]);
            let name = unit_name(entry, found);
            if name.is_empty() {
                // A trailing 、 before the closing bracket is noise, not a gap.
                if !(i == last && i > 0 && trim(entry).is_empty()) {
                    let (line, column) = task.position(at);
                    self.warnings.push(Warning {
                        line: line.number,
                        column,
                        kind: WarningKind::EmptyUnit,
                        text: entry.to_owned(),
                    });
                }
                continue;
            }
            let shared = self.intern(&name);
            // Interned: equal names are the same allocation.
            if units.iter().any(|a| Arc::ptr_eq(&a.name, &shared)) {
                let (line, column) = task.position(at);
                self.warnings.push(Warning {
                    line: line.number,
                    column,
                    kind: WarningKind::DuplicateUnit,
                    text: name.to_string(),
                });
            }
            let role = if found.leads > 0 {
                Role::Lead
            } else {
                Role::Joint
            };
            units.push(Assignment { name: shared, role });
        }
        match units.as_mut_slice() {
            [] => return Err(task.error(ErrorKind::NoUnits, open)),
            // The only unit listed, unmarked, carries the task alone.
            [only] if only.role == Role::Joint => only.role = Role::Sole,
            several if several.iter().all(|a| a.role == Role::Joint) && several.len() > 1 => {
                // Nobody is marked: the document does not say who leads.
                for a in several.iter_mut() {
                    a.role = Role::Unmarked;
                }
                let (line, column) = task.position(open);
                self.warnings.push(Warning {
                    line: line.number,
                    column,
                    kind: WarningKind::NoLeadUnit,
                    text: String::new(),
                });
            }
            _ => {}
        }
        Ok(units)
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

    /// Files a task under the group or area being read (`start_task`
    /// checked there is one).
    fn push_task(&mut self, task: Task) {
        if let Some(group) = self.parts.last_mut().and_then(|p| p.groups.last_mut()) {
            match group.areas.last_mut() {
                Some(area) => area.tasks.push(task),
                None => group.tasks.push(task),
            }
        }
    }

    fn into_breakdown(mut self) -> Breakdown {
        sort_nearly_sorted(&mut self.repairs, |r| r.line);
        sort_nearly_sorted(&mut self.warnings, |w| (w.line, w.column));
        Breakdown {
            notice: self.notice,
            parts: self.parts,
            repairs: self.repairs,
            warnings: self.warnings,
        }
    }
}

/// Sorts `items` stably by `key`, for lists that are nearly in order, as
/// the parser's repairs and warnings are (a task's own are pushed when it
/// ends, after those of its continuation lines): an insertion sort, in
/// which each item moves back past the few that should follow it. When an
/// item is far out of place, the standard stable sort finishes the job, so
/// the worst case stays O(n log n); the result is the same either way, as
/// the insertion keeps items with equal keys in their order.
fn sort_nearly_sorted<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    /// How far back an item may move before the standard sort takes over.
    const MAX_MOVE: usize = 32;
    for i in 1..items.len() {
        let item = key(&items[i]);
        let mut to = i;
        while to > 0 && key(&items[to - 1]) > item {
            to -= 1;
            if i - to > MAX_MOVE {
                items.sort_by_key(key);
                return;
            }
        }
        if to < i {
            items[to..=i].rotate_right(1);
        }
    }
}

/// A multiplicative hash over eight bytes at a time (in the manner of
/// FxHash): unit names are short and trusted to be few, so a simple hash
/// beats the default SipHash here (which made interning cost more than the
/// allocations it saves), and words beat the byte-at-a-time FNV it
/// replaces.
#[derive(Default)]
struct WordHash(u64);

impl WordHash {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        self.0
    }

    /// Whole words only, the last one overlapping the one before: no
    /// partial word is assembled in memory (copying the remainder into a
    /// zeroed word and loading it back stalled on store forwarding, a tenth
    /// of the time spent ending tasks). Equal byte strings still hash
    /// equal, which is all a `Hasher` must guarantee.
    fn write(&mut self, bytes: &[u8]) {
        let len = bytes.len();
        if len < 8 {
            self.add(short_word(bytes));
            return;
        }
        let mut at = 0;
        while at + 8 < len {
            self.add(word_at(bytes, at));
            at += 8;
        }
        self.add(word_at(bytes, len - 8));
    }
}

/// The eight bytes of `bytes` from `at` as a word (zero past the end,
/// which the callers never reach).
#[inline]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    if let Some(chunk) = bytes.get(at..at + 8) {
        word.copy_from_slice(chunk);
    }
    u64::from_le_bytes(word)
}

/// A word made of fewer than eight bytes and their count, built in
/// registers.
#[inline]
fn short_word(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(bytes.len() as u64, |word, &b| (word << 8) | u64::from(b))
}

/// A unit's name as written: white space, ▲ and markdown `**` removed.
/// Borrowed unless the entry has a mark (`marks`: the ▲ and `*` found by
/// [`clause::read`]).
fn unit_name<'t>(entry: &'t str, marks: &Entry) -> Cow<'t, str> {
    let entry = trim(entry);
    if marks.leads == 0 && !marks.star {
        return Cow::Borrowed(entry);
    }
    // The common case, `▲发改局`: one mark in front and nothing else to
    // remove (the marks counted by `clause::read` tell), so the name is a
    // slice.
    if marks.leads == 1 && !marks.star {
        if let Some(rest) = entry.strip_prefix(LEAD_MARK) {
            return Cow::Borrowed(trim(rest));
        }
    }
    // ▲ goes first, so that `*▲*` leaves no `**` behind.
    let without_lead: String = entry.chars().filter(|&c| c != LEAD_MARK).collect();
    Cow::Owned(without_lead.replace("**", "").trim().to_owned())
}

/// The year a part title names: the first four-digit number followed by 年.
fn year_of(title: &str) -> Option<u16> {
    let compact: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    let at = compact.find('年')?;
    let digits: String = compact[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    (digits.len() == 4)
        .then(|| digits.chars().rev().collect::<String>().parse().ok())
        .flatten()
}
