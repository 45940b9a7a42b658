//! The memory budget: the parsed model's heap size is at most 10× the
//! seed's bytes. Counted with dhat's allocator (heap usage testing mode),
//! so this bench has its own binary: the counting allocator would distort
//! the timings of the others.
//!
//! Run with `cargo bench --bench heap`; exits non-zero over budget.

use std::process::ExitCode;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

const BUDGET: f64 = 10.0;

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; nothing to configure here.
    let _profiler = dhat::Profiler::builder().testing().build();
    let source = yiwu_duties::SOURCE;

    let before = dhat::HeapStats::get();
    let parsed = yiwu_duties::parse(source).expect("the seed parses");
    let after_parse = dhat::HeapStats::get();
    // The unit index is built on the first unit query and lives with the
    // breakdown, so it counts towards the model's size.
    let units = parsed.units().len();
    let after_index = dhat::HeapStats::get();

    let model = after_parse.curr_bytes - before.curr_bytes;
    let index = after_index.curr_bytes - after_parse.curr_bytes;
    let peak = after_index.max_bytes;
    let seed = source.len();
    let ratio = (model + index) as f64 / seed as f64;
    println!("seed:                {seed:>8} bytes");
    println!(
        "model after parse:   {model:>8} bytes in {} blocks",
        after_parse.curr_blocks - before.curr_blocks
    );
    println!("unit index ({units} units): {index:>8} bytes");
    println!("peak while parsing:  {peak:>8} bytes");
    println!("model + index / seed = {ratio:.2} (budget {BUDGET})");
    drop(parsed);
    if ratio <= BUDGET {
        ExitCode::SUCCESS
    } else {
        eprintln!("over the memory budget");
        ExitCode::FAILURE
    }
}
