//! The registry of responsible units: canonical names, aliases, kinds,
//! parent bodies and English glosses.
//!
//! [`Index::units`](crate::Index::units) gives the registry of a
//! breakdown: every distinct unit its tasks name, in order of first
//! mention. Units the curated table knows (all those of the 2022 Yiwu
//! document) get their canonical name, aliases, kind, parent and gloss from
//! it; any other name (from another city's document) gets an entry of its
//! own, a kind from [`UnitKind::by_rule`] and no gloss. The registry is
//! built with the breakdown's [`Index`](crate::Index), and every unit query
//! resolves names through it.
//!
//! Every call that takes a unit accepts its canonical name, any alias or a
//! [full official name](#full-official-names), surrounding white space
//! ignored. Assignments keep the name as written
//! ([`crate::Assignment::name`]); [`Index::unit_of`](crate::Index::unit_of)
//! leads from one to its registry unit.
//!
//! # Merged names
//!
//! The document writes some bodies in two ways. Each pair below is one
//! unit; the canonical name is the form the document writes more often.
//!
//! | canonical | alias | reason |
//! |-----------|-------|--------|
//! | 行政执法局 | 执法局 | 执法局 is the name without 行政 (administrative); it appears twice (K1.2, L3.1), 行政执法局 ten times, never in the same task |
//! | 文广旅体局 | 文旅局 | 文旅局 is a short form of the culture, (radio and television,) tourism and sports bureau; both lead culture-and-sports tasks (K5.3.1 against K5.3.3–K5.3.5), never in the same task |
//! | 双江湖新区管委会 | 双江湖管委会 | the same committee with and without 新区 (new area), in consecutive tasks on the 双江湖 area (K2.1.8, K2.1.9) |
//! | 税务局 | 税务 | 税务 (K6.2.5, in a list of short names: 海关、税务、人行) is 税务局 with 局 left out |
//! | 海关 | 义乌海关 | 义乌海关 (K6.4.10) is 海关 with the city named; 海关 is written twelve times |
//!
//! Each merge rests only on what the document itself shows, given in the
//! reason column: you can check every one against the tasks it cites. No
//! task names both forms of a pair (checked by the tests), so merging
//! changes no count of tasks.
//!
//! # Offices and alternative names
//!
//! A name written `X〈Y〉` is one of two things, decided per entry:
//!
//! * an **office** Y inside body X, a unit of its own whose
//!   [parent](Unit::parent) is X: 组织部〈市委人才办〉, 组织部〈机关工委〉 and
//!   组织部〈市“三服务”办〉 are offices of 组织部. They are found by their
//!   full name or by Y (市委人才办), not by X: a query for 组织部 counts
//!   组织部's own tasks only, unless it asks to [include
//!   offices](crate::Include::offices);
//! * an **alternative name**: 信访局〈矛调中心〉 is one unit found by
//!   信访局 and by 矛调中心. The document does not say whether the
//!   mediation centre (矛调中心) is part of the letters-and-visits bureau or
//!   another name for the same body; it never names 信访局 alone, so the two
//!   are treated as one unit. This reading is uncertain.
//!
//! A name `X〈Y〉` the table does not know is treated as an office Y of X,
//! found by its full name and by Y; X gets a registry entry of its own.
//!
//! # Collective placeholders
//!
//! Placeholders such as 各镇街 (every town), 相关镇街 (the towns
//! concerned), 市政府各部门, 市属各国有企业, 各金融机构, 各通信公司,
//! 市机关各单位, 各行政执法单位, 其他涉企执法部门, 相关责任单位,
//! 建设“平安义乌”领导小组各成员单位 and 疫情防控指挥部及各小组 are units of
//! kind [`UnitKind::Collective`]. They are never merged into a named body.
//! [`Index::workloads`](crate::Index::workloads) ranks named units only;
//! placeholders have their own list,
//! [`Index::collective_workloads`](crate::Index::collective_workloads), and
//! are left out of [collaborator](crate::UnitRef::collaborators) rankings.
//!
//! A query for a named town can [include collective
//! tasks](crate::Include::collectives): tasks given to every town (各镇街)
//! are included as certain, tasks given to the towns concerned (相关镇街)
//! as possible only (see [`TownCoverage`]). No other placeholder is
//! expanded: the document does not say which bodies 市政府各部门 or
//! 市属各国有企业 comprise.
//!
//! # Full official names
//!
//! The document writes most bodies abbreviated (发改局). Each abbreviation
//! with a standard expansion — the official name pattern of a county-level
//! city's bodies in Zhejiang — has it as a [full name](Unit::full_names),
//! kept apart from the aliases, which are the document's own names. A full
//! name finds its unit in [`Units::get`] and
//! [`Index::unit`](crate::Index::unit), with or without the city prefix:
//! 发展和改革局, 市发展和改革局 and 义乌市发展和改革局 all find 发改局.
//! A leading 义乌市 or 市 is dropped only when the rest is a known name,
//! full name or alias, so 市场发展委 is never read as 场发展委; 义乌市… is
//! also read as 市… (义乌市人民政府办公室 as 市人民政府办公室).
//!
//! | unit | full name | certain | why uncertain, or how it is formed |
//! |------|-----------|---------|------------------------------------|
//! | 发改局 | 发展和改革局 | yes | |
//! | 自规局 | 自然资源和规划局 | yes | |
//! | 行政执法局 | 综合行政执法局 | no | the name Zhejiang gives a county-level city's law-enforcement bureau; the document writes only 行政执法局 and 执法局 |
//! | 经信局 | 经济和信息化局 | yes | |
//! | 交通局 | 交通运输局 | no | the standard name adds 运输; the document writes only 交通局 |
//! | 市场发展委 | 市场发展委员会 | yes | |
//! | 自贸发展区管委会 | 自贸发展区管理委员会 | yes | |
//! | 文广旅体局 | 文化和广电旅游体育局 | no | the form Zhejiang's county-level cities use; not written in the document |
//! | 双江湖新区管委会 | 双江湖新区管理委员会 | yes | |
//! | 人社局 | 人力资源和社会保障局 | yes | |
//! | 国资办 | 国有资产监督管理办公室 | no | a reading; the document does not expand it |
//! | 市委办 | 市委办公室 | yes | |
//! | 市委办 | 中共义乌市委办公室 | yes | the official form names the Party and the city inside the name |
//! | 政法委 | 政法委员会 | yes | |
//! | 政法委 | 中共义乌市委政法委员会 | yes | as for 市委办 |
//! | 编办 | 机构编制委员会办公室 | no | ambiguous abbreviation (as its gloss) |
//! | 市府办 | 市政府办公室 | no | a reading (as its gloss); the document does not expand it |
//! | 市府办 | 市人民政府办公室 | no | the same reading in the form of the notice's issuer, 义乌市人民政府办公室 |
//! | 信访局〈矛调中心〉 | 社会矛盾纠纷调处化解中心 | no | expansion of 矛调中心 (as its gloss) |
//! | 外办 | 外事办公室 | no | whether the government's or the Party committee's office is not said |
//! | 工商联 | 工商业联合会 | yes | |
//! | 市场监管局 | 市场监督管理局 | yes | |
//! | 科技局 | 科学技术局 | yes | |
//! | 税务局 | 国家税务总局义乌市税务局 | yes | the official form of a county-level tax bureau names the State Taxation Administration and the city |
//! | 建设局 | 住房和城乡建设局 | no | the standard name of a housing and construction bureau; the document writes only 建设局 |
//! | 金融办 | 金融工作办公室 | no | a reading; the document does not expand it |
//! | 人行 | 中国人民银行义乌市支行 | no | which branch is not said (as its gloss) |
//! | 法院 | 人民法院 | yes | |
//! | 卫健局 | 卫生健康局 | yes | |
//! | 妇联 | 妇女联合会 | yes | |
//! | 医保局 | 医疗保障局 | yes | |
//! | 社科联 | 社会科学界联合会 | yes | |
//! | 文联 | 文学艺术界联合会 | yes | |
//! | 丝路新区管委会 | 丝路新区管理委员会 | yes | |
//! | 综保区管委会 | 综合保税区管理委员会 | yes | |
//! | 邮管局 | 邮政管理局 | yes | |
//! | 边检站 | 边防检查站 | yes | |
//! | 团市委 | 共青团义乌市委员会 | yes | the official form names the city inside the name |
//! | 残联 | 残疾人联合会 | yes | |
//! | 科协 | 科学技术协会 | yes | |
//! | 供销联社 | 供销合作社联合社 | yes | |
//!
//! Names already full (财政局, 公安局, 总工会) need none. Abbreviations
//! without a standard expansion get none rather than a guess: 数管中心,
//! 银保监组, 改革办, 疫情防控办, 五水共治办, 美丽城镇办, 社区建设办,
//! 经开区发展指挥部 (经开区 may be an economic or an economic and
//! technological development zone), 市纪委监委 (two bodies), 生态环境分局
//! (a branch of a higher-level bureau the document does not name),
//! 消防支队, 反恐办 and the enterprises (商城集团, 供电公司, …).
//!
//! Another document that writes a full name (市发展和改革局) gets the
//! curated unit, with the name as written among its
//! [aliases](Unit::aliases).
//!
//! # English glosses
//!
//! Every unit of the curated table has an English [gloss](Unit::gloss):
//! a translation of its name, nothing more. Glosses marked uncertain
//! ([`Gloss::is_certain`] is `false`) are, with the reason in each
//! [note](Gloss::note):
//!
//! | unit | gloss | why uncertain |
//! |------|-------|---------------|
//! | 商城集团 | Commodity City Group | literal; presumably China Commodities City Group, not spelled out |
//! | 数管中心 | Data Management Centre | abbreviation whose full name is not given |
//! | 编办 | Institutional Establishment Office | ambiguous abbreviation (机构编制委员会办公室?); official English varies |
//! | 市府办 | Office of the City Government | abbreviation, read as 市政府办公室 |
//! | 信访局〈矛调中心〉 | Letters and Visits Bureau (Conflict and Dispute Mediation Centre) | expansion of 矛调中心 and its relation to 信访局 |
//! | 人行 | People's Bank of China (local branch) | which branch is not said; presumably the Yiwu sub-branch |
//! | 银保监组 | Banking and Insurance Regulatory Group | abbreviation whose full name is not given |
//! | 组织部〈机关工委〉 | Organisation Department: Working Committee of Organs | exact English name not settled |
//!
//! Units from other documents that the table does not know have no gloss.
//!
//! # Example
//!
//! ```
//! use yiwu_duties::units::UnitKind;
//! let units = yiwu_duties::index().units();
//! let unit = units.get("执法局").unwrap();
//! assert_eq!(unit.name(), "行政执法局");
//! assert_eq!(unit.english(), Some("Administrative Law Enforcement Bureau"));
//! assert_eq!(units.get("矛调中心").unwrap().name(), "信访局〈矛调中心〉");
//! assert_eq!(units.get("组织部〈市委人才办〉").unwrap().parent(), Some("组织部"));
//! assert!(units.get("发改委").is_none());
//! assert_eq!(units.suggest("发改委").next().unwrap().name(), "发改局");
//! assert_eq!(units.get("义乌市发展和改革局").unwrap().name(), "发改局");
//! assert_eq!(units.get("市发展和改革局").unwrap().full_names()[0].name(), "发展和改革局");
//! ```

