//! What sort of unit a name denotes, and the rules used for names that the
//! curated table does not know.

use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The sort of unit a name denotes.
///
/// Units of the 2022 Yiwu document get their kind from the curated table;
/// units of other documents get it from [`UnitKind::by_rule`].
///
/// # Example
///
/// ```
/// use yiwu_duties::units::UnitKind;
/// let units = yiwu_duties::index().units();
/// assert_eq!(units.get("发改局").unwrap().kind(), UnitKind::PublicBody);
/// assert_eq!(units.get("苏溪镇").unwrap().kind(), UnitKind::Town);
/// assert_eq!(units.get("商城集团").unwrap().kind(), UnitKind::Enterprise);
/// assert_eq!(units.get("各镇街").unwrap().kind(), UnitKind::Collective);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum UnitKind {
    /// One named public body: a government bureau or office, a Party organ,
    /// a people's organisation (妇联, 总工会, …), a court, a local branch of
    /// a higher-level body, an administrative committee or a project
    /// headquarters (指挥部). Not "government body": courts, Party organs
    /// and people's organisations are among them, and they are not part of
    /// the government.
    PublicBody,
    /// A town (镇) or subdistrict (街道) named on its own.
    Town,
    /// A company or group named on its own (…集团, …公司).
    Enterprise,
    /// A placeholder for several units (各镇街, 相关镇街, 市政府各部门,
    /// 建设“平安义乌”领导小组各成员单位, …). Never ranked or counted as if
    /// it were one body.
    Collective,
}

impl UnitKind {
    /// The kind a name gets when the curated table does not know it:
    ///
    /// 1. a name containing 各 (each, every: 各镇街, 市政府各部门,
    ///    …各成员单位) or starting with 相关, 其他 or 所有 →
    ///    [`Collective`](UnitKind::Collective);
    /// 2. a name ending in 镇 or 街道 → [`Town`](UnitKind::Town);
    /// 3. a name ending in 集团 or 公司 → [`Enterprise`](UnitKind::Enterprise);
    /// 4. anything else → [`PublicBody`](UnitKind::PublicBody).
    ///
    /// For an office written `X〈Y〉` the rule looks at the name outside the
    /// brackets.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::units::UnitKind;
    /// assert_eq!(UnitKind::by_rule("稠城街道"), UnitKind::Town);
    /// assert_eq!(UnitKind::by_rule("某某控股集团"), UnitKind::Enterprise);
    /// assert_eq!(UnitKind::by_rule("各街道"), UnitKind::Collective);
    /// assert_eq!(UnitKind::by_rule("统计局"), UnitKind::PublicBody);
    /// ```
    pub fn by_rule(name: &str) -> UnitKind {
        let name = name.trim();
        let outer = match name.find('〈') {
            Some(i) if i > 0 => &name[..i],
            _ => name,
        };
        if outer.contains('各')
            || ["相关", "其他", "所有"]
                .iter()
                .any(|p| outer.starts_with(p))
        {
            UnitKind::Collective
        } else if outer.ends_with('镇') || outer.ends_with("街道") {
            UnitKind::Town
        } else if outer.ends_with("集团") || outer.ends_with("公司") {
            UnitKind::Enterprise
        } else {
            UnitKind::PublicBody
        }
    }

    /// The kind's name in snake case: `public_body`, `town`, `enterprise`,
    /// `collective`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::units::UnitKind::PublicBody.as_str(), "public_body");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            UnitKind::PublicBody => "public_body",
            UnitKind::Town => "town",
            UnitKind::Enterprise => "enterprise",
            UnitKind::Collective => "collective",
        }
    }

    /// Whether the kind is [`Collective`](UnitKind::Collective).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::units::UnitKind::Collective.is_collective());
    /// ```
    pub fn is_collective(self) -> bool {
        self == UnitKind::Collective
    }
}

impl fmt::Display for UnitKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses the word [`Display`](fmt::Display) writes.
///
/// # Example
///
/// ```
/// use yiwu_duties::units::UnitKind;
/// assert_eq!("public_body".parse::<UnitKind>(), Ok(UnitKind::PublicBody));
/// ```
impl std::str::FromStr for UnitKind {
    type Err = crate::word::ParseWordError;

