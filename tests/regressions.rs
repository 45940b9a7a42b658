//! Regression tests for parser bugs found by the robustness tests, each
//! named after its input.

mod common;

use common::{coverage_faults, roles, unit_names, warnings_of};
use yiwu_duties::{ErrorKind, RepairKind, WarningKind, parse, parse_all};

/// Regression: a page number in the notice used to become body text, and
/// a paragraph broken around it read `…建成— 2 —世界…`.
#[test]
fn page_number_in_notice_is_skipped_with_a_warning() {
    let text = "\
全力开启高质量高水平建成

— 2 —

世界小商品之都新征程。
# 2022 年政府工作报告重点工作责任分解
1. 任务。（责任单位：财政局）
";
    let b = parse(text).unwrap();
    assert_eq!(
        b.notice().body(),
        ["全力开启高质量高水平建成世界小商品之都新征程。"]
    );
    let w = b
        .warnings()
        .iter()
        .find(|w| w.kind() == &WarningKind::PageNumber)
        .unwrap();
    assert_eq!(
        (w.line(), w.column(), w.kind(), w.text()),
        (3, 1, &WarningKind::PageNumber, "— 2 —")
    );
    let r = &b.repairs()[0];
    assert_eq!(
        (r.line(), r.kind()),
        (5, &RepairKind::PageBreakJoined { blank_lines: 2 })
    );
    assert_eq!(coverage_faults(text, &b), []);
}

const HEAD: &str = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n";

/// Regression: positions in a line with `**` removed were counted in the
/// cleaned text, so they pointed 4 characters early per `**▲**`, or at the
/// `*` of a bold task.
#[test]
fn columns_count_removed_emphasis() {
    let warned = |line: &str| {
        let b = parse(&format!("{HEAD}{line}\n")).unwrap();
        let w = &b.warnings()[0];
        (w.line(), w.column(), w.kind().clone())
    };
    // The empty entry after `发改局、`: column 22, not 18.
    assert_eq!(
        warned("1. 任务。（责任单位：**▲**发改局、、财政局）"),
        (3, 22, WarningKind::EmptyUnit)
    );
    assert_eq!(
        warned("1. 任务。（责任单位：**▲**发改局、▲发改局）"),
        (3, 22, WarningKind::DuplicateUnit)
    );
    let failed = |line: &str| {
        let err = parse(&format!("{HEAD}{line}\n")).unwrap_err();
        (err.line(), err.column())
    };
    // The stray bracket that took the clause's closer: column 22, not 18
    // (nor the clause's own bracket at 11).
    assert_eq!(failed("1. **任务**。（责任单位：▲发改局、（）"), (3, 22));
    assert_eq!(failed("1. **任务**。（责任单位：   ）"), (3, 11));
    // The task number, not the `*` before it.
    assert_eq!(failed("**1. 任务。**"), (3, 3));
}

/// Regression: a `*` ending one line and a `*` starting the next made
/// `**` in the joined text, which the clean copy then lost; and the unit
/// `*▲*发改局` kept `**` once ▲ was dropped. Found by the token soup
/// round trip (`#***` ⏎ `***#`).
#[test]
fn emphasis_formed_by_joining_lines_is_removed() {
    let b =
        parse("#***\n***#\n# 2022 年重点工作责任分解\n1. 任务。（责任单位：财政局）\n").unwrap();
    assert_eq!(b.notice().body(), ["##"]);
    let text = format!("{HEAD}1. 任务*\n*继续。（责任单位：*▲*发改局）\n");
    let b = parse(&text).unwrap();
    let task = b.task("K1.1").unwrap();
    assert_eq!(task.text(), "任务继续。");
    assert_eq!(task.assignments()[0].name(), "发改局");
    assert!(
        b.repairs()
            .iter()
            .any(|r| (r.line(), r.kind()) == (3, &RepairKind::MarkdownRemoved))
    );
}

/// Regression: a document whose only part lost every line was reported
/// twice by `parse_all`, once for the empty part and once for the
/// document, with the same error at the same line.
#[test]
fn an_empty_only_part_is_one_error() {
    let text = "\
# 2023年青禾县重点工作责任分解
## 一、李华县长牵头重点工作
一般公共预算收入增长6%
县财政局
";
    let all = parse_all(text).unwrap_err();
    let found: Vec<(ErrorKind, u32)> = all.iter().map(|e| (e.kind(), e.line())).collect();
    assert_eq!(found, [(ErrorKind::NoTasks, 3)]);
    assert_eq!(parse(text).unwrap_err(), all[0]);
}

