//! Tasks whose responsibility is written in the genre's other forms (see
//! [`super::fields`]): fields on lines of their own, fields after the
//! text on the task's own line, fields in one bracket, the State
//! Council's style, the first-listed rule, task
//! leaders and deadlines. A task written as `（责任单位：▲…）` and nothing
//! else is left to [`Parser::finish_task`].

use std::ops::Range;

use super::clause::{Clause, Scan};
use super::fields::{self, Class, FieldKind, Fields, Found, Style};
use super::heading::field_leaders_of;
use super::line::Line;
use super::{Parser, PendingTask, layout, unit_name};
use crate::diagnostics::{Place, Repair, RepairKind, Span, Warning, WarningKind};
use crate::error::{ErrorKind, ParseError};
use crate::model::{Assignment, Deadline, Leader, LineRange, Role, Task, TaskId};

/// A unit read from a clause or a field line, before roles are given.
pub(super) struct Read {
    name: String,
    /// Whether it leads by its field, its verb or its ▲.
    leads: bool,
    /// Whether it is marked ▲.
    marked: bool,
    /// What its field or verb says of it, if anything.
    class: Option<Class>,
    place: Place,
}

/// Everything a task's clause and field lines hold.
#[derive(Default)]
pub(super) struct Collected {
    pub(super) units: Vec<Read>,
    pub(super) leaders: Vec<Leader>,
    pub(super) deadline: Option<Deadline>,
}

/// Whether a task's joined text is complete in one of the genre's inline
/// forms: its last clause closed, with only a full stop after it.
pub(super) fn inline_closed(text: &str) -> bool {
    // Asked again with every line a task runs on to: a text that does not
    // end with a closing bracket (and the clause's end) is settled without
    // scanning it.
    let end =
        text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '；' | ';' | '.'));
    if !end.ends_with(fields::is_close) {
        return false;
    }
    match fields::find(text) {
        Found::Closed { close, .. } => {
            fields::ends_clause(&text[close + fields::char_len(text, close)..])
        }
        _ => false,
    }
}

/// Whether a task's joined text ends in fields written without brackets
/// (`推进甲。责任单位：区经信局`, see [`fields::trailing`]) whose last list
/// is not visibly unfinished (no separator or colon last, no bracket
/// open): the lines after it are then no part of the task's text. An
/// unfinished list runs on to the next line, as a task's text does.
pub(super) fn trailing_closed(text: &str) -> bool {
    fields::trailing(text).is_some_and(|r| !fields::list_unfinished(&text[r]))
}

/// Where a task's responsibility is written in its own joined text.
#[derive(Debug)]
enum Inline {
    /// A bracket `open..=close` holding a clause in `style`.
    Bracket {
        open: usize,
        close: usize,
        style: Style,
    },
    /// Fields after the text, without brackets (see [`fields::trailing`]).
    Trailing(Range<usize>),
}

/// Whether a closed `（责任单位：…）` clause, whose content is `inner`,
/// needs the genre's reading: fields after `；` or after a comma, the
/// first-listed note, an open list ending in 等 (`等部门`, …), units before verbs
/// (`责任单位：县建设局，各乡镇人民政府配合`). The scan of the clause noted
/// whether it holds a semicolon, a colon, a 第 or a 首 at all; the end of
/// the list is tested by its last character first.
fn needs_fields(clause: &Clause, inner: &str) -> bool {
    fields::ends_in_etc(inner)
        || fields::ends_in_verb(inner)
        || (clause.may_hold_fields
            && (inner.contains(['；', ';'])
                || fields::declares_first_listed(inner)
                || fields::field_after_comma(inner)))
}

/// Whether `c` is punctuation of fields read as its full-width form and
/// reported: a half-width `;`, or a colon other than `：` (`:`, `∶`, `︰`).
fn half_width_mark(c: char) -> bool {
    c == ';' || fields::is_odd_colon(c)
}

/// Whether a unit's name (already trimmed) holds white space between its
/// characters.
fn has_inner_space(name: &str) -> bool {
    name.contains(char::is_whitespace)
}

/// The text of the warning for a task whose units name no lead: the task
/// and its units, `K2.1: 县发改局、县人力社保局`.
pub(super) fn no_lead_text<'n>(id: TaskId, names: impl Iterator<Item = &'n str>) -> String {
    let names: Vec<&str> = names.collect();
    format!("{id}: {}", names.join("、"))
}

