//! The memory budget: the heap size of the parsed model (tasks with their
//! targets) and of its index is at most 10× the seed's bytes. Counted with dhat's allocator (heap usage testing
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

    let before = dhat::HeapStats::get();
    let parsed = yiwu_duties::parse(source).expect("the seed parses");
    let after_parse = dhat::HeapStats::get();
    // Targets are read while parsing; the index is built beside the data.
    let targets: usize = parsed.tasks().map(|t| t.targets().len()).sum();
    let index = yiwu_duties::Index::new(&parsed);
    let units = index.units().len();
    let after_index = dhat::HeapStats::get();

    let model = after_parse.curr_bytes - before.curr_bytes;
    let index_bytes = after_index.curr_bytes - after_parse.curr_bytes;
    let seed = source.len();
    let ratio = (model + index_bytes) as f64 / seed as f64;
    let blocks = after_parse.curr_blocks - before.curr_blocks;
    println!("seed                     {seed:>8} bytes");
    println!("model ({targets} targets)  {model:>8} bytes in {blocks} blocks");
    println!("index ({units} units)      {index_bytes:>8} bytes");
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
