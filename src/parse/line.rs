//! Classifying one source line by what it starts with.
//!
//! Structure comes from numbering, never from the count of `#`: OCR gives
//! the same kind of heading at levels 2 to 5. The level is kept only to
//! report it when it disagrees with the numbering.

use std::borrow::Cow;

use crate::numerals::{is_numeral_char, parse_chinese_integer};

/// One source line and what it looks like.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based line number.
    pub(crate) number: u32,
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
    pub(crate) fn classify(number: u32, raw: &'a str) -> Line<'a> {
        let leading_ws = raw.chars().take_while(|&c| is_space(c)).count();
        let trimmed = trim(raw);
        let hashes = trimmed.chars().take_while(|&c| c == '#').count();
        // `#` counts as a heading marker only when followed by white space or
        // the end of the line, as in markdown; `#1` is text.
        let after_hashes = &trimmed[hashes..];
        let is_heading =
            hashes > 0 && (after_hashes.is_empty() || after_hashes.starts_with(is_space));
        let (level, body) = if is_heading {
            (hashes.min(u8::MAX as usize) as u8, after_hashes)
        } else {
            (0, trimmed)
        };
        let body_ws = body.chars().take_while(|&c| is_space(c)).count();
        let body = trim(body);
        let body_column = leading_ws + if is_heading { hashes + body_ws } else { 0 };
        // A byte search first: `contains("**")` would build a substring
        // searcher for every line.
        let had_markdown = has_byte(body, b'*') && body.contains("**");
        // Most lines have no emphasis: their content is a slice of the line
        // and its columns follow from where it starts.
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
}

/// Removes `**` from `body` as `str::replace` would, then trims white
/// space, and returns the content with the `raw` column of each of its
/// characters (`body` starts at column `body_column`).
fn strip_emphasis(body: &str, body_column: usize) -> (String, Vec<u32>) {
    // Sized once: a line keeps at most as many characters as it has bytes.
    let mut kept: Vec<(char, u32)> = Vec::with_capacity(body.len());
    let mut chars = body.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '*' && chars.peek().is_some_and(|&(_, next)| next == '*') {
            chars.next();
            continue;
        }
        let column = (body_column + i).min(u32::MAX as usize) as u32;
        kept.push((c, column));
    }
    let start = kept.iter().position(|&(c, _)| !is_space(c));
    let end = kept.iter().rposition(|&(c, _)| !is_space(c));
    let kept = match (start, end) {
        (Some(start), Some(end)) => &kept[start..=end],
        _ => &[][..],
    };
    let mut content = String::with_capacity(body.len());
    content.extend(kept.iter().map(|&(c, _)| c));
    (content, kept.iter().map(|&(_, column)| column).collect())
}

/// `char::is_whitespace`, answered without Unicode tables for the
/// characters these documents are made of: no white space character lies
/// above U+3000 (the ideographic space), and CJK ideographs (U+4E00…) and
/// full-width punctuation (U+FF00…) all do. `char::is_whitespace` looks
/// every non-ASCII character up in a table, a measurable share of a parse.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c <= '\u{3000}' && c.is_whitespace()
}

/// Whether `s` starts with a character that is not white space. Decided
/// from the first byte when it can be: ASCII, or a lead byte above E3,
/// which starts a character above U+3FFF (never white space, see
/// [`is_space`]), as every CJK ideograph is.
#[inline]
fn starts_clean(s: &str) -> bool {
    match s.as_bytes().first() {
        None => false,
        Some(&b) if b.is_ascii() => !is_space(char::from(b)),
        Some(&b) if b >= 0xe4 => true,
        Some(_) => s.chars().next().is_some_and(|c| !is_space(c)),
    }
}

/// Whether `s` ends with a character that is not white space; like
/// [`starts_clean`], from the lead byte of a last character of three
/// bytes.
#[inline]
fn ends_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    match bytes.last() {
        None => false,
        Some(&b) if b.is_ascii() => !is_space(char::from(b)),
        // The last byte continues a character; a lead byte above E3 three
        // from the end starts it (a four-byte lead there could not be
        // complete).
        _ if bytes.len() >= 3 && bytes[bytes.len() - 3] >= 0xe4 => true,
        _ => s.chars().next_back().is_some_and(|c| !is_space(c)),
    }
}

