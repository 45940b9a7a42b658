//! Quantitative targets: every target of the seed (snapshot), each
//! comparator, kind, magnitude and Chinese numeral, each kind of
//! non-target, the query API, and generated phrases.

use std::str::FromStr;

use proptest::prelude::*;
use yiwu_duties::targets::{Commitment, Comparator, Decimal, Scope, Target, TargetKind, extract};

fn one(text: &str) -> Target {
    let targets = extract(text);
    assert_eq!(targets.len(), 1, "{text}: {targets:#?}");
    targets.into_iter().next().unwrap()
}

fn none(text: &str) {
    let targets = extract(text);
    assert!(targets.is_empty(), "{text}: {targets:#?}");
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

// ---------------------------------------------------------------------------
// The seed
// ---------------------------------------------------------------------------

fn describe(id: &str, index: usize, t: &Target) -> String {
    let opt = |s: Option<&str>| s.unwrap_or("-").to_owned();
    let base = t
        .base()
        .map(|b| format!("{} {}", b.value(), opt(b.measure())))
        .unwrap_or_else(|| "-".to_owned());
    format!(
        "{id} #{index} | {} | {} | {} {} {} {} | base {base} | bench {} | {} | part_of {} | {}..{} | written {} | {}",
        t.text(),
        t.indicator(),
        t.kind(),
        t.comparator().map_or("-".to_owned(), |c| c.to_string()),
        t.value().map_or("-".to_owned(), |v| v.to_string()),
        opt(t.measure()),
        opt(t.benchmark()),
        t.commitment(),
        t.part_of().map_or("-".to_owned(), |p| p.to_string()),
        t.span().start,
        t.span().end,
        opt(t.measure_as_written()),
        t.scope(),
    )
}

#[test]
fn seed_targets() {
    let lines: Vec<String> = yiwu_duties::index()
        .targets()
        .map(|t| describe(&t.task().id().to_string(), t.index(), t.target()))
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn seed_counts_by_kind() {
    let b = yiwu_duties::index();
    let count = |k| b.targets().of_kind(k).count();
    assert_eq!(count(TargetKind::Amount), 104);
    assert_eq!(count(TargetKind::Growth), 5);
    assert_eq!(count(TargetKind::Decrease), 1);
    assert_eq!(count(TargetKind::Share), 6);
    assert_eq!(count(TargetKind::Change), 1);
    assert_eq!(count(TargetKind::Doubling), 1);
    assert_eq!(count(TargetKind::FullCoverage), 2);
    assert_eq!(count(TargetKind::Zero), 1);
    assert_eq!(count(TargetKind::Relative), 4);
    assert_eq!(b.targets().count(), 125);
}

#[test]
fn seed_spans_are_the_texts() {
    for task in yiwu_duties::breakdown().tasks() {
        for (i, t) in task.targets().iter().enumerate() {
            assert_eq!(&task.text()[t.span()], t.text(), "{} #{i}", task.id());
            assert!(!t.indicator().is_empty(), "{} #{i}", task.id());
            assert_eq!(t.has_figure(), t.kind().has_figure(), "{} #{i}", task.id());
            assert_eq!(
                t.value().is_some(),
                t.measure().is_some(),
                "{} #{i}",
                task.id()
            );
            if let Some(p) = t.part_of() {
                assert!(p < i);
            }
        }
    }
}

#[test]
fn seed_task_texts_from_the_issue() {
    let b = yiwu_duties::breakdown();
    let first = |id: &str| b.task(id).unwrap().targets()[0].clone();
    let t = first("K2.1.1");
    assert_eq!(t.text(), "地区生产总值增长 8%以上");
    let t = first("K2.5.4");
    assert_eq!(t.text(), "完成50万千瓦并网");
    assert_eq!(t.value(), Some(dec("500000")));
    let t = &b.task("K6.2.5").unwrap().targets()[1];
    assert_eq!(t.text(), "进口突破 400 亿元");
    let t = &b.task("K7.4.2").unwrap().targets()[1];
    assert_eq!(t.text(), "护理型养老床位占比由56%提高到60%");
    assert_eq!(t.kind(), TargetKind::Change);
    let t = &b.task("K6.2.5").unwrap().targets()[2];
    assert_eq!(t.text(), "转口实现翻番");
    assert_eq!(t.indicator(), "转口");
}

#[cfg(feature = "serde")]
#[test]
fn json_shape() {
    let b = yiwu_duties::breakdown();
    let task = |id: &str| b.task(id).unwrap().targets().to_vec();
    insta::assert_json_snapshot!("json_change_and_part", (task("K7.4.2"), task("L6.7")));
    // Fields in the documented order (serde_json's Value sorts keys, so
    // read the order from the string).
    let written = serde_json::to_string(&task("K2.1.1")[0]).unwrap();
    let fields = [
        "text",
        "indicator",
        "value",
        "measure",
        "measure_as_written",
        "comparator",
        "kind",
        "scope",
        "base",
        "commitment",
        "benchmark",
        "span",
        "part_of",
    ];
    let positions: Vec<usize> = fields
        .iter()
        .map(|f| written.find(&format!("\"{f}\":")).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{written}");
    let json = serde_json::to_value(&task("K2.1.1")[0]).unwrap();
    assert_eq!(json.as_object().unwrap().len(), fields.len());
    assert_eq!(json["value"], "8");
    assert_eq!(json["comparator"], "at_least");
    assert_eq!(json["kind"], "growth");
    assert_eq!(json["scope"], "aggregate");
    assert_eq!(json["measure_as_written"], "%");
    assert_eq!(json["base"], serde_json::Value::Null);
    let relative = serde_json::to_value(&task("K1.1")[0]).unwrap();
    assert_eq!(relative["value"], serde_json::Value::Null);
    assert_eq!(relative["kind"], "relative");
    assert_eq!(relative["comparator"], "more_than");
    // Figure-less targets have no comparator.
    let doubling = serde_json::to_value(&task("K6.2.5")[2]).unwrap();
    assert_eq!(doubling["kind"], "doubling");
    assert_eq!(doubling["comparator"], serde_json::Value::Null);
    assert_eq!(doubling["measure_as_written"], serde_json::Value::Null);
    let villages = serde_json::to_value(&task("K7.2.2")[0]).unwrap();
    assert_eq!(villages["scope"], "per_entity");
    assert_eq!(villages["measure"], "元");
    assert_eq!(villages["measure_as_written"], "万元");
    // The export record carries the same shape, and `unit` and
    // `unit_as_written`, the same as `measure` and `measure_as_written`,
    // under the names the published tables use.
    let export = yiwu_duties::export::Export::new(b);
    let record = export.tasks.iter().find(|t| t.id == "K2.1.1").unwrap();
    let mut exported = serde_json::to_value(&record.targets[0]).unwrap();
    assert_eq!(exported["unit"], "%");
    assert_eq!(exported["unit"], json["measure"]);
    assert_eq!(exported["unit_as_written"], json["measure_as_written"]);
    exported.as_object_mut().unwrap().remove("unit");
    exported.as_object_mut().unwrap().remove("unit_as_written");
    assert_eq!(exported, json);
    let record = export.tasks.iter().find(|t| t.id == "K6.2.5").unwrap();
    let imports = serde_json::to_value(&record.targets[1]).unwrap();
    assert_eq!(
        (
            &imports["unit"],
            &imports["unit_as_written"],
            &imports["value"]
        ),
        (&"元".into(), &"亿元".into(), &"40000000000".into())
    );
    // And it reads back.
    let back: Target = serde_json::from_value(json).unwrap();
    assert_eq!(back, task("K2.1.1")[0]);
}

#[cfg(feature = "serde")]
#[test]
fn csv_rows() {
    let index = yiwu_duties::index();
    let rows: Vec<_> = yiwu_duties::export::target_rows(index).collect();
    assert_eq!(rows.len(), index.targets().count());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in &rows {
        writer.serialize(row).unwrap();
    }
    let csv = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "task_id,index,part_of,leads,carriers,text,indicator,value,unit,measure,comparator,kind,base_value,base_unit,commitment,benchmark,span_start,span_end,carriers_canonical,unit_as_written,scope"
    );
    assert!(csv.contains("K7.4.2,1,,民政局,民政局,护理型养老床位占比由56%提高到60%,护理型养老床位占比,60,%,%,exactly,change,56,%,plain,,"));
    assert!(csv.contains("L6.7,1,0,交通局,交通局,其中农村 80 个,农村,80,个,个,exactly,amount,"));
    // The comparator column is empty for figure-less targets.
    assert!(csv.contains(",转口实现翻番,转口,,,,,doubling,"), "{csv}");
    let row = |id: &str, index: usize| {
        rows.iter()
            .find(|r| r.task_id == id && r.index == index)
            .unwrap()
    };
    assert_eq!(row("K6.2.5", 2).comparator, None);
    assert_eq!(row("K1.1", 0).comparator, Some("more_than"));
    assert_eq!(
        (
            row("K6.2.5", 1).unit_as_written.as_deref(),
            row("K6.2.5", 1).scope
        ),
        (Some("亿元"), "aggregate")
    );
    assert_eq!(
        (
            row("K7.2.2", 0).unit_as_written.as_deref(),
            row("K7.2.2", 0).scope
        ),
        (Some("万元"), "per_entity")
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("L2.6,") && l.ends_with(",万元,aggregate"))
    );
}

// ---------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------

#[test]
fn filters_by_kind_unit_and_lead() {
    let b = yiwu_duties::index();
    let unit = |name: &str| b.unit(name).unwrap();
    assert!(
        b.targets()
            .of_kind(TargetKind::Share)
            .all(|t| t.target().kind() == TargetKind::Share)
    );
    let yuan: Vec<_> = b.targets().measured_in("元").unwrap().collect();
    assert_eq!(yuan.len(), 10);
    assert!(yuan.iter().all(|t| t.target().measure() == Some("元")));
    let led: Vec<String> = b
        .targets()
        .carried_by(unit("人社局"))
        .map(|t| t.task().id().to_string())
        .collect();
    assert!(led.contains(&"K3.2.9".to_owned()));
    assert!(led.contains(&"L2.6".to_owned()));
    // Joint units do not lead: 自规局 joins K2.1.4 but has none of its targets.
    for t in b.targets().carried_by(unit("自规局")) {
        assert!(t.task().carriers().any(|a| a.name() == "自规局"));
    }
    assert!(b.unit("no such unit").is_none());
    // Filters combine.
    let both = b
        .targets()
        .carried_by(unit("人社局"))
        .measured_in("人次")
        .unwrap()
        .of_kind(TargetKind::Amount)
        .count();
    assert_eq!(both, 1);
}

#[test]
fn totals_per_unit_of_measure() {
    let b = yiwu_duties::index();
    let totals = b.targets().totals().unwrap();
    let get = |unit: &str| totals.iter().find(|t| t.measure() == unit).unwrap().clone();
    // 100亿 + 200亿 + 14亿 + 400亿 + 1.5亿 + 100亿 + 250亿 + 3亿 + 5000万;
    // not K7.2.2's 50万, a level each village must reach.
    assert_eq!(get("元").value(), dec("106900000000"));
    assert_eq!(get("元").count(), 9);
    // L6.7's part (其中农村 80 个) is inside its whole and not added.
    let bus_stops = b
        .targets()
        .carried_by(b.unit("交通局").unwrap())
        .measured_in("个")
        .unwrap()
        .totals()
        .unwrap();
    assert_eq!(bus_stops[0].value(), dec("100"));
    // Only amounts are totalled.
    assert!(
        b.targets()
            .measured_in("%")
            .unwrap()
            .totals()
            .unwrap()
            .is_empty()
    );
}

// ---------------------------------------------------------------------------
// Comparators
// ---------------------------------------------------------------------------

#[test]
fn comparator_at_least() {
    for text in [
        "地区生产总值增长 8%以上",
        "新增就业不少于 5 万人",
        "覆盖率不低于 90%",
        "收入达 50 万元以上",
        "新增企业 3 家及以上",
    ] {
        assert_eq!(one(text).comparator(), Some(Comparator::AtLeast), "{text}");
    }
}

#[test]
fn comparator_more_than() {
    for text in [
        "吞吐量超 1.3 万吨",
        "交易额超过 14 亿元",
        "进口突破 400 亿元",
    ] {
        assert_eq!(one(text).comparator(), Some(Comparator::MoreThan), "{text}");
    }
}

#[test]
fn comparator_at_most() {
    for text in [
        "投诉量 100 件以内",
        "事故 3 起以下",
        "能耗不超过 5 万吨标煤",
        "失业率控制在 3%以内",
    ] {
        let targets = extract(text);
        let t = targets.last().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(t.comparator(), Some(Comparator::AtMost), "{text}");
    }
}

#[test]
fn comparator_less_than() {
    assert_eq!(
        one("空置率低于 5%").comparator(),
        Some(Comparator::LessThan)
    );
}

#[test]
fn comparator_about() {
    assert_eq!(
        one("新增就业 5 万人左右").comparator(),
        Some(Comparator::About)
    );
    assert_eq!(
        one("新增就业约 5 万人").comparator(),
        Some(Comparator::About)
    );
}

#[test]
fn comparator_exactly() {
    assert_eq!(
        one("新增海外仓40个").comparator(),
        Some(Comparator::Exactly)
    );
    // 达 alone is not a comparator.
    assert_eq!(one("改造达 70%").comparator(), Some(Comparator::Exactly));
}

// ---------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------

#[test]
fn kind_amount() {
    let t = one("完成避灾安置场所规范化建设 30 处。");
    assert_eq!(t.kind(), TargetKind::Amount);
    assert_eq!(t.indicator(), "避灾安置场所规范化建设");
    assert_eq!(t.measure(), Some("处"));
}

#[test]
fn kind_growth() {
    let t = one("社会消费品零售总额增长 7.5%以上。");
    assert_eq!(t.kind(), TargetKind::Growth);
    assert_eq!(t.indicator(), "社会消费品零售总额");
    assert_eq!(t.value(), Some(dec("7.5")));
    assert_eq!(one("出口增速 10%").kind(), TargetKind::Growth);
}

#[test]
fn kind_decrease() {
    for text in ["能耗下降 3%以上", "成本降低 5%", "排放减少 2 万吨"] {
        assert_eq!(one(text).kind(), TargetKind::Decrease, "{text}");
    }
}

#[test]
fn kind_share() {
    for (text, indicator) in [
        ("实现幼儿园托班设置率 80%以上", "幼儿园托班设置率"),
        ("全程提单占比 50%以上", "全程提单占比"),
        ("公办幼儿园招生覆盖面 50%以上", "公办幼儿园招生覆盖面"),
    ] {
        let t = one(text);
        assert_eq!(t.kind(), TargetKind::Share, "{text}");
        assert_eq!(t.indicator(), indicator);
    }
}

#[test]
fn kind_change() {
    let t = one("护理型养老床位占比由56%提高到60%。");
    assert_eq!(t.kind(), TargetKind::Change);
    assert_eq!(t.value(), Some(dec("60")));
    assert_eq!(t.measure(), Some("%"));
    let base = t.base().unwrap();
    assert_eq!((base.value(), base.measure()), (dec("56"), Some("%")));
    assert_eq!(t.indicator(), "护理型养老床位占比");
    let t = one("覆盖率提高至 95%");
    assert_eq!(t.kind(), TargetKind::Change);
    assert_eq!(t.base(), None);
    let t = one("办理时间压缩至 3 个工作日");
    assert_eq!(
        (t.kind(), t.measure()),
        (TargetKind::Change, Some("个工作日"))
    );
    let t = one("从 8 个下降到 5 个");
    assert_eq!(t.kind(), TargetKind::Change);
    assert_eq!(t.base().unwrap().value(), dec("8"));
    // The base keeps the magnitude it was written with, as the level does.
    let t = one("年处理能力由2.5万吨提高到4万吨");
    let base = t.base().unwrap();
    assert_eq!(
        (base.value(), base.measure(), base.measure_as_written()),
        (dec("25000"), Some("吨"), Some("万吨"))
    );
    assert_eq!(
        (t.value(), t.measure_as_written()),
        (Some(dec("40000")), Some("万吨"))
    );
    let t = one("由5千万元增加到1亿元");
    assert_eq!(t.base().unwrap().measure_as_written(), Some("千万元"));
    assert_eq!(t.measure_as_written(), Some("亿元"));
}

#[test]
fn kind_doubling() {
    let t = one("转口实现翻番");
    assert_eq!(
        (t.kind(), t.value(), t.indicator()),
        (TargetKind::Doubling, None, "转口")
    );
    assert_eq!(one("收入翻一番").kind(), TargetKind::Doubling);
    // 倍增 names programmes in this genre.
    none("实施科技企业双倍增计划");
}

#[test]
fn kind_full_coverage() {
    let t = one("实现城乡义务教育共同体全覆盖。");
    assert_eq!(t.kind(), TargetKind::FullCoverage);
    assert_eq!(t.indicator(), "城乡义务教育共同体");
    assert_eq!(t.value(), None);
}

#[test]
fn kind_zero() {
    let t = one("确保零就业家庭动态清零");
    assert_eq!(t.kind(), TargetKind::Zero);
    assert_eq!(t.indicator(), "零就业家庭");
    assert_eq!(t.commitment(), Commitment::Firm);
}

#[test]
fn kind_relative() {
    for (text, indicator, benchmark) in [
        (
            "一般公共预算收入增速高于全省平均。",
            "一般公共预算收入增速",
            "全省平均",
        ),
        ("力争出口增速超全省平均", "出口增速", "全省平均"),
        (
            "城乡居民收入增速快于经济增速",
            "城乡居民收入增速",
            "经济增速",
        ),
        (
            "制造业投资，民间投资均快于面上投资增长。",
            "制造业投资，民间投资",
            "面上投资增长",
        ),
    ] {
        let t = one(text);
        assert_eq!(t.kind(), TargetKind::Relative, "{text}");
        assert_eq!(t.comparator(), Some(Comparator::MoreThan), "{text}");
        assert_eq!(t.indicator(), indicator, "{text}");
        assert_eq!(t.benchmark(), Some(benchmark), "{text}");
        assert_eq!(t.value(), None);
    }
    assert_eq!(
        one("增速不低于全国平均水平").comparator(),
        Some(Comparator::AtLeast)
    );
    // 超 before a figure is a comparator, not a benchmark.
    assert_eq!(one("货邮吞吐量超 1.3 万吨").kind(), TargetKind::Amount);
}

// ---------------------------------------------------------------------------
// Magnitudes, units and Chinese numerals
// ---------------------------------------------------------------------------

#[test]
fn magnitudes_are_exact() {
    assert_eq!(one("新增学位 1.3万个").value(), Some(dec("13000")));
    assert_eq!(one("交易额 16.4亿元").value(), Some(dec("1640000000")));
    assert_eq!(one("增长 7.5%").value(), Some(dec("7.5")));
    assert_eq!(
        one("发放创业担保贷款 5000 万元").value(),
        Some(dec("50000000"))
    );
    assert_eq!(one("投资 2 万亿元").value(), Some(dec("2000000000000")));
    assert_eq!(one("完成50万千瓦并网").measure(), Some("千瓦"));
    assert_eq!(one("新增 1,000 家").value(), Some(dec("1000")));
    assert_eq!(one("新增 １２ 家").value(), Some(dec("12")));
    assert_eq!(one("新增 1.5 万户").value().unwrap().to_string(), "15000");
}

#[test]
fn units_are_as_written() {
    for (text, unit) in [
        ("腾出用能2.5万吨标煤", "吨标煤"),
        ("完成海铁联运 8 万标箱以上", "标箱"),
        ("培训 1.5 万人次", "人次"),
        ("接种流感疫苗 10 万剂次", "剂次"),
        ("举办课堂 300 场次", "场次"),
        ("新建农村公路 30 公里", "公里"),
        ("盘活用地 5000 亩以上", "亩"),
        ("进口 10 亿美元", "美元"),
        ("补贴 200 元/吨", "元/吨"),
        ("新建住房 18000 套 (间)", "套"),
    ] {
        assert_eq!(one(text).measure(), Some(unit), "{text}");
    }
    assert_eq!(
        one("新建住房 18000 套 (间)").text(),
        "新建住房 18000 套 (间)"
    );
}

#[test]
fn chinese_numeral_writer() {
    assert_eq!(chinese(2), "两");
    assert_eq!(chinese(12), "十二");
    assert_eq!(chinese(1005), "一千零五");
    assert_eq!(chinese(1010), "一千零一十");
    assert_eq!(chinese(300), "三百");
}

#[test]
fn chinese_numerals_count() {
    for (text, value, unit) in [
        ("建成学校两所。", "2", "所"),
        ("创建示范园区五个", "5", "个"),
        ("新增康养联合体十二家", "12", "家"),
        ("新建两所学校", "2", "所"),
        ("新增康养联合体一家", "1", "家"),
    ] {
        let t = one(text);
        assert_eq!(
            (t.value(), t.measure()),
            (Some(dec(value)), Some(unit)),
            "{text}"
        );
    }
}

// ---------------------------------------------------------------------------
// What is not a target
// ---------------------------------------------------------------------------

#[test]
fn codes_are_not_targets() {
    none("设立长三角 G60 “一网通办”专窗");
    none("G235 龙回至祥贝段开工");
    none("推进 PM2.5 和臭氧“双控双减”");
    none("做强国际商贸城 4A 级购物旅游区");
    none("立足“4+X”产业");
    none("立足4+X产业");
    none("建设 5G 基站");
}

#[test]
fn quoted_names_are_not_targets() {
    none("迭代升级“141”体系，推进“1512”体系重大应用按需下沉基层");
    none("打造“15分钟便民生活圈”");
    none("实施“千塘百库除险清零行动”");
    none("设立“一网通办”专窗");
    none("做优做特“义乌十碗”");
}

#[test]
fn names_without_quotes_are_not_targets() {
    // A duration running on into a noun names a thing.
    none("打造15分钟便民生活圈");
    // Chinese-numeral sets.
    none("深化落地城市国际化提升十项举措");
    none("做强两大万亩千亿新产业平台");
    none("实施千塘百库工程");
    none("深化平安十大专项行动");
    none("收官安全生产综合治理三年行动");
    none("确保共富路上一个也不掉队");
    none("强化统一个人信息管理");
    none("建设一条龙服务体系");
}

#[test]
fn versions_and_phases_are_not_targets() {
    none("推进数字政府 3.0 版");
    none("实施优化营商环境 2.0 版行动");
    none("争取浙大国际医学院二期开工");
    none("开工江东三期、武德二期污水厂");
    none("推进第 3 批试点");
}

#[test]
fn qualifying_figures_are_not_targets() {
    none("完成3亩以上宗地企业智能电表安装");
    none("为全市 60 周岁以上户籍老年人免费接种流感疫苗");
    none("新增3岁以下婴幼儿托位");
    none("培育引进年销售超5亿元电商企业");
    none("落地 5 亿元项目");
    none("开工年产 10 万吨项目");
    none("持有 30%股权");
    // Money running into a word for money is that money.
    let t = one("安排 3 亿元资金");
    assert_eq!((t.value(), t.indicator()), (Some(dec("300000000")), "资金"));
    // A Latin code before a measure, a compound unit.
    let t = one("PM2.5 平均浓度控制在 30 微克/立方米以内");
    assert_eq!(
        (t.measure(), t.comparator()),
        (Some("微克/立方米"), Some(Comparator::AtMost))
    );
    assert_eq!(t.indicator(), "PM2.5 平均浓度");
    // The qualified count is still a target, alone.
    let t = one("新增3岁以下婴幼儿托位800个");
    assert_eq!(t.value(), Some(dec("800")));
    assert_eq!(t.indicator(), "3岁以下婴幼儿托位");
    let t = one("培育引进年销售超5亿元电商企业10家以上");
    assert_eq!(t.value(), Some(dec("10")));
    let t = one("为全市 60 周岁以上户籍老年人免费接种流感疫苗 10 万剂次");
    assert_eq!(
        (t.value(), t.indicator()),
        (Some(dec("100000")), "流感疫苗")
    );
}

#[test]
fn ranges_and_running_keywords_are_not_targets() {
    none("新增企业 3-5 家");
    none("新增企业3至5家");
    none("实施千塘百库除险清零行动");
    none("开展全覆盖式排查");
    none("超额完成增长");
    assert_eq!(one("增速超上年增速").kind(), TargetKind::Relative);
}

#[test]
fn figures_without_units_and_dates_are_not_targets() {
    none("2022年3月18日");
    none("打造“产业基地集货仓”模式 3");
    none("继续扩大人群接种覆盖面");
}

// ---------------------------------------------------------------------------
// Commitment, parts, indicators
// ---------------------------------------------------------------------------

#[test]
fn commitments() {
    assert_eq!(one("确保新增就业 5 万人").commitment(), Commitment::Firm);
    assert_eq!(
        one("力争挂牌上市企业 10 家").commitment(),
        Commitment::Strive
    );
    assert_eq!(one("争取新增企业 40 家").commitment(), Commitment::Strive);
    assert_eq!(one("新增企业 40 家").commitment(), Commitment::Plain);
    // A sentence-opening commitment governs every clause of the sentence …
    let ts = extract("力争出口增速超全省平均，进口突破 400 亿元，转口实现翻番。");
    assert!(ts.iter().all(|t| t.commitment() == Commitment::Strive));
    // … one in mid-sentence only its own clause.
    let ts = extract("深化试点, 争取农房发证应发尽发, 累计发放农房抵押贷款 250 亿元以上。");
    assert_eq!(ts[0].commitment(), Commitment::Plain);
    // A commitment after the target does not reach back.
    let ts = extract("新增城镇就业 5 万人以上，确保零就业家庭动态清零。");
    assert_eq!(ts[0].commitment(), Commitment::Plain);
    assert_eq!(ts[1].commitment(), Commitment::Firm);
}

#[test]
fn parts_link_to_their_whole() {
    let ts = extract("新建或优化公交候车亭 100 个 (其中农村 80 个)。");
    assert_eq!(ts.len(), 2);
    assert_eq!(ts[0].indicator(), "公交候车亭");
    assert_eq!(ts[0].part_of(), None);
    assert_eq!(ts[1].part_of(), Some(0));
    assert_eq!(ts[1].indicator(), "农村");
    assert_eq!(ts[1].text(), "其中农村 80 个");
    let ts = extract("新增就业 5 万人，其中大学生 3 万人。");
    assert_eq!(ts[1].part_of(), Some(0));
    // 其中 with no target before it is not a part.
    assert_eq!(one("其中农村 80 个").part_of(), None);
}

#[test]
fn indicators() {
    for (text, indicator) in [
        (
            "在高层建筑安装电动自行车电梯轿厢阻止系统 1000 套",
            "电动自行车电梯轿厢阻止系统",
        ),
        (
            "落地开工卡游动漫、威克抗老化胶膜等亿元项目20个以上",
            "亿元项目",
        ),
        (
            "新增民营企业、小微企业贷款 200 亿元以上",
            "民营企业、小微企业贷款",
        ),
        (
            "新建、改建、转化保障性租赁住房 18000 套 (间)",
            "保障性租赁住房",
        ),
        ("新建 25 所学校“上下学接送区”", "学校“上下学接送区”"),
        (
            "完成 2 家医院老年医学科规范化建设",
            "医院老年医学科规范化建设",
        ),
        ("实现出租车 100%清洁能源化", "出租车清洁能源化"),
        ("全年开行 1600 列以上", "全年开行"),
        ("以未来社区理念提升老旧小区 7 个", "老旧小区"),
        ("力争为企业减负 100 亿元以上", "企业减负"),
    ] {
        assert_eq!(one(text).indicator(), indicator, "{text}");
    }
    let ts = extract("争取新增国家高新技术企业 40 家、省科技型企业 150 家");
    let indicators: Vec<_> = ts.iter().map(|t| t.indicator()).collect();
    assert_eq!(indicators, ["国家高新技术企业", "省科技型企业"]);
    assert_eq!(ts[1].text(), "省科技型企业 150 家");
}

#[test]
fn decisions_on_ambiguous_seed_phrases() {
    let b = yiwu_duties::breakdown();
    // “最佳应用”1个以上 is a target (K2.3.7).
    let t = &b.task("K2.3.7").unwrap().targets()[0];
    assert_eq!(
        (t.indicator(), t.comparator()),
        ("全省“最佳应用”", Some(Comparator::AtLeast))
    );
    assert_eq!(t.commitment(), Commitment::Strive);
    // 5000 万元 is 50 million yuan (L2.6).
    let t = &b.task("L2.6").unwrap().targets()[0];
    assert_eq!(
        (t.value(), t.measure()),
        (Some(dec("50000000")), Some("元"))
    );
    // 30个村 counts villages (L6.1).
    let t = &b.task("L6.1").unwrap().targets()[0];
    assert_eq!(t.indicator(), "农村有机更新(含微改造)村");
    // No target in K6.4.7 (十项举措), K5.1.1 (覆盖面), K7.3.10 (quoted 清零).
    for id in ["K6.4.7", "K5.1.1", "K7.3.10", "K2.3.6", "K2.3.5", "K6.2.14"] {
        assert!(b.task(id).unwrap().targets().is_empty(), "{id}");
    }
    // K7.2.3: growth, and no target in 一个也不掉队.
    assert_eq!(b.task("K7.2.3").unwrap().targets().len(), 1);
}

// ---------------------------------------------------------------------------
// Generated phrases
// ---------------------------------------------------------------------------

const INDICATORS: &[&str] = &[
    "地区生产总值",
    "新能源汽车公共充电桩",
    "避灾安置场所规范化建设",
    "城镇就业",
    "技术交易额",
    "货邮吞吐量",
];

const UNITS: &[&str] = &[
    "%",
    "元",
    "千瓦",
    "吨标煤",
    "吨",
    "亩",
    "个",
    "家",
    "套",
    "处",
    "所",
    "人",
    "人次",
    "场次",
    "剂次",
    "标箱",
    "公里",
    "美元",
];

/// (word, written after the figure, comparator)
const COMPARATORS: &[(&str, bool, Comparator)] = &[
    ("", true, Comparator::Exactly),
    ("以上", true, Comparator::AtLeast),
    ("及以上", true, Comparator::AtLeast),
    ("不少于", false, Comparator::AtLeast),
    ("不低于", false, Comparator::AtLeast),
    ("超", false, Comparator::MoreThan),
    ("超过", false, Comparator::MoreThan),
    ("突破", false, Comparator::MoreThan),
    ("以内", true, Comparator::AtMost),
    ("以下", true, Comparator::AtMost),
    ("不超过", false, Comparator::AtMost),
    ("低于", false, Comparator::LessThan),
    ("左右", true, Comparator::About),
    ("约", false, Comparator::About),
];

const CLASSIFIERS: &[&str] = &[
    "个", "所", "家", "项", "座", "条", "处", "名", "户", "辆", "套",
];

/// `n` (1..=9999) in Chinese numerals, as written in documents: 两 for a
/// lone 2, 十二 for 12, 一千零五 for 1005.
fn chinese(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if n == 2 {
        return "两".to_owned();
    }
    let parts = [
        (n / 1000, "千"),
        (n / 100 % 10, "百"),
        (n / 10 % 10, "十"),
        (n % 10, ""),
    ];
    let mut out = String::new();
    let mut zero_pending = false;
    for (i, &(d, place)) in parts.iter().enumerate() {
        if d == 0 {
            zero_pending = !out.is_empty();
            continue;
        }
        if zero_pending {
            out.push('零');
            zero_pending = false;
        }
        // 十二, not 一十二, at the start.
        if !(i == 2 && d == 1 && out.is_empty()) {
            out.push_str(DIGITS[d as usize]);
        }
        out.push_str(place);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn generated_chinese_counts_read_back(
        indicator in prop::sample::select(INDICATORS),
        verb in prop::sample::select(&["", "新增", "建成"][..]),
        n in 1u32..10_000,
        classifier in prop::sample::select(CLASSIFIERS),
    ) {
        let phrase = format!("{verb}{indicator}{}{classifier}。", chinese(n));
        let targets = extract(&phrase);
        prop_assert_eq!(targets.len(), 1, "{}", phrase);
        let t = &targets[0];
        prop_assert_eq!(t.value(), Some(Decimal::from(n)), "{}", phrase);
        prop_assert_eq!(t.measure(), Some(classifier), "{}", phrase);
        prop_assert_eq!(t.comparator(), Some(Comparator::Exactly), "{}", phrase);
        prop_assert_eq!(t.indicator(), indicator, "{}", phrase);
    }

    #[test]
    fn generated_phrases_read_back(
        indicator in prop::sample::select(INDICATORS),
        verb in prop::sample::select(&["", "新增", "完成", "力争"][..]),
        whole in 1u64..1_000_000,
        decimals in prop::option::of("[0-9]{1,3}"),
        magnitude in prop::sample::select(&[("", 1u64), ("万", 10_000), ("亿", 100_000_000)][..]),
        unit in prop::sample::select(UNITS),
        comparator in prop::sample::select(COMPARATORS),
        space_before in any::<bool>(),
        space_after in any::<bool>(),
    ) {
        let figure = match &decimals {
            Some(d) => format!("{whole}.{d}"),
            None => whole.to_string(),
        };
        let (word, after, expected_cmp) = comparator;
        let sp = |b: bool| if b { " " } else { "" };
        let phrase = if after {
            format!("{verb}{indicator}{}{figure}{}{}{unit}{word}。",
                sp(space_before), sp(space_after), magnitude.0)
        } else {
            format!("{verb}{indicator}{word}{}{figure}{}{}{unit}。",
                sp(space_before), sp(space_after), magnitude.0)
        };
        let expected = Decimal::from_str(&figure).unwrap() * Decimal::from(magnitude.1);
        let targets = extract(&phrase);
        prop_assert_eq!(targets.len(), 1, "{}", phrase);
        let t = &targets[0];
        prop_assert_eq!(t.value(), Some(expected), "{}", phrase);
        prop_assert_eq!(t.measure(), Some(unit), "{}", phrase);
        let written = format!("{}{unit}", magnitude.0);
        prop_assert_eq!(t.measure_as_written(), Some(written.as_str()), "{}", phrase);
        prop_assert_eq!(t.scope(), Scope::Aggregate, "{}", phrase);
        prop_assert_eq!(t.comparator(), Some(expected_cmp), "{}", phrase);
        prop_assert_eq!(t.indicator(), indicator, "{}", phrase);
        prop_assert_eq!(&phrase[t.span()], t.text());
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        for t in extract(&text) {
            prop_assert_eq!(&text[t.span()], t.text());
        }
    }

    #[test]
    fn target_like_text_never_panics(
        text in "[0-9０-９.,，。、；一二两三十百千万亿个家所%％“”\"《》（）() 以上超约由提高到其中翻番全覆盖清零高于全省平均第版期岁元]{0,40}"
    ) {
        for t in extract(&text) {
            prop_assert_eq!(&text[t.span()], t.text());
            if let Some(p) = t.part_of() {
                prop_assert!(p < extract(&text).len());
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Targets a sum can trust: measures as written, scope, comparators, totals
// ---------------------------------------------------------------------------

#[test]
fn measures_keep_their_magnitude_as_written() {
    for (text, value, measure, written) in [
        ("进口突破 400 亿元", "40000000000", "元", "亿元"),
        ("发放创业担保贷款 5000 万元", "50000000", "元", "万元"),
        ("腾出用能2.5万吨标煤", "25000", "吨标煤", "万吨标煤"),
        ("投资 5千万元", "50000000", "元", "千万元"),
        ("投资 2 万亿元", "2000000000000", "元", "万亿元"),
        ("补贴 200 万元/亩", "2000000", "元/亩", "万元/亩"),
        ("新建住房 18000 套 (间)", "18000", "套", "套"),
        ("新增海外仓40个", "40", "个", "个"),
        ("新增康养联合体十二家", "12", "家", "家"),
    ] {
        let t = one(text);
        assert_eq!(
            (t.value(), t.measure(), t.measure_as_written()),
            (Some(dec(value)), Some(measure), Some(written)),
            "{text}"
        );
    }
    // A change: the level's magnitude, the base's measure as before.
    let t = one("培训人数由 1 万人提高到 2 万人");
    assert_eq!(
        (t.value(), t.measure(), t.measure_as_written()),
        (Some(dec("20000")), Some("人"), Some("万人"))
    );
    // No figure, no measure.
    assert_eq!(one("转口实现翻番").measure_as_written(), None);
}

#[test]
fn l2_6_keeps_wan_yuan_as_written() {
    let t = &yiwu_duties::breakdown().task("L2.6").unwrap().targets()[0];
    assert_eq!(t.text(), "发放创业担保贷款 5000 万元");
    assert_eq!(t.value(), Some(dec("50000000")));
    assert_eq!(t.measure(), Some("元"));
    assert_eq!(t.measure_as_written(), Some("万元"));
}

#[test]
fn measured_in_reads_the_measure_or_the_measure_as_written() {
    let index = yiwu_duties::index();
    let ids = |m: &str| -> Vec<String> {
        index
            .targets()
            .measured_in(m)
            .unwrap()
            .map(|t| t.task().id().to_string())
            .collect()
    };
    // Written in 亿元: the eight amounts of 1.5 to 400 亿元.
    assert_eq!(
        ids("亿元"),
        [
            "K3.2.1", "K3.2.2", "K3.3.7", "K6.2.5", "K6.2.17", "K6.4.5", "K8.1.10", "K8.1.10"
        ]
    );
    assert_eq!(ids("万元"), ["K7.2.2", "L2.6"]);
    // 元 finds every amount in yuan, however written.
    assert_eq!(ids("元").len(), 10);
    assert_eq!(ids(" 亿元 "), ids("亿元"));
    // Known measures no target uses: nothing, successfully.
    assert!(ids("美元").is_empty());
    assert!(ids("万千瓦时").is_empty());
    // Unknown measures are refused.
    for unknown in ["", "亿", "yuan", "亿元元", "岁", "furlong"] {
        let err = index.targets().measured_in(unknown).unwrap_err();
        assert_eq!(err.measure(), unknown.trim(), "{unknown:?}");
    }
    // Every measure in use finds targets, and is known.
    let measures = index.measures();
    for m in [
        "元",
        "亿元",
        "万元",
        "%",
        "千瓦",
        "万千瓦",
        "吨标煤",
        "万吨标煤",
        "人次",
    ] {
        assert!(measures.contains(&m), "{m}");
    }
    for m in &measures {
        assert!(yiwu_duties::targets::is_known_measure(m), "{m}");
        assert!(!ids(m).is_empty(), "{m}");
    }
    let mut unique = measures.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), measures.len());
}

#[test]
fn scope_reads_per_entity_levels() {
    for text in [
        "所有行政村集体年经营性收入达 50 万元以上",
        "城乡居民人均可支配收入增长 8%",
        "每个行政村建成文化礼堂 1 个",
        "村均集体经营性收入 100 万元以上",
        "低收入农户户均增收 2000 元",
        "每万人口拥有执业医师 3.5 人",
        "各镇街均建成共享法庭 1 个",
    ] {
        assert_eq!(one(text).scope(), Scope::PerEntity, "{text}");
    }
    for text in [
        "新增城镇就业 5 万人以上",
        "发放创业担保贷款 5000 万元",
        "每年新增企业 10 家",
        "开展各类职业技能培训 1.8 万人次",
        "深化混合所有制改革, 新增企业 3 家",
        "制造业投资，民间投资均快于面上投资增长。",
    ] {
        assert_eq!(one(text).scope(), Scope::Aggregate, "{text}");
    }
}

#[test]
fn k7_2_2_is_per_entity_and_out_of_the_totals() {
    let index = yiwu_duties::index();
    let t = &index.breakdown().task("K7.2.2").unwrap().targets()[0];
    assert_eq!(t.scope(), Scope::PerEntity);
    assert_eq!(
        (t.value(), t.measure(), t.measure_as_written()),
        (Some(dec("500000")), Some("元"), Some("万元"))
    );
    // The only per-entity target of the seed.
    let each: Vec<String> = index
        .targets()
        .of_scope(Scope::PerEntity)
        .map(|t| t.task().id().to_string())
        .collect();
    assert_eq!(each, ["K7.2.2"]);
    assert_eq!(
        index.targets().of_scope(Scope::Aggregate).count() + 1,
        index.targets().count()
    );
    // Its 万元 total is L2.6's alone; per-entity targets total nothing.
    let wan = index
        .targets()
        .measured_in("万元")
        .unwrap()
        .totals()
        .unwrap();
    assert_eq!(
        (wan.len(), wan[0].value(), wan[0].count()),
        (1, dec("50000000"), 1)
    );
    assert_eq!(wan[0].measure(), "元");
    let each = index.targets().of_scope(Scope::PerEntity).totals().unwrap();
    assert!(each.is_empty());
}

#[test]
fn figure_less_targets_have_no_comparator() {
    let index = yiwu_duties::index();
    for t in index.targets() {
        let target = t.target();
        let id = t.task().id();
        match target.kind() {
            TargetKind::Doubling | TargetKind::FullCoverage | TargetKind::Zero => {
                assert_eq!(target.comparator(), None, "{id}");
            }
            _ => assert!(target.comparator().is_some(), "{id}"),
        }
        assert_eq!(
            target.comparator().is_some(),
            target.value().is_some() || target.benchmark().is_some(),
            "{id}"
        );
        assert_eq!(
            target.measure_as_written().is_some(),
            target.measure().is_some(),
            "{id}"
        );
        if let (Some(m), Some(w)) = (target.measure(), target.measure_as_written()) {
            assert!(w.ends_with(m), "{id}: {w} {m}");
        }
    }
    for text in [
        "转口实现翻番",
        "实现城乡义务教育共同体全覆盖",
        "确保零就业家庭动态清零",
    ] {
        assert_eq!(one(text).comparator(), None, "{text}");
    }
    // A relative target keeps the comparison with its benchmark.
    assert_eq!(
        one("一般公共预算收入增速高于全省平均").comparator(),
        Some(Comparator::MoreThan)
    );
}

/// A one-task document of the genre with `text` as its task.
fn document(text: &str) -> String {
    format!(
        "# 2023 年政府工作报告重点工作责任分解\n\n## 一、陈明市长牵头的重点工作\n\n1．{text}（责任单位：▲发改局）\n"
    )
}

#[test]
fn totals_overflow_is_an_error_not_a_saturated_sum() {
    // 5·10²⁸ yuan each: each figure fits a Decimal (at most about
    // 7.9·10²⁸), their sum does not.
    let text = "新增投资 50000000000000000 万亿元，新增贷款 50000000000000000 万亿元。";
    let targets = extract(text);
    assert_eq!(targets.len(), 2);
    assert_eq!(
        targets[0].value(),
        Some(dec("50000000000000000000000000000"))
    );
    assert_eq!(targets[0].measure_as_written(), Some("万亿元"));
    let breakdown = yiwu_duties::parse(&document(text)).unwrap();
    let index = yiwu_duties::Index::new(&breakdown);
    let err = index.targets().totals().unwrap_err();
    assert_eq!(err.measure(), "元");
    assert_eq!(
        err.to_string(),
        "the total of the targets measured in 元 overflows"
    );
    // Each alone totals exactly.
    let one_figure = yiwu_duties::parse(&document("新增投资 50000000000000000 万亿元。")).unwrap();
    let index = yiwu_duties::Index::new(&one_figure);
    let totals = index.targets().totals().unwrap();
    assert_eq!(totals[0].value(), dec("50000000000000000000000000000"));
    // Per-entity figures are not added, so they cannot overflow a total.
    let each = yiwu_duties::parse(&document(
        "所有行政村集体收入达 50000000000000000 万亿元，每个行政村集体收入达 50000000000000000 万亿元。",
    ))
    .unwrap();
    let index = yiwu_duties::Index::new(&each);
    assert_eq!(index.targets().count(), 2);
    assert!(index.targets().totals().unwrap().is_empty());
}

#[cfg(feature = "serde")]
#[test]
fn breakdown_from_json_has_the_targets_its_text_states() {
    let b = yiwu_duties::breakdown();
    let json = serde_json::to_string(b).unwrap();
    // The model stores no targets: they are read from each task's text.
    assert!(!json.contains("\"targets\""));
    assert!(!json.contains("\"comparator\""));
    let back: yiwu_duties::Breakdown = serde_json::from_str(&json).unwrap();
    for (before, after) in b.tasks().zip(back.tasks()) {
        assert_eq!(before.targets(), after.targets(), "{}", before.id());
    }
    let (index, back_index) = (yiwu_duties::index(), yiwu_duties::Index::new(&back));
    let describe_all = |index: &yiwu_duties::Index<'_>| -> Vec<String> {
        index
            .targets()
            .map(|t| describe(&t.task().id().to_string(), t.index(), t.target()))
            .collect()
    };
    assert_eq!(describe_all(&back_index), describe_all(index));
    assert_eq!(back_index.targets().count(), 125);
    assert_eq!(back_index.targets().totals(), index.targets().totals());
    let t = &back.task("K7.2.2").unwrap().targets()[0];
    assert_eq!(
        (t.scope(), t.measure_as_written()),
        (Scope::PerEntity, Some("万元"))
    );
    // Edited JSON: the targets follow the new text.
    let edited = json.replace("发放创业担保贷款 5000 万元", "发放创业担保贷款 6 亿元");
    assert_ne!(edited, json);
    let edited: yiwu_duties::Breakdown = serde_json::from_str(&edited).unwrap();
    let t = &edited.task("L2.6").unwrap().targets()[0];
    assert_eq!(
        (t.value(), t.measure_as_written()),
        (Some(dec("600000000")), Some("亿元"))
    );
}
