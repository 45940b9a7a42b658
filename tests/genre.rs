//! Real notices of the genre from other places (copied under
//! `tests/fixtures/real-*.md` as their web pages were stored), read as a
//! careful reader reads them: tasks in order, their leaders, units and
//! roles, and notices of the same shape written for these tests (invented
//! cities): a task list as a table, unit lists that wrap, the State
//! Council's style among named fields, fields named with 部门. Then
//! structural forms seen in real notices, each in a fixture written for
//! these tests with invented places and names: the first-listed note on a
//! line of its own, a notice title broken over lines, a span of years in a
//! part title, attachment labels between parts, and areas before any
//! group; and ways of writing a task's units: a lead marked after its name
//! (`区科技局（牵头）`), fields after the text on the task's own line, and
//! tables of livelihood projects. Each is also snapshotted with the other
//! fixtures (`tests/parse.rs`).

mod common;

use common::{roles, unit_names, units, warnings_of};
use yiwu_duties::{Breakdown, ErrorKind, RepairKind, Role, WarningKind, parse};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// A task as read: its id, the leaders heading it, its units and roles.
type Reading = (String, Vec<String>, Vec<(String, Role)>);

/// Every task as `(id, leaders, [(unit, role)])`.
fn reading(b: &Breakdown) -> Vec<Reading> {
    b.tasks()
        .map(|t| {
            (
                t.id().to_string(),
                b.leaders_of(t)
                    .iter()
                    .map(|l| l.name().to_owned())
                    .collect(),
                t.assignments()
                    .iter()
                    .map(|a| (a.name().to_owned(), a.role()))
                    .collect(),
            )
        })
        .collect()
}

fn task(id: &str, leaders: &[&str], list: &[(&str, Role)]) -> Reading {
    (
        id.to_owned(),
        leaders.iter().map(|l| (*l).to_owned()).collect(),
        units(list),
    )
}

/// 嵊泗县 2023: page furniture before the title; county titles; each task's
/// units on a line of its own (`责任单位:…`), no ▲, so several units are
/// unmarked and one unit alone is sole.
#[test]
fn shengsi_2023() {
    use Role::{Sole, Unmarked};
    let b = parse(&fixture("real-shengsi-2023.md")).unwrap();
    assert_eq!(
        reading(&b),
        [
            task("K1.1", &["杨松"], &[("县财政局", Sole)]),
            task("K1.2", &["杨松"], &[("县财政局", Sole)]),
            task(
                "K2.1",
                &["宋晖"],
                &[
                    ("县发改局", Unmarked),
                    ("县人力社保局", Unmarked),
                    ("县农业农村局", Unmarked),
                    ("县属有关部门", Unmarked),
                    ("各乡镇人民政府", Unmarked),
                ]
            ),
            task("K2.2", &["宋晖"], &[("县文广旅体局", Sole)]),
            task(
                "K2.3",
                &["宋晖"],
                &[
                    ("县海洋与渔业局", Unmarked),
                    ("县绿色小微园区开发建设指挥部", Unmarked)
                ]
            ),
            task(
                "K2.4",
                &["宋晖"],
                &[
                    ("县海洋与渔业局", Unmarked),
                    ("县资源规划局", Unmarked),
                    ("嵊山镇人民政府", Unmarked)
                ]
            ),
        ]
    );
    let titles: Vec<String> = b.parts()[0].groups()[1].leaders()[0]
        .titles()
        .iter()
        .map(|t| t.to_string())
        .collect();
    assert_eq!(titles, ["常务副县长"]);
}

/// 金华市 2018: a notice with an attachment list; 牵头单位 and 配合单位 on
/// lines of their own; a unit name with a bracket inside.
#[test]
fn jinhua_2018() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("real-jinhua-2018.md")).unwrap();
    assert_eq!(
        reading(&b),
        [task(
            "K1.1",
            &["尹学群"],
            &[
                ("市发改委", Lead),
                ("市农办", Joint),
                ("市经信委", Joint),
                ("市科技局", Joint),
                ("市财政(地税)局", Joint),
                ("市人力社保局", Joint),
                ("市建设局", Joint),
                ("市农业局", Joint),
                ("市商务局", Joint),
                ("市环保局", Joint),
            ]
        )]
    );
    assert_eq!(b.parts().len(), 1);
    // `附件1` heads the attachment that is the part, not the notice.
    let label = b.parts()[0].attachment().unwrap();
    assert_eq!((label.text(), label.line()), ("附件1", 26));
    assert!(!b.notice().body().iter().any(|p| p == "附件1"));
}

/// 下陆区 2020: page furniture; a prose paragraph of targets kept as group
/// text; groups by subject with no leader; tasks numbered `1、`; the clause
/// in square brackets with 牵头单位 and 责任单位 fields.
#[test]
fn xialu_2020() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("real-xialu-2020.md")).unwrap();
    assert_eq!(
        reading(&b),
        [
            task(
                "K1.1.1",
                &[],
                &[
                    ("区卫健局", Lead),
                    ("区疫情防控指挥部成员单位", Joint),
                    ("各街办(新区)", Joint),
                ]
            ),
            task(
                "K1.1.2",
                &[],
                &[
                    ("区卫健局", Lead),
                    ("区创文办", Lead),
                    ("区疫情防控指挥部成员单位", Joint),
                    ("区创文工作领导小组成员单位", Joint),
                    ("各街办(新区)", Joint),
                ]
            ),
        ]
    );
    let group = &b.parts()[0].groups()[0];
    assert!(group.leaders().is_empty());
    assert!(
        group
            .text()
            .iter()
            .any(|p| p.starts_with("今年经济社会发展的主要预期目标是"))
    );
    // The title is on the web page's heading (line 9) and again as the
    // document's own, broken over lines 10-12 (`区人民政府办公室` /
    // `关于印发…的` / `通 知`): those lines are the title written again,
    // not a paragraph of the body (they were, before titles were read
    // across lines).
    let notice = b.notice();
    assert_eq!(
        notice.title(),
        Some("区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知")
    );
    assert_eq!(
        notice.body(),
        ["《2020年区政府重点工作责任分解》已经区政府研究同意,现印发给你们,请认真抓好落实。"]
    );
}

