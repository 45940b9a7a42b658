//! Property tests: the parser holds on documents nobody here has seen.
//!
//! 1. Arbitrary strings never panic; errors point inside the input.
//! 2. Mutations of the seed (delete, truncate, duplicate a line, swap
//!    bracket widths, turn brackets round, drop brackets, splice in ▲, #,
//!    digits, Chinese numerals, page numbers and line breaks) give `Ok` or
//!    an in-range error.
//! 3. Generated documents of this genre, written with OCR noise, parse
//!    back to exactly the model they were generated from.
//! 4. A parsed document round-trips through `to_markdown`.
//!
//! Whenever a parse succeeds, every non-blank line is also checked to be
//! placed exactly once (see `common::coverage_faults`), and every warning
//! and repair to point inside the input.
//!
//! Case counts keep the whole file to a few seconds in debug builds.
//! Failures are persisted to `proptest-regressions/robustness.txt`.

mod common;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

use common::generate::{document, expected, render};
use common::{
    Shape, coverage_faults, diagnostic_faults, error_fault, first_difference, notice_is_writable,
    round_trip, round_trip_without_notice,
};
use yiwu_duties::{ErrorKind, WarningKind, parse, parse_all};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/robustness.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// Everything checked of any parse: errors point inside the input; a
/// document that parses places each line once and reports in range.
fn check_any(text: &str) -> Result<(), TestCaseError> {
    // Every error reported at once: the first is `parse`'s, each points
    // into the text; a document without errors gives the same data, every
    // line placed once and every diagnostic inside the text.
    match (parse(text), parse_all(text)) {
        (Ok(one), Ok(all)) => {
            prop_assert_eq!(&one, &all);
            prop_assert_eq!(coverage_faults(text, &one), vec![]);
            prop_assert_eq!(diagnostic_faults(text, &one), Vec::<String>::new());
        }
        (Err(first), Err(all)) => {
            prop_assert_eq!(&all[0], &first);
            for err in &all {
                let fault = error_fault(text, err);
                prop_assert!(fault.is_none(), "{}\n{err}", fault.unwrap_or_default());
            }
        }
        (one, all) => prop_assert!(
            false,
            "parse {:?} but parse_all {:?}",
            one.is_ok(),
            all.is_ok()
        ),
    }
    Ok(())
}

/// A document that parses survives its clean copy, which needs no
/// repair: structure and tasks always, the notice whenever its form
/// allows (see `common::notice_is_writable`).
fn check_round_trip(text: &str) -> Result<(), TestCaseError> {
    if let Ok(b) = parse(text) {
        let (before, after) = if notice_is_writable(&Shape::of(&b).notice) {
            let (before, after, clean) = round_trip(&b);
            let repairs = parse(&clean).map(|again| again.repairs().to_vec());
            prop_assert_eq!(repairs, Ok(vec![]), "{}", clean);
            (before, after)
        } else {
            let (before, after, _) = round_trip_without_notice(&b);
            (before, after)
        };
        let diff = first_difference(&before, &after);
        prop_assert!(diff.is_none(), "{}", diff.unwrap_or_default());
    }
    Ok(())
}

// ---------------------------------------------------------------------
// 1. Arbitrary strings.

/// Pieces of this genre's syntax, so that random text reaches deep into
/// the parser rather than stopping at "no part heading".
const TOKENS: &[&str] = &[
    "\n",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\t",
    "#",
    "# ",
    "## ",
    "**",
    "▲",
    "1",
    "2",
    "12",
    ". ",
    ".",
    "．",
    "、",
    "一",
    "二",
    "十",
    "〇",
    "（",
    "）",
    "(",
    ")",
    "〈",
    "〉",
    "[",
    "]",
    "责任单位",
    "责",
    "任单位",
    "：",
    ":",
    "，",
    "。",
    "-",
    "—",
    " 3 ",
    "---",
    "***",
    "重点工作",
    "民生实事",
    "责任分解",
    "方面",
    "牵头",
    "市长",
    "副市长",
    "常委",
    "文件",
    "通知",
    "2022年3月18日",
    "号",
    "〔2022〕",
    "公开发布",
    "发改局",
    "任务",
    "a",
    "€",
    "\u{200b}",
    "\u{2028}",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..120).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(config(384))]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check_any(&text)?;
    }

    #[test]
    fn token_soup_never_panics(text in token_soup()) {
        check_any(&text)?;
        check_round_trip(&text)?;
    }
}

// ---------------------------------------------------------------------
// 2. Mutations of the seed.

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize),
    Truncate(usize, usize),
    Duplicate(usize),
    /// Swap every bracket and colon in the line to the other width.
    SwapWidths(usize),
    /// Turn every bracket of the line the other way round: `（` ↔ `）`.
    FlipBrackets(usize),
    /// Remove the n-th bracket of the line.
    DropBracket(usize, usize),
    /// Insert a token at a character position.
    Splice(usize, usize, &'static str),
}

