//! The curated table of the units named in the 2022 Yiwu breakdown:
//! canonical name, aliases, kind, parent body and English gloss.
//!
//! See the [module documentation](crate::units) for the merge, office and
//! collective decisions and the list of uncertain glosses. A gloss
//! translates the name only; it says nothing about what a body does.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use super::kind::UnitKind;

/// One curated unit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    /// The canonical name.
    pub(crate) name: &'static str,
    /// Other names that denote the same unit: written variants and
    /// alternative names.
    pub(crate) aliases: &'static [&'static str],
    pub(crate) kind: UnitKind,
    /// The body an office belongs to (`组织部` for `组织部〈市委人才办〉`).
    pub(crate) parent: Option<&'static str>,
    pub(crate) english: &'static str,
    pub(crate) certain: bool,
    /// Why a gloss is uncertain or how a name is ambiguous.
    pub(crate) note: Option<&'static str>,
}

const fn unit(name: &'static str, kind: UnitKind, english: &'static str) -> Entry {
    Entry {
        name,
        aliases: &[],
        kind,
        parent: None,
        english,
        certain: true,
        note: None,
    }
}

const fn body(name: &'static str, english: &'static str) -> Entry {
    unit(name, UnitKind::PublicBody, english)
}

const fn town(name: &'static str, english: &'static str) -> Entry {
    unit(name, UnitKind::Town, english)
}

const fn firm(name: &'static str, english: &'static str) -> Entry {
    unit(name, UnitKind::Enterprise, english)
}

const fn all(name: &'static str, english: &'static str) -> Entry {
    unit(name, UnitKind::Collective, english)
}

impl Entry {
    const fn aka(mut self, aliases: &'static [&'static str]) -> Entry {
        self.aliases = aliases;
        self
    }

    const fn office_of(mut self, parent: &'static str) -> Entry {
        self.parent = Some(parent);
        self
    }

    /// A gloss the translator is not sure of, with the reason.
    const fn unsure(mut self, note: &'static str) -> Entry {
        self.certain = false;
        self.note = Some(note);
        self
    }

    /// A certain gloss with a remark (e.g. on how an abbreviation reads).
    const fn note(mut self, note: &'static str) -> Entry {
        self.note = Some(note);
        self
    }
}