/// A notice whose task table was flattened to one cell per line, as web
/// pages of the genre are sometimes stored (an invented city, written for
/// these tests): it cannot be read back without guessing the columns, so
/// the parse fails and says so, rather than succeed with no tasks.
#[test]
fn flattened_table_is_refused() {
    let err = parse(&fixture("error-flattened-table-with-notice.md")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::FlattenedTable);
    assert!(
        err.to_string()
            .contains("cannot be read back without guessing")
    );
}

/// The same notice with its task list as a Markdown pipe table
/// (`| 分块 | 序号 | 主要工作 | 责任单位 |`): 9 tasks straight under the part
/// title; rows 1–8 each with a ▲ lead and the rest joint, row 9 with
/// several units and no mark, unmarked.
#[test]
fn task_table_under_a_notice() {
    use Role::{Joint, Lead, Unmarked};
    let b = parse(&fixture("genre-table-with-notice.md")).unwrap();
    assert_eq!(
        reading(&b),
        [
            task(
                "T0.1",
                &[],
                &[("发改局", Lead), ("各部门", Joint), ("各乡镇(街道)", Joint)]
            ),
            task(
                "T0.2",
                &[],
                &[("税务局", Lead), ("财政局", Joint), ("各乡镇(街道)", Joint)]
            ),
            task("T0.3", &[], &[("科技局", Lead), ("各乡镇(街道)", Joint)]),
            task(
                "T0.4",
                &[],
                &[("发改局", Lead), ("各部门", Joint), ("各乡镇(街道)", Joint)]
            ),
            task("T0.5", &[], &[("商务局", Lead), ("各乡镇(街道)", Joint)]),
            task("T0.6", &[], &[("商务局", Lead), ("各乡镇(街道)", Joint)]),
            task(
                "T0.7",
                &[],
                &[("发改局", Lead), ("各部门", Joint), ("各乡镇(街道)", Joint)]
            ),
            task(
                "T0.8",
                &[],
                &[
                    ("发改局", Lead),
                    ("生态环境分局", Joint),
                    ("各乡镇(街道)", Joint)
                ]
            ),
            task(
                "T0.9",
                &[],
                &[
                    ("经信局", Unmarked),
                    ("相关部门", Unmarked),
                    ("各乡镇(街道)", Unmarked)
                ]
            ),
        ]
    );
    let texts: Vec<&str> = b.tasks().map(|t| t.text()).collect();
    assert_eq!(texts[0], "地区生产总值增长6.5%左右");
    assert_eq!(
        texts[8],
        "实施先进制造业集群培育行动,规上工业增加值增长7%以上"
    );
    // The header and separator rows are the group's table lines; each
    // row is its task's line.
    let group = &b.parts()[0].groups()[0];
    assert!(group.is_implicit());
    assert_eq!(group.table_lines(), [30, 31]);
    let lines: Vec<u32> = b.tasks().map(|t| t.lines().first()).collect();
    assert_eq!(lines, (32..=40).collect::<Vec<u32>>());
}

/// The lines of `b` skipped with a warning that they were not read.
fn unread_lines(b: &Breakdown) -> Vec<u32> {
    b.warnings()
        .iter()
        .filter(|w| {
            matches!(
                w.kind(),
                WarningKind::UnrecognizedLine | WarningKind::GroupText
            )
        })
        .map(|w| w.line())
        .collect()
}

/// `（列第一位的为牵头单位，下同）` on a line of its own between the part
/// title and the first group: the part's note, and the rule for every
/// task after it; not group text.
#[test]
fn first_listed_note_under_the_title() {
    use Role::{Joint, Lead, Sole};
    let b = parse(&fixture("genre-first-listed-note-line.md")).unwrap();
    let part = &b.parts()[0];
    let notes: Vec<(&str, u32)> = part.notes().iter().map(|n| (n.text(), n.line())).collect();
    assert_eq!(notes, [("（列第一位的为牵头单位，下同）", 3)]);
    assert!(part.groups().iter().all(|g| !g.is_implicit()));
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("市发改委", Lead), ("市统计局", Joint)])
    );
    assert_eq!(roles(&b, "K1.2"), units(&[("市住建局", Sole)]));
    assert_eq!(
        roles(&b, "K2.1"),
        units(&[
            ("市园林局", Lead),
            ("市自然资源局", Joint),
            ("各区政府", Joint)
        ])
    );
    assert!(b.warnings().is_empty(), "{:#?}", b.warnings());
}

/// `排在第一位的为牵头单位` between two parts: the next part's note, in
/// force from there on: the first part's task keeps its units unmarked,
/// the second part's first-listed units lead.
#[test]
fn first_listed_note_between_parts() {
    use Role::{Joint, Lead, Unmarked};
    let b = parse(&fixture("genre-first-listed-note-between-parts.md")).unwrap();
    assert!(b.parts()[0].notes().is_empty());
    let note = &b.parts()[1].notes()[0];
    assert_eq!((note.text(), note.line()), ("排在第一位的为牵头单位", 9));
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("市财政局", Unmarked), ("市税务局", Unmarked)])
    );
    assert_eq!(
        roles(&b, "L0.1"),
        units(&[("市教育局", Lead), ("市财政局", Joint)])
    );
    assert_eq!(
        roles(&b, "L0.2"),
        units(&[("市交通局", Lead), ("各区政府", Joint)])
    );
    assert_eq!(unread_lines(&b), Vec::<u32>::new());
    // Only the task before the note warns that nobody is marked.
    let no_lead: Vec<u32> = warnings_of(&b, WarningKind::NoLeadUnit)
        .map(|w| w.line())
        .collect();
    assert_eq!(no_lead, [5]);
}

/// A notice title over three lines, `…关于印发` / `2021年…重点工作` /
/// `责任分解的通知`: one title, no body text, and the part is the one
/// after the notice.
#[test]
fn notice_title_over_three_lines() {
    let b = parse(&fixture("genre-notice-title-three-lines.md")).unwrap();
    let notice = b.notice();
    assert_eq!(
        notice.title(),
        Some("云溪县人民政府办公室关于印发2021年县政府工作报告重点工作责任分解的通知")
    );
    assert_eq!(notice.body().len(), 1);
    assert!(notice.body()[0].starts_with("《2021年"));
    assert_eq!(notice.lines().map(|r| r.first()), Some(1));
    assert_eq!(b.parts().len(), 1);
    assert_eq!(b.parts()[0].line(), 15);
}

