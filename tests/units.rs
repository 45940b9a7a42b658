//! The unit registry: canonical names, aliases, offices, collective
//! placeholders, kinds, glosses and suggestions.

use std::fmt::Write;

use yiwu_duties::units::{GlossConfidence, TownCoverage, UnitKind};
use yiwu_duties::{Include, Index, Role, UnitTask, Via, breakdown, index, parse};

/// How many assignments in the seed write each name.
fn written_count(name: &str) -> usize {
    breakdown()
        .tasks()
        .flat_map(|t| t.assignments())
        .filter(|a| a.name() == name)
        .count()
}

/// The role in a task of a unit (canonical name or alias), or `None`
/// when the task does not name it or no task names the unit at all.
fn role(task: impl yiwu_duties::AsTaskId, unit: &str) -> Option<Role> {
    let task = breakdown().task(task).unwrap();
    index().unit(unit)?.role_in(task)
}

#[test]
fn registry_snapshot() {
    let mut out = String::new();
    for u in index().units() {
        let gloss = match u.gloss() {
            Some(g) if g.is_certain() => g.english().to_owned(),
            Some(g) => format!("{} [uncertain]", g.english()),
            None => "-".to_owned(),
        };
        writeln!(
            out,
            "{} | {} | aliases: {} | written: {} | parent: {} | {}",
            u.name(),
            u.kind(),
            u.aliases().join("、"),
            u.written_as().join("、"),
            u.parent().unwrap_or("-"),
            gloss
        )
        .unwrap();
    }
    insta::assert_snapshot!("registry", out);
}

#[test]
fn every_written_name_finds_its_unit() {
    let b = index();
    for a in breakdown().tasks().flat_map(|t| t.assignments()) {
        let unit = b
            .units()
            .get(a.name())
            .unwrap_or_else(|| panic!("{}", a.name()));
        assert!(unit.written_as().iter().any(|w| w == a.name()));
    }
    // 113 distinct written names, five pairs merged.
    assert_eq!(b.units().len(), 108);
}

#[test]
fn every_seed_unit_has_a_gloss() {
    for u in index().units() {
        let g = u
            .gloss()
            .unwrap_or_else(|| panic!("no gloss for {}", u.name()));
        assert!(!g.english().is_empty());
        if !g.is_certain() {
            assert!(
                g.note().is_some(),
                "{} is uncertain without a note",
                u.name()
            );
        }
    }
}

#[test]
fn uncertain_glosses_are_the_documented_ones() {
    let uncertain: Vec<_> = index()
        .units()
        .iter()
        .filter(|u| {
            u.gloss()
                .is_some_and(|g| g.confidence() == GlossConfidence::Uncertain)
        })
        .map(|u| u.name())
        .collect();
    assert_eq!(
        uncertain,
        [
            "商城集团",
            "数管中心",
            "编办",
            "市府办",
            "信访局〈矛调中心〉",
            "人行",
            "银保监组",
            "组织部〈机关工委〉",
        ]
    );
}

#[test]
fn merged_aliases() {
    let b = index();
    for (canonical, alias) in [
        ("行政执法局", "执法局"),
        ("文广旅体局", "文旅局"),
        ("双江湖新区管委会", "双江湖管委会"),
        ("税务局", "税务"),
        ("海关", "义乌海关"),
    ] {
        let by_alias = b.units().get(alias).unwrap();
        let by_name = b.units().get(canonical).unwrap();
        assert_eq!(by_alias, by_name, "{alias}");
        assert_eq!(by_alias.name(), canonical);
        assert_eq!(by_alias.aliases(), [alias]);
        assert!(by_alias.is_named(alias) && by_alias.is_named(canonical));
        let unit = b.unit(alias).unwrap();
        let w = unit.workload();
        assert_eq!(w, b.unit(canonical).unwrap().workload());
        assert_eq!(w.unit(), canonical);
        // No task names both forms, so tasks = written assignments.
        assert_eq!(w.total(), written_count(canonical) + written_count(alias));
        assert_eq!(unit.carried().count() + unit.joined().count(), w.total());
    }
}

