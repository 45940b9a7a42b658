//! English glosses for the document's recurring Chinese terms and for the
//! area names of the 2022 Yiwu breakdown.
//!
//! A gloss translates a name; it says nothing about what a body does.

/// The document's recurring terms with English glosses, in the order a
/// reader meets them.
///
/// # Example
///
/// ```
/// let (term, english) = yiwu_duties::glossary::TERMS[0];
/// assert_eq!(term, "责任分解");
/// assert!(english.contains("breakdown"));
/// ```
pub const TERMS: &[(&str, &str)] = &[
    (
        "责任分解",
        "breakdown of responsibilities: the report's commitments assigned to units",
    ),
    (
        "政府工作报告",
        "government work report, presented each year to the people's congress",
    ),
    ("重点工作", "key work: the report's main tasks (part K)"),
    (
        "民生实事",
        "livelihood projects: concrete projects for residents (part L)",
    ),
    (
        "牵头",
        "to lead; a group's leaders are the city leaders who lead its tasks",
    ),
    ("方面", "area: a topic that divides a leader group's tasks"),
    ("责任单位", "responsible units: every unit named for a task"),
    (
        "牵头单位",
        "lead unit, marked ▲: carries the task and coordinates the others",
    ),
    (
        "配合单位",
        "joint (cooperating) unit: named for a task without ▲",
    ),
    (
        "镇街",
        "towns and subdistricts (镇 and 街道), the level below the city",
    ),
    (
        "各镇街",
        "every town and subdistrict: a collective placeholder, not one body",
    ),
    (
        "相关镇街",
        "the towns and subdistricts concerned: a collective placeholder",
    ),
    (
        "市政府各部门",
        "every department of the city government: a collective placeholder",
    ),
    (
        "管委会",
        "administrative committee (of a zone or new district)",
    ),
    (
        "指挥部",
        "headquarters: a temporary body set up to drive a project",
    ),
    ("集团", "group: a city-owned enterprise group"),
    ("文号", "document number, such as 义政办发〔2022〕20号"),
    ("此件公开发布", "this document is published openly"),
];

/// The English gloss of an area name of the 2022 Yiwu breakdown (without
/// the trailing 方面), or `None` for a name this crate has no gloss for.
///
/// # Example
///
/// ```
/// assert_eq!(yiwu_duties::glossary::area_english("投资和项目"), Some("Investment and projects"));
/// assert_eq!(yiwu_duties::glossary::area_english("未知"), None);
/// ```
pub fn area_english(name: &str) -> Option<&'static str> {
    AREAS.iter().find(|(zh, _)| *zh == name).map(|(_, en)| *en)
}

const AREAS: &[(&str, &str)] = &[
    ("投资和项目", "Investment and projects"),
    ("共同富裕", "Common prosperity"),
    ("数字化改革", "Digital reform"),
    ("优化营商环境", "Improving the business environment"),
    ("“双碳”", "“Dual carbon” (carbon peaking and neutrality)"),
    ("产业提质", "Raising the quality of industry"),
    ("服务和减负", "Services and easing burdens on enterprises"),
    ("创新引领", "Innovation-led development"),
    ("卫生健康", "Health"),
    ("教育", "Education"),
    ("文旅体育", "Culture, tourism and sports"),
    ("传统市场", "Traditional markets"),
    ("新型贸易", "New forms of trade"),
    ("通道拓展", "Expanding trade corridors"),
    ("自贸区改革", "Free trade zone reform"),
    ("市场监管", "Market regulation"),
    ("乡村振兴", "Rural revitalisation"),
    ("生态环境", "Ecology and environment"),
    ("民政助残", "Civil affairs and disability support"),
    ("城市提升", "Urban improvement"),
    ("交通出行", "Transport"),
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_area_of_the_seed_has_a_gloss() {
        let b = crate::breakdown();
        for area in b
            .parts()
            .iter()
            .flat_map(|p| p.groups())
            .flat_map(|g| g.areas())
        {
            assert!(
                super::area_english(area.name()).is_some(),
                "{}",
                area.name()
            );
        }
    }
}
