//! Queries over the targets of a whole breakdown: every target with its
//! task, filters by kind, unit of measure and responsible unit, and totals
//! per unit of measure.

use indexmap::IndexMap;

use super::{Decimal, Target, TargetKind};
use crate::model::{Breakdown, Task};

impl Breakdown {
    /// Every target of every task, in document order, each with its task.
    ///
    /// The returned iterator can be narrowed with [`Targets::of_kind`],
    /// [`Targets::measured_in`] and [`Targets::led_by`], and summed with
    /// [`Targets::totals`].
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::TargetKind;
    /// let b = yiwu_duties::breakdown();
    /// let growth: Vec<_> = b
    ///     .targets()
    ///     .of_kind(TargetKind::Growth)
    ///     .map(|t| t.task().id().to_string())
    ///     .collect();
    /// assert_eq!(growth[0], "K2.1.1");
    /// ```
    pub fn targets(&self) -> Targets<'_> {
        Targets {
            breakdown: self,
            tasks: Scope::All(self.tasks.iter()),
            current: None,
            target: 0,
            kind: None,
            unit: None,
        }
    }
}

/// A target with the task that states it.
///
/// # Example
///
/// ```
/// let b = yiwu_duties::breakdown();
/// let first = b.targets().next().unwrap();
/// assert_eq!(first.task().id().to_string(), "K1.1");
/// assert_eq!(first.target().indicator(), "一般公共预算收入增速");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct TaskTarget<'a> {
    task: &'a Task,
    target: &'a Target,
    index: usize,
}

impl<'a> TaskTarget<'a> {
    /// The task stating the target.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let t = b.targets().find(|t| t.target().indicator() == "地区生产总值").unwrap();
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
    /// let b = yiwu_duties::breakdown();
    /// let t = b.targets().next().unwrap();
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
    /// let b = yiwu_duties::breakdown();
    /// let t = b.targets().find(|t| t.target().part_of().is_some()).unwrap();
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
    /// let b = yiwu_duties::breakdown();
    /// let t = b.targets().find(|t| t.target().part_of().is_some()).unwrap();
    /// assert_eq!(t.parent().unwrap().indicator(), "公交候车亭");
    /// ```
    pub fn parent(&self) -> Option<&'a Target> {
        self.task.targets().get(self.target.part_of?)
    }
}

/// An iterator over the targets of a breakdown, with filters; made by
/// [`Breakdown::targets`].
///
/// # Example
///
/// ```
/// let b = yiwu_duties::breakdown();
/// let yuan = b.targets().measured_in("元").count();
/// assert!(yuan > 5);
/// ```
#[derive(Debug, Clone)]
pub struct Targets<'a> {
    breakdown: &'a Breakdown,
    tasks: Scope<'a>,
    /// The task whose targets are being yielded.
    current: Option<&'a Task>,
    /// The next target of `current` to look at.
    target: usize,
    kind: Option<TargetKind>,
    unit: Option<String>,
}

/// The tasks whose targets are walked: all of them, or the ones a unit
/// leads (found through the unit index, not by a scan of every task).
#[derive(Debug, Clone)]
enum Scope<'a> {
    All(std::slice::Iter<'a, Task>),
    Listed(std::vec::IntoIter<&'a Task>),
}

impl<'a> Scope<'a> {
    fn next_task(&mut self) -> Option<&'a Task> {
        match self {
            Scope::All(tasks) => tasks.next(),
            Scope::Listed(tasks) => tasks.next(),
        }
    }
}