/// A field line after a task (`配合单位：县财政局、县商务局、`) and the
/// lines its list of units runs on to (`县农业农村局、各乡镇（街道）`).
#[derive(Debug)]
pub(super) struct FieldLine<'a> {
    /// The field line and the lines its list runs on to, each with the
    /// byte of `text` where its content starts.
    lines: Vec<(usize, &'a Line<'a>)>,
    /// Whether a line that neither continues the list nor names a field
    /// came after it: no later line continues the list.
    ended: bool,
    /// The contents of the lines so far joined as written, with no
    /// separator put between them (a name broken at the end of a line is
    /// one name), as a clause's lines are joined; kept as lines are added
    /// so that a list running on over many lines is not joined again for
    /// each.
    text: String,
    /// How many brackets the lines so far leave open; `None` when they
    /// close one they did not open.
    open: Option<u32>,
    /// Whether the last field of the lines so far is a list of units.
    ends_in_units: bool,
}

impl<'a> FieldLine<'a> {
    fn new(line: &'a Line<'a>) -> FieldLine<'a> {
        FieldLine {
            lines: vec![(0, line)],
            ended: false,
            text: line.content.to_string(),
            open: fields::open_brackets_after(Some(0), &line.content),
            ends_in_units: fields::ends_in_units(&line.content),
        }
    }

    /// Adds `line` to the lines the list runs on to.
    fn continue_with(&mut self, line: &'a Line<'a>) {
        self.lines.push((self.text.len(), line));
        self.text.push_str(&line.content);
        self.open = fields::open_brackets_after(self.open, &line.content);
        // A line ending in a verb (`县财政局配合`) makes the list's last
        // piece one of the State Council's style: no list of units to run
        // on. Its end alone says so, so the list is not read again.
        self.ends_in_units &= !fields::ends_in_verb(&self.text);
    }

    /// The field line and the lines after it.
    fn lines(&self) -> impl Iterator<Item = &'a Line<'a>> + '_ {
        self.lines.iter().map(|&(_, line)| line)
    }

    /// The lines' joined text, with where each line starts in it.
    fn joined(&self) -> Joined<'a, '_> {
        Joined {
            text: &self.text,
            starts: &self.lines,
        }
    }

    /// Whether `next`, a text line after `blank_run` blank lines that
    /// names no field, continues the list of units. The list must be the
    /// last field of the line, and `next` must read as part of a list: no
    /// colon (`抄送：…` and the like), no sentence end (`。`, `！`, `？`), no
    /// web-page furniture, no bracket closed that the list did not open.
    /// Then it continues a list left visibly unfinished (nothing after the
    /// field's colon yet, a separator last, or a bracket open), across
    /// blank lines as a page break; otherwise only a line right below
    /// that holds a separator itself (`农村局、各乡镇（街道）` after
    /// `…县农业`), or that is the rest of a name broken at the line's end
    /// (`划局` after `…市自然资源和规`, see [`fields::rest_of_name`]). Any
    /// other short line without a separator is left alone: it may as well
    /// be a sub-heading or a closing line, and a line skipped is reported
    /// where a line misread would not be.
    fn continued_by(&self, next: &str, blank_run: u32) -> bool {
        if self.ended
            || next.contains(|c| fields::is_colon(c) || matches!(c, '。' | '！' | '？'))
            || layout::furniture(next).is_some()
        {
            return false;
        }
        // The lines it runs on to name no field (they hold no colon), so
        // the list stays the line's last field.
        let so_far = &self.text;
        if !self.ends_in_units || fields::open_brackets_after(self.open, next).is_none() {
            return false;
        }
        fields::list_unfinished_at(so_far, self.open)
            || (blank_run == 0
                && (fields::continues_broken_name(so_far, next)
                    || fields::rest_of_name(so_far, next)))
    }
}

/// The contents of a field line and of the lines it runs on to, read as
/// one text, with where each line starts in it.
struct Joined<'a, 'f> {
    text: &'f str,
    starts: &'f [(usize, &'a Line<'a>)],
}