    fn from_str(word: &str) -> Result<UnitKind, Self::Err> {
        const ALL: &[UnitKind] = &[
            UnitKind::PublicBody,
            UnitKind::Town,
            UnitKind::Enterprise,
            UnitKind::Collective,
        ];
        crate::word::parse(word, ALL, "unit kind")
    }
}

/// Which towns a collective placeholder stands for.
///
/// # Example
///
/// ```
/// use yiwu_duties::units::TownCoverage;
/// let units = yiwu_duties::index().units();
/// assert_eq!(units.get("各镇街").unwrap().town_coverage(), Some(TownCoverage::Every));
/// assert_eq!(units.get("相关镇街").unwrap().town_coverage(), Some(TownCoverage::Possibly));
/// assert_eq!(units.get("发改局").unwrap().town_coverage(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum TownCoverage {
    /// Every town and subdistrict (各镇街): a task given to it is given to
    /// each town.
    Every,
    /// The towns and subdistricts concerned (相关镇街): the document does
    /// not say which, so any one town is only possibly included.
    Possibly,
}

impl TownCoverage {
    /// The coverage a collective name implies: a name about towns (镇)
    /// starting with 各 or 所有 covers every town, one starting with 相关
    /// possibly covers a given town; anything else covers none.
    pub(crate) fn by_rule(name: &str) -> Option<TownCoverage> {
        let name = name.trim();
        if !name.contains('镇') && !name.contains("街道") {
            return None;
        }
        if name.starts_with('各') || name.starts_with("所有") {
            Some(TownCoverage::Every)
        } else if name.starts_with("相关") {
            Some(TownCoverage::Possibly)
        } else {
            None
        }
    }
}

/// Whether a town placeholder (one with a [`TownCoverage`]) applies to a
/// given town: 各镇街 and names with both 镇 and 街道 apply to every town
/// and subdistrict; a name with 街道 only (各街道) to subdistricts (…街道);
/// a name with 镇 only (各镇) to towns (…镇).
pub(crate) fn applies_to(placeholder: &str, town: &str) -> bool {
    let towns = placeholder.contains('镇');
    let subdistricts = placeholder.contains("镇街") || placeholder.contains("街道");
    match (towns, subdistricts) {
        (true, true) => true,
        (false, true) => town.ends_with("街道"),
        (true, false) => town.ends_with('镇'),
        (false, false) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(UnitKind::by_rule("各镇街"), UnitKind::Collective);
        assert_eq!(UnitKind::by_rule("相关镇街"), UnitKind::Collective);
        assert_eq!(
            UnitKind::by_rule("建设“平安义乌”领导小组各成员单位"),
            UnitKind::Collective
        );
        assert_eq!(
            UnitKind::by_rule("疫情防控指挥部及各小组"),
            UnitKind::Collective
        );
        assert_eq!(UnitKind::by_rule("其他涉企执法部门"), UnitKind::Collective);
        assert_eq!(UnitKind::by_rule("市政府各部门"), UnitKind::Collective);
        assert_eq!(UnitKind::by_rule("市属各国有企业"), UnitKind::Collective);
        assert_eq!(UnitKind::by_rule("苏溪镇"), UnitKind::Town);
        assert_eq!(UnitKind::by_rule("供电公司"), UnitKind::Enterprise);
        assert_eq!(
            UnitKind::by_rule("组织部〈市委人才办〉"),
            UnitKind::PublicBody
        );
        assert_eq!(UnitKind::by_rule(""), UnitKind::PublicBody);
        assert_eq!(UnitKind::by_rule("〈镇〉"), UnitKind::PublicBody);
    }

    #[test]
    fn coverage() {
        assert_eq!(TownCoverage::by_rule("各镇街"), Some(TownCoverage::Every));
        assert_eq!(
            TownCoverage::by_rule("相关镇街"),
            Some(TownCoverage::Possibly)
        );
        assert_eq!(TownCoverage::by_rule("市政府各部门"), None);
        assert_eq!(TownCoverage::by_rule("苏溪镇"), None);
        assert!(applies_to("各镇街", "苏溪镇") && applies_to("各镇街", "稠城街道"));
        assert!(applies_to("各街道", "稠城街道") && !applies_to("各街道", "苏溪镇"));
        assert!(applies_to("各镇", "苏溪镇") && !applies_to("各镇", "稠城街道"));
        assert!(applies_to("相关镇（街道）", "苏溪镇"));
    }
}
