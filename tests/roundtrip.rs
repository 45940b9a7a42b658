//! `Breakdown::to_markdown` writes a clean copy that parses back to the
//! same document, line numbers aside.

mod common;

use common::round_trip;

#[test]
fn seed_round_trips() {
    let b = yiwu_duties::breakdown();
    let (before, after, clean) = round_trip(b);
    if let Ok(path) = std::env::var("YIWU_CLEAN_COPY") {
        std::fs::write(path, &clean).unwrap();
    }
    assert_eq!(before, after);
}