/// A broken notice title whose middle line ends like a part title
/// (`区政府工作报告重点工作责任分解`): it starts no part; the title is the
/// three lines joined.
#[test]
fn notice_title_with_part_words_in_its_middle_line() {
    let b = parse(&fixture("genre-notice-title-part-words.md")).unwrap();
    assert_eq!(
        b.notice().title(),
        Some("柳川区人民政府办公室关于印发2022年区政府工作报告重点工作责任分解的通知")
    );
    assert_eq!(b.notice().number(), Some("柳政办〔2022〕3号"));
    assert_eq!(b.parts().len(), 1);
    assert_eq!(b.parts()[0].line(), 15);
    assert_eq!(b.parts()[0].title(), "2022年区政府工作报告重点工作责任分解");
    assert_eq!(b.tasks().count(), 1);
}

/// A span of years in a part title, `《2021—2025年…》` or `2021-2025年…`,
/// is kept as a span and claims no single year; a title of one year
/// still names it.
#[test]
fn year_spans_in_part_titles() {
    let b = parse(&fixture("genre-year-range.md")).unwrap();
    let years: Vec<(Option<u16>, Option<std::ops::RangeInclusive<u16>>)> =
        b.parts().iter().map(|p| (p.year(), p.years())).collect();
    assert_eq!(
        years,
        [
            (None, Some(2021..=2025)),
            (None, Some(2021..=2025)),
            (Some(2023), Some(2023..=2023)),
        ]
    );
}

/// `附件1`, `附件 2`, `附件3：` before the part titles: each part's
/// attachment label, as written; none is a skipped line or notice text.
#[test]
fn attachment_labels_head_their_parts() {
    let b = parse(&fixture("genre-attachment-labels.md")).unwrap();
    let labels: Vec<Option<(&str, u32)>> = b
        .parts()
        .iter()
        .map(|p| p.attachment().map(|a| (a.text(), a.line())))
        .collect();
    assert_eq!(
        labels,
        [
            Some(("附件1", 19)),
            Some(("附件 2", 27)),
            Some(("附件3：", 35))
        ]
    );
    assert_eq!(b.notice().lines().map(|r| r.last()), Some(17));
    assert!(!b.notice().body().iter().any(|p| p.starts_with("附件1")));
    assert_eq!(unread_lines(&b), Vec::<u32>::new());
    assert_eq!(b.tasks().count(), 3);
}

/// Areas straight under a part title, no `一、` group: areas of the group
/// without a heading (ordinal 0), numbered from 1 in each area, with ids
/// `K0.<area>.<task>` that are unique and found again.
#[test]
fn areas_before_any_group() {
    let b = parse(&fixture("genre-areas-without-group.md")).unwrap();
    let groups = b.parts()[0].groups();
    assert_eq!(groups.len(), 1);
    assert!(groups[0].is_implicit());
    let areas: Vec<(u32, &str, usize)> = groups[0]
        .areas()
        .iter()
        .map(|a| (a.ordinal(), a.name(), a.tasks().len()))
        .collect();
    assert_eq!(areas, [(1, "产业发展", 2), (2, "城市建设", 1)]);
    let ids: Vec<String> = b.tasks().map(|t| t.id().to_string()).collect();
    assert_eq!(ids, ["K0.1.1", "K0.1.2", "K0.2.1"]);
    for id in &ids {
        assert_eq!(b.task(id.as_str()).unwrap().id().to_string(), *id);
    }
    assert_eq!(b.task("K0.2.1").unwrap().text(), "开工建设城市快速路一期。");
}

/// Leaders named in the bracket ending an area's heading, as a field or
/// with a title, head the area's tasks in place of the group's; a task's
/// own leaders still come first; a unit before 牵头 is no leader; an area
/// that names none leaves its tasks to the group's leaders.
#[test]
fn area_headings_name_leaders() {
    let b = parse(&fixture("genre-area-leaders.md")).unwrap();
    let effective: Vec<(String, Vec<String>)> = reading(&b)
        .into_iter()
        .map(|(id, leaders, _)| (id, leaders))
        .collect();
    let expected = [
        ("K1.1.1", "王明"),
        ("K1.1.2", "赵强"),
        ("K1.2.1", "陈立"),
        ("K1.3.1", "李华"),
        ("K1.4.1", "李华"),
    ];
    let expected: Vec<(String, Vec<String>)> = expected
        .iter()
        .map(|&(id, name)| (id.to_owned(), vec![name.to_owned()]))
        .collect();
    assert_eq!(effective, expected);
    let areas = b.parts()[0].groups()[0].areas();
    assert_eq!(areas[0].name(), "扩大有效投资（牵头县领导：王明）");
    assert_eq!(
        areas[1].leaders()[0].titles(),
        &[yiwu_duties::Title::DeputyCountyMayor]
    );
    assert!(areas[2].leaders().is_empty());
    assert!(b.warnings().is_empty());
}

/// The back matter after the last task: the copies line (抄送) and the
/// printing line, its office on a line of its own, belong to the notice,
/// not to the last group or a warning; a line with a colon in the middle
/// of a unit list (`抄送：…` after `责任单位：县财政局、`) is back matter too.
#[test]
fn back_matter_belongs_to_the_notice() {
    let b = parse(&fixture("genre-back-matter.md")).unwrap();
    let n = b.notice();
    let lines: Vec<u32> = n.end_matter().iter().map(|l| l.line()).collect();
    assert_eq!(lines, [26, 28, 30]);
    assert_eq!(
        n.copied_to(),
        Some("县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院")
    );
    assert_eq!(
        n.printed().map(|d| d.to_string()),
        Some("2024-03-08".into())
    );
    assert!(b.parts()[0].groups()[0].text().is_empty());
    assert!(
        b.warnings().iter().all(|w| w.line() < 17),
        "{:?}",
        b.warnings()
    );
    // An office alone with no printing line after it is no back matter.
    let text =
        "# 2024年青川县重点工作责任分解\n1. 修路。（责任单位：县交通局）\n青川县人民政府办公室\n";
    let b = parse(text).unwrap();
    assert!(b.notice().end_matter().is_empty());
    assert_eq!(b.warnings().len(), 1);
    let text =
        "# 2024年青川县重点工作责任分解\n1. 修路。\n责任单位：县财政局、\n抄送：县委办、县人大办\n";
    let b = parse(text).unwrap();
    assert_eq!(b.notice().copied_to(), Some("县委办、县人大办"));
    let units: Vec<&str> = b
        .tasks()
        .flat_map(|t| t.assignments())
        .map(|a| a.name())
        .collect();
    assert_eq!(units, ["县财政局"]);
}

