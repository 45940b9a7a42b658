//! The units a unit shares tasks with, and the tasks with several leads.

use std::collections::BTreeMap;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::UnitRef;
use crate::units::UnitKind;

/// A unit another unit shares tasks with.
///
/// # Example
///
/// ```
/// let top = yiwu_duties::index().unit("发改局").unwrap().collaborators().next().unwrap();
/// assert_eq!(top.unit(), "自规局");
/// assert_eq!(top.shared(), top.while_carrying() + top.while_joining());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Collaborator {
    unit: String,
    kind: UnitKind,
    shared: usize,
    while_carrying: usize,
    while_joining: usize,
    they_carry: usize,
}

impl Collaborator {
    /// The collaborator's canonical name.
    ///
    /// # Example
    ///
    /// ```
    /// let top = yiwu_duties::index().unit("商城集团").unwrap().collaborators().next().unwrap();
    /// assert_eq!(top.unit(), "市场发展委");
    /// ```
    pub fn unit(&self) -> &str {
        &self.unit
    }

    /// The collaborator's kind (never collective: placeholders are left
    /// out).
    ///
    /// # Example
    ///
    /// ```
    /// let all: Vec<_> = yiwu_duties::index().unit("发改局").unwrap().collaborators().collect();
    /// assert!(all.iter().all(|c| !c.kind().is_collective()));
    /// ```
    pub fn kind(&self) -> UnitKind {
        self.kind
    }

    /// Tasks naming both units.
    ///
    /// # Example
    ///
    /// ```
    /// let top = yiwu_duties::index().unit("发改局").unwrap().collaborators().next().unwrap();
    /// assert!(top.shared() > 10);
    /// ```
    pub fn shared(&self) -> usize {
        self.shared
    }

    /// Shared tasks that the queried unit carries (lead or sole).
    ///
    /// # Example
    ///
    /// ```
    /// let top = yiwu_duties::index().unit("发改局").unwrap().collaborators().next().unwrap();
    /// assert!(top.while_carrying() <= top.shared());
    /// ```
    pub fn while_carrying(&self) -> usize {
        self.while_carrying
    }

    /// Shared tasks that the queried unit does not carry: it joins them, or
    /// is listed among several with none marked as lead.
    ///
    /// # Example
    ///
    /// ```
    /// let top = yiwu_duties::index().unit("发改局").unwrap().collaborators().next().unwrap();
    /// assert!(top.while_joining() <= top.shared());
    /// ```
    pub fn while_joining(&self) -> usize {
        self.while_joining
    }

    /// Shared tasks that the collaborator carries (lead or sole).
    ///
    /// # Example
    ///
    /// ```
    /// let top = yiwu_duties::index().unit("发改局").unwrap().collaborators().next().unwrap();
    /// assert!(top.they_carry() <= top.shared());
    /// ```
    pub fn they_carry(&self) -> usize {
        self.they_carry
    }
}

impl<'a> UnitRef<'a> {
    /// The named units this unit shares tasks with, most shared tasks
    /// first (then most shared while this unit carries, then order of
    /// first mention), each split by this unit's role. Collective
    /// placeholders are left out.
    ///
    /// # Example
    ///
    /// ```
    /// let unit = yiwu_duties::index().unit("发改局").unwrap();
    /// let top = unit.collaborators().next().unwrap();
    /// assert_eq!(top.unit(), "自规局");
    /// assert_eq!(top.shared(), 22);
    /// ```
    pub fn collaborators(&self) -> impl Iterator<Item = Collaborator> + 'a {
        let index = self.index();
        let mut found: BTreeMap<usize, Collaborator> = BTreeMap::new();
        for (t, mine) in index.mentions_of(self.pos()) {
            for other in &index.by_task[t] {
                let u = &index.units.as_slice()[other.unit];
                if other.unit == self.pos() || u.is_collective() {
                    continue;
                }
                let c = found.entry(other.unit).or_insert_with(|| Collaborator {
                    unit: u.name().to_owned(),
                    kind: u.kind(),
                    shared: 0,
                    while_carrying: 0,
                    while_joining: 0,
                    they_carry: 0,
                });
                c.shared += 1;
                if mine.role.carries() {
                    c.while_carrying += 1;
                } else {
                    c.while_joining += 1;
                }
                if other.role.carries() {
                    c.they_carry += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, Collaborator)> = found.into_iter().collect();
        ranked.sort_by_key(|(p, c)| {
            (
                std::cmp::Reverse(c.shared),
                std::cmp::Reverse(c.while_carrying),
                *p,
            )
        });
        ranked.into_iter().map(|(_, c)| c)
    }
}
