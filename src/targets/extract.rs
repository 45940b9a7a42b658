//! The extraction rules. See [`super::rules`] for the list in prose; each
//! rule here is a small named function or table with a test below.
//!
//! Offsets are bytes at char boundaries; every slice goes through
//! `str::get`, so no input can make extraction panic.

use std::ops::Range;

use rust_decimal::Decimal;

use super::number::{
    self, Figure, Unit, UnitClass, char_at, char_before, is_digit, is_space, skip_spaces,
    skip_spaces_back,
};
use super::{Commitment, Comparator, Quantity, Target, TargetKind};

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

/// Comparators written before the figure. The longest match ending right
/// before the figure wins (不低于 over 低于, 不超过 over 超过 over 超).
const PREFIX_COMPARATORS: &[(&str, Comparator)] = &[
    ("不少于", Comparator::AtLeast),
    ("不低于", Comparator::AtLeast),
    ("不小于", Comparator::AtLeast),
    ("至少", Comparator::AtLeast),
    ("超过", Comparator::MoreThan),
    ("突破", Comparator::MoreThan),
    ("超", Comparator::MoreThan),
    ("多于", Comparator::MoreThan),
    ("高于", Comparator::MoreThan),
    ("大于", Comparator::MoreThan),
    ("不超过", Comparator::AtMost),
    ("不高于", Comparator::AtMost),
    ("不多于", Comparator::AtMost),
    ("不大于", Comparator::AtMost),
    ("控制在", Comparator::AtMost),
    ("至多", Comparator::AtMost),
    ("低于", Comparator::LessThan),
    ("少于", Comparator::LessThan),
    ("小于", Comparator::LessThan),
    ("大约", Comparator::About),
    ("约", Comparator::About),
    ("近", Comparator::About),
];

/// Comparators written after the figure and its unit; they take precedence
/// over a prefix (达…以上 is at least, 控制在…以内 at most).
const SUFFIX_COMPARATORS: &[(&str, Comparator)] = &[
    ("及以上", Comparator::AtLeast),
    ("以上", Comparator::AtLeast),
    ("及以下", Comparator::AtMost),
    ("以下", Comparator::AtMost),
    ("以内", Comparator::AtMost),
    ("左右", Comparator::About),
];

/// Verbs of change between a base and a level (由 X 提高到 Y).
const CHANGE_VERBS: &[&str] = &[
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "上升到",
    "上升至",
    "扩大到",
    "扩大至",
    "降低到",
    "降低至",
    "下降到",
    "下降至",
    "减少到",
    "减少至",
    "压减到",
    "压减至",
    "降到",
    "降至",
    "压缩到",
    "压缩至",
    "缩短到",
    "缩短至",
];

/// Endings of the words after a measure (not a count) that make the measure
/// the goal of a process (完成50万千瓦并网 "connect 500 MW to the grid",
/// 出租车 100%清洁能源化 "taxis 100% clean-energy"), rather than the size of
/// a thing (年产 10 万吨项目 "a 100 000-tonne-a-year project").
const PROCESS_ENDINGS: &[&str] = &[
    "化", "并网", "改造", "建设", "覆盖", "达标", "投运", "投产", "运行", "安装", "接入", "上线",
];

/// Words for money: a money amount running on into one of them is that
/// money, not a size class (安排 3 亿元资金).
const MONEY_NOUNS: &[&str] = &[
    "资金", "投资", "贷款", "补助", "补贴", "奖补", "奖励", "收入", "融资", "授信", "基金", "税收",
    "债券",
];

/// Words introducing the base of a change.
const BASE_MARKERS: &[&str] = &["由", "从"];

/// Words right before a figure that make it a growth.
const GROWTH_WORDS: &[&str] = &["增长", "增速", "增幅", "提高", "提升", "增加"];

/// Words right before a figure that make it a decrease.
const DECREASE_WORDS: &[&str] = &["下降", "降低", "减少", "压减"];

/// Words right before the figure (or keyword) that belong to neither the
/// indicator nor the kind: "reach", "achieve", "all", "dynamically" …
const TRAILING_FILLERS: &[&str] = &[
    "达到",
    "达",
    "实现",
    "均",
    "都",
    "动态",
    "全面",
    "基本",
    "年均",
    "同比",
    "比上年",
    "累计",
    "持续",
];

