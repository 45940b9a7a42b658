//! The memory budget: the heap size of the parsed model and of its index
//! (units, roles and every task's targets) is at most 10× the seed's
//! bytes. Tables the crate builds once per process are not counted. Counted with dhat's allocator (heap usage testing
//! mode), so this bench has its own binary: the counting allocator would
//! distort the timings of the others.
//!
//! Run with `cargo bench --bench heap`; exits non-zero over budget.

use std::process::ExitCode;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

const BUDGET: f64 = 10.0;

fn main() -> ExitCode {
    let _profiler = dhat::Profiler::builder().testing().build();
    let source = yiwu_duties::SOURCE;

    // The crate's own tables (the target rules' word searchers, the
    // curated unit registry, title lists) are built once per process, not
    // per document: built here first so that only the document's heap is
    // counted.
    let warm_up = "# 2023 年重点工作责任分解\n## 一、张三市长牵头的重点工作\n\
                   1. 增长 8%以上。（责任单位：▲发改局、统计局）\n";
    if let Ok(b) = yiwu_duties::parse(warm_up) {
        let _ = yiwu_duties::Index::new(&b).units().len();
    }

    let before = dhat::HeapStats::get();
    let parsed = yiwu_duties::parse(source).expect("the seed parses");
    let after_parse = dhat::HeapStats::get();
    // The index reads every task's targets as it is built.
    let index = yiwu_duties::Index::new(&parsed);
    let targets: usize = index.targets().count();
    let units = index.units().len();
    let after_index = dhat::HeapStats::get();

    let model = after_parse.curr_bytes - before.curr_bytes;
    let index_bytes = after_index.curr_bytes - after_parse.curr_bytes;
    let seed = source.len();
    let ratio = (model + index_bytes) as f64 / seed as f64;
    let blocks = after_parse.curr_blocks - before.curr_blocks;
    println!("seed                     {seed:>8} bytes");
    println!("model                    {model:>8} bytes in {blocks} blocks");
    println!("index ({units} units, {targets} targets) {index_bytes:>8} bytes");
    println!(
        "peak                     {:>8} bytes",
        after_index.max_bytes
    );
    println!("all of it / seed = {ratio:.2} (budget {BUDGET})");
    drop(index);
    drop(parsed);
    if ratio <= BUDGET {
        ExitCode::SUCCESS
    } else {
        eprintln!("over the memory budget");
        ExitCode::FAILURE
    }
}