/// Regression: a part's title after its label (`附件1：…`) followed by a
/// note rather than a heading was read as an item of the notice's list of
/// attachments, and the part's tasks went into the notice's text. Only a
/// title that a later part repeats is such an item.
#[test]
fn a_labelled_title_is_an_attachment_item_only_when_its_part_follows() {
    let text = "\
梧桐县人民政府办公室关于印发2023年重点工作和民生实事责任分解的通知
附件1：2023年重点工作责任分解
附件2：2023年民生实事责任分解
梧桐县人民政府办公室
2023年3月2日
附件1：2023年重点工作责任分解
（列第一位的为牵头单位，下同）
一、林远县长牵头重点工作
1. 修路。（责任单位：县交通局、县财政局）
附件2：2023年民生实事责任分解
1. 建公园。（责任单位：县住建局）
";
    let b = parse(text).unwrap();
    let parts: Vec<(u32, &str)> = b.parts().iter().map(|p| (p.line(), p.title())).collect();
    assert_eq!(
        parts,
        [
            (6, "2023年重点工作责任分解"),
            (10, "2023年民生实事责任分解")
        ]
    );
    assert_eq!(
        b.notice().body(),
        ["附件1：2023年重点工作责任分解附件2：2023年民生实事责任分解"]
    );
    assert_eq!(b.tasks().count(), 2);
    assert_eq!(b.parts()[0].notes().len(), 1);
}

/// Regression: points numbered `1）` inside a task's text, before its
/// clause, were read as tasks of their own once `1）` numbered tasks; they
/// continue the task whose clause is not yet complete.
#[test]
fn points_numbered_with_a_bracket_inside_a_task() {
    let text = "\
# 2023年重点工作责任分解
## 一、李华县长牵头重点工作
1. 推进三项改革：
1）深化国企改革；
2）推进医药卫生改革。（责任单位：▲县发改局、县卫健局）
2. 修路。（责任单位：县交通局）
3）建桥。（责任单位：县交通局）
";
    let b = parse(text).unwrap();
    let tasks: Vec<(String, &str)> = b.tasks().map(|t| (t.id().to_string(), t.text())).collect();
    assert_eq!(
        tasks,
        [
            (
                "K1.1".to_owned(),
                "推进三项改革：1）深化国企改革；2）推进医药卫生改革。"
            ),
            ("K1.2".to_owned(), "修路。"),
            ("K1.3".to_owned(), "建桥。"),
        ]
    );
}

/// Regression: an entry of a named field that is only a mark (`、▲`)
/// became a unit with an empty name, written back as `▲` and lost on the
/// way; it is an empty entry, skipped with a warning, as in a plain
/// clause.
#[test]
fn a_mark_alone_in_a_field_is_an_empty_entry() {
    let head = "# 2024年重点工作责任分解\n1. 推进甲。";
    for tail in [
        "（牵头单位：区发改局；配合单位：区市场监管局、▲）\n",
        "\n配合单位：区市场监管局、▲\n",
        "牵头单位：区发改局；配合单位：区市场监管局、▲\n",
    ] {
        let text = format!("{head}{tail}");
        let b = parse(&text).unwrap();
        let names = unit_names(&b);
        assert!(names.iter().all(|n| !n.is_empty()), "{tail}: {names:?}");
        let empty = b
            .warnings()
            .iter()
            .find(|w| *w.kind() == WarningKind::EmptyUnit)
            .unwrap();
        assert_eq!(&text[empty.span().range()], "▲", "{tail}");
        let (before, after, clean) = common::round_trip(&b);
        assert_eq!(before, after, "{clean}");
    }
    let err = parse(&format!("{head}\n责任单位：▲\n")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NoUnits);
}

/// Regression: an item numbered `（一）` in a group without areas was a
/// task only when it carried a `（责任单位：…）` clause; one whose units are
/// named in the genre's other forms was read as an area heading.
#[test]
fn items_numbered_like_areas_with_fields_are_tasks() {
    let text = "\
# 2024年重点工作责任分解
## 一、王明县长牵头重点工作
（一）推进农业产业园建设。（牵头单位：县发改局；配合单位：县财政局）
（二）扩大有效投资。责任单位：县发改局
";
    let b = parse(text).unwrap();
    let tasks: Vec<(String, usize)> = b
        .tasks()
        .map(|t| (t.id().to_string(), t.assignments().len()))
        .collect();
    assert_eq!(tasks, [("K1.1".to_owned(), 2), ("K1.2".to_owned(), 1)]);
    assert!(b.parts()[0].groups()[0].areas().is_empty());
}