impl<'a> Joined<'a, '_> {
    /// The line that byte `offset` of the text comes from, and where
    /// that line starts in the text.
    fn line_at(&self, offset: usize) -> (usize, &'a Line<'a>) {
        let i = self.starts.partition_point(|&(at, _)| at <= offset);
        self.starts[i.saturating_sub(1)]
    }

    /// The place of bytes `range` of the text: from its first character
    /// to the end of its last, which may be on a later line.
    fn place(&self, range: Range<usize>) -> Place {
        let (first_at, first) = self.line_at(range.start);
        let last_char = self.text[range.clone()]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        let (last_at, last) = self.line_at(range.end - last_char);
        if first_at == last_at {
            return first.place_of(range.start - first_at..range.end - first_at);
        }
        let start = first.place_of(range.start - first_at..first.content.len());
        let end = last.place_of(0..range.end - last_at);
        Place {
            span: Span::new(start.span.start(), end.span.end()),
            ..start
        }
    }

    /// The line as written where bytes `range` of the text start.
    fn raw(&self, range: Range<usize>) -> &'a str {
        self.line_at(range.start).1.raw
    }

    /// The place of the whole text.
    fn whole(&self) -> Place {
        self.place(0..self.text.len())
    }
}

impl<'a> Parser<'a> {
    /// Takes `line` as a field line of the task being read
    /// (`责任单位：县财政局`, `完成时限：年底前`), if it is one and the task
    /// has no bracket left open, or as the continuation of the list of
    /// units on the field line before it (see [`FieldLine::continued_by`]).
    /// Returns whether it was taken.
    pub(super) fn field_line(&mut self, line: &'a Line<'a>) -> bool {
        let blank_run = self.blank_run;
        let Some(task) = self.pending.as_mut() else {
            return false;
        };
        let content: &str = &line.content;
        // A line `主办单位：…` is the web page's footer (every government
        // site prints one), not a field of the task, after a task that
        // already names its units in a clause or on field lines (主办
        // names the lead, which a task names first), or where it names a
        // government office (`主办单位：…人民政府办公室`).
        let footer = content.trim_start().starts_with("主办") && {
            let names_units = matches!(task.clause.scan, Scan::Closed { .. })
                || task.field_lines.iter().any(|f| f.ends_in_units);
            // The footer names the site's owner, a government office.
            let site_owner = content.contains("人民政府") || content.trim_end().ends_with("办公室");
            names_units || site_owner
        };
        let named = fields::names_field(content) && !footer;
        if !named && fields::other_leaders_field(content) {
            // `督导领导：李华`: leaders under a name the crate does not read.
            // Joined to the task's text, it would pass unnoticed; it is
            // reported instead, and a list above it does not run on past it.
            if let Some(last) = task.field_lines.last_mut() {
                last.ended = true;
            }
            self.warn(line, WarningKind::FieldIgnored);
            return true;
        }
        let taken = if named {
            let open = match task.clause.scan {
                Scan::Open { .. } => true,
                // A task with no clause has read its brackets as its lines
                // came.
                Scan::Absent => matches!(task.brackets.found(&task.joined), Found::Open { .. }),
                Scan::Closed { .. } => matches!(fields::find(&task.joined), Found::Open { .. }),
            };
            // A field line closing a bracket it never opened is the stray
            // end of something else: left to be skipped with a warning
            // rather than read into a unit's name.
            let take = !open && !fields::closes_unopened(content);
            if take {
                task.field_lines.push(FieldLine::new(line));
            }
            take
        } else if let Some(last) = task
            .field_lines
            .last_mut()
            .filter(|f| f.continued_by(content, blank_run.saturating_sub(self.spacing)))
        {
            last.continue_with(line);
            let kind = RepairKind::joined(blank_run);
            self.repairs.push(Repair::new(kind, line.place()));
            true
        } else {
            false
        };
        if taken {
            task.last_line = line.number;
        } else if let Some(last) = task.field_lines.last_mut() {
            // Read elsewhere, or skipped: the list does not run on past it.
            last.ended = true;
        }
        taken
    }

