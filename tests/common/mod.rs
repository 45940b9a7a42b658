//! Helpers shared by the integration tests: the text rendering of a
//! breakdown for snapshots (`render`), a comparable view of a breakdown
//! without line numbers, the coverage check, the error-position check, and
//! a generator of random valid documents for the property tests
//! (`generate`).
#![allow(dead_code)]

pub mod generate;
mod render;

#[allow(unused_imports)] // only the snapshot tests render
pub use render::render;

use yiwu_duties::targets::Target;
use yiwu_duties::{
    Breakdown, Date, ErrorKind, ParseError, PartKind, Role, Title, Warning, WarningKind,
};

/// A task's units with their roles; panics when there is no task `id`.
pub fn roles(b: &Breakdown, id: &str) -> Vec<(String, Role)> {
    b.task(id)
        .unwrap_or_else(|| panic!("no task {id}"))
        .assignments()
        .iter()
        .map(|a| (a.name().to_owned(), a.role()))
        .collect()
}

/// Units with their roles, as [`roles`] gives them, from literals.
pub fn units(list: &[(&str, Role)]) -> Vec<(String, Role)> {
    list.iter().map(|&(n, r)| (n.to_owned(), r)).collect()
}

/// The names of every task's units, in the order of the tasks.
pub fn unit_names(b: &Breakdown) -> Vec<&str> {
    b.tasks()
        .flat_map(|t| t.assignments())
        .map(|a| a.name())
        .collect()
}

/// The warnings of `kind`, in order.
pub fn warnings_of(b: &Breakdown, kind: WarningKind) -> impl Iterator<Item = &Warning> {
    b.warnings().iter().filter(move |w| *w.kind() == kind)
}