mod kind;
mod registry;
mod suggest;

use indexmap::IndexMap;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

pub(crate) use self::kind::applies_to;
pub use self::kind::{TownCoverage, UnitKind};

/// How sure the translator is of a unit's English gloss.
///
/// # Example
///
/// ```
/// use yiwu_duties::units::GlossConfidence;
/// let units = yiwu_duties::index().units();
/// let gloss = units.get("人行").unwrap().gloss().unwrap();
/// assert_eq!(gloss.confidence(), GlossConfidence::Uncertain);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum GlossConfidence {
    /// A plain translation of an unambiguous name.
    Certain,
    /// A best reading of an abbreviated or ambiguous name; see the note.
    Uncertain,
}

/// An English gloss of a unit's name: a translation of the name only.
///
/// # Example
///
/// ```
/// let units = yiwu_duties::index().units();
/// let gloss = units.get("发改局").unwrap().gloss().unwrap();
/// assert_eq!(gloss.english(), "Development and Reform Bureau");
/// assert!(gloss.is_certain());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Gloss {
    english: String,
    confidence: GlossConfidence,
    note: Option<String>,
}

impl Gloss {
    /// The English name.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("苏溪镇").unwrap().gloss().unwrap().english(), "Suxi Town");
    /// ```
    pub fn english(&self) -> &str {
        &self.english
    }