/// Regression: a task's leader written with the title in brackets after
/// the name (`李明（副县长）`) or before it (`副县长孙丽`) kept the whole
/// text as the name; the title is read as it is after the name.
#[test]
fn task_leaders_with_titles_around_the_name() {
    let text = "\
# 2023年重点工作责任分解
1. 建桥。
牵头县领导：李明（副县长）、副县长孙丽
责任单位：县交通局
";
    let b = parse(text).unwrap();
    let leaders: Vec<(&str, Vec<yiwu_duties::Title>)> = b
        .task("K0.1")
        .unwrap()
        .own_leaders()
        .iter()
        .map(|l| (l.name(), l.titles().to_vec()))
        .collect();
    use yiwu_duties::Title::DeputyCountyMayor;
    assert_eq!(
        leaders,
        [
            ("李明", vec![DeputyCountyMayor]),
            ("孙丽", vec![DeputyCountyMayor])
        ]
    );
}

/// Units separated by spaces in a field or a table cell
/// (`县交通局 县财政局`) are not split, since OCR also puts spaces inside
/// names, but the name with white space inside is reported rather than
/// read silently as one unit.
#[test]
fn a_unit_name_with_white_space_is_reported() {
    for tail in [
        "1. 建桥。\n责任单位：县交通局 县财政局\n",
        "1. 建桥。（牵头单位：县交通局 县财政局）\n",
        "| 序号 | 主要工作 | 责任单位 |\n| --- | --- | --- |\n| 1 | 建桥 | 县交通局 县财政局 |\n",
    ] {
        let b = parse(&format!("# 2023年重点工作责任分解\n{tail}")).unwrap();
        let task = b.task("K0.1").unwrap();
        assert_eq!(task.assignments()[0].name(), "县交通局 县财政局", "{tail}");
        let w = b
            .warnings()
            .iter()
            .find(|w| *w.kind() == WarningKind::SpaceInUnit)
            .unwrap_or_else(|| panic!("no warning for {tail}"));
        assert_eq!(w.text(), "县交通局 县财政局");
    }
}

/// Regression: livelihood items numbered `一、` straight under their
/// part's title, each naming its units, were read as group headings and
/// the part failed with "no tasks found"; they are tasks.
#[test]
fn items_numbered_like_groups_with_units_are_tasks() {
    let text = "\
# 2024年民生实事项目责任分解
一、新建城市公园2个。（责任单位：县住建局）
二、改造老旧小区10个。（牵头单位：县住建局；配合单位：各街道）
";
    let b = parse(text).unwrap();
    let tasks: Vec<(String, usize)> = b
        .tasks()
        .map(|t| (t.id().to_string(), t.assignments().len()))
        .collect();
    assert_eq!(tasks, [("L0.1".to_owned(), 1), ("L0.2".to_owned(), 2)]);
    // A heading that names units for the numbered tasks under it is
    // still a group.
    let text = "\
# 2024年重点工作责任分解
一、优化营商环境（责任单位：县发改局）
1. 推行企业开办一日办结。（责任单位：县市场监管局）
";
    let b = parse(text).unwrap();
    assert_eq!(b.parts()[0].groups()[0].ordinal(), 1);
    assert_eq!(b.task("K1.1").unwrap().text(), "推行企业开办一日办结。");
    // Under a group with a heading, `一、` is still a group.
    let text = "\
# 2024年重点工作责任分解
一、王明县长牵头重点工作
1. 修路。（责任单位：县交通局）
二、李华副县长牵头重点工作
1. 建桥。（责任单位：县交通局）
";
    let b = parse(text).unwrap();
    assert_eq!(b.parts()[0].groups().len(), 2);
}

