//! Invariants of the embedded 2022 Yiwu data, each its own test.
//!
//! Not here yet: "every alias resolves to a unit in the registry" needs
//! the unit registry (the units work) and is added when that lands.

use std::collections::{BTreeMap, HashSet};

use yiwu_duties::{Role, Task, breakdown, index};

fn tasks() -> impl Iterator<Item = &'static Task> {
    breakdown().tasks()
}

#[test]
fn task_ids_are_unique() {
    let mut seen = HashSet::new();
    let twice: Vec<String> = tasks()
        .filter(|t| !seen.insert(t.id()))
        .map(|t| t.id().to_string())
        .collect();
    assert_eq!(twice, Vec::<String>::new());
    assert_eq!(seen.len(), 226);
}

/// Inside each group with no areas, and inside each area, tasks are
/// numbered 1, 2, 3, … with no gap; group and area ordinals likewise.
#[test]
fn numbering_is_contiguous_in_every_group_and_area() {
    let b = breakdown();
    let mut sequences: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for part in b.parts() {
        let key = part.kind().letter().to_string();
        sequences.insert(
            format!("{key} groups"),
            part.groups().iter().map(|g| g.ordinal()).collect(),
        );
        for group in part.groups() {
            let key = format!("{key}{}", group.ordinal());
            let loose = group.tasks().filter(|t| t.id().area().is_none());
            sequences.insert(key.clone(), loose.map(Task::number).collect());
            sequences.insert(
                format!("{key} areas"),
                group.areas().iter().map(|a| a.ordinal()).collect(),
            );
            for area in group.areas() {
                sequences.insert(
                    format!("{key}.{}", area.ordinal()),
                    area.tasks().iter().map(Task::number).collect(),
                );
            }
        }
    }
    let broken: Vec<(&String, &Vec<u32>)> = sequences
        .iter()
        .filter(|(_, numbers)| !numbers.iter().copied().eq(1..=numbers.len() as u32))
        .collect();
    assert_eq!(broken, []);
    // Each task is in exactly one sequence.
    let counted: usize = sequences
        .iter()
        .filter(|(k, _)| !k.ends_with("groups") && !k.ends_with("areas"))
        .map(|(_, v)| v.len())
        .sum();
    assert_eq!(counted, 226);
}

/// Groups with areas have no task outside them in the 2022 document.
#[test]
fn every_task_of_a_divided_group_is_in_an_area() {
    let b = breakdown();
    let loose: Vec<String> = tasks()
        .filter(|t| t.id().area().is_none())
        .filter(|t| !b.group_of(t).unwrap().areas().is_empty())
        .map(|t| t.id().to_string())
        .collect();
    assert_eq!(loose, Vec::<String>::new());
}

#[test]
fn every_multi_unit_task_has_a_lead() {
    let leaderless: Vec<String> = tasks()
        .filter(|t| t.assignments().len() > 1)
        .filter(|t| !t.assignments().iter().any(|a| a.role() == Role::Lead))
        .map(|t| t.id().to_string())
        .collect();
    assert_eq!(leaderless, Vec::<String>::new());
}

/// A task with one unit has exactly that unit carrying it (Sole, or Lead
/// when marked ▲); Sole never appears next to other units.
#[test]
fn roles_agree_with_unit_counts() {
    let wrong: Vec<String> = tasks()
        .filter(|t| {
            let sole = t
                .assignments()
                .iter()
                .filter(|a| a.role() == Role::Sole)
                .count();
            match t.assignments().len() {
                0 => true,
                1 => t.assignments()[0].role() == Role::Joint,
                _ => sole > 0,
            }
        })
        .map(|t| t.id().to_string())
        .collect();
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
fn no_unit_twice_in_one_task() {
    let twice: Vec<(String, &str)> = tasks()
        .flat_map(|t| {
            let mut seen = HashSet::new();
            t.assignments()
                .iter()
                .filter(move |a| !seen.insert(a.name()))
                .map(move |a| (t.id().to_string(), a.name()))
        })
        .collect();
    assert_eq!(twice, []);
}

#[test]
fn unit_names_are_clean() {
    let dirty: Vec<&str> = tasks()
        .flat_map(|t| t.assignments())
        .map(|a| a.name())
        .filter(|n| n.is_empty() || n.contains(['▲', '*', '、', '：', ':']) || n.trim() != *n)
        .collect();
    assert_eq!(dirty, Vec::<&str>::new());
}

#[test]
fn task_texts_are_clean() {
    let dirty: Vec<String> = tasks()
        .filter(|t| {
            let text = t.text();
            text.is_empty()
                || text.contains("责任单位")
                || text.contains("**")
                || text.trim() != text
        })
        .map(|t| t.id().to_string())
        .collect();
    assert_eq!(dirty, Vec::<String>::new());
}

/// Task ranges do not overlap and follow document order.
#[test]
fn task_lines_are_in_order_and_disjoint() {
    let ranges: Vec<_> = tasks()
        .map(|t| (t.lines().first(), t.lines().last()))
        .collect();
    let overlapping: Vec<_> = ranges.windows(2).filter(|w| w[0].1 >= w[1].0).collect();
    assert_eq!(overlapping, Vec::<&[(u32, u32)]>::new());
}

/// Every alias of every unit in the registry finds that unit, and every
/// name as written in the breakdown finds the unit it was counted under.
#[test]
fn every_alias_resolves_to_its_unit() {
    let units = index().units();
    for unit in units.iter() {
        for alias in unit.aliases().iter().chain(unit.written_as()) {
            let found = units.get(alias).map(|u| u.name());
            assert_eq!(
                found,
                Some(unit.name()),
                "{alias:?} should find {}",
                unit.name()
            );
        }
    }
    for task in tasks() {
        for a in task.assignments() {
            assert!(
                units.get(a.name()).is_some(),
                "{}: {} is not in the registry",
                task.id(),
                a.name()
            );
        }
    }
}

/// A task id with white space around it still finds the task.
#[test]
fn task_lookup_ignores_surrounding_white_space() {
    let b = breakdown();
    let task = b.task(" K2.1.1 ").unwrap();
    assert_eq!(task.id().to_string(), "K2.1.1");
    assert!(std::ptr::eq(task, b.task("K2.1.1").unwrap()));
}

/// The model's serde form: a plain round trip gives an equal breakdown
/// whose index answers as the embedded one does; tasks filed out of order
/// are refused, and the error names the task.
#[cfg(feature = "serde")]
#[test]
fn deserialization_round_trips_and_refuses_tasks_out_of_order() {
    let b = breakdown();
    let value = serde_json::to_value(b).unwrap();

    let back: yiwu_duties::Breakdown = serde_json::from_value(value.clone()).unwrap();
    assert!(back == *b);
    let own = yiwu_duties::Index::new(&back);
    let k11 = own.breakdown().task("K1.1").unwrap();
    assert_eq!(k11.text(), "一般公共预算收入增速高于全省平均。");
    let w = own.unit("发改局").unwrap().workload();
    assert_eq!((w.lead(), w.sole(), w.joint()), (14, 1, 34));
    assert_eq!(w, index().unit("发改局").unwrap().workload());

    // K2, area （一） 投资和项目: K2.1.1 … K2.1.10, reversed.
    let mut reversed = value;
    let area = &mut reversed["parts"][0]["groups"][1]["areas"][0];
    assert_eq!(area["name"], "投资和项目");
    let tasks = area["tasks"].as_array_mut().unwrap();
    assert_eq!(tasks.len(), 10);
    tasks.reverse();
    let err = serde_json::from_value::<yiwu_duties::Breakdown>(reversed).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("task K2.1.9"), "{message}");
}