    /// How sure the gloss is.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::units::GlossConfidence;
    /// let units = yiwu_duties::index().units();
    /// let gloss = units.get("财政局").unwrap().gloss().unwrap();
    /// assert_eq!(gloss.confidence(), GlossConfidence::Certain);
    /// ```
    pub fn confidence(&self) -> GlossConfidence {
        self.confidence
    }

    /// Whether the gloss is [`GlossConfidence::Certain`].
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert!(!units.get("编办").unwrap().gloss().unwrap().is_certain());
    /// ```
    pub fn is_certain(&self) -> bool {
        self.confidence == GlossConfidence::Certain
    }

    /// Why the gloss is uncertain, how an abbreviation was read, or other
    /// remarks on the name.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// let note = units.get("人行").unwrap().gloss().unwrap().note().unwrap();
    /// assert!(note.contains("中国人民银行"));
    /// ```
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

/// A full official name of a unit the document writes abbreviated
/// (发展和改革局 for 发改局), with how sure the expansion is. See the
/// [module documentation](self#full-official-names) for every expansion.
///
/// # Example
///
/// ```
/// let units = yiwu_duties::index().units();
/// let full = &units.get("发改局").unwrap().full_names()[0];
/// assert_eq!(full.name(), "发展和改革局");
/// assert!(full.is_certain() && full.note().is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct FullName {
    name: String,
    certain: bool,
    note: Option<String>,
}

