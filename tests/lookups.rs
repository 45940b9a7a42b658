//! Every lookup by name or id ignores surrounding white space (spaces,
//! tabs, new lines, the ideographic space U+3000).

use yiwu_duties::{Include, breakdown, index};

/// The forms of one name with white space around it.
fn padded(name: &str) -> Vec<String> {
    vec![
        format!(" {name}"),
        format!("{name} "),
        format!("\t{name}\n"),
        format!("\u{3000}{name}\u{3000}"),
    ]
}

#[test]
fn index_unit_trims() {
    let index = index();
    for name in ["发改局", "执法局", "市发展和改革局", "信访局<矛调中心>"] {
        let want = index.unit(name).unwrap();
        for p in padded(name) {
            assert_eq!(index.unit(&p), Some(want), "{p:?}");
        }
    }
    assert!(index.unit("  ").is_none());
}

#[test]
fn units_get_and_is_named_trim() {
    let units = index().units();
    for name in ["行政执法局", "义乌海关", "义乌市自然资源和规划局"] {
        let want = units.get(name).unwrap();
        for p in padded(name) {
            assert_eq!(units.get(&p), Some(want), "{p:?}");
            assert!(want.is_named(&p), "{p:?}");
        }
    }
}

#[test]
fn suggest_trims() {
    let units = index().units();
    let names = |q: &str| -> Vec<&str> { units.suggest(q).map(|u| u.name()).collect() };
    for p in padded("发改委") {
        assert_eq!(names(&p), names("发改委"), "{p:?}");
    }
    assert!(names("   ").is_empty());
}

#[test]
fn breakdown_task_trims() {
    let b = breakdown();
    let want = b.task("K2.1.1").unwrap();
    for p in padded("K2.1.1") {
        assert_eq!(b.task(p.as_str()).map(|t| t.id()), Some(want.id()), "{p:?}");
        assert_eq!(b.task(&p).map(|t| t.id()), Some(want.id()), "{p:?}");
    }
}

#[test]
fn network_node_and_pair_trim() {
    let network = index().network(Include::EXACT);
    let node = network.node("发改局").unwrap().name();
    let shared = network.pair("发改局", "自规局").unwrap().shared();
    for (a, b) in padded("发改局").iter().zip(padded("自规局")) {
        assert_eq!(network.node(a).unwrap().name(), node, "{a:?}");
        assert_eq!(network.pair(a, &b).unwrap().shared(), shared, "{a:?} {b:?}");
    }
    // Full names find nodes too.
    assert_eq!(
        network
            .pair("义乌市发展和改革局", "市自然资源和规划局")
            .unwrap()
            .shared(),
        shared
    );
}

#[test]
fn measured_in_trims() {
    let index = index();
    let count = |m: &str| index.targets().measured_in(m).unwrap().count();
    let want = count("%");
    assert!(want > 0);
    for p in padded("%") {
        assert_eq!(count(&p), want, "{p:?}");
    }
}

#[test]
fn unit_of_every_assignment() {
    let index = index();
    for task in index.breakdown().tasks() {
        for a in task.assignments() {
            let unit = index.unit_of(a).unwrap();
            assert_eq!(Some(unit), index.unit(a.name()));
            assert!(unit.unit().written_as().iter().any(|w| w == a.name()));
        }
    }
    // An assignment of another breakdown whose name this one does not use.
    let other = yiwu_duties::parse(
        "# 2023 年政府工作报告重点工作责任分解\n\
         一、张三市长牵头的重点工作\n\
         1. 任务。（责任单位：▲统计局）\n",
    )
    .unwrap();
    let a = &other.tasks().next().unwrap().assignments()[0];
    assert!(index.unit_of(a).is_none());
}