    /// Reads a task written in one of the genre's forms and files it.
    /// `None` when the task is a plain `（责任单位：…）` task (or has no
    /// clause at all) for [`Parser::finish_task`] to read.
    pub(super) fn finish_genre_task(
        &mut self,
        task: &PendingTask<'a>,
    ) -> Option<Result<(), ParseError>> {
        let joined = task.joined.as_str();
        let inline = match task.clause.scan {
            Scan::Open { .. } => return None,
            Scan::Closed { open, close } => {
                let inner = &joined[open + fields::char_len(joined, open)..close];
                if task.field_lines.is_empty() && !needs_fields(&task.clause, inner) {
                    return None;
                }
                Some(Inline::Bracket {
                    open,
                    close,
                    style: Style::Fields,
                })
            }
            Scan::Absent => {
                // Fields after the text on the task's own line, without
                // brackets, where the genre writes a task's units: read
                // rather than a bracket before them (of the task's text),
                // or inside them (of a unit's name, `区政府（区发改局负责）`).
                let trailing = fields::trailing(joined);
                let before_trailing =
                    |open: usize| trailing.as_ref().is_none_or(|r| open < r.start);
                // Read as the task's lines came, as it has no clause.
                match task.brackets.found(joined) {
                    Found::Closed { open, close, style }
                        if before_trailing(open)
                            && fields::ends_clause(
                                &joined[close + fields::char_len(joined, close)..],
                            ) =>
                    {
                        Some(Inline::Bracket { open, close, style })
                    }
                    Found::Open {
                        innermost,
                        clause: true,
                        ..
                    } if task.field_lines.is_empty() => {
                        let end = innermost + fields::char_len(joined, innermost);
                        return Some(Err(task.error(ErrorKind::UnclosedBracket, innermost..end)));
                    }
                    found => match (trailing, found) {
                        // A bracket of the fields still open at the task's
                        // end: a unit's name left unfinished.
                        (Some(range), Found::Open { innermost, .. })
                            if innermost >= range.start =>
                        {
                            let end = innermost + fields::char_len(joined, innermost);
                            let kind = ErrorKind::UnclosedBracket;
                            return Some(Err(task.error(kind, innermost..end)));
                        }
                        (Some(range), _) => Some(Inline::Trailing(range)),
                        (None, Found::Closed { open, close, style })
                            if task.field_lines.is_empty() =>
                        {
                            Some(Inline::Bracket { open, close, style })
                        }
                        _ => None,
                    },
                }
            }
        };
        if inline.is_none() && task.field_lines.is_empty() {
            return None;
        }
        Some(self.finish_genre(task, inline))
    }

    fn finish_genre(
        &mut self,
        task: &PendingTask<'a>,
        inline: Option<Inline>,
    ) -> Result<(), ParseError> {
        let joined = task.joined.as_str();
        let mut collected = Collected::default();
        let mut text_end = joined.len();
        let mut clause_place = None;
        if let Some(inline) = inline {
            let mut read = Fields::default();
            // The clause (both brackets included, where it has them),
            // whether its own punctuation is half-width, and whether it is
            // a clause to point at: fields that name no unit (`完成时限：…`
            // alone, the units on lines below) are not, as a field line's
            // are not; a bracket is, empty or not.
            let (clause, half_width, names_units) = match inline {
                Inline::Bracket { open, close, style } => {
                    let inner = open + fields::char_len(joined, open)..close;
                    match style {
                        Style::Fields => fields::read_fields(joined, inner.clone(), &mut read),
                        Style::Verbs => fields::read_verbs(joined, inner.clone(), &mut read),
                    }
                    // The clause's own brackets, colons and semicolons;
                    // brackets inside a unit's name (`市财政(地税)局`) are
                    // the name's.
                    let own_brackets = matches!(joined[open..].chars().next(), Some('(' | '['))
                        || matches!(joined[close..].chars().next(), Some(')' | ']'));
                    let end = close + fields::char_len(joined, close);
                    let half_width = own_brackets || joined[inner].contains(half_width_mark);
                    (open..end, half_width, true)
                }
                Inline::Trailing(range) => {
                    fields::read_trailing(joined, range.clone(), &mut read);
                    let half_width = joined[range.clone()].contains(half_width_mark);
                    (range, half_width, !read.units.is_empty())
                }
            };
            let (open, clause_end) = (clause.start, clause.end);
            let place = task.place(clause);
            if half_width {
                let kind = RepairKind::HalfWidthPunctuation;
                self.repairs.push(Repair::new(kind, place));
            }
            if names_units {
                clause_place = Some(place);
            }
            self.collect(
                joined,
                &read,
                &|r| task.place(r),
                &|r| task.position(r.start).0.raw,
                &mut collected,
            )?;
            let after_range = fields::trim(joined, clause_end..joined.len());
            let after = &joined[after_range.clone()];
            let after_place = || task.place(after_range.clone());
            // `（牵头单位：…；配合单位：…）（2024年底前）`: the deadline in a
            // bracket of its own after the clause, as after a plain one.
            match super::deadline_in_brackets(after) {
                Some(_) if collected.deadline.is_some() => {
                    let kind = WarningKind::RepeatedField;
                    self.warnings.push(Warning::new(kind, after, after_place()));
                }
                Some(deadline) => collected.deadline = Some(deadline),
                None if !super::ends_sentence(after) => {
                    let kind = WarningKind::TextAfterClause;
                    self.warnings.push(Warning::new(kind, after, after_place()));
                }
                None => {}
            }
            text_end = open;
        }
        for field_line in &task.field_lines {
            let joined = field_line.joined();
            let mut read = Fields::default();
            fields::read_fields(joined.text, 0..joined.text.len(), &mut read);
            for line in field_line.lines() {
                if line.content.contains(half_width_mark) {
                    let kind = RepairKind::HalfWidthPunctuation;
                    self.repairs.push(Repair::new(kind, line.place()));
                }
            }
            if clause_place.is_none() && !read.units.is_empty() {
                clause_place = Some(joined.whole());
            }
            self.collect(
                joined.text,
                &read,
                &|r| joined.place(r),
                &|r| joined.raw(r),
                &mut collected,
            )?;
        }
        self.markdown_repairs(
            task.fragments
                .iter()
                .map(|f| f.line)
                .chain(task.field_lines.iter().flat_map(FieldLine::lines)),
        );
        if collected.units.is_empty() {
            return Err(match clause_place {
                Some(place) => ParseError::new(ErrorKind::NoUnits, place, task.start.raw),
                None => ParseError::new(
                    ErrorKind::MissingResponsibilityClause,
                    task.whole(),
                    task.start.raw,
                ),
            });
        }
        let assignments = self.roles(
            task.id,
            collected.units,
            clause_place.unwrap_or_else(|| task.whole()),
        );
        let text = self.task_text(&joined[..text_end], task.start);
        self.push_task(Task {
            id: task.id,
            text,
            assignments,
            lines: LineRange::new(task.start.number, task.last_line),
            leaders: collected.leaders,
            deadline: collected.deadline,
            label: None,
        });
        Ok(())
    }