#[test]
fn assignments_keep_the_name_as_written() {
    let task = breakdown().task("K1.2").unwrap();
    assert!(task.assignments().iter().any(|a| a.name() == "执法局"));
    assert_eq!(role(task.id(), "行政执法局"), Some(Role::Joint));
    assert_eq!(role(task.id(), "执法局"), Some(Role::Joint));
    let tasks: Vec<UnitTask> = index()
        .unit("行政执法局")
        .unwrap()
        .tasks(Include::EXACT)
        .collect();
    assert_eq!(tasks[0].written_as(), "执法局");
    assert_eq!(tasks[1].written_as(), "行政执法局");
}

#[test]
fn alias_role_of_in_each_merged_task() {
    assert_eq!(role("K6.2.15", "执法局"), Some(Role::Joint));
    assert_eq!(role("K6.2.15", "文广旅体局"), Some(Role::Joint));
    assert_eq!(role("K2.1.8", "双江湖新区管委会"), Some(Role::Lead));
    assert_eq!(role("K6.2.5", "税务局"), Some(Role::Joint));
    assert_eq!(role("K6.4.10", "海关"), Some(Role::Joint));
    assert_eq!(role("K5.3.1", "文广旅体局"), Some(Role::Lead));
}

#[test]
fn offices_are_units_with_a_parent() {
    let b = index();
    let units = b.units();
    let parent = units.get("组织部").unwrap();
    assert_eq!(parent.parent(), None);
    assert_eq!(
        parent.offices(),
        [
            "组织部〈市“三服务”办〉",
            "组织部〈市委人才办〉",
            "组织部〈机关工委〉"
        ]
    );
    for (office, short) in [
        ("组织部〈市委人才办〉", "市委人才办"),
        ("组织部〈机关工委〉", "机关工委"),
        ("组织部〈市“三服务”办〉", "市“三服务”办"),
    ] {
        let u = units.get(office).unwrap();
        assert_eq!(u.parent(), Some("组织部"));
        assert_eq!(units.get(short).unwrap(), u);
        assert_ne!(units.get("组织部").unwrap(), u);
    }
    // 组织部 alone is named once (K7.2.2); its offices in five more tasks.
    let zuzhibu = b.unit("组织部").unwrap();
    assert_eq!(zuzhibu.workload().total(), 1);
    let with = zuzhibu.workload_with(Include::EXACT.with_offices());
    assert_eq!((with.carried(), with.joint(), with.total()), (3, 3, 6));
    let tasks: Vec<UnitTask> = zuzhibu.tasks(Include::EXACT.with_offices()).collect();
    assert_eq!(tasks.iter().filter(|t| t.via() == Via::Office).count(), 5);
    assert_eq!(b.unit("市委人才办").unwrap().workload().total(), 3);
    // An office's role is not its parent's.
    assert_eq!(role("K3.2.7", "组织部"), None);
    assert_eq!(role("K3.2.7", "市委人才办"), Some(Role::Lead));
}

#[test]
fn alternative_bracketed_name() {
    let b = index();
    let units = b.units();
    let u = units.get("信访局〈矛调中心〉").unwrap();
    assert_eq!(units.get("信访局").unwrap(), u);
    assert_eq!(units.get("矛调中心").unwrap(), u);
    assert_eq!(units.get("信访局<矛调中心>").unwrap(), u);
    assert_eq!(u.parent(), None);
    assert_eq!(b.unit("矛调中心").unwrap().workload().joint(), 3);
    assert_eq!(role("K4.3", "信访局"), Some(Role::Joint));
}