/// Regression: a deadline in a bracket of its own after the clause was
/// reported as text after the clause and lost to the task.
#[test]
fn a_deadline_in_brackets_after_the_clause() {
    let text = "\
# 2024年重点工作责任分解
1. 建桥。（责任单位：县交通局）（完成时限：2024年9月底前）
2. 修路。（责任单位：县交通局）（另见附件）
";
    let b = parse(text).unwrap();
    let d = b.task("K0.1").unwrap().deadline().unwrap();
    assert_eq!(
        (d.text(), d.year(), d.month()),
        ("2024年9月底前", Some(2024), Some(9))
    );
    assert!(b.task("K0.2").unwrap().deadline().is_none());
    let after: Vec<&str> = warnings_of(&b, WarningKind::TextAfterClause)
        .map(|w| w.text())
        .collect();
    assert_eq!(after, ["（另见附件）"]);
    // The clean copy keeps the deadline.
    let again = parse(&b.to_markdown()).unwrap();
    assert_eq!(again.task("K0.1").unwrap().deadline(), Some(d));
}

/// Regressions found in review: a heading naming units stays a heading
/// when areas or prose follow it; a unit named before a verb in a
/// heading's bracket is no leader, and a livelihood item so written is a
/// task; a sentence that puts something "in first place" declares
/// nothing; a deadline bracket followed by another bracket is no deadline.
#[test]
fn review_readings() {
    let heading_then_area = "\
# 2024年重点工作责任分解
一、优化营商环境（责任单位：县发改局、县市场监管局）
（一）深化改革
1. 推行企业开办一日办结。（责任单位：县市场监管局）
";
    let b = parse(heading_then_area).unwrap();
    assert_eq!(b.task("K1.1.1").unwrap().text(), "推行企业开办一日办结。");

    let heading_then_prose = "\
# 2024年重点工作责任分解
一、优化营商环境（责任单位：县发改局）
推进以下重点工作：
1. 推行企业开办一日办结。（责任单位：县市场监管局）
";
    assert!(parse(heading_then_prose).is_ok());

    let unit_before_verb = "\
# 2024年重点工作责任分解
一、乡村振兴（县农业农村局牵头）
1. 建设美丽乡村。（责任单位：县农业农村局）
";
    let b = parse(unit_before_verb).unwrap();
    assert!(b.parts()[0].groups()[0].leaders().is_empty());

    let items = "\
# 2024年民生实事责任分解
一、新建城市公园2个。（县住建局负责）
二、新建幼儿园3所。（县教育局牵头，县财政局配合）
";
    let b = parse(items).unwrap();
    assert_eq!(b.tasks().count(), 2);

    let first_place = "\
关于印发2024年重点工作责任分解的通知
各牵头单位要把抓落实放在首位，加强统筹协调。
# 2024年重点工作责任分解
1. 修路。（责任单位：县交通局、县财政局）
";
    let b = parse(first_place).unwrap();
    assert_eq!(
        b.task("K0.1").unwrap().assignments()[0].role(),
        yiwu_duties::Role::Unmarked
    );

    let two_brackets = "\
# 2024年重点工作责任分解
1. 修路。（责任单位：县交通局）（完成时限：2024年9月底前）（责任领导：王明）
";
    let b = parse(two_brackets).unwrap();
    assert!(b.task("K0.1").unwrap().deadline().is_none());
    assert!(
        b.warnings()
            .iter()
            .any(|w| *w.kind() == WarningKind::TextAfterClause)
    );
}

/// An area heading that names units for the tasks under it
/// (`（一）深化营商环境改革（牵头单位：区发改局）` ⏎ `1. …`) stays an area
/// heading (its units kept in its name): it used to be read as a task,
/// and the tasks under it failed as out of sequence.
#[test]
fn an_area_naming_units_for_its_tasks_stays_an_area() {
    let text = "\
# 2024年重点工作责任分解
## 一、王明区长牵头重点工作
（一）深化营商环境改革（牵头单位：区发改局）
1. 推行企业开办一日办结。（责任单位：区市场监管局）
（二）扩大有效投资
1. 完成固定资产投资100亿元。（责任单位：区发改局）
";
    let b = parse(text).unwrap();
    let areas: Vec<&str> = b.parts()[0].groups()[0]
        .areas()
        .iter()
        .map(|a| a.name())
        .collect();
    assert_eq!(
        areas,
        ["深化营商环境改革（牵头单位：区发改局）", "扩大有效投资"]
    );
    assert_eq!(b.tasks().count(), 2);
}