    /// Turns the ranges of `read` (over `text`, placed by `place`) into
    /// units, leaders and a deadline; reports what is empty or repeated.
    pub(super) fn collect(
        &mut self,
        text: &str,
        read: &Fields,
        place: &dyn Fn(Range<usize>) -> Place,
        raw: &dyn Fn(Range<usize>) -> &'a str,
        out: &mut Collected,
    ) -> Result<(), ParseError> {
        if let Some((range, meant)) = read.misspelled.first() {
            let kind = ErrorKind::MisspelledField { meant: *meant };
            let at = place(range.clone());
            return Err(ParseError::new(kind, at, raw(range.clone())));
        }
        if read.first_listed {
            self.first_listed = true;
        }
        for range in &read.empty_entries {
            let kind = WarningKind::EmptyUnit;
            let entry = &text[range.clone()];
            self.warnings
                .push(Warning::new(kind, entry, place(range.clone())));
        }
        for (range, kind) in &read.empty_fields {
            let at = place(range.clone());
            if matches!(kind, FieldKind::Units(_)) {
                return Err(ParseError::new(ErrorKind::NoUnits, at, raw(range.clone())));
            }
            let warning = WarningKind::EmptyField;
            self.warnings
                .push(Warning::new(warning, &text[range.clone()], at));
        }
        for range in &read.ignored {
            let kind = WarningKind::FieldIgnored;
            self.warnings.push(Warning::new(
                kind,
                &text[range.clone()],
                place(range.clone()),
            ));
        }
        for unit in &read.units {
            let entry = &text[unit.range.clone()];
            let name = unit_name(entry);
            // An entry of marks only (`▲`) names no unit: an empty entry,
            // as in a plain clause, not a unit without a name.
            if name.is_empty() {
                let kind = WarningKind::EmptyUnit;
                self.warnings
                    .push(Warning::new(kind, entry, place(unit.range.clone())));
                continue;
            }
            out.units.push(Read {
                name: name.into_owned(),
                leads: unit.leads > 0 || unit.class == Some(Class::Lead),
                marked: unit.leads > 0,
                class: unit.class,
                place: place(unit.range.clone()),
            });
        }
        // Read together: a piece of titles only (`县委常委、副县长赵强`)
        // belongs to the leader beside it.
        let pieces: Vec<&str> = read.leaders.iter().map(|r| &text[r.clone()]).collect();
        out.leaders.extend(field_leaders_of(&pieces).0);
        for range in &read.deadlines {
            if out.deadline.is_some() {
                let kind = WarningKind::RepeatedField;
                self.warnings.push(Warning::new(
                    kind,
                    &text[range.clone()],
                    place(range.clone()),
                ));
            } else {
                out.deadline = Some(Deadline::read(&text[range.clone()]));
            }
        }
        Ok(())
    }