#[test]
fn collective_placeholders() {
    let b = index();
    let units = b.units();
    let collectives: Vec<_> = units
        .iter()
        .filter(|u| u.is_collective())
        .map(|u| u.name())
        .collect();
    assert_eq!(
        collectives,
        [
            "各镇街",
            "市政府各部门",
            "相关镇街",
            "其他涉企执法部门",
            "市属各国有企业",
            "各金融机构",
            "市机关各单位",
            "建设“平安义乌”领导小组各成员单位",
            "疫情防控指挥部及各小组",
            "各行政执法单位",
            "各通信公司",
            "相关责任单位",
        ]
    );
    // Never ranked as one body, never a collaborator, never merged.
    assert!(b.workloads().all(|w| !w.kind().is_collective()));
    assert_eq!(b.collective_workloads().count(), 12);
    for u in units.iter().filter(|u| !u.is_collective()) {
        assert!(
            b.unit(u.name())
                .unwrap()
                .collaborators()
                .all(|c| !c.kind().is_collective())
        );
    }
    for name in &collectives {
        let u = units.get(name).unwrap();
        assert!(u.aliases().is_empty() && u.parent().is_none(), "{name}");
    }
    assert_eq!(
        units.get("各镇街").unwrap().town_coverage(),
        Some(TownCoverage::Every)
    );
    assert_eq!(
        units.get("相关镇街").unwrap().town_coverage(),
        Some(TownCoverage::Possibly)
    );
    assert_eq!(units.get("市政府各部门").unwrap().town_coverage(), None);
    // A placeholder's own workload can still be asked for.
    assert_eq!(b.unit("各镇街").unwrap().workload().total(), 64);
}

#[test]
fn kinds() {
    let units = index().units();
    let of = |kind| {
        units
            .iter()
            .filter(|u| u.kind() == kind)
            .map(|u| u.name())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        of(UnitKind::Town),
        ["苏溪镇", "上溪镇", "大陈镇", "义亭镇", "赤岸镇", "佛堂镇"]
    );
    assert_eq!(
        of(UnitKind::Enterprise),
        [
            "商城集团",
            "陆港集团",
            "交旅集团",
            "市场集团",
            "供电公司",
            "产投集团",
            "城投集团",
            "双江湖集团",
            "国资公司",
            "机场公司",
            "水务集团",
            "建投集团",
            "恒风集团",
            "环境集团",
        ]
    );
    // The curated kinds agree with the rules used for unknown names.
    for u in units {
        assert_eq!(UnitKind::by_rule(u.name()), u.kind(), "{}", u.name());
    }
}

#[test]
fn town_with_and_without_collective_tasks() {
    let b = index();
    let suxi = b.unit("苏溪镇").unwrap();
    let own: Vec<UnitTask> = suxi.tasks(Include::EXACT).collect();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].task().id().to_string(), "K2.1.4");
    assert_eq!((own[0].role(), own[0].via()), (Role::Joint, Via::Named));
    assert_eq!(suxi.workload().total(), 1);

    let all: Vec<UnitTask> = suxi.tasks(Include::EXACT.with_collectives()).collect();
    let count = |via| all.iter().filter(|t| t.via() == via).count();
    assert_eq!(count(Via::Named), 1);
    assert_eq!(count(Via::EveryTown), 64);
    assert_eq!(count(Via::TownsConcerned), 42);
    assert!(all.windows(2).all(|w| w[0].task().id() < w[1].task().id()));
    // Only certain tasks count towards the workload.
    let w = suxi.workload_with(Include::EXACT.with_collectives());
    assert_eq!(w.total(), 65);

    // 佛堂镇 leads K5.3.4, which also names 相关镇街: listed once, as named.
    let fotang: Vec<UnitTask> = b.unit("佛堂镇").unwrap().tasks(Include::ALL).collect();
    let k534: Vec<_> = fotang
        .iter()
        .filter(|t| t.task().id().to_string() == "K5.3.4")
        .collect();
    assert_eq!(k534.len(), 1);
    assert_eq!((k534[0].via(), k534[0].role()), (Via::Named, Role::Lead));

    // Collectives are only expanded for towns.
    let fagaiju = b.unit("发改局").unwrap();
    assert_eq!(
        fagaiju.tasks(Include::ALL).count(),
        fagaiju.tasks(Include::EXACT).count()
    );
}

