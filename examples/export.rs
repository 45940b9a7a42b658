//! Prints a breakdown as JSON or CSV, for data users.
//!
//! ```text
//! cargo run --example export -- [--format json|csv] [--table units|matrix|targets] [PATH]
//! ```
//!
//! Without PATH, exports the embedded 2022 Yiwu breakdown. JSON is one
//! object with `notice` and `tasks`. CSV is one table: `units` (default),
//! one row per (task, unit); `matrix`, one row per (leader group, unit)
//! with the unit's lead, sole and joint task counts; `targets`, one row per
//! quantitative target.

use std::process::ExitCode;

use yiwu_duties::export::Export;

enum Format {
    Json,
    Csv,
}

/// The CSV table to write.
#[derive(Clone, Copy, PartialEq)]
enum CsvTable {
    Units,
    Matrix,
    Targets,
}

fn usage() -> ExitCode {
    eprintln!("usage: export [--format json|csv] [--table units|matrix|targets] [PATH]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut format = Format::Json;
    let mut table = None;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("json") => format = Format::Json,
                Some("csv") => format = Format::Csv,
                _ => return usage(),
            },
            "--table" => match args.next().as_deref() {
                Some("units") => table = Some(CsvTable::Units),
                Some("matrix") => table = Some(CsvTable::Matrix),
                Some("targets") => table = Some(CsvTable::Targets),
                _ => return usage(),
            },
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
        (Format::Json, Some(_)) => {
            eprintln!("--table applies to --format csv");
            return usage();
        }
        (Format::Csv, table) => write_csv(breakdown, table.unwrap_or(CsvTable::Units)),
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
    }
    writer.flush()?;
    Ok(())
}