/// Indicator endings that make a percentage-like level a share.
const SHARE_ENDINGS: &[&str] = &["率", "占比", "覆盖面", "比重", "比例"];

/// Commitment words and their strength.
const COMMITMENTS: &[(&str, Commitment)] = &[
    ("确保", Commitment::Firm),
    ("力争", Commitment::Strive),
    ("争取", Commitment::Strive),
];

/// Adverbs opening a clause, dropped from the indicator.
const LEADING_ADVERBS: &[&str] = &[
    "全年",
    "高质量",
    "累计",
    "全面",
    "积极",
    "免费",
    "大力",
    "持续",
    "进一步",
    "继续",
    "加快",
];

/// Verbs opening a clause (完成, 新增 …), dropped from the indicator: the
/// indicator is what is done, built or counted, not the doing.
const LEADING_VERBS: &[&str] = &[
    "完成",
    "实现",
    "新增",
    "新建",
    "改建",
    "转化",
    "建成投产",
    "建成投用",
    "建成",
    "建设",
    "投用",
    "实施",
    "创建",
    "争创",
    "培育",
    "引进",
    "招引",
    "开展",
    "举办",
    "开设",
    "发放",
    "投放",
    "启动",
    "规范化提升",
    "提升",
    "落地开工",
    "新开工",
    "开工",
    "落地",
    "打造",
    "联动",
    "盘活",
    "腾出",
    "培训",
    "建立",
    "试点建设",
    "推广",
    "增设",
    "布局",
    "制定",
    "安装",
    "接种",
    "统筹",
    "达到",
    "优化",
    "扩大",
    "推进",
    "开行",
    "安排",
    "设立",
    "筹集",
    "投入",
    "整治",
    "新 (改) 建",
    "新(改)建",
    "新（改）建",
];

/// Openings "at …", "for …", "by means of …" cut through their verb.
const FRAME_OPENERS: &[char] = &['在', '为', '以'];

/// Connectors between opening verbs (新建、改建、转化; 新建或优化).
const VERB_CONNECTORS: &[char] = &['、', '或', '和', '及', '并'];

/// Verbs that make a Chinese-numeral count before its noun a target
/// (新建两所学校) rather than the name of a set (十项举措).
const CHINESE_COUNT_VERBS: &[&str] = &[
    "新增", "新建", "建成", "建设", "创建", "培育", "引进", "完成", "开工", "举办", "增设", "培训",
];

/// Characters before 一 that make it part of a word (统一 "unified", 唯一
/// "only", 每一 "every", 第一 "first"), not a count.
const WORD_FORMING_BEFORE_ONE: &str = "统唯万之同单专逐每第";

/// Characters after a figure that make it a version, phase, grade, star
/// rating, edition or number rather than an amount: 3.0 版, 二期, 4A 级.
const NOT_AMOUNT_AFTER: &str = "版期级星届号";

/// Targets without a figure, by keyword.
const NO_FIGURE_KEYWORDS: &[(&str, TargetKind)] = &[
    ("翻一番", TargetKind::Doubling),
    ("翻番", TargetKind::Doubling),
    ("全覆盖", TargetKind::FullCoverage),
    ("清零", TargetKind::Zero),
];

/// Comparator words before a benchmark (高于全省平均, 快于经济增速).
const RELATIVE_WORDS: &[(&str, Comparator)] = &[
    ("不低于", Comparator::AtLeast),
    ("高于", Comparator::MoreThan),
    ("快于", Comparator::MoreThan),
    ("优于", Comparator::MoreThan),
    ("好于", Comparator::MoreThan),
    ("超过", Comparator::MoreThan),
    ("超", Comparator::MoreThan),
    ("低于", Comparator::LessThan),
    ("慢于", Comparator::LessThan),
];

/// Endings that make the words after a comparator a benchmark: a rate, a
/// growth, a level (经济增速, 面上投资增长, 全国水平). 平均 anywhere does too.
const BENCHMARK_ENDINGS: &[&str] = &["增速", "增长", "增幅", "速度", "水平", "均值"];

