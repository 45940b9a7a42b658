//! Prints a breakdown as JSON or CSV, or its collaboration network as CSV,
//! GraphML or DOT, for data users.
//!
//! ```text
//! cargo run --example export -- [--format json|csv|graphml|dot]
//!     [--table units|matrix|targets|edges|nodes] [--offices] [--collectives] [PATH]
//! ```
//!
//! Without PATH, exports the embedded 2022 Yiwu breakdown. JSON is one
//! object with `notice` and `tasks`. CSV is one table: `units` (default),
//! one row per (task, unit); `matrix`, one row per (leader group, unit)
//! with the unit's lead, sole and joint task counts; `targets`, one row per
//! quantitative target; `edges`, one row per pair of units sharing tasks
//! (`unit_a,unit_b,tasks,lead_lead,lead_joint,joint_joint,unmarked,task_ids`);
//! `nodes`, one row per unit of the network with its measures.
//!
//! `graphml` writes the network for Gephi (File → Open), networkx
//! (`nx.read_graphml(path)`) or igraph (`Graph.Read_GraphML(path)`);
//! `dot` writes it for Graphviz (`neato -Tsvg`). The network leaves out
//! collective placeholders (各镇街, …) and keeps offices apart from their
//! body unless `--collectives` or `--offices` asks otherwise.

use std::process::ExitCode;

use yiwu_duties::Include;
use yiwu_duties::export::Export;

#[derive(Clone, Copy)]
enum Format {
    Json,
    Csv,
    GraphMl,
    Dot,
}

/// The CSV table to write.
#[derive(Clone, Copy, PartialEq)]
enum CsvTable {
    Units,
    Matrix,
    Targets,
    Edges,
    Nodes,
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: export [--format json|csv|graphml|dot] \
         [--table units|matrix|targets|edges|nodes] [--offices] [--collectives] [PATH]"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut format = Format::Json;
    let mut table = None;
    let mut path = None;
    let mut include = Include::EXACT;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("json") => format = Format::Json,
                Some("csv") => format = Format::Csv,
                Some("graphml") => format = Format::GraphMl,
                Some("dot") => format = Format::Dot,
                _ => return usage(),
            },
            "--table" => match args.next().as_deref() {
                Some("units") => table = Some(CsvTable::Units),
                Some("matrix") => table = Some(CsvTable::Matrix),
                Some("targets") => table = Some(CsvTable::Targets),
                Some("edges") => table = Some(CsvTable::Edges),
                Some("nodes") => table = Some(CsvTable::Nodes),
                _ => return usage(),
            },
            "--offices" => include = include.with_offices(),
            "--collectives" => include = include.with_collectives(),
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() && !arg.starts_with('-') => path = Some(arg),
            _ => return usage(),
        }
    }
    let parsed;
    let breakdown = match path {
        None => yiwu_duties::breakdown(),
        Some(path) => {
            let text = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(err) => {
                    eprintln!("{path}: {err}");
                    return ExitCode::FAILURE;
                }
            };
            parsed = match yiwu_duties::parse(&text) {
                Ok(b) => b,
                Err(err) => {
                    eprintln!("{path}:\n{err}");
                    return ExitCode::FAILURE;
                }
            };
            for warning in parsed.warnings() {
                eprintln!("{path}: warning: {warning}");
            }
            &parsed
        }
    };
    let result = match (format, table) {
        (Format::Json, None) => write_json(&Export::new(breakdown)),
        (Format::Json | Format::GraphMl | Format::Dot, Some(_)) => {
            eprintln!("--table applies to --format csv");
            return usage();
        }
        (Format::Csv, table) => write_csv(breakdown, table.unwrap_or(CsvTable::Units), include),
        (Format::GraphMl, None) => {
            let index = yiwu_duties::Index::new(breakdown);
            print!(
                "{}",
                yiwu_duties::export::to_graphml(&index.network(include))
            );
            Ok(())
        }
        (Format::Dot, None) => {
            let index = yiwu_duties::Index::new(breakdown);
            print!("{}", yiwu_duties::export::to_dot(&index.network(include)));
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("export failed: {err}");
            ExitCode::FAILURE
        }
    }
}

fn write_json(export: &Export) -> Result<(), Box<dyn std::error::Error>> {
    let stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(stdout, export)?;
    println!();
    Ok(())
}

fn write_csv(
    breakdown: &yiwu_duties::Breakdown,
    table: CsvTable,
    include: Include,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut writer = csv::Writer::from_writer(std::io::stdout().lock());
    match table {
        CsvTable::Units => {
            for row in Export::new(breakdown).unit_rows() {
                writer.serialize(row)?;
            }
        }
        CsvTable::Matrix => {
            for row in yiwu_duties::Index::new(breakdown).leader_unit_matrix() {
                writer.serialize(row)?;
            }
        }
        CsvTable::Targets => {
            for row in yiwu_duties::export::target_rows(&yiwu_duties::Index::new(breakdown)) {
                writer.serialize(row)?;
            }
        }
        CsvTable::Edges => {
            let index = yiwu_duties::Index::new(breakdown);
            for row in yiwu_duties::export::edge_rows(&index.network(include)) {
                writer.serialize(row)?;
            }
        }
        CsvTable::Nodes => {
            let index = yiwu_duties::Index::new(breakdown);
            for row in yiwu_duties::export::node_rows(&index.network(include)) {
                writer.serialize(row)?;
            }
        }
    }
    writer.flush()?;
    Ok(())
}