/// Every curated unit, in order of first mention in the 2022 Yiwu
/// document (parents just before their first office).
pub(crate) static TABLE: &[Entry] = &[
    // K1
    body("财政局", "Finance Bureau"),
    body("发改局", "Development and Reform Bureau"),
    body("自规局", "Natural Resources and Planning Bureau")
        .note("abbreviation of 自然资源和规划局"),
    body("生态环境分局", "Ecology and Environment Branch Bureau")
        .note("分局 is a branch of a higher-level bureau; the document does not say which"),
    body("水务局", "Water Affairs Bureau"),
    body("农业农村局", "Agriculture and Rural Affairs Bureau"),
    body("行政执法局", "Administrative Law Enforcement Bureau").aka(&["执法局"]),
    all("各镇街", "every town and subdistrict"),
    // K2.1
    all("市政府各部门", "every department of the city government"),
    body("经信局", "Economy and Information Technology Bureau")
        .note("abbreviation of 经济和信息化局"),
    body("交通局", "Transport Bureau"),
    body("市场发展委", "Market Development Commission"),
    body("铁路枢纽指挥部", "Railway Hub Headquarters")
        .note("指挥部 is rendered headquarters; command is also used"),
    body(
        "自贸发展区管委会",
        "Free Trade Development Zone Administrative Committee",
    ),
    firm("商城集团", "Commodity City Group").unsure(
        "literal gloss; presumably China Commodities City Group (中国小商品城集团), \
         which the document does not spell out",
    ),
    firm("陆港集团", "Inland Port Group"),
    body("义乌港", "Yiwu Port").note(
        "kind uncertain: the document does not say whether this is a body or a port \
         operating company; classed as a public body by the default rule",
    ),
    town("苏溪镇", "Suxi Town"),
    all("相关镇街", "the towns and subdistricts concerned"),
    body("民航站", "Civil Aviation Station"),
    body("改革办", "Reform Office")
        .note("short for a reform office; the document does not expand the name"),
    body("行政服务中心", "Administrative Service Centre"),
    body(
        "文广旅体局",
        "Culture, Radio, Television, Tourism and Sports Bureau",
    )
    .aka(&["文旅局"]),
    body(
        "双江湖新区管委会",
        "Shuangjiang Lake New Area Administrative Committee",
    )
    .aka(&["双江湖管委会"]),
    firm("交旅集团", "Transport and Tourism Group"),
    // K2.2
    body("人社局", "Human Resources and Social Security Bureau"),
    town("上溪镇", "Shangxi Town"),
    town("大陈镇", "Dachen Town"),
    town("义亭镇", "Yiting Town"),
    town("赤岸镇", "Chi'an Town"),
    body("教育局", "Education Bureau"),
    body("商务局", "Commerce Bureau"),
    body("国资办", "State-owned Assets Office"),
    body("总工会", "Federation of Trade Unions"),
    firm("市场集团", "Market Group"),
    // K2.3
    body("数管中心", "Data Management Centre")
        .unsure("abbreviation; the full name (data / big-data management centre) is not given"),
    body("市委办", "Office of the City Party Committee"),
    body("政法委", "Political and Legal Affairs Commission"),
    body("编办", "Institutional Establishment Office").unsure(
        "ambiguous abbreviation, read as 机构编制委员会办公室; its official English \
         name varies (e.g. Office of the Commission for Public Sector Reform)",
    ),
    body("市府办", "Office of the City Government").unsure(
        "abbreviation, read as 市政府办公室 (the notice's issuer is 义乌市人民政府办公室); \
         the document does not expand it",
    ),
    body(
        "信访局〈矛调中心〉",
        "Letters and Visits Bureau (Conflict and Dispute Mediation Centre)",
    )
    .aka(&["信访局", "矛调中心"])
    .unsure(
        "矛调中心 read as 社会矛盾纠纷调处化解中心; treated as another name of the same \
             body written with 信访局, not as an office inside it, which the document does \
             not settle",
    ),
    // K2.4
    body("外办", "Foreign Affairs Office"),
    body("公安局", "Public Security Bureau"),
    body(
        "市纪委监委",
        "City Commission for Discipline Inspection and City Supervisory Commission",
    ),
    body("工商联", "Federation of Industry and Commerce"),
    body("司法局", "Justice Bureau"),
    body("市场监管局", "Market Supervision Bureau"),
    all(
        "其他涉企执法部门",
        "other law-enforcement departments dealing with enterprises",
    ),
    all("市属各国有企业", "every state-owned enterprise of the city"),
    body("应急管理局", "Emergency Management Bureau"),
    body("消防支队", "Fire and Rescue Detachment"),
    // K2.5
    firm("供电公司", "Power Supply Company"),
    // K3
    body("科技局", "Science and Technology Bureau"),
    body(
        "经开区发展指挥部",
        "Economic Development Zone Development Headquarters",
    ),
    body("税务局", "Taxation Bureau").aka(&["税务"]),
    body("建设局", "Construction Bureau"),
    body("金融办", "Financial Affairs Office"),
    body("人行", "People's Bank of China (local branch)").unsure(
        "abbreviation of 中国人民银行; the document does not say which branch, \
         presumably the Yiwu sub-branch",
    ),
    body("银保监组", "Banking and Insurance Regulatory Group").unsure(
        "abbreviation; 银保监 reads as banking and insurance regulation, 组 as group, \
         but the body's full name is not given",
    ),
    all("各金融机构", "every financial institution"),
    body("组织部", "Organisation Department"),
    body(
        "组织部〈市“三服务”办〉",
        "Organisation Department: City “Three Services” Office",
    )
    .office_of("组织部")
    .aka(&["市“三服务”办"]),
    all("市机关各单位", "every unit of the city organs"),
    body("海关", "Yiwu Customs").aka(&["义乌海关"]),
    body(
        "组织部〈市委人才办〉",
        "Organisation Department: Talent Office of the City Party Committee",
    )
    .office_of("组织部")
    .aka(&["市委人才办"]),
    body("法院", "Court"),
    firm("产投集团", "Industrial Investment Group"),
    // K4
    all(
        "建设“平安义乌”领导小组各成员单位",
        "every member unit of the leading group for building a “Safe Yiwu”",
    ),
    body("反恐办", "Counter-terrorism Office"),
    // K5
    body("疫情防控办", "Epidemic Prevention and Control Office"),
    body("卫健局", "Health Bureau").note("abbreviation of 卫生健康局"),
    all(
        "疫情防控指挥部及各小组",
        "the epidemic prevention and control headquarters and each of its groups",
    ),
    body("民政局", "Civil Affairs Bureau"),
    body("妇联", "Women's Federation"),
    body("医保局", "Healthcare Security Bureau"),
    firm("城投集团", "City Investment Group"),
    firm("双江湖集团", "Shuangjiang Lake Group"),
    body("红十字会", "Red Cross Society"),
    body(
        "组织部〈机关工委〉",
        "Organisation Department: Working Committee of Organs",
    )
    .office_of("组织部")
    .aka(&["机关工委"])
    .unsure(
        "机关工委 read as a working committee for Party and government organs; \
             its exact English name is not settled",
    ),
    firm("国资公司", "State-owned Assets Company"),
    body("宣传部", "Publicity Department"),
    body("社科联", "Federation of Social Science Associations"),
    body("党史研究室", "Party History Research Office"),
    body("融媒体中心", "Integrated Media Centre"),
    body("文联", "Federation of Literary and Art Circles"),
    body(
        "丝路新区管委会",
        "Silk Road New Area Administrative Committee",
    ),
    town("佛堂镇", "Fotang Town"),
    // K6
    body(
        "综保区管委会",
        "Comprehensive Bonded Zone Administrative Committee",
    ),
    body("邮管局", "Postal Administration Bureau"),
    firm("机场公司", "Airport Company"),
    body("边检站", "Border Inspection Station"),
    body("创新研究院", "Innovation Research Institute"),
    // K7
    body("团市委", "City Committee of the Communist Youth League"),
    body("慈善总会", "Charity Federation"),
    body("五水共治办", "Five Waters Co-governance Office")
        .note("五水共治: the joint treatment of five kinds of water"),
    firm("水务集团", "Water Affairs Group"),
    body("残联", "Disabled Persons' Federation"),
    // K8
    all(
        "各行政执法单位",
        "every administrative law-enforcement unit",
    ),
    body("美丽城镇办", "Beautiful Towns Office"),
    body("社区建设办", "Community Construction Office"),
    firm("建投集团", "Construction Investment Group"),
    body(
        "金义东轻轨指挥部",
        "Jinhua–Yiwu–Dongyang Light Rail Headquarters",
    )
    .note("金义东 abbreviates Jinhua (金华), Yiwu (义乌) and Dongyang (东阳)"),
    firm("恒风集团", "Hengfeng Group"),
    // Livelihood projects
    body("科协", "Association for Science and Technology"),
    all("各通信公司", "every telecommunications company"),
    all("相关责任单位", "the responsible units concerned"),
    firm("环境集团", "Environment Group"),
    body("供销联社", "Supply and Marketing Cooperative Union"),
];