/// The first-listed note in the wordings notices use: a footnote after
/// the list holds for the tasks above it; a note in a bracket of its own
/// after the last unit leaves that unit in place; what completes the note
/// (`其他为配合单位`, `下同`) is no unit.
#[test]
fn first_listed_note_wordings() {
    use Role::{Joint, Lead, Sole};
    let b = parse(&fixture("genre-first-listed-footnote.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("县发改局", Lead), ("县统计局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("县财政局", Lead), ("县税务局", Joint), ("县经信局", Joint)])
    );
    assert_eq!(roles(&b, "K1.3"), units(&[("县商务局", Sole)]));
    assert!(b.warnings().is_empty(), "{:?}", b.warnings());
    let b = parse(&fixture("genre-first-listed-note-wordings.md")).unwrap();
    assert_eq!(
        roles(&b, "L1.1"),
        units(&[("县文广旅体局", Lead), ("县财政局", Joint)])
    );
    assert_eq!(
        roles(&b, "L1.2"),
        units(&[("县交通局", Lead), ("县财政局", Joint), ("各乡镇", Joint)])
    );
    assert!(b.warnings().is_empty(), "{:?}", b.warnings());
}

/// A part title broken over two lines with a blank line between them, as
/// web copies space every line, is read whole (its year and kind from
/// the first half), and the join is reported.
#[test]
fn part_title_over_a_blank_line() {
    let b = parse(&fixture("genre-title-over-a-blank-line.md")).unwrap();
    let part = &b.parts()[0];
    assert_eq!(part.title(), "2024年县政府工作报告重点工作责任分解");
    assert_eq!(
        (part.year(), part.kind()),
        (Some(2024), yiwu_duties::PartKind::KeyWork)
    );
    let lines = part.title_lines();
    assert_eq!((lines.first(), lines.last()), (11, 13));
    assert!(
        b.notice()
            .body()
            .iter()
            .all(|p| !p.contains("政府工作报告\n"))
    );
    assert!(b.repairs().iter().any(|r| matches!(
        r.kind(),
        RepairKind::PageBreakJoined { blank_lines: 1 }
    ) && r.line() == 13));
}

/// Points numbered inside a task with no clause yet, in another style
/// than the task, are its text; a number in another style that is no
/// first point (`2、` after a task missing its clause) is still refused.
#[test]
fn points_numbered_inside_a_task() {
    let b = parse(&fixture("genre-numbered-points.md")).unwrap();
    let ids: Vec<String> = b.tasks().map(|t| t.id().to_string()).collect();
    assert_eq!(ids, ["K1.1", "K1.2", "K1.3"]);
    assert_eq!(
        b.task("K1.1").unwrap().text(),
        "实施交通三大工程：（1）新建城乡道路10公里；（2）改造危旧桥梁5座。"
    );
    assert_eq!(b.task("K1.2").unwrap().lines().last(), 13);
    let err = parse("# 2024年重点工作责任分解\n1. 修路。\n2、建桥。（责任单位：县交通局）\n")
        .unwrap_err();
    assert_eq!(
        (err.kind(), err.line()),
        (ErrorKind::MissingResponsibilityClause, 2)
    );
}

/// Numbered notes after the tasks are group text, the second one too;
/// numbering that only looks like a note's (a task after the note that
/// names its units) is still a task.
#[test]
fn numbered_notes_after_the_tasks() {
    let b = parse(&fixture("genre-notes-after-tasks.md")).unwrap();
    assert_eq!(b.tasks().count(), 2);
    assert_eq!(
        b.parts()[0].groups()[0].text(),
        [
            "注：1.各乡镇（街道）均为配合单位。",
            "2.各责任单位每季度末报送工作进展。"
        ]
    );
    let text = "# 2024年重点工作责任分解\n1. 修路。（责任单位：县交通局）\n注：1.各乡镇为配合单位。\n2. 建桥。（责任单位：县交通局）\n";
    let b = parse(text).unwrap();
    assert_eq!(b.tasks().count(), 2);
}

/// Parts divided by number: each division is a part and the title over
/// them only a warning; a year's list of 实事 after an attachment label is
/// a livelihood part.
#[test]
fn parts_divided_by_number() {
    use yiwu_duties::PartKind::{KeyWork, Livelihood};
    let b = parse(&fixture("genre-numbered-divisions.md")).unwrap();
    let parts: Vec<(yiwu_duties::PartKind, &str)> =
        b.parts().iter().map(|p| (p.kind(), p.title())).collect();
    assert_eq!(
        parts,
        [
            (KeyWork, "第一部分　重点工作"),
            (Livelihood, "第二部分　民生实事"),
            (Livelihood, "2024年十件为民办实事项目")
        ]
    );
    let titles: Vec<u32> = b
        .warnings()
        .iter()
        .filter(|w| matches!(w.kind(), WarningKind::DocumentTitle))
        .map(|w| w.line())
        .collect();
    assert_eq!(titles, [1]);
    assert_eq!(b.tasks().count(), 4);
}

