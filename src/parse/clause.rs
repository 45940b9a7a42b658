//! The responsibility clause: `（责任单位：▲发改局、经信局）`.
//!
//! Brackets of either width, with or without a colon, are accepted; inside
//! the clause, unit names may carry brackets of their own
//! (`信访局〈矛调中心〉`, `各乡镇（街道）`), so the clause ends at the bracket
//! that brings the depth back to zero, not at the first closing bracket.

use super::fields;

/// The marker after the opening bracket.
pub(crate) const MARKER: &str = "责任单位";

/// A character that matters to the clause's structure or to an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// An opening bracket of either width.
    Open,
    /// A closing bracket of either width.
    Close,
    /// A separator between units: 、 or a comma of either width.
    Separator,
    /// The lead mark ▲.
    Lead,
    /// `*`, left of markdown emphasis.
    Emphasis,
    /// 各, which starts a collective unit (`各镇街`) when it starts an
    /// entry.
    Collective,
    /// A sign that the clause holds more than a unit list: a semicolon
    /// between named fields (`责任单位：…；完成时限：…`), a colon of a
    /// field named after a comma (`责任单位：甲局，配合单位：乙局`), or the
    /// 第 or 首 of a first-listed note (`列第一位的为牵头单位`,
    /// `排在首位的为牵头单位`).
    Fields,
}

impl Mark {
    /// The mark `c` is, if any. Unit names may carry angle, book-title,
    /// lenticular and tortoise-shell brackets as well as round ones.
    fn of(c: char) -> Option<Mark> {
        match c {
            // The ideographs that unit names are written in are marks only
            // as 各, 第 and 首.
            '\u{4E00}'..='\u{9FFF}' => match c {
                '各' => Some(Mark::Collective),
                '第' | '首' => Some(Mark::Fields),
                _ => None,
            },
            '(' | '<' | '[' | '（' | '〈' | '《' | '【' | '〔' => Some(Mark::Open),
            ')' | '>' | ']' | '）' | '〉' | '》' | '】' | '〕' => Some(Mark::Close),
            '、' | ',' | '，' => Some(Mark::Separator),
            '▲' => Some(Mark::Lead),
            '*' => Some(Mark::Emphasis),
            '；' | ';' | '：' | ':' | '∶' | '︰' => Some(Mark::Fields),
            _ => None,
        }
    }
}

/// Where the clause is in a task's joined text (byte offsets).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) enum Scan {
    /// No `（责任单位` in the text.
    #[default]
    Absent,
    /// The clause opens at `open` but is not closed yet; `innermost` is
    /// the last bracket still open (the clause's own, or one inside it such
    /// as the `〈` of an unfinished `信访局〈矛调中心`).
    Open { open: usize, innermost: usize },
    /// The clause spans `open..=close` (both brackets).
    Closed { open: usize, close: usize },
}

/// One unit entry of a closed clause: the text between two top-level
/// separators (untrimmed), as a byte range of the joined text, with the
/// number of lead marks ▲ it contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// How many lead marks ▲ the entry contains.
    pub(crate) leads: u32,
    /// Whether the entry contains a `*` (of markdown emphasis).
    pub(crate) emphasis: bool,
    /// A role word in round brackets ending the entry (`区科技局（牵头）`):
    /// where its bracket opens, and whether it marks a lead. The name
    /// is what stands before it.
    pub(crate) role: Option<(usize, bool)>,
    /// Whether the entry starts with 各 (▲ and white space aside), as a
    /// collective unit does: only such an entry may be continued by the
    /// next (see [`join_collective`]).
    collective: bool,
}

/// What [`read`] finds in a task's text; by default, no clause.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Clause {
    /// Where the clause is.
    pub(crate) scan: Scan,
    /// Whether any of the clause's brackets or its colon is half-width.
    pub(crate) half_width: bool,
    /// The unit entries, complete only when the clause is closed.
    pub(crate) entries: Vec<Entry>,
    /// Whether the clause holds a semicolon, a colon, a 第 or a 首 (see
    /// [`Mark::Fields`]):
    /// it may then need the genre's reading of named fields, which the
    /// scan spares every plain clause.
    pub(crate) may_hold_fields: bool,
    /// Where the scan of a clause still open stopped, to go on from when a
    /// task's next line is appended ([`read_more`]): a clause over many
    /// lines is then read once, not again with every line.
    progress: Option<Progress>,
}

