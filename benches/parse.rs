//! Parsing: the embedded seed, a plain pass over its lines as the yardstick
//! (the budget: parsing costs at most 30× that pass), and synthetic
//! documents 1×, 10× and 100× the seed's size to show linear growth
//! (constant time per byte across sizes).

mod support;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use yiwu_duties::{SOURCE, parse};

/// One plain pass over the lines with a blank check: the cheapest possible
/// reading of the document, which every parser must at least do.
fn plain_pass(text: &str) -> usize {
    text.lines().filter(|l| !l.trim().is_empty()).count()
}

fn seed(c: &mut Criterion) {
    let mut group = c.benchmark_group("seed");
    group.throughput(Throughput::Bytes(SOURCE.len() as u64));
    group.bench_function("plain_pass", |b| b.iter(|| plain_pass(black_box(SOURCE))));
    group.bench_function("parse", |b| {
        b.iter(|| parse(black_box(SOURCE)).map(|b| b.tasks().count()))
    });
    group.finish();
}

fn synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthetic");
    group.sample_size(20);
    for times in [1u32, 10, 100] {
        let text = support::synthetic_document(times);
        let tasks = parse(&text).map(|b| b.tasks().count()).unwrap_or(0);
        assert_eq!(
            tasks,
            226 * times as usize,
            "the synthetic document must parse whole"
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("parse", format!("{times}x")),
            &text,
            |b, text| b.iter(|| parse(black_box(text)).map(|b| b.tasks().count())),
        );
    }
    group.finish();
}

criterion_group!(benches, seed, synthetic);
criterion_main!(benches);
