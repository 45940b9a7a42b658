//! The registry of responsible units: canonical names, aliases, kinds.
//!
//! Filled in by the unit-registry work.

/// The per-breakdown index of units to tasks, built once on first query.
#[derive(Debug, Clone, Default)]
pub(crate) struct UnitIndex;