/// Several fields on one line separated by spaces, as web pages and
/// tables flattened to text write them: the space before a field's name
/// and colon ends the field before it.
#[test]
fn fields_separated_by_spaces() {
    use yiwu_duties::Role::{Joint, Lead};
    for tail in [
        "1. 推进物流园建设。\n牵头单位：县发改局　　配合单位：县商务局、县自然资源局\n",
        "1. 推进物流园建设。（牵头单位：县发改局 配合单位：县商务局、县自然资源局）\n",
    ] {
        let b = parse(&format!("# 2024年重点工作责任分解\n{tail}")).unwrap();
        let roles: Vec<(&str, yiwu_duties::Role)> = b
            .task("K0.1")
            .unwrap()
            .assignments()
            .iter()
            .map(|a| (a.name(), a.role()))
            .collect();
        assert_eq!(
            roles,
            [
                ("县发改局", Lead),
                ("县商务局", Joint),
                ("县自然资源局", Joint)
            ],
            "{tail}"
        );
    }
}

/// A table's section rows (`| 一 | 扩大有效投资 | | |`), a Chinese numeral
/// and no unit, label the rows under them, as a 分块 column does; they
/// were refused as rows without a number.
#[test]
fn table_section_rows_label_the_rows_under_them() {
    let text = "\
# 2024年重点工作任务分工方案
| 序号 | 重点任务 | 牵头单位 | 配合单位 |
| --- | --- | --- | --- |
| 一 | 扩大有效投资 | | |
| 1 | 完成固定资产投资100亿元 | 县发改局 | 县财政局 |
| 2 | 新开工重大项目20个 | 县发改局 | |
| 二 | 增进民生福祉 | | |
| 3 | 新建幼儿园3所 | 县教育局 | |
";
    let b = parse(text).unwrap();
    let tasks: Vec<(String, Option<&str>)> =
        b.tasks().map(|t| (t.id().to_string(), t.label())).collect();
    assert_eq!(
        tasks,
        [
            ("K0.1".to_owned(), Some("扩大有效投资")),
            ("K0.2".to_owned(), Some("扩大有效投资")),
            ("K0.3".to_owned(), Some("增进民生福祉")),
        ]
    );
}

/// Regression: a full stop ending a list of units (`牵头单位：县交通局。`,
/// `（责任单位：县财政局。）`) was read into the last unit's name.
#[test]
fn a_full_stop_ends_the_list_not_the_name() {
    let text = "\
# 2024年重点工作责任分解
1. 修路。
牵头单位：县交通局。
配合单位：县财政局、各乡镇。
2. 建桥。（牵头单位：县交通局；配合单位：县财政局。）
3. 植树。（责任单位：▲县林业局、县财政局。）
";
    let b = parse(text).unwrap();
    let names: Vec<Vec<&str>> = b
        .tasks()
        .map(|t| t.assignments().iter().map(|a| a.name()).collect())
        .collect();
    assert_eq!(
        names,
        [
            vec!["县交通局", "县财政局", "各乡镇"],
            vec!["县交通局", "县财政局"],
            vec!["县林业局", "县财政局"],
        ]
    );
}

/// Regression: with no unit before 牵头, the task's own words in brackets
/// (`（政府主导、社会参与）`) were read as units in the State Council's
/// style, the bracket lost from the text and the real unit made a lead.
#[test]
fn the_tasks_own_words_in_brackets_name_no_units() {
    use yiwu_duties::Role::Sole;
    let text = "# 2024年重点工作责任分解\n1. 推进养老服务体系建设（政府主导、社会参与）。\n责任单位：县民政局\n";
    let b = parse(text).unwrap();
    assert_eq!(roles(&b, "K0.1"), [("县民政局".to_owned(), Sole)]);
    assert!(
        b.task("K0.1")
            .unwrap()
            .text()
            .contains("（政府主导、社会参与）")
    );
}

/// Regression: 责任单位 beside 配合单位 made every responsible unit a lead
/// though the document declared that the first-listed unit leads.
#[test]
fn the_first_listed_rule_says_which_responsible_unit_leads() {
    use yiwu_duties::Role::{Joint, Lead};
    let text = "# 2024年重点工作责任分解\n（列第一位的为牵头单位，下同）\n1. 修路。\n责任单位：县交通局、县财政局\n配合单位：各乡镇\n";
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K0.1"),
        [
            ("县交通局".to_owned(), Lead),
            ("县财政局".to_owned(), Joint),
            ("各乡镇".to_owned(), Joint)
        ]
    );
}