/// The state of the scan of an open clause at the end of the text read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Progress {
    /// The byte offset the scan reached.
    scanned: usize,
    /// The brackets opened inside the clause and still open, innermost
    /// last.
    nested: Vec<usize>,
    /// The last bracket pair closed inside the clause: its opener and the
    /// end of its closer.
    last_pair: Option<(usize, usize)>,
    /// The entry being read.
    entry: Entry,
}

/// Finds the last clause in `text` and splits it into unit entries at
/// top-level separators.
pub(crate) fn read(text: &str) -> Clause {
    read_into(text, Vec::new())
}

/// As [`read`], with the entries collected in `entries` (emptied first),
/// whose allocation is reused.
pub(crate) fn read_into(text: &str, entries: Vec<Entry>) -> Clause {
    let mut clause = absent(entries);
    if let Some((open, marker)) = find_opening(text, 0) {
        read_from(text, open, marker, &mut clause);
    }
    clause
}

/// Makes `clause`, the clause of `text` before text was appended to it at
/// byte `appended_at`, the clause of `text`: the same as [`read_into`]
/// gives, without reading again what was read. A clause opening in the
/// appended text is the last one; else a clause still open is read on
/// from where its scan stopped; else nothing changed.
pub(crate) fn read_more(text: &str, appended_at: usize, clause: &mut Clause) {
    // A marker broken across the join starts before it.
    let mut from = appended_at.saturating_sub(MARKER.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    if let Some((open, marker)) = find_opening(text, from) {
        read_from(text, open, marker, clause);
    } else if let Scan::Open { open, .. } = clause.scan {
        if let Some(progress) = clause.progress.take() {
            scan(text, open, clause, progress);
        }
    }
}

/// No clause, with `entries` (emptied) for the entries of one read later.
pub(crate) fn absent(mut entries: Vec<Entry>) -> Clause {
    entries.clear();
    Clause {
        entries,
        ..Clause::default()
    }
}

/// Reads the clause that opens at `open`, with its marker at `marker`,
/// into `clause`, whose entries' allocation is reused.
fn read_from(text: &str, open: usize, marker: usize, clause: &mut Clause) {
    let (list_start, half_width) = list_start(text, open, marker);
    *clause = Clause {
        half_width,
        ..absent(std::mem::take(&mut clause.entries))
    };
    // Between the clause's bracket and `list_start` there is only white
    // space, the marker and a colon, none of them a mark.
    let progress = Progress {
        scanned: list_start,
        nested: Vec::new(),
        last_pair: None,
        entry: Entry {
            start: list_start,
            end: list_start,
            leads: 0,
            emphasis: false,
            role: None,
            collective: false,
        },
    };
    scan(text, open, clause, progress);
}

/// Scans the clause opening at `open` from where `progress` stopped to
/// its closing bracket, or to the end of `text`.
fn scan(text: &str, open: usize, clause: &mut Clause, progress: Progress) {
    let Progress {
        scanned,
        mut nested,
        mut last_pair,
        mut entry,
    } = progress;
    // Only the marks change the scan's state; the text between two marks
    // matters only after a role word (below).
    let marks = text[scanned..]
        .char_indices()
        .filter_map(|(at, c)| Some((scanned + at, c, Mark::of(c)?)));
    // Where the text after the last mark read starts.
    let mut plain = scanned;
    for (i, c, mark) in marks {
        // Asked only of the rare entry that has a role word.
        if entry.role.is_some() && nested.is_empty() && !role_stays(&text[plain..i], Some(mark)) {
            entry.role = None;
        }
        plain = i + c.len_utf8();
        match mark {
            Mark::Open => nested.push(i),
            Mark::Close => {
                if let Some(opened) = nested.pop() {
                    last_pair = Some((opened, i + c.len_utf8()));
                    if nested.is_empty() {
                        entry.role = role_suffix(text, &entry, opened, i);
                    }
                } else {
                    clause.entries.push(Entry { end: i, ..entry });
                    join_collective(text, &mut clause.entries);
                    clause.half_width |= c == ')';
                    clause.scan = Scan::Closed { open, close: i };
                    return;
                }
            }
            // Only separators of the clause itself split it: `各乡镇（街道、
            // 社区）` is one entry.
            Mark::Separator if nested.is_empty() => {
                clause.entries.push(Entry { end: i, ..entry });
                let next = i + c.len_utf8();
                entry = Entry {
                    start: next,
                    end: next,
                    leads: 0,
                    emphasis: false,
                    role: None,
                    collective: false,
                };
            }
            Mark::Lead => entry.leads = entry.leads.saturating_add(1),
            Mark::Emphasis => entry.emphasis = true,
            Mark::Collective => {
                entry.collective |= text[entry.start..i].chars().all(fields::before_collective);
            }
            Mark::Fields => clause.may_hold_fields = true,
            Mark::Separator => {}
        }
    }
    if entry.role.is_some() && nested.is_empty() && !role_stays(&text[plain..], None) {
        entry.role = None;
    }
    // A clause left open whose text ends with a bracket pair closed
    // inside it (`（责任单位：▲财政局（、各镇街）`): the closer was meant for
    // the clause, so the stray one is that pair's opener.
    let stray = last_pair
        .filter(|&(_, end)| text[end..].trim_end_matches(['。', '.']).trim().is_empty())
        .map(|(opened, _)| opened);
    let innermost = nested.last().copied().or(stray).unwrap_or(open);
    clause.scan = Scan::Open { open, innermost };
    clause.progress = Some(Progress {
        scanned: text.len(),
        nested,
        last_pair,
        entry,
    });
}

/// Whether a role word stays the end of its entry when `plain`, text
/// holding no mark, and then `mark` (none at the end of the text read)
/// follow it: anything but white space, emphasis, a separator or the
/// clause's end after it makes it part of the name (`甲（牵头）办公室`).
fn role_stays(plain: &str, mark: Option<Mark>) -> bool {
    plain.chars().all(char::is_whitespace)
        && matches!(
            mark,
            None | Some(Mark::Emphasis | Mark::Separator | Mark::Close)
        )
}

/// Joins each entry that continues a collective unit after a `、` to the
/// entry before it (see [`fields::continues_collective`]): `各区`,
/// `县（市）政府` are one unit, `各区、县（市）政府`.
fn join_collective(text: &str, entries: &mut Vec<Entry>) {
    // Only an entry that starts as a collective unit and is followed by a
    // `、` can be joined to, which most lists do not hold.
    let may_join = entries
        .iter()
        .any(|entry| entry.collective && text[entry.end..].starts_with('、'));
    if !may_join {
        return;
    }
    // `dedup_by` hands each entry with the last one kept: an entry that
    // continues it is merged into it and dropped.
    entries.dedup_by(|next, kept| {
        let joins = text[kept.end..next.start].starts_with('、')
            && fields::continues_collective(
                &text[kept.start..kept.end],
                &text[next.start..next.end],
            );
        if joins {
            kept.end = next.end;
            kept.leads = kept.leads.saturating_add(next.leads);
            kept.emphasis |= next.emphasis;
            kept.role = next.role;
        }
        joins
    });
}

/// The role word of an entry whose top-level bracket pair `opened..=close`
/// just closed, if the pair is round and holds one and a name stands
/// before it (see [`fields::role_word`]).
fn role_suffix(text: &str, entry: &Entry, opened: usize, close: usize) -> Option<(usize, bool)> {
    let open_char = text[opened..].chars().next()?;
    let close_char = text[close..].chars().next()?;
    if !(fields::is_round_open(open_char) && fields::is_round_close(close_char)) {
        return None;
    }
    let lead = fields::role_word(&text[opened + open_char.len_utf8()..close])?;
    fields::names_something(&text[entry.start..opened]).then_some((opened, lead))
}

/// Where the unit list of the clause opening at `open`, with its marker
/// at `marker`, starts: after the marker, white space and an optional
/// colon. Also whether the bracket or the colon is half-width.
fn list_start(text: &str, open: usize, marker: usize) -> (usize, bool) {
    let rest = text[marker + MARKER.len()..].trim_start();
    let mut list_start = text.len() - rest.len();
    let mut half_width = text[open..].starts_with('(');
    if let Some(colon) = rest.chars().next().filter(|&c| fields::is_colon(c)) {
        // `:`, `∶` and `︰` are read as `：`, and reported.
        half_width |= fields::is_odd_colon(colon);
        list_start += colon.len_utf8();
    }
    (list_start, half_width)
}

/// The byte offsets of the last `(` / `（` followed (after optional white
/// space) by 责任单位, and of that marker, where the marker starts at
/// `from` or after.
fn find_opening(text: &str, from: usize) -> Option<(usize, usize)> {
    // The marker is looked for from the end, by its first character (one
    // `rfind` of a char, which searches bytes), and then the bracket before
    // it: the clause usually ends the text, so the first match is the one.
    let mut end = text.len();
    while let Some(at) = text[from..end].rfind('责').map(|at| from + at) {
        end = at;
        if !text[at..].starts_with(MARKER) {
            continue;
        }
        let before = text[..at].trim_end();
        if let Some(bracket) = before
            .chars()
            .next_back()
            .filter(|&c| matches!(c, '(' | '（'))
        {
            return Some((before.len() - bracket.len_utf8(), at));
        }
    }
    None
}

/// A prefix of the marker that was repeated across a break:
/// `(责` ⏎ `责任单位` or `(责任` ⏎ `任单位`. Returns the number of bytes to
/// drop from the start of `next` and the character dropped.
pub(crate) fn repeated_across_break(joined: &str, next: &str) -> Option<(usize, char)> {
    // For each character of the marker but the last, the marker up to and
    // including it (`head`) and the marker from it on (`tail`).
    let (last_at, _) = MARKER.char_indices().next_back()?;
    for (at, dropped) in MARKER[..last_at].char_indices() {
        let head = &MARKER[..at + dropped.len_utf8()];
        let tail = &MARKER[at..];
        let Some(before) = joined.strip_suffix(head) else {
            continue;
        };
        if before.trim_end().ends_with(['(', '（']) && next.starts_with(tail) {
            return Some((dropped.len_utf8(), dropped));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Scan {
        read(text).scan
    }

    /// The entries of the clause as slices, and whether it is half-width.
    fn split(text: &str) -> (Vec<&str>, bool) {
        let clause = read(text);
        (
            clause
                .entries
                .iter()
                .map(|e| &text[e.start..e.end])
                .collect(),
            clause.half_width,
        )
    }

    #[test]
    fn clause_closes_at_depth_zero() {
        let t = "任务。（责任单位：各乡镇（街道）、财政局）";
        let Scan::Closed { open, close } = scan(t) else {
            panic!("{:?}", scan(t))
        };
        assert_eq!(&t[open..], "（责任单位：各乡镇（街道）、财政局）");
        assert_eq!(&t[close..], "）");
        assert_eq!(split(t), (vec!["各乡镇（街道）", "财政局"], false));
    }

    #[test]
    fn reading_more_reads_as_reading_again() {
        // Appended at every character, in one piece or two, the text reads
        // as it reads whole.
        for text in [
            "任务。（责任单位：▲发改局、各乡镇（街道、社区）、财政局）",
            "任务。（责任单位：信访局〈矛调中心〉、▲财政局（、各镇街）",
            "甲（责任单位：乙）丙。（ 责任单位：丁、戊",
            "推进（试点）工作，(责任单位: ▲发改局，区科技局（牵头）)。",
            "任务。（责任单位：甲（牵头） 、乙（牵头） 办、丙（配合）▲、丁（牵头） ）",
            "任务。（责任单位：▲各区、县（市）政府、 各区，县（市）政府、乙各区、县（市）政府）",
            "没有条款的任务，分几行写成。",
        ] {
            let whole = read(text);
            let cuts: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
            for &k in &cuts {
                let mut once = read(&text[..k]);
                read_more(text, k, &mut once);
                assert_eq!(once, whole, "{text} cut at {k}");
                for &j in cuts.iter().filter(|&&j| j > k) {
                    let mut twice = read(&text[..k]);
                    read_more(&text[..j], k, &mut twice);
                    read_more(text, j, &mut twice);
                    assert_eq!(twice, whole, "{text} cut at {k}, {j}");
                }
            }
        }
    }

    #[test]
    fn opening_is_the_last_bracket_before_the_marker() {
        // The last clause wins; white space may stand between bracket and
        // marker; 责任单位 without a bracket before it, and 责 elsewhere
        // (负责), open nothing.
        let t = "甲（责任单位：乙）丙。（ 责任单位：丁）";
        assert_eq!(
            find_opening(t, 0).map(|(at, marker)| (&t[at..], &t[marker..])),
            Some(("（ 责任单位：丁）", "责任单位：丁）"))
        );
        let t = "负责。（责任单位：乙）各责任单位落实。";
        assert_eq!(find_opening(t, 0).map(|(at, _)| &t[at..at + 3]), Some("（"));
        assert_eq!(find_opening(t, 0), Some(("负责。".len(), "负责。（".len())));
        assert_eq!(find_opening("责任单位：乙。负责。", 0), None);
        assert_eq!(find_opening("(责任单位", 0), Some((0, 1)));
    }

    #[test]
    fn half_width_and_open_clauses() {
        let t = "任务。(责任单位: ▲发改局)";
        assert!(matches!(scan(t), Scan::Closed { .. }));
        assert_eq!(split(t), (vec![" ▲发改局"], true));
        assert_eq!(
            scan("任务。（责任单位：发改局"),
            Scan::Open {
                open: 9,
                innermost: 9
            }
        );
        assert_eq!(
            scan("任务。（责任单位：信访局〈矛调"),
            Scan::Open {
                open: 9,
                innermost: 36
            }
        );
        assert_eq!(scan("任务。"), Scan::Absent);
    }

    #[test]
    fn entries_count_their_marks() {
        let t = "任务。（责任单位：▲发改局、**▲**经信局、▲▲财政局、各镇街）";
        let leads: Vec<u32> = read(t).entries.iter().map(|e| e.leads).collect();
        assert_eq!(leads, [1, 1, 2, 0]);
    }

    #[test]
    fn collective_units_are_joined() {
        // Only after a `、`, and only to an entry starting with 各 (▲ and
        // white space aside).
        let t = "任务。（责任单位：▲各区、县（市）政府、 各区，县（市）政府、乙各区、县（市）政府、*各区、县（市）政府）";
        assert_eq!(
            split(t).0,
            [
                "▲各区、县（市）政府",
                " 各区",
                "县（市）政府",
                "乙各区",
                "县（市）政府",
                "*各区",
                "县（市）政府",
            ]
        );
    }

    #[test]
    fn entries_note_a_role_word_at_their_end() {
        fn roles(t: &str) -> Vec<Option<(&str, bool)>> {
            read(t)
                .entries
                .iter()
                .map(|e| e.role.map(|(at, lead)| (&t[e.start..at], lead)))
                .collect()
        }
        let t = "任务。（责任单位：区科技局（牵头）、区经信局(配合)、各乡镇（街道）、▲（牵头）、甲（牵头）办、**乙（主责）**）";
        assert_eq!(
            roles(t),
            [
                Some(("区科技局", true)),
                Some(("区经信局", false)),
                None,
                None,
                None,
                Some(("**乙", true)),
            ]
        );
        // White space may stand after the role word; a name or a mark
        // other than a separator, emphasis or the clause's end may not.
        let t = "任务。（责任单位：甲（牵头） 、乙（牵头） 办、丙（配合）▲、丁（牵头） ）";
        assert_eq!(
            roles(t),
            [Some(("甲", true)), None, None, Some(("丁", true))]
        );
    }

    #[test]
    fn notes_signs_of_fields() {
        assert!(!read("任务。（责任单位：▲发改局、经信局）").may_hold_fields);
        assert!(read("任务。（责任单位：发改局；完成时限：年底前）").may_hold_fields);
        assert!(read("任务。（责任单位：发改局;财政局）").may_hold_fields);
        assert!(
            read("任务。（责任单位：列第一位的为牵头单位，下同；发改局、财政局）").may_hold_fields
        );
        assert!(!read("任务。（责任单位：发改局").may_hold_fields);
        assert!(read("任务。（责任单位：发改局；").may_hold_fields);
    }

    #[test]
    fn repeated_marker_prefix() {
        assert_eq!(
            repeated_across_break("任务。(责", "责任单位：财政局)"),
            Some((3, '责'))
        );
        assert_eq!(
            repeated_across_break("任务。（责任", "任单位：财政局)"),
            Some((3, '任'))
        );
        assert_eq!(repeated_across_break("任务。（责任", "单位：财政局)"), None);
        assert_eq!(repeated_across_break("负责", "责任"), None);
    }
}