// ---------------------------------------------------------------------------
// Text structure
// ---------------------------------------------------------------------------

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
fn clause_start(text: &str, at: usize) -> usize {
    let head = text.get(..at).unwrap_or("");
    head.char_indices()
        .rev()
        .find(|&(i, _)| is_clause_break(text, i))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The start of the sentence containing `at`.
fn sentence_start(text: &str, at: usize) -> usize {
    let head = text.get(..at).unwrap_or("");
    head.char_indices()
        .rev()
        .find(|&(_, c)| is_sentence_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where a run of words starting at `at` ends: at a clause break, an
/// opening bracket or a list comma.
fn noun_run_end(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    rest.char_indices()
        .find(|&(i, c)| {
            is_clause_break(text, at + i) || matches!(c, '(' | '（' | '、' | '[' | '【')
        })
        .map_or(text.len(), |(i, _)| at + i)
}

/// Byte ranges inside quotes (“…”, "…", 「…」, 『…』, 《…》). A quote left
/// open ends at the end of its sentence, so OCR damage stays local.
fn quoted_ranges(text: &str) -> Vec<Range<usize>> {
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
fn in_quotes(quotes: &[Range<usize>], at: usize) -> bool {
    // The ranges are sorted and disjoint: look at the first one ending
    // after `at`.
    let i = quotes.partition_point(|r| r.end <= at);
    quotes.get(i).is_some_and(|r| r.start < at && at < r.end)
}

/// The longest word of `table` ending at `at`, with its start.
fn ending_at<'t, T: Copy>(text: &str, at: usize, table: &'t [(&'t str, T)]) -> Option<(usize, T)> {
    let head = text.get(..at)?;
    table
        .iter()
        .filter(|(w, _)| head.ends_with(w))
        .max_by_key(|(w, _)| w.len())
        .map(|(w, v)| (at - w.len(), *v))
}

/// The longest word of `table` starting at `at`, with its end.
fn starting_at<'t, T: Copy>(
    text: &str,
    at: usize,
    table: &'t [(&'t str, T)],
) -> Option<(usize, T)> {
    let rest = text.get(at..)?;
    table
        .iter()
        .filter(|(w, _)| rest.starts_with(w))
        .max_by_key(|(w, _)| w.len())
        .map(|(w, v)| (at + w.len(), *v))
}

fn word_starting_at(text: &str, at: usize, words: &[&str]) -> Option<usize> {
    let rest = text.get(at..)?;
    words
        .iter()
        .filter(|w| rest.starts_with(*w))
        .map(|w| at + w.len())
        .max()
}

fn word_ending_at(text: &str, at: usize, words: &[&str]) -> Option<usize> {
    let head = text.get(..at)?;
    words
        .iter()
        .filter(|w| head.ends_with(*w))
        .map(|w| at - w.len())
        .min()
}

// ---------------------------------------------------------------------------
// Non-target rules for figures
// ---------------------------------------------------------------------------

/// Rule: a figure touching a Latin letter or `+` is a code (G60, G235,
/// PM2.5, 4A 级, 5G, 4+X).
fn is_code(text: &str, figure: &Figure) -> bool {
    let touches =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() || c == '+' || c == '＋');
    touches(char_before(text, figure.start)) || touches(char_at(text, figure.digits_end))
}

/// Rule: the second figure of a range (3-5 家, 3～5 家) is not read: the
/// target is a range, and reading its upper end alone would be false.
fn is_range_end(text: &str, figure: &Figure) -> bool {
    let Some(dash) = char_before(text, figure.start) else {
        return false;
    };
    matches!(dash, '-' | '~' | '～' | '—' | '–' | '至' | '到')
        && char_before(text, figure.start - dash.len_utf8()).is_some_and(is_digit)
}

/// Rule: a figure after 第 is an ordinal (第3批, 第 3 批).
fn is_ordinal(text: &str, figure: &Figure) -> bool {
    char_before(text, skip_spaces_back(text, figure.start)) == Some('第')
}

/// Rule: a figure before 版, 期, 级, 星, 届 or 号 is a version, phase, grade,
/// star rating, edition or number (3.0 版, 二期, 4A 级).
fn is_version_or_phase(text: &str, figure: &Figure) -> bool {
    char_at(text, skip_spaces(text, figure.end)).is_some_and(|c| NOT_AMOUNT_AFTER.contains(c))
}

/// Rule: 一 after a word-forming character is part of a word (统一, 唯一,
/// 每一), not a count.
fn is_word_one(text: &str, figure: &Figure) -> bool {
    figure.chinese
        && text.get(figure.start..figure.digits_end) == Some("一")
        && char_before(text, figure.start).is_some_and(|c| WORD_FORMING_BEFORE_ONE.contains(c))
}

/// Whether the words at `at` run straight on into a noun (a CJK word other
/// than a list connector, a quoted name, a Latin word).
fn runs_on(text: &str, at: usize) -> bool {
    match char_at(text, at) {
        Some(c) if is_cjk(c) => !matches!(c, '和' | '及' | '与' | '或'),
        Some(c) => matches!(c, '“' | '"' | '「' | '《' | '『') || c.is_ascii_alphabetic(),
        None => false,
    }
}

/// Rule: a figure whose noun run holds another Arabic figure qualifies what
/// that figure counts (3岁以下婴幼儿托位800个).
fn figure_follows(text: &str, at: usize) -> bool {
    let end = noun_run_end(text, at);
    text.get(at..end).is_some_and(|s| s.chars().any(is_digit))
}

/// Rule: a Chinese-numeral count before its noun is a target only right
/// after a verb of making or adding (新建两所学校); otherwise it names a
/// set (十项举措, 三张清单). 一 before a noun never counts: it is the
/// indefinite article or an idiom (建设一条龙服务体系 "a one-stop service
/// system").
fn chinese_count_has_verb(text: &str, figure: &Figure) -> bool {
    let at = skip_spaces_back(text, figure.start);
    figure.value != Decimal::ONE && word_ending_at(text, at, CHINESE_COUNT_VERBS).is_some()
}

/// Rule: a money amount running on into a word for money is the amount of
/// that money (安排 3 亿元资金, 发放 50 亿元贷款), not a size class.
fn is_money_noun(run: &str) -> bool {
    MONEY_NOUNS.iter().any(|n| run.ends_with(n))
}

/// Why a figure that runs on into a noun is not a target, if it is not.
fn runs_on_rule(
    text: &str,
    figure: &Figure,
    unit: &Unit,
    has_comparator: bool,
    next: usize,
) -> Option<&'static str> {
    if has_comparator {
        // 3亩以上宗地企业, 年销售超5亿元电商企业: a range qualifying a noun.
        return Some("qualifier");
    }
    let run = text.get(next..noun_run_end(text, next)).unwrap_or("");
    let run = run.trim_end_matches(is_space);
    if unit.class == UnitClass::Currency && !is_money_noun(run) {
        // 5亿元项目: a size class of projects.
        return Some("size class");
    }
    if unit.class == UnitClass::Time {
        // 15分钟便民生活圈: a duration naming a thing.
        return Some("duration name");
    }
    if figure_follows(text, next) {
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

// ---------------------------------------------------------------------------
// Cores: the target's own words, before the indicator is read
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Core {
    start: usize,
    end: usize,
    value: Option<Decimal>,
    unit: Option<String>,
    comparator: Comparator,
    kind: Option<TargetKind>,
    base: Option<Quantity>,
    benchmark: Option<String>,
    post: Option<Range<usize>>,
}

/// The end of a figure's phrase after its unit: an alternative unit in
/// brackets (`套 (间)`), then a suffix comparator.
fn phrase_tail(text: &str, unit_end: usize) -> (usize, Option<Comparator>) {
    let mut end = unit_end;
    if let Some(e) = alternative_unit(text, end) {
        end = e;
    }
    let at = skip_spaces(text, end);
    match starting_at(text, at, SUFFIX_COMPARATORS) {
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
fn figure_core(
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
    let prefix = ending_at(text, before, PREFIX_COMPARATORS);
    let change_start = word_ending_at(text, before, CHANGE_VERBS);
    let next = skip_spaces(text, end);
    let mut post = None;
    let mut core_end = end;
    if runs_on(text, next) {
        if runs_on_rule(
            text,
            figure,
            &unit,
            suffix.is_some() || prefix.is_some(),
            next,
        )
        .is_some()
        {
            return None;
        }
        let post_end = noun_run_end(text, next);
        let post_end = skip_spaces_back(text, post_end).max(next);
        if post_end > next {
            post = Some(next..post_end);
            core_end = post_end;
        }
    }
    let comparator = suffix
        .or(prefix.map(|(_, c)| c))
        .unwrap_or(Comparator::Exactly);
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
            comparator,
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
    let marker = word_ending_at(text, skip_spaces_back(text, base.start), BASE_MARKERS)?;
    let after_base = base_unit.map_or(base.end, |u| u.end);
    let verb_end = word_starting_at(text, skip_spaces(text, after_base), CHANGE_VERBS)?;
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
    Some((
        Core {
            start: marker,
            end,
            value: Some(level.value),
            unit: Some(unit_text.clone()),
            comparator: suffix.unwrap_or(Comparator::Exactly),
            kind: Some(TargetKind::Change),
            base: Some(Quantity {
                value: base.value,
                unit: base_unit.map(|u| u.text.clone()).or(Some(unit_text)),
            }),
            benchmark: None,
            post: None,
        },
        Some(j),
    ))
}

/// Cores of targets without a figure: doubling, full coverage, zero.
fn keyword_cores(text: &str, quotes: &[Range<usize>]) -> Vec<Core> {
    let mut cores = Vec::new();
    for (i, _) in text.char_indices() {
        if in_quotes(quotes, i) {
            continue;
        }
        if let Some((end, kind)) = starting_at(text, i, NO_FIGURE_KEYWORDS) {
            // 翻一番 also contains 一番; take each keyword once.
            if cores.iter().any(|c: &Core| c.end > i) || keyword_names_a_thing(text, end) {
                continue;
            }
            cores.push(Core {
                start: i,
                end,
                value: None,
                unit: None,
                comparator: Comparator::Exactly,
                kind: Some(kind),
                base: None,
                benchmark: None,
                post: None,
            });
        }
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
fn relative_cores(text: &str, quotes: &[Range<usize>]) -> Vec<Core> {
    let mut cores = Vec::new();
    let mut skip_to = 0;
    for (i, _) in text.char_indices() {
        if i < skip_to || in_quotes(quotes, i) {
            continue;
        }
        let Some((word_end, comparator)) = starting_at(text, i, RELATIVE_WORDS) else {
            continue;
        };
        skip_to = word_end;
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
            comparator,
            kind: Some(TargetKind::Relative),
            base: None,
            benchmark: Some(words.to_owned()),
            post: None,
        });
    }
    cores
}

// ---------------------------------------------------------------------------
// Indicator and commitment
// ---------------------------------------------------------------------------

/// Strips trailing fillers and kind words; returns the rest and the kind a
/// kind word gave (growth or decrease). With `keep_kind_words`, growth and
/// decrease words stay (a relative target compares the growth itself).
fn strip_trailing(mut s: &str, keep_kind_words: bool) -> (&str, Option<TargetKind>) {
    let mut kind = None;
    loop {
        s = s.trim_end_matches(is_space);
        if let Some(w) = TRAILING_FILLERS.iter().find(|w| s.ends_with(*w)) {
            s = &s[..s.len() - w.len()];
            continue;
        }
        if keep_kind_words || kind.is_some() {
            break;
        }
        if let Some(w) = GROWTH_WORDS.iter().find(|w| s.ends_with(*w)) {
            s = &s[..s.len() - w.len()];
            kind = Some(TargetKind::Growth);
            continue;
        }
        if let Some(w) = DECREASE_WORDS.iter().find(|w| s.ends_with(*w)) {
            s = &s[..s.len() - w.len()];
            kind = Some(TargetKind::Decrease);
            continue;
        }
        break;
    }
    (s, kind)
}

fn strip_commitment(s: &str) -> &str {
    let s = s.trim_start_matches(is_space);
    COMMITMENTS
        .iter()
        .find_map(|(w, _)| s.strip_prefix(w))
        .unwrap_or(s)
}

/// Strips opening commitment words, adverbs and verbs.
fn strip_leading(mut s: &str) -> &str {
    let mut after_verb = false;
    loop {
        s = s.trim_start_matches(is_space);
        let before = s.len();
        s = strip_commitment(s);
        if let Some(w) = LEADING_ADVERBS.iter().find(|w| s.starts_with(*w)) {
            s = &s[w.len()..];
        }
        if let Some(w) = LEADING_VERBS
            .iter()
            .filter(|w| s.starts_with(*w))
            .max_by_key(|w| w.len())
        {
            s = &s[w.len()..];
            after_verb = true;
        } else if after_verb {
            if let Some(rest) = s.strip_prefix(VERB_CONNECTORS) {
                // 新建、改建 / 新建或优化: only when another verb follows.
                let rest = rest.trim_start_matches(is_space);
                if LEADING_VERBS.iter().any(|w| rest.starts_with(w)) {
                    s = rest;
                }
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Rule: an opening 在 (at), 为 (for) or 以 (by means of) frames the clause;
/// the indicator starts after the frame's verb
/// (`在高层建筑安装电动自行车电梯轿厢阻止系统` → `电动自行车电梯轿厢阻止系统`,
/// `为企业减负` → `企业减负`).
fn strip_frame(s: &str) -> &str {
    let Some(rest) = s.strip_prefix(FRAME_OPENERS) else {
        return s;
    };
    let first_verb = rest.char_indices().find_map(|(i, _)| {
        LEADING_VERBS
            .iter()
            .filter(|w| rest[i..].starts_with(*w))
            .max_by_key(|w| w.len())
            .map(|w| i + w.len())
    });
    match first_verb {
        Some(end) if end < rest.len() => &rest[end..],
        _ => rest,
    }
}

/// Rule: after a list of examples ending in 等 ("etc."), the indicator is
/// what follows 等 (`卡游动漫、威克抗老化胶膜等亿元项目` → `亿元项目`).
/// Only after a 、 list, and not in 等级 ("grade").
fn strip_examples(s: &str) -> &str {
    let Some(at) = s.rfind('等') else {
        return s;
    };
    let rest = &s[at + '等'.len_utf8()..];
    if s[..at].contains('、') && !rest.is_empty() && !rest.starts_with('级') {
        rest
    } else {
        s
    }
}

/// The indicator from the words before the target (and a noun after a bare
/// figure), with the kind a trailing kind word gave.
fn indicator(pre: &str, post: &str, keep_kind_words: bool) -> (String, Option<TargetKind>) {
    let (trimmed, kind) = strip_trailing(pre, keep_kind_words);
    let words = strip_examples(strip_frame(strip_leading(trimmed)));
    let words = strip_leading(words).trim_matches(is_space);
    let post = post.trim_matches(is_space);
    let mut out = format!("{words}{post}");
    if out.is_empty() {
        // Nothing but a verb: keep the verb (全年开行 1600 列以上).
        out = strip_commitment(trimmed).trim_matches(is_space).to_owned();
    }
    (out, kind)
}

/// Rule: 确保 is firm, 力争 and 争取 strive. The word governs its own clause,
/// and the whole sentence when it opens the sentence.
fn commitment(text: &str, at: usize) -> Commitment {
    let clause = clause_start(text, at);
    let words = text.get(clause..at).unwrap_or("");
    let in_clause = COMMITMENTS
        .iter()
        .filter_map(|(w, c)| words.rfind(w).map(|p| (p, *c)))
        .max_by_key(|(p, _)| *p);
    if let Some((_, c)) = in_clause {
        return c;
    }
    let sentence = sentence_start(text, at);
    let opening = text
        .get(sentence..at)
        .unwrap_or("")
        .trim_start_matches(is_space);
    COMMITMENTS
        .iter()
        .find(|(w, _)| opening.starts_with(w))
        .map_or(Commitment::Plain, |(_, c)| *c)
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

// ---------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------

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
    let mut segment = clause_start(text, core.start).max(previous_end.unwrap_or(0));
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
        unit: core.unit,
        comparator: core.comparator,
        kind,
        base: core.base,
        commitment: commitment(text, core.start),
        benchmark: core.benchmark,
        span,
        part_of,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(text: &str) -> Figure {
        number::figures(text).remove(0)
    }

    fn fig_at(text: &str, n: usize) -> Figure {
        number::figures(text).remove(n)
    }

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
        assert!(figure_follows(text, text.find('婴').unwrap()));
        assert!(!figure_follows("学校，800个", 0));
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
                runs_on_rule(text, &f, &unit, cmp, next),
                Some(why),
                "{text}"
            );
        }
        for text in ["完成50万千瓦并网", "实现出租车 100%清洁能源化"] {
            let f = fig(text);
            let unit = number::unit_at(text, f.end).unwrap();
            let next = skip_spaces(text, unit.end);
            assert_eq!(runs_on_rule(text, &f, &unit, false, next), None, "{text}");
        }
        let text = "完成 2 家医院老年医学科规范化建设";
        let f = fig(text);
        let unit = number::unit_at(text, f.end).unwrap();
        assert_eq!(runs_on_rule(text, &f, &unit, false, unit.end + 1), None);
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
        assert_eq!(runs_on_rule(text, &f, &unit, false, next), None);
    }

    #[test]
    fn list_connectors_do_not_run_on() {
        assert!(!runs_on("和", 0));
        assert!(!runs_on("，", 0));
        assert!(runs_on("学校", 0));
        assert!(runs_on("“上下学", 0));
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

    #[test]
    fn trailing_kind_words_set_the_kind() {
        assert_eq!(
            strip_trailing("地区生产总值增长 ", false),
            ("地区生产总值", Some(TargetKind::Growth))
        );
        assert_eq!(
            strip_trailing("能耗下降", false),
            ("能耗", Some(TargetKind::Decrease))
        );
        assert_eq!(strip_trailing("收入增速", true), ("收入增速", None));
        assert_eq!(strip_trailing("收入达", false), ("收入", None));
        assert_eq!(
            strip_trailing("零就业家庭动态", false),
            ("零就业家庭", None)
        );
    }

    #[test]
    fn leading_commitments_adverbs_and_verbs_go() {
        assert_eq!(strip_leading("力争新增城镇就业"), "城镇就业");
        assert_eq!(
            strip_leading("新建、改建、转化保障性租赁住房"),
            "保障性租赁住房"
        );
        assert_eq!(strip_leading("新建或优化公交候车亭"), "公交候车亭");
        assert_eq!(strip_leading("新 (改) 建公厕"), "公厕");
        assert_eq!(strip_leading("高质量举办创业活动"), "创业活动");
        // A verb followed by 或 and a noun keeps the noun.
        assert_eq!(strip_leading("新增或一般"), "或一般");
    }

    #[test]
    fn frames_are_cut_through_their_verb() {
        assert_eq!(
            strip_frame("在高层建筑安装电动自行车电梯轿厢阻止系统"),
            "电动自行车电梯轿厢阻止系统"
        );
        assert_eq!(strip_frame("为企业减负"), "企业减负");
        assert_eq!(strip_frame("以未来社区理念提升老旧小区"), "老旧小区");
        assert_eq!(strip_frame("企业"), "企业");
    }

    #[test]
    fn examples_before_deng_are_dropped() {
        assert_eq!(
            strip_examples("卡游动漫、威克抗老化胶膜等亿元项目"),
            "亿元项目"
        );
        assert_eq!(strip_examples("高等教育机构"), "高等教育机构");
        assert_eq!(strip_examples("甲、乙等级"), "甲、乙等级");
    }

    #[test]
    fn commitment_scope() {
        let text = "力争出口增速超全省平均，进口突破 400 亿元。";
        assert_eq!(
            commitment(text, text.find("突破").unwrap()),
            Commitment::Strive
        );
        let text = "深化改革, 争取农房发证应发尽发, 累计发放贷款 250 亿元以上";
        assert_eq!(
            commitment(text, text.find("250").unwrap()),
            Commitment::Plain
        );
        let text = "新增就业 5 万人以上，确保零就业家庭动态清零";
        assert_eq!(commitment(text, text.find('5').unwrap()), Commitment::Plain);
        assert_eq!(
            commitment(text, text.find("清零").unwrap()),
            Commitment::Firm
        );
    }

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

    #[test]
    fn clause_and_sentence_breaks() {
        let text = "甲，乙。丙";
        assert_eq!(clause_start(text, text.len()), text.find('丙').unwrap());
        assert_eq!(sentence_start(text, text.find('乙').unwrap()), 0);
        // A comma between digits is a thousands separator.
        assert!(!is_clause_break("1,000", 1));
        assert!(is_clause_break("模式,与", "模式".len()));
    }
}
