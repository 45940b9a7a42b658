//! The collaboration network: the pair counts an independent reading of the
//! seed agrees with, in the API, the CSV rows and the GraphML; the
//! `Include` choices; agreement with the per-unit collaborator query.

use std::collections::HashSet;
use std::fmt::Write as _;

use yiwu_duties::units::UnitKind;
use yiwu_duties::{Include, Role};

/// The three strongest pairs of the embedded document (Include::EXACT), `a`
/// first mentioned.
const STRONGEST: [(&str, &str, usize); 3] = [
    ("发改局", "自规局", 22),
    ("市场发展委", "商城集团", 20),
    ("发改局", "经信局", 17),
];

#[test]
fn strongest_pairs_in_the_api() {
    let network = yiwu_duties::index().network(Include::EXACT);
    let top: Vec<_> = network
        .pairs()
        .take(3)
        .map(|p| (p.a().name(), p.b().name(), p.shared()))
        .collect();
    assert_eq!(top, STRONGEST);
    for (a, b, n) in STRONGEST {
        // Either order finds the pair; `a` stays the first mentioned.
        let pair = network.pair(b, a).unwrap();
        assert_eq!((pair.a().name(), pair.b().name(), pair.shared()), (a, b, n));
        assert_eq!(pair.tasks().len(), n);
    }
}

#[test]
fn pairs_are_ranked_and_their_role_counts_add_up() {
    let network = yiwu_duties::index().network(Include::EXACT);
    let pairs: Vec<_> = network.pairs().collect();
    for w in pairs.windows(2) {
        let key = |p: &yiwu_duties::Pair<'_>| {
            let (a, b) = p.nodes();
            (std::cmp::Reverse(p.shared()), a.position(), b.position())
        };
        assert!(key(&w[0]) < key(&w[1]), "{:?} before {:?}", w[0], w[1]);
    }
    for pair in &pairs {
        let (a, b) = pair.nodes();
        assert!(a.position() < b.position());
        let roles = pair.roles();
        // No sole unit shares a task, so these cover every task.
        assert_eq!(
            roles.lead_lead() + roles.lead_joint() + roles.joint_joint() + roles.unmarked(),
            pair.shared(),
            "{pair:?}"
        );
        assert_eq!(roles.iter().map(|(_, n)| n).sum::<usize>(), pair.shared());
        let mut previous = None;
        for task in pair.tasks() {
            let (ra, rb) = (pair.a().role_in(task), pair.b().role_in(task));
            assert!(ra.is_some() && rb.is_some(), "{pair:?} {}", task.id());
            assert!(previous < Some(task.id()), "document order");
            previous = Some(task.id());
        }
        let lead_joint = pair
            .tasks()
            .filter(|t| {
                let mut roles = [pair.a().role_in(t), pair.b().role_in(t)];
                roles.sort();
                roles == [Some(Role::Lead), Some(Role::Joint)]
            })
            .count();
        assert_eq!(lead_joint, roles.lead_joint());
    }
}

#[test]
fn pair_counts_equal_the_collaborator_query_for_every_unit() {
    let index = yiwu_duties::index();
    let network = index.network(Include::EXACT);
    let mut checked = 0;
    for unit in index.unit_refs() {
        let collaborators: Vec<_> = unit.collaborators().collect();
        let Some(node) = network.node(unit.name()) else {
            // Only placeholders are left out of the exact network.
            assert_eq!(unit.kind(), UnitKind::Collective, "{}", unit.name());
            continue;
        };
        assert_eq!(node.degree(), collaborators.len(), "{}", unit.name());
        let sum: usize = collaborators.iter().map(|c| c.shared()).sum();
        assert_eq!(node.weighted_degree(), sum, "{}", unit.name());
        for c in &collaborators {
            let pair = network.pair(unit.name(), c.unit()).unwrap();
            assert_eq!(pair.shared(), c.shared(), "{} – {}", unit.name(), c.unit());
            checked += 1;
        }
        let w = unit.workload();
        assert_eq!((node.carried(), node.joined()), (w.carried(), w.joint()));
    }
    assert_eq!(checked, 2 * network.pairs().len());
}

