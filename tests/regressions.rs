//! Regression tests for parser bugs found by the robustness tests, each
//! named after its input.

mod common;

use common::coverage_faults;
use yiwu_duties::{parse, RepairKind, WarningKind};

/// Regression: a page number in the notice used to become body text, and
/// a paragraph broken around it read `…建成— 2 —世界…`.
#[test]
fn page_number_in_notice_is_skipped_with_a_warning() {
    let text = "\
全力开启高质量高水平建成

— 2 —

世界小商品之都新征程。
# 2022 年政府工作报告重点工作责任分解
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
