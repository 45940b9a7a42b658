//! The speed budget, as ratios measured in one run so that machine noise
//! cancels:
//!
//! - parsing the seed costs at most 30× one plain pass over its lines
//!   (`lines()` with a blank check). The pass is the least any reader of
//!   the document must do, so the ratio tracks the parser's own work
//!   (classifying lines, reading clauses, building the model and its
//!   diagnostics) independently of the machine. The parser is written
//!   plainly with the standard library, not tuned for speed; the budget
//!   leaves room for that and catches a change that makes parsing
//!   several times slower (a quadratic step, say);
//! - a lookup by id or by unit costs the same on a document 100× the
//!   seed's size as on the seed (at most 3×): it scans no list of tasks;
//! - a task running on over 4× as many lines costs at most 6× as much to
//!   parse (linear: 4×), in each form that runs on: its text, a clause
//!   left open, and a list of units after a field line. Each line of a
//!   task is read once, not again with every line after it.
//!
//! Each pair is timed in alternating rounds and compared by medians. Run
//! with `cargo bench --bench budget`; exits non-zero over budget. The
//! memory budget is `benches/heap.rs`; the full timings are the criterion
//! benches `parse` and `queries`.

mod support;

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use yiwu_duties::{Index, SOURCE, parse};

const PARSE_BUDGET: f64 = 30.0;
const LOOKUP_BUDGET: f64 = 3.0;
const LONG_TASK_BUDGET: f64 = 6.0;
const ROUNDS: usize = 31;

/// The time of one call of `f`, measured over a batch long enough (about
/// 2 ms) for the clock's resolution not to matter.
fn time_per_call<R>(f: &mut impl FnMut() -> R) -> Duration {
    let mut batch = 1u32;
    loop {
        let start = Instant::now();
        for _ in 0..batch {
            black_box(f());
        }
        let elapsed = start.elapsed();
        if elapsed >= Duration::from_millis(2) || batch >= 1 << 24 {
            return elapsed / batch;
        }
        batch *= 2;
    }
}

/// Median times of `a` and `b`, timed in alternating rounds, and the
/// ratio of the medians (`b` over `a`).
fn ratio<A, B>(mut a: impl FnMut() -> A, mut b: impl FnMut() -> B) -> (Duration, Duration, f64) {
    let mut times_a = Vec::with_capacity(ROUNDS);
    let mut times_b = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        times_a.push(time_per_call(&mut a));
        times_b.push(time_per_call(&mut b));
    }
    times_a.sort();
    times_b.sort();
    let (ma, mb) = (times_a[ROUNDS / 2], times_b[ROUNDS / 2]);
    (ma, mb, mb.as_secs_f64() / ma.as_secs_f64())
}

fn check(name: &str, (a, b, ratio): (Duration, Duration, f64), budget: f64) -> bool {
    let ok = ratio <= budget;
    println!(
        "{name:<44} {a:>11.3?} vs {b:>11.3?}  ratio {ratio:>6.2}  budget {budget:>5.1}  {}",
        if ok { "ok" } else { "OVER" }
    );
    ok
}

/// A call, as `parse` is: inlined into the timing loop, the pass's code
/// would move with everything around it, and its time with it.
#[inline(never)]
fn plain_pass(text: &str) -> usize {
    text.lines().filter(|l| !l.trim().is_empty()).count()
}

fn main() -> ExitCode {
    let big = parse(&support::synthetic_document(100)).expect("the synthetic document parses");
    let seed = parse(SOURCE).expect("the seed parses");
    let (seed_index, big_index) = (Index::new(&seed), Index::new(&big));

    let mut ok = true;
    ok &= check(
        "parse the seed / plain pass over its lines",
        ratio(
            || plain_pass(black_box(SOURCE)),
            || parse(black_box(SOURCE)).map(|b| b.tasks().count()),
        ),
        PARSE_BUDGET,
    );
    ok &= check(
        "task(id): 100x document / seed",
        ratio(
            || seed.task(black_box("K8.2.8")).map(|t| t.number()),
            || big.task(black_box("K8.2.8")).map(|t| t.number()),
        ),
        LOOKUP_BUDGET,
    );
    ok &= check(
        "workload(unit): 100x document / seed",
        ratio(
            || {
                seed_index
                    .unit(black_box("执法局"))
                    .map(|u| u.workload().total())
            },
            || {
                big_index
                    .unit(black_box("执法局"))
                    .map(|u| u.workload().total())
            },
        ),
        LOOKUP_BUDGET,
    );
    ok &= check(
        "units().get(alias): 100x document / seed",
        ratio(
            || {
                seed_index
                    .units()
                    .get(black_box("矛调中心"))
                    .map(|u| u.name().len())
            },
            || {
                big_index
                    .units()
                    .get(black_box("矛调中心"))
                    .map(|u| u.name().len())
            },
        ),
        LOOKUP_BUDGET,
    );
    for (form, line) in [
        ("text", "加快建设，"),
        ("clause left open", "县单位、"),
        ("field line's list", "县单位、"),
    ] {
        let task = |lines: usize| {
            let (head, tail) = match form {
                "text" => ("1. 修路，\n", "（责任单位：县交通局）\n"),
                "clause left open" => ("1. 修路。（责任单位：\n", "县交通局）\n"),
                _ => ("1. 修路。\n责任单位：\n", "县交通局\n"),
            };
            let body = format!("{line}\n").repeat(lines);
            format!("# 2024年重点工作责任分解\n{head}{body}{tail}")
        };
        let (short, long) = (task(1000), task(4000));
        ok &= check(
            &format!("a task's {form} over 4000 lines / 1000"),
            ratio(
                || parse(black_box(&short)).map(|b| b.tasks().count()),
                || parse(black_box(&long)).map(|b| b.tasks().count()),
            ),
            LONG_TASK_BUDGET,
        );
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        eprintln!("over budget");
        ExitCode::FAILURE
    }
}
