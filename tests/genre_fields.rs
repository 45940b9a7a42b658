//! Field names, colons and verbs of the genre beyond the first ones read:
//! each form in a fixture written for these tests with invented places and
//! names (`tests/fixtures/genre-*.md`, snapshotted with the others by
//! `tests/parse.rs`), read here as a careful reader reads it.

mod common;

use common::{roles, units, warnings_of};
use yiwu_duties::{Breakdown, Role, parse};

fn fixture(name: &str) -> Breakdown {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
    parse(&text).unwrap_or_else(|err| panic!("{path}: {err:#}"))
}

/// A task's own leaders.
fn leaders(b: &Breakdown, id: &str) -> Vec<String> {
    b.task(id)
        .unwrap()
        .own_leaders()
        .iter()
        .map(|l| l.name().to_owned())
        .collect()
}

/// A task's deadline as written.
fn deadline(b: &Breakdown, id: &str) -> Option<String> {
    b.task(id).unwrap().deadline().map(|d| d.text().to_owned())
}

/// Field names of units, leaders and deadlines that other places write
/// (牵头责任单位, 协助单位, 责任县领导, 完成期限, …), in brackets, on field
/// lines and as a table's columns: none glued into the text or read as a
/// unit.
#[test]
fn added_field_names() {
    let b = fixture("genre-field-names-added.md");
    use Role::{Joint, Lead, Unmarked};
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("县住建局", Lead), ("县水利局", Joint), ("各乡镇", Joint)])
    );
    assert_eq!(leaders(&b, "K1.1"), ["沈砚秋"]);
    assert_eq!(deadline(&b, "K1.1").as_deref(), Some("2024年10月底前"));
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("县商务局", Lead), ("县发改局", Joint)])
    );
    assert_eq!(deadline(&b, "K1.2").as_deref(), Some("2024年6月底前"));
    let k13 = b.task("K1.3").unwrap();
    assert_eq!(k13.text(), "开展农村人居环境整治提升行动。");
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[("县农业农村局", Unmarked), ("各乡镇", Unmarked)])
    );
    assert_eq!(leaders(&b, "K1.3"), ["陆青禾"]);
    assert_eq!(deadline(&b, "K1.3").as_deref(), Some("全年推进"));
    assert_eq!(leaders(&b, "K1.4"), ["陆青禾"]);
    assert_eq!(roles(&b, "K1.4")[1], ("县教育局".to_owned(), Joint));
    // The table's columns.
    assert_eq!(
        roles(&b, "K2.1"),
        units(&[
            ("县应急管理局", Lead),
            ("县大数据中心", Joint),
            ("县公安局", Joint)
        ])
    );
    assert_eq!(leaders(&b, "K2.2"), ["沈砚秋"]);
    assert_eq!(deadline(&b, "K2.2").as_deref(), Some("2024年12月底前"));
}

/// The colons `∶` (the ratio sign) and `︰` (the vertical form) after a
/// field's name read as `：`, in a plain clause, among named fields and on
/// field lines; each clause or line so written is reported as a repair.
#[test]
fn colon_lookalikes() {
    use Role::{Joint, Lead};
    use yiwu_duties::RepairKind;
    let b = fixture("genre-colon-lookalikes.md");
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("市交通局", Lead), ("市财政局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("市住建局", Lead), ("市城管局", Joint)])
    );
    assert_eq!(deadline(&b, "K1.2").as_deref(), Some("2024年11月底前"));
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[("市商务局", Lead), ("市贸促会", Joint), ("市口岸办", Joint)])
    );
    let repaired: Vec<u32> = b
        .repairs()
        .iter()
        .filter(|r| *r.kind() == RepairKind::HalfWidthPunctuation)
        .map(|r| r.line())
        .collect();
    assert_eq!(repaired, [5, 6, 8, 9]);
    assert!(b.warnings().is_empty());
}

/// `等部门`, `等单位`, `等有关部门`, `等相关单位` ending a list are not part
/// of the last unit's name, as a bare 等 is not: before a verb, in a plain
/// clause, on field lines, in named fields and in a table's cell.
#[test]
fn etc_words_end_a_list() {
    use Role::{Joint, Lead};
    let b = fixture("genre-etc-words.md");
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("区住建局", Lead), ("区财政局", Joint)])
    );
    assert_eq!(roles(&b, "K1.2")[2], ("各街道".to_owned(), Joint));
    assert_eq!(roles(&b, "K1.3")[2], ("区财政局".to_owned(), Joint));
    assert_eq!(roles(&b, "K1.4")[2], ("各街道".to_owned(), Joint));
    assert_eq!(
        roles(&b, "K1.5"),
        units(&[("区园林局", Lead), ("区自然资源局", Joint)])
    );
    // The words alone name no unit: they are kept as written.
    let text = "# 2024年重点工作责任分解\n## 一、许长河市长牵头的重点工作\n1. 修路。（责任单位：等部门）\n";
    let b = parse(text).unwrap();
    assert_eq!(roles(&b, "K1.1"), units(&[("等部门", Role::Sole)]));
}