/// `str::trim` (same white space, see [`is_space`]) with a fast path: most
/// entries start and end with a CJK character or an ASCII letter, which is
/// checked without the generic pattern machinery of `str::trim`. Inlined,
/// with the slow path kept out of line, so the common case costs no call.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    if starts_clean(s) && ends_clean(s) {
        s
    } else {
        trim_slow(s)
    }
}

#[inline(never)]
fn trim_slow(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// `str::trim_start`, with the fast path of [`trim`].
#[inline]
pub(crate) fn trim_start(s: &str) -> &str {
    if starts_clean(s) {
        s
    } else {
        trim_start_slow(s)
    }
}

#[inline(never)]
fn trim_start_slow(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

/// `str::trim_end`, with the fast path of [`trim`].
#[inline]
pub(crate) fn trim_end(s: &str) -> &str {
    if ends_clean(s) { s } else { trim_end_slow(s) }
}

#[inline(never)]
fn trim_end_slow(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// Whether `s` contains the ASCII byte `b`. Without an early exit, so that
/// the compiler vectorizes it: cheaper than `memchr` (what
/// `contains(char)` calls) on strings as short as a line. An ASCII byte
/// in UTF-8 is always that character.
pub(crate) fn has_byte(s: &str, b: u8) -> bool {
    s.bytes().fold(false, |found, byte| found | (byte == b))
}

/// The lines of `text`, exactly as [`str::lines`] gives them (split at
/// `\n`, a `\r` before it dropped, no empty line after a final `\n`).
///
/// `str::lines` sets up a character searcher and calls `memchr` for every
/// line, an overhead as large as the search itself on lines this short
/// (some 70 bytes); this searches eight bytes at a time inline.
pub(crate) fn lines(text: &str) -> Lines<'_> {
    Lines { rest: text }
}

/// The iterator of [`lines`].
pub(crate) struct Lines<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let Some(end) = find_newline(self.rest.as_bytes()) else {
            return Some(std::mem::take(&mut self.rest));
        };
        // `\n` is ASCII: both sides of it are character boundaries.
        let line = self.rest.get(..end).unwrap_or_default();
        self.rest = self.rest.get(end + 1..).unwrap_or_default();
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

/// The position of the first `\n` in `bytes`, eight bytes at a time: a
/// word has a byte equal to `\n` exactly when `word ^ pattern` has a zero
/// byte; the classic `(x - 0x01…) & !x & 0x80…` test flags it, and flags
/// nothing below the first zero byte, so in a little-endian word the
/// lowest flag is the first `\n`.
#[inline]
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    const PATTERN: u64 = ONES * b'\n' as u64;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ PATTERN;
        let found = x.wrapping_sub(ONES) & !x & HIGHS;
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = bytes.get(at..).unwrap_or_default();
    tail.iter().position(|&b| b == b'\n').map(|i| at + i)
}

fn classify_content(content: &str, level: u8) -> LineKind {
    // Only markup (`#`, `**`) and white space: nothing to read or lose.
    if content.is_empty() {
        return LineKind::Blank;
    }
    if let Some(kind) = task_start(content) {
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

/// `12. text`, `12．text`, `12、text`; the separator must not be followed
/// by a digit, so that `2.5万吨` at the start of a continuation stays text.
fn task_start(content: &str) -> Option<LineKind> {
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let number: u32 = content[..digits].parse().ok()?;
    let after = &content[digits..];
    let sep = after.chars().next()?;
    if !matches!(sep, '.' | '．' | '、') {
        return None;
    }
    let after_sep = &after[sep.len_utf8()..];
    if after_sep.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let ws = after_sep.chars().take_while(|&c| is_space(c)).count();
    let rest = content.len() - trim_start(after_sep).len();
    // Digits are ASCII and the separator is one character.
    let rest_index = digits + 1 + ws;
    Some(LineKind::Task {
        number,
        rest,
        rest_index,
    })
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
    Some((ordinal, content.len() - trim_start(rest).len()))
}

/// `（一）text` or `(一) text`, brackets of either width in any mix.
fn area_start(content: &str) -> Option<(u32, usize, bool)> {
    let open = content.chars().next()?;
    if !matches!(open, '(' | '（') {
        return None;
    }
    let inner_start = open.len_utf8();
    let inner = trim_start(&content[inner_start..]);
    let numeral = numeral_prefix(inner);
    let after = trim_start(&inner[numeral.len()..]);
    let close = after.chars().next()?;
    if !matches!(close, ')' | '）') {
        return None;
    }
    let ordinal = u32::try_from(parse_chinese_integer(numeral)?).ok()?;
    let rest = content.len() - trim_start(&after[close.len_utf8()..]).len();
    Some((ordinal, rest, open == '(' || close == ')'))
}

fn is_page_number(content: &str) -> bool {
    let dashes = |c: char| matches!(c, '-' | '—' | '–' | '－');
    let inner = content.trim_matches(dashes);
    inner.len() < content.len()
        && content.starts_with(dashes)
        && content.ends_with(dashes)
        && !inner.trim().is_empty()
        && inner.trim().bytes().all(|b| b.is_ascii_digit())
}

#[inline]
fn is_thematic_break(content: &str) -> bool {
    // Most lines start with text: a first character that is neither white
    // space nor a mark settles it, without a call.
    let starts_with_text =
        starts_clean(content) && !matches!(content.as_bytes().first(), Some(b'-' | b'*' | b'_'));
    !starts_with_text && is_thematic_break_slow(content)
}

#[inline(never)]
fn is_thematic_break_slow(content: &str) -> bool {
    let mut marks = content.chars().filter(|&c| !is_space(c));
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

/// A part title names its kind (重点工作, 民生实事) in a heading, or ends
/// with 责任分解 on a plain line. The covering notice's own title also
/// mentions both, but it ends with 通知 and is excluded.
fn is_part_title(content: &str, level: u8) -> bool {
    if content.ends_with("通知") {
        return false;
    }
    content.ends_with("责任分解")
        || (level > 0 && (content.contains("重点工作") || content.contains("民生实事")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> LineKind {
        Line::classify(1, s).kind
    }

    /// The kind and, for a numbered line, the text after its number.
    fn rest(s: &str) -> String {
        let line = Line::classify(1, s);
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
        let line = Line::classify(1, "1. **▲**发改局");
        assert_eq!(&*line.content, "1. ▲发改局");
        // `▲` is content character 3, raw column 5 (0-based).
        assert_eq!(line.column_at(3), 5);
        let plain = Line::classify(1, "  1. 发改局");
        assert_eq!(plain.column_at(3), 5);
        assert_eq!(plain.column_at(99), 8);
    }

    /// The line splitter gives what `str::lines` gives, on line endings of
    /// every kind, at every position relative to the eight-byte words.
    #[test]
    fn lines_agree_with_the_standard_library() {
        let pieces = ["a", "\n", "\r", "\r\n", "发改局", "", " ", "\n\n", "é"];
        for n in 0..3000usize {
            let text: String = (0..n % 29)
                .map(|k| pieces[(n * 5 + k * k * 7 + k * 3) % pieces.len()])
                .collect();
            let ours: Vec<&str> = lines(&text).collect();
            let std: Vec<&str> = text.lines().collect();
            assert_eq!(ours, std, "{text:?}");
        }
        for text in ["", "\n", "\r", "\r\n", "a\r", "a\r\r\n", "\n\na", "a\n"] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>()
            );
        }
    }

    /// `is_space` skips the Unicode table above U+3000; this checks the
    /// premise (no white space lies there) on every character, and the
    /// first-byte shortcuts of the trims on every one-character string.
    #[test]
    fn is_space_agrees_with_the_standard_library_everywhere() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
            let mut buf = [0u8; 4];
            let s: &str = c.encode_utf8(&mut buf);
            assert_eq!(trim(s), s.trim(), "{c:?}");
        }
    }
}
