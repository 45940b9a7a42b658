//! `Breakdown::to_markdown` writes a clean copy that parses back to the
//! same document, line numbers aside.
//!
//! Set `YIWU_CLEAN_COPY=/some/path.md` to write the seed's clean copy out
//! for reading.

mod common;

use common::{NoticeShape, Shape, round_trip};
use yiwu_duties::{Date, parse};

#[test]
fn seed_round_trips() {
    let b = yiwu_duties::breakdown();
    let (before, after, clean) = round_trip(b);
    if let Ok(path) = std::env::var("YIWU_CLEAN_COPY") {
        std::fs::write(path, &clean).unwrap();
    }
    assert_eq!(before, after);
    // The seed's tasks, groups and areas all come back, not just equally
    // few of them.
    assert_eq!(after.tasks().len(), 226);
}

#[test]
fn seed_clean_copy_needs_no_repair_and_is_stable() {
    let clean = yiwu_duties::breakdown().to_markdown();
    let again = parse(&clean).unwrap();
    assert_eq!(again.repairs(), &[]);
    assert_eq!(again.warnings(), &[]);
    assert_eq!(again.to_markdown(), clean);
}

#[test]
fn seed_notice_round_trips() {
    let clean = yiwu_duties::breakdown().to_markdown();
    let notice = Shape::of(&parse(&clean).unwrap()).notice;
    let body = yiwu_duties::breakdown().notice().body().to_vec();
    assert_eq!(
        notice,
        NoticeShape {
            issuer: Some("义乌市人民政府办公室".into()),
            number: Some("义政办发〔2022〕20号".into()),
            title: Some(
                "义乌市人民政府办公室 关于印发 2022 年政府工作报告重点工作责任分解的通知".into()
            ),
            addressees: Some("各镇人民政府，各街道办事处，市政府各部门".into()),
            body,
            signatory: Some("义乌市人民政府办公室".into()),
            date: Date::new(2022, 3, 18),
            published: true,
            ..NoticeShape::default()
        }
    );
    assert_eq!(notice.body.len(), 2);
    // The property tests compare such notices in full.
    assert!(common::notice_is_writable(&notice));
}

#[test]
fn clean_copy_layout() {
    let text = "\
前言没有字段的通知。

# 2024 年民生实事责任分解
#### 二、 李四副市长牵头民生实事
";
    // Group 二 without 一 is out of sequence; start from 一 instead.
    assert!(parse(text).is_err());
    let text = "\
前言没有字段的通知。

# 2024 年民生实事责任分解
#### 一、 李四副市长牵头民生实事
1、 任务一。(责任单位:甲局，▲乙局)
(一) 分项方面
1. 任务二。（责任单位：丙局）
（二）空的
";
    let b = parse(text).unwrap();
    assert_eq!(
        b.to_markdown(),
        "\
前言没有字段的通知。

# 2024 年民生实事责任分解

## 一、李四副市长牵头民生实事

1. 任务一。（责任单位：甲局、▲乙局）

### （一）分项方面

1. 任务二。（责任单位：丙局）

### （二）空的方面
"
    );
    let (before, after, _) = round_trip(&b);
    assert_eq!(before, after);
}

#[test]
fn empty_breakdown_writes_nothing() {
    assert_eq!(yiwu_duties::Breakdown::default().to_markdown(), "");
}

/// Notice text that starts with a heading marker is written so that the
/// marker is kept (found by the token soup round trip: `# #`).
#[test]
fn notice_text_starting_with_a_hash_round_trips() {
    let b =
        parse("# # 第一段。\n\n# #\n# 2022 年重点工作责任分解\n1. 任务。（责任单位：财政局）\n")
            .unwrap();
    assert_eq!(b.notice().body(), ["# 第一段。", "#"]);
    let (before, after, clean) = round_trip(&b);
    assert_eq!(before, after, "{clean}");
}

/// Every form of responsibility the genre writes (field lines, fields in
/// one bracket, the State Council's style, the first-listed rule, task
/// leaders and deadlines) is written back in the canonical clause and
/// reads back the same: units, roles, leaders and deadlines.
#[test]
fn genre_fixtures_round_trip() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("genre-") || !name.ends_with(".md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(b) = parse(&text) else { continue };
        let (before, after, clean) = common::round_trip_without_notice(&b);
        assert_eq!(before, after, "{name}\n--- clean copy ---\n{clean}");
        // The notice's paragraphs are written back only where their form
        // allows (see `common::notice_is_writable`); the rest is stable.
        if common::notice_is_writable(&common::Shape::of(&b).notice) {
            let again = parse(&clean).unwrap();
            assert_eq!(
                again.to_markdown(),
                clean,
                "{name}: the clean copy is stable"
            );
        }
        read += 1;
    }
    assert!(read >= 6, "only {read} genre fixtures read");
}

/// A note that the first-listed unit leads is written where it stood:
/// between two groups it still leaves the tasks before it unmarked, and
/// an attachment label is written before its part's title.
#[test]
fn notes_and_attachment_labels_round_trip() {
    use yiwu_duties::Role;
    let text = concat!(
        "附件1\n",
        "# 2024年重点工作责任分解\n",
        "## 一、张三市长牵头的重点工作\n",
        "1. 甲。（责任单位：财政局、税务局）\n",
        "（列第一位的为牵头单位，下同）\n",
        "## 二、李四副市长牵头的重点工作\n",
        "1. 乙。（责任单位：交通局、住建局）\n",
    );
    let b = parse(text).unwrap();
    let roles = |b: &yiwu_duties::Breakdown, id: &str| -> Vec<Role> {
        b.task(id)
            .unwrap()
            .assignments()
            .iter()
            .map(|a| a.role())
            .collect()
    };
    assert_eq!(roles(&b, "K1.1"), [Role::Unmarked, Role::Unmarked]);
    assert_eq!(roles(&b, "K2.1"), [Role::Lead, Role::Joint]);
    let (before, after, clean) = round_trip(&b);
    assert_eq!(before, after, "{clean}");
    assert!(
        clean.contains("附件1\n\n# 2024年重点工作责任分解\n"),
        "{clean}"
    );
    let again = parse(&clean).unwrap();
    assert_eq!(roles(&again, "K1.1"), [Role::Unmarked, Role::Unmarked]);
    assert_eq!(again.to_markdown(), clean);
}