const SPLICES: &[&str] = &[
    "▲",
    "**▲**",
    "#",
    "# ",
    "### ",
    "1",
    "7",
    "12",
    "3. ",
    "一",
    "十二",
    "二、",
    "（一）",
    "、",
    "（",
    "）",
    "(",
    ")",
    "：",
    "- 5 -",
    "\n",
    "\n\n",
    "\n— 9 —\n",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0..600usize;
    prop_oneof![
        at.clone().prop_map(Mutation::Delete),
        (at.clone(), 0..200usize).prop_map(|(l, c)| Mutation::Truncate(l, c)),
        at.clone().prop_map(Mutation::Duplicate),
        at.clone().prop_map(Mutation::SwapWidths),
        at.clone().prop_map(Mutation::FlipBrackets),
        (at.clone(), 0..4usize).prop_map(|(l, n)| Mutation::DropBracket(l, n)),
        (at, 0..200usize, prop::sample::select(SPLICES))
            .prop_map(|(l, c, s)| Mutation::Splice(l, c, s)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let char_at = |s: &str, c: usize| s.char_indices().nth(c).map_or(s.len(), |(i, _)| i);
    for m in mutations {
        if lines.is_empty() {
            break;
        }
        let n = lines.len();
        match *m {
            Mutation::Delete(l) => {
                lines.remove(l % n);
            }
            Mutation::Truncate(l, c) => {
                let line = &mut lines[l % n];
                let at = char_at(line, c % (line.chars().count() + 1));
                line.truncate(at);
            }
            Mutation::Duplicate(l) => {
                let line = lines[l % n].clone();
                lines.insert(l % n, line);
            }
            Mutation::SwapWidths(l) => {
                let swapped = lines[l % n]
                    .chars()
                    .map(|c| match c {
                        '（' => '(',
                        '）' => ')',
                        '(' => '（',
                        ')' => '）',
                        '：' => ':',
                        ':' => '：',
                        c => c,
                    })
                    .collect();
                lines[l % n] = swapped;
            }
            Mutation::FlipBrackets(l) => {
                let flipped = lines[l % n]
                    .chars()
                    .map(|c| match c {
                        '（' => '）',
                        '）' => '（',
                        '(' => ')',
                        ')' => '(',
                        c => c,
                    })
                    .collect();
                lines[l % n] = flipped;
            }
            Mutation::DropBracket(l, k) => {
                let line = &mut lines[l % n];
                let brackets: Vec<usize> = line
                    .char_indices()
                    .filter(|(_, c)| "（）()".contains(*c))
                    .map(|(i, _)| i)
                    .collect();
                if !brackets.is_empty() {
                    let at = brackets[k % brackets.len()];
                    line.remove(at);
                }
            }
            Mutation::Splice(l, c, s) => {
                let line = &mut lines[l % n];
                let at = char_at(line, c % (line.chars().count() + 1));
                line.insert_str(at, s);
            }
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(config(192))]

    #[test]
    fn seed_mutations_parse_or_fail_in_range(
        mutations in prop::collection::vec(mutation(), 1..5)
    ) {
        let text = mutate(yiwu_duties::SOURCE, &mutations);
        check_any(&text)?;
        check_round_trip(&text)?;
    }
}

// ---------------------------------------------------------------------
// 3. Generated documents of this genre: `common::generate` draws them,
// writes them with OCR noise and gives the model each must parse to.

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn generated_documents_parse_to_their_model(doc in document()) {
        let text = render(&doc);
        // A document without a task fails to parse rather than give an
        // empty result.
        if expected(&doc).tasks().is_empty() {
            let kind = parse(&text).map(|_| ()).map_err(|e| e.kind());
            prop_assert_eq!(kind, Err(ErrorKind::NoTasks), "{}", text);
            return Ok(());
        }
        let b = match parse(&text) {
            Ok(b) => b,
            Err(err) => return Err(TestCaseError::fail(format!("{err}\n---\n{text}"))),
        };
        prop_assert_eq!(Shape::of(&b).without_targets(), expected(&doc), "{}", text);
        prop_assert_eq!(coverage_faults(&text, &b), vec![]);
        prop_assert_eq!(diagnostic_faults(&text, &b), Vec::<String>::new());
        // The only remarks are skipped page numbers and stray lines,
        // leaderless tasks and notice fields the generator left out.
        let unexpected: Vec<String> = b
            .warnings()
            .iter()
            .filter(|w| {
                !matches!(
                    w.kind(),
                    WarningKind::PageNumber
                        | WarningKind::UnrecognizedLine
                        | WarningKind::ThematicBreak
                        | WarningKind::NoLeadUnit
                        | WarningKind::MissingNoticeField { .. }
                )
            })
            .map(ToString::to_string)
            .collect();
        prop_assert_eq!(unexpected, Vec::<String>::new(), "{}", text);
    }

    // -----------------------------------------------------------------
    // 4. Round trip through `to_markdown`.

    #[test]
    fn generated_documents_round_trip(doc in document()) {
        let text = render(&doc);
        // A document without a task fails to parse rather than give an
        // empty result.
        if expected(&doc).tasks().is_empty() {
            let kind = parse(&text).map(|_| ()).map_err(|e| e.kind());
            prop_assert_eq!(kind, Err(ErrorKind::NoTasks), "{}", text);
            return Ok(());
        }
        let b = match parse(&text) {
            Ok(b) => b,
            Err(err) => return Err(TestCaseError::fail(format!("{err}\n---\n{text}"))),
        };
        let (before, after, clean) = round_trip(&b);
        prop_assert_eq!(before, after, "{}", clean);
        let again = parse(&clean).unwrap();
        prop_assert_eq!(again.repairs(), &[]);
        prop_assert_eq!(again.to_markdown(), clean);
    }
}