/// A breakdown's content without line numbers, repairs or warnings: what a
/// round trip through `to_markdown` must preserve. Tasks are nested in
/// their group and area, so the task ranges are compared too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub notice: NoticeShape,
    pub parts: Vec<PartShape>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticeShape {
    pub issuer: Option<String>,
    pub number: Option<String>,
    pub title: Option<String>,
    pub addressees: Option<String>,
    pub body: Vec<String>,
    pub signatory: Option<String>,
    pub date: Option<Date>,
    pub published: bool,
    /// The back matter's lines as written, the offices copied to and the
    /// printing date.
    pub end_matter: Vec<String>,
    pub copied_to: Option<String>,
    pub printed: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartShape {
    pub kind: PartKind,
    pub title: String,
    pub year: Option<u16>,
    /// The first and last year the title names.
    pub years: Option<(u16, u16)>,
    /// The attachment label before the title, as written.
    pub attachment: Option<String>,
    /// The notes on lines of their own, as written.
    pub notes: Vec<String>,
    pub groups: Vec<GroupShape>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupShape {
    pub ordinal: u32,
    pub heading: String,
    pub leaders: Vec<LeaderShape>,
    /// Tasks before the group's first area (all of them when it has none).
    pub tasks: Vec<TaskShape>,
    pub areas: Vec<AreaShape>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaShape {
    pub ordinal: u32,
    pub name: String,
    pub leaders: Vec<LeaderShape>,
    pub tasks: Vec<TaskShape>,
}

/// A leader's name, titles and the titles kept as written.
pub type LeaderShape = (String, Vec<Title>, Vec<String>);

/// A leader as a [`LeaderShape`].
fn leader_shape(l: &yiwu_duties::Leader) -> LeaderShape {
    (
        l.name().to_owned(),
        l.titles().to_vec(),
        l.other_titles().to_vec(),
    )
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskShape {
    pub id: String,
    pub text: String,
    pub units: Vec<(String, Role)>,
    pub targets: Vec<Target>,
    /// The task's own leaders and deadline as written.
    pub leaders: Vec<LeaderShape>,
    pub deadline: Option<String>,
}

impl Shape {
    pub fn of(b: &Breakdown) -> Shape {
        let n = b.notice();
        let notice = NoticeShape {
            issuer: n.issuer().map(str::to_owned),
            number: n.number().map(str::to_owned),
            title: n.title().map(str::to_owned),
            addressees: n.addressees().map(str::to_owned),
            body: n.body().to_vec(),
            signatory: n.signatory().map(str::to_owned),
            date: n.date(),
            published: n.is_published(),
            end_matter: n.end_matter().iter().map(|l| l.text().to_owned()).collect(),
            copied_to: n.copied_to().map(str::to_owned),
            printed: n.printed(),
        };
        let task = |t: &yiwu_duties::Task| TaskShape {
            id: t.id().to_string(),
            text: t.text().to_owned(),
            units: t
                .assignments()
                .iter()
                .map(|a| (a.name().to_owned(), a.role()))
                .collect(),
            targets: t.targets().to_vec(),
            leaders: t.own_leaders().iter().map(leader_shape).collect(),
            deadline: t.deadline().map(|d| d.text().to_owned()),
        };
        let parts = b
            .parts()
            .iter()
            .map(|p| PartShape {
                kind: p.kind(),
                title: p.title().to_owned(),
                year: p.year(),
                years: p.years().map(|y| (*y.start(), *y.end())),
                attachment: p.attachment().map(|a| a.text().to_owned()),
                notes: p.notes().iter().map(|n| n.text().to_owned()).collect(),
                groups: p
                    .groups()
                    .iter()
                    .map(|g| GroupShape {
                        ordinal: g.ordinal(),
                        heading: g.heading().to_owned(),
                        leaders: g.leaders().iter().map(leader_shape).collect(),
                        tasks: g
                            .tasks()
                            .filter(|t| t.id().area().is_none())
                            .map(task)
                            .collect(),
                        areas: g
                            .areas()
                            .iter()
                            .map(|a| AreaShape {
                                ordinal: a.ordinal(),
                                name: a.name().to_owned(),
                                leaders: a.leaders().iter().map(leader_shape).collect(),
                                tasks: a.tasks().iter().map(task).collect(),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        Shape { notice, parts }
    }

    /// The same shape with every task's targets removed, for comparing
    /// with a model that was written by hand.
    pub fn without_targets(mut self) -> Shape {
        for part in &mut self.parts {
            for group in &mut part.groups {
                let areas = group.areas.iter_mut().flat_map(|a| a.tasks.iter_mut());
                for task in group.tasks.iter_mut().chain(areas) {
                    task.targets.clear();
                }
            }
        }
        self
    }

    /// Every task in document order, flattened.
    pub fn tasks(&self) -> Vec<&TaskShape> {
        let mut out = Vec::new();
        for part in &self.parts {
            for group in &part.groups {
                out.extend(&group.tasks);
                for area in &group.areas {
                    out.extend(&area.tasks);
                }
            }
        }
        out
    }
}

/// Writes `b` back with `to_markdown`, parses that, and returns both
/// shapes and the clean text.
pub fn round_trip(b: &Breakdown) -> (Shape, Shape, String) {
    let clean = b.to_markdown();
    (Shape::of(b), Shape::of(&parse_clean(&clean)), clean)
}

/// Like `round_trip`, but for a document whose notice cannot be written
/// back (see `notice_is_writable`): the clean copy is read from its first
/// part on, and the shapes are returned without their notices.
pub fn round_trip_without_notice(b: &Breakdown) -> (Shape, Shape, String) {
    let clean = b.to_markdown();
    let structure = match b.parts().first() {
        Some(part) => {
            // From the first part's attachment label, where it has one.
            let heading = match part.attachment() {
                Some(label) => format!("\n{}\n\n# {}\n", label.text(), part.title()),
                None => format!("\n# {}\n", part.title()),
            };
            let at = clean.find(&heading).map_or(0, |at| at + 1);
            clean[at..].to_owned()
        }
        None => String::new(),
    };
    let strip = |mut shape: Shape| {
        shape.notice = NoticeShape::default();
        shape
    };
    let after = if structure.is_empty() {
        Shape::of(&Breakdown::default())
    } else {
        Shape::of(&parse_clean(&structure))
    };
    (strip(Shape::of(b)), strip(after), clean)
}

fn parse_clean(clean: &str) -> Breakdown {
    match yiwu_duties::parse(clean) {
        Ok(again) => again,
        Err(err) => panic!("the clean copy does not parse:\n{err}\n--- clean copy ---\n{clean}"),
    }
}

/// Warnings that stand for a whole skipped line, rather than remarks on a
/// line placed elsewhere.
pub fn skips_line(kind: &WarningKind) -> bool {
    matches!(
        kind,
        WarningKind::UnrecognizedLine
            | WarningKind::PageNumber
            | WarningKind::ThematicBreak
            | WarningKind::PageFurniture
            // Prose kept as group text: its warning places the line.
            | WarningKind::GroupText
            // The title over numbered parts, kept in its warning.
            | WarningKind::DocumentTitle
    )
}

/// A line counts as blank when it has no text besides white space, a
/// markdown heading marker (`#`s followed by white space or the line's
/// end) and emphasis markers (`**`): the parser reads such a line as
/// blank, and there is nothing on it to lose. `#text` and `**#` are text;
/// `****` is a thematic break.
pub fn is_blank(line: &str) -> bool {
    let line = line.trim();
    let after = line.trim_start_matches('#');
    let heading =
        after.len() < line.len() && (after.is_empty() || after.starts_with(char::is_whitespace));
    let body = if heading { after } else { line };
    // `***` and `** **` are thematic breaks, which the parser reports.
    let compact: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    let thematic_break = !heading
        && compact.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|m| compact.iter().all(|c| c == m));
    !thematic_break && body.replace("**", "").trim().is_empty()
}

/// The coverage rule: every non-blank line of `text` is placed exactly
/// once, and no blank line is placed at all. The places are
///
/// - the notice: the non-blank lines of its `lines()` range, and each
///   line of its `end_matter()`,
/// - a part heading: the non-blank lines of its `title_lines()` (two for
///   a broken title),
/// - a part's attachment label and notes: their `line()`,
/// - a group or area heading: its `line()` (a group without a heading,
///   `is_implicit()`, has no line of its own),
/// - a sub-heading read as a task label: its group's `label_lines()`,
/// - the header and separator rows of a task table: its group's
///   `table_lines()` (each row below them is a task, whose range is
///   its line),
/// - a task: the non-blank lines of its `lines()` range,
/// - a warning that skips a whole line (unrecognised line, page number,
///   thematic break, page furniture) or keeps it as group text: its
///   `line()`.
///
/// A skipped line inside the notice's or a task's range (a page number
/// between two halves of a task) belongs to its warning, not to the range.
/// Other warnings (empty or duplicate unit, text after the clause, …)
/// remark on a line that is placed elsewhere and place nothing.
///
/// Returns the lines placed other than once, as `(line, times, text)`.
pub fn coverage_faults(text: &str, b: &Breakdown) -> Vec<(u32, u32, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut count = vec![0u32; lines.len() + 1];
    let skipped: Vec<u32> = b
        .warnings()
        .iter()
        .filter(|w| skips_line(w.kind()))
        .map(|w| w.line())
        .collect();
    let mut place = |line: u32| {
        if let Some(c) = count.get_mut(line as usize) {
            *c += 1;
        }
    };
    let place_range = |first: u32, last: u32, place: &mut dyn FnMut(u32)| {
        for line in first..=last {
            let blank = lines.get(line as usize - 1).is_none_or(|l| is_blank(l));
            if !blank && !skipped.contains(&line) {
                place(line);
            }
        }
    };
    if let Some(r) = b.notice().lines() {
        place_range(r.first(), r.last(), &mut place);
    }
    for line in b.notice().end_matter() {
        place(line.line());
    }
    for part in b.parts() {
        // A title broken over two lines may have blank lines between.
        place_range(
            part.title_lines().first(),
            part.title_lines().last(),
            &mut place,
        );
        // A label written before the title on its line (`附件1：…`) is
        // on a line the title already placed.
        let title_lines = part.title_lines().first()..=part.title_lines().last();
        let own_line = part
            .attachment()
            .filter(|label| !title_lines.contains(&label.line()));
        for front in own_line.into_iter().chain(part.notes()) {
            place(front.line());
        }
        for group in part.groups() {
            if !group.is_implicit() {
                place(group.line());
            }
            for &line in group.label_lines().iter().chain(group.table_lines()) {
                place(line);
            }
            for area in group.areas() {
                place(area.line());
            }
        }
    }
    for task in b.tasks() {
        place_range(task.lines().first(), task.lines().last(), &mut place);
    }
    for &line in &skipped {
        place(line);
    }
    let mut faults = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let n = i as u32 + 1;
        let want = u32::from(!is_blank(line));
        if count[n as usize] != want {
            faults.push((n, count[n as usize], (*line).to_owned()));
        }
    }
    faults
}

/// Checks that an error points inside `text`: the line exists (line 1 for
/// an empty text), the column is at most one past the line's last
/// character, the stored source line is that line, and the rendering shows
/// it with carets (the alternate form of `Display`). Returns a description
/// of the first fault.
pub fn error_fault(text: &str, err: &ParseError) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let line = err.line() as usize;
    if line == 0 || line > lines.len().max(1) {
        return Some(format!("line {line} outside 1..={}", lines.len()));
    }
    let source = lines.get(line - 1).copied().unwrap_or("");
    if err.source_line() != source {
        return Some(format!(
            "source line {:?} is not line {line}",
            err.source_line()
        ));
    }
    let chars = source.chars().count();
    let column = err.column() as usize;
    if column == 0 || column > chars + 1 {
        return Some(format!("column {column} outside 1..={}", chars + 1));
    }
    // The column is on the offending text itself.
    let at = source.chars().nth(column - 1);
    let on_target = match err.kind() {
        // The innermost bracket left open: the clause's own, or one inside
        // it (the 〈 of an unfinished 信访局〈矛调中心).
        ErrorKind::UnclosedBracket => {
            matches!(at, Some('（' | '(' | '〈' | '<' | '《' | '【' | '[' | '〔'))
        }
        ErrorKind::NoUnits => matches!(at, Some('（' | '(')),
        // The task's number (digits ASCII or full-width), or for the whole
        // task numbered in brackets, `（1）`, the bracket before it.
        ErrorKind::MissingResponsibilityClause
        | ErrorKind::TaskOutOfSequence { .. }
        | ErrorKind::TaskOutsideGroup => {
            let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
            let next = source.chars().nth(column);
            at.is_some_and(digit)
                || (err.kind() == ErrorKind::MissingResponsibilityClause
                    && matches!(at, Some('（' | '('))
                    && next.is_some_and(digit))
        }
        ErrorKind::HeadingOutOfSequence { .. }
        | ErrorKind::GroupOutsidePart
        | ErrorKind::AreaOutsideGroup
        | ErrorKind::DuplicatePart => Some(column - 1) == text_start(source),
        _ => true,
    };
    if !on_target {
        return Some(format!(
            "column {column} is not on the offending text ({at:?})"
        ));
    }
    let rendered = format!("{err:#}");
    let shows_line = rendered.contains(&format!("{line} | {source}"));
    let caret = rendered.lines().last().is_some_and(|l| l.ends_with('^'));
    if !shows_line || !caret {
        return Some(format!("rendering lacks the line or caret:\n{rendered}"));
    }
    None
}

/// Checks that every warning and repair points at a line of `text`, and
/// every warning's column is at most one past that line's last character.
pub fn diagnostic_faults(text: &str, b: &Breakdown) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut faults = Vec::new();
    for w in b.warnings() {
        match lines.get((w.line() as usize).wrapping_sub(1)) {
            None => faults.push(format!("warning outside the text: {w}")),
            Some(l) if w.column() == 0 || w.column() as usize > l.chars().count() + 1 => {
                faults.push(format!("warning column outside its line: {w}"))
            }
            Some(_) => {}
        }
    }
    for r in b.repairs() {
        if lines.get((r.line() as usize).wrapping_sub(1)).is_none() {
            faults.push(format!("repair outside the text: {r}"));
        }
    }
    faults
}

/// The first difference between two shapes, item by item, so that a
/// failure shows one task rather than two whole documents.
pub fn first_difference(a: &Shape, b: &Shape) -> Option<String> {
    if a.notice != b.notice {
        return Some(format!("notice:\n{:#?}\n{:#?}", a.notice, b.notice));
    }
    if a.parts.len() != b.parts.len() {
        return Some(format!("{} parts, then {}", a.parts.len(), b.parts.len()));
    }
    for (p, q) in a.parts.iter().zip(&b.parts) {
        if (p.kind, &p.title, p.year) != (q.kind, &q.title, q.year) {
            return Some(format!("part {:?} / {:?}", p.title, q.title));
        }
        if p.groups.len() != q.groups.len() {
            return Some(format!("part {:?}: group counts differ", p.title));
        }
        for (g, h) in p.groups.iter().zip(&q.groups) {
            let head = |g: &GroupShape| (g.ordinal, g.heading.clone(), g.leaders.clone());
            if head(g) != head(h) {
                return Some(format!("group {:?} / {:?}", head(g), head(h)));
            }
            let areas = |g: &GroupShape| {
                let a: Vec<_> = g
                    .areas
                    .iter()
                    .map(|a| (a.ordinal, a.name.clone()))
                    .collect();
                a
            };
            if areas(g) != areas(h) {
                return Some(format!("areas {:?} / {:?}", areas(g), areas(h)));
            }
        }
    }
    let (ta, tb) = (a.tasks(), b.tasks());
    for (s, t) in ta.iter().zip(&tb) {
        if s != t {
            return Some(format!("task:\n{s:#?}\n{t:#?}"));
        }
    }
    if ta.len() != tb.len() {
        return Some(format!("{} tasks, then {}", ta.len(), tb.len()));
    }
    (a != b).then(|| "tasks in different groups or areas".to_owned())
}

/// Whether `to_markdown` can write the notice so that it reads back the
/// same. The notice has no markup: its fields are recognised by their
/// form and place, and its paragraphs are told apart by blank lines only
/// after a sentence ends. So every body paragraph but the last must end
/// with 。！？ or ；, no paragraph may have the form of another field (a
/// date, a title ending in 通知, a document number, addressees ending in a
/// colon, the publication note) or starts like a structure line (a task
/// number, a heading ordinal, a part title), and without a signatory the
/// paragraph above the date must not look like one.
pub fn notice_is_writable(notice: &NoticeShape) -> bool {
    let n = notice.body.len();
    let sentences = notice.body[..n.saturating_sub(1)]
        .iter()
        .all(|p| p.ends_with(['。', '！', '？', '；']));
    let looks_like_field = |p: &String| {
        let compact: String = p.chars().filter(|c| !c.is_whitespace()).collect();
        let date = compact.ends_with('日') && compact.contains('年') && compact.contains('月');
        date || p.ends_with("通知")
            || (p.ends_with('号') && p.contains(['〔', '[', '［']))
            || p.ends_with(['：', ':'])
            || p.contains("公开发布")
    };
    let unsigned_above_date = notice.signatory.is_none()
        && notice.date.is_some()
        && notice
            .body
            .last()
            .is_some_and(|p| !p.contains(['。', '，', '：']));
    // Lines of the notice come before the first structure line: a
    // paragraph joined from wrapped lines may start like one (`一` ⏎ `、`).
    let looks_like_structure = |p: &String| {
        const NUMERALS: &str = "一二三四五六七八九十百千两〇零";
        let digits = p.chars().take_while(char::is_ascii_digit).count();
        let mut after = p.chars().skip(digits);
        let task = (1..=4).contains(&digits)
            && after.next().is_some_and(|c| ".．、".contains(c))
            && !after.next().is_some_and(|c| c.is_ascii_digit());
        let numerals = p.chars().take_while(|&c| NUMERALS.contains(c)).count();
        let group = numerals > 0 && p.chars().nth(numerals) == Some('、');
        let area = p.starts_with(['(', '（']);
        let rule = p.starts_with(['-', '—', '–', '－', '*', '_']);
        // Text starting with a heading marker is written as a heading, and
        // a heading naming a part kind is a part.
        let heading = p.starts_with('#') && (p.contains("重点工作") || p.contains("民生实事"));
        task || group || area || rule || heading || p.ends_with("责任分解")
    };
    let fields = [&notice.number, &notice.addressees, &notice.signatory];
    sentences
        && !notice.body.iter().any(looks_like_field)
        && !notice
            .body
            .iter()
            .chain(fields.into_iter().flatten())
            .any(looks_like_structure)
        && !unsigned_above_date
}

/// The 0-based character column where a line's text starts: after white
/// space, a heading marker and `**` (removed in pairs, left to right).
pub fn text_start(line: &str) -> Option<usize> {
    let chars: Vec<char> = line.chars().collect();
    let mut i = chars.iter().take_while(|c| c.is_whitespace()).count();
    let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
    if hashes > 0 && chars.get(i + hashes).is_none_or(|c| c.is_whitespace()) {
        i += hashes;
    }
    while i < chars.len() {
        if chars[i] == '*' && chars.get(i + 1) == Some(&'*') {
            i += 2;
        } else if chars[i].is_whitespace() {
            i += 1;
        } else {
            return Some(i);
        }
    }
    None
}
