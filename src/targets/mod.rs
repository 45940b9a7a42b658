//! Quantitative targets in task texts (地区生产总值增长 8%以上, "regional
//! GDP grows by 8% or more").
//!
//! Targets are a pure function of a task's clean text: [`extract`] applies
//! the rules in [`rules`]. [`Task::targets`](crate::Task::targets) reads
//! one task's; an [`Index`](crate::Index) reads every task's once when it is
//! built, and [`Index::targets`](crate::Index::targets) walks them, filtered
//! by kind, measure (unit of measure), scope and carrying unit, and
//! totalled. The data model stores none of them: they follow from the text,
//! so a [`Breakdown`](crate::Breakdown) read back from JSON has the targets
//! its task texts state.
//!
//! A target carries the phrase as written and its span, the indicator (what
//! is measured or counted), an exact [`Decimal`] value with 万 (10⁴) and
//! 亿 (10⁸) applied, its measure (`元`) and its measure as written with the
//! magnitude (`亿元` for `400 亿元`), a [`Comparator`], a [`TargetKind`], a
//! [`Scope`] (one amount for the whole, or a level for each village, firm,
//! household or person) and a [`Commitment`]. Targets without a figure
//! (翻番 "doubling", 全覆盖 "full coverage", 清零 "down to zero", 高于全省平均
//! "above the provincial average") have a kind of their own and no value;
//! those without a benchmark either (doubling, full coverage, zero) have no
//! comparator.
//!
//! Only aggregate amounts add up:
//! [`Targets::totals`](crate::Targets::totals) sums them per measure, and
//! refuses with an error a sum too large to be exact.
//!
//! # Example
//!
//! ```
//! use yiwu_duties::targets::{Comparator, Decimal, TargetKind};
//!
//! let task = yiwu_duties::breakdown().task("K2.1.1").unwrap();
//! let target = &task.targets()[0];
//! assert_eq!(target.indicator(), "地区生产总值");
//! assert_eq!(target.kind(), TargetKind::Growth);
//! assert_eq!(target.value(), Some(Decimal::from(8)));
//! assert_eq!(target.measure(), Some("%"));
//! assert_eq!(target.comparator(), Some(Comparator::AtLeast));
//! ```

use std::fmt;
use std::ops::Range;

pub use rust_decimal::Decimal;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

mod extract;