/// A unit before a verb after a named field is read by the verb
/// (`牵头单位：市交通局，市财政局配合`: 市财政局 joins); the field names
/// only the units with no verb of their own.
#[test]
fn verbs_after_a_named_field() {
    use Role::{Joint, Lead};
    let b = fixture("genre-verbs-after-named-field.md");
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("市交通局", Lead), ("市财政局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("市城管局", Lead), ("市公安局", Joint), ("市住建局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[("市市场监管局", Lead), ("市经信局", Joint)])
    );
    assert_eq!(deadline(&b, "K1.3").as_deref(), Some("2024年底"));
}

/// The State Council's style with no unit before 牵头: units before
/// 负责 (or 按职责分工负责) are responsible, read as under 责任单位: alone
/// among themselves unmarked (one alone, sole), beside units that join
/// (`…配合`) they lead; units before 配合 alone are unmarked.
#[test]
fn state_council_style_without_a_lead() {
    use Role::{Joint, Lead, Sole, Unmarked};
    use yiwu_duties::WarningKind;
    let b = fixture("genre-state-council-without-lead.md");
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("市税务局", Unmarked), ("市财政局", Unmarked)])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("各区县政府", Unmarked), ("市有关部门", Unmarked)])
    );
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[
            ("市商务局", Lead),
            ("市供销社", Lead),
            ("各区县政府", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K1.4"),
        units(&[("市体育局", Unmarked), ("市教育局", Unmarked)])
    );
    assert_eq!(roles(&b, "K1.5"), units(&[("市城管局", Sole)]));
    assert_eq!(b.task("K1.1").unwrap().text(), "落实减税降费政策。");
    let no_lead = warnings_of(&b, WarningKind::NoLeadUnit).count();
    assert_eq!(no_lead, 3);
}

/// More verbs of the style: 负责 beside 配合, 参加, 牵头负责, 牵头组织,
/// 负责落实, 按职责分工落实, 抓好落实, 落实属地责任, 具体承办,
/// 负责辖区内具体落实, and 会同 between two units; a deadline after the
/// last verb is the task's deadline, not a unit.
#[test]
fn more_verbs() {
    use Role::{Joint, Lead};
    let b = fixture("genre-more-verbs.md");
    let pairs = [
        ("K1.1", "市发改委", "市财政局"),
        ("K1.2", "市农业农村局", "市财政局"),
        ("K1.3", "市商务局", "市口岸办"),
        ("K1.4", "市发改委", "市市场监管局"),
        ("K1.5", "市住建局", "各区县政府"),
        ("K1.6", "市政务服务局", "市级有关部门"),
        ("K1.8", "市应急管理局", "各区县政府"),
        ("K1.9", "市大数据局", "市财政局"),
        ("K1.10", "市经信局", "市市场监管局"),
        ("K1.11", "市商务局", "市贸促会"),
        ("K1.12", "市城管局", "各街道"),
    ];
    for (id, lead, joint) in pairs {
        assert_eq!(
            roles(&b, id),
            units(&[(lead, Lead), (joint, Joint)]),
            "{id}"
        );
    }
    assert_eq!(
        roles(&b, "K1.7"),
        units(&[
            ("市自然资源局", Lead),
            ("市农业农村局", Joint),
            ("各区县政府", Joint)
        ])
    );
    assert_eq!(deadline(&b, "K1.9").as_deref(), Some("2024年底前完成"));
    assert_eq!(deadline(&b, "K1.8"), None);
    assert!(b.warnings().is_empty());
}

/// A field the crate does not read, after a `；` (`责任人：王力`,
/// `联系人：…`, `备注：…`), in a clause or on a field line: no unit, and
/// reported as a field not read.
#[test]
fn fields_not_read_name_no_unit() {
    use Role::{Joint, Lead, Sole};
    use yiwu_duties::WarningKind;
    let b = fixture("genre-other-fields.md");
    assert_eq!(roles(&b, "K1.1"), units(&[("市交通局", Sole)]));
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("市园林局", Lead), ("市财政局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[("市商务局", Lead), ("市市场监管局", Joint)])
    );
    let ignored: Vec<(&str, u32)> = warnings_of(&b, WarningKind::FieldIgnored)
        .map(|w| (w.text(), w.line()))
        .collect();
    assert_eq!(
        ignored,
        [
            ("责任人：王力", 3),
            ("联系人：李明", 4),
            ("备注：分两批实施", 4),
            ("联系电话：另行通知", 6)
        ]
    );
    assert_eq!(b.warnings().len(), 4);
    assert_eq!(
        b.warnings()[0].to_string(),
        r#"field that is not read, not in the task: "责任人：王力" at line 3, column 22"#
    );
}

