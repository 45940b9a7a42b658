//! The parse of the embedded seed and of every fixture, snapshotted, and the
//! counts and roles the notice is known to have.

mod common;

use std::collections::BTreeMap;
use std::panic;
use std::path::{Path, PathBuf};

use common::render;
use yiwu_duties::{ErrorKind, PartKind, RepairKind, Role, Title, WarningKind, breakdown, parse};

/// The whole parsed seed, one line per structural element and task, read
/// against `seeds/yiwu-2022-breakdown.md` line by line.
#[test]
fn seed_snapshot() {
    insta::assert_snapshot!("seed", render(breakdown()));
}

/// Each fixture: the parse of a repaired construct, or the error in both its
/// forms (one line, then the report). Snapshotted as
/// `parse__fixtures@<file>.snap` with the fixture as input file, as insta's
/// `glob!` names them; listed with `read_dir` so that insta's `glob`
/// feature (globset and regex, a large share of a first build) stays out
/// of the dev-dependencies. Every fixture is checked before a failure is
/// reported, as `glob!` does.
#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {}", dir.display());
    let failed: Vec<String> = paths
        .iter()
        .filter(|path| panic::catch_unwind(|| check_fixture(path)).is_err())
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "failing fixtures:\n{}",
        failed.join("\n")
    );
}

fn check_fixture(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy();
    let mut settings = insta::Settings::clone_current();
    settings.set_input_file(path);
    settings.set_snapshot_suffix(name.as_ref());
    settings.bind(|| match parse(&text) {
        Ok(b) => {
            assert!(!name.starts_with("error-"), "{name} should fail to parse");
            insta::assert_snapshot!("fixtures", render(&b));
        }
        Err(e) => {
            assert!(name.starts_with("error-"), "{name} should parse, got:\n{e}");
            insta::assert_snapshot!("fixtures", format!("{e}\n\n{e:#}"));
        }
    });
}

#[test]
fn counts_226_tasks_187_key_work_and_39_livelihood() {
    let b = breakdown();
    assert_eq!(b.tasks().count(), 226);
    let by_part = |kind| b.tasks().filter(|t| t.id().part() == kind).count();
    assert_eq!(by_part(PartKind::KeyWork), 187);
    assert_eq!(by_part(PartKind::Livelihood), 39);
}

/// Tasks per group, and per area where the group has areas, as counted by
/// hand from the seed.
#[test]
fn counts_per_group_and_area() {
    let b = breakdown();
    let shape = |kind| -> Vec<(u32, usize, Vec<usize>)> {
        b.part(kind)
            .unwrap()
            .groups()
            .iter()
            .map(|g| {
                (
                    g.ordinal(),
                    g.tasks().count(),
                    g.areas().iter().map(|a| a.tasks().len()).collect(),
                )
            })
            .collect()
    };
    assert_eq!(
        shape(PartKind::KeyWork),
        [
            (1, 2, vec![]),
            (2, 36, vec![10, 5, 9, 8, 4]),
            (3, 33, vec![14, 12, 7]),
            (4, 4, vec![]),
            (5, 18, vec![7, 6, 5]),
            (6, 49, vec![12, 17, 10, 10]),
            (7, 24, vec![3, 7, 10, 4]),
            (8, 21, vec![13, 8]),
        ]
    );
    assert_eq!(
        shape(PartKind::Livelihood),
        [
            (1, 1, vec![]),
            (2, 7, vec![]),
            (3, 1, vec![]),
            (4, 16, vec![]),
            (5, 5, vec![]),
            (6, 9, vec![])
        ]
    );
}

#[test]
fn leaders_and_titles() {
    let b = breakdown();
    let key = b.part(PartKind::KeyWork).unwrap();
    let leaders = |g: u32| -> Vec<(String, Vec<Title>)> {
        key.group(g)
            .unwrap()
            .leaders()
            .iter()
            .map(|l| (l.name().to_owned(), l.titles().to_vec()))
            .collect()
    };
    assert_eq!(
        leaders(3),
        [(
            "虞秀军".to_owned(),
            vec![Title::StandingCommitteeMember, Title::ViceMayor]
        )]
    );
    let six: Vec<String> = leaders(6).into_iter().map(|l| l.0).collect();
    assert_eq!(six, ["葛巧棣", "王炜", "张超"]);
    assert_eq!(
        leaders(7),
        [
            ("罗祖盘".to_owned(), vec![Title::ViceMayor]),
            ("王宇".to_owned(), vec![Title::PartyGroupMember])
        ]
    );
    assert_eq!(
        leaders(2),
        [("喻新贵".to_owned(), vec![Title::ExecutiveViceMayor])]
    );
}