pub mod rules {
    //! The extraction rules, stage by stage, with the decisions taken on
    //! ambiguous cases. Each rule is a small named function or table in the
    //! crate's source (`src/targets/extract/`, one file per stage)
    //! with a unit test, and `tests/targets.rs` checks each one through
    //! [`extract`](super::extract).
    //!
    //! A false target is worse than a missed one: where a reading is in
    //! doubt, the rules leave the figure out. Scope and the measure as
    //! written are read by the rules in [Scope](#scope) and [Finding
    //! figures](#finding-figures).
    //!
    //! # Finding figures
    //!
    //! * **Figures.** Arabic numbers (`8`, `7.5`, `18000`, full-width digits
    //!   too, `1,000` with thousands separators) and Chinese numerals below
    //!   10 000 (`五`, `两`, `十二`). A magnitude may follow, with or without
    //!   a space: 万 (10⁴), 亿 (10⁸), 万亿 (10¹²), and 十/百/千 before them
    //!   (`5千万` is 5·10⁷). Values are exact decimals, normalised
    //!   (`1.3万` is `13000`).
    //! * **A unit of measure is required.** A figure is a target only when a
    //!   known unit follows it (`%`, `元`, `千瓦`, `吨标煤`, `个`, `人次`,
    //!   `标箱`, `公里` …, currencies, and compounds such as `元/吨`). A
    //!   figure with no unit is an ordinal, a code or a name (`“141”`,
    //!   `G60`, `2022年`). The measure is the unit as written, without the
    //!   magnitude: the value has the magnitude applied, so that targets
    //!   written `400 亿元` and `5000 万元` are both in 元 and add up.
    //! * **The measure as written** keeps the magnitude before the unit, as
    //!   the text writes it and without the spaces around it: `400 亿元` is
    //!   measured in 元 and written in `亿元`, `2.5万吨标煤` in `万吨标煤`,
    //!   `5千万元` in `千万元`, `200 万元/亩` in `万元/亩` (measure `元/亩`).
    //!   Without a magnitude it is the measure (`40个`: `个`). For a change
    //!   it is the level's (`由 1 万人提高到 2 万人`: `万人`).
    //! * **Known measures.** A measure the crate knows is a unit of the
    //!   table above, or a compound of two, with or without a magnitude
    //!   before it (`元`, `亿元`, `万吨标煤`, `元/吨`); ages (`岁`) are not
    //!   measures, since they are never targets.
    //!   [`is_known_measure`](super::is_known_measure) says which;
    //!   [`Targets::measured_in`](crate::Targets::measured_in) matches
    //!   either the measure or the measure as written, and refuses one it
    //!   does not know.
    //! * **Alternative units in brackets** (`18000 套 (间)`, "sets (rooms)")
    //!   belong to the phrase but not to the unit, so that totals per unit
    //!   stay meaningful.
    //!
    //! # What is not a target
    //!
    //! * **Quoted names.** Anything inside “…”, "…", 「…」 or 《…》 is a name
    //!   (`“141”`, `“15分钟便民生活圈”`, `“千塘百库除险清零行动”`). A quote left
    //!   open by OCR ends at the end of its sentence.
    //! * **Codes.** A figure touching a Latin letter or `+` is a code
    //!   (`G60`, `G235`, `PM2.5`, `4A 级`, `5G`, `4+X`).
    //! * **Ranges.** The upper end of a range (`3-5 家`, `3至5家`) is not
    //!   read alone; the lower end has no unit. Neither becomes a target.
    //! * **Ordinals, versions, phases, grades.** A figure after 第 ("No.") or
    //!   before 版 (version: `3.0 版`), 期 (phase: `二期`), 级 (grade), 星
    //!   (star rating), 届 (edition) or 号 (number) is not an amount.
    //! * **Ages.** A figure in 岁 or 周岁 is always an age bracket qualifying
    //!   people (`60 周岁以上户籍老年人`, `3岁以下婴幼儿`), never a goal.
    //! * **Qualifiers.** A figure with a comparator that runs straight on
    //!   into a noun qualifies that noun (`3亩以上宗地企业` "firms on plots of
    //!   3 mu or more", `年销售超5亿元电商企业` "e-commerce firms with annual
    //!   sales over 500 million").
    //! * **Size classes.** A money amount that runs straight on into a noun is
    //!   a size class (`5亿元项目` "500-million projects"), unless the noun
    //!   is money itself (资金, 投资, 贷款, 基金 …: `安排 3 亿元资金` is a
    //!   target).
    //! * **Measures qualifying things.** A measure or percentage (not a
    //!   count) that runs straight on into a noun is a size or share
    //!   qualifying it (`年产 10 万吨项目`, `30%股权`), unless the words end
    //!   in a process (并网, 改造, 建设, …化): `完成50万千瓦并网`,
    //!   `出租车 100%清洁能源化` are targets. A count that runs on into its
    //!   noun is always read: `新建 25 所学校`.
    //! * **Durations as names.** A time figure that runs straight on into a
    //!   noun names a thing (`15分钟便民生活圈` "the 15-minute living circle").
    //! * **Figure before figure.** A figure followed by another Arabic figure
    //!   in the same clause, without a break, qualifies what the second one
    //!   counts (`3岁以下婴幼儿托位800个`: the target is 800).
    //! * **Chinese-numeral sets.** A Chinese-numeral count placed before its
    //!   noun names a set (`十项举措` "the ten measures") unless a verb of
    //!   making or adding comes straight before it (`新建两所学校`); placed at
    //!   the end of its clause it is a target (`新增康养联合体一家`). 一 before
    //!   a noun is never a count (`建设一条龙服务体系`: an idiom). 一 after
    //!   a word-forming character (`统一`, `唯一`, `每一`) is not a numeral.
    //!   Only counting classifiers (个, 所, 家, 项 …) are read after Chinese
    //!   numerals, so `千亩` or `三年` are never figures.
    //!
    //! # Reading a target
    //!
    //! * **Comparator.** Before the figure: 不少于, 不低于, 至少 (at least),
    //!   超, 超过, 突破, 高于 (more than), 不超过, 控制在 (at most), 低于,
    //!   少于 (less than), 约, 近 (about). After it, and taking precedence:
    //!   以上, 及以上 (at least: inclusive, as in Chinese law), 以内, 以下 (at
    //!   most), 左右 (about). Otherwise exactly. 达 "reaches" alone is not a
    //!   comparator: `达 70%以上` is at least 70, `达 70%` is exactly 70.
    //!   A relative target takes its comparator from the word before the
    //!   benchmark (高于 more than, 不低于 at least). Doubling, full coverage
    //!   and zero state no figure and no benchmark, so they have no
    //!   comparator (not exactly).
    //! * **Kind.** `由 X 提高到 Y` / `提高至 Y` (and 提升, 增加, 降低, 下降,
    //!   压缩, 缩短 … 到/至) is a change, with X as base when given. Otherwise a growth
    //!   word just before the figure (增长, 增速, 增幅, 提高, 提升, 增加)
    //!   makes it growth, a decrease word (下降, 降低, 减少, 压减) a
    //!   decrease. Otherwise a percentage, or an indicator ending in 率,
    //!   占比, 覆盖面, 比重 or 比例, is a share; anything else an amount.
    //! * **Targets without a figure.** 翻番 / 翻一番 (doubling), 全覆盖
    //!   (full coverage), 清零 (down to zero), and a comparator word (高于,
    //!   超, 超过, 快于, 优于, 不低于, 低于, 慢于) followed by a benchmark that
    //!   names an average, a rate or a growth (`全省平均`, `经济增速`,
    //!   `面上投资增长`) with no figure in it (relative; the benchmark is
    //!   kept). 倍增 is not read as doubling: in this genre it names
    //!   programmes (`双倍增计划`). A keyword that runs on into a noun is
    //!   part of a name (`除险清零行动`, `全覆盖式排查`). After the single
    //!   character 超 only an average or a named scope (全省, 全国, 面上,
    //!   同期, 上年 …) is a benchmark: `超额完成增长` is "over-fulfilled".
    //! * **Indicator.** The words of the clause before the figure, after the
    //!   previous target in the same clause, without commitment words,
    //!   leading adverbs and verbs (完成, 新增, 建成, 实施 …), the comparator
    //!   and the kind word. `在 …`/`为 …`/`以 …` openings are cut through
    //!   their verb (`在高层建筑安装电动自行车电梯轿厢阻止系统` gives
    //!   `电动自行车电梯轿厢阻止系统`). After a list of examples ending in 等
    //!   ("etc.") only what follows 等 is kept (`卡游动漫、威克抗老化胶膜等亿元项目`
    //!   gives `亿元项目`). A bare figure that runs on into a noun adds that
    //!   noun (`完成 2 家医院老年医学科规范化建设`, `出租车 100%清洁能源化`).
    //!   A subject ending in 均 or 都 ("all") reaches back over the commas of
    //!   its sentence. If nothing is left, the clause's verb is kept
    //!   (`全年开行 1600 列以上` gives `全年开行`).
    //! * **Commitment.** 确保 is firm, 力争 and 争取 strive. The word governs
    //!   its own clause, and the whole sentence when it opens the sentence
    //!   (`力争出口增速超全省平均，进口突破 400 亿元，转口实现翻番`: all
    //!   three strive); in mid-sentence it governs only its clause
    //!   (`…, 争取农房发证应发尽发, 累计发放农房抵押贷款 250 亿元以上`: the
    //!   loans are plain).
    //! * **Parts.** A target introduced by `(其中 …` / `，其中 …` ("of
    //!   which") is a part of the previous target of its sentence and links
    //!   to it through `part_of`; its indicator is what follows 其中
    //!   (`(其中农村 80 个)` gives `农村`). Totals leave parts out.
    //!
    //! # Scope
    //!
    //! A target is **per entity** when it sets a floor or ceiling for each
    //! village, firm, household or person rather than one amount for the
    //! whole; otherwise it is **aggregate**. Totals add aggregate targets
    //! only. The rule reads the words of the clause before the figure (or
    //! the keyword or comparator of a target without one), the same words
    //! the indicator is read from, with the subject a 均/都 reaches back to:
    //!
    //! * 所有 ("all") before a noun: `所有行政村集体年经营性收入达 50 万元以上`
    //!   is a level every village must reach. 所有制, 所有权, 所有者
    //!   (ownership, owner) are not "all".
    //! * 每 ("each") before a classifier or an entity, with a place between
    //!   them or not: 每个, 每家, 每户, 每村, 每人, 每所, 每一家, 每万人
    //!   (`每万人口拥有执业医师 3.5 人` is a ratio per 10 000 people). 每年,
    //!   每月, 每个月, 每季度 are times, not entities: an amount each year is
    //!   still a total.
    //! * A per-unit average: 人均 (per head), 户均 (per household), 村均
    //!   (per village), 企均 (per firm), 亩均 and 地均 (per mu, per unit of
    //!   land).
    //! * A subject opened by 各 ("each") and closed by 均 or 都 ("all"):
    //!   `各镇街均建成共享法庭 1 个` is one court in each town.
    //!
    //! Where the document is ambiguous the rules read aggregate, so a target
    //! keeps its place in the totals unless a word of the text makes it a
    //! level for each:
    //!
    //! * 各 alone: `开展各类职业技能培训 1.8 万人次` ("training of all kinds")
    //!   is a total, and `各镇街新增…` without 均 or 都 may be a share of a
    //!   total or a level for each town; the text does not say which.
    //! * 均 after a list of indicators means "all of them", not "per":
    //!   `制造业投资，民间投资…均快于面上投资增长` (K2.1.2) compares each
    //!   city-wide investment with the average, and is aggregate.
    //! * Averages over time (日均, 年均) and city-wide averages (`平均浓度`)
    //!   are the city's own level, so aggregate; they are rarely amounts, and
    //!   a growth or a share is never totalled.
    //! * `农村均…` ("the countryside all …") reads as 村均 and is per
    //!   entity: each village, which is what such sentences set.
    //!
    //! # Decisions on the 2022 Yiwu document
    //!
    //! * `争取全省“最佳应用”1个以上` (K2.3.7) is a target: at least one
    //!   provincial "best application" award, strive, indicator
    //!   `全省“最佳应用”`. The figure is outside the quotes; the quotes are
    //!   part of the indicator.
    //! * `发放创业担保贷款 5000 万元` (L2.6) is a target of exactly
    //!   50 000 000 元, written in `万元`: the space before 万 does not split
    //!   magnitude from figure.
    //! * `所有行政村集体年经营性收入达 50 万元以上` (K7.2.2) is per entity:
    //!   at least 500 000 元 (written `万元`) for each administrative
    //!   village, not 500 000 元 in all. It is the seed's only per-entity
    //!   target, and is left out of the 元 total.
    //! * `完成规上工业智能化诊断全覆盖` (K3.1.7), `城乡义务教育共同体全覆盖`
    //!   (K5.2.3), `零就业家庭动态清零` (K3.2.9) and `转口实现翻番` (K6.2.5)
    //!   have no comparator.
    //! * `启动农村有机更新(含微改造)30个村` (L6.1): 30 个, and the indicator
    //!   adds the counted noun: `农村有机更新(含微改造)村`.
    //! * `完成50万千瓦并网` (K2.5.4): 500 000 千瓦, indicator `并网`
    //!   (grid connection).
    //! * `确保共富路上一个也不掉队` (K7.2.3) "not one left behind" is not a
    //!   target: 一个 is mid-clause and no verb of adding precedes it.
    //! * `深化落地城市国际化提升十项举措` (K6.4.7) is not a target: the ten
    //!   measures are a named set.
    //! * `继续扩大人群接种覆盖面` (K5.1.1) is not a target: 覆盖面 with no
    //!   figure and no 全覆盖.
    //! * `实施“千塘百库除险清零行动”` (K7.3.10) is not a zero target: 清零 is
    //!   inside the programme's quoted name.
}