/// A deadline without its field's name after a `；`
/// (`（责任单位：市交通局；2024年10月底前完成）`) is the task's deadline, in
/// a clause and on a field line, not a unit.
#[test]
fn deadline_after_a_semicolon() {
    use Role::{Joint, Lead, Sole, Unmarked};
    let b = fixture("genre-deadline-after-semicolon.md");
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("市交通局", Unmarked), ("市财政局", Unmarked)])
    );
    assert_eq!(deadline(&b, "K1.1").as_deref(), Some("2024年10月底前完成"));
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("市园林局", Lead), ("市财政局", Joint)])
    );
    assert_eq!(deadline(&b, "K1.2").as_deref(), Some("2024年6月底前"));
    assert_eq!(roles(&b, "K1.3"), units(&[("市商务局", Sole)]));
    assert_eq!(deadline(&b, "K1.3").as_deref(), Some("2024年底前完成"));
}

/// A bracket of its own after the clause holding only a deadline
/// (`（2024年10月底前）`, `（2024年底前完成）`) is the task's deadline, after
/// a plain clause, named fields or the State Council's style; a bracket of
/// other words is still text after the clause.
#[test]
fn deadline_in_a_bracket_of_its_own() {
    use yiwu_duties::WarningKind;
    let b = fixture("genre-deadline-bracket.md");
    let deadlines = [
        ("K1.1", Some("2024年10月底前")),
        ("K1.2", Some("2024年底前完成")),
        ("K1.3", Some("2024年6月底前")),
        ("K1.4", Some("2024年9月底前完成")),
        ("K1.5", None),
    ];
    for (id, written) in deadlines {
        assert_eq!(deadline(&b, id).as_deref(), written, "{id}");
    }
    assert_eq!(b.task("K1.1").unwrap().text(), "修缮城区道路。");
    assert_eq!(roles(&b, "K1.4")[1], ("县城管局".to_owned(), Role::Joint));
    let after: Vec<&str> = warnings_of(&b, WarningKind::TextAfterClause)
        .map(|w| w.text())
        .collect();
    assert_eq!(after, ["（分两批实施）"]);
    assert_eq!(b.warnings().len(), 1);
}