/// A full official name of a unit the document writes abbreviated.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Full {
    /// The full name without the city prefix (义乌市, 市), unless the
    /// official form puts the city inside the name (中共义乌市委办公室).
    pub(crate) name: &'static str,
    pub(crate) certain: bool,
    /// Why the expansion is uncertain, or how it is formed.
    pub(crate) note: Option<&'static str>,
}

/// The literal expansion of an abbreviation.
const fn sure(name: &'static str) -> Full {
    Full {
        name,
        certain: true,
        note: None,
    }
}

/// An expansion that is standard but not certain, with the reason.
const fn maybe(name: &'static str, note: &'static str) -> Full {
    Full {
        name,
        certain: false,
        note: Some(note),
    }
}

/// A certain expansion with a remark on how it is formed.
const fn noted(name: &'static str, note: &'static str) -> Full {
    Full {
        name,
        certain: true,
        note: Some(note),
    }
}

/// The full official names of the table's abbreviated units, by canonical
/// name, in table order: the standard expansion of each abbreviation in
/// the naming pattern of a county-level city's bodies in Zhejiang. Units
/// whose name is already full (财政局, 公安局) or whose abbreviation has no
/// standard expansion (数管中心, 银保监组, 改革办) have none. The module
/// documentation of `crate::units` lists them all.
pub(crate) static FULL_NAMES: &[(&str, &[Full])] = &[
    ("发改局", &[sure("发展和改革局")]),
    ("自规局", &[sure("自然资源和规划局")]),
    (
        "行政执法局",
        &[maybe(
            "综合行政执法局",
            "the name Zhejiang gives a county-level city's law-enforcement bureau; \
             the document writes only 行政执法局 and 执法局",
        )],
    ),
    ("经信局", &[sure("经济和信息化局")]),
    (
        "交通局",
        &[maybe(
            "交通运输局",
            "the standard name of a transport bureau, which adds 运输; \
             the document writes only 交通局",
        )],
    ),
    ("市场发展委", &[sure("市场发展委员会")]),
    ("自贸发展区管委会", &[sure("自贸发展区管理委员会")]),
    (
        "文广旅体局",
        &[maybe(
            "文化和广电旅游体育局",
            "the form Zhejiang's county-level cities use for a bureau of culture, \
             radio and television, tourism and sports; not written in the document",
        )],
    ),
    ("双江湖新区管委会", &[sure("双江湖新区管理委员会")]),
    ("人社局", &[sure("人力资源和社会保障局")]),
    (
        "国资办",
        &[maybe(
            "国有资产监督管理办公室",
            "国资办 read as the state-owned assets supervision office; \
             the document does not expand it",
        )],
    ),
    (
        "市委办",
        &[
            sure("市委办公室"),
            noted(
                "中共义乌市委办公室",
                "the official form names the Party and the city inside the name",
            ),
        ],
    ),
    (
        "政法委",
        &[
            sure("政法委员会"),
            noted(
                "中共义乌市委政法委员会",
                "the official form names the Party and the city inside the name",
            ),
        ],
    ),
    (
        "编办",
        &[maybe(
            "机构编制委员会办公室",
            "ambiguous abbreviation, read as the office of the institutional \
             establishment commission (as its gloss)",
        )],
    ),
    (
        "市府办",
        &[
            maybe(
                "市政府办公室",
                "abbreviation read as the city government's office (as its gloss); \
                 the document does not expand it",
            ),
            maybe(
                "市人民政府办公室",
                "the same reading in the form of the notice's issuer, \
                 义乌市人民政府办公室",
            ),
        ],
    ),
    (
        "信访局〈矛调中心〉",
        &[maybe(
            "社会矛盾纠纷调处化解中心",
            "expansion of 矛调中心 (as its gloss); the document does not expand it",
        )],
    ),
    (
        "外办",
        &[maybe(
            "外事办公室",
            "外办 read as the foreign affairs office; whether it is the government's \
             or the Party committee's is not said",
        )],
    ),
    ("工商联", &[sure("工商业联合会")]),
    ("市场监管局", &[sure("市场监督管理局")]),
    ("科技局", &[sure("科学技术局")]),
    (
        "税务局",
        &[noted(
            "国家税务总局义乌市税务局",
            "the official form of a county-level tax bureau names the State \
             Taxation Administration and the city inside the name",
        )],
    ),
    (
        "建设局",
        &[maybe(
            "住房和城乡建设局",
            "the standard name of a housing and construction bureau; \
             the document writes only 建设局",
        )],
    ),
    (
        "金融办",
        &[maybe(
            "金融工作办公室",
            "金融办 read as the financial work office; the document does not expand it",
        )],
    ),
    (
        "人行",
        &[maybe(
            "中国人民银行义乌市支行",
            "the document does not say which branch of the People's Bank of China; \
             presumably the Yiwu sub-branch (as its gloss)",
        )],
    ),
    ("法院", &[sure("人民法院")]),
    ("卫健局", &[sure("卫生健康局")]),
    ("妇联", &[sure("妇女联合会")]),
    ("医保局", &[sure("医疗保障局")]),
    ("社科联", &[sure("社会科学界联合会")]),
    ("文联", &[sure("文学艺术界联合会")]),
    ("丝路新区管委会", &[sure("丝路新区管理委员会")]),
    ("综保区管委会", &[sure("综合保税区管理委员会")]),
    ("邮管局", &[sure("邮政管理局")]),
    ("边检站", &[sure("边防检查站")]),
    (
        "团市委",
        &[noted(
            "共青团义乌市委员会",
            "the official form names the city inside the name",
        )],
    ),
    ("残联", &[sure("残疾人联合会")]),
    ("科协", &[sure("科学技术协会")]),
    ("供销联社", &[sure("供销合作社联合社")]),
];