/// A quantitative target stated in a task's text.
///
/// Serializes as `{text, indicator, value, measure, measure_as_written,
/// comparator, kind, scope, base, commitment, benchmark, span, part_of}`,
/// the value as an exact decimal string or `null`, the comparator `null`
/// for a target with neither a figure nor a benchmark.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::{Commitment, TargetKind};
/// let task = yiwu_duties::breakdown().task("K6.2.5").unwrap();
/// let kinds: Vec<_> = task.targets().iter().map(|t| t.kind()).collect();
/// assert_eq!(kinds, [TargetKind::Relative, TargetKind::Amount, TargetKind::Doubling]);
/// assert!(task.targets().iter().all(|t| t.commitment() == Commitment::Strive));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Target {
    pub(crate) text: String,
    pub(crate) indicator: String,
    pub(crate) value: Option<Decimal>,
    pub(crate) measure: Option<String>,
    pub(crate) measure_as_written: Option<String>,
    pub(crate) comparator: Option<Comparator>,
    pub(crate) kind: TargetKind,
    pub(crate) scope: Scope,
    pub(crate) base: Option<Quantity>,
    pub(crate) commitment: Commitment,
    pub(crate) benchmark: Option<String>,
    pub(crate) span: Range<usize>,
    pub(crate) part_of: Option<usize>,
}