/// Regression: a notice sentence that puts someone first and names a
/// lead later (`…为第一责任人，县政府办为牵头督查单位`) declared the
/// first-listed rule for the whole document.
#[test]
fn a_sentence_about_the_first_responsible_declares_nothing() {
    use yiwu_duties::Role::Unmarked;
    let text = "青川县人民政府办公室关于印发2024年重点工作责任分解的通知\n各乡镇：\n各单位主要负责人为第一责任人，县政府办为牵头督查单位。\n2024年重点工作责任分解\n1. 修路。（责任单位：县交通局、县财政局）\n";
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K0.1"),
        [
            ("县交通局".to_owned(), Unmarked),
            ("县财政局".to_owned(), Unmarked)
        ]
    );
}

/// Regression: a first-listed note after a unit whose name holds 第一
/// dropped that unit.
#[test]
fn a_name_holding_first_keeps_its_unit_before_the_note() {
    use yiwu_duties::Role::{Joint, Lead};
    let text = "# 2024年重点工作责任分解\n1. 修路。（责任单位：市卫健委、市第一人民医院（排在第一位的为牵头单位，下同））\n";
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K0.1"),
        [
            ("市卫健委".to_owned(), Lead),
            ("市第一人民医院".to_owned(), Joint)
        ]
    );
}

/// Regression: a line after a name ending in 联 or a bracket was joined to
/// it as the rest of a broken name (`县妇联` ⏎ `智慧社区`), silently.
#[test]
fn a_finished_name_takes_no_rest() {
    let text = "# 2024年重点工作责任分解\n1. 修路。\n配合单位：县妇联\n智慧社区\n2. 建桥。\n配合单位：各乡镇（街道）\n数字政府\n";
    let b = parse(text).unwrap();
    let names = unit_names(&b);
    assert_eq!(names, ["县妇联", "各乡镇（街道）"]);
    let skipped: Vec<u32> = b.warnings().iter().map(|w| w.line()).collect();
    assert_eq!(skipped, [4, 7]);
}

/// Regression: a list that ran on to a line ending in a verb ran on to the
/// line after it too, naming a lead `县财政局配合县商务局`.
#[test]
fn a_list_ending_in_a_verb_runs_on_no_further() {
    let text = "# 2024年重点工作责任分解\n1. 修路。\n牵头单位：县发改局；\n县财政局配合\n县商务局、各乡镇\n";
    let b = parse(text).unwrap();
    let names = unit_names(&b);
    assert_eq!(names, ["县发改局", "县财政局"]);
    assert!(b.warnings().iter().any(|w| w.line() == 5));
}

/// Regression: `主办单位：县发改局` after a task naming only its leader in
/// brackets was skipped as a page's footer, and the task's lead lost.
#[test]
fn a_lead_field_after_a_leaders_bracket_is_no_footer() {
    use yiwu_duties::Role::{Joint, Lead};
    let text = "# 2024年重点工作责任分解\n1. 推进数据共享。（责任领导：王明）\n主办单位：县发改局\n协办单位：县财政局\n";
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K0.1"),
        [
            ("县发改局".to_owned(), Lead),
            ("县财政局".to_owned(), Joint)
        ]
    );
}

/// Regression: a heading with no verb whose title comes before a word
/// (`一、市长项目`, `三、县长信箱`) named that word as a leader.
#[test]
fn a_title_before_a_subject_names_no_one() {
    let text = "# 2024年重点工作责任分解\n一、市长项目\n1. 修路。（责任单位：县交通局）\n二、陈雅琴副县长\n1. 建桥。（责任单位：县交通局）\n三、县长信箱\n1. 办信。（责任单位：县信访局）\n";
    let b = parse(text).unwrap();
    let leaders: Vec<Vec<&str>> = b.parts()[0]
        .groups()
        .iter()
        .map(|g| g.leaders().iter().map(|l| l.name()).collect())
        .collect();
    assert_eq!(leaders, [vec![], vec!["陈雅琴"], vec![]]);
}

/// Regression: a unit with a verb of its own in the middle of a field's
/// list was a unit named with the verb (`县财政局配合`), of the field's
/// class.
#[test]
fn a_verb_inside_a_field_list_is_no_part_of_the_name() {
    use yiwu_duties::Role::{Joint, Lead};
    let text = "# 2024年重点工作责任分解\n1. 修路。\n牵头单位：县发改局，县财政局配合，各乡镇\n";
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K0.1"),
        [
            ("县发改局".to_owned(), Lead),
            ("县财政局".to_owned(), Joint),
            ("各乡镇".to_owned(), Lead)
        ]
    );
}

