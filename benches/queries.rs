//! Queries on the embedded breakdown: by id, by unit, and the targets
//! filters, each on the seed and on a synthetic document 100× its size, so
//! that a lookup that scanned all tasks would show as a 100× slowdown.
//! Also the one-off costs: parsing the seed (the first access of
//! `breakdown()` is exactly this parse), reading every task's targets (the
//! first targets query) and building the unit index (the first unit query).

mod support;

use std::hint::black_box;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use yiwu_duties::targets::TargetKind;
use yiwu_duties::{Breakdown, SOURCE, parse};

fn documents() -> Vec<(&'static str, Breakdown)> {
    let big = parse(&support::synthetic_document(100)).expect("synthetic document parses");
    let seed = parse(SOURCE).expect("seed parses");
    // Build the unit indexes outside the measurements.
    let _ = (seed.units().len(), big.units().len());
    vec![("1x", seed), ("100x", big)]
}

fn first_access(c: &mut Criterion) {
    let mut group = c.benchmark_group("first_access");
    group.bench_function("parse_seed", |b| {
        b.iter(|| parse(black_box(SOURCE)).map(|b| b.tasks().count()))
    });
    group.bench_function("read_all_targets", |b| {
        b.iter_batched(
            || parse(SOURCE).expect("seed parses"),
            |b| b.tasks().map(|t| t.targets().len()).sum::<usize>(),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("build_unit_index", |b| {
        b.iter_batched(
            || parse(SOURCE).expect("seed parses"),
            |b| b.units().len(),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn lookups(c: &mut Criterion) {
    let docs = documents();
    let mut group = c.benchmark_group("lookup");
    for (size, doc) in &docs {
        group.bench_with_input(BenchmarkId::new("task", size), doc, |b, doc| {
            b.iter(|| doc.task(black_box("K8.2.8")).map(|t| t.number()))
        });
        group.bench_with_input(BenchmarkId::new("workload", size), doc, |b, doc| {
            b.iter(|| doc.workload(black_box("执法局")).map(|w| w.total()))
        });
        group.bench_with_input(BenchmarkId::new("role_of", size), doc, |b, doc| {
            let task = doc.task("K2.1.4").expect("task exists");
            b.iter(|| task.role_of(black_box("义乌港")))
        });
    }
    group.finish();
}

/// Queries whose answer grows with the document: their cost should grow
/// with the answer, not with a scan of everything.
fn listings(c: &mut Criterion) {
    let docs = documents();
    let mut group = c.benchmark_group("listing");
    for (size, doc) in &docs {
        group.bench_with_input(BenchmarkId::new("tasks_led_by", size), doc, |b, doc| {
            b.iter(|| doc.tasks_led_by(black_box("民航站")).map(|t| t.len()))
        });
        group.bench_with_input(BenchmarkId::new("tasks_joined_by", size), doc, |b, doc| {
            b.iter(|| doc.tasks_joined_by(black_box("民航站")).map(|t| t.len()))
        });
    }
    group.finish();
}

/// The targets filters walk every task's targets: their cost grows with
/// the document, which the 1x / 100x pair shows.
fn target_filters(c: &mut Criterion) {
    let docs = documents();
    for (_, doc) in &docs {
        let _ = doc.targets().count(); // read the targets outside the measurements
    }
    let mut group = c.benchmark_group("targets");
    for (size, doc) in &docs {
        group.bench_with_input(BenchmarkId::new("of_kind_growth", size), doc, |b, doc| {
            b.iter(|| doc.targets().of_kind(black_box(TargetKind::Growth)).count())
        });
        group.bench_with_input(BenchmarkId::new("led_by", size), doc, |b, doc| {
            b.iter(|| doc.targets().led_by(black_box("发改局")).count())
        });
        group.bench_with_input(BenchmarkId::new("totals_in_ge", size), doc, |b, doc| {
            b.iter(|| doc.targets().measured_in(black_box("个")).totals().len())
        });
    }
    group.finish();
}

criterion_group!(benches, first_access, lookups, listings, target_filters);
criterion_main!(benches);