impl FullName {
    /// The full name, without the city prefix (义乌市, 市) unless the
    /// official form puts the city inside it (中共义乌市委办公室).
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("自规局").unwrap().full_names()[0].name(), "自然资源和规划局");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the full name is the literal expansion of the abbreviation
    /// (or its fixed official form); `false` for a standard name the
    /// document does not confirm, with the reason in the [note](Self::note).
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert!(units.get("经信局").unwrap().full_names()[0].is_certain());
    /// assert!(!units.get("建设局").unwrap().full_names()[0].is_certain());
    /// ```
    pub fn is_certain(&self) -> bool {
        self.certain
    }

    /// Why the expansion is uncertain, or how the official form is built.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// let full = &units.get("行政执法局").unwrap().full_names()[0];
    /// assert_eq!(full.name(), "综合行政执法局");
    /// assert!(full.note().unwrap().contains("Zhejiang"));
    /// ```
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

/// One unit of the registry.
///
/// # Example
///
/// ```
/// use yiwu_duties::units::UnitKind;
/// let unit = yiwu_duties::index().units().get("文旅局").unwrap();
/// assert_eq!(unit.name(), "文广旅体局");
/// assert_eq!(unit.aliases(), ["文旅局"]);
/// assert_eq!(unit.kind(), UnitKind::PublicBody);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Unit {
    name: String,
    aliases: Vec<String>,
    written: Vec<String>,
    kind: UnitKind,
    parent: Option<String>,
    offices: Vec<String>,
    gloss: Option<Gloss>,
    towns: Option<TownCoverage>,
    #[cfg_attr(feature = "serde", serde(default))]
    full_names: Vec<FullName>,
}

impl Unit {
    /// The canonical name.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("税务").unwrap().name(), "税务局");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Every other name that finds this unit: written variants merged
    /// into it and curated alternative names.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("信访局").unwrap().aliases(), ["信访局", "矛调中心"]);
    /// assert!(units.get("发改局").unwrap().aliases().is_empty());
    /// ```
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// The full official names of a unit the document writes abbreviated,
    /// each with how sure it is; empty for a name that is already full or
    /// has no standard expansion. Kept apart from the [aliases](Self::aliases),
    /// which are the document's own names. Each finds the unit, with or
    /// without the city prefix (义乌市…, 市…).
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// let unit = units.get("市委办").unwrap();
    /// let full: Vec<_> = unit.full_names().iter().map(|f| f.name()).collect();
    /// assert_eq!(full, ["市委办公室", "中共义乌市委办公室"]);
    /// assert_eq!(units.get("义乌市发展和改革局").unwrap().name(), "发改局");
    /// assert!(units.get("数管中心").unwrap().full_names().is_empty());
    /// ```
    pub fn full_names(&self) -> &[FullName] {
        &self.full_names
    }

    /// The names under which the breakdown's tasks write this unit, exactly
    /// as in [`crate::Assignment::name`], in order of first mention.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("海关").unwrap().written_as(), ["海关", "义乌海关"]);
    /// ```
    pub fn written_as(&self) -> &[String] {
        &self.written
    }