impl Target {
    /// The phrase as written in the task text.
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K7.4.2").unwrap();
    /// assert_eq!(task.targets()[1].text(), "护理型养老床位占比由56%提高到60%");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The phrase's byte range in the task text: `&task.text()[span]` is
    /// [`Target::text`].
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K3.1.14").unwrap();
    /// for target in task.targets() {
    ///     assert_eq!(&task.text()[target.span()], target.text());
    /// }
    /// ```
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// What is measured or counted (`地区生产总值`, `避灾安置场所规范化建设`).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K2.4.7").unwrap();
    /// assert_eq!(task.targets()[0].indicator(), "避灾安置场所规范化建设");
    /// ```
    pub fn indicator(&self) -> &str {
        &self.indicator
    }

    /// The figure, exact, with 万 and 亿 applied; `None` for targets without
    /// a figure (doubling, full coverage, zero, relative).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Decimal;
    /// let b = yiwu_duties::breakdown();
    /// // 进口突破 400 亿元: imports above 40 billion yuan.
    /// let imports = &b.task("K6.2.5").unwrap().targets()[1];
    /// assert_eq!(imports.value(), Some(Decimal::from(40_000_000_000u64)));
    /// assert_eq!(b.task("K1.1").unwrap().targets()[0].value(), None);
    /// ```
    pub fn value(&self) -> Option<Decimal> {
        self.value
    }

