//! The responsibility clause: `（责任单位：▲发改局、经信局）`.
//!
//! Brackets of either width, with or without a colon, are accepted; inside
//! the clause, unit names may carry brackets of their own
//! (`信访局〈矛调中心〉`, `各乡镇（街道）`), so the clause ends at the bracket
//! that brings the depth back to zero, not at the first closing bracket.

use super::line::{trim_end, trim_start};

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
    /// A markdown `*`.
    Star,
}

/// The mark at byte `i` of `bytes` and the byte length of its character,
/// or `None` and the length to skip.
///
/// A byte-level match: the full-width marks are all encoded as E3 80 xx or
/// EF BC xx and ▲ as E2 96 B2, so the Chinese text around them is skipped
/// without decoding. A lead byte is only ever read at the start of a
/// character (`i` advances by whole characters), so a continuation byte
/// of some other character can never be mistaken for a mark. This runs
/// over every byte of every clause.
#[inline]
fn mark_at(bytes: &[u8], i: usize) -> (Option<Mark>, usize) {
    let lead = bytes[i];
    match lead {
        b'(' | b'<' | b'[' => (Some(Mark::Open), 1),
        b')' | b'>' | b']' => (Some(Mark::Close), 1),
        b',' => (Some(Mark::Separator), 1),
        b'*' => (Some(Mark::Star), 1),
        0x00..=0x7f => (None, 1),
        0xe2 | 0xe3 | 0xef => {
            let mark = match (lead, bytes.get(i + 1), bytes.get(i + 2)) {
                (0xe3, Some(0x80), Some(0x81)) | (0xef, Some(0xbc), Some(0x8c)) => {
                    Some(Mark::Separator)
                }
                (0xe3, Some(0x80), Some(0x88 | 0x8a | 0x90 | 0x94))
                | (0xef, Some(0xbc), Some(0x88)) => Some(Mark::Open),
                (0xe3, Some(0x80), Some(0x89 | 0x8b | 0x91 | 0x95))
                | (0xef, Some(0xbc), Some(0x89)) => Some(Mark::Close),
                (0xe2, Some(0x96), Some(0xb2)) => Some(Mark::Lead),
                _ => None,
            };
            (mark, 3)
        }
        0xc0..=0xdf => (None, 2),
        0xe0..=0xef => (None, 3),
        0xf0..=0xff => (None, 4),
        // A continuation byte never starts a char of a `str`.
        _ => (None, 1),
    }
}

/// The position of the first byte of `bytes` at or after `from` that may
/// start a mark (an ASCII byte, or the lead byte E2, E3 or EF of ▲ and the
/// full-width marks), or the length of `bytes` when there is none.
///
/// Eight bytes at a time: no continuation byte (80 to BF) is ever one of
/// these, so a word can be tested without knowing where its characters
/// start, and the byte found starts a character. The characters skipped
/// (CJK ideographs, lead bytes E4 to E9, most of a clause) cannot be
/// marks. This replaced a walk character by character, whose branch on
/// each character's length the processor could not predict.
fn next_candidate(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let found = candidate_bytes(u64::from_le_bytes(word));
        if found != 0 {
            // Little-endian: the lowest flag is the first byte. Flags are
            // exact up to the first true one, so this is a candidate.
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let tail = bytes.get(at..).unwrap_or_default();
    tail.iter()
        .position(|&b| is_candidate(b))
        .map_or(bytes.len(), |i| at + i)
}

/// Whether byte `b` may start a mark (see [`next_candidate`]).
#[inline]
fn is_candidate(b: u8) -> bool {
    b.is_ascii() || matches!(b, 0xe2 | 0xe3 | 0xef)
}

/// The high bit of each byte of `word` that [`is_candidate`] accepts;
/// above the first such byte, other bytes may be flagged too (the zero
/// byte test borrows across bytes), below it none is.
#[inline]
fn candidate_bytes(word: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let ascii = !word & HIGHS;
    // E2 and E3 differ in the lowest bit only.
    let e2_e3 = zero_byte((word | ONES) ^ (ONES * 0xe3));
    let ef = zero_byte(word ^ (ONES * 0xef));
    ascii | e2_e3 | ef
}

/// Where the clause is in a task's joined text (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Scan {
    /// No `（责任单位` in the text.
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
/// marks it contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// How many lead marks ▲ the entry contains.
    pub(crate) leads: u32,
    /// Whether the entry contains a markdown `*`.
    pub(crate) star: bool,
}

