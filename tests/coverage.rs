//! Nothing is lost silently: every non-blank line of a document that
//! parses ends up in exactly one place. See `common::coverage_faults` for
//! the rule (notice range, heading lines, task ranges, skip warnings; a
//! skipped line inside a range belongs to its warning).

mod common;

use common::coverage_faults;
use yiwu_duties::{WarningKind, parse};

fn assert_covered(name: &str, text: &str) {
    let b = match parse(text) {
        Ok(b) => b,
        Err(err) => panic!("{name} does not parse:\n{err}"),
    };
    assert_eq!(coverage_faults(text, &b), [], "{name}");
}

#[test]
fn seed_lines_are_each_placed_once() {
    assert_covered("the seed", yiwu_duties::SOURCE);
}

/// Every fixture that parses (the error fixtures are for the error
/// snapshots) is covered too.
#[test]
fn fixtures_lines_are_each_placed_once() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            if let Ok(b) = parse(&text) {
                assert_eq!(coverage_faults(&text, &b), [], "{}", path.display());
            }
        }
    }
}

/// Skipped lines of every kind, inside and between tasks, in the notice,
/// and markup-only lines that the parser reads as blank.
const NOISY: &str = "\
**
# 某市人民政府办公室文件
某政办发〔2023〕1号
— 1 —
## 关于印发责任分解的通知
各部门：
现印发给你们，请认真贯彻执行。
#
# 2023 年政府工作报告重点工作责任分解
页眉文字
## 一、张三市长牵头的重点工作
1. 任务一，跨页
- 2 -
继续。（责任单位：▲财政局、、财政局）多余的字
孤立的一行
---
2. 任务二。(责任单位:
***
发改局)
### （一）分项方面
1. 任务三。（责任单位：发改局、统计局）
";

#[test]
fn noisy_document_lines_are_each_placed_once() {
    assert_covered("NOISY", NOISY);
    let b = parse(NOISY).unwrap();
    let skipped: Vec<(u32, &WarningKind)> = b
        .warnings()
        .iter()
        .filter(|w| common::skips_line(w.kind()))
        .map(|w| (w.line(), w.kind()))
        .collect();
    assert_eq!(
        skipped,
        [
            (4, &WarningKind::PageNumber),
            (10, &WarningKind::UnrecognizedLine),
            (13, &WarningKind::PageNumber),
            (15, &WarningKind::UnrecognizedLine),
            (16, &WarningKind::ThematicBreak),
            (18, &WarningKind::ThematicBreak),
        ]
    );
}

#[test]
fn the_rule_catches_a_line_placed_twice_or_not_at_all() {
    // Parse one text, check against another: the difference must show.
    let b = parse(NOISY).unwrap();
    let dropped = NOISY.replacen("孤立的一行", "孤立的一行\n多出的一行", 1);
    assert_ne!(coverage_faults(&dropped, &b), []);
}

#[test]
fn markup_only_lines_are_blank_and_others_are_not() {
    use common::is_blank;
    let blank = ["", "  ", "#", "## ", "**", " ** ", "# **", "\t"];
    let text = [
        "**#", "#**", "#1", "# #", "**a**", "*", "****", "** **", "# ***",
    ];
    assert_eq!(
        blank.iter().filter(|l| !is_blank(l)).collect::<Vec<_>>(),
        Vec::<&&str>::new()
    );
    assert_eq!(
        text.iter().filter(|l| is_blank(l)).collect::<Vec<_>>(),
        Vec::<&&str>::new()
    );
    // The token soup case that told the two apart (with a task: a
    // document that yields none fails to parse).
    let task = "1. 任务。（责任单位：财政局）\n";
    assert_covered("**#", &format!("\n责任分解\n**#\n{task}"));
    assert_covered("****", &format!("\n责任分解\n****\n{task}"));
}
