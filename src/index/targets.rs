//! The targets of a whole breakdown: filters by kind, measure, scope and
//! carrying unit, and totals.

use std::collections::HashSet;

use indexmap::IndexMap;

use super::{Index, UnitRef};
use crate::model::Task;
use crate::targets::{Decimal, Scope, Target, TargetKind};

impl Index<'_> {
    /// Every target of every task, in document order, each with its task.
    ///
    /// The returned iterator can be narrowed with [`Targets::of_kind`],
    /// [`Targets::measured_in`], [`Targets::of_scope`] and
    /// [`Targets::carried_by`], and summed with [`Targets::totals`].
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::TargetKind;
    /// let growth: Vec<_> = yiwu_duties::index()
    ///     .targets()
    ///     .of_kind(TargetKind::Growth)
    ///     .map(|t| t.task().id().to_string())
    ///     .collect();
    /// assert_eq!(growth[0], "K2.1.1");
    /// ```
    pub fn targets(&self) -> Targets<'_> {
        let tasks: Vec<(&Task, &[Target])> = self
            .tasks
            .iter()
            .zip(&self.targets)
            .map(|(task, targets)| (*task, targets.as_slice()))
            .collect();
        Targets {
            tasks: tasks.into_iter(),
            current: None,
            target: 0,
            kind: None,
            measure: None,
            scope: None,
        }
    }

    /// Every measure the breakdown's targets are measured in, each once, in
    /// order of first appearance: each target's measure and, where it
    /// differs, its measure as written (`元`, then `亿元` …). Each is a
    /// measure [`Targets::measured_in`] finds targets in.
    ///
    /// # Example
    ///
    /// ```
    /// let index = yiwu_duties::index();
    /// let measures = index.measures();
    /// assert!(measures.contains(&"元") && measures.contains(&"亿元") && measures.contains(&"万元"));
    /// assert!(!measures.contains(&"美元"));
    /// for m in measures {
    ///     assert!(index.targets().measured_in(m).unwrap().next().is_some());
    /// }
    /// ```
    pub fn measures(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for target in self.targets.iter().flatten() {
            for m in [target.measure(), target.measure_as_written()]
                .into_iter()
                .flatten()
            {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        out
    }
}

/// A target with the task that states it.
///
/// # Example
///
/// ```
/// let first = yiwu_duties::index().targets().next().unwrap();
/// assert_eq!(first.task().id().to_string(), "K1.1");
/// assert_eq!(first.target().indicator(), "一般公共预算收入增速");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct TaskTarget<'a> {
    task: &'a Task,
    /// Every target of the task, the one yielded among them.
    all: &'a [Target],
    target: &'a Target,
    index: usize,
}

impl<'a> TaskTarget<'a> {
    /// The task stating the target.
    ///
    /// # Example
    ///
    /// ```
    /// let mut targets = yiwu_duties::index().targets();
    /// let t = targets.find(|t| t.target().indicator() == "地区生产总值").unwrap();
    /// assert_eq!(t.task().id().to_string(), "K2.1.1");
    /// ```
    pub fn task(&self) -> &'a Task {
        self.task
    }

    /// The target.
    ///
    /// # Example
    ///
    /// ```
    /// let t = yiwu_duties::index().targets().next().unwrap();
    /// assert_eq!(t.target().benchmark(), Some("全省平均"));
    /// ```
    pub fn target(&self) -> &'a Target {
        self.target
    }

    /// The target's index in its task's [`targets`](crate::Task::targets).
    ///
    /// # Example
    ///
    /// ```
    /// let mut targets = yiwu_duties::index().targets();
    /// let t = targets.find(|t| t.target().part_of().is_some()).unwrap();
    /// assert_eq!((t.task().id().to_string(), t.index()), ("L6.7".to_owned(), 1));
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// For a part (`其中农村 80 个`), the target it belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// let mut targets = yiwu_duties::index().targets();
    /// let t = targets.find(|t| t.target().part_of().is_some()).unwrap();
    /// assert_eq!(t.parent().unwrap().indicator(), "公交候车亭");
    /// ```
    pub fn parent(&self) -> Option<&'a Target> {
        self.all.get(self.target.part_of()?)
    }
}