/// The full names of a curated unit, by canonical name.
pub(crate) fn full_names(name: &str) -> &'static [Full] {
    FULL_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(&[], |(_, full)| full)
}

/// Every full name of the table to its entry.
static BY_FULL_NAME: Lazy<HashMap<&'static str, usize>> = Lazy::new(|| {
    let mut map = HashMap::new();
    for (name, full) in FULL_NAMES {
        if let Some(&i) = BY_NAME.get(name) {
            for f in *full {
                map.entry(f.name).or_insert(i);
            }
        }
    }
    map
});

/// The curated entry a name denotes by any of its names: canonical, alias
/// or full name, with or without the city prefix (see
/// [`super::with_prefix`]).
pub(crate) fn lookup_any(name: &str) -> Option<&'static Entry> {
    super::with_prefix(name, |n| {
        BY_NAME.get(n).or_else(|| BY_FULL_NAME.get(n)).copied()
    })
    .map(|i| &TABLE[i])
}

/// Every name of the table (canonical names and aliases) to its entry.
static BY_NAME: Lazy<HashMap<&'static str, usize>> = Lazy::new(|| {
    let mut map = HashMap::new();
    for (i, entry) in TABLE.iter().enumerate() {
        map.entry(entry.name).or_insert(i);
        for alias in entry.aliases {
            map.entry(*alias).or_insert(i);
        }
    }
    map
});

