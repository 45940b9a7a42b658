//! Two pictures of the embedded 2022 Yiwu breakdown, as SVG:
//!
//! - `workload.svg`: the 20 units carrying the most tasks, each bar split
//!   into the tasks it leads (▲), carries alone and joins;
//! - `leader-matrix.svg`: the leader group × unit table as a heat map: for
//!   the same units, how many tasks of each leader group name them.
//!
//! Run with `cargo run --example picture -- [DIR]`; the files are written
//! to `DIR` (default `examples/figures`, where the README takes them from).
//! Labels are Chinese as the document writes them, so the viewer needs a
//! CJK font (any of those named in `FONTS`, or the system's fallback).
//!
//! The SVG is written by hand: a handful of rectangles and text elements,
//! with every piece of text escaped for XML.

use std::fmt::Write as _;
use std::path::PathBuf;

use yiwu_duties::{Index, Workload, index};

/// Font families tried in order: common CJK sans-serif fonts on Linux,
/// macOS and Windows.
const FONTS: &str = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', \
                     'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

/// How many units the pictures show.
const UNITS: usize = 20;

/// Colours of the three roles: lead, sole, joint.
const LEAD: &str = "#1f4e79";
const SOLE: &str = "#4f8fc0";
const JOINT: &str = "#bdd7ee";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/figures")));
    std::fs::create_dir_all(&dir)?;
    let index = index();
    let top: Vec<Workload> = index.workloads().take(UNITS).collect();
    let workload = dir.join("workload.svg");
    std::fs::write(&workload, workload_svg(&top))?;
    let matrix = dir.join("leader-matrix.svg");
    std::fs::write(&matrix, matrix_svg(index, &top))?;
    println!("wrote {}", workload.display());
    println!("wrote {}", matrix.display());
    Ok(())
}

/// Text made safe for an SVG text node or attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The opening of an SVG document of the given size, with a white
/// background and the text style.
fn start(width: u32, height: u32, title: &str) -> String {
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONTS}" font-size="13">"#
    );
    let _ = writeln!(svg, "  <title>{}</title>", escape(title));
    let _ = writeln!(
        svg,
        r#"  <rect width="{width}" height="{height}" fill="white"/>"#
    );
    svg
}