    /// What sort of unit this is.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::units::UnitKind;
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("市属各国有企业").unwrap().kind(), UnitKind::Collective);
    /// ```
    pub fn kind(&self) -> UnitKind {
        self.kind
    }

    /// Whether the unit is a collective placeholder.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert!(units.get("相关镇街").unwrap().is_collective());
    /// ```
    pub fn is_collective(&self) -> bool {
        self.kind.is_collective()
    }

    /// The body this unit is an office of, if it is one.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("机关工委").unwrap().parent(), Some("组织部"));
    /// assert_eq!(units.get("信访局").unwrap().parent(), None);
    /// ```
    pub fn parent(&self) -> Option<&str> {
        self.parent.as_deref()
    }

    /// The canonical names of this body's offices, in registry order.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("组织部").unwrap().offices().len(), 3);
    /// ```
    pub fn offices(&self) -> &[String] {
        &self.offices
    }

    /// The English gloss, if the curated table has one.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert!(units.get("发改局").unwrap().gloss().is_some());
    /// ```
    pub fn gloss(&self) -> Option<&Gloss> {
        self.gloss.as_ref()
    }

    /// The English name, if the curated table has one.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("发改局").unwrap().english(), Some("Development and Reform Bureau"));
    /// ```
    pub fn english(&self) -> Option<&str> {
        self.gloss.as_ref().map(Gloss::english)
    }

    /// For a placeholder standing for towns (各镇街, 相关镇街), which towns.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::units::TownCoverage;
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("各镇街").unwrap().town_coverage(), Some(TownCoverage::Every));
    /// ```
    pub fn town_coverage(&self) -> Option<TownCoverage> {
        self.towns
    }

    /// Whether `name` finds this unit: its canonical name, an alias or a
    /// full name, with or without the city prefix (义乌市…, 市…).
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// let unit = units.get("海关").unwrap();
    /// assert!(unit.is_named(" 义乌海关 ") && !unit.is_named("税务局"));
    /// assert!(units.get("发改局").unwrap().is_named("市发展和改革局"));
    /// ```
    pub fn is_named(&self, name: &str) -> bool {
        with_prefix(&normalize(name), |n| {
            let found = self.name == n
                || self.aliases.iter().any(|a| a == n)
                || self.full_names.iter().any(|f| f.name == n);
            found.then_some(())
        })
        .is_some()
    }
}

/// The registry of a breakdown's units, in order of first mention.
///
/// # Example
///
/// ```
/// let units = yiwu_duties::index().units();
/// assert_eq!(units.iter().next().unwrap().name(), "财政局");
/// assert!(units.get("执法局").is_some());
/// assert!(units.get("not a unit").is_none());
/// ```
///
/// Serializes as the list of units; the name map is rebuilt on
/// deserializing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "Vec<Unit>", into = "Vec<Unit>"))]
pub struct Units {
    units: Vec<Unit>,
    /// Every name (canonical and alias) to the unit's position.
    by_name: IndexMap<String, usize>,
    /// Every full name to the unit's position.
    by_full_name: IndexMap<String, usize>,
}

impl From<Vec<Unit>> for Units {
    fn from(units: Vec<Unit>) -> Units {
        let mut by_name = IndexMap::new();
        for (pos, unit) in units.iter().enumerate() {
            by_name.entry(unit.name.clone()).or_insert(pos);
            for alias in &unit.aliases {
                by_name.entry(alias.clone()).or_insert(pos);
            }
        }
        let by_full_name = full_name_map(&units);
        Units {
            units,
            by_name,
            by_full_name,
        }
    }
}

/// Every full name to its unit's position (a name already taken keeps its
/// first unit).
fn full_name_map(units: &[Unit]) -> IndexMap<String, usize> {
    let mut map = IndexMap::new();
    for (pos, unit) in units.iter().enumerate() {
        for full in &unit.full_names {
            map.entry(full.name.clone()).or_insert(pos);
        }
    }
    map
}

impl From<Units> for Vec<Unit> {
    fn from(units: Units) -> Vec<Unit> {
        units.units
    }
}

