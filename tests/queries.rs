//! Unit queries: roles, workloads, slices, collaborators, multi-lead tasks
//! and the leader × unit matrix, checked against a plain scan of the tasks.

use std::fmt::Write;

use yiwu_duties::{Include, PartKind, Role, breakdown};

/// A unit's (lead, sole, joint) counted by scanning every task.
fn scanned(unit: &str) -> (usize, usize, usize) {
    let mut counts = (0, 0, 0);
    for task in breakdown().tasks() {
        match task.role_of(unit) {
            Some(Role::Lead) => counts.0 += 1,
            Some(Role::Sole) => counts.1 += 1,
            Some(Role::Joint) => counts.2 += 1,
            None => {}
        }
    }
    counts
}

#[test]
fn fagaiju_leads_15_and_joins_34() {
    let b = breakdown();
    let w = b.workload("发改局").unwrap();
    assert_eq!((w.lead(), w.sole(), w.joint()), (14, 1, 34));
    assert_eq!((w.carried(), w.total()), (15, 49));
    let led: Vec<String> = b
        .tasks_led_by("发改局")
        .unwrap()
        .iter()
        .map(|t| t.id().to_string())
        .collect();
    assert_eq!(
        led,
        [
            "K2.1.1", "K2.1.2", "K2.1.3", "K2.1.7", "K2.2.1", "K2.2.2", "K2.2.3", "K2.2.4",
            "K2.2.5", "K2.4.1", "K2.5.1", "K2.5.2", "K2.5.3", "K2.5.4", "L1.1",
        ]
    );
    assert_eq!(b.tasks_joined_by("发改局").unwrap().len(), 34);
}

#[test]
fn index_agrees_with_a_scan_for_every_unit() {
    let b = breakdown();
    for unit in b.units() {
        let w = b.workload(unit.name()).unwrap();
        assert_eq!(
            (w.lead(), w.sole(), w.joint()),
            scanned(unit.name()),
            "{}",
            unit.name()
        );
        for alias in unit.aliases() {
            assert_eq!(b.workload(alias).unwrap(), w, "{alias}");
        }
        let led = b.tasks_led_by(unit.name()).unwrap();
        let joined = b.tasks_joined_by(unit.name()).unwrap();
        assert_eq!(led.len(), w.carried());
        assert_eq!(joined.len(), w.joint());
        assert!(
            led.iter()
                .all(|t| t.role_of(unit.name()).unwrap().carries())
        );
        assert!(
            joined
                .iter()
                .all(|t| t.role_of(unit.name()) == Some(Role::Joint))
        );
    }
}

#[test]
fn role_of_each_role() {
    let b = breakdown();
    let task = b.task("K2.1.4").unwrap();
    assert_eq!(task.role_of("自贸发展区管委会"), Some(Role::Lead));
    assert_eq!(task.role_of("义乌港"), Some(Role::Lead));
    assert_eq!(task.role_of("苏溪镇"), Some(Role::Joint));
    assert_eq!(task.role_of("发改局"), None);
    assert_eq!(b.task("K1.1").unwrap().role_of("财政局"), Some(Role::Sole));
    assert_eq!(
        b.task("K1.1").unwrap().role_of(" 财政局 "),
        Some(Role::Sole)
    );
    assert_eq!(b.task("K1.2").unwrap().role_of("各镇街"), Some(Role::Joint));
}

#[test]
fn workload_table_snapshot() {
    let b = breakdown();
    let mut out = String::new();
    writeln!(
        out,
        "rank | unit | kind | lead | sole | joint | carried | total"
    )
    .unwrap();
    for (i, w) in b.workloads().iter().enumerate() {
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
    let ranked = breakdown().workloads();
    for pair in ranked.windows(2) {
        let key = |w: &yiwu_duties::Workload| (w.carried(), w.total());
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
    let b = breakdown();
    for unit in b.units() {
        let w = b.workload(unit.name()).unwrap();
        for slices in [
            b.workload_by_part(unit.name()).unwrap(),
            b.workload_by_group(unit.name()).unwrap(),
            b.workload_by_area(unit.name()).unwrap(),
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
    let b = breakdown();
    let groups = b.workload_by_group("发改局").unwrap();
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
    let areas = b.workload_by_area("发改局").unwrap();
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
    let b = breakdown();
    let mine = b.collaborators("发改局").unwrap();
    for c in &mine {
        let theirs = b.collaborators(c.unit()).unwrap();
        let back = theirs.iter().find(|x| x.unit() == "发改局").unwrap();
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
    let tasks = b.tasks_with_several_leads();
    let mut out = String::new();
    for t in &tasks {
        let leads: Vec<_> = t
            .units()
            .iter()
            .filter(|a| a.role() == Role::Lead)
            .map(|a| a.name())
            .collect();
        assert!(leads.len() >= 2);
        writeln!(out, "{} | {}", t.id(), leads.join("、")).unwrap();
    }
    let expected = b
        .tasks()
        .filter(|t| t.units().iter().filter(|a| a.role() == Role::Lead).count() >= 2)
        .count();
    assert_eq!(tasks.len(), expected);
    insta::assert_snapshot!("several_leads", out);
}

#[test]
fn leader_unit_matrix_agrees_with_slices() {
    let b = breakdown();
    let rows = b.leader_unit_matrix();
    for unit in b.units() {
        let groups = b.workload_by_group(unit.name()).unwrap();
        let mine: Vec<_> = rows.iter().filter(|r| r.unit == unit.name()).collect();
        assert_eq!(mine.len(), groups.len(), "{}", unit.name());
        for (r, s) in mine.iter().zip(&groups) {
            assert_eq!((r.part, Some(r.group)), (s.part(), s.group()));
            assert_eq!(r.leaders, s.label());
            assert_eq!((r.lead, r.sole, r.joint), (s.lead(), s.sole(), s.joint()));
            assert_eq!(r.total, r.lead + r.sole + r.joint);
            assert_eq!(r.kind, unit.kind());
            assert_eq!(r.unit_english.as_deref(), unit.english());
        }
    }
    let assignments: usize = b.tasks().map(|t| t.units().len()).sum();
    assert_eq!(rows.iter().map(|r| r.total).sum::<usize>(), assignments);
}

#[cfg(feature = "serde")]
#[test]
fn leader_unit_matrix_writes_as_csv() {
    let rows = breakdown().leader_unit_matrix();
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in &rows {
        writer.serialize(row).unwrap();
    }
    let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("part,group,leaders,unit,unit_english,kind,lead,sole,joint,total")
    );
    assert_eq!(
        lines.next(),
        Some("key_work,1,叶帮锐,财政局,Finance Bureau,public_body,1,1,0,2")
    );
    assert_eq!(text.lines().count(), rows.len() + 1);
}

#[test]
fn offices_and_collectives_on_request() {
    let b = breakdown();
    let exact = b.tasks_of("组织部", Include::EXACT).unwrap();
    assert_eq!(exact.len(), 1);
    let with = b.tasks_of("组织部", Include::EXACT.with_offices()).unwrap();
    let ids: Vec<_> = with.iter().map(|t| t.task().id().to_string()).collect();
    assert_eq!(
        ids,
        ["K3.2.5", "K3.2.7", "K3.3.2", "K3.3.3", "K5.1.7", "K7.2.2"]
    );
    assert_eq!(with[0].written_as(), "组织部〈市“三服务”办〉");
}
