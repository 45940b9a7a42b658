//! The leader × unit matrix: task counts by role for every leader group
//! and unit, as flat rows for the CSV export.

use std::collections::BTreeMap;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::Index;
use crate::model::{PartKind, Role};
use crate::units::UnitKind;

use super::leaders;

/// One cell of the leader × unit matrix: a unit's tasks in one leader
/// group, by role. A flat row for CSV export.
///
/// # Example
///
/// ```
/// let rows: Vec<_> = yiwu_duties::index().leader_unit_matrix().collect();
/// let row = rows.iter().find(|r| r.group == 2 && r.unit == "发改局").unwrap();
/// assert_eq!((row.leaders.as_str(), row.lead, row.sole, row.joint), ("喻新贵", 13, 1, 5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct LeaderUnitRow {
    /// `key_work` or `livelihood`.
    pub part: PartKind,
    /// The leader group's ordinal within its part.
    pub group: u32,
    /// The group's leaders' names, joined with 、.
    pub leaders: String,
    /// The unit's canonical registry name ([`crate::units`]): a unit the
    /// document writes in several ways (行政执法局, 执法局) has one row per
    /// group, under its canonical name.
    pub unit: String,
    /// The unit's English gloss, if known.
    pub unit_english: Option<String>,
    /// The unit's kind (`public_body`, `town`, `enterprise`, `collective`).
    pub kind: UnitKind,
    /// Tasks of the group the unit leads (▲).
    pub lead: usize,
    /// Tasks of the group the unit carries alone.
    pub sole: usize,
    /// Tasks of the group the unit joins.
    pub joint: usize,
    /// All tasks of the group naming the unit.
    pub total: usize,
    /// Tasks of the group naming the unit among several with none marked
    /// as lead (last, so the columns before it keep their places).
    pub unmarked: usize,
}

impl Index<'_> {
    /// The leader × unit matrix: for each leader group (in document order)
    /// and each unit it names (in order of first mention in the document),
    /// the unit's tasks in the group by role. Collective placeholders are
    /// included, marked by their kind. Rows are flat, ready for CSV.
    ///
    /// # Example
    ///
    /// ```
    /// let rows: Vec<_> = yiwu_duties::index().leader_unit_matrix().collect();
    /// assert_eq!(rows[0].leaders, "叶帮锐");
    /// assert_eq!(rows[0].unit, "财政局");
    /// assert_eq!((rows[0].lead, rows[0].sole, rows[0].total), (1, 1, 2));
    /// ```
    pub fn leader_unit_matrix(&self) -> impl Iterator<Item = LeaderUnitRow> + '_ {
        let mut rows = Vec::new();
        for part in self.breakdown.parts() {
            for group in part.groups() {
                let mut cells: BTreeMap<usize, [usize; 4]> = BTreeMap::new();
                for t in group.tasks().filter_map(|task| self.position(task)) {
                    for m in &self.by_task[t] {
                        let cell = cells.entry(m.unit).or_default();
                        let slot = match m.role {
                            Role::Lead => 0,
                            Role::Sole => 1,
                            Role::Joint => 2,
                            Role::Unmarked => 3,
                        };
                        cell[slot] += 1;
                    }
                }
                let names = leaders(group);
                for (pos, [lead, sole, joint, unmarked]) in cells {
                    let u = &self.units.as_slice()[pos];
                    rows.push(LeaderUnitRow {
                        part: part.kind(),
                        group: group.ordinal(),
                        leaders: names.clone(),
                        unit: u.name().to_owned(),
                        unit_english: u.english().map(str::to_owned),
                        kind: u.kind(),
                        lead,
                        sole,
                        joint,
                        total: lead + sole + joint + unmarked,
                        unmarked,
                    });
                }
            }
        }
        rows.into_iter()
    }
}