/// Stacked horizontal bars: lead, sole, joint per unit, most carried first.
fn workload_svg(top: &[Workload]) -> String {
    let (label_width, bar_left, row, scale) = (150.0, 160.0, 24.0, 9.0);
    let max_total = top.iter().map(Workload::total).max().unwrap_or(1) as f64;
    let width = (bar_left + max_total * scale + 60.0).ceil() as u32;
    let height = (90.0 + row * top.len() as f64 + 20.0).ceil() as u32;
    let title = "Tasks per unit in the 2022 Yiwu breakdown (义政办发〔2022〕20号): \
                 led (▲), carried alone, joined — the 20 units carrying most";
    let mut svg = start(width, height, title);
    let _ = writeln!(
        svg,
        r#"  <text x="10" y="24" font-size="15" font-weight="bold">{}</text>"#,
        escape("2022 义乌市政府工作报告重点工作与民生实事：各单位承担任务数")
    );
    let _ = writeln!(
        svg,
        r##"  <text x="10" y="44" fill="#444">{}</text>"##,
        escape("Tasks per unit, the 20 carrying most: led (▲) / carried alone / joined")
    );
    let legend = [
        (LEAD, "牵头 ▲ lead"),
        (SOLE, "单独 sole"),
        (JOINT, "配合 joint"),
    ];
    for (i, (colour, label)) in legend.iter().enumerate() {
        let x = bar_left + i as f64 * 130.0;
        let _ = writeln!(
            svg,
            r#"  <rect x="{x}" y="56" width="14" height="14" fill="{colour}"/><text x="{}" y="68">{}</text>"#,
            x + 20.0,
            escape(label)
        );
    }
    for (i, w) in top.iter().enumerate() {
        let y = 84.0 + i as f64 * row;
        let _ = writeln!(
            svg,
            r#"  <text x="{label_width}" y="{}" text-anchor="end">{}</text>"#,
            y + 15.0,
            escape(w.unit())
        );
        let mut x = bar_left;
        for (count, colour) in [(w.lead(), LEAD), (w.sole(), SOLE), (w.joint(), JOINT)] {
            if count == 0 {
                continue;
            }
            let length = count as f64 * scale;
            let _ = writeln!(
                svg,
                r#"  <rect x="{x}" y="{y}" width="{length}" height="18" fill="{colour}"><title>{}: {count}</title></rect>"#,
                escape(w.unit())
            );
            x += length;
        }
        let _ = writeln!(
            svg,
            r##"  <text x="{}" y="{}" fill="#444">{} / {}</text>"##,
            x + 6.0,
            y + 15.0,
            w.carried(),
            w.total()
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// The leader group × unit heat map for the given units: a cell's shade
/// grows with the tasks of the group naming the unit.
fn matrix_svg(index: &Index<'_>, top: &[Workload]) -> String {
    let groups: Vec<(String, String)> = index
        .breakdown()
        .parts()
        .iter()
        .flat_map(|p| {
            p.groups().iter().map(move |g| {
                let names: Vec<&str> = g.leaders().iter().map(|l| l.name()).collect();
                (
                    format!("{}{}", p.kind().letter(), g.ordinal()),
                    names.join("、"),
                )
            })
        })
        .collect();
    let mut cells = std::collections::HashMap::new();
    for row in index.leader_unit_matrix() {
        let id = format!("{}{}", row.part.letter(), row.group);
        cells.insert((row.unit.clone(), id), row.total);
    }
    let max = cells.values().copied().max().unwrap_or(1).max(1) as f64;
    let (left, top_margin, cell) = (160.0, 110.0, 34.0);
    let width = (left + cell * groups.len() as f64 + 20.0).ceil() as u32;
    let height = (top_margin + cell * top.len() as f64 + 30.0).ceil() as u32;
    let title = "Leader group × unit: tasks of each leader group naming each unit \
                 (the 20 units carrying most), 2022 Yiwu breakdown";
    let mut svg = start(width, height, title);
    let _ = writeln!(
        svg,
        r#"  <text x="10" y="24" font-size="15" font-weight="bold">{}</text>"#,
        escape("牵头领导 × 责任单位：任务数")
    );
    let _ = writeln!(
        svg,
        r##"  <text x="10" y="44" fill="#444">{}</text>"##,
        escape("Tasks of each leader group (K key work, L livelihood) naming each unit")
    );
    for (i, (id, leaders)) in groups.iter().enumerate() {
        let x = left + i as f64 * cell + cell / 2.0;
        let _ = writeln!(
            svg,
            r#"  <text x="{x}" y="{}" text-anchor="middle" font-weight="bold">{}<title>{}</title></text>"#,
            top_margin - 28.0,
            escape(id),
            escape(leaders)
        );
        let first: String = leaders.chars().take(3).collect();
        let _ = writeln!(
            svg,
            r##"  <text x="{x}" y="{}" text-anchor="middle" font-size="10" fill="#444">{}</text>"##,
            top_margin - 10.0,
            escape(&first)
        );
    }
    for (j, w) in top.iter().enumerate() {
        let y = top_margin + j as f64 * cell;
        let _ = writeln!(
            svg,
            r#"  <text x="{}" y="{}" text-anchor="end">{}</text>"#,
            left - 8.0,
            y + cell / 2.0 + 5.0,
            escape(w.unit())
        );
        for (i, (id, _)) in groups.iter().enumerate() {
            let x = left + i as f64 * cell;
            let count = cells
                .get(&(w.unit().to_owned(), id.clone()))
                .copied()
                .unwrap_or(0);
            // White for none, then from light to dark blue.
            let shade = if count == 0 {
                "#ffffff".to_owned()
            } else {
                let t = count as f64 / max;
                let channel = |from: f64, to: f64| (from + (to - from) * t).round() as u8;
                format!(
                    "#{:02x}{:02x}{:02x}",
                    channel(222.0, 31.0),
                    channel(235.0, 78.0),
                    channel(247.0, 121.0)
                )
            };
            let _ = writeln!(
                svg,
                r##"  <rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{shade}" stroke="#dddddd"><title>{} × {id}: {count}</title></rect>"##,
                escape(w.unit())
            );
            if count > 0 {
                let ink = if count as f64 / max > 0.5 {
                    "white"
                } else {
                    "black"
                };
                let _ = writeln!(
                    svg,
                    r#"  <text x="{}" y="{}" text-anchor="middle" fill="{ink}">{count}</text>"#,
                    x + cell / 2.0,
                    y + cell / 2.0 + 5.0
                );
            }
        }
    }
    svg.push_str("</svg>\n");
    svg
}