#[test]
fn roles_follow_the_lead_marker() {
    let b = breakdown();
    let mut multi_lead = 0;
    for task in b.tasks() {
        let units = task.assignments();
        let leads = units.iter().filter(|a| a.role() == Role::Lead).count();
        if units.len() > 1 {
            assert!(leads >= 1, "{} has several units and no lead", task.id());
            assert!(
                units.iter().all(|a| a.role() != Role::Sole),
                "{}",
                task.id()
            );
        } else {
            assert_eq!(units[0].role(), Role::Sole, "{}", task.id());
        }
        multi_lead += usize::from(leads > 1);
    }
    assert_eq!(multi_lead, 60);
    let roles = |id: &str| -> Vec<(String, Role)> {
        b.task(id)
            .unwrap()
            .assignments()
            .iter()
            .map(|a| (a.name().to_owned(), a.role()))
            .collect()
    };
    assert_eq!(roles("K1.1"), [("财政局".to_owned(), Role::Sole)]);
    assert_eq!(
        roles("K2.2.3"),
        [
            ("发改局".to_owned(), Role::Lead),
            ("农业农村局".to_owned(), Role::Lead)
        ]
    );
    assert_eq!(roles("K2.4.8")[0], ("消防支队".to_owned(), Role::Lead));
}

#[test]
fn task_ids_follow_the_scheme() {
    let b = breakdown();
    assert_eq!(
        b.task("K2.1.1").unwrap().text(),
        "地区生产总值增长 8%以上。"
    );
    assert_eq!(b.task("K1.2").unwrap().lines().first(), 31);
    assert_eq!(
        b.task("L4.9").unwrap().text(),
        "为全市 60 周岁以上户籍老年人免费接种流感疫苗 10 万剂次。"
    );
    let ids: Vec<String> = b.tasks().map(|t| t.id().to_string()).collect();
    assert_eq!(ids.first().map(String::as_str), Some("K1.1"));
    assert_eq!(ids.last().map(String::as_str), Some("L6.9"));
    for (i, t) in b.tasks().enumerate() {
        assert_eq!(
            b.task(t.id()).map(|found| found.id()),
            Some(t.id()),
            "lookup of task {i}"
        );
    }
}

/// The seed's known noise, each repaired and reported at its line.
#[test]
fn seed_reports_only_the_known_repairs() {
    let b = breakdown();
    assert!(b.warnings().is_empty(), "{:#?}", b.warnings());
    let mut by_kind: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for r in b.repairs() {
        let key = match r.kind() {
            RepairKind::PageBreakJoined { .. } => "page break",
            RepairKind::LineWrapJoined => "line wrap",
            RepairKind::RepeatedCharacter { .. } => "repeated character",
            RepairKind::MarkdownRemoved => "markdown",
            RepairKind::HalfWidthPunctuation => "half-width",
            RepairKind::HeadingLevel { .. } => "heading level",
            other => panic!("unexpected repair {other:?}"),
        };
        by_kind.entry(key.to_owned()).or_default().push(r.line());
    }
    let lines = |k: &str| by_kind.get(k).cloned().unwrap_or_default();
    assert_eq!(
        lines("page break"),
        [
            17, 64, 84, 106, 132, 158, 178, 198, 254, 278, 300, 324, 344, 406
        ]
    );
    assert_eq!(lines("line wrap"), [18, 459]);
    assert_eq!(lines("repeated character"), [106, 198]);
    assert_eq!(
        lines("heading level"),
        [
            52, 88, 152, 202, 212, 214, 230, 288, 354, 386, 402, 426, 467, 508
        ]
    );
    assert_eq!(lines("markdown").len(), 8);
    assert_eq!(by_kind.get("half-width").map(Vec::len), Some(134));
}

#[test]
fn errors_point_at_the_offending_task() {
    let text = "# 2023 年政府工作报告重点工作责任分解\n## 一、张三市长牵头的重点工作\n1. 甲。（责任单位：财政局）\n2. 乙，没有责任单位。\n\n3. 丙。（责任单位：财政局）\n";
    let err = parse(text).unwrap_err();
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ErrorKind::MissingResponsibilityClause, 4, 1)
    );
    // The span covers the whole task, which runs to the next one.
    assert_eq!(&text[err.span().range()], "2. 乙，没有责任单位。");
    assert_eq!(
        err.to_string(),
        "task has no responsibility clause (（责任单位：…）) at line 4, column 1"
    );
}

/// Every diagnostic's span starts where its line and column say, and lies
/// on character boundaries of the text.
#[test]
fn spans_start_at_the_line_and_column() {
    let mut texts: Vec<String> = vec![yiwu_duties::SOURCE.to_owned()];
    for entry in std::fs::read_dir("tests/fixtures").unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    for text in &texts {
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let check = |what: String, span: yiwu_duties::Span, line: u32, column: u32| {
            assert!(text.get(span.range()).is_some(), "{what}: {span:?}");
            let line_start = starts[line as usize - 1];
            let before = &text[line_start..span.start()];
            assert_eq!(before.chars().count() + 1, column as usize, "{what}");
            assert!(!before.contains('\n'), "{what}");
        };
        match parse(text) {
            Ok(b) => {
                for r in b.repairs() {
                    check(r.to_string(), r.span(), r.line(), r.column());
                }
                for w in b.warnings() {
                    check(w.to_string(), w.span(), w.line(), w.column());
                }
            }
            Err(e) => check(e.to_string(), e.span(), e.line(), e.column()),
        }
    }
}