    /// The roles of a task's units. One unit alone is sole, however it
    /// is named, unless marked ▲. Of several, those that lead by field,
    /// verb or ▲ lead and the others join; else, where units are named
    /// under 责任单位 beside units that join (`配合单位：…`, `…配合`), the
    /// responsible ones lead; else the first-listed leads where the
    /// document says so; else all are unmarked.
    pub(super) fn roles(
        &mut self,
        id: TaskId,
        mut units: Vec<Read>,
        clause: Place,
    ) -> Vec<Assignment> {
        let has = |units: &[Read], class| units.iter().any(|u| u.class == Some(class));
        // Where the document declares that the first-listed unit leads,
        // that rule says which of them does (below).
        if !self.first_listed
            && !units.iter().any(|u| u.leads)
            && has(&units, Class::Join)
            && has(&units, Class::Responsible)
        {
            // Those who join do so with the units responsible.
            for unit in units
                .iter_mut()
                .filter(|u| u.class == Some(Class::Responsible))
            {
                unit.leads = true;
            }
        }
        let any_lead = units.iter().any(|u| u.leads);
        let first_listed = !any_lead && self.first_listed;
        let alone = units.len() == 1;
        let mut out: Vec<Assignment> = Vec::with_capacity(units.len());
        for (i, unit) in units.into_iter().enumerate() {
            let role = match () {
                () if alone && unit.marked => Role::Lead,
                () if alone => Role::Sole,
                () if any_lead && unit.leads => Role::Lead,
                () if any_lead => Role::Joint,
                () if first_listed && i == 0 => Role::Lead,
                () if first_listed => Role::Joint,
                () => Role::Unmarked,
            };
            if has_inner_space(&unit.name) {
                let kind = WarningKind::SpaceInUnit;
                self.warnings
                    .push(Warning::new(kind, unit.name.clone(), unit.place));
            }
            let shared = self.intern(&unit.name);
            if !self.first_in_task(&out, &shared) {
                let kind = WarningKind::DuplicateUnit;
                self.warnings
                    .push(Warning::new(kind, unit.name, unit.place));
            }
            out.push(Assignment { name: shared, role });
        }
        if !alone && out.iter().all(|a| a.role == Role::Unmarked) {
            let kind = WarningKind::NoLeadUnit;
            let text = no_lead_text(id, out.iter().map(|a| &*a.name));
            self.warnings.push(Warning::new(kind, text, clause));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    /// Odd lists that run on read as units with names (no separator and
    /// no line's end inside one), or fail with an error inside the text.
    #[test]
    fn odd_continuations_read_or_fail_in_place() {
        let head = "# 2024年重点工作责任分解\n## 一、王明县长牵头重点工作\n1. 推进甲。\n";
        for tail in [
            "责任单位：\n、\n",
            "责任单位：、\n、、\n",
            "责任单位：甲局（\n）\n",
            "责任单位：甲局（乙、\n\n\n丙）、\n",
            "责任单位：▲\n▲甲局、**乙局**\n",
            "牵头单位：甲局；配合单位：\n乙局；\n丙局\n",
            "责任单位：甲局、\n）乙局\n",
            "责任单位：甲局、\n2. 推进乙。（责任单位：乙局）\n",
            "责任单位：甲\n局、乙局\n",
            "配合单位：甲局、\n牵头单位：乙局、\n丙局\n",
        ] {
            let text = format!("{head}{tail}");
            match crate::parse(&text) {
                Ok(b) => {
                    let names: Vec<&str> = b
                        .tasks()
                        .flat_map(|t| t.assignments())
                        .map(|a| a.name())
                        .collect();
                    // A separator inside a name's brackets is the name's
                    // own (`甲局（乙、丙）`).
                    let top_level_separator = |name: &str| {
                        let mut depth = 0i32;
                        name.chars().any(|c| {
                            match c {
                                '（' | '(' => depth += 1,
                                '）' | ')' => depth -= 1,
                                _ => {}
                            }
                            depth == 0 && c == '、'
                        })
                    };
                    assert!(
                        names.iter().all(|n| !n.trim().is_empty()
                            && !n.contains('\n')
                            && !top_level_separator(n)),
                        "{tail}: {names:?}"
                    );
                }
                Err(e) => {
                    let line = text.lines().nth(e.line() as usize - 1).unwrap_or("");
                    assert!(
                        e.column() as usize <= line.chars().count() + 1,
                        "{tail}: {e}"
                    );
                    assert!(e.span().end() <= text.len(), "{tail}: {e}");
                }
            }
        }
    }
}
