//! Terminal tables for the examples: columns padded by display width, so
//! that Chinese (two cells a character) and English line up.
#![allow(dead_code)] // each example uses a different subset

use unicode_width::UnicodeWidthStr;

/// Column alignment.
#[derive(Clone, Copy)]
pub enum Align {
    Left,
    Right,
}

/// A table printed with aligned columns.
pub struct Table {
    headers: Vec<String>,
    aligns: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with the given headers; every column left-aligned.
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            aligns: vec![Align::Left; headers.len()],
            rows: Vec::new(),
        }
    }

    /// Right-aligns the given columns (numbers).
    pub fn right(mut self, columns: &[usize]) -> Table {
        for &c in columns {
            if let Some(a) = self.aligns.get_mut(c) {
                *a = Align::Right;
            }
        }
        self
    }

    /// Adds a row.
    pub fn row<S: ToString>(&mut self, cells: &[S]) {
        self.rows
            .push(cells.iter().map(ToString::to_string).collect());
    }

    /// Prints the table to standard output.
    pub fn print(&self) {
        print!("{self}");
    }
}

impl std::fmt::Display for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let columns = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.width());
            }
        }
        let line = |f: &mut std::fmt::Formatter<'_>, cells: &[String]| -> std::fmt::Result {
            let mut out = String::new();
            for (i, cell) in cells.iter().enumerate().take(columns) {
                let pad = " ".repeat(widths[i].saturating_sub(cell.width()));
                match self.aligns[i] {
                    Align::Left => out.push_str(&format!("{cell}{pad}")),
                    Align::Right => out.push_str(&format!("{pad}{cell}")),
                }
                if i + 1 < columns {
                    out.push_str("  ");
                }
            }
            writeln!(f, "{}", out.trim_end())
        };
        line(f, &self.headers)?;
        let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
        line(f, &rule)?;
        for row in &self.rows {
            line(f, row)?;
        }
        Ok(())
    }
}

/// A group's leaders as written: `虞秀军常委、副市长、…`.
pub fn leaders_chinese(group: &yiwu_duties::LeaderGroup) -> String {
    let leaders: Vec<String> = group
        .leaders()
        .iter()
        .map(|l| {
            let titles: Vec<&str> = l.titles().iter().map(|t| t.chinese()).collect();
            format!("{}{}", l.name(), titles.join("、"))
        })
        .collect();
    leaders.join("、")
}

/// A group's leaders' titles in English, one leader after another:
/// `Standing Committee Member & Vice Mayor; …`.
pub fn leaders_english(group: &yiwu_duties::LeaderGroup) -> String {
    let titles: Vec<String> = group
        .leaders()
        .iter()
        .map(|l| {
            l.titles()
                .iter()
                .map(|t| t.english())
                .collect::<Vec<_>>()
                .join(" & ")
        })
        .collect();
    titles.join("; ")
}