/// A web page's footer after tasks that name their units in any form
/// (field lines, the State Council's style) is furniture, not a lead
/// unit; items numbered `一、` that name their units are tasks though a
/// note and the back matter follow the last of them.
#[test]
fn footers_and_back_matter_after_the_tasks() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("genre-footer-after-field-lines.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("县发改局", Lead), ("县统计局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("县财政局", Lead), ("县税务局", Joint)])
    );
    let skipped: Vec<u32> = b
        .warnings()
        .iter()
        .filter(|w| matches!(w.kind(), WarningKind::PageFurniture))
        .map(|w| w.line())
        .collect();
    assert_eq!(skipped, [13, 15]);
    let b = parse(&fixture("genre-item-tasks-then-back-matter.md")).unwrap();
    let ids: Vec<String> = b.tasks().map(|t| t.id().to_string()).collect();
    assert_eq!(ids, ["L0.1", "L0.2"]);
    assert_eq!(
        b.notice().copied_to(),
        Some("县委办公室，县人大常委会办公室")
    );
    // Items that name their units on field lines of their own.
    let b = parse(&fixture("genre-item-tasks-with-field-lines.md")).unwrap();
    assert_eq!(
        roles(&b, "L0.2"),
        units(&[("县卫健局", Lead), ("县教育局", Joint), ("县财政局", Joint)])
    );
    assert!(b.task("L0.2").unwrap().deadline().is_some());
}

/// A note that ▲ marks the lead is kept with the part's notes, before the
/// groups or after the tasks, and changes no role: a task with no ▲ stays
/// unmarked.
#[test]
fn notes_that_the_mark_leads() {
    let b = parse(&fixture("genre-lead-mark-notes.md")).unwrap();
    let notes: Vec<u32> = b.parts()[0].notes().iter().map(|n| n.line()).collect();
    assert_eq!(notes, [3, 11]);
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("县财政局", Role::Unmarked), ("县税务局", Role::Unmarked)])
    );
}

/// In a copy with a blank line between every two lines, a field line's
/// list runs on across one blank line: to a line that holds a separator,
/// and to the rest of a name broken at the line's end.
#[test]
fn double_spaced_field_lines() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("genre-double-spaced-field-lines.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[
            ("市住建局", Lead),
            ("市发改局", Joint),
            ("市自然资源和规划局", Joint),
            ("各区(县)政府", Joint)
        ])
    );
    assert!(b.warnings().is_empty(), "{:?}", b.warnings());
}

/// Fields and table columns named with 部门 (and 责任主体, 完成时间) read
/// as those named with 单位 (and 责任单位, 完成时限); what is said about
/// such a field quotes it as written.
#[test]
fn fields_named_with_department() {
    use Role::{Joint, Lead, Sole};
    let b = parse(&fixture("genre-department-fields.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[
            ("区政务服务中心", Lead),
            ("区大数据局", Joint),
            ("各街道", Joint)
        ])
    );
    assert_eq!(roles(&b, "K1.4"), units(&[("区民政局", Sole)]));
    let deadline = |id: &str| b.task(id).unwrap().deadline().unwrap().month();
    assert_eq!(deadline("K1.1"), Some(12));
    assert_eq!(deadline("K2.1"), Some(10));
    assert_eq!(deadline("K3.1"), Some(11));
    assert_eq!(
        roles(&b, "K4.1"),
        units(&[
            ("区应急管理局", Lead),
            ("区消防救援大队", Joint),
            ("各街道", Joint)
        ])
    );
    // The clean copy names the fields as the crate writes them, and reads
    // back the same.
    let clean = b.to_markdown();
    assert!(!clean.contains("部门："), "{clean}");
    assert_eq!(parse(&clean).unwrap().tasks().count(), b.tasks().count());

    let text = "# 2024年杉湾区重点工作责任分解\n## 一、周映雪区长牵头的重点工作\n1. 推进甲。\n牵头部门：区住建局\n完成时间：\n";
    let b = parse(text).unwrap();
    let warning = &b.warnings()[0];
    assert_eq!(*warning.kind(), WarningKind::EmptyField);
    assert_eq!(warning.text(), "完成时间：");
    let text = text.replace("牵头部门：区住建局", "牵头部门：");
    let err = parse(&text).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NoUnits);
    assert_eq!(&text[err.span().range()], "牵头部门：");
}

/// Units before the verb mixed with named fields in one bracket: the
/// leader is no unit, the units before 牵头 lead and those before 配合 or
/// 负责 join, and the deadline after them is read.
#[test]
fn state_council_style_among_named_fields() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("genre-verbs-with-fields.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("市发改委", Lead), ("市财政局", Joint), ("市商务局", Joint)])
    );
    let own = |id: &str| -> Vec<String> {
        let task = b.task(id).unwrap();
        task.own_leaders()
            .iter()
            .map(|l| l.name().to_owned())
            .collect()
    };
    assert_eq!(own("K1.1"), ["钱梦溪"]);
    assert_eq!(own("K1.3"), ["李星野"]);
    let deadline = |id: &str| b.task(id).unwrap().deadline().map(|d| d.text().to_owned());
    assert_eq!(deadline("K1.1"), None);
    assert_eq!(deadline("K1.2").as_deref(), Some("2024年底"));
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("市城管局", Lead), ("市自然资源局", Joint)])
    );
    // The clause runs on to the next line after its lead unit; the task's
    // text stops at the bracket.
    let task = b.task("K1.5").unwrap();
    assert_eq!(task.text(), "开展全民数字素养提升行动。");
    assert_eq!(task.own_leaders()[0].name(), "钱梦溪");
    assert_eq!(task.deadline().unwrap().month(), Some(11));
}

/// A unit list after a field line that runs on to the next lines: the
/// lines belong to the list, a name broken at a line's end is one name,
/// and the task's lines run to the list's last line.
#[test]
fn field_line_lists_that_wrap() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("genre-field-lines-wrapped.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[
            ("县水利局", Lead),
            ("县财政局", Joint),
            ("县卫健局", Joint),
            ("县生态环境分局", Joint),
            ("县农业农村局", Joint),
            ("相关乡镇", Joint),
        ])
    );
    let task = b.task("K1.3").unwrap();
    assert_eq!((task.lines().first(), task.lines().last()), (15, 22));
    assert_eq!(
        task.assignments().last().unwrap().name(),
        "各社区（含新区、开发区）"
    );
    // Each line joined is a repair at that line; across the page break
    // the blank lines around the page number are counted.
    let joined: Vec<(u32, &RepairKind)> = b
        .repairs()
        .iter()
        .filter(|r| r.line() >= 15 && r.line() <= 22)
        .map(|r| (r.line(), r.kind()))
        .collect();
    assert_eq!(
        joined,
        [
            (17, &RepairKind::LineWrapJoined),
            (21, &RepairKind::PageBreakJoined { blank_lines: 2 }),
            (22, &RepairKind::LineWrapJoined),
        ]
    );
    // A short line after a finished list is not read into it: it is
    // skipped, and says so.
    let skipped: Vec<(u32, &str)> = warnings_of(&b, WarningKind::UnrecognizedLine)
        .map(|w| (w.line(), w.text()))
        .collect();
    assert_eq!(skipped, [(33, "产教融合示范园")]);
}

