//! The 2022 Yiwu government work report, broken down into tasks
//! (义政办发〔2022〕20号), as typed static data — and the parser that reads
//! documents of the same genre.
//!
//! ```
//! let b = yiwu_duties::breakdown();
//! let task = b.task("K2.1.1").unwrap();
//! assert_eq!(task.text(), "地区生产总值增长 8%以上。");
//! assert_eq!(task.units()[0].name(), "发改局");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]

mod diagnostics;
mod error;
#[cfg(feature = "serde")]
pub mod export;
mod markdown;
mod model;
mod numerals;
mod parse;
pub mod targets;
pub mod units;

use once_cell::sync::Lazy;

pub use crate::diagnostics::{Repair, RepairKind, Warning, WarningKind};
pub use crate::error::{ErrorKind, ParseError};
pub use crate::model::{
    Area, AsTaskId, Assignment, Breakdown, Date, DateParseError, Leader, LeaderGroup, LineRange,
    Notice, Part, PartKind, Role, Task, TaskId, TaskIdParseError, Title,
};
pub use crate::parse::parse;

/// The embedded source: notice 义政办发〔2022〕20号 exactly as OCR'd, byte
/// for byte the file `seeds/yiwu-2022-breakdown.md`.
///
/// # Example
///
/// ```
/// assert!(yiwu_duties::SOURCE.contains("义政办发〔2022〕20号"));
/// assert_eq!(yiwu_duties::SOURCE.lines().count(), 572);
/// ```
pub const SOURCE: &str = include_str!("../seeds/yiwu-2022-breakdown.md");

static BREAKDOWN: Lazy<Breakdown> = Lazy::new(|| match parse(SOURCE) {
    Ok(breakdown) => breakdown,
    // The embedded text is fixed at compile time and parsed by the test
    // suite, so this cannot happen in a released crate.
    Err(err) => unreachable!("the embedded seed does not parse:\n{err}"),
});

/// The embedded 2022 Yiwu breakdown, parsed once on first use.
///
/// # Example
///
/// ```
/// use yiwu_duties::PartKind;
/// let b = yiwu_duties::breakdown();
/// assert_eq!(b.tasks().count(), 226);
/// assert_eq!(b.tasks().filter(|t| t.id().part() == PartKind::Livelihood).count(), 39);
/// ```
pub fn breakdown() -> &'static Breakdown {
    &BREAKDOWN
}