    /// The measure (unit of measure) as written after the figure, without
    /// the magnitude (`%`, `元`, `千瓦`, `人次`).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K2.5.4").unwrap();
    /// assert_eq!(task.targets()[0].measure(), Some("千瓦"));
    /// ```
    pub fn measure(&self) -> Option<&str> {
        self.measure.as_deref()
    }

    /// The measure as the text writes it, with its magnitude (`亿元` for
    /// `400 亿元`, `万吨标煤` for `2.5万吨标煤`), without spaces; the same as
    /// [`Target::measure`] when no magnitude is written, `None` when there
    /// is no figure. [`Target::value`] has the magnitude applied, so the
    /// value is always in [`Target::measure`].
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// // 进口突破 400 亿元: measure 元, written 亿元.
    /// let imports = &b.task("K6.2.5").unwrap().targets()[1];
    /// assert_eq!((imports.measure(), imports.measure_as_written()), (Some("元"), Some("亿元")));
    /// // 发放创业担保贷款 5000 万元.
    /// let loans = &b.task("L2.6").unwrap().targets()[0];
    /// assert_eq!(loans.measure_as_written(), Some("万元"));
    /// // 新增海外仓40个: no magnitude.
    /// let depots = &b.task("K6.2.12").unwrap().targets()[0];
    /// assert_eq!(depots.measure_as_written(), Some("个"));
    /// ```
    pub fn measure_as_written(&self) -> Option<&str> {
        self.measure_as_written.as_deref()
    }

    /// How the figure, or for a relative target the benchmark, bounds the
    /// outcome; `None` for a target with neither (doubling, full coverage,
    /// zero): those state no number to compare with, and are not read as
    /// `exactly`.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Comparator;
    /// let b = yiwu_duties::breakdown();
    /// // 货邮吞吐量超 1.3 万吨: cargo throughput above 13 000 tonnes.
    /// let cargo = &b.task("K6.3.9").unwrap().targets()[0];
    /// assert_eq!(cargo.comparator(), Some(Comparator::MoreThan));
    /// // 出口增速超全省平均, 进口突破 400 亿元, 转口实现翻番.
    /// let trade: Vec<_> = b.task("K6.2.5").unwrap().targets().iter().map(|t| t.comparator()).collect();
    /// assert_eq!(trade, [Some(Comparator::MoreThan), Some(Comparator::MoreThan), None]);
    /// ```
    pub fn comparator(&self) -> Option<Comparator> {
        self.comparator
    }

    /// Whether the target is one amount for the whole (city-wide) or a
    /// level each entity must meet (each village, firm, household, person).
    /// See [`rules`](crate::targets::rules#scope) for how it is read.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Scope;
    /// let b = yiwu_duties::breakdown();
    /// // 所有行政村集体年经营性收入达 50 万元以上: every village's income.
    /// assert_eq!(b.task("K7.2.2").unwrap().targets()[0].scope(), Scope::PerEntity);
    /// // 发放创业担保贷款 5000 万元: loans in all.
    /// assert_eq!(b.task("L2.6").unwrap().targets()[0].scope(), Scope::Aggregate);
    /// ```
    pub fn scope(&self) -> Scope {
        self.scope
    }

    /// What kind of target it is.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::TargetKind;
    /// let task = yiwu_duties::breakdown().task("K5.2.3").unwrap();
    /// assert_eq!(task.targets()[0].kind(), TargetKind::FullCoverage);
    /// ```
    pub fn kind(&self) -> TargetKind {
        self.kind
    }

    /// For a change (`由56%提高到60%`), the level it starts from, if given.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Decimal;
    /// let targets = yiwu_duties::breakdown().task("K7.4.2").unwrap().targets();
    /// let base = targets[1].base().unwrap();
    /// assert_eq!((base.value(), base.measure()), (Decimal::from(56), Some("%")));
    /// ```
    pub fn base(&self) -> Option<&Quantity> {
        self.base.as_ref()
    }

    /// How firmly the target is committed to.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Commitment;
    /// let task = yiwu_duties::breakdown().task("K3.2.9").unwrap();
    /// // 确保零就业家庭动态清零: households with nobody employed, kept at zero.
    /// assert_eq!(task.targets()[1].commitment(), Commitment::Firm);
    /// ```
    pub fn commitment(&self) -> Commitment {
        self.commitment
    }