/// Which lines do not continue a list: one after a blank line when the
/// list looked finished, one with a colon, one after a leaders' field,
/// one after a skipped line. Each is skipped with a warning, never read
/// as a unit.
#[test]
fn lines_that_do_not_continue_a_list() {
    let head = "# 2024年晴岚县重点工作责任分解\n## 一、赵晓川县长牵头重点工作\n1. 推进甲。\n";
    for (tail, skipped) in [
        (
            "责任单位：县财政局、县商务局\n\n县水利局、县民政局\n",
            "县水利局、县民政局",
        ),
        (
            "责任单位：县财政局、\n备注：县委办、县人大办\n",
            "备注：县委办、县人大办",
        ),
        ("责任领导：赵晓川、\n孙一苇\n责任单位：县财政局\n", "孙一苇"),
        (
            "责任单位：县财政局\n发布时间：2024-03-01\n县水利局、县民政局\n",
            "县水利局、县民政局",
        ),
    ] {
        let text = format!("{head}{tail}");
        let b = parse(&text).unwrap_or_else(|e| panic!("{tail}: {e}"));
        let names = unit_names(&b);
        assert!(names.iter().all(|n| !n.contains('、')), "{tail}: {names:?}");
        assert!(
            b.warnings().iter().any(|w| w.text() == skipped),
            "{tail}: {:?}",
            b.warnings()
        );
    }
}

/// A name broken at a line's end is one name, and what is said about it
/// points at both of its halves in the text.
#[test]
fn a_name_broken_across_lines_is_placed_across_them() {
    let text = "# 2024年晴岚县重点工作责任分解\n## 一、赵晓川县长牵头重点工作\n1. 推进甲。\n配合单位：县农业农村局、县农业\n农村局、县财政局\n";
    let b = parse(text).unwrap();
    let names = unit_names(&b);
    assert_eq!(names, ["县农业农村局", "县农业农村局", "县财政局"]);
    let twice = b
        .warnings()
        .iter()
        .find(|w| *w.kind() == WarningKind::DuplicateUnit)
        .unwrap();
    assert_eq!(&text[twice.span().range()], "县农业\n农村局");
    assert_eq!((twice.line(), twice.column()), (4, 13));
}

/// A lead marked by a role word after the unit's name, `区科技局（牵头）`
/// (or `(牵头)`, `（牵头单位）`, `(主责)`), in a clause, on a field line and
/// in a table's cell: the unit is the name before it and leads, the others
/// join, as with ▲. `（配合）` says a unit joins. A bracket that is part of
/// a name (`各乡镇（街道）`, `区财政(地税)局`, `区市场监管局（知识产权局）`)
/// is kept. The marker is a role, not text: nothing is reported about it.
#[test]
fn lead_marked_after_the_name() {
    use Role::{Joint, Lead, Unmarked};
    let b = parse(&fixture("genre-lead-suffix.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[
            ("区科技局", Lead),
            ("区经信局", Joint),
            ("区市场监管局（知识产权局）", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("区商务局", Lead), ("区发改局", Joint), ("各街道", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[
            ("区农业农村局", Lead),
            ("区财政(地税)局", Joint),
            ("各乡镇（街道）", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K1.4"),
        units(&[
            ("区应急管理局", Lead),
            ("区住建局", Joint),
            ("区消防救援大队", Joint)
        ])
    );
    // Marked alone, it leads, as `▲区水利局` does.
    assert_eq!(roles(&b, "K1.5"), units(&[("区水利局", Lead)]));
    assert_eq!(
        roles(&b, "K2.1"),
        units(&[
            ("区交通局", Lead),
            ("区公安分局", Joint),
            ("区大数据中心", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K2.2"),
        units(&[("区城管局", Lead), ("各乡镇（街道）", Joint)])
    );
    assert_eq!(
        roles(&b, "K2.3"),
        units(&[("区园林局", Unmarked), ("各街道", Unmarked)])
    );
    // Only the row that marks no lead is warned about; the one repair is
    // the half-width clause of task 3.
    let warned: Vec<(u32, &WarningKind)> =
        b.warnings().iter().map(|w| (w.line(), w.kind())).collect();
    assert_eq!(warned, [(22, &WarningKind::NoLeadUnit)]);
    let repaired: Vec<(u32, &RepairKind)> =
        b.repairs().iter().map(|r| (r.line(), r.kind())).collect();
    assert_eq!(repaired, [(10, &RepairKind::HalfWidthPunctuation)]);
    // The clean copy marks the leads with ▲.
    let clean = b.to_markdown();
    assert!(
        clean.contains("（责任单位：▲区科技局、区经信局、区市场监管局（知识产权局））"),
        "{clean}"
    );

    // The role word must end the name, and a name must stand before it.
    let text = "# 2024年青萝区重点工作责任分解\n## 一、林望舒区长牵头的重点工作\n1. 推进甲。（责任单位：区科技局（牵头）办公室、区经信局）\n";
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("区科技局（牵头）办公室", Unmarked), ("区经信局", Unmarked)])
    );
}

/// Fields on the task's own line after its text, without brackets:
/// `…发展。责任单位：区经信局`, `…更新。牵头单位：…；配合单位：…；完成时限：…`.
/// The task's text is what comes before them; a colon in the text
/// (`目标是：…`) is no field; a list left unfinished runs on to the next
/// line, and field lines may follow.
#[test]
fn fields_after_the_text_on_the_task_line() {
    use Role::{Joint, Lead, Sole, Unmarked};
    let b = parse(&fixture("genre-fields-after-text.md")).unwrap();
    let text = |id: &str| b.task(id).unwrap().text().to_owned();
    let deadline = |id: &str| b.task(id).unwrap().deadline().map(|d| d.text().to_owned());
    assert_eq!(
        text("K1.1"),
        "推进数字经济发展，新增数字经济核心产业企业50家。"
    );
    assert_eq!(roles(&b, "K1.1"), units(&[("区经信局", Sole)]));
    assert_eq!(text("K1.2"), "加快城市更新，完成老旧小区改造12个。");
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[
            ("区住建局", Lead),
            ("区财政局", Joint),
            ("区自然资源局", Joint)
        ])
    );
    assert_eq!(deadline("K1.2").as_deref(), Some("2024年底前"));
    // `目标是：` stays in the text; the fields run over two sentences
    // and, after a separator, on to the next line.
    assert_eq!(
        text("K1.3"),
        "健全营商环境评价机制，目标是：全年企业满意度达到95%以上。"
    );
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[
            ("区发改局", Lead),
            ("区市场监管局", Joint),
            ("区行政审批局", Joint),
            ("各街道（开发区）", Joint)
        ])
    );
    let lines = |id: &str| {
        let r = b.task(id).unwrap().lines();
        (r.first(), r.last())
    };
    assert_eq!(lines("K1.3"), (9, 10));
    // A field line after the fields on the task's line.
    assert_eq!(
        roles(&b, "K1.4"),
        units(&[("区商务局", Lead), ("区投促中心", Joint)])
    );
    assert_eq!(deadline("K1.4").as_deref(), Some("2024年11月底前"));
    assert_eq!(lines("K1.4"), (12, 13));
    // A full stop after the fields only ends the sentence, as after a
    // bracket: it is not in the last unit's name, nor reported.
    assert_eq!(
        roles(&b, "K2.1"),
        units(&[("区卫健局", Unmarked), ("区教育局", Unmarked)])
    );
    let after: Vec<(u32, &str)> = warnings_of(&b, WarningKind::TextAfterClause)
        .map(|w| (w.line(), w.text()))
        .collect();
    assert_eq!(after, []);
    // A colon in the text, the fields on lines of their own.
    assert_eq!(
        text("K2.2"),
        "提升农村饮用水达标率，目标是：达标率保持100%。"
    );
    assert_eq!(
        roles(&b, "K2.2"),
        units(&[("区水利局", Lead), ("区农业农村局", Joint)])
    );
    assert_eq!(unread_lines(&b), Vec::<u32>::new());

    // A colon in the text and no field after it: the task still has no
    // clause, as before.
    let head = "# 2024年鹭屿区重点工作责任分解\n## 一、沈知秋区长牵头的重点工作\n";
    let err = parse(&format!("{head}1. 完善机制，目标是：全区达标。\n")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::MissingResponsibilityClause);
    // Fields that leave a unit's bracket open end in an error there.
    let text = format!("{head}1. 推进甲。责任单位：各乡镇（街道\n");
    let err = parse(&text).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnclosedBracket);
    assert_eq!(&text[err.span().range()], "（");
}