impl Units {
    /// The unit a name finds: canonical name, alias or [full
    /// name](Unit::full_names), surrounding white space ignored and ASCII
    /// angle brackets read as 〈〉. A leading 义乌市 or 市 is dropped only
    /// when the rest is a known name (市发展和改革局 finds 发改局;
    /// 市场发展委 stays itself). `None` if unknown; see [`Units::suggest`].
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.get("双江湖管委会").unwrap().name(), "双江湖新区管委会");
    /// assert_eq!(units.get("信访局<矛调中心>").unwrap().name(), "信访局〈矛调中心〉");
    /// assert_eq!(units.get("义乌市自然资源和规划局").unwrap().name(), "自规局");
    /// assert_eq!(units.get("市市场发展委").unwrap().name(), "市场发展委");
    /// assert!(units.get("发改委").is_none());
    /// ```
    pub fn get(&self, name: &str) -> Option<&Unit> {
        self.position(name).and_then(|i| self.units.get(i))
    }

    /// The position of the unit a name finds.
    pub(crate) fn position(&self, name: &str) -> Option<usize> {
        with_prefix(&normalize(name), |n| {
            self.by_name
                .get(n)
                .or_else(|| self.by_full_name.get(n))
                .copied()
        })
    }

    /// Every unit, in order of first mention.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert!(units.iter().any(|u| u.name() == "组织部"));
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Unit> {
        self.units.iter()
    }

    /// Every unit, in order of first mention, as a slice.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// assert_eq!(units.as_slice()[0].name(), "财政局");
    /// ```
    pub fn as_slice(&self) -> &[Unit] {
        &self.units
    }

    /// The number of units.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::index().units().len(), 108);
    /// ```
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Whether there are no units.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!yiwu_duties::index().units().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Up to five known units for a name, nearest first: units whose
    /// names (canonical or alias) contain it or are contained in it, then
    /// those near it by edit distance; after these, in registry order,
    /// units whose name, alias, [full name](Unit::full_names) or English
    /// [gloss](Unit::english) contains it (ignoring case for English).
    /// Empty when nothing is near.
    ///
    /// # Example
    ///
    /// ```
    /// let units = yiwu_duties::index().units();
    /// let names: Vec<_> = units.suggest("执法").map(|u| u.name()).collect();
    /// assert_eq!(names[0], "行政执法局");
    /// assert!(names.contains(&"各行政执法单位"));
    /// assert_eq!(units.suggest("发改委").next().unwrap().name(), "发改局");
    /// let reform: Vec<_> = units.suggest("reform").map(|u| u.name()).collect();
    /// assert_eq!(reform, ["发改局", "改革办"]);
    /// assert_eq!(units.suggest("自然资源").next().unwrap().name(), "自规局");
    /// assert!(units.suggest("zzz").next().is_none());
    /// ```
    pub fn suggest(&self, name: &str) -> impl Iterator<Item = &Unit> + '_ {
        let query = normalize(name);
        let mut best: Vec<(suggest::Score, usize, usize)> = Vec::new();
        for (known, &pos) in &self.by_name {
            if let Some(score) = suggest::score(&query, known) {
                let len = known.chars().count();
                match best.iter_mut().find(|(_, p, _)| *p == pos) {
                    Some(entry) if (score, len) < (entry.0, entry.2) => *entry = (score, pos, len),
                    Some(_) => {}
                    None => best.push((score, pos, len)),
                }
            }
        }
        // Named bodies before placeholders at equal score, then shorter
        // names, then registry order.
        best.sort_by_key(|&(score, pos, len)| {
            let collective = self.units.get(pos).is_some_and(Unit::is_collective);
            (score, collective, len, pos)
        });
        let mut found: Vec<usize> = best.into_iter().map(|(_, pos, _)| pos).take(5).collect();
        if found.len() < 5 && !query.is_empty() {
            let lower = query.to_lowercase();
            for (pos, unit) in self.units.iter().enumerate() {
                if found.len() == 5 {
                    break;
                }
                if !found.contains(&pos) && unit.contains(&query, &lower) {
                    found.push(pos);
                }
            }
        }
        found.into_iter().filter_map(|pos| self.units.get(pos))
    }
}

impl Unit {
    /// Whether a name, alias or full name contains `query`, or the English
    /// gloss contains `lower` (the query in lower case) ignoring case.
    fn contains(&self, query: &str, lower: &str) -> bool {
        self.name.contains(query)
            || self.aliases.iter().any(|a| a.contains(query))
            || self.full_names.iter().any(|f| f.name.contains(query))
            || self
                .english()
                .is_some_and(|e| e.to_lowercase().contains(lower))
    }
}