/// An iterator over the targets of a breakdown, with filters; made by
/// [`Index::targets`].
///
/// # Example
///
/// ```
/// let yuan = yiwu_duties::index().targets().measured_in("元").unwrap().count();
/// assert!(yuan > 5);
/// ```
#[derive(Debug, Clone)]
pub struct Targets<'a> {
    /// The tasks whose targets are still to be walked, with their targets.
    tasks: std::vec::IntoIter<(&'a Task, &'a [Target])>,
    /// The task whose targets are being yielded.
    current: Option<(&'a Task, &'a [Target])>,
    /// The next target of `current` to look at.
    target: usize,
    kind: Option<TargetKind>,
    measure: Option<String>,
    scope: Option<Scope>,
}

impl<'a> Targets<'a> {
    /// Only targets of the given kind.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::TargetKind;
    /// let mut doubling = yiwu_duties::index().targets().of_kind(TargetKind::Doubling);
    /// assert!(doubling.all(|t| t.target().value().is_none()));
    /// ```
    pub fn of_kind(mut self, kind: TargetKind) -> Targets<'a> {
        self.kind = Some(kind);
        self
    }

    /// Only targets in the given measure: those whose [measure](Target::measure)
    /// (`元`, `%`, `人次`) or [measure as written](Target::measure_as_written)
    /// (`亿元`, `万元`) it is. `measured_in("元")` finds every amount of money
    /// in yuan, however written; `measured_in("亿元")` those written in 亿元.
    /// Surrounding white space is ignored.
    ///
    /// # Errors
    ///
    /// [`UnknownMeasure`] when the crate does not know the measure
    /// ([`is_known_measure`](crate::targets::is_known_measure)): a measure
    /// it could never read is refused, not answered with no target. A
    /// known measure no target uses gives an empty iterator;
    /// [`Index::measures`] lists those in use.
    ///
    /// # Example
    ///
    /// ```
    /// let index = yiwu_duties::index();
    /// let kw = index.targets().measured_in("千瓦").unwrap();
    /// assert!(kw.into_iter().all(|t| t.target().measure() == Some("千瓦")));
    /// // 进口突破 400 亿元 and the others written in 亿元.
    /// let yi: Vec<_> = index.targets().measured_in("亿元").unwrap().collect();
    /// assert!(yi.iter().all(|t| t.target().measure_as_written() == Some("亿元")));
    /// assert!(yi.iter().any(|t| t.task().id().to_string() == "K6.2.5"));
    /// // Known, but no target is in dollars; unknown.
    /// assert_eq!(index.targets().measured_in("美元").unwrap().count(), 0);
    /// assert!(index.targets().measured_in("dollars").is_err());
    /// ```
    pub fn measured_in(mut self, measure: &str) -> Result<Targets<'a>, UnknownMeasure> {
        let measure = measure.trim();
        if !crate::targets::is_known_measure(measure) {
            return Err(UnknownMeasure {
                measure: measure.to_owned(),
            });
        }
        self.measure = Some(measure.to_owned());
        Ok(self)
    }

    /// Only targets of the given scope: amounts for the whole
    /// ([`Scope::Aggregate`]) or levels for each entity
    /// ([`Scope::PerEntity`]).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Scope;
    /// let each: Vec<_> = yiwu_duties::index()
    ///     .targets()
    ///     .of_scope(Scope::PerEntity)
    ///     .map(|t| t.task().id().to_string())
    ///     .collect();
    /// assert_eq!(each, ["K7.2.2"]);
    /// ```
    pub fn of_scope(mut self, scope: Scope) -> Targets<'a> {
        self.scope = Some(scope);
        self
    }

    /// Only targets of tasks the given unit carries (leads, or is named
    /// alone in): the tasks of [`UnitRef::carried`]. Apply it before
    /// iterating; two `carried_by` keep the tasks both units carry.
    ///
    /// # Example
    ///
    /// ```
    /// let index = yiwu_duties::index();
    /// let ids = |unit: &str| -> Vec<String> {
    ///     let unit = index.unit(unit).unwrap();
    ///     index.targets().carried_by(unit).map(|t| t.task().id().to_string()).collect()
    /// };
    /// assert!(ids("发改局").contains(&"K2.1.1".to_owned()));
    /// // L4.10 is written 文旅局, an alias of 文广旅体局.
    /// assert!(ids("文广旅体局").contains(&"L4.10".to_owned()));
    /// ```
    pub fn carried_by(mut self, unit: UnitRef<'_>) -> Targets<'a> {
        // The very tasks the unit carries (not equal ones of another
        // breakdown), in a set so that the filter stays linear.
        let carried: HashSet<*const Task> = unit.carried().map(std::ptr::from_ref).collect();
        let mut kept: Vec<(&'a Task, &'a [Target])> =
            self.current.into_iter().chain(self.tasks).collect();
        kept.retain(|(t, _)| carried.contains(&std::ptr::from_ref(*t)));
        // A task in progress is walked again from its first target.
        self.tasks = kept.into_iter();
        self.current = None;
        self.target = 0;
        self
    }

    /// Totals per measure of the aggregate `amount` targets this iterator
    /// yields, in order of first appearance, each in the normalised
    /// [measure](Target::measure) (`亿元` and `万元` add up in `元`).
    /// Per-entity targets ([`Scope::PerEntity`]: 所有行政村…达 50 万元) are
    /// left out, since a level each village must reach is no part of a
    /// city-wide sum; parts (`其中…`) are left out, since their whole is
    /// counted; other kinds are left out, since growth rates and shares do
    /// not add up. Comparators are not weighed: a total of `at_least` and
    /// `exactly` targets is the sum of their figures.
    ///
    /// # Errors
    ///
    /// [`TotalOverflow`] when a sum does not fit a [`Decimal`] (never for
    /// figures a document of this genre states): a total is exact or an
    /// error, never saturated.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Decimal;
    /// let totals = yiwu_duties::index().targets().totals().unwrap();
    /// let kw = totals.iter().find(|t| t.measure() == "千瓦").unwrap();
    /// assert_eq!(kw.value(), Decimal::from(500_000));
    /// assert_eq!(kw.count(), 1);
    /// ```
    pub fn totals(self) -> Result<Vec<Total>, TotalOverflow> {
        let mut sums: IndexMap<String, Total> = IndexMap::new();
        for t in self {
            let target = t.target();
            if target.kind() != TargetKind::Amount
                || target.scope() != Scope::Aggregate
                || target.part_of().is_some()
            {
                continue;
            }
            let (Some(value), Some(measure)) = (target.value(), target.measure()) else {
                continue;
            };
            let total = sums.entry(measure.to_owned()).or_insert_with(|| Total {
                measure: measure.to_owned(),
                value: Decimal::ZERO,
                count: 0,
            });
            total.value = total
                .value
                .checked_add(value)
                .ok_or_else(|| TotalOverflow {
                    measure: measure.to_owned(),
                })?;
            total.count += 1;
        }
        Ok(sums.into_values().collect())
    }

    fn target_matches(&self, target: &Target) -> bool {
        self.kind.is_none_or(|k| target.kind() == k)
            && self.scope.is_none_or(|s| target.scope() == s)
            && self.measure.as_deref().is_none_or(|m| {
                target.measure() == Some(m) || target.measure_as_written() == Some(m)
            })
    }
}

