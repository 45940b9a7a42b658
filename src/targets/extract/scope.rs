//! Scope: whether a target is one amount for the whole (aggregate) or a
//! floor or ceiling each entity must meet (per entity), read from the words
//! before its figure.

use crate::targets::Scope;

/// Characters naming what is counted one by one after 每 ("each"):
/// classifiers (个, 家, 名 …) and entities (户, 村, 人, 镇 …). 每年, 每月,
/// 每天 ("each year / month / day") are not among them: an amount per year
/// is still a total.
const EACH_OF: &str = "个家户村人名位所座镇乡校企";

/// Places before an entity after 每: 每万人 "per 10 000 people", 每百户.
const EACH_PLACES: &str = "一十百千万";

/// Per-unit averages: 人均 "per head", 户均 "per household", 村均 "per
/// village", 企均 "per firm", 亩均 and 地均 "per mu / per unit of land".
const PER_UNIT_AVERAGES: &[&str] = &["人均", "户均", "村均", "企均", "亩均", "地均"];

/// Words after 所有 that make it "ownership", not "all": 所有制, 所有权,
/// 所有者.
const NOT_ALL_AFTER: &str = "制权者";

/// Rule: 所有 ("all") opening a noun, not 所有制 / 所有权 / 所有者.
fn has_all(words: &str) -> bool {
    words.match_indices("所有").any(|(at, w)| {
        words[at + w.len()..]
            .chars()
            .next()
            .is_some_and(|c| !NOT_ALL_AFTER.contains(c))
    })
}

/// Rule: 每 ("each") before a classifier or an entity (每个, 每户, 每一家,
/// 每万人), not before a time (每年, 每个月).
fn has_each(words: &str) -> bool {
    words.match_indices('每').any(|(at, w)| {
        let rest = words[at + w.len()..].trim_start_matches(|c| EACH_PLACES.contains(c));
        let mut chars = rest.chars();
        let first = chars.next();
        first.is_some_and(|c| EACH_OF.contains(c))
            && !(first == Some('个') && chars.next() == Some('月'))
    })
}

/// Rule: a subject opened by 各 ("each") and closed by 均 or 都 ("all"):
/// `各镇街均建成`. 各 alone is read as aggregate: `各类职业技能培训` ("all
/// kinds of training") is a total.
fn has_each_all(words: &str) -> bool {
    words
        .find('各')
        .is_some_and(|at| words[at..].contains(['均', '都']))
}

/// The scope of a target whose figure (or keyword) is preceded, in its
/// clause, by `words`.
pub(super) fn scope(words: &str) -> Scope {
    let per_entity = has_all(words)
        || has_each(words)
        || has_each_all(words)
        || PER_UNIT_AVERAGES.iter().any(|w| words.contains(w));
    if per_entity {
        Scope::PerEntity
    } else {
        Scope::Aggregate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_villages_is_per_entity() {
        // K7.2.2.
        assert_eq!(scope("所有行政村集体年经营性收入达 "), Scope::PerEntity);
        assert_eq!(scope("深化混合所有制改革"), Scope::Aggregate);
        assert_eq!(scope("明确所有权"), Scope::Aggregate);
    }

    #[test]
    fn each_entity_is_per_entity_each_year_is_not() {
        for words in [
            "每个村集体收入",
            "每户增收",
            "每一家企业",
            "每万人口拥有执业医师",
            "每所学校配备",
        ] {
            assert_eq!(scope(words), Scope::PerEntity, "{words}");
        }
        for words in ["每年新增", "每个月开展", "每季度开展"] {
            assert_eq!(scope(words), Scope::Aggregate, "{words}");
        }
    }

    #[test]
    fn per_unit_averages_are_per_entity() {
        for words in [
            "城乡居民人均可支配收入",
            "低收入农户户均收入",
            "村均集体收入",
            "规上工业亩均税收",
        ] {
            assert_eq!(scope(words), Scope::PerEntity, "{words}");
        }
        // 均 as "all" after a list of indicators is not per entity (K2.1.2).
        assert_eq!(scope("制造业投资，民间投资均快于"), Scope::Aggregate);
    }

    #[test]
    fn each_needs_all_to_be_per_entity() {
        assert_eq!(scope("各镇街均建成"), Scope::PerEntity);
        assert_eq!(scope("各行政村都达到"), Scope::PerEntity);
        assert_eq!(scope("开展各类职业技能培训"), Scope::Aggregate);
    }

    #[test]
    fn city_wide_amounts_are_aggregate() {
        for words in [
            "地区生产总值增长",
            "发放创业担保贷款",
            "全市新增",
            "新增城镇就业",
        ] {
            assert_eq!(scope(words), Scope::Aggregate, "{words}");
        }
    }
}
