//! Prints a breakdown as JSON or CSV, for data users.
//!
//! ```text
//! cargo run --example export -- [--format json|csv] [PATH]
//! ```
//!
//! Without PATH, exports the embedded 2022 Yiwu breakdown. JSON is one
//! object with `notice` and `tasks`; CSV is one row per (task, unit).

use std::process::ExitCode;

use yiwu_duties::export::Export;

enum Format {
    Json,
    Csv,
}

fn usage() -> ExitCode {
    eprintln!("usage: export [--format json|csv] [PATH]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut format = Format::Json;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().as_deref() {
                Some("json") => format = Format::Json,
                Some("csv") => format = Format::Csv,
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
    let export = Export::new(breakdown);
    let result = match format {
        Format::Json => write_json(&export),
        Format::Csv => write_csv(&export),
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

fn write_csv(export: &Export) -> Result<(), Box<dyn std::error::Error>> {
    let mut writer = csv::Writer::from_writer(std::io::stdout().lock());
    for row in export.unit_rows() {
        writer.serialize(row)?;
    }
    writer.flush()?;
    Ok(())
}