/// The curated entry a name (canonical or alias) denotes.
pub(crate) fn lookup(name: &str) -> Option<&'static Entry> {
    BY_NAME.get(name).map(|&i| &TABLE[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for entry in TABLE {
            assert!(seen.insert(entry.name), "duplicate {}", entry.name);
            for alias in entry.aliases {
                assert!(seen.insert(alias), "duplicate {alias}");
            }
        }
    }

    #[test]
    fn parents_are_in_the_table() {
        for entry in TABLE {
            if let Some(parent) = entry.parent {
                let p = lookup(parent).expect(parent);
                assert_eq!(p.name, parent);
                assert!(p.parent.is_none());
            }
        }
    }

    #[test]
    fn uncertain_glosses_say_why() {
        for entry in TABLE {
            assert!(entry.certain || entry.note.is_some(), "{}", entry.name);
            assert!(!entry.english.is_empty(), "{}", entry.name);
        }
    }

    #[test]
    fn full_names_belong_to_abbreviated_units() {
        let mut seen = std::collections::HashSet::new();
        for (name, full) in FULL_NAMES {
            let entry = lookup(name).expect(name);
            assert_eq!(entry.name, *name, "{name} is not canonical");
            assert!(!full.is_empty(), "{name}");
            for f in *full {
                assert!(seen.insert(f.name), "duplicate {}", f.name);
                assert!(lookup(f.name).is_none(), "{} is a name", f.name);
                assert!(f.certain || f.note.is_some(), "{}", f.name);
                assert_eq!(lookup_any(f.name).map(|e| e.name), Some(*name));
            }
        }
    }
}