impl<'a> IntoIterator for &'a Units {
    type Item = &'a Unit;
    type IntoIter = std::slice::Iter<'a, Unit>;

    fn into_iter(self) -> Self::IntoIter {
        self.units.iter()
    }
}

/// A name as looked up: trimmed, ASCII and full-width angle brackets read
/// as 〈〉.
fn normalize(name: &str) -> std::borrow::Cow<'_, str> {
    let name = name.trim();
    if name.contains(['<', '>', '＜', '＞']) {
        name.replace(['<', '＜'], "〈")
            .replace(['>', '＞'], "〉")
            .into()
    } else {
        name.into()
    }
}

/// Finds a name, or failing that the name without a leading 义乌市 or 市
/// (and 义乌市… read as 市…: 义乌市人民政府办公室 as 市人民政府办公室), but
/// only where `find` knows the rest: 市场发展委 is never read as 场发展委
/// unless that were a name.
pub(crate) fn with_prefix<T>(name: &str, find: impl Fn(&str) -> Option<T>) -> Option<T> {
    if let Some(found) = find(name) {
        return Some(found);
    }
    if let Some(rest) = name.strip_prefix("义乌市").filter(|r| !r.is_empty()) {
        find(rest).or_else(|| find(&format!("市{rest}")))
    } else {
        name.strip_prefix('市')
            .filter(|r| !r.is_empty())
            .and_then(find)
    }
}

/// Splits `X〈Y〉` into `(X, Y)`.
fn split_office(name: &str) -> Option<(&str, &str)> {
    let inner = name.strip_suffix('〉')?;
    let open = inner.find('〈')?;
    let (outer, inner) = (&inner[..open], &inner[open + '〈'.len_utf8()..]);
    (!outer.is_empty() && !inner.is_empty() && !inner.contains('〈')).then_some((outer, inner))
}

/// Collects the registry while a breakdown's assignments are walked, in
/// document order: a unit's position is the order of its first mention.
#[derive(Default)]
pub(crate) struct Builder {
    units: Vec<Unit>,
    by_name: IndexMap<String, usize>,
}

impl Builder {
    /// The position of the unit a written name denotes, registering it
    /// (and its parent) on first mention.
    pub(crate) fn resolve(&mut self, raw: &str) -> usize {
        let written = normalize(raw).into_owned();
        if let Some(&pos) = self.by_name.get(&written) {
            self.note_written(pos, raw, &written);
            return pos;
        }
        // Any name of a curated unit, full names and the city prefix
        // included: another document may write 市发展和改革局 for 发改局.
        let pos = match registry::lookup_any(&written) {
            Some(entry) => match self.by_name.get(entry.name) {
                // Another name of a unit already registered.
                Some(&pos) => pos,
                None => {
                    if let Some(parent) = entry.parent {
                        self.ensure_parent(parent);
                    }
                    self.push(curated(entry))
                }
            },
            None => self.push_by_rule(&written),
        };
        self.by_name.entry(written.clone()).or_insert(pos);
        self.note_written(pos, raw, &written);
        pos
    }

    /// Records a written form (`raw`, exactly as the assignment has it) and
    /// its normalized form as an alias if it is not the canonical name.
    fn note_written(&mut self, pos: usize, raw: &str, written: &str) {
        if let Some(unit) = self.units.get_mut(pos) {
            if !unit.written.iter().any(|w| w == raw) {
                unit.written.push(raw.to_owned());
            }
            if unit.name != written && !unit.aliases.iter().any(|a| a == written) {
                unit.aliases.push(written.to_owned());
            }
        }
    }

    /// A unit the curated table does not know.
    fn push_by_rule(&mut self, name: &str) -> usize {
        let kind = UnitKind::by_rule(name);
        let (parent, aliases) = match split_office(name) {
            Some((outer, inner)) => {
                self.ensure_parent(outer);
                (Some(outer.to_owned()), vec![inner.to_owned()])
            }
            None => (None, Vec::new()),
        };
        self.push(Unit {
            name: name.to_owned(),
            aliases,
            written: Vec::new(),
            kind,
            parent,
            offices: Vec::new(),
            gloss: None,
            towns: if kind.is_collective() {
                TownCoverage::by_rule(name)
            } else {
                None
            },
            full_names: Vec::new(),
        })
    }