/// Tables of livelihood projects, whose header names each project and
/// what it does: `| 序号 | 项目名称 | 主要内容 | 牵头单位 | 责任单位 |`, with
/// 建设内容 or 目标任务 as the content. The task's text is the name, a
/// colon and the content (the name alone where the content cell is
/// empty); the unit under 牵头单位 leads and those under 责任单位 join.
#[test]
fn livelihood_project_tables() {
    use Role::{Joint, Lead, Sole};
    let b = parse(&fixture("genre-livelihood-project-table.md")).unwrap();
    let texts: Vec<(String, &str)> = b.tasks().map(|t| (t.id().to_string(), t.text())).collect();
    assert_eq!(
        texts,
        [
            (
                "L1.1".to_owned(),
                "老旧小区改造：完成老旧小区改造15个，惠及居民3200户"
            ),
            ("L1.2".to_owned(), "普惠托育扩容：新增普惠性托位300个"),
            ("L1.3".to_owned(), "农村饮水提升：改造农村供水管网80公里"),
            ("L1.4".to_owned(), "社区食堂建设"),
            ("L2.1".to_owned(), "城乡公交一体化：新开通城乡公交线路6条"),
            ("L2.2".to_owned(), "全民健身设施：新建百姓健身房5个"),
            (
                "L3.1".to_owned(),
                "困难群众救助：发放临时救助金不少于500万元"
            ),
            ("L3.2".to_owned(), "放心消费街区：创建放心消费示范街区3条"),
        ]
    );
    assert_eq!(
        roles(&b, "L1.1"),
        units(&[
            ("县住建局", Lead),
            ("县财政局", Joint),
            ("各乡镇（街道）", Joint)
        ])
    );
    assert_eq!(roles(&b, "L1.3"), units(&[("县水利局", Sole)]));
    assert_eq!(
        roles(&b, "L1.4"),
        units(&[("县民政局", Lead), ("县市场监管局", Joint)])
    );
    // 建设内容, a lead marked after its name, a deadline.
    assert_eq!(
        roles(&b, "L2.1"),
        units(&[("县交通运输局", Lead), ("县财政局", Joint)])
    );
    assert_eq!(
        b.task("L2.1").unwrap().deadline().unwrap().month(),
        Some(10)
    );
    // 目标任务; a column not read is reported, not dropped.
    assert_eq!(
        roles(&b, "L3.1"),
        units(&[("县民政局", Lead), ("县财政局", Joint), ("县医保局", Joint)])
    );
    let ignored: Vec<(u32, &str)> = b.warnings().iter().map(|w| (w.line(), w.text())).collect();
    assert_eq!(ignored, [(23, "续建项目")]);
    // The name is no label: labels are the 分块 column's.
    assert!(b.tasks().all(|t| t.label().is_none()));
    let groups = b.parts()[0].groups();
    let table_lines: Vec<&[u32]> = groups.iter().map(|g| g.table_lines()).collect();
    assert_eq!(table_lines, [&[5, 6][..], &[14, 15], &[21, 22]]);
    // The clean copy writes the text whole.
    let clean = b.to_markdown();
    assert!(
        clean.contains("4. 社区食堂建设（责任单位：▲县民政局、县市场监管局）"),
        "{clean}"
    );

    // A row with neither a name nor content fails at the content's cell.
    let text = "# 2024年青崖县民生实事项目责任分解\n| 序号 | 项目名称 | 项目内容 | 责任单位 |\n| --- | --- | --- | --- |\n| 1 |  |  | 县民政局 |\n";
    let err = parse(text).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnreadableTableRow);
    assert_eq!(err.column(), 9);
    // A table that names projects and no content column: the name is the
    // text.
    let text = "# 2024年青崖县民生实事项目责任分解\n| 序号 | 项目名称 | 牵头单位 | 责任单位 |\n| --- | --- | --- | --- |\n| 1 | 老旧小区改造 | 县住建局 | 县财政局 |\n";
    let b = parse(text).unwrap();
    assert_eq!(b.task("L0.1").unwrap().text(), "老旧小区改造");
}