/// A list item of 各 and levels of place, followed after a `、` by more
/// levels and perhaps their body (`各区、县（市）政府`, `各乡镇、街道`), is
/// one collective unit, in a clause, on field lines, in named fields and
/// before a verb; a unit of its own after it (`各乡镇、县财政局`) is not.
#[test]
fn collective_units_after_each() {
    use Role::{Joint, Lead};
    let b = fixture("genre-collective-units.md");
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("市交通局", Lead), ("各区、县（市）政府", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[
            ("市园林局", Lead),
            ("各区、县(市)人民政府", Joint),
            ("各乡镇、街道", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[("市住建局", Lead), ("各县（市、区）", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.4"),
        units(&[
            ("市农业农村局", Lead),
            ("各乡镇", Joint),
            ("县财政局", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K1.5")[2],
        ("各区、县（市）政府".to_owned(), Joint)
    );
    assert_eq!(
        roles(&b, "K1.6"),
        units(&[("市水利局", Lead), ("各区、县（市）政府", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.7"),
        units(&[("市体育局", Lead), ("各乡镇、街道", Joint)])
    );
    assert!(b.warnings().is_empty());
}

/// A pipe table written without the outer pipes (valid GFM) reads as the
/// same table with them, where a separator row is below its header; a
/// line of prose holding a `|` is no table.
#[test]
fn table_without_outer_pipes() {
    use yiwu_duties::WarningKind;
    let b = fixture("genre-table-without-outer-pipes.md");
    let piped = concat!(
        "# 2024年重点工作任务分工方案\n",
        "## 一、周秀宁副县长牵头重点工作\n",
        "| 序号 | 主要工作 | 责任单位 |\n",
        "| --- | --- | --- |\n",
        "| 1 | 开工建设污水处理厂 | ▲县住建局，县水务集团 |\n",
        "| 2 | 推进城乡供水一体化 | ▲县水利局、各乡镇 |\n",
    );
    let with_pipes = parse(piped).unwrap();
    for id in ["K1.1", "K1.2"] {
        let (task, same) = (b.task(id).unwrap(), with_pipes.task(id).unwrap());
        assert_eq!(task.text(), same.text(), "{id}");
        assert_eq!(roles(&b, id), roles(&with_pipes, id), "{id}");
        assert_eq!(task.lines(), same.lines(), "{id}");
    }
    assert_eq!(b.parts()[0].groups()[0].table_lines(), [3, 4]);
    assert_eq!(b.tasks().count(), 4);
    let skipped: Vec<&str> = warnings_of(&b, WarningKind::UnrecognizedLine)
        .map(|w| w.text())
        .collect();
    assert_eq!(skipped, ["今年道路 | 桥梁维护资金另行安排"]);
    // Without a separator row below it, a header is no table's.
    let text = "# 2024年重点工作任务分工方案\n## 一、周秀宁副县长牵头重点工作\n序号 | 主要工作 | 责任单位\n1 | 修路 | 县交通局\n";
    assert!(parse(text).is_err());
}

/// A name broken at the end of a field line (`市自然资源和规` ⏎ `划局`) is
/// one name, the join reported as a line wrap; a sub-heading after a list
/// whose last name looks finished is still a label.
#[test]
fn name_broken_at_a_field_line_end() {
    use Role::{Joint, Lead};
    use yiwu_duties::RepairKind;
    let b = fixture("genre-field-line-broken-name.md");
    assert_eq!(
        roles(&b, "K1.1.1"),
        units(&[
            ("市交通局", Lead),
            ("市财政局", Joint),
            ("市自然资源和规划局", Joint)
        ])
    );
    assert_eq!(roles(&b, "K1.1.2")[1].0, "市城市管理综合执法局");
    assert_eq!(deadline(&b, "K1.1.2").as_deref(), Some("2024年底前"));
    assert_eq!(b.task("K1.1.1").unwrap().lines().last(), 7);
    let wraps: Vec<u32> = b
        .repairs()
        .iter()
        .filter(|r| *r.kind() == RepairKind::LineWrapJoined)
        .map(|r| r.line())
        .collect();
    assert_eq!(wraps, [7, 10]);
    assert_eq!(b.task("K1.1.3").unwrap().label(), Some("加快老旧小区改造"));
    assert_eq!(b.task("K1.1.4").unwrap().label(), Some("推进海绵城市建设"));
    assert_eq!(roles(&b, "K1.1.3").len(), 2);
}

/// The State Council's style with a deadline without a date after the
/// last verb or a `；` (持续推进, 全年, 长期坚持, 常态化推进, 年底前), kept as
/// written and read as no unit; 落实 and 指导 (the units carrying the work
/// out, or guiding it, join the one responsible); compound verbs
/// (牵头抓总, 支持配合, 具体负责, 积极配合, 协同配合) part of no name; and
/// the task's own words in brackets that end in 落实 or 指导, no clause.
#[test]
fn verbs_and_undated_deadlines() {
    use Role::{Joint, Lead, Sole};
    let b = fixture("genre-verbs-undated-deadlines.md");
    assert!(b.warnings().is_empty());
    assert_eq!(roles(&b, "K1.1"), units(&[("市生态环境局", Sole)]));
    for (id, written) in [
        ("K1.1", "持续推进"),
        ("K1.2", "全年"),
        ("K1.3", "长期坚持"),
        ("K1.8", "常态化推进"),
        ("K1.9", "年底前"),
    ] {
        assert_eq!(deadline(&b, id).as_deref(), Some(written), "{id}");
    }
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("市应急局", Lead), ("各成员单位", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[("市大数据局", Lead), ("市直各部门", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.4"),
        units(&[("市财政局", Lead), ("各区县政府", Joint)])
    );
    assert_eq!(deadline(&b, "K1.4"), None);
    assert_eq!(
        roles(&b, "K1.5"),
        units(&[("各区县政府", Lead), ("市住房城乡建设局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.6"),
        units(&[
            ("市卫生健康委", Lead),
            ("市医保局", Joint),
            ("市药监局", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K1.7"),
        units(&[("市自然资源和规划局", Lead), ("市有关部门", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.8"),
        units(&[("市城管局", Lead), ("市公安局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.9"),
        units(&[("市发展改革委", Lead), ("市工信局", Joint)])
    );
    let k111 = b.task("K1.11").unwrap();
    assert_eq!(
        k111.text(),
        "开展惠企政策进园区活动（加强业务指导，确保政策落实）。"
    );
    assert_eq!(roles(&b, "K1.11"), units(&[("市工信局", Sole)]));
}

/// Leaders' fields 领衔领导, 包抓领导, 挂钩领导, 县级领导 (市, 区) and deadline
/// fields 工作时限, 时间安排, 时间要求, on field lines, in brackets and as a
/// table's columns; a line of leaders under a name not read (`督导领导：…`)
/// is reported, not glued into the task's text.
#[test]
fn leaders_and_time_field_names() {
    use Role::{Joint, Lead, Sole};
    use yiwu_duties::WarningKind;
    let b = fixture("genre-field-names-leaders-time.md");
    assert_eq!(leaders(&b, "K1.1"), ["程慕远"]);
    assert_eq!(deadline(&b, "K1.1").as_deref(), Some("2024年12月底前"));
    assert_eq!(leaders(&b, "K1.2"), ["苏晚晴"]);
    assert_eq!(deadline(&b, "K1.2").as_deref(), Some("2024年10月底前"));
    assert_eq!(leaders(&b, "K1.3"), ["程慕远"]);
    assert_eq!(deadline(&b, "K1.3").as_deref(), Some("全年推进"));
    assert_eq!(roles(&b, "K1.3"), units(&[("市商务局", Sole)]));
    assert_eq!(leaders(&b, "K1.4"), ["苏晚晴"]);
    let k15 = b.task("K1.5").unwrap();
    assert_eq!(k15.text(), "改造城区燃气老旧管网。");
    assert!(k15.own_leaders().is_empty());
    assert_eq!(
        roles(&b, "K1.5"),
        units(&[("市住房城乡建设局", Lead), ("市应急局", Joint)])
    );
    let ignored: Vec<(&str, u32)> = warnings_of(&b, WarningKind::FieldIgnored)
        .map(|w| (w.text(), w.line()))
        .collect();
    assert_eq!(ignored, [("督导领导：程慕远", 17)]);
    assert_eq!(b.warnings().len(), 1);
    assert_eq!(leaders(&b, "K1.6"), ["程慕远"]);
    assert_eq!(deadline(&b, "K1.6").as_deref(), Some("2024年9月底前"));
    for id in ["K1.1", "K1.2", "K1.4"] {
        assert!(!b.task(id).unwrap().text().contains('：'), "{id}");
    }
}

/// A field or cell holding only a mark of "none" (`无`, `/`, `——`, `—`,
/// `／`, `-`) names no unit, leader or deadline: skipped quietly. A task
/// whose only units field says none still names no unit.
#[test]
fn none_marks_name_nothing() {
    use Role::{Joint, Lead, Sole};
    let b = fixture("genre-none-marks.md");
    assert!(b.warnings().is_empty());
    for (id, unit) in [
        ("K1.1", "市水务局"),
        ("K1.2", "市住房城乡建设局"),
        ("K1.3", "市人社局"),
        ("K1.4", "市人社局"),
        ("K1.5", "市财政局"),
    ] {
        assert_eq!(roles(&b, id), units(&[(unit, Sole)]), "{id}");
    }
    assert_eq!(deadline(&b, "K1.3").as_deref(), Some("全年"));
    assert_eq!(leaders(&b, "K1.4"), ["程慕远"]);
    assert!(leaders(&b, "K1.5").is_empty());
    assert_eq!(deadline(&b, "K1.5"), None);
    assert_eq!(
        roles(&b, "K1.6"),
        units(&[("市教育局", Lead), ("市住房城乡建设局", Joint)])
    );
    let none =
        "# 2024年重点工作责任分解\n## 一、许长河市长牵头的重点工作\n1. 修路。\n责任单位：无\n";
    assert!(parse(none).is_err());
}

/// Titles of plans of tasks ending 计划表, 安排表, 责任表 or 落实方案 start
/// parts when they name what the tasks are (民生实事, 政府工作, …); a
/// sentence that ends so does not.
#[test]
fn plan_titles_start_parts() {
    use yiwu_duties::PartKind;
    let b = fixture("genre-plan-titles.md");
    let parts: Vec<(&str, PartKind, u32)> = b
        .parts()
        .iter()
        .map(|p| (p.title(), p.kind(), p.line()))
        .collect();
    assert_eq!(
        parts,
        [
            ("2024年民生实事项目计划表", PartKind::Livelihood, 6),
            ("2024年政府工作任务分解落实方案", PartKind::Other, 9),
        ]
    );
    assert_eq!(b.tasks().count(), 3);
    assert_eq!(b.task("L0.2").unwrap().text(), "新增托育床位120个。");
}
