//! Tasks whose responsibility is written in the genre's other forms (see
//! [`super::fields`]): fields on lines of their own, fields in one
//! bracket, the State Council's style, the first-listed rule, task
//! leaders and deadlines. A task written as `（责任单位：▲…）` and nothing
//! else is left to [`Parser::finish_task`].

use std::ops::Range;

use super::clause::{Clause, Scan};
use super::fields::{self, Class, FieldKind, Fields, Found, Style};
use super::line::Line;
use super::{Parser, PendingTask, unit_name};
use crate::diagnostics::{Place, Repair, RepairKind, Warning, WarningKind};
use crate::error::{ErrorKind, ParseError};
use crate::model::{Assignment, Deadline, Leader, LineRange, Role, Task, TaskId, Title};

/// A unit read from a clause or a field line, before roles are given.
pub(super) struct Read {
    name: String,
    /// Whether it leads by its field, its verb or its ▲.
    leads: bool,
    /// Whether it is marked ▲.
    marked: bool,
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
    match fields::find(text) {
        Found::Closed { close, .. } => {
            fields::ends_clause(&text[close + fields::char_len(text, close)..])
        }
        _ => false,
    }
}

/// Whether a closed `（责任单位：…）` clause, whose content is `inner`,
/// needs the genre's reading: fields after `；`, the first-listed note, an
/// open list ending in 等. The scan of the clause noted whether it holds
/// a semicolon or a 第 at all.
fn needs_fields(clause: &Clause, inner: &str) -> bool {
    inner.trim_end().ends_with('等')
        || (clause.may_hold_fields
            && (inner.contains(['；', ';']) || fields::declares_first_listed(inner)))
}

/// A leader as written after 责任领导： (`王明副市长`, `刘芳`): the name,
/// and the recognised titles at its end.
fn leader_of(piece: &str) -> Leader {
    let mut titles_longest_first = Title::ALL.to_vec();
    titles_longest_first.sort_by_key(|t| std::cmp::Reverse(t.chinese().chars().count()));
    let mut name = piece.trim();
    let mut titles = Vec::new();
    while let Some(title) = titles_longest_first
        .iter()
        .find(|t| name.ends_with(t.chinese()) && name.len() > t.chinese().len())
    {
        name = name[..name.len() - title.chinese().len()].trim_end();
        titles.push(*title);
    }
    titles.reverse();
    Leader {
        name: name.to_owned(),
        titles,
        other_titles: Vec::new(),
    }
}

/// The text of the warning for a task whose units name no lead: the task
/// and its units, `K2.1: 县发改局、县人力社保局`.
pub(super) fn no_lead_text<'n>(id: TaskId, names: impl Iterator<Item = &'n str>) -> String {
    let names: Vec<&str> = names.collect();
    format!("{id}: {}", names.join("、"))
}

/// Whether `text` closes a bracket it did not open.
fn closes_unopened(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.chars() {
        if fields::is_open(c) {
            depth += 1;
        } else if fields::is_close(c) {
            let Some(inner) = depth.checked_sub(1) else {
                return true;
            };
            depth = inner;
        }
    }
    false
}

