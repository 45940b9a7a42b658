//! The rules that make a figure something other than a target: a code, an
//! ordinal, a version, the end of a range, a qualifier or a name.

use std::ops::Range;

use rust_decimal::Decimal;

use super::number::{Figure, Unit, UnitClass, is_digit};
use super::text::{char_at, char_before, is_space, skip_spaces, skip_spaces_back};
use super::words::{
    CHINESE_COUNT_VERBS, MONEY_NOUNS, NOT_AMOUNT_AFTER, PROCESS_ENDINGS, WORD_FORMING_BEFORE_ONE,
};

/// Rule: a figure touching a Latin letter or `+` is a code (G60, G235,
/// PM2.5, 4A 级, 5G, 4+X).
pub(super) fn is_code(text: &str, figure: &Figure) -> bool {
    let touches =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() || c == '+' || c == '＋');
    touches(char_before(text, figure.start)) || touches(char_at(text, figure.digits_end))
}

/// Rule: the second figure of a range (3-5 家, 3～5 家) is not read: the
/// target is a range, and reading its upper end alone would be false.
pub(super) fn is_range_end(text: &str, figure: &Figure) -> bool {
    let Some(dash) = char_before(text, figure.start) else {
        return false;
    };
    matches!(dash, '-' | '~' | '～' | '—' | '–' | '至' | '到')
        && char_before(text, figure.start - dash.len_utf8()).is_some_and(is_digit)
}

/// Rule: a figure after 第 is an ordinal (第3批, 第 3 批).
pub(super) fn is_ordinal(text: &str, figure: &Figure) -> bool {
    char_before(text, skip_spaces_back(text, figure.start)) == Some('第')
}

/// Rule: a figure before 版, 期, 级, 星, 届 or 号 is a version, phase, grade,
/// star rating, edition or number (3.0 版, 二期, 4A 级).
pub(super) fn is_version_or_phase(text: &str, figure: &Figure) -> bool {
    char_at(text, skip_spaces(text, figure.end)).is_some_and(|c| NOT_AMOUNT_AFTER.contains(c))
}

/// Rule: 一 after a word-forming character is part of a word (统一, 唯一,
/// 每一), not a count.
pub(super) fn is_word_one(text: &str, figure: &Figure) -> bool {
    figure.chinese
        && text.get(figure.start..figure.digits_end) == Some("一")
        && char_before(text, figure.start).is_some_and(|c| WORD_FORMING_BEFORE_ONE.contains(c))
}

/// Rule: a figure whose noun run holds another Arabic figure qualifies what
/// that figure counts (3岁以下婴幼儿托位800个).
fn figure_follows(run: &str) -> bool {
    run.chars().any(is_digit)
}

/// Rule: a Chinese-numeral count before its noun is a target only right
/// after a verb of making or adding (新建两所学校); otherwise it names a
/// set (十项举措, 三张清单). 一 before a noun never counts: it is the
/// indefinite article or an idiom (建设一条龙服务体系 "a one-stop service
/// system").
fn chinese_count_has_verb(text: &str, figure: &Figure) -> bool {
    let at = skip_spaces_back(text, figure.start);
    figure.value != Decimal::ONE && CHINESE_COUNT_VERBS.ending_at(text, at).is_some()
}

/// Rule: a money amount running on into a word for money is the amount of
/// that money (安排 3 亿元资金, 发放 50 亿元贷款), not a size class.
fn is_money_noun(run: &str) -> bool {
    MONEY_NOUNS.iter().any(|n| run.ends_with(n))
}