/// Finds the last clause in `text` and, in the same pass, splits it into
/// unit entries at top-level separators (cleared and refilled into
/// `entries`, a buffer kept across tasks; complete only when the clause is
/// closed). Also tells whether any of the clause's brackets or its colon
/// is half-width.
pub(crate) fn read(text: &str, entries: &mut Vec<Entry>) -> (Scan, bool) {
    entries.clear();
    let Some(open) = find_opening(text) else {
        return (Scan::Absent, false);
    };
    let (list_start, mut half_width) = list_start(text, open);
    // The positions of the brackets still open, innermost last. Clauses
    // nest two deep at most in practice; past the array's size only the
    // depth is tracked, and the deepest remembered bracket is reported.
    // Between the clause's own bracket and `list_start` there is only white
    // space, the marker and a colon, none of them a mark, so the walk can
    // start at the list with the clause's bracket open.
    let mut stack = [open; 8];
    let mut depth = 1usize;
    let mut entry = Entry {
        start: list_start,
        end: list_start,
        leads: 0,
        star: false,
    };
    let bytes = text.as_bytes();
    let mut i = list_start;
    loop {
        i = next_candidate(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let (mark, len) = mark_at(bytes, i);
        match mark {
            Some(Mark::Open) => {
                if let Some(slot) = stack.get_mut(depth) {
                    *slot = i;
                }
                depth += 1;
            }
            Some(Mark::Close) => {
                depth -= 1;
                if depth == 0 {
                    entries.push(Entry { end: i, ..entry });
                    half_width |= bytes[i] == b')';
                    return (Scan::Closed { open, close: i }, half_width);
                }
            }
            // Only separators of the clause itself split it: `各乡镇（街道、
            // 社区）` is one entry.
            Some(Mark::Separator) if depth == 1 => {
                entries.push(Entry { end: i, ..entry });
                entry = Entry {
                    start: i + len,
                    end: i + len,
                    leads: 0,
                    star: false,
                };
            }
            Some(Mark::Lead) => entry.leads = entry.leads.saturating_add(1),
            Some(Mark::Star) => entry.star = true,
            Some(Mark::Separator) | None => {}
        }
        i += len;
    }
    let innermost = stack[depth.clamp(1, stack.len()) - 1];
    (Scan::Open { open, innermost }, half_width)
}

/// Where the unit list of the clause opening at `open` starts: after the
/// bracket, white space, the marker, white space and an optional colon.
/// Also whether the bracket or the colon is half-width.
fn list_start(text: &str, open: usize) -> (usize, bool) {
    let open_char = text[open..].chars().next().unwrap_or('（');
    let inner_start = open + open_char.len_utf8();
    let inner = &text[inner_start..];
    // `find_opening` found the marker right after the bracket and white
    // space.
    let marker_at = inner.len() - trim_start(inner).len();
    let after_marker_at = if inner[marker_at..].starts_with(MARKER) {
        marker_at + MARKER.len()
    } else {
        0
    };
    let rest = &inner[after_marker_at..];
    let rest_trimmed = trim_start(rest);
    let mut list_start = after_marker_at + (rest.len() - rest_trimmed.len());
    let mut half_width = open_char == '(';
    if let Some(colon) = rest_trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '：' | ':'))
    {
        half_width |= colon == ':';
        list_start += colon.len_utf8();
    }
    (inner_start + list_start, half_width)
}

/// The byte offset of the last `(` / `（` followed (after optional white
/// space) by 责任单位.
fn find_opening(text: &str) -> Option<usize> {
    // Search backwards for the last byte of the marker's first character
    // 责 (A3, rarer in Chinese text than its lead byte E8), then check the
    // marker and the bracket before it: cheaper than a substring searcher
    // per task, and than `rfind('责')` (a `memrchr` call and a searcher set
    // up per task, for a clause a few dozen bytes from the end). A match of
    // the marker's bytes starts with a UTF-8 lead byte, so at a character.
    let first_len = MARKER.chars().next().map_or(1, char::len_utf8);
    let last_byte = MARKER.as_bytes()[first_len - 1];
    let mut end = text.len();
    while let Some(found) = rfind_byte(&text.as_bytes()[..end], last_byte) {
        if let Some(at) = (found + 1).checked_sub(first_len) {
            if text.as_bytes()[at..].starts_with(MARKER.as_bytes()) {
                let before = trim_end(&text[..at]);
                if let Some(bracket) = before
                    .chars()
                    .next_back()
                    .filter(|c| matches!(c, '(' | '（'))
                {
                    return Some(before.len() - bracket.len_utf8());
                }
            }
        }
        end = found;
    }
    None
}