/// Regression: words saying how a unit acts, before its verb
/// (`组织落实`, `业务指导`, `全力配合`), were part of its name, and
/// `限期落实` a unit of its own.
#[test]
fn words_before_a_verb_are_no_part_of_the_name() {
    let text = "# 2024年重点工作责任分解\n1. 甲。（县财政局负责，各乡镇组织落实）\n2. 乙。（县教育局牵头，县卫健局业务指导）\n3. 丙。（县发改局牵头，限期落实）\n4. 丁。（县文旅局牵头，县残联协助指导，县教育局全力配合）\n";
    let b = parse(text).unwrap();
    let names =
        |id: &str| -> Vec<String> { roles(&b, id).into_iter().map(|(name, _)| name).collect() };
    assert_eq!(names("K0.1"), ["县财政局", "各乡镇"]);
    assert_eq!(names("K0.2"), ["县教育局", "县卫健局"]);
    assert_eq!(names("K0.3"), ["县发改局"]);
    assert_eq!(
        b.task("K0.3").unwrap().deadline().map(|d| d.text()),
        Some("限期落实")
    );
    assert_eq!(names("K0.4"), ["县文旅局", "县残联", "县教育局"]);
}

/// Regression: a first-listed footnote (`注：…`) after a part's last task
/// went to the next part when a part followed, and the tasks above it
/// stayed unmarked.
#[test]
fn a_footnote_before_the_next_part_is_its_own_parts() {
    use yiwu_duties::Role::{Joint, Lead};
    let text = "附件1\n2024年重点工作责任分解\n1. 修路。（责任单位：县交通局、县财政局）\n注：列第一位的为牵头单位。\n附件2\n2024年民生实事责任分解\n1. 建养老院。（责任单位：县民政局、县财政局）\n";
    let b = parse(text).unwrap();
    assert_eq!(b.parts()[0].notes().len(), 1);
    assert_eq!(
        roles(&b, "K0.1"),
        [
            ("县交通局".to_owned(), Lead),
            ("县财政局".to_owned(), Joint)
        ]
    );
}

/// Regression: a note on which leader is listed first
/// (`…排在第一位的为牵头领导`) declared that the first-listed unit leads.
#[test]
fn a_note_on_leaders_declares_nothing_of_units() {
    use yiwu_duties::Role::Unmarked;
    let text = "# 2024年重点工作责任分解\n注：责任领导中排在第一位的为牵头领导。\n1. 修路。（责任领导：王明、李华；责任单位：县交通局、县财政局）\n";
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K0.1"),
        [
            ("县交通局".to_owned(), Unmarked),
            ("县财政局".to_owned(), Unmarked)
        ]
    );
}

/// Regression: after a finished list (its last name ends as a unit's
/// does), a line holding a separator was read as more units
/// (`县财政局以上任务请…`), and a short label joined to a name ending 位.
#[test]
fn a_finished_list_runs_on_to_no_sentence_or_label() {
    let text = "# 2024年重点工作责任分解\n1、建设园区\n牵头单位：县经信局\n配合单位：县财政局\n以上任务请各牵头单位于每季度末报送进展，年底报送总结\n2、改造小区。\n牵头单位：县住建局\n配合单位：各相关单位\n乡镇\n";
    let b = parse(text).unwrap();
    let names = unit_names(&b);
    assert_eq!(names, ["县经信局", "县财政局", "县住建局", "各相关单位"]);
}

/// Regression: names were cut back to a shorter start that looked like a
/// unit's name (`县委党校` → `县委`, `各镇街` → `各镇`); only the words
/// that say how a unit acts are taken off before a verb.
#[test]
fn names_before_a_verb_are_not_cut_short() {
    let text = "# 2024年重点工作责任分解\n1. 甲。（县委党校牵头，县财政局配合）\n2. 乙。（县教育局牵头，各镇街组织落实）\n3. 丙。（县住建局牵头，县污水处理厂负责）\n4. 丁。（县卫健局牵头，各乡镇中心小学配合）\n";
    let b = parse(text).unwrap();
    let names = unit_names(&b);
    assert_eq!(
        names,
        [
            "县委党校",
            "县财政局",
            "县教育局",
            "各镇街",
            "县住建局",
            "县污水处理厂",
            "县卫健局",
            "各乡镇中心小学"
        ]
    );
}