/// Why a figure that runs on into a noun is not a target, if it is not.
/// `run` is the noun run after the figure's phrase (from
/// [`noun_run_end`](super::text::noun_run_end)).
pub(super) fn runs_on_rule(
    text: &str,
    figure: &Figure,
    unit: &Unit,
    has_comparator: bool,
    run: Range<usize>,
) -> Option<&'static str> {
    if has_comparator {
        // 3亩以上宗地企业, 年销售超5亿元电商企业: a range qualifying a noun.
        return Some("qualifier");
    }
    let run = text.get(run).unwrap_or("").trim_end_matches(is_space);
    if unit.class == UnitClass::Currency && !is_money_noun(run) {
        // 5亿元项目: a size class of projects.
        return Some("size class");
    }
    if unit.class == UnitClass::Time {
        // 15分钟便民生活圈: a duration naming a thing.
        return Some("duration name");
    }
    if figure_follows(run) {
        return Some("figure before figure");
    }
    if matches!(unit.class, UnitClass::Measure | UnitClass::Percent) {
        // 年产 10 万吨项目, 30%股权: a size or share qualifying a thing.
        if !PROCESS_ENDINGS.iter().any(|e| run.ends_with(e)) {
            return Some("measure qualifier");
        }
    }
    if figure.chinese && !chinese_count_has_verb(text, figure) {
        return Some("chinese set");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::extract::cores::phrase_tail;
    use crate::targets::extract::number::{self, figures};
    use crate::targets::extract::text::{noun_run_end, runs_on};

    /// The noun run starting at `at`.
    fn run(text: &str, at: usize) -> Range<usize> {
        at..noun_run_end(text, at)
    }

    fn fig(text: &str) -> Figure {
        figures(text).remove(0)
    }

    fn fig_at(text: &str, n: usize) -> Figure {
        figures(text).remove(n)
    }

    #[test]
    fn latin_letters_and_plus_make_codes() {
        assert!(is_code("G60", &fig("G60")));
        assert!(is_code("PM2.5", &fig("PM2.5")));
        assert!(is_code("4A 级", &fig("4A 级")));
        assert!(is_code("4+X", &fig("4+X")));
        assert!(!is_code("新增 5 个", &fig("新增 5 个")));
    }

    #[test]
    fn range_ends_are_not_read() {
        let text = "3-5 家";
        assert!(is_range_end(text, &fig_at(text, 1)));
        assert!(!is_range_end(text, &fig_at(text, 0)));
        assert!(is_range_end("3至5家", &fig_at("3至5家", 1)));
        assert!(!is_range_end("由5家", &fig("由5家")));
    }

    #[test]
    fn ordinals_are_not_amounts() {
        assert!(is_ordinal("第3批", &fig("第3批")));
        assert!(is_ordinal("第 3 批", &fig("第 3 批")));
        assert!(!is_ordinal("3批", &fig("3批")));
    }

    #[test]
    fn versions_phases_and_grades_are_not_amounts() {
        assert!(is_version_or_phase("3.0 版", &fig("3.0 版")));
        assert!(is_version_or_phase("二期", &fig("二期")));
        assert!(is_version_or_phase("3 级", &fig("3 级")));
        assert!(!is_version_or_phase("3 个", &fig("3 个")));
    }

    #[test]
    fn one_inside_a_word_is_not_a_count() {
        let text = "统一个人";
        assert!(is_word_one(text, &fig(text)));
        assert!(!is_word_one("新建一个", &fig("新建一个")));
    }

    #[test]
    fn a_later_figure_makes_a_qualifier() {
        let text = "3岁以下婴幼儿托位800个";
        let at = text.find('婴').unwrap();
        assert!(figure_follows(&text[run(text, at)]));
        assert!(!figure_follows(&"学校，800个"[run("学校，800个", 0)]));
    }

    #[test]
    fn chinese_counts_before_nouns_need_a_verb() {
        let t1 = "新建两所学校";
        assert!(chinese_count_has_verb(t1, &fig(t1)));
        let t2 = "提升十项举措";
        assert!(!chinese_count_has_verb(t2, &fig(t2)));
        let t3 = "建设一条龙服务体系";
        assert!(!chinese_count_has_verb(t3, &fig(t3)));
    }

    #[test]
    fn running_on_rules_name_their_reason() {
        let cases = [
            ("3亩以上宗地企业", true, "qualifier"),
            ("5亿元项目", false, "size class"),
            ("15分钟便民生活圈", false, "duration name"),
            ("5亩宗地企业800个", false, "figure before figure"),
            ("年产 10 万吨项目", false, "measure qualifier"),
            ("30%股权", false, "measure qualifier"),
            ("十项举措", false, "chinese set"),
        ];
        for (text, cmp, why) in cases {
            let f = fig(text);
            let unit = number::unit_at(text, f.end).unwrap();
            let (end, _) = phrase_tail(text, unit.end);
            let next = skip_spaces(text, end);
            assert!(runs_on(text, next), "{text}");
            assert_eq!(
                runs_on_rule(text, &f, &unit, cmp, run(text, next)),
                Some(why),
                "{text}"
            );
        }
        for text in ["完成50万千瓦并网", "实现出租车 100%清洁能源化"] {
            let f = fig(text);
            let unit = number::unit_at(text, f.end).unwrap();
            let next = skip_spaces(text, unit.end);
            assert_eq!(
                runs_on_rule(text, &f, &unit, false, run(text, next)),
                None,
                "{text}"
            );
        }
        let text = "完成 2 家医院老年医学科规范化建设";
        let f = fig(text);
        let unit = number::unit_at(text, f.end).unwrap();
        assert_eq!(
            runs_on_rule(text, &f, &unit, false, run(text, unit.end + 1)),
            None
        );
    }

    #[test]
    fn money_running_into_money_is_money() {
        assert!(is_money_noun("资金"));
        assert!(is_money_noun("产业基金"));
        assert!(!is_money_noun("项目"));
        let text = "安排 3 亿元资金";
        let f = fig(text);
        let unit = number::unit_at(text, f.end).unwrap();
        let next = skip_spaces(text, unit.end);
        assert_eq!(runs_on_rule(text, &f, &unit, false, run(text, next)), None);
    }
}