    /// Registers a parent body not yet mentioned, before its office.
    fn ensure_parent(&mut self, parent: &str) {
        if self.by_name.contains_key(parent) {
            return;
        }
        match registry::lookup(parent) {
            Some(entry) if entry.name == parent && entry.parent.is_none() => {
                self.push(curated(entry));
            }
            _ => {
                self.push(Unit {
                    name: parent.to_owned(),
                    aliases: Vec::new(),
                    written: Vec::new(),
                    kind: UnitKind::by_rule(parent),
                    parent: None,
                    offices: Vec::new(),
                    gloss: None,
                    towns: None,
                    full_names: Vec::new(),
                });
            }
        }
    }

    /// Adds a unit and its canonical name and aliases to the name map (a
    /// name already taken keeps its first unit).
    fn push(&mut self, unit: Unit) -> usize {
        let pos = self.units.len();
        self.by_name.entry(unit.name.clone()).or_insert(pos);
        for alias in &unit.aliases {
            self.by_name.entry(alias.clone()).or_insert(pos);
        }
        self.units.push(unit);
        pos
    }

    pub(crate) fn finish(mut self) -> Units {
        for i in 0..self.units.len() {
            let parent = self.units[i].parent.clone();
            if let Some(p) = parent.and_then(|p| self.by_name.get(&p).copied()) {
                let office = self.units[i].name.clone();
                if let Some(parent) = self.units.get_mut(p) {
                    parent.offices.push(office);
                }
            }
        }
        let by_full_name = full_name_map(&self.units);
        Units {
            units: self.units,
            by_name: self.by_name,
            by_full_name,
        }
    }
}

/// The unit of a curated entry, before any task writes it.
fn curated(entry: &registry::Entry) -> Unit {
    Unit {
        name: entry.name.to_owned(),
        aliases: entry.aliases.iter().map(|a| (*a).to_owned()).collect(),
        written: Vec::new(),
        kind: entry.kind,
        parent: entry.parent.map(str::to_owned),
        offices: Vec::new(),
        gloss: Some(gloss_of(entry)),
        towns: if entry.kind.is_collective() {
            TownCoverage::by_rule(entry.name)
        } else {
            None
        },
        full_names: registry::full_names(entry.name)
            .iter()
            .map(|f| FullName {
                name: f.name.to_owned(),
                certain: f.certain,
                note: f.note.map(str::to_owned),
            })
            .collect(),
    }
}

fn gloss_of(entry: &registry::Entry) -> Gloss {
    Gloss {
        english: entry.english.to_owned(),
        confidence: if entry.certain {
            GlossConfidence::Certain
        } else {
            GlossConfidence::Uncertain
        },
        note: entry.note.map(str::to_owned),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_split() {
        assert_eq!(
            split_office("组织部〈市委人才办〉"),
            Some(("组织部", "市委人才办"))
        );
        assert_eq!(split_office("〈市委人才办〉"), None);
        assert_eq!(split_office("组织部〈〉"), None);
        assert_eq!(split_office("组织部"), None);
    }

    #[test]
    fn prefix_is_dropped_only_before_a_known_name() {
        let find = |n: &str| {
            ["市场发展委", "发改局", "市人民政府办公室"]
                .contains(&n)
                .then_some(n.to_owned())
        };
        assert_eq!(
            with_prefix("市场发展委", find).as_deref(),
            Some("市场发展委")
        );
        assert_eq!(
            with_prefix("市市场发展委", find).as_deref(),
            Some("市场发展委")
        );
        assert_eq!(with_prefix("义乌市发改局", find).as_deref(), Some("发改局"));
        assert_eq!(
            with_prefix("义乌市人民政府办公室", find).as_deref(),
            Some("市人民政府办公室")
        );
        assert_eq!(with_prefix("场发展委", find), None);
        assert_eq!(with_prefix("市", find), None);
        assert_eq!(with_prefix("义乌市", find), None);
        assert_eq!(with_prefix("市场", find), None);
    }

    #[test]
    fn normalizes() {
        assert_eq!(normalize(" 信访局<矛调中心> "), "信访局〈矛调中心〉");
    }
}
