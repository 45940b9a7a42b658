//! The extraction rules. See [`super::rules`] for the list in prose; each
//! rule is a small named function or table with a test beside it:
//!
//! * [`words`]: the tables of words the rules look for;
//! * [`text`]: clause and sentence breaks, runs of words, quotes;
//! * [`number`]: figures and units of measure;
//! * [`non_targets`]: figures that are codes, ordinals, qualifiers or names;
//! * [`cores`]: a target's own words (figure, unit, comparator, base or
//!   benchmark), and the targets without a figure;
//! * [`indicator`] and [`commitment`]: what is measured, and how firmly;
//! * [`scope`]: one amount for the whole, or a level for each entity;
//! * here, the entry point: cores become targets, with their span and the
//!   parts (其中 …) they belong to.
//!
//! Offsets are bytes at char boundaries; every slice goes through
//! `str::get`, so no input can make extraction panic.

mod commitment;
mod cores;
mod indicator;
mod non_targets;
mod number;
mod scope;
mod text;
mod words;

use commitment::commitment;
use cores::{Core, figure_core, keyword_cores, relative_cores};
use indicator::indicator;
use text::{char_before, clause_start, is_space, quoted_ranges, sentence_start, skip_spaces_back};
use words::SHARE_ENDINGS;

pub(crate) use number::is_known_measure;

use super::{Target, TargetKind};

/// The targets stated in `text`, in text order.
pub(crate) fn extract(text: &str) -> Vec<Target> {
    let quotes = quoted_ranges(text);
    let figures = number::figures(text);
    let mut cores = Vec::new();
    let mut consumed = vec![false; figures.len()];
    for i in 0..figures.len() {
        if consumed.get(i).copied().unwrap_or(true) {
            continue;
        }
        if let Some((core, used)) = figure_core(text, &figures, i, &quotes) {
            if let Some(slot) = used.and_then(|j| consumed.get_mut(j)) {
                *slot = true;
            }
            cores.push(core);
        }
    }
    cores.extend(keyword_cores(text, &quotes));
    cores.extend(relative_cores(text, &quotes));
    cores.sort_by_key(|c| (c.start, c.end));
    // Overlapping cores: keep the first (`dedup_by` compares each core with
    // the last one kept).
    cores.dedup_by(|core, kept| core.start < kept.end);

    let mut targets: Vec<Target> = Vec::new();
    for core in cores {
        targets.push(build(text, core, &targets));
    }
    targets
}

/// Reads the indicator, kind, commitment and span of a core.
fn build(text: &str, core: Core, earlier: &[Target]) -> Target {
    let sentence = sentence_start(text, core.start);
    let previous_end = earlier
        .last()
        .map(|t| t.span.end)
        .filter(|&e| e > sentence && e <= core.start);
    let clause = clause_start(text, core.start);
    let mut segment = clause.max(previous_end.unwrap_or(0));
    let mut indicator_start = segment;
    let mut part_of = None;
    if let Some(at) = part_marker(text, segment, core.start) {
        let parent = earlier
            .iter()
            .rposition(|t| t.span.start >= sentence && t.part_of.is_none());
        if parent.is_some() {
            part_of = parent;
            segment = at;
            indicator_start = at + "其中".len();
        }
    }
    // Rule: a subject ending in 均/都 ("all") reaches back over the commas
    // of its sentence (制造业投资，民间投资，…均快于面上投资增长).
    let pre = text.get(indicator_start..core.start).unwrap_or("");
    if part_of.is_none() && pre.trim_end_matches(is_space).ends_with(['均', '都']) {
        segment = previous_end.unwrap_or(sentence).max(sentence);
        indicator_start = segment;
    }
    let segment = skip_separators(text, segment).min(core.start);
    let indicator_start = skip_separators(text, indicator_start).min(core.start);
    let pre = text.get(indicator_start..core.start).unwrap_or("");
    let post = core
        .post
        .as_ref()
        .and_then(|r| text.get(r.clone()))
        .unwrap_or("");
    let relative = core.kind == Some(TargetKind::Relative);
    let (indicator, word_kind) = indicator(pre, post, relative);
    let kind = core.kind.or(word_kind).unwrap_or_else(|| {
        let percent = core
            .unit
            .as_deref()
            .is_some_and(|u| matches!(u, "%" | "％" | "‰"));
        if percent || SHARE_ENDINGS.iter().any(|e| indicator.ends_with(e)) {
            TargetKind::Share
        } else {
            TargetKind::Amount
        }
    });
    let span = segment..core.end.max(segment);
    Target {
        text: text.get(span.clone()).unwrap_or("").to_owned(),
        indicator,
        value: core.value,
        measure: core.unit,
        measure_as_written: core.unit_as_written,
        comparator: core.comparator,
        kind,
        scope: scope::scope(pre),
        base: core.base,
        commitment: commitment(text, clause, sentence, core.start),
        benchmark: core.benchmark,
        span,
        part_of,
    }
}

/// Rule: a clause opened by `(其中` / `，其中` ("of which") is a part of the
/// previous target; returns the byte where 其中 starts.
fn part_marker(text: &str, from: usize, to: usize) -> Option<usize> {
    let words = text.get(from..to)?;
    let at = from + words.rfind("其中")?;
    let before = char_before(text, skip_spaces_back(text, at));
    (at == from || matches!(before, Some('(' | '（' | '，' | ',') | None)).then_some(at)
}

/// Skips spaces, list commas and closing brackets at the start of a
/// segment.
fn skip_separators(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    at + (rest.len()
        - rest
            .trim_start_matches(|c: char| {
                is_space(c) || matches!(c, '、' | ')' | '）' | ',' | '，')
            })
            .len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_open_with_qizhong() {
        let text = "公交候车亭 100 个 (其中农村 80 个)";
        let from = text.find(')').map_or(0, |_| text.find('(').unwrap());
        assert_eq!(
            part_marker(text, from, text.find("80").unwrap()),
            text.find("其中")
        );
        assert_eq!(part_marker("其他 80 个", 0, 7), None);
    }
}
