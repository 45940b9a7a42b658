//! Unit queries: roles, workloads, slices, collaborators, multi-lead tasks
//! and the leader × unit matrix, checked against a plain scan of the tasks.

use std::fmt::Write;

use yiwu_duties::{Include, PartKind, Role, Workload, WorkloadSlice, breakdown, index};

/// A unit's (lead, sole, joint, unmarked) counted by scanning every task.
fn scanned(unit: &str) -> (usize, usize, usize, usize) {
    let unit = index().unit(unit).unwrap();
    let mut counts = (0, 0, 0, 0);
    for task in breakdown().tasks() {
        match unit.role_in(task) {
            Some(Role::Lead) => counts.0 += 1,
            Some(Role::Sole) => counts.1 += 1,
            Some(Role::Joint) => counts.2 += 1,
            Some(Role::Unmarked) => counts.3 += 1,
            None => {}
        }
    }
    counts
}

#[test]
fn fagaiju_leads_15_and_joins_34() {
    let unit = index().unit("发改局").unwrap();
    let w = unit.workload();
    assert_eq!((w.lead(), w.sole(), w.joint()), (14, 1, 34));
    assert_eq!((w.carried(), w.total()), (15, 49));
    let led: Vec<String> = unit.carried().map(|t| t.id().to_string()).collect();
    assert_eq!(
        led,
        [
            "K2.1.1", "K2.1.2", "K2.1.3", "K2.1.7", "K2.2.1", "K2.2.2", "K2.2.3", "K2.2.4",
            "K2.2.5", "K2.4.1", "K2.5.1", "K2.5.2", "K2.5.3", "K2.5.4", "L1.1",
        ]
    );
    assert_eq!(unit.joined().count(), 34);
}

#[test]
fn index_agrees_with_a_scan_for_every_unit() {
    let index = index();
    for unit in index.units() {
        let r = index.unit(unit.name()).unwrap();
        let w = r.workload();
        assert_eq!(
            (w.lead(), w.sole(), w.joint(), w.unmarked()),
            scanned(unit.name()),
            "{}",
            unit.name()
        );
        for alias in unit.aliases() {
            assert_eq!(index.unit(alias).unwrap().workload(), w, "{alias}");
        }
        let led: Vec<_> = r.carried().collect();
        let joined: Vec<_> = r.joined().collect();
        assert_eq!(led.len(), w.carried());
        assert_eq!(joined.len(), w.joint());
        assert!(led.iter().all(|t| r.role_in(t).unwrap().carries()));
        assert!(joined.iter().all(|t| r.role_in(t) == Some(Role::Joint)));
    }
}

#[test]
fn role_of_each_role() {
    let b = breakdown();
    let role = |id: &str, unit: &str| index().unit(unit).unwrap().role_in(b.task(id).unwrap());
    assert_eq!(role("K2.1.4", "自贸发展区管委会"), Some(Role::Lead));
    assert_eq!(role("K2.1.4", "义乌港"), Some(Role::Lead));
    assert_eq!(role("K2.1.4", "苏溪镇"), Some(Role::Joint));
    assert_eq!(role("K2.1.4", "发改局"), None);
    assert_eq!(role("K1.1", "财政局"), Some(Role::Sole));
    assert_eq!(role("K1.1", " 财政局 "), Some(Role::Sole));
    assert_eq!(role("K1.2", "各镇街"), Some(Role::Joint));
}

#[test]
fn workload_table_snapshot() {
    let b = index();
    let mut out = String::new();
    writeln!(
        out,
        "rank | unit | kind | lead | sole | joint | carried | total"
    )
    .unwrap();
    for (i, w) in b.workloads().enumerate() {
        writeln!(
            out,
            "{} | {} | {} | {} | {} | {} | {} | {}",
            i + 1,
            w.unit(),
            w.kind(),
            w.lead(),
            w.sole(),
            w.joint(),
            w.carried(),
            w.total()
        )
        .unwrap();
    }
    writeln!(
        out,
        "\ncollective placeholders (not ranked with named units):"
    )
    .unwrap();
    for w in b.collective_workloads() {
        writeln!(
            out,
            "{} | {} | {} | {} | {} | {}",
            w.unit(),
            w.lead(),
            w.sole(),
            w.joint(),
            w.carried(),
            w.total()
        )
        .unwrap();
    }
    insta::assert_snapshot!("workloads", out);
}

#[test]
fn ranking_order() {
    let ranked: Vec<Workload> = index().workloads().collect();
    for pair in ranked.windows(2) {
        let key = |w: &Workload| (w.carried(), w.total());
        assert!(key(&pair[0]) >= key(&pair[1]));
    }
    // Every named unit with a task is ranked; 组织部 counts its own task.
    assert_eq!(ranked.len(), 108 - 12);
    assert!(
        ranked
            .iter()
            .any(|w| w.unit() == "组织部" && w.total() == 1)
    );
}

#[test]
fn slices_add_up() {
    let index = index();
    for unit in index.units() {
        let r = index.unit(unit.name()).unwrap();
        let w = r.workload();
        for slices in [
            r.workload_by_part().collect::<Vec<WorkloadSlice>>(),
            r.workload_by_group().collect(),
            r.workload_by_area().collect(),
        ] {
            let sum = slices.iter().fold((0, 0, 0), |acc, s| {
                (acc.0 + s.lead(), acc.1 + s.sole(), acc.2 + s.joint())
            });
            assert_eq!(sum, (w.lead(), w.sole(), w.joint()), "{}", unit.name());
            assert!(slices.iter().all(|s| s.total() > 0));
        }
    }
}