#[test]
fn unknown_names_and_suggestions() {
    let b = index();
    let units = b.units();
    assert!(units.get("发改委").is_none());
    assert!(b.unit("发改委").is_none());
    assert!(b.unit("").is_none());
    assert!(b.unit("执法").is_none());
    assert_eq!(role("K2.1.1", "发改委"), None);

    let names =
        |q: &str| -> Vec<String> { units.suggest(q).map(|u| u.name().to_owned()).collect() };
    assert_eq!(names("发改委"), ["发改局"]);
    assert_eq!(
        names("执法"),
        ["行政执法局", "各行政执法单位", "其他涉企执法部门"]
    );
    assert_eq!(names("人才办")[0], "组织部〈市委人才办〉");
    assert_eq!(names("商城")[0], "商城集团");
    assert!(names("").is_empty());
    assert!(names("xyz").is_empty());
    assert!(units.suggest("组织部").count() <= 5);
}

#[test]
fn other_documents_get_rule_based_entries() {
    let text = "\
# 2023 年政府工作报告重点工作责任分解
## 一、张三市长牵头的重点工作
1. 地区生产总值增长 6%。（责任单位：▲发改局、统计局、稠城街道、佛堂镇、某某控股集团、各街道）
2. 推进人才工作。（责任单位：▲宣传部〈网信办〉、执法局、相关街道）
";
    let b = parse(text).unwrap();
    let index = Index::new(&b);
    let units = index.units();
    let kind = |n: &str| units.get(n).unwrap().kind();
    assert_eq!(kind("统计局"), UnitKind::PublicBody);
    assert_eq!(kind("稠城街道"), UnitKind::Town);
    assert_eq!(kind("某某控股集团"), UnitKind::Enterprise);
    assert_eq!(kind("各街道"), UnitKind::Collective);
    assert!(units.get("统计局").unwrap().gloss().is_none());
    // Known units keep their curated data.
    assert_eq!(units.get("执法局").unwrap().name(), "行政执法局");
    assert!(units.get("发改局").unwrap().gloss().is_some());
    // An unknown office: its own unit, found by its short name, with a parent.
    let office = units.get("网信办").unwrap();
    assert_eq!(office.name(), "宣传部〈网信办〉");
    assert_eq!(office.parent(), Some("宣传部"));
    assert_eq!(units.get("宣传部").unwrap().offices(), ["宣传部〈网信办〉"]);
    let xuanchuanbu = index.unit("宣传部").unwrap();
    assert_eq!(xuanchuanbu.workload().total(), 0);
    assert_eq!(
        xuanchuanbu
            .workload_with(Include::EXACT.with_offices())
            .carried(),
        1
    );
    // Town coverage by rule.
    let all: Vec<UnitTask> = index
        .unit("稠城街道")
        .unwrap()
        .tasks(Include::ALL)
        .collect();
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].via(), Via::TownsConcerned);
    assert_eq!(
        units.get("相关街道").unwrap().town_coverage(),
        Some(TownCoverage::Possibly)
    );
    // 各街道 and 相关街道 are about subdistricts, not towns (…镇).
    assert_eq!(index.unit("佛堂镇").unwrap().tasks(Include::ALL).count(), 1);
    // Zero-task parents are not ranked.
    assert!(index.workloads().all(|w| w.unit() != "宣传部"));
}

#[test]
fn index_is_built_once_and_clones_compare_equal() {
    let b = breakdown();
    let first: *const _ = index().units();
    let second: *const _ = index().units();
    assert_eq!(first, second);
    let reparsed = parse(yiwu_duties::SOURCE).unwrap();
    assert_eq!(&reparsed, b);
    assert_eq!(Index::new(&reparsed).units(), index().units());
}

