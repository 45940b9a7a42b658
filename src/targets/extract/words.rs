//! The words the rules look for, table by table, and the longest-match
//! lookups on them.
//!
//! The tables the rules look up at many places of a text are [`Table`]s:
//! the words compiled once into an Aho-Corasick automaton, so that a lookup
//! reads the text once instead of trying every word of the table in turn.

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use once_cell::sync::Lazy;

use crate::targets::{Commitment, Comparator, TargetKind};

/// A table of words and their values, with an automaton built once over
/// the words. Every lookup returns the longest word at the place it looks
/// (不低于 over 低于), as a scan of the table keeping the longest would.
pub(super) struct Table<T> {
    rows: Vec<(&'static str, T)>,
    searcher: AhoCorasick,
}

impl Table<()> {
    /// A table of words without values.
    fn words(words: &[&'static str]) -> Self {
        let rows: Vec<_> = words.iter().map(|w| (*w, ())).collect();
        Table::new(&rows)
    }
}

impl<T: Copy> Table<T> {
    pub(super) fn new(rows: &[(&'static str, T)]) -> Self {
        let searcher = AhoCorasick::builder()
            // Leftmost-longest: of the words starting at one place, the
            // longest.
            .match_kind(MatchKind::LeftmostLongest)
            // Both: lookups at one place (anchored) and searches onwards.
            .start_kind(StartKind::Both)
            .build(rows.iter().map(|(w, _)| w))
            .expect("a table of a few short words builds");
        Table {
            rows: rows.to_vec(),
            searcher,
        }
    }

    /// The longest word starting at `at`, with its end.
    pub(super) fn starting_at(&self, text: &str, at: usize) -> Option<(usize, T)> {
        let input = Input::new(text)
            .range(at.min(text.len())..)
            .anchored(Anchored::Yes);
        let found = self.searcher.find(input)?;
        let (_, value) = self.rows.get(found.pattern().as_usize())?;
        Some((found.end(), *value))
    }

    /// The first place at or after `from` where a word starts, with the
    /// longest word there: its start, end and value.
    pub(super) fn next_from(&self, text: &str, from: usize) -> Option<(usize, usize, T)> {
        let found = self
            .searcher
            .find(Input::new(text).range(from.min(text.len())..))?;
        let (_, value) = self.rows.get(found.pattern().as_usize())?;
        Some((found.start(), found.end(), *value))
    }

    /// The longest word ending at `at`, with its start.
    pub(super) fn ending_at(&self, text: &str, at: usize) -> Option<(usize, T)> {
        let head = text.get(..at)?;
        self.rows
            .iter()
            .filter(|(w, _)| head.ends_with(w))
            .max_by_key(|(w, _)| w.len())
            .map(|(w, v)| (at - w.len(), *v))
    }
}

/// Comparators written before the figure. The longest match ending right
/// before the figure wins (不低于 over 低于, 不超过 over 超过 over 超).
pub(super) static PREFIX_COMPARATORS: Lazy<Table<Comparator>> = Lazy::new(|| {
    Table::new(&[
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
    ])
});

/// Comparators written after the figure and its unit; they take precedence
/// over a prefix (达…以上 is at least, 控制在…以内 at most).
pub(super) static SUFFIX_COMPARATORS: Lazy<Table<Comparator>> = Lazy::new(|| {
    Table::new(&[
        ("及以上", Comparator::AtLeast),
        ("以上", Comparator::AtLeast),
        ("及以下", Comparator::AtMost),
        ("以下", Comparator::AtMost),
        ("以内", Comparator::AtMost),
        ("左右", Comparator::About),
    ])
});

/// Verbs of change between a base and a level (由 X 提高到 Y).
pub(super) static CHANGE_VERBS: Lazy<Table<()>> = Lazy::new(|| {
    Table::words(&[
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
    ])
});

/// Endings of the words after a measure (not a count) that make the measure
/// the goal of a process (完成50万千瓦并网 "connect 500 MW to the grid",
/// 出租车 100%清洁能源化 "taxis 100% clean-energy"), rather than the size of
/// a thing (年产 10 万吨项目 "a 100 000-tonne-a-year project").
pub(super) const PROCESS_ENDINGS: &[&str] = &[
    "化", "并网", "改造", "建设", "覆盖", "达标", "投运", "投产", "运行", "安装", "接入", "上线",
];

/// Words for money: a money amount running on into one of them is that
/// money, not a size class (安排 3 亿元资金).
pub(super) const MONEY_NOUNS: &[&str] = &[
    "资金", "投资", "贷款", "补助", "补贴", "奖补", "奖励", "收入", "融资", "授信", "基金", "税收",
    "债券",
];

/// Words introducing the base of a change.
pub(super) static BASE_MARKERS: Lazy<Table<()>> = Lazy::new(|| Table::words(&["由", "从"]));

/// Words right before a figure that make it a growth.
pub(super) const GROWTH_WORDS: &[&str] = &["增长", "增速", "增幅", "提高", "提升", "增加"];

/// Words right before a figure that make it a decrease.
pub(super) const DECREASE_WORDS: &[&str] = &["下降", "降低", "减少", "压减"];

/// Words right before the figure (or keyword) that belong to neither the
/// indicator nor the kind: "reach", "achieve", "all", "dynamically" …
pub(super) const TRAILING_FILLERS: &[&str] = &[
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
pub(super) const SHARE_ENDINGS: &[&str] = &["率", "占比", "覆盖面", "比重", "比例"];

/// Commitment words and their strength.
pub(super) static COMMITMENTS: Lazy<Table<Commitment>> = Lazy::new(|| {
    Table::new(&[
        ("确保", Commitment::Firm),
        ("力争", Commitment::Strive),
        ("争取", Commitment::Strive),
    ])
});

/// Adverbs opening a clause, dropped from the indicator.
pub(super) static LEADING_ADVERBS: Lazy<Table<()>> = Lazy::new(|| {
    Table::words(&[
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
    ])
});

/// Verbs opening a clause (完成, 新增 …), dropped from the indicator: the
/// indicator is what is done, built or counted, not the doing.
pub(super) static LEADING_VERBS: Lazy<Table<()>> = Lazy::new(|| {
    Table::words(&[
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
    ])
});

/// Openings "at …", "for …", "by means of …" cut through their verb.
pub(super) const FRAME_OPENERS: &[char] = &['在', '为', '以'];

/// Connectors between opening verbs (新建、改建、转化; 新建或优化).
pub(super) const VERB_CONNECTORS: &[char] = &['、', '或', '和', '及', '并'];

/// Verbs that make a Chinese-numeral count before its noun a target
/// (新建两所学校) rather than the name of a set (十项举措).
pub(super) static CHINESE_COUNT_VERBS: Lazy<Table<()>> = Lazy::new(|| {
    Table::words(&[
        "新增", "新建", "建成", "建设", "创建", "培育", "引进", "完成", "开工", "举办", "增设",
        "培训",
    ])
});

/// Characters before 一 that make it part of a word (统一 "unified", 唯一
/// "only", 每一 "every", 第一 "first"), not a count.
pub(super) const WORD_FORMING_BEFORE_ONE: &str = "统唯万之同单专逐每第";

/// Characters after a figure that make it a version, phase, grade, star
/// rating, edition or number rather than an amount: 3.0 版, 二期, 4A 级.
pub(super) const NOT_AMOUNT_AFTER: &str = "版期级星届号";

/// Targets without a figure, by keyword.
pub(super) static NO_FIGURE_KEYWORDS: Lazy<Table<TargetKind>> = Lazy::new(|| {
    Table::new(&[
        ("翻一番", TargetKind::Doubling),
        ("翻番", TargetKind::Doubling),
        ("全覆盖", TargetKind::FullCoverage),
        ("清零", TargetKind::Zero),
    ])
});

/// Comparator words before a benchmark (高于全省平均, 快于经济增速).
pub(super) static RELATIVE_WORDS: Lazy<Table<Comparator>> = Lazy::new(|| {
    Table::new(&[
        ("不低于", Comparator::AtLeast),
        ("高于", Comparator::MoreThan),
        ("快于", Comparator::MoreThan),
        ("优于", Comparator::MoreThan),
        ("好于", Comparator::MoreThan),
        ("超过", Comparator::MoreThan),
        ("超", Comparator::MoreThan),
        ("低于", Comparator::LessThan),
        ("慢于", Comparator::LessThan),
    ])
});

/// Endings that make the words after a comparator a benchmark: a rate, a
/// growth, a level (经济增速, 面上投资增长, 全国水平). 平均 anywhere does too.
pub(super) const BENCHMARK_ENDINGS: &[&str] = &["增速", "增长", "增幅", "速度", "水平", "均值"];