    /// For a relative target, the benchmark as written (`全省平均`,
    /// `经济增速`).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K2.2.1").unwrap();
    /// assert_eq!(task.targets()[0].benchmark(), Some("经济增速"));
    /// ```
    pub fn benchmark(&self) -> Option<&str> {
        self.benchmark.as_deref()
    }

    /// For a part of another target (`其中农村 80 个`), the index of that
    /// target in the same task's [`targets`](crate::Task::targets).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("L6.7").unwrap();
    /// let part = &task.targets()[1];
    /// assert_eq!(part.part_of(), Some(0));
    /// assert_eq!(part.indicator(), "农村");
    /// ```
    pub fn part_of(&self) -> Option<usize> {
        self.part_of
    }

    /// Whether the target has a figure (a value).
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K6.2.5").unwrap();
    /// let with_figure: Vec<bool> = task.targets().iter().map(|t| t.has_figure()).collect();
    /// assert_eq!(with_figure, [false, true, false]);
    /// ```
    pub fn has_figure(&self) -> bool {
        self.value.is_some()
    }
}

/// Shows the target as `indicator kind comparator value unit`, e.g.
/// `地区生产总值 growth ≥ 8 %`, with `each` after a per-entity target.
///
/// # Example
///
/// ```
/// let task = yiwu_duties::breakdown().task("K2.1.1").unwrap();
/// assert_eq!(task.targets()[0].to_string(), "地区生产总值 growth ≥ 8 %");
/// let task = yiwu_duties::breakdown().task("K7.2.2").unwrap();
/// assert_eq!(task.targets()[0].to_string(), "所有行政村集体年经营性收入 amount ≥ 500000 元 each");
/// let task = yiwu_duties::breakdown().task("K1.1").unwrap();
/// assert_eq!(task.targets()[0].to_string(), "一般公共预算收入增速 relative > 全省平均");
/// ```
impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.indicator, self.kind.as_str())?;
        if let Some(base) = &self.base {
            write!(f, " from {}", base.value)?;
            if let Some(unit) = &base.measure {
                write!(f, " {unit}")?;
            }
        }
        let symbol = self.comparator.map_or("", Comparator::symbol);
        if let Some(value) = self.value {
            write!(f, " {symbol} {value}")?;
            if let Some(unit) = &self.measure {
                write!(f, " {unit}")?;
            }
        } else if let Some(benchmark) = &self.benchmark {
            write!(f, " {symbol} {benchmark}")?;
        }
        if self.scope == Scope::PerEntity {
            f.write_str(" each")?;
        }
        Ok(())
    }
}

/// A figure with its unit of measure: the base of a change.
///
/// # Example
///
/// ```
/// let targets = yiwu_duties::breakdown().task("K7.4.2").unwrap().targets();
/// let base = targets[1].base().unwrap();
/// assert_eq!(base.value().to_string(), "56");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Quantity {
    pub(crate) value: Decimal,
    pub(crate) measure: Option<String>,
    pub(crate) measure_as_written: Option<String>,
}

impl Quantity {
    /// The figure, exact.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Decimal;
    /// let task = yiwu_duties::breakdown().task("K7.4.2").unwrap();
    /// assert_eq!(task.targets()[1].base().unwrap().value(), Decimal::from(56));
    /// ```
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The measure (unit of measure) as written.
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K7.4.2").unwrap();
    /// assert_eq!(task.targets()[1].base().unwrap().measure(), Some("%"));
    /// ```
    pub fn measure(&self) -> Option<&str> {
        self.measure.as_deref()
    }

    /// The measure with the magnitude the figure was written with, as
    /// [`Target::measure_as_written`] gives it for the target's own
    /// figure: `万吨` for a base written `由2万吨`, whose
    /// [`value`](Self::value) is 20000 and [`measure`](Self::measure) 吨.
    ///
    /// # Example
    ///
    /// ```
    /// let task = yiwu_duties::breakdown().task("K7.4.2").unwrap();
    /// assert_eq!(task.targets()[1].base().unwrap().measure_as_written(), Some("%"));
    /// ```
    pub fn measure_as_written(&self) -> Option<&str> {
        self.measure_as_written.as_deref()
    }
}

/// How the target's figure (or benchmark) bounds the outcome.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::Comparator;
/// assert_eq!(Comparator::AtLeast.as_str(), "at_least");
/// assert_eq!(Comparator::AtLeast.symbol(), "≥");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Comparator {
    /// 以上, 不少于, 不低于, 达…以上: the figure or more.
    AtLeast,
    /// 超, 超过, 突破: more than the figure.
    MoreThan,
    /// 以内, 以下, 不超过, 控制在…以内: the figure or less.
    AtMost,
    /// 低于: less than the figure.
    LessThan,
    /// 左右, 约: about the figure.
    About,
    /// A bare figure (a figure-less target has no comparator at all).
    Exactly,
}