/// A comma before a field's name and its colon separates fields, as `；`
/// does, in a bracket and on a field line: the field after it is no unit.
#[test]
fn fields_separated_by_commas() {
    use Role::{Joint, Lead, Sole};
    let b = parse(&fixture("genre-fields-after-comma.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[
            ("县发改局", Lead),
            ("县商务局", Joint),
            ("县自然资源局", Joint)
        ])
    );
    assert_eq!(roles(&b, "K1.2"), units(&[("县住建局", Sole)]));
    assert_eq!(b.task("K1.2").unwrap().own_leaders()[0].name(), "苏晚亭");
    // 责任单位 beside 配合单位 with no lead named: the responsible unit
    // leads, as with `；`.
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[("县交通局", Lead), ("各乡镇", Joint)])
    );
    assert_eq!(
        b.task("K1.3").unwrap().deadline().unwrap().year(),
        Some(2024)
    );
    assert_eq!(
        roles(&b, "K1.4"),
        units(&[
            ("县自然资源局", Lead),
            ("县农业农村局", Joint),
            ("县财政局", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K1.5"),
        units(&[("县城管局", Lead), ("县供电公司", Joint)])
    );
    // A comma before anything else still separates units.
    let text = concat!(
        "# 2024年重点工作责任分解\n",
        "## 一、王明县长牵头重点工作\n",
        "1. 推进甲。（责任单位：▲县财政局，县商务局）\n",
    );
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("县财政局", Lead), ("县商务局", Joint)])
    );
}

/// 由 before the first unit of the State Council's style is no part of
/// its name.
#[test]
fn state_council_style_with_you() {
    use Role::{Joint, Lead, Sole};
    let b = parse(&fixture("genre-verbs-with-you.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[
            ("县住建局", Lead),
            ("县自然资源局", Joint),
            ("县财政局", Joint)
        ])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("县应急局", Lead), ("县发改局", Joint)])
    );
    assert_eq!(roles(&b, "K1.3"), units(&[("县文广旅体局", Sole)]));
}

/// Verbs after units inside a 责任单位 field or clause: units before 牵头
/// lead and those before 配合 join; units with no verb of their own keep
/// the field's class, so with no lead named they lead beside the units
/// that join, as 责任单位 beside 配合单位 does. No unit is named with its
/// verb.
#[test]
fn verbs_inside_a_responsible_field() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("genre-verbs-in-responsible-field.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("县林业局", Lead), ("各乡镇", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[
            ("县建设局", Lead),
            ("县自然资源局", Lead),
            ("各乡镇人民政府", Joint)
        ])
    );
    assert!(
        !b.warnings()
            .iter()
            .any(|w| matches!(w.kind(), WarningKind::NoLeadUnit))
    );
    assert_eq!(
        roles(&b, "K1.3"),
        units(&[
            ("县农业农村局", Lead),
            ("县科技局", Joint),
            ("县财政局", Joint)
        ])
    );
}

/// 协同单位 and 协作单位 join, 主办单位 and 主责单位 lead (each also named
/// with 部门), and 分管县领导, 分管市领导, 分管区领导 and 联系领导 name
/// the task's leaders.
#[test]
fn more_field_names() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("genre-more-field-names.md")).unwrap();
    let expect = [
        (
            "K1.1",
            "叶知秋",
            vec![
                ("县经信局", Lead),
                ("县自然资源局", Joint),
                ("县住建局", Joint),
            ],
        ),
        (
            "K1.2",
            "程远山",
            vec![("县水利局", Lead), ("各乡镇", Joint)],
        ),
        (
            "K1.3",
            "叶知秋",
            vec![("县大数据中心", Lead), ("县直各部门", Joint)],
        ),
        (
            "K1.4",
            "程远山",
            vec![("县交通局", Lead), ("县公安局", Joint)],
        ),
        (
            "K1.5",
            "叶知秋",
            vec![("县文广旅体局", Lead), ("县教育局", Joint)],
        ),
    ];
    for (id, leader, list) in expect {
        assert_eq!(roles(&b, id), units(&list), "{id}");
        assert_eq!(b.task(id).unwrap().own_leaders()[0].name(), leader, "{id}");
    }
    assert_eq!(unread_lines(&b), Vec::<u32>::new());
}

/// The note that the first-listed unit leads, worded with 首位.
#[test]
fn first_listed_note_with_first_place() {
    use Role::{Joint, Lead};
    let b = parse(&fixture("genre-first-listed-first-place.md")).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("县卫健局", Lead), ("县医保局", Joint), ("县财政局", Joint)])
    );
    assert_eq!(
        roles(&b, "K1.2"),
        units(&[("县住建局", Lead), ("县生态环境分局", Joint)])
    );
    // In a clause too.
    let text = concat!(
        "# 2024年重点工作责任分解\n",
        "## 一、王明县长牵头重点工作\n",
        "1. 推进甲。（责任单位：县财政局、县商务局，排在首位的为牵头单位）\n",
    );
    let b = parse(text).unwrap();
    assert_eq!(
        roles(&b, "K1.1"),
        units(&[("县财政局", Lead), ("县商务局", Joint)])
    );
}
