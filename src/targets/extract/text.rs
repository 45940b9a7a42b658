//! Text structure: chars at byte offsets, spaces, clause and sentence
//! breaks, runs of words, quotes.
//!
//! Offsets are bytes at char boundaries; slices go through `str::get`.

use std::ops::Range;

use super::number::is_digit;

/// Whether `c` is a space inside a phrase (OCR puts them around figures).
pub(super) fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\u{a0}' || c == '\t'
}

/// The byte offset after any spaces starting at `at`.
pub(super) fn skip_spaces(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    at + (rest.len() - rest.trim_start_matches(is_space).len())
}

/// The byte offset before any spaces ending at `at`.
pub(super) fn skip_spaces_back(text: &str, at: usize) -> usize {
    text.get(..at)
        .map_or(at, |head| head.trim_end_matches(is_space).len())
}

/// The char at byte `at`, if `at` is a boundary inside the text.
pub(super) fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// The char ending at byte `at`.
pub(super) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Whether the char at `at` ends a sentence.
fn is_sentence_break(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n' | '\r')
}

/// Whether the char at `at` ends a clause. An ASCII comma between digits is
/// a thousands separator, not a break.
fn is_clause_break(text: &str, at: usize) -> bool {
    match char_at(text, at) {
        Some(c) if is_sentence_break(c) => true,
        Some('，' | '：' | ':') => true,
        Some(',') => {
            let before = char_before(text, at).is_some_and(is_digit);
            let after = char_at(text, at + 1).is_some_and(is_digit);
            !(before && after)
        }
        _ => false,
    }
}

/// The start of the clause containing `at`.
pub(super) fn clause_start(text: &str, at: usize) -> usize {
    let head = text.get(..at).unwrap_or("");
    head.char_indices()
        .rev()
        .find(|&(i, _)| is_clause_break(text, i))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The start of the sentence containing `at`.
pub(super) fn sentence_start(text: &str, at: usize) -> usize {
    let head = text.get(..at).unwrap_or("");
    head.char_indices()
        .rev()
        .find(|&(_, c)| is_sentence_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where a run of words starting at `at` ends: at a clause break, an
/// opening bracket or a list comma.
pub(super) fn noun_run_end(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    rest.char_indices()
        .find(|&(i, c)| {
            is_clause_break(text, at + i) || matches!(c, '(' | '（' | '、' | '[' | '【')
        })
        .map_or(text.len(), |(i, _)| at + i)
}

/// Byte ranges inside quotes (“…”, "…", 「…」, 『…』, 《…》). A quote left
/// open ends at the end of its sentence, so OCR damage stays local.
pub(super) fn quoted_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match open {
            None => {
                if matches!(c, '“' | '"' | '「' | '『' | '《') {
                    open = Some((i, c));
                }
            }
            Some((start, opener)) => {
                let closes = match opener {
                    '“' => c == '”',
                    '"' => c == '"',
                    '「' => c == '」',
                    '『' => c == '』',
                    _ => c == '》',
                };
                if closes || is_sentence_break(c) {
                    ranges.push(start..i + c.len_utf8());
                    open = None;
                }
            }
        }
    }
    if let Some((start, _)) = open {
        ranges.push(start..text.len());
    }
    ranges
}

/// Rule: anything inside quotes is a name (“141”, “15分钟便民生活圈”,
/// “千塘百库除险清零行动”), not a target.
pub(super) fn in_quotes(quotes: &[Range<usize>], at: usize) -> bool {
    // The ranges are sorted and disjoint: look at the first one ending
    // after `at`.
    let i = quotes.partition_point(|r| r.end <= at);
    quotes.get(i).is_some_and(|r| r.start < at && at < r.end)
}

/// Whether the words at `at` run straight on into a noun (a CJK word other
/// than a list connector, a quoted name, a Latin word).
pub(super) fn runs_on(text: &str, at: usize) -> bool {
    match char_at(text, at) {
        Some(c) if is_cjk(c) => !matches!(c, '和' | '及' | '与' | '或'),
        Some(c) => matches!(c, '“' | '"' | '「' | '《' | '『') || c.is_ascii_alphabetic(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_names() {
        let text = "迭代升级“141”体系";
        let q = quoted_ranges(text);
        assert!(in_quotes(&q, text.find("141").unwrap()));
        assert!(!in_quotes(&q, 0));
    }

    #[test]
    fn an_open_quote_ends_with_its_sentence() {
        let text = "打造“数字市场。新增学位 5 个";
        let q = quoted_ranges(text);
        assert!(!in_quotes(&q, text.find('5').unwrap()));
    }

    #[test]
    fn clause_and_sentence_breaks() {
        let text = "甲，乙。丙";
        assert_eq!(clause_start(text, text.len()), text.find('丙').unwrap());
        assert_eq!(sentence_start(text, text.find('乙').unwrap()), 0);
        // A comma between digits is a thousands separator.
        assert!(!is_clause_break("1,000", 1));
        assert!(is_clause_break("模式,与", "模式".len()));
    }

    #[test]
    fn list_connectors_do_not_run_on() {
        assert!(!runs_on("和", 0));
        assert!(!runs_on("，", 0));
        assert!(runs_on("学校", 0));
        assert!(runs_on("“上下学", 0));
    }
}