#[test]
fn workload_by_leader_group() {
    let unit = index().unit("发改局").unwrap();
    let groups: Vec<WorkloadSlice> = unit.workload_by_group().collect();
    let table: Vec<_> = groups
        .iter()
        .map(|s| {
            (
                s.part().letter(),
                s.group().unwrap(),
                s.label(),
                s.carried(),
                s.joint(),
            )
        })
        .collect();
    assert_eq!(
        table,
        [
            ('K', 1, "叶帮锐", 0, 1),
            ('K', 2, "喻新贵", 14, 5),
            ('K', 3, "虞秀军", 0, 8),
            ('K', 5, "骆小俊", 0, 4),
            ('K', 6, "葛巧棣、王炜、张超", 0, 2),
            ('K', 7, "罗祖盘、王宇", 0, 3),
            ('K', 8, "杨献", 0, 9),
            ('L', 1, "喻新贵", 1, 0),
            ('L', 4, "骆小俊", 0, 2),
        ]
    );
    let areas: Vec<WorkloadSlice> = unit.workload_by_area().collect();
    let k2: Vec<_> = areas
        .iter()
        .filter(|s| s.part() == PartKind::KeyWork && s.group() == Some(2))
        .map(|s| (s.area().unwrap(), s.label(), s.carried(), s.joint()))
        .collect();
    assert_eq!(
        k2,
        [
            (1, "投资和项目", 4, 3),
            (2, "共同富裕", 5, 0),
            (3, "数字化改革", 0, 1),
            (4, "优化营商环境", 1, 1),
            (5, "“双碳”", 4, 0),
        ]
    );
}

#[test]
fn collaborators_are_symmetric_and_ranked() {
    let index = index();
    let mine: Vec<_> = index.unit("发改局").unwrap().collaborators().collect();
    for c in &mine {
        let back = index
            .unit(c.unit())
            .unwrap()
            .collaborators()
            .find(|x| x.unit() == "发改局")
            .unwrap();
        assert_eq!(back.shared(), c.shared(), "{}", c.unit());
        assert_eq!(back.they_carry(), c.while_carrying(), "{}", c.unit());
        assert_eq!(back.while_carrying(), c.they_carry(), "{}", c.unit());
    }
    assert!(mine.windows(2).all(|p| p[0].shared() >= p[1].shared()));
    let mut out = String::new();
    for c in &mine {
        writeln!(
            out,
            "{} | shared {} | while 发改局 carries {} | while 发改局 joins {} | they carry {}",
            c.unit(),
            c.shared(),
            c.while_carrying(),
            c.while_joining(),
            c.they_carry()
        )
        .unwrap();
    }
    insta::assert_snapshot!("collaborators_fagaiju", out);
}

#[test]
fn tasks_with_several_leads() {
    let b = breakdown();
    let tasks: Vec<_> = index().tasks_with_several_leads().collect();
    let mut out = String::new();
    for t in &tasks {
        let leads: Vec<_> = t
            .assignments()
            .iter()
            .filter(|a| a.role() == Role::Lead)
            .map(|a| a.name())
            .collect();
        assert!(leads.len() >= 2);
        writeln!(out, "{} | {}", t.id(), leads.join("、")).unwrap();
    }
    let expected = b
        .tasks()
        .filter(|t| {
            t.assignments()
                .iter()
                .filter(|a| a.role() == Role::Lead)
                .count()
                >= 2
        })
        .count();
    assert_eq!(tasks.len(), expected);
    insta::assert_snapshot!("several_leads", out);
}

#[test]
fn leader_unit_matrix_agrees_with_slices() {
    let b = breakdown();
    let index = index();
    let rows: Vec<_> = index.leader_unit_matrix().collect();
    for unit in index.units() {
        let groups: Vec<_> = index
            .unit(unit.name())
            .unwrap()
            .workload_by_group()
            .collect();
        let mine: Vec<_> = rows.iter().filter(|r| r.unit == unit.name()).collect();
        assert_eq!(mine.len(), groups.len(), "{}", unit.name());
        for (r, s) in mine.iter().zip(&groups) {
            assert_eq!((r.part, Some(r.group)), (s.part(), s.group()));
            assert_eq!(r.leaders, s.label());
            assert_eq!((r.lead, r.sole, r.joint), (s.lead(), s.sole(), s.joint()));
            assert_eq!(r.total, r.lead + r.sole + r.joint + r.unmarked);
            assert_eq!(r.kind, unit.kind());
            assert_eq!(r.unit_english.as_deref(), unit.english());
        }
    }
    let assignments: usize = b.tasks().map(|t| t.assignments().len()).sum();
    assert_eq!(rows.iter().map(|r| r.total).sum::<usize>(), assignments);
}

#[cfg(feature = "serde")]
#[test]
fn leader_unit_matrix_writes_as_csv() {
    let rows: Vec<_> = index().leader_unit_matrix().collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in &rows {
        writer.serialize(row).unwrap();
    }
    let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("part,group,leaders,unit,unit_english,kind,lead,sole,joint,total,unmarked")
    );
    assert_eq!(
        lines.next(),
        Some("key_work,1,叶帮锐,财政局,Finance Bureau,public_body,1,1,0,2,0")
    );
    assert_eq!(text.lines().count(), rows.len() + 1);
}

#[test]
fn offices_and_collectives_on_request() {
    let unit = index().unit("组织部").unwrap();
    assert_eq!(unit.tasks(Include::EXACT).count(), 1);
    let with: Vec<_> = unit.tasks(Include::EXACT.with_offices()).collect();
    let ids: Vec<_> = with.iter().map(|t| t.task().id().to_string()).collect();
    assert_eq!(
        ids,
        ["K3.2.5", "K3.2.7", "K3.3.2", "K3.3.3", "K5.1.7", "K7.2.2"]
    );
    assert_eq!(with[0].written_as(), "组织部〈市“三服务”办〉");
}