proptest::proptest! {
    #[test]
    fn no_query_panics_on_any_name(name in "\\PC{0,12}") {
        let b = index();
        let _ = b.units().get(&name);
        let _ = b.units().suggest(&name).count();
        if let Some(unit) = b.unit(&name) {
            let _ = unit.workload();
            let _ = unit.workload_with(Include::ALL);
            let _ = unit.tasks(Include::ALL).count();
            let _ = unit.carried().count();
            let _ = unit.collaborators().count();
            let _ = unit.workload_by_area().count();
            for task in breakdown().tasks().take(5) {
                let _ = unit.role_in(task);
            }
        }
    }

    #[test]
    fn any_unit_list_builds_a_registry(
        names in proptest::collection::vec("[各相关市〈〉<>镇街道集团公司局办甲乙]{1,8}", 1..6)
    ) {
        let clause = names.join("、");
        let text = format!(
            "# 2023 年政府工作报告重点工作责任分解\n## 一、张三市长牵头的重点工作\n1. 任务。（责任单位：{clause}）\n"
        );
        if let Ok(b) = parse(&text) {
            let index = Index::new(&b);
            for unit in index.units() {
                let found = index.unit(unit.name());
                proptest::prop_assert!(found.is_some());
                let found = found.unwrap();
                let _ = found.workload();
                let _ = found.tasks(Include::ALL).count();
                let _ = found.collaborators().count();
            }
            let _ = index.workloads().count();
            let _ = index.leader_unit_matrix().count();
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn registry_round_trips_through_json() {
    let units = index().units();
    let json = serde_json::to_string(units).unwrap();
    let back: yiwu_duties::Units = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, units);
    assert_eq!(back.get("义乌海关").unwrap().name(), "海关");
}

/// Every full official name, by unit, in registry order: (canonical name,
/// full name, certain).
const FULL_NAMES: &[(&str, &str, bool)] = &[
    ("发改局", "发展和改革局", true),
    ("自规局", "自然资源和规划局", true),
    ("行政执法局", "综合行政执法局", false),
    ("经信局", "经济和信息化局", true),
    ("交通局", "交通运输局", false),
    ("市场发展委", "市场发展委员会", true),
    ("自贸发展区管委会", "自贸发展区管理委员会", true),
    ("文广旅体局", "文化和广电旅游体育局", false),
    ("双江湖新区管委会", "双江湖新区管理委员会", true),
    ("人社局", "人力资源和社会保障局", true),
    ("国资办", "国有资产监督管理办公室", false),
    ("市委办", "市委办公室", true),
    ("市委办", "中共义乌市委办公室", true),
    ("政法委", "政法委员会", true),
    ("政法委", "中共义乌市委政法委员会", true),
    ("编办", "机构编制委员会办公室", false),
    ("市府办", "市政府办公室", false),
    ("市府办", "市人民政府办公室", false),
    ("信访局〈矛调中心〉", "社会矛盾纠纷调处化解中心", false),
    ("外办", "外事办公室", false),
    ("工商联", "工商业联合会", true),
    ("市场监管局", "市场监督管理局", true),
    ("科技局", "科学技术局", true),
    ("税务局", "国家税务总局义乌市税务局", true),
    ("建设局", "住房和城乡建设局", false),
    ("金融办", "金融工作办公室", false),
    ("人行", "中国人民银行义乌市支行", false),
    ("法院", "人民法院", true),
    ("卫健局", "卫生健康局", true),
    ("妇联", "妇女联合会", true),
    ("医保局", "医疗保障局", true),
    ("社科联", "社会科学界联合会", true),
    ("文联", "文学艺术界联合会", true),
    ("丝路新区管委会", "丝路新区管理委员会", true),
    ("综保区管委会", "综合保税区管理委员会", true),
    ("邮管局", "邮政管理局", true),
    ("边检站", "边防检查站", true),
    ("团市委", "共青团义乌市委员会", true),
    ("残联", "残疾人联合会", true),
    ("科协", "科学技术协会", true),
    ("供销联社", "供销合作社联合社", true),
];

#[test]
fn every_full_name_is_listed() {
    let listed: Vec<(&str, &str, bool)> = index()
        .units()
        .iter()
        .flat_map(|u| {
            u.full_names()
                .iter()
                .map(move |f| (u.name(), f.name(), f.is_certain()))
        })
        .collect();
    assert_eq!(listed, FULL_NAMES);
    for u in index().units() {
        for f in u.full_names() {
            assert!(f.is_certain() || f.note().is_some(), "{}", f.name());
        }
    }
    // Names with no standard expansion have none.
    for name in ["数管中心", "银保监组", "改革办", "财政局", "各镇街"] {
        assert!(
            index().units().get(name).unwrap().full_names().is_empty(),
            "{name}"
        );
    }
}

#[test]
fn full_names_resolve_with_or_without_the_city_prefix() {
    let index = index();
    for &(unit, full, _) in FULL_NAMES {
        for name in [
            full.to_owned(),
            format!("市{full}"),
            format!("义乌市{full}"),
        ] {
            assert_eq!(index.unit(&name).map(|u| u.name()), Some(unit), "{name}");
            assert_eq!(
                index.units().get(&name).map(|u| u.name()),
                Some(unit),
                "{name}"
            );
            assert!(index.units().get(unit).unwrap().is_named(&name), "{name}");
        }
    }
    // The prefix on the document's own names.
    assert_eq!(index.unit("义乌市发改局").unwrap().name(), "发改局");
    assert_eq!(index.unit("市执法局").unwrap().name(), "行政执法局");
    assert_eq!(index.unit("义乌市人民政府办公室").unwrap().name(), "市府办");
    // 市 is part of these names and is not dropped.
    assert_eq!(index.unit("市场发展委").unwrap().name(), "市场发展委");
    assert_eq!(index.unit("市场监管局").unwrap().name(), "市场监管局");
    assert!(index.unit("场发展委").is_none());
    assert!(index.unit("义乌市").is_none() && index.unit("市").is_none());
    // Full names are not aliases.
    assert!(index.units().iter().all(|u| {
        u.full_names()
            .iter()
            .all(|f| !u.aliases().contains(&f.name().to_owned()))
    }));
}

#[test]
fn no_full_name_collides_with_another_name() {
    let units = index().units();
    let mut names: Vec<(String, &str)> = Vec::new();
    for u in units {
        names.push((u.name().to_owned(), u.name()));
        for a in u.aliases() {
            names.push((a.clone(), u.name()));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for u in units {
        for f in u.full_names() {
            assert!(seen.insert(f.name()), "{} listed twice", f.name());
            for form in [
                f.name().to_owned(),
                format!("市{}", f.name()),
                format!("义乌市{}", f.name()),
            ] {
                for (name, owner) in &names {
                    assert!(
                        *name != form || *owner == u.name(),
                        "{form} (of {}) is a name of {owner}",
                        u.name()
                    );
                }
            }
        }
    }
}

#[test]
fn other_documents_writing_full_names_get_the_curated_unit() {
    let text = "\
# 2023 年政府工作报告重点工作责任分解
## 一、张三市长牵头的重点工作
1. 地区生产总值增长 6%。（责任单位：▲市发展和改革局、义乌市经济和信息化局、市场发展委）
";
    let b = parse(text).unwrap();
    let index = Index::new(&b);
    let unit = index.unit("发改局").unwrap();
    assert_eq!(unit.unit().written_as(), ["市发展和改革局"]);
    assert_eq!(unit.workload().lead(), 1);
    assert_eq!(index.unit("经信局").unwrap().workload().joint(), 1);
    assert_eq!(index.unit("市场发展委").unwrap().workload().joint(), 1);
    assert_eq!(index.units().len(), 3);
}

#[test]
fn suggest_finds_full_names_and_glosses() {
    let units = index().units();
    let names = |q: &str| -> Vec<&str> { units.suggest(q).map(|u| u.name()).collect() };
    assert_eq!(names("reform"), ["发改局", "改革办"]);
    assert_eq!(names("REFORM"), names("reform"));
    assert_eq!(names("自然资源"), ["自规局"]);
    assert_eq!(names("Customs"), ["海关"]);
    // Fuzzy matches first, then containment; never more than five.
    assert_eq!(names("发改委")[0], "发改局");
    assert_eq!(names("bureau").len(), 5);
    assert_eq!(names("bureau"), names("bureau"));
    assert!(names("xyz").is_empty());
}