impl<'a> Parser<'a> {
    /// Takes `line` as a field line of the task being read
    /// (`责任单位：县财政局`, `完成时限：年底前`), if it is one and the task
    /// has no bracket left open. Returns whether it was taken.
    pub(super) fn field_line(&mut self, line: &'a Line<'a>) -> bool {
        let Some(task) = self.pending.as_mut() else {
            return false;
        };
        if fields::field_at(&line.content).is_none()
            && fields::misspelled_at(&line.content).is_none()
        {
            return false;
        }
        if matches!(task.clause.scan, Scan::Open { .. })
            || matches!(fields::find(&task.joined), Found::Open { .. })
        {
            return false;
        }
        // A field line closing a bracket it never opened is the stray end
        // of something else: left to be skipped with a warning rather than
        // read into a unit's name.
        if closes_unopened(&line.content) {
            return false;
        }
        task.field_lines.push(line);
        task.last_line = line.number;
        true
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
                Some((open, close, Style::Fields))
            }
            Scan::Absent => match fields::find(joined) {
                Found::Closed { open, close, style }
                    if task.field_lines.is_empty() || inline_closed(joined) =>
                {
                    Some((open, close, style))
                }
                Found::Open {
                    innermost,
                    clause: true,
                    ..
                } if task.field_lines.is_empty() => {
                    let end = innermost + fields::char_len(joined, innermost);
                    return Some(Err(task.error(ErrorKind::UnclosedBracket, innermost..end)));
                }
                _ => None,
            },
        };
        if inline.is_none() && task.field_lines.is_empty() {
            return None;
        }
        Some(self.finish_genre(task, inline))
    }

    fn finish_genre(
        &mut self,
        task: &PendingTask<'a>,
        inline: Option<(usize, usize, Style)>,
    ) -> Result<(), ParseError> {
        let joined = task.joined.as_str();
        let mut collected = Collected::default();
        let mut text_end = joined.len();
        let mut clause_place = None;
        if let Some((open, close, style)) = inline {
            let clause_end = close + fields::char_len(joined, close);
            let inner = open + fields::char_len(joined, open)..close;
            let mut read = Fields::default();
            match style {
                Style::Fields => fields::read_fields(joined, inner.clone(), &mut read),
                Style::Verbs => fields::read_verbs(joined, inner.clone(), &mut read),
            }
            let place = task.place(open..clause_end);
            // The clause's own brackets, colons and semicolons; brackets
            // inside a unit's name (`市财政(地税)局`) are the name's.
            let own_brackets = matches!(joined[open..].chars().next(), Some('(' | '['))
                || matches!(joined[close..].chars().next(), Some(')' | ']'));
            if own_brackets || joined[inner.clone()].contains([':', ';']) {
                let kind = RepairKind::HalfWidthPunctuation;
                self.repairs.push(Repair::new(kind, place));
            }
            clause_place = Some(place);
            self.collect(
                joined,
                &read,
                &|r| task.place(r),
                &|r| task.position(r.start).0.raw,
                &mut collected,
            )?;
            let after = joined[clause_end..].trim();
            if !after.is_empty() {
                let offset = clause_end
                    + (joined[clause_end..].len() - joined[clause_end..].trim_start().len());
                let place = task.place(offset..offset + after.len());
                let kind = WarningKind::TextAfterClause;
                self.warnings.push(Warning::new(kind, after, place));
            }
            text_end = open;
        }
        for &line in &task.field_lines {
            let mut read = Fields::default();
            fields::read_fields(&line.content, 0..line.content.len(), &mut read);
            if line.content.contains([':', ';']) {
                let kind = RepairKind::HalfWidthPunctuation;
                self.repairs.push(Repair::new(kind, line.place()));
            }
            if clause_place.is_none() && !read.units.is_empty() {
                clause_place = Some(line.place());
            }
            self.collect(
                &line.content,
                &read,
                &|r| line.place_of(r),
                &|_| line.raw,
                &mut collected,
            )?;
        }
        let mut reported = 0;
        for fragment_line in task
            .fragments
            .iter()
            .map(|f| f.line)
            .chain(task.field_lines.iter().copied())
            .filter(|l| l.had_markdown)
        {
            if fragment_line.number != reported {
                reported = fragment_line.number;
                let kind = RepairKind::MarkdownRemoved;
                self.repairs
                    .push(Repair::new(kind, fragment_line.trimmed_place()));
            }
        }
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
        for unit in &read.units {
            let entry = &text[unit.range.clone()];
            out.units.push(Read {
                name: unit_name(entry).into_owned(),
                leads: unit.leads > 0 || unit.class == Some(Class::Lead),
                marked: unit.leads > 0,
                place: place(unit.range.clone()),
            });
        }
        out.leaders
            .extend(read.leaders.iter().map(|r| leader_of(&text[r.clone()])));
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
    /// verb or ▲ lead and the others join; else the first-listed leads
    /// where the document says so; else all are unmarked.
    pub(super) fn roles(&mut self, id: TaskId, units: Vec<Read>, clause: Place) -> Vec<Assignment> {
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
            let shared = self.intern(&unit.name);
            if out.iter().any(|a| a.name == shared) {
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