#[test]
fn coordination_edges_run_from_lead_to_joiner() {
    let network = yiwu_duties::index().network(Include::EXACT);
    let mut out = vec![0; network.nodes().len()];
    for edge in network.coordination() {
        assert!(edge.count() > 0);
        for task in edge.tasks() {
            assert_eq!(edge.lead().role_in(task), Some(Role::Lead));
            assert_eq!(edge.joiner().role_in(task), Some(Role::Joint));
        }
        out[network.node(edge.lead().name()).unwrap().position()] += 1;
    }
    for node in network.nodes() {
        assert_eq!(node.coordinates(), out[node.position()], "{node:?}");
    }
    // Every (lead, joiner) of every task is one edge's task.
    let expected: usize = yiwu_duties::breakdown()
        .tasks()
        .map(|t| {
            let names = |role| {
                t.assignments()
                    .iter()
                    .filter(move |a| a.role() == role)
                    .filter_map(|a| network.node(a.name()))
                    .map(|n| n.position())
                    .collect::<HashSet<_>>()
            };
            let joiners = names(Role::Joint);
            names(Role::Lead)
                .iter()
                .map(|l| joiners.iter().filter(|j| *j != l).count())
                .sum::<usize>()
        })
        .sum();
    let total: usize = network.coordination().map(|e| e.count()).sum();
    assert_eq!(total, expected);
}

#[test]
fn incidence_lists_every_task_and_node_once() {
    let network = yiwu_duties::index().network(Include::EXACT);
    let rows: Vec<_> = network.incidence().collect();
    let total: usize = network.nodes().map(|n| n.carried() + n.joined()).sum();
    assert_eq!(rows.len(), total);
    let mut seen = HashSet::new();
    for (task, unit, role) in &rows {
        assert_eq!(unit.role_in(task), Some(*role));
        assert!(seen.insert((task.id(), unit.name())));
    }
}

#[test]
fn include_decides_the_nodes() {
    let index = yiwu_duties::index();
    let exact = index.network(Include::EXACT);
    assert!(
        exact
            .nodes()
            .all(|n| n.unit().kind() != UnitKind::Collective)
    );
    assert!(exact.node("各镇街").is_none());
    assert!(exact.node("相关镇街").is_none());
    let placeholders = index.units().iter().filter(|u| u.is_collective()).count();
    assert_eq!(exact.nodes().len() + placeholders, index.units().len());

    let collectives = index.network(Include::EXACT.with_collectives());
    assert_eq!(collectives.nodes().len(), index.units().len());
    assert!(collectives.node("各镇街").is_some());
    assert!(collectives.pairs().len() > exact.pairs().len());

    // Offices: their own nodes, or folded into their body.
    let office = "组织部〈市委人才办〉";
    assert_eq!(exact.node(office).unwrap().name(), office);
    let folded = index.network(Include::EXACT.with_offices());
    let body = folded.node(office).unwrap();
    assert_eq!(body.name(), "组织部");
    assert_eq!(body.offices().count(), 3);
    assert_eq!(folded.nodes().len(), exact.nodes().len() - 3);
    let organisation = index.unit("组织部").unwrap();
    assert_eq!(
        body.carried() + body.joined(),
        organisation
            .workload_with(Include::EXACT.with_offices())
            .total()
    );
    // A folded network never pairs a body with its own office.
    assert!(folded.pairs().all(|p| p.a() != p.b()));
    // The three strongest pairs hold whatever the choice of offices.
    for (a, b, n) in STRONGEST {
        assert_eq!(folded.pair(a, b).unwrap().shared(), n);
    }
}

#[cfg(feature = "serde")]
mod export {
    use super::STRONGEST;
    use yiwu_duties::Include;
    use yiwu_duties::export::{EdgeRow, NodeRow, edge_rows, node_rows, to_dot, to_graphml};

