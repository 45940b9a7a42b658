//! Quantitative targets in task texts (地区生产总值增长 8%以上).
//!
//! Filled in by the targets work; for now only the types exist and
//! extraction finds nothing.

use std::ops::Range;

pub use rust_decimal::Decimal;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A quantitative target stated in a task's text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Target {
    pub(crate) text: String,
    pub(crate) span: Range<usize>,
    pub(crate) indicator: String,
    pub(crate) value: Option<Decimal>,
    pub(crate) unit: Option<String>,
    pub(crate) comparator: Comparator,
    pub(crate) kind: TargetKind,
    pub(crate) base: Option<Quantity>,
    pub(crate) commitment: Commitment,
    pub(crate) part_of: Option<usize>,
}

/// A figure with its unit of measure.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Quantity {
    pub(crate) value: Decimal,
    pub(crate) unit: Option<String>,
}

/// How the target's figure bounds the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Comparator {
    /// 以上, 不少于, 不低于: the figure or more.
    AtLeast,
    /// 超, 超过, 突破: more than the figure.
    MoreThan,
    /// 以内, 以下, 不超过: the figure or less.
    AtMost,
    /// 低于: less than the figure.
    LessThan,
    /// 左右, 约: about the figure.
    About,
    /// A bare figure.
    Exactly,
}

/// What kind of target it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TargetKind {
    /// An amount or count.
    Amount,
    /// Growth (增长, 增速).
    Growth,
    /// Decrease (下降, 降低, 减少).
    Decrease,
    /// A rate or share level (率, 占比, 覆盖面).
    Share,
    /// A change from a base to a level (由 X 提高到 Y).
    Change,
}

/// How firmly the target is committed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Commitment {
    /// 确保: must be met.
    Firm,
    /// 力争, 争取: strive for.
    Strive,
    /// No qualifier.
    Plain,
}

/// The targets stated in a task text.
pub(crate) fn extract(_text: &str) -> Vec<Target> {
    Vec::new()
}
