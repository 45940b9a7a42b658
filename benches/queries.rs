//! Queries on the embedded breakdown: by id, by unit, and the targets
//! filters, each on the seed and on a synthetic document 100× its size, so
//! that a lookup that scanned all tasks would show as a 100× slowdown.
//! Also the one-off costs: parsing the seed (the first access of
//! `breakdown()` is exactly this parse), reading every task's targets (the
//! first targets query) and building the unit index (the first unit query).

mod support;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use yiwu_duties::targets::TargetKind;
use yiwu_duties::{Breakdown, Index, SOURCE, parse};

fn documents() -> Vec<(&'static str, Breakdown)> {
    let big = parse(&support::synthetic_document(100)).expect("synthetic document parses");
    let seed = parse(SOURCE).expect("seed parses");
    vec![("1x", seed), ("100x", big)]
}

/// The documents' indexes, built outside the measurements.
fn indexes<'b>(docs: &'b [(&'static str, Breakdown)]) -> Vec<(&'static str, Index<'b>)> {
    docs.iter()
        .map(|(size, doc)| (*size, Index::new(doc)))
        .collect()
}

fn first_access(c: &mut Criterion) {
    let mut group = c.benchmark_group("first_access");
    group.bench_function("parse_seed", |b| {
        b.iter(|| parse(black_box(SOURCE)).map(|b| b.tasks().count()))
    });
    group.bench_function("extract_all_targets", |b| {
        let seed = parse(SOURCE).expect("seed parses");
        let texts: Vec<&str> = seed.tasks().map(|t| t.text()).collect();
        b.iter(|| {
            texts
                .iter()
                .map(|text| yiwu_duties::targets::extract(black_box(text)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("build_index", |b| {
        let seed = parse(SOURCE).expect("seed parses");
        b.iter(|| Index::new(black_box(&seed)).units().len())
    });
    group.finish();
}

fn lookups(c: &mut Criterion) {
    let docs = documents();
    let mut group = c.benchmark_group("lookup");
    for (size, index) in &indexes(&docs) {
        group.bench_with_input(BenchmarkId::new("task", size), index, |b, index| {
            b.iter(|| {
                index
                    .breakdown()
                    .task(black_box("K8.2.8"))
                    .map(|t| t.number())
            })
        });
        group.bench_with_input(BenchmarkId::new("workload", size), index, |b, index| {
            b.iter(|| {
                index
                    .unit(black_box("执法局"))
                    .map(|u| u.workload().total())
            })
        });
        group.bench_with_input(BenchmarkId::new("role_in", size), index, |b, index| {
            let task = index.breakdown().task("K2.1.4").expect("task exists");
            let unit = index.unit("义乌港").expect("unit exists");
            b.iter(|| unit.role_in(black_box(task)))
        });
    }
    group.finish();
}

/// Queries whose answer grows with the document: their cost should grow
/// with the answer, not with a scan of everything.
fn listings(c: &mut Criterion) {
    let docs = documents();
    let mut group = c.benchmark_group("listing");
    for (size, index) in &indexes(&docs) {
        group.bench_with_input(BenchmarkId::new("carried", size), index, |b, index| {
            b.iter(|| index.unit(black_box("民航站")).map(|u| u.carried().count()))
        });
        group.bench_with_input(BenchmarkId::new("joined", size), index, |b, index| {
            b.iter(|| index.unit(black_box("民航站")).map(|u| u.joined().count()))
        });
    }
    group.finish();
}

/// The targets filters walk every task's targets: their cost grows with
/// the document, which the 1x / 100x pair shows.
fn target_filters(c: &mut Criterion) {
    let docs = documents();
    let mut group = c.benchmark_group("targets");
    for (size, index) in &indexes(&docs) {
        group.bench_with_input(
            BenchmarkId::new("of_kind_growth", size),
            index,
            |b, index| {
                b.iter(|| {
                    index
                        .targets()
                        .of_kind(black_box(TargetKind::Growth))
                        .count()
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("carried_by", size), index, |b, index| {
            let unit = index.unit("发改局").expect("unit exists");
            b.iter(|| index.targets().carried_by(black_box(unit)).count())
        });
        group.bench_with_input(BenchmarkId::new("totals_in_ge", size), index, |b, index| {
            b.iter(|| {
                index
                    .targets()
                    .measured_in(black_box("个"))
                    .expect("个 is a known measure")
                    .totals()
                    .map(|t| t.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, first_access, lookups, listings, target_filters);
criterion_main!(benches);