impl<'a> Targets<'a> {
    /// Only targets of the given kind.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::TargetKind;
    /// let b = yiwu_duties::breakdown();
    /// assert!(b.targets().of_kind(TargetKind::Doubling).all(|t| t.target().value().is_none()));
    /// ```
    pub fn of_kind(mut self, kind: TargetKind) -> Targets<'a> {
        self.kind = Some(kind);
        self
    }

    /// Only targets in the given unit of measure, as written (`元`, `%`,
    /// `人次`).
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// assert!(b.targets().measured_in("千瓦").all(|t| t.target().unit() == Some("千瓦")));
    /// ```
    pub fn measured_in(mut self, unit: &str) -> Targets<'a> {
        self.unit = Some(unit.to_owned());
        self
    }

    /// Only targets of tasks the given unit leads (marked ▲, or the sole
    /// unit listed), by its canonical name or any alias: the tasks of
    /// [`Breakdown::tasks_led_by`], found through the unit index. Apply it
    /// before iterating; two `led_by` keep the tasks both units lead.
    ///
    /// # Example
    ///
    /// ```
    /// let b = yiwu_duties::breakdown();
    /// let ids: Vec<_> = b.targets().led_by("发改局").map(|t| t.task().id().to_string()).collect();
    /// assert!(ids.contains(&"K2.1.1".to_owned()));
    /// // L4.10 is written 文旅局, an alias of 文广旅体局.
    /// let ids: Vec<_> = b.targets().led_by("文广旅体局").map(|t| t.task().id().to_string()).collect();
    /// assert!(ids.contains(&"L4.10".to_owned()));
    /// ```
    pub fn led_by(mut self, unit: &str) -> Targets<'a> {
        // Through the unit index: the tasks the unit carries, not a test of
        // every task.
        let mut led = self.breakdown.tasks_led_by(unit).unwrap_or_default();
        if let Scope::Listed(before) = &self.tasks {
            // A second `led_by` keeps the tasks both units carry.
            let before: Vec<&Task> = before.clone().collect();
            led.retain(|t| before.iter().any(|b| std::ptr::eq(*b, *t)));
        }
        self.tasks = Scope::Listed(led.into_iter());
        self.current = None;
        self.target = 0;
        self
    }
    /// Totals per unit of measure of the `amount` targets this iterator
    /// yields, in order of first appearance. Parts (`其中…`) are left out,
    /// since their whole is counted; other kinds are left out, since growth
    /// rates and shares do not add up. Comparators are not weighed: a total
    /// of `at_least` and `exactly` targets is the sum of their figures.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Decimal;
    /// let b = yiwu_duties::breakdown();
    /// let totals = b.targets().totals();
    /// let kw = totals.iter().find(|t| t.unit() == "千瓦").unwrap();
    /// assert_eq!(kw.value(), Decimal::from(500_000));
    /// assert_eq!(kw.count(), 1);
    /// ```
    pub fn totals(self) -> Vec<Total> {
        let mut sums: IndexMap<String, Total> = IndexMap::new();
        for t in self {
            let target = t.target();
            if target.kind() != TargetKind::Amount || target.part_of().is_some() {
                continue;
            }
            let (Some(value), Some(unit)) = (target.value(), target.unit()) else {
                continue;
            };
            let total = sums.entry(unit.to_owned()).or_insert_with(|| Total {
                unit: unit.to_owned(),
                value: Decimal::ZERO,
                count: 0,
            });
            // Saturate rather than panic on absurd inputs.
            total.value = total.value.checked_add(value).unwrap_or(Decimal::MAX);
            total.count += 1;
        }
        sums.into_values().collect()
    }

    fn target_matches(&self, target: &Target) -> bool {
        self.kind.is_none_or(|k| target.kind() == k)
            && self
                .unit
                .as_deref()
                .is_none_or(|u| target.unit() == Some(u))
    }
}

impl<'a> Iterator for Targets<'a> {
    type Item = TaskTarget<'a>;

    fn next(&mut self) -> Option<TaskTarget<'a>> {
        loop {
            let task = match self.current {
                Some(task) => task,
                None => {
                    let task = self.tasks.next_task()?;
                    self.current = Some(task);
                    self.target = 0;
                    task
                }
            };
            let Some(target) = task.targets().get(self.target) else {
                self.current = None;
                continue;
            };
            let index = self.target;
            self.target += 1;
            if self.target_matches(target) {
                return Some(TaskTarget {
                    task,
                    target,
                    index,
                });
            }
        }
    }
}

impl std::iter::FusedIterator for Targets<'_> {}

/// The sum of the `amount` targets in one unit of measure.
///
/// # Example
///
/// ```
/// let b = yiwu_duties::breakdown();
/// let totals = b.targets().totals();
/// assert!(totals.iter().any(|t| t.unit() == "元"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    unit: String,
    value: Decimal,
    count: usize,
}

impl Total {
    /// The unit of measure, as written.
    ///
    /// # Example
    ///
    /// ```
    /// let totals = yiwu_duties::breakdown().targets().measured_in("人次").totals();
    /// assert_eq!(totals[0].unit(), "人次");
    /// ```
    pub fn unit(&self) -> &str {
        &self.unit
    }

    /// The exact sum of the targets' figures.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::targets::Decimal;
    /// let totals = yiwu_duties::breakdown().targets().measured_in("千瓦").totals();
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
    /// let totals = yiwu_duties::breakdown().targets().measured_in("千瓦").totals();
    /// assert_eq!(totals[0].count(), 1);
    /// ```
    pub fn count(&self) -> usize {
        self.count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn led_by_takes_aliases() {
        let b = crate::breakdown();
        let ids = |unit: &str| -> Vec<String> {
            b.targets()
                .led_by(unit)
                .map(|t| t.task().id().to_string())
                .collect()
        };
        // 文旅局 and 文广旅体局 name the same bureau.
        assert_eq!(ids("文旅局"), ids("文广旅体局"));
        assert!(ids("文广旅体局").contains(&"L4.10".to_owned()));
        // Joint units do not lead: 发改局 only joins L4.3.
        assert!(!ids("发改局").contains(&"L4.3".to_owned()));
        assert!(ids("no such unit").is_empty());
    }

    #[test]
    fn parts_are_not_totalled() {
        let b = crate::breakdown();
        let task = b.task("L6.7").unwrap();
        assert_eq!(task.targets().len(), 2);
        let led: Vec<_> = task.leads().map(|a| a.name().to_owned()).collect();
        let totals = b.targets().led_by(&led[0]).measured_in("个").totals();
        let all: Decimal = b
            .targets()
            .led_by(&led[0])
            .measured_in("个")
            .filter(|t| t.target().kind() == TargetKind::Amount && t.target().part_of().is_none())
            .filter_map(|t| t.target().value())
            .sum();
        assert_eq!(totals[0].value(), all);
    }
}