impl Comparator {
    /// The name used in exports: `at_least`, `more_than`, `at_most`,
    /// `less_than`, `about`, `exactly`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::targets::Comparator::MoreThan.as_str(), "more_than");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Comparator::AtLeast => "at_least",
            Comparator::MoreThan => "more_than",
            Comparator::AtMost => "at_most",
            Comparator::LessThan => "less_than",
            Comparator::About => "about",
            Comparator::Exactly => "exactly",
        }
    }

    /// A mathematical symbol: `≥`, `>`, `≤`, `<`, `≈`, `=`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::targets::Comparator::About.symbol(), "≈");
    /// ```
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::AtLeast => "≥",
            Comparator::MoreThan => ">",
            Comparator::AtMost => "≤",
            Comparator::LessThan => "<",
            Comparator::About => "≈",
            Comparator::Exactly => "=",
        }
    }
}

impl fmt::Display for Comparator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses the word [`Display`](fmt::Display) writes.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::Comparator;
/// assert_eq!("at_least".parse::<Comparator>(), Ok(Comparator::AtLeast));
/// ```
impl std::str::FromStr for Comparator {
    type Err = crate::word::ParseWordError;

    fn from_str(word: &str) -> Result<Comparator, Self::Err> {
        const ALL: &[Comparator] = &[
            Comparator::AtLeast,
            Comparator::MoreThan,
            Comparator::AtMost,
            Comparator::LessThan,
            Comparator::About,
            Comparator::Exactly,
        ];
        crate::word::parse(word, ALL, "comparator")
    }
}

/// What kind of target it is.
///
/// The first five carry a figure; the last four do not.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::TargetKind;
/// assert!(TargetKind::Growth.has_figure());
/// assert!(!TargetKind::Doubling.has_figure());
/// assert_eq!(TargetKind::FullCoverage.as_str(), "full_coverage");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TargetKind {
    /// An amount or count (完成避灾安置场所规范化建设 30 处).
    Amount,
    /// Growth (增长, 增速): 地区生产总值增长 8%以上.
    Growth,
    /// Decrease (下降, 降低, 减少): 能耗下降 3%以上.
    Decrease,
    /// A rate or share level (率, 占比, 覆盖面, a percentage): 全程提单占比
    /// 50%以上.
    Share,
    /// A change from a base to a level (由 X 提高到 Y, 提高至 Y).
    Change,
    /// Doubling (翻番), no figure.
    Doubling,
    /// Full coverage (全覆盖), no figure.
    FullCoverage,
    /// Down to zero (清零), no figure.
    Zero,
    /// Relative to a benchmark (高于全省平均, 快于经济增速), no figure; the
    /// benchmark is in [`Target::benchmark`].
    Relative,
}

impl TargetKind {
    /// The name used in exports (`amount`, `growth`, … `full_coverage`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::targets::TargetKind::Relative.as_str(), "relative");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Amount => "amount",
            TargetKind::Growth => "growth",
            TargetKind::Decrease => "decrease",
            TargetKind::Share => "share",
            TargetKind::Change => "change",
            TargetKind::Doubling => "doubling",
            TargetKind::FullCoverage => "full_coverage",
            TargetKind::Zero => "zero",
            TargetKind::Relative => "relative",
        }
    }

    /// Whether targets of this kind carry a figure.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::targets::TargetKind::Change.has_figure());
    /// assert!(!yiwu_duties::targets::TargetKind::Zero.has_figure());
    /// ```
    pub fn has_figure(self) -> bool {
        matches!(
            self,
            TargetKind::Amount
                | TargetKind::Growth
                | TargetKind::Decrease
                | TargetKind::Share
                | TargetKind::Change
        )
    }
}

impl fmt::Display for TargetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses the word [`Display`](fmt::Display) writes.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::TargetKind;
/// assert_eq!("full_coverage".parse::<TargetKind>(), Ok(TargetKind::FullCoverage));
/// ```
impl std::str::FromStr for TargetKind {
    type Err = crate::word::ParseWordError;

    fn from_str(word: &str) -> Result<TargetKind, Self::Err> {
        const ALL: &[TargetKind] = &[
            TargetKind::Amount,
            TargetKind::Growth,
            TargetKind::Decrease,
            TargetKind::Share,
            TargetKind::Change,
            TargetKind::Doubling,
            TargetKind::FullCoverage,
            TargetKind::Zero,
            TargetKind::Relative,
        ];
        crate::word::parse(word, ALL, "target kind")
    }
}