/// The position of the last `byte` in `bytes`, eight bytes at a time: a
/// word has a byte equal to `byte` exactly when `word ^ pattern` has a
/// zero byte, which the classic `(x - 0x01…) & !x & 0x80…` test detects
/// (it may misplace the zero, so the word found is then searched byte by
/// byte).
fn rfind_byte(bytes: &[u8], byte: u8) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let pattern = ONES * u64::from(byte);
    let mut words = bytes.rchunks_exact(8);
    let mut end = bytes.len();
    for chunk in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_ne_bytes(word) ^ pattern;
        if x.wrapping_sub(ONES) & !x & HIGHS != 0 {
            if let Some(i) = chunk.iter().rposition(|&b| b == byte) {
                return Some(end - chunk.len() + i);
            }
        }
        end -= chunk.len();
    }
    words.remainder().iter().rposition(|&b| b == byte)
}

/// A prefix of the marker that was repeated across a break:
/// `(责` ⏎ `责任单位` or `(责任` ⏎ `任单位`. Returns the number of bytes to
/// drop from the start of `next` and the character dropped.
pub(crate) fn repeated_across_break(joined: &str, next: &str) -> Option<(usize, char)> {
    // For each character of the marker but the last, the marker up to and
    // including it (`head`) and the marker from it on (`tail`): slices of
    // the marker, so nothing is allocated for the common "no repeat" case.
    let (last_at, _) = MARKER.char_indices().next_back()?;
    for (at, dropped) in MARKER[..last_at].char_indices() {
        let head = &MARKER[..at + dropped.len_utf8()];
        let tail = &MARKER[at..];
        let Some(before) = joined.strip_suffix(head) else {
            continue;
        };
        if trim_end(before).ends_with(['(', '（']) && next.starts_with(tail) {
            return Some((dropped.len_utf8(), dropped));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Scan {
        read(text, &mut Vec::new()).0
    }

    /// The entries of the clause as slices, and whether it is half-width.
    fn split(text: &str) -> (Vec<&str>, bool) {
        let mut entries = Vec::new();
        let (_, half_width) = read(text, &mut entries);
        (
            entries.iter().map(|e| &text[e.start..e.end]).collect(),
            half_width,
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
        let mut entries = Vec::new();
        read(t, &mut entries);
        let marks: Vec<(u32, bool)> = entries.iter().map(|e| (e.leads, e.star)).collect();
        assert_eq!(marks, [(1, false), (1, true), (2, false), (0, false)]);
    }

    /// The word-at-a-time search finds the same character as a walk over
    /// the characters, from every character of strings mixing ASCII,
    /// CJK, the full-width marks, ▲ and characters of two and four bytes.
    #[test]
    fn next_candidate_agrees_with_a_character_walk() {
        let pieces = [
            "发改局",
            "、",
            "（",
            "）",
            "▲",
            "a",
            " ",
            "〈",
            "é",
            "😀",
            "，",
            "经信局",
            "■",
            "\u{3000}",
            "ｘ",
            "*",
        ];
        for n in 0..400usize {
            // A deterministic mix of pieces of varied lengths.
            let text: String = (0..n % 23)
                .map(|k| pieces[(n * 7 + k * k * 3 + k) % pieces.len()])
                .collect();
            for (from, _) in text.char_indices() {
                let expected = text[from..]
                    .char_indices()
                    .find(|&(_, c)| is_candidate(c.to_string().as_bytes()[0]))
                    .map_or(text.len(), |(i, _)| from + i);
                let found = next_candidate(text.as_bytes(), from);
                assert_eq!(found, expected, "{text:?} from {from}");
            }
        }
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