/// What each kind of diagnostic's span covers.
#[test]
fn spans_cover_the_offending_text() {
    let head = "# 2022 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n";
    let covered = |body: &str| -> String {
        let text = format!("{head}{body}");
        let err = parse(&text).unwrap_err();
        text[err.span().range()].to_owned()
    };
    assert_eq!(covered("2. 任务。（责任单位：财政局）\n"), "2");
    assert_eq!(covered("1. 任务。（责任单位：〈财政局\n"), "〈");
    assert_eq!(
        covered("1. 任务。（责任\n\n单位：）\n"),
        "（责任\n\n单位：）"
    );
    assert_eq!(covered("### （二）方面\n"), "（二）方面");

    let text = format!("{head}1. 任务。(责任单位:发改局、\n\n财政局、、\n经信局)其他\n— 3 —\n");
    let b = parse(&text).unwrap();
    let spans: Vec<(String, &str)> = b
        .repairs()
        .iter()
        .map(|r| format!("{:?}", r.kind()))
        .zip(b.repairs().iter().map(|r| &text[r.span().range()]))
        .collect();
    assert_eq!(
        spans,
        [
            (
                "HalfWidthPunctuation".to_owned(),
                "(责任单位:发改局、\n\n财政局、、\n经信局)"
            ),
            (
                "PageBreakJoined { blank_lines: 1 }".to_owned(),
                "财政局、、"
            ),
            ("LineWrapJoined".to_owned(), "经信局)其他"),
        ]
    );
    let warned: Vec<(&WarningKind, &str)> = b
        .warnings()
        .iter()
        .map(|w| (w.kind(), &text[w.span().range()]))
        .collect();
    assert_eq!(
        warned,
        [
            (
                &WarningKind::NoLeadUnit,
                "(责任单位:发改局、\n\n财政局、、\n经信局)"
            ),
            (&WarningKind::EmptyUnit, ""),
            (&WarningKind::TextAfterClause, "其他"),
            (&WarningKind::PageNumber, "— 3 —"),
        ]
    );
}

#[test]
fn task_ids_parse_and_reject() {
    use yiwu_duties::TaskId;
    let ok = |s: &str| s.parse::<TaskId>().map(|id| id.to_string());
    assert_eq!(ok("K2.1.1").as_deref(), Ok("K2.1.1"));
    assert_eq!(ok("l4.9").as_deref(), Ok("L4.9"));
    for bad in [
        "",
        "K",
        "K1",
        "K1.",
        "K.1",
        "K1..2",
        "K1.2.3.4",
        "X1.2",
        "K+1.2",
        "K1.2a",
        "K99999999999.1",
        "K1.２",
    ] {
        assert!(bad.parse::<TaskId>().is_err(), "{bad:?} parsed");
    }
}

/// A stray bracket inside a clause is pointed at itself, not at the
/// clause's own bracket; every error of a document comes in one pass.
#[test]
fn errors_point_at_the_stray_bracket_and_come_all_at_once() {
    let head = "# 2023 年政府工作报告重点工作责任分解\n## 一、张三市长牵头的重点工作\n";
    let err = parse(&format!("{head}1. 任务。（责任单位：▲财政局（、各镇街）\n")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnclosedBracket);
    assert_eq!((err.line(), err.column()), (3, 17));
    // Without a closer at the end, the clause's own bracket is the one open.
    let err = parse(&format!("{head}1. 任务。（责任单位：▲财政局、各镇街\n")).unwrap_err();
    assert_eq!((err.line(), err.column()), (3, 7));

    let text = format!(
        "{head}1. 甲。\n2. 乙。（责任单位：财政局\n3. 丙。（责任单位：财政局）\n5. 丁。（责任单位：财政局）\n"
    );
    let all = yiwu_duties::parse_all(&text).unwrap_err();
    let found: Vec<(ErrorKind, u32)> = all.iter().map(|e| (e.kind(), e.line())).collect();
    assert_eq!(
        found,
        [
            (ErrorKind::MissingResponsibilityClause, 3),
            (ErrorKind::UnclosedBracket, 4),
            (
                ErrorKind::TaskOutOfSequence {
                    expected: 4,
                    found: 5
                },
                6
            ),
        ]
    );
    assert_eq!(parse(&text).unwrap_err(), all[0]);
}