impl<'a> Iterator for Targets<'a> {
    type Item = TaskTarget<'a>;

    fn next(&mut self) -> Option<TaskTarget<'a>> {
        loop {
            let (task, all) = match self.current {
                Some(current) => current,
                None => {
                    let next = self.tasks.next()?;
                    self.current = Some(next);
                    self.target = 0;
                    next
                }
            };
            let Some(target) = all.get(self.target) else {
                self.current = None;
                continue;
            };
            let index = self.target;
            self.target += 1;
            if self.target_matches(target) {
                return Some(TaskTarget {
                    task,
                    all,
                    target,
                    index,
                });
            }
        }
    }
}

impl std::iter::FusedIterator for Targets<'_> {}

/// The sum of the aggregate `amount` targets in one measure.
///
/// # Example
///
/// ```
/// let totals = yiwu_duties::index().targets().totals().unwrap();
/// assert!(totals.iter().any(|t| t.measure() == "元"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    measure: String,
    value: Decimal,
    count: usize,
}

impl Total {
    /// The measure, as written.
    ///
    /// # Example
    ///
    /// ```
    /// let totals = yiwu_duties::index().targets().measured_in("人次").unwrap().totals().unwrap();
    /// assert_eq!(totals[0].measure(), "人次");
    /// ```
    pub fn measure(&self) -> &str {
        &self.measure
    }

