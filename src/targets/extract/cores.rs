//! Cores: a target's own words (figure, unit, comparator, base or
//! benchmark), found before its indicator is read.

use std::ops::Range;

use rust_decimal::Decimal;

use super::non_targets::{
    is_code, is_ordinal, is_range_end, is_version_or_phase, is_word_one, runs_on_rule,
};
use super::number::{self, Figure, Unit, UnitClass, is_digit};
use super::text::{
    char_at, in_quotes, is_space, noun_run_end, runs_on, skip_spaces, skip_spaces_back,
};
use super::words::{
    BASE_MARKERS, BENCHMARK_ENDINGS, CHANGE_VERBS, NO_FIGURE_KEYWORDS, PREFIX_COMPARATORS,
    RELATIVE_WORDS, SUFFIX_COMPARATORS,
};
use crate::targets::{Comparator, Quantity, TargetKind};

#[derive(Debug, Clone)]
pub(super) struct Core {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: Option<Decimal>,
    pub(super) unit: Option<String>,
    /// The unit with the magnitude as written (`亿元` for `400 亿元`).
    pub(super) unit_as_written: Option<String>,
    /// `None` for targets with neither a figure nor a benchmark.
    pub(super) comparator: Option<Comparator>,
    pub(super) kind: Option<TargetKind>,
    pub(super) base: Option<Quantity>,
    pub(super) benchmark: Option<String>,
    pub(super) post: Option<Range<usize>>,
}

/// The end of a figure's phrase after its unit: an alternative unit in
/// brackets (`套 (间)`), then a suffix comparator.
pub(super) fn phrase_tail(text: &str, unit_end: usize) -> (usize, Option<Comparator>) {
    let mut end = unit_end;
    if let Some(e) = alternative_unit(text, end) {
        end = e;
    }
    let at = skip_spaces(text, end);
    match SUFFIX_COMPARATORS.starting_at(text, at) {
        Some((e, cmp)) => (e, Some(cmp)),
        None => (end, None),
    }
}

/// Rule: an alternative unit in brackets after the unit (`18000 套 (间)`)
/// belongs to the phrase, not to the unit.
fn alternative_unit(text: &str, at: usize) -> Option<usize> {
    let at = skip_spaces(text, at);
    let open = char_at(text, at).filter(|c| matches!(c, '(' | '（'))?;
    let inner = skip_spaces(text, at + open.len_utf8());
    let unit = number::unit_at(text, inner)?;
    if !matches!(unit.class, UnitClass::Count | UnitClass::Measure) {
        return None;
    }
    let close_at = skip_spaces(text, unit.end);
    let close = char_at(text, close_at).filter(|c| matches!(c, ')' | '）'))?;
    Some(close_at + close.len_utf8())
}

/// The core of a target around figure `i`, and the index of a second figure
/// it consumed (the level of a change), or `None` if the figure is not a
/// target.
pub(super) fn figure_core(
    text: &str,
    figures: &[Figure],
    i: usize,
    quotes: &[Range<usize>],
) -> Option<(Core, Option<usize>)> {
    let figure = figures.get(i)?;
    if in_quotes(quotes, figure.start)
        || is_code(text, figure)
        || is_ordinal(text, figure)
        || is_version_or_phase(text, figure)
        || is_word_one(text, figure)
        || is_range_end(text, figure)
    {
        return None;
    }
    let unit = number::unit_at(text, figure.end);
    if let Some(found) = change_core(text, figures, i, unit.as_ref()) {
        return Some(found);
    }
    // Rule: a figure without a unit of measure is a code, ordinal or name.
    let unit = unit?;
    if figure.chinese && !number::is_chinese_classifier(&unit.text) {
        return None;
    }
    // Rule: ages are brackets qualifying people, never goals.
    if unit.class == UnitClass::Age {
        return None;
    }
    let (end, suffix) = phrase_tail(text, unit.end);
    let before = skip_spaces_back(text, figure.start);
    let prefix = PREFIX_COMPARATORS.ending_at(text, before);
    let change_start = CHANGE_VERBS.ending_at(text, before).map(|(s, ())| s);
    let next = skip_spaces(text, end);
    let mut post = None;
    let mut core_end = end;
    if runs_on(text, next) {
        let run_end = noun_run_end(text, next);
        let has_comparator = suffix.is_some() || prefix.is_some();
        if runs_on_rule(text, figure, &unit, has_comparator, next..run_end).is_some() {
            return None;
        }
        let post_end = skip_spaces_back(text, run_end).max(next);
        if post_end > next {
            post = Some(next..post_end);
            core_end = post_end;
        }
    }
    let comparator = suffix
        .or(prefix.map(|(_, c)| c))
        .unwrap_or(Comparator::Exactly);
    let unit_as_written = number::as_written(figure, &unit.text);
    let (start, kind) = match (prefix, change_start) {
        (Some((s, _)), _) => (s, None),
        (None, Some(s)) => (s, Some(TargetKind::Change)),
        (None, None) => (figure.start, None),
    };
    Some((
        Core {
            start,
            end: core_end,
            value: Some(figure.value),
            unit: Some(unit.text),
            unit_as_written: Some(unit_as_written),
            comparator: Some(comparator),
            kind,
            base: None,
            benchmark: None,
            post,
        },
        None,
    ))
}