/// Whether a target is one amount for the whole or a level for each
/// entity. Only aggregate targets add up: [`Targets::totals`](crate::Targets::totals)
/// leaves per-entity targets out.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::{Scope, extract};
/// assert_eq!(extract("新增城镇就业 5 万人以上")[0].scope(), Scope::Aggregate);
/// assert_eq!(extract("所有行政村集体年经营性收入达 50 万元以上")[0].scope(), Scope::PerEntity);
/// assert_eq!(Scope::PerEntity.as_str(), "per_entity");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Scope {
    /// One amount for the whole (the city, or the body carrying the task):
    /// 新增城镇就业 5 万人以上.
    Aggregate,
    /// A floor or ceiling each entity must meet (each village, firm,
    /// household, person): 所有行政村集体年经营性收入达 50 万元以上, 人均…,
    /// 每个…, 村均…, 户均….
    PerEntity,
}

impl Scope {
    /// The name used in exports: `aggregate`, `per_entity`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::targets::Scope::Aggregate.as_str(), "aggregate");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Aggregate => "aggregate",
            Scope::PerEntity => "per_entity",
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses the word [`Display`](fmt::Display) writes.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::Scope;
/// assert_eq!("per_entity".parse::<Scope>(), Ok(Scope::PerEntity));
/// ```
impl std::str::FromStr for Scope {
    type Err = crate::word::ParseWordError;

    fn from_str(word: &str) -> Result<Scope, Self::Err> {
        crate::word::parse(word, &[Scope::Aggregate, Scope::PerEntity], "scope")
    }
}

/// How firmly the target is committed to.
///
/// # Example
///
/// ```
/// assert_eq!(yiwu_duties::targets::Commitment::Strive.as_str(), "strive");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Commitment {
    /// 确保: must be met.
    Firm,
    /// 力争, 争取: strive for.
    Strive,
    /// No qualifier.
    Plain,
}

impl Commitment {
    /// The name used in exports: `firm`, `strive`, `plain`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::targets::Commitment::Firm.as_str(), "firm");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Commitment::Firm => "firm",
            Commitment::Strive => "strive",
            Commitment::Plain => "plain",
        }
    }
}

impl fmt::Display for Commitment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses the word [`Display`](fmt::Display) writes.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::Commitment;
/// assert_eq!("strive".parse::<Commitment>(), Ok(Commitment::Strive));
/// ```
impl std::str::FromStr for Commitment {
    type Err = crate::word::ParseWordError;

    fn from_str(word: &str) -> Result<Commitment, Self::Err> {
        const ALL: &[Commitment] = &[Commitment::Firm, Commitment::Strive, Commitment::Plain];
        crate::word::parse(word, ALL, "commitment")
    }
}

/// The targets stated in a task text, in text order.
///
/// Never panics, whatever the input. [`Task::targets`](crate::Task::targets)
/// and [`Index`](crate::Index) call this on every task's clean text; call it
/// yourself to read a sentence of the same genre.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::{extract, Comparator, Decimal, TargetKind};
/// let targets = extract("新增学位 1.3 万个，力争进口突破 16.4 亿元。");
/// assert_eq!(targets.len(), 2);
/// assert_eq!(targets[0].value(), Some(Decimal::from(13_000)));
/// assert_eq!(targets[1].value(), Some(Decimal::from(1_640_000_000)));
/// assert_eq!(targets[1].comparator(), Some(Comparator::MoreThan));
/// assert_eq!(targets[1].measure_as_written(), Some("亿元"));
/// assert_eq!(targets[1].kind(), TargetKind::Amount);
/// ```
pub fn extract(text: &str) -> Vec<Target> {
    extract::extract(text)
}

/// Whether the crate knows `measure`: it is a unit of measure the rules
/// read after a figure (`元`, `%`, `千瓦`, `人次`, `个` …, or a compound such
/// as `元/吨`), with or without a magnitude written before it (`亿元`,
/// `万吨标煤`). Surrounding white space is ignored. Ages (`岁`) are not
/// measures: they are never targets.
///
/// [`Targets::measured_in`](crate::Targets::measured_in) refuses a measure
/// the crate does not know rather than finding no target in it.
///
/// # Example
///
/// ```
/// use yiwu_duties::targets::is_known_measure;
/// assert!(is_known_measure("元") && is_known_measure("亿元") && is_known_measure(" 元/吨 "));
/// assert!(!is_known_measure("yuan") && !is_known_measure("亿"));
/// ```
pub fn is_known_measure(measure: &str) -> bool {
    extract::is_known_measure(measure.trim())
}
