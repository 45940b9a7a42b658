//! The collaboration network: the pairs of units that share most tasks,
//! the best-connected units, and each leader group's core units.
//!
//! ```text
//! cargo run --example network            # the embedded 2022 Yiwu document
//! cargo run --example network -- 10      # show 10 rows per table (default 15)
//! ```
//!
//! Units are canonical registry names; collective placeholders (各镇街, …)
//! are left out and offices stay apart from their body
//! (`Include::EXACT`). For a graph tool, write the GraphML with the
//! `export` example (see the end of the output).

mod common;

use std::process::ExitCode;

use common::{Table, leaders_chinese};
use yiwu_duties::{Include, Network, PartKind};

fn main() -> ExitCode {
    let rows = match std::env::args().nth(1).map(|a| a.parse::<usize>()) {
        None => 15,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("usage: network [ROWS]");
            return ExitCode::from(2);
        }
    };
    let index = yiwu_duties::index();
    let network = index.network(Include::EXACT);
    println!(
        "{} units, {} pairs sharing at least one task, {} lead → joiner edges\n",
        network.nodes().len(),
        network.pairs().len(),
        network.coordination().len()
    );

    println!("Strongest pairs (tasks shared, by the two units' roles)");
    let mut table = Table::new(&[
        "unit a",
        "unit b",
        "tasks",
        "lead–lead",
        "lead–joint",
        "joint–joint",
    ])
    .right(&[2, 3, 4, 5]);
    for pair in network.pairs().take(rows) {
        let roles = pair.roles();
        table.row(&[
            pair.a().name().to_string(),
            pair.b().name().to_string(),
            pair.shared().to_string(),
            roles.lead_lead().to_string(),
            roles.lead_joint().to_string(),
            roles.joint_joint().to_string(),
        ]);
    }
    table.print();

    println!("\nBest-connected units (weighted degree: tasks shared, summed over partners)");
    let mut nodes: Vec<_> = network.nodes().collect();
    nodes.sort_by_key(|n| (std::cmp::Reverse(n.weighted_degree()), n.position()));
    let mut table = Table::new(&[
        "unit",
        "English",
        "carried",
        "joined",
        "partners",
        "weighted",
        "coordinates",
    ])
    .right(&[2, 3, 4, 5, 6]);
    for node in nodes.iter().take(rows) {
        table.row(&[
            node.name().to_string(),
            node.unit().unit().english().unwrap_or("").to_string(),
            node.carried().to_string(),
            node.joined().to_string(),
            node.degree().to_string(),
            node.weighted_degree().to_string(),
            node.coordinates().to_string(),
        ]);
    }
    table.print();

    println!("\nEach leader group's core units: those carrying most of its tasks,");
    println!("and the pairs sharing most of its tasks");
    leader_groups(&network);

    println!("\nTo analyse the network in a graph tool, write it as GraphML:");
    println!("  cargo run --example export -- --format graphml > network.graphml");
    println!(
        "then open it in Gephi (File → Open), networkx (`nx.read_graphml(\"network.graphml\")`)"
    );
    println!(
        "or igraph (`Graph.Read_GraphML(\"network.graphml\")`); edge `weight` = tasks shared."
    );
    println!("`--format csv --table edges` / `--table nodes` give the same as CSV tables,");
    println!("`--format dot` a Graphviz file (`neato -Tsvg`).");
    ExitCode::SUCCESS
}

fn leader_groups(network: &Network<'_>) {
    let index = network.index();
    let matrix: Vec<_> = index.leader_unit_matrix().collect();
    for part in index.breakdown().parts() {
        for group in part.groups() {
            let (kind, ordinal) = (part.kind(), group.ordinal());
            let tasks = group.tasks().count();
            println!(
                "\n{}{} {} ({tasks} task{})",
                part.kind().letter(),
                ordinal,
                leaders_chinese(group),
                if tasks == 1 { "" } else { "s" }
            );
            let mut carriers: Vec<_> = matrix
                .iter()
                .filter(|r| r.part == kind && r.group == ordinal && !r.kind.is_collective())
                .filter(|r| r.lead + r.sole > 0)
                .collect();
            carriers.sort_by_key(|r| std::cmp::Reverse((r.lead + r.sole, r.total)));
            let core: Vec<String> = carriers
                .iter()
                .take(3)
                .map(|r| format!("{} {}/{}", r.unit, r.lead + r.sole, r.total))
                .collect();
            println!("  carry most (carried/named in): {}", core.join(", "));
            let mut pairs: Vec<(usize, String)> = network
                .pairs()
                .map(|p| {
                    let inside = p.tasks().filter(|t| in_group(t, kind, ordinal)).count();
                    (inside, format!("{}–{}", p.a().name(), p.b().name()))
                })
                .filter(|(n, _)| *n >= 2)
                .collect();
            // Stable: pairs of equal count keep the network's ranking.
            pairs.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
            let strongest: Vec<String> = pairs
                .iter()
                .take(3)
                .map(|(n, names)| format!("{names} {n}"))
                .collect();
            if strongest.is_empty() {
                println!("  no two units share more than one of its tasks");
            } else {
                println!("  pairs: {}", strongest.join(", "));
            }
        }
    }
}

fn in_group(task: &yiwu_duties::Task, part: PartKind, ordinal: u32) -> bool {
    task.id().part() == part && task.id().group() == ordinal
}