/// Rule: `由 X 提高到 Y` (and 从, and the other change verbs) is one change
/// target, value Y, base X.
fn change_core(
    text: &str,
    figures: &[Figure],
    i: usize,
    base_unit: Option<&Unit>,
) -> Option<(Core, Option<usize>)> {
    let base = figures.get(i)?;
    let (marker, ()) = BASE_MARKERS.ending_at(text, skip_spaces_back(text, base.start))?;
    let after_base = base_unit.map_or(base.end, |u| u.end);
    let (verb_end, ()) = CHANGE_VERBS.starting_at(text, skip_spaces(text, after_base))?;
    let level_at = skip_spaces(text, verb_end);
    let j = figures.iter().position(|f| f.start == level_at)?;
    let level = figures.get(j)?;
    if level.chinese != base.chinese && level.chinese {
        return None;
    }
    let level_unit = number::unit_at(text, level.end);
    let unit_text = level_unit
        .as_ref()
        .map(|u| u.text.clone())
        .or_else(|| base_unit.map(|u| u.text.clone()))?;
    let (end, suffix) = phrase_tail(text, level_unit.as_ref().map_or(level.end, |u| u.end));
    let unit_as_written = number::as_written(level, &unit_text);
    Some((
        Core {
            start: marker,
            end,
            value: Some(level.value),
            unit: Some(unit_text.clone()),
            unit_as_written: Some(unit_as_written),
            comparator: Some(suffix.unwrap_or(Comparator::Exactly)),
            kind: Some(TargetKind::Change),
            base: Some({
                // The base's own measure where it names one (`由5万吨`),
                // else the level's (`由56%提高到60%` is read as 56%).
                let measure = base_unit.map_or(unit_text, |u| u.text.clone());
                Quantity {
                    value: base.value,
                    measure_as_written: Some(number::as_written(base, &measure)),
                    measure: Some(measure),
                }
            }),
            benchmark: None,
            post: None,
        },
        Some(j),
    ))
}

/// Cores of targets without a figure: doubling, full coverage, zero.
pub(super) fn keyword_cores(text: &str, quotes: &[Range<usize>]) -> Vec<Core> {
    let mut cores = Vec::new();
    let mut from = 0;
    // Each place a keyword starts, in text order (the longest keyword
    // there); the search goes on from the next char, as keywords may nest.
    while let Some((i, end, kind)) = NO_FIGURE_KEYWORDS.next_from(text, from) {
        from = i + char_at(text, i).map_or(1, char::len_utf8);
        if in_quotes(quotes, i) {
            continue;
        }
        // 翻一番 also contains 一番; take each keyword once.
        if cores.iter().any(|c: &Core| c.end > i) || keyword_names_a_thing(text, end) {
            continue;
        }
        cores.push(Core {
            start: i,
            end,
            value: None,
            unit: None,
            unit_as_written: None,
            // Rule: a target without a figure or a benchmark bounds nothing
            // numerically: it has no comparator.
            comparator: None,
            kind: Some(kind),
            base: None,
            benchmark: None,
            post: None,
        });
    }
    cores
}

/// Rule: a no-figure keyword that runs on into a noun is part of a name or
/// a qualifier (除险清零行动 "the clear-to-zero campaign", 全覆盖式排查
/// "full-coverage inspection"), not a target.
fn keyword_names_a_thing(text: &str, keyword_end: usize) -> bool {
    runs_on(text, skip_spaces(text, keyword_end))
}