    /// The exact sum of the targets' figures.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Decimal;
    /// let totals = yiwu_duties::index().targets().measured_in("千瓦").unwrap().totals().unwrap();
    /// assert_eq!(totals[0].value(), Decimal::from(500_000));
    /// ```
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// How many targets were summed.
    ///
    /// # Example
    ///
    /// ```
    /// let totals = yiwu_duties::index().targets().measured_in("千瓦").unwrap().totals().unwrap();
    /// assert_eq!(totals[0].count(), 1);
    /// ```
    pub fn count(&self) -> usize {
        self.count
    }
}

/// A total too large for a [`Decimal`]: returned by [`Targets::totals`]
/// rather than a wrong or saturated sum.
///
/// # Example
///
/// ```
/// // The seed's totals fit.
/// assert!(yiwu_duties::index().targets().totals().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the total of the targets measured in {measure} overflows")]
pub struct TotalOverflow {
    measure: String,
}

impl TotalOverflow {
    /// The measure whose total overflowed.
    ///
    /// # Example
    ///
    /// ```
    /// // Two figures of 5·10²⁸ yuan: each fits a Decimal, their sum does not.
    /// let text = "\
    /// # 2023 年政府工作报告重点工作责任分解
    ///
    /// ## 一、陈明市长牵头的重点工作
    ///
    /// 1．新增投资 50000000000000000 万亿元，新增贷款 50000000000000000 万亿元。（责任单位：▲发改局）
    /// ";
    /// let breakdown = yiwu_duties::parse(text).unwrap();
    /// let index = yiwu_duties::Index::new(&breakdown);
    /// let overflow = index.targets().totals().unwrap_err();
    /// assert_eq!(overflow.measure(), "元");
    /// ```
    pub fn measure(&self) -> &str {
        &self.measure
    }
}

/// A measure the crate does not know, refused by
/// [`Targets::measured_in`] rather than answered with no target.
///
/// # Example
///
/// ```
/// let err = yiwu_duties::index().targets().measured_in("furlong").unwrap_err();
/// assert_eq!(err.measure(), "furlong");
/// assert_eq!(err.to_string(), "the crate knows no measure `furlong`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the crate knows no measure `{measure}`")]
pub struct UnknownMeasure {
    measure: String,
}

impl UnknownMeasure {
    /// The measure asked for, trimmed.
    ///
    /// # Example
    ///
    /// ```
    /// let err = yiwu_duties::index().targets().measured_in(" yuan ").unwrap_err();
    /// assert_eq!(err.measure(), "yuan");
    /// ```
    pub fn measure(&self) -> &str {
        &self.measure
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carried_by_takes_aliases() {
        let index = crate::index();
        let ids = |unit: &str| -> Vec<String> {
            let unit = index.unit(unit).unwrap();
            index
                .targets()
                .carried_by(unit)
                .map(|t| t.task().id().to_string())
                .collect()
        };
        // 文旅局 and 文广旅体局 name the same bureau.
        assert_eq!(ids("文旅局"), ids("文广旅体局"));
        assert!(ids("文广旅体局").contains(&"L4.10".to_owned()));
        // Joint units do not carry: 发改局 only joins L4.3.
        assert!(!ids("发改局").contains(&"L4.3".to_owned()));
    }

    #[test]
    fn parts_are_not_totalled() {
        let (b, index) = (crate::breakdown(), crate::index());
        let task = b.task("L6.7").unwrap();
        assert_eq!(task.targets().len(), 2);
        let carrier = index.unit(task.carriers().next().unwrap().name()).unwrap();
        let totals = index
            .targets()
            .carried_by(carrier)
            .measured_in("个")
            .unwrap()
            .totals()
            .unwrap();
        let all: Decimal = index
            .targets()
            .carried_by(carrier)
            .measured_in("个")
            .unwrap()
            .filter(|t| t.target().kind() == TargetKind::Amount && t.target().part_of().is_none())
            .filter_map(|t| t.target().value())
            .sum();
        assert_eq!(totals[0].value(), all);
    }
}