/// Regression: a field line's list broken inside a name after a character
/// that ends names (`县人民政府办` ⏎ `公室、县商务局`) stopped there, and a
/// sentence after a list ending `县委党校` became units.
#[test]
fn a_list_broken_inside_a_name_runs_on() {
    let text = "# 2024年重点工作责任分解\n1、甲\n牵头单位：县发改局\n配合单位：县财政局、县人民政府办\n公室、县商务局\n2、乙\n牵头单位：县经信局\n配合单位：县委党校\n以上任务请各牵头单位于每季度末报送进展，年底报送总结\n";
    let b = parse(text).unwrap();
    let names = unit_names(&b);
    assert_eq!(
        names,
        [
            "县发改局",
            "县财政局",
            "县人民政府办公室",
            "县商务局",
            "县经信局",
            "县委党校"
        ]
    );
}

/// Regression: a heading with no verb lost leaders of common surnames of
/// the region (楼, 傅, 俞), and a note on leaders and units together
/// declared nothing; a note under the next part's attachment label marked
/// the part above it.
#[test]
fn surnames_notes_and_labels() {
    use yiwu_duties::Role::{Joint, Lead, Unmarked};
    let text = "# 2024年重点工作责任分解\n## 一、楼晓明副县长\n1. 甲。（责任单位：县交通局）\n## 二、傅建国副县长、王明副县长\n1. 乙。（责任单位：县交通局）\n";
    let b = parse(text).unwrap();
    let leaders: Vec<Vec<&str>> = b.parts()[0]
        .groups()
        .iter()
        .map(|g| g.leaders().iter().map(|l| l.name()).collect())
        .collect();
    assert_eq!(leaders, [vec!["楼晓明"], vec!["傅建国", "王明"]]);
    let text = "# 2024年重点工作责任分解\n注：排在第一位的为牵头领导和牵头单位。\n1. 修路。（责任单位：县交通局、县财政局）\n";
    assert_eq!(
        roles(&parse(text).unwrap(), "K0.1"),
        [
            ("县交通局".to_owned(), Lead),
            ("县财政局".to_owned(), Joint)
        ]
    );
    let text = "附件1\n2024年重点工作责任分解\n1. 修路。（责任单位：县交通局、县财政局）\n附件2\n注：列第一位的为牵头单位。\n2024年民生实事责任分解\n1. 建园。（责任单位：县民政局、县财政局）\n";
    assert_eq!(
        roles(&parse(text).unwrap(), "K0.1"),
        [
            ("县交通局".to_owned(), Unmarked),
            ("县财政局".to_owned(), Unmarked)
        ]
    );
}

/// Regression: after a name that looks finished, a next line starting a
/// unit of its own was glued on (`县交通局团县委`), and a sentence too;
/// more words of manner and verbs (依职责, 各司其职); surnames common in the
/// region (应) and subjects (金融副县长).
#[test]
fn last_probe_of_the_narrowed_rules() {
    let text = "# 2024年重点工作责任分解\n1、甲\n牵头单位：县发改局\n配合单位：县财政局、县交通局\n团县委、县妇联\n2、乙\n牵头单位：县经信局\n配合单位：县财政局、县人民政府办\n公室\n3. 丙。（县住建局牵头，各镇街依职责落实）\n4. 丁。（县水务局牵头，县林业局等各司其职）\n";
    let b = parse(text).unwrap();
    let names = unit_names(&b);
    assert_eq!(
        names,
        [
            "县发改局",
            "县财政局",
            "县交通局",
            "县经信局",
            "县财政局",
            "县人民政府办公室",
            "县住建局",
            "各镇街",
            "县水务局",
            "县林业局"
        ]
    );
    // The line that starts units of its own is reported, not read.
    assert!(b.warnings().iter().any(|w| w.line() == 5));
    let text = "# 2024年重点工作责任分解\n## 一、应建华副县长\n1. 甲。（责任单位：县交通局）\n## 二、金融副县长\n1. 乙。（责任单位：县交通局）\n";
    let b = parse(text).unwrap();
    let leaders: Vec<Vec<&str>> = b.parts()[0]
        .groups()
        .iter()
        .map(|g| g.leaders().iter().map(|l| l.name()).collect())
        .collect();
    assert_eq!(leaders, [vec!["应建华"], vec![]]);
}