/// Rule: after the single character 超, only an average or a named scope
/// is a benchmark (超全省平均); 超额完成增长 "over-fulfilled growth" is not.
fn is_strict_benchmark(words: &str) -> bool {
    words.contains("平均")
        || ["全省", "全国", "全市", "面上", "同期", "上年"]
            .iter()
            .any(|scope| words.starts_with(scope))
}

/// Rule: the words after a comparator are a benchmark when they hold no
/// figure and name an average, rate, growth or level (全省平均, 经济增速,
/// 面上投资增长).
fn is_benchmark(words: &str) -> bool {
    !words.is_empty()
        && !words
            .chars()
            .any(|c| is_digit(c) || crate::numerals::is_numeral_char(c))
        && (words.contains("平均") || BENCHMARK_ENDINGS.iter().any(|e| words.ends_with(e)))
}

/// Cores of relative targets (高于全省平均).
pub(super) fn relative_cores(text: &str, quotes: &[Range<usize>]) -> Vec<Core> {
    let mut cores = Vec::new();
    let mut from = 0;
    // Each place a comparator word starts, in text order (the longest word
    // there). Quoted words are names: the search goes on inside them;
    // after a word outside quotes, it goes on after the word.
    while let Some((i, word_end, comparator)) = RELATIVE_WORDS.next_from(text, from) {
        if in_quotes(quotes, i) {
            from = i + char_at(text, i).map_or(1, char::len_utf8);
            continue;
        }
        from = word_end;
        let run_end = noun_run_end(text, word_end);
        let words = text
            .get(word_end..run_end)
            .unwrap_or("")
            .trim_matches(is_space);
        let single = word_end - i == '超'.len_utf8();
        if !is_benchmark(words) || (single && !is_strict_benchmark(words)) {
            continue;
        }
        cores.push(Core {
            start: i,
            end: skip_spaces_back(text, run_end),
            value: None,
            unit: None,
            unit_as_written: None,
            comparator: Some(comparator),
            kind: Some(TargetKind::Relative),
            base: None,
            benchmark: Some(words.to_owned()),
            post: None,
        });
    }
    cores
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::extract::number::figures;

    fn fig_at(text: &str, n: usize) -> Figure {
        figures(text).remove(n)
    }

    #[test]
    fn keywords_running_on_name_things() {
        let text = "除险清零行动";
        assert!(keyword_names_a_thing(text, text.find("行动").unwrap()));
        assert!(!keyword_names_a_thing("动态清零。", "动态清零".len()));
        assert!(!keyword_names_a_thing("动态清零", "动态清零".len()));
    }

    #[test]
    fn single_chao_needs_an_average_or_scope() {
        assert!(is_strict_benchmark("全省平均"));
        assert!(is_strict_benchmark("上年增速"));
        assert!(!is_strict_benchmark("额完成增长"));
        assert!(is_benchmark("额完成增长"));
    }

    #[test]
    fn alternative_units_stay_out_of_the_unit() {
        let text = "18000 套 (间)。";
        let unit = number::unit_at(text, 5).unwrap();
        assert_eq!(unit.text, "套");
        assert_eq!(
            alternative_unit(text, unit.end),
            Some(text.find('。').unwrap())
        );
        assert_eq!(alternative_unit("套 (其中", 3), None);
    }

    #[test]
    fn changes_read_base_and_level() {
        let text = "占比由56%提高到60%";
        let figures = number::figures(text);
        let unit = number::unit_at(text, figures[0].end);
        let (core, used) = change_core(text, &figures, 0, unit.as_ref()).unwrap();
        assert_eq!(used, Some(1));
        assert_eq!(core.value, Some(Decimal::from(60)));
        assert_eq!(core.base.unwrap().value, Decimal::from(56));
        assert_eq!(fig_at(text, 1).value, Decimal::from(60));
    }

    #[test]
    fn benchmarks_name_averages_rates_and_growth() {
        assert!(is_benchmark("全省平均"));
        assert!(is_benchmark("经济增速"));
        assert!(is_benchmark("面上投资增长"));
        assert!(!is_benchmark("1.3 万吨"));
        assert!(!is_benchmark("市"));
        assert!(!is_benchmark(""));
    }
}