    fn csv<T: serde::Serialize>(rows: impl Iterator<Item = T>) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        for row in rows {
            writer.serialize(row).unwrap();
        }
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn strongest_pairs_in_the_edge_csv() {
        let network = yiwu_duties::index().network(Include::EXACT);
        let text = csv(edge_rows(&network));
        let header = text.lines().next().unwrap();
        assert_eq!(
            header,
            "unit_a,unit_b,tasks,lead_lead,lead_joint,joint_joint,unmarked,task_ids"
        );
        let rows: Vec<EdgeRow> = csv::Reader::from_reader(text.as_bytes())
            .deserialize()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows.len(), network.pairs().len());
        for (row, (a, b, n)) in rows.iter().zip(STRONGEST) {
            assert_eq!(
                (row.unit_a.as_str(), row.unit_b.as_str(), row.tasks),
                (a, b, n)
            );
            let ids: Vec<&str> = row.task_ids.split(';').collect();
            assert_eq!(ids.len(), n);
            let pair = network.pair(a, b).unwrap();
            let expected: Vec<String> = pair.tasks().map(|t| t.id().to_string()).collect();
            assert_eq!(ids, expected);
        }
    }

    #[test]
    fn node_csv_has_names_kinds_glosses_and_measures() {
        let network = yiwu_duties::index().network(Include::EXACT);
        let text = csv(node_rows(&network));
        assert_eq!(
            text.lines().next().unwrap(),
            "unit,kind,english,carried,joined,degree,weighted_degree,coordinates"
        );
        let rows: Vec<NodeRow> = csv::Reader::from_reader(text.as_bytes())
            .deserialize()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows.len(), network.nodes().len());
        let row = rows.iter().find(|r| r.unit == "行政执法局").unwrap();
        assert_eq!(
            row.english.as_deref(),
            Some("Administrative Law Enforcement Bureau")
        );
        let names: std::collections::HashSet<_> = rows.iter().map(|r| &r.unit).collect();
        assert_eq!(names.len(), rows.len(), "one row per canonical name");
    }

    #[test]
    fn graphml_parses_back() {
        let network = yiwu_duties::index().network(Include::EXACT);
        let xml = to_graphml(&network);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "graphml");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://graphml.graphdrawing.org/xmlns")
        );
        let key = |id: &str| {
            root.children()
                .find(|n| n.has_tag_name("key") && n.attribute("id") == Some(id))
                .map(|n| {
                    (
                        n.attribute("for").unwrap(),
                        n.attribute("attr.name").unwrap(),
                        n.attribute("attr.type").unwrap(),
                    )
                })
        };
        assert_eq!(key("name"), Some(("node", "name", "string")));
        assert_eq!(key("weight"), Some(("edge", "weight", "int")));
        let graph = root.children().find(|n| n.has_tag_name("graph")).unwrap();
        assert_eq!(graph.attribute("edgedefault"), Some("undirected"));
        let data = |n: roxmltree::Node<'_, '_>, key: &str| {
            n.children()
                .find(|d| d.has_tag_name("data") && d.attribute("key") == Some(key))
                .and_then(|d| d.text())
                .map(str::to_owned)
        };
        let mut names = std::collections::HashMap::new();
        for node in graph.children().filter(|n| n.has_tag_name("node")) {
            let name = data(node, "name").unwrap();
            assert!(names.insert(node.attribute("id").unwrap(), name).is_none());
        }
        assert_eq!(names.len(), network.nodes().len());
        let mut weights = std::collections::HashMap::new();
        for edge in graph.children().filter(|n| n.has_tag_name("edge")) {
            let a = &names[edge.attribute("source").unwrap()];
            let b = &names[edge.attribute("target").unwrap()];
            let weight: usize = data(edge, "weight").unwrap().parse().unwrap();
            weights.insert((a.clone(), b.clone()), weight);
        }
        assert_eq!(weights.len(), network.pairs().len());
        for (a, b, n) in STRONGEST {
            assert_eq!(weights[&(a.to_owned(), b.to_owned())], n, "{a}–{b}");
        }
    }

    /// A document whose unit names hold every character XML and DOT must
    /// escape.
    const AWKWARD: &str = concat!(
        "# 2023 年政府工作报告重点工作责任分解\n",
        "## 一、张三市长牵头的重点工作\n",
        "1. 任务。（责任单位：▲A&B局、C\"D'局、E\\F局）\n",
        "2. 任务。（责任单位：▲C\"D'局、A&B局）\n",
    );

    #[test]
    fn awkward_names_survive_graphml_and_dot() {
        let b = yiwu_duties::parse(AWKWARD).unwrap();
        let index = yiwu_duties::Index::new(&b);
        let network = index.network(Include::EXACT);
        let names: Vec<&str> = network.nodes().map(|n| n.name()).collect();
        assert_eq!(names, ["A&B局", "C\"D'局", "E\\F局"]);
        assert_eq!(network.pair("A&B局", "C\"D'局").unwrap().shared(), 2);

        let xml = to_graphml(&network);
        assert!(xml.contains("<data key=\"name\">A&amp;B局</data>"));
        assert!(xml.contains("<data key=\"name\">C&quot;D&apos;局</data>"));
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let parsed: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("data") && n.attribute("key") == Some("name"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(parsed, names);

        let dot = to_dot(&network);
        assert!(dot.contains(r#"n0 [label="A&B局"];"#), "{dot}");
        assert!(dot.contains(r#"n1 [label="C\"D'局"];"#), "{dot}");
        assert!(dot.contains(r#"n2 [label="E\\F局"];"#), "{dot}");
        assert!(dot.contains(r#"n0 -- n1 [weight=2, label="2", tooltip="K1.1;K1.2"];"#));
        // Outside quoted strings, a DOT line holds no quote: every quote
        // inside a label is escaped.
        for line in dot.lines() {
            let mut quoted = false;
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' if quoted => {
                        chars.next();
                    }
                    '"' => quoted = !quoted,
                    _ => {}
                }
            }
            assert!(!quoted, "unbalanced quotes in {line}");
        }
    }

    #[test]
    fn dot_lists_every_node_and_pair() {
        let network = yiwu_duties::index().network(Include::EXACT);
        let dot = to_dot(&network);
        assert!(dot.starts_with("graph collaboration {\n") && dot.ends_with("}\n"));
        assert_eq!(dot.matches(" -- ").count(), network.pairs().len());
        assert_eq!(dot.matches(" [label=").count(), network.nodes().len());
        assert!(dot.contains(r#"[weight=22, label="22""#));
    }
}

#[cfg(feature = "petgraph")]
#[test]
fn petgraph_graphs_match_the_network() {
    use petgraph::graph::NodeIndex;

    let network = yiwu_duties::index().network(Include::EXACT);
    let graph = network.to_petgraph();
    assert_eq!(graph.node_count(), network.nodes().len());
    assert_eq!(graph.edge_count(), network.pairs().len());
    for node in network.nodes() {
        let at = NodeIndex::new(node.position());
        assert_eq!(graph[at], node.name());
        assert_eq!(graph.neighbors(at).count(), node.degree());
        let weighted: usize = graph.edges(at).map(|e| *e.weight()).sum();
        assert_eq!(weighted, node.weighted_degree());
    }
    for (a, b, n) in STRONGEST {
        let (a, b) = (network.node(a).unwrap(), network.node(b).unwrap());
        let edge = graph
            .find_edge(NodeIndex::new(a.position()), NodeIndex::new(b.position()))
            .unwrap();
        assert_eq!(graph[edge], n);
    }
    let directed = network.to_petgraph_directed();
    assert_eq!(directed.edge_count(), network.coordination().len());
    for node in network.nodes() {
        let at = NodeIndex::new(node.position());
        let out = directed.neighbors_directed(at, petgraph::Direction::Outgoing);
        assert_eq!(out.count(), node.coordinates());
    }
}

#[test]
fn top_twenty_pairs_snapshot() {
    let network = yiwu_duties::index().network(Include::EXACT);
    let mut out = String::new();
    for pair in network.pairs().take(20) {
        let roles = pair.roles();
        let ids: Vec<String> = pair.tasks().map(|t| t.id().to_string()).collect();
        let _ = writeln!(
            out,
            "{}–{} {} (lead–lead {}, lead–joint {}, joint–joint {}): {}",
            pair.a().name(),
            pair.b().name(),
            pair.shared(),
            roles.lead_lead(),
            roles.lead_joint(),
            roles.joint_joint(),
            ids.join(" ")
        );
    }
    insta::assert_snapshot!("top_twenty_pairs", out);
}
