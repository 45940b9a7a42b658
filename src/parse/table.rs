//! Task lists written as Markdown pipe tables whose header names the
//! columns: `| 序号 | 主要工作 | 责任单位 |`, `| 序号 | 重点任务 | 牵头单位 |
//! 配合单位 | 完成时限 |`, `| 序号 | 工作任务 | 牵头部门 | 配合部门 |
//! 完成时间 |`, with an optional leading `分块` column of merged cells, and
//! tables of livelihood projects that name each project and say what it
//! does: `| 序号 | 项目名称 | 主要内容 | 牵头单位 | 责任单位 |` (or 建设内容,
//! 项目内容, 目标任务), whose task text is `项目名称：主要内容`.
//!
//! A table is read where it stands: its rows are tasks of the current
//! group or area (of the group without a heading when the part has no
//! group yet). Its header and separator rows are kept as the group's
//! [`table_lines`](crate::LeaderGroup::table_lines); each row is a task
//! whose lines are that row's. A non-empty 分块 cell is the label of its
//! row's task and of the rows below it until the next non-empty 分块 cell,
//! as a merged cell is; it starts no group, so task numbers and ids follow
//! the 序号 column as written.

use std::ops::Range;

use super::Parser;
use super::fields::{self, Class, FieldKind, Fields};
use super::genre::Collected;
use super::line::Line;
use crate::diagnostics::{Place, Repair, RepairKind, Warning, WarningKind};
use crate::error::{ErrorKind, ParseError};
use crate::model::{LineRange, Task};
use crate::numerals::parse_chinese_integer;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    /// 分块: a subject spanning rows, read as the tasks' label.
    Block,
    /// 序号: the task's number.
    Number,
    /// 主要工作, 重点任务, …, or in a table of projects 主要内容,
    /// 建设内容, …: the task's text.
    Work,
    /// 项目名称: a project's name, which opens the task's text.
    Project,
    /// 责任单位, 牵头单位, 配合单位, … (or 责任部门, 牵头部门, …): units
    /// of a class.
    Units(Class),
    /// 责任领导, 牵头领导, …: the task's own leaders.
    Leaders,
    /// 完成时限, 完成时间, 时限: the task's deadline.
    Deadline,
    /// A column the crate does not read (备注, …).
    Other,
}

/// The column names read besides the fields' names (units, leaders and
/// the deadline, named as the fields of a clause are: see
/// [`fields::field_named`]).
const COLUMNS: &[(&str, Column)] = &[
    ("分块", Column::Block),
    ("板块", Column::Block),
    ("序号", Column::Number),
    ("主要工作", Column::Work),
    ("重点工作", Column::Work),
    ("重点任务", Column::Work),
    ("工作任务", Column::Work),
    ("主要任务", Column::Work),
    ("具体任务", Column::Work),
    ("任务内容", Column::Work),
    ("工作内容", Column::Work),
    ("目标任务", Column::Work),
    // Tables of livelihood projects (民生实事): a project's name, then
    // what it builds or does.
    ("项目名称", Column::Project),
    ("项目", Column::Project),
    ("主要内容", Column::Work),
    ("建设内容", Column::Work),
    ("项目内容", Column::Work),
];

impl From<FieldKind> for Column {
    fn from(kind: FieldKind) -> Column {
        match kind {
            FieldKind::Units(class) => Column::Units(class),
            FieldKind::Leaders => Column::Leaders,
            FieldKind::Deadline => Column::Deadline,
        }
    }
}

/// A task table being read.
#[derive(Debug)]
pub(crate) struct Table {
    columns: Vec<Column>,
    /// Whether the rows below the header have begun (the separator row
    /// was read, or a row came without one).
    body: bool,
    /// Whether the header was written without the outer pipes
    /// (`序号 | 主要工作 | 责任单位`): its rows may be too.
    pipeless: bool,
    /// The 分块 cell in force.
    label: Option<String>,
}

/// One cell of a pipe row: the byte range of its text in the line's
/// content without the white space around it, and with it.
#[derive(Debug, Clone)]
struct Cell {
    text: Range<usize>,
    whole: Range<usize>,
}

/// The cells of a pipe row (`| a | b |`, the closing pipe optional; `\|`
/// is not a pipe), or `None` when `content` is no pipe row. Where
/// `outer_optional`, a row without the outer pipes (`a | b`, as GFM
/// allows) is one too, if it holds a pipe.
fn cells(content: &str, outer_optional: bool) -> Option<Vec<Cell>> {
    let mut start = if content.starts_with('|') {
        1
    } else if outer_optional && has_pipe(content) {
        0
    } else {
        return None;
    };
    let mut out = Vec::new();
    let mut escaped = false;
    // The leading pipe, if any, is one byte.
    for (i, c) in content.char_indices().skip(start) {
        if c == '|' && !escaped {
            out.push(cell(content, start..i));
            start = i + 1;
        }
        escaped = c == '\\';
    }
    if !content[start..].trim().is_empty() {
        out.push(cell(content, start..content.len()));
    }
    Some(out)
}

/// Whether `content` holds a pipe that is not escaped (`\|`).
fn has_pipe(content: &str) -> bool {
    content
        .match_indices('|')
        .any(|(i, _)| !content[..i].ends_with('\\'))
}

/// Whether `content` is the separator row under a table's header, with
/// or without the outer pipes (`| --- | --- |`, `--- | ---`): a header
/// written without them is read as one only above such a row, so that
/// prose holding a `|` is no table.
pub(super) fn is_separator_row(content: &str) -> bool {
    // Asked of every line: nearly all are settled by their lack of a dash.
    content.contains('-') && cells(content, true).is_some_and(|c| is_separator(content, &c))
}

fn cell(content: &str, whole: Range<usize>) -> Cell {
    Cell {
        text: fields::trim(content, whole.clone()),
        whole,
    }
}

/// The columns of a task table's header row: `None` unless it names a
/// number, the work or a project's name, and at least one column of
/// units. A second number, work, project or 分块 column is not read.
fn header(content: &str, cells: &[Cell]) -> Option<Vec<Column>> {
    let mut columns: Vec<Column> = Vec::with_capacity(cells.len());
    for cell in cells {
        let name = super::layout::compact(&content[cell.text.clone()]);
        let column = COLUMNS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, c)| c)
            .or_else(|| fields::field_named(&name).map(Column::from))
            .unwrap_or(Column::Other);
        let once = matches!(
            column,
            Column::Block | Column::Number | Column::Work | Column::Project
        );
        columns.push(if once && columns.contains(&column) {
            Column::Other
        } else {
            column
        });
    }
    let has = |c: Column| columns.contains(&c);
    let units = columns.iter().any(|c| matches!(c, Column::Units(_)));
    let text = has(Column::Work) || has(Column::Project);
    (has(Column::Number) && text && units).then_some(columns)
}

/// Whether a row is the separator under a header: `|---|:--:|`.
fn is_separator(content: &str, cells: &[Cell]) -> bool {
    !cells.is_empty()
        && cells.iter().all(|c| {
            let s = &content[c.text.clone()];
            s.contains('-') && s.chars().all(|ch| matches!(ch, '-' | ':' | ' '))
        })
}

/// The byte ranges of the line breaks written inside cells: `<br>`,
/// `<br/>`, `<br />`, in either case.
fn breaks(content: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let lower = content.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("<br") {
        let start = from + at;
        let rest = &lower[start + 3..];
        let inner = rest.len() - rest.trim_start_matches([' ', '/']).len();
        if rest[inner..].starts_with('>') {
            let end = start + 3 + inner + 1;
            out.push(start..end);
            from = end;
        } else {
            from = start + 3;
        }
    }
    out
}

/// `content` with each line break inside a cell written as the unit
/// separator `、` padded with spaces to the same byte length, so that
/// byte offsets stay those of the line.
fn breaks_as_separators(content: &str, breaks: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(content.len());
    let mut at = 0;
    for b in breaks {
        out.push_str(&content[at..b.start]);
        out.push('、');
        for _ in '、'.len_utf8()..b.len() {
            out.push(' ');
        }
        at = b.end;
    }
    out.push_str(&content[at..]);
    out
}

/// The text of `range` of `content` with the line breaks inside it
/// removed.
fn without_breaks(content: &str, range: Range<usize>, breaks: &[Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = range.start;
    for b in breaks
        .iter()
        .filter(|b| b.start >= range.start && b.end <= range.end)
    {
        out.push_str(content[at..b.start].trim_end());
        at = b.end;
    }
    out.push_str(&content[at..range.end]);
    out.trim().to_owned()
}

/// A task's text from a project's name and its content (either may be
/// empty): `老旧小区改造：完成改造15个`. Both are kept, in one text, rather
/// than the name set apart as the task's label: a label is the 分块 cell
/// or a sub-heading above several tasks, while a project's name belongs
/// to its own row, and in the text it stays with the task wherever the
/// task is written (the clean copy, exports). A name that ends in a colon
/// of its own is not given a second one.
fn project_text(name: String, content: String) -> String {
    if name.is_empty() {
        return content;
    }
    if content.is_empty() {
        return name;
    }
    let colon = if name.ends_with(['：', ':']) {
        ""
    } else {
        "："
    };
    format!("{name}{colon}{content}")
}

/// The place of a cell: its text, or the whole cell when it is empty, or
/// the character before it (the pipe, or the end of a row that lacks the
/// cell) when that is empty too.
fn cell_place(line: &Line<'_>, cell: &Cell) -> Place {
    let range = if !cell.text.is_empty() {
        cell.text.clone()
    } else if !cell.whole.is_empty() {
        cell.whole.clone()
    } else {
        let at = cell.whole.start;
        let before = line.content[..at]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        at - before..at
    };
    line.place_of(range)
}

impl<'a> Parser<'a> {
    /// Reads `line` as a row of a task table (its header, its separator
    /// or a task), if it is one. Returns whether it was taken; any other
    /// line ends the table being read.
    pub(super) fn table_line(&mut self, line: &'a Line<'a>) -> Result<bool, ParseError> {
        // A header without the outer pipes counts only above a separator
        // row; the rows of its table may lack them too.
        let outer_optional =
            self.separator_follows || self.table.as_ref().is_some_and(|t| t.pipeless);
        let Some(cells) = cells(&line.content, outer_optional) else {
            self.table = None;
            return Ok(false);
        };
        if let Some(columns) = header(&line.content, &cells) {
            // Tables before the first part are notice text, as numbered
            // tasks there are.
            if self.parts.is_empty() {
                return Ok(false);
            }
            self.finish_task()?;
            self.implicit_group();
            self.table_heading(line);
            self.table = Some(Table {
                columns,
                body: false,
                pipeless: !line.content.starts_with('|'),
                label: None,
            });
        } else {
            let Some(table) = self.table.as_mut() else {
                return Ok(false);
            };
            if !table.body && is_separator(&line.content, &cells) {
                table.body = true;
                self.table_heading(line);
            } else {
                table.body = true;
                self.row(line, &cells)?;
            }
        }
        self.blank_run = 0;
        self.furniture_value_next = false;
        Ok(true)
    }

    /// Keeps a header, separator or section row as a line of the current
    /// group.
    fn table_heading(&mut self, line: &Line<'_>) {
        if let Some(group) = self.parts.last_mut().and_then(|p| p.groups.last_mut()) {
            group.table_lines.push(line.number);
        }
        if line.had_markdown {
            let kind = RepairKind::MarkdownRemoved;
            self.repairs.push(Repair::new(kind, line.trimmed_place()));
        }
    }

    /// Reads a row of the table being read as a task and files it.
    fn row(&mut self, line: &'a Line<'a>, cells: &[Cell]) -> Result<(), ParseError> {
        let Some(table) = self.table.as_mut() else {
            return Ok(());
        };
        let content: &str = &line.content;
        let end = content.len();
        let missing = Cell {
            text: end..end,
            whole: end..end,
        };
        let cell_of = |i: usize| cells.get(i).cloned().unwrap_or_else(|| missing.clone());
        let unreadable = |cell: &Cell| {
            ParseError::new(
                ErrorKind::UnreadableTableRow,
                cell_place(line, cell),
                line.raw,
            )
        };
        let column_of = |wanted: Column, columns: &[Column]| {
            columns.iter().position(|&c| c == wanted).map(cell_of)
        };
        let breaks = breaks(content);
        let columns = table.columns.clone();
        if let Some(block) = column_of(Column::Block, &columns) {
            let text = without_breaks(content, block.text.clone(), &breaks);
            if !text.is_empty() {
                table.label = Some(text);
            }
        }
        let label = table.label.clone();

        // The number, where start_task points at it.
        let number_cell = column_of(Column::Number, &columns).unwrap_or_else(|| missing.clone());
        let written = content[number_cell.text.clone()]
            .trim_end_matches(['.', '．', '、'])
            .trim_start_matches(['(', '（'])
            .trim_end_matches([')', '）']);
        // A section row (`| 一 | 扩大有效投资 | | |`): a Chinese numeral and
        // no unit. Its text labels the rows under it, as a 分块 cell does.
        if parse_chinese_integer(written).is_some() {
            let no_units = columns
                .iter()
                .enumerate()
                .filter(|(_, c)| matches!(c, Column::Units(_)))
                .all(|(i, _)| cell_of(i).text.is_empty());
            let section = [Column::Work, Column::Project]
                .into_iter()
                .filter_map(|c| column_of(c, &columns))
                .map(|cell| without_breaks(content, cell.text, &breaks))
                .find(|text| !text.is_empty());
            if let (true, Some(section)) = (no_units, section) {
                table.label = Some(section);
                self.table_heading(line);
                return Ok(());
            }
        }
        let digits = written.bytes().take_while(u8::is_ascii_digit).count();
        let number = match written.parse::<u32>() {
            Ok(n) if (1..=4).contains(&digits) => n,
            _ => return Err(unreadable(&number_cell)),
        };
        let offset =
            number_cell.text.start + content[number_cell.text.clone()].find(written).unwrap_or(0);
        let at = content[..offset].chars().count();
        self.number_cell = Some((at, digits));
        self.start_task(line, number, "", 0)?;
        let Some(pending) = self.pending.take() else {
            return Ok(());
        };

        let work = column_of(Column::Work, &columns);
        let project = column_of(Column::Project, &columns);
        let read = |cell: &Option<Cell>| {
            cell.as_ref()
                .map(|c| without_breaks(content, c.text.clone(), &breaks))
                .unwrap_or_default()
        };
        let text = project_text(read(&project), read(&work));
        if text.is_empty() {
            // Where the text was due: the work's cell, else the name's.
            let due = work.or(project).unwrap_or_else(|| missing.clone());
            return Err(unreadable(&due));
        }

        let separated = breaks_as_separators(content, &breaks);
        let mut collected = Collected::default();
        let mut first_units: Option<Cell> = None;
        let mut clause: Option<Place> = None;
        for (i, column) in columns.iter().enumerate() {
            let cell = cell_of(i);
            let mut read = Fields::default();
            match *column {
                Column::Units(class) => {
                    first_units.get_or_insert_with(|| cell.clone());
                    if cell.text.is_empty() {
                        continue;
                    }
                    clause.get_or_insert_with(|| cell_place(line, &cell));
                    fields::read_fields(&separated, cell.text.clone(), &mut read);
                    for unit in &mut read.units {
                        unit.class.get_or_insert(class);
                    }
                }
                // `| — |`: no leader, no deadline (see [`fields::is_none_mark`]).
                Column::Leaders | Column::Deadline
                    if fields::is_none_mark(&separated[cell.text.clone()]) =>
                {
                    continue;
                }
                Column::Leaders => {
                    read.leaders = fields::list_names(&separated, cell.text.clone());
                }
                Column::Deadline if !cell.text.is_empty() => {
                    read.deadlines.push(cell.text.clone());
                }
                Column::Other if !cell.text.is_empty() => {
                    self.ignored(line, &cell);
                    continue;
                }
                _ => continue,
            }
            self.collect(
                &separated,
                &read,
                &|r| line.place_of(r),
                &|_| line.raw,
                &mut collected,
            )?;
        }
        // Cells beyond the header's columns.
        for cell in cells.iter().skip(columns.len()) {
            if !cell.text.is_empty() {
                self.ignored(line, cell);
            }
        }
        let Some(clause) = clause.filter(|_| !collected.units.is_empty()) else {
            return Err(unreadable(&first_units.unwrap_or(missing)));
        };
        if line.had_markdown {
            let kind = RepairKind::MarkdownRemoved;
            self.repairs.push(Repair::new(kind, line.trimmed_place()));
        }
        let assignments = self.roles(pending.id, collected.units, clause);
        if label.is_some() {
            self.task_label.clone_from(&label);
        }
        self.push_task(Task {
            id: pending.id,
            text,
            assignments,
            lines: LineRange::new(line.number, line.number),
            leaders: collected.leaders,
            deadline: collected.deadline,
            label,
        });
        Ok(())
    }

    /// Reports a cell that is not read.
    fn ignored(&mut self, line: &Line<'_>, cell: &Cell) {
        let text = &line.content[cell.text.clone()];
        let kind = WarningKind::TableCellIgnored;
        self.warnings
            .push(Warning::new(kind, text, cell_place(line, cell)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_headers() {
        let row = "| 分块 | 序号 | 主要工作 | 责任单位 |";
        let c = cells(row, false).unwrap();
        assert_eq!(c.len(), 4);
        assert_eq!(&row[c[2].text.clone()], "主要工作");
        assert_eq!(
            header(row, &c),
            Some(vec![
                Column::Block,
                Column::Number,
                Column::Work,
                Column::Units(Class::Responsible)
            ])
        );
        let furniture = "| 索引号 | 001 | 发布机构 | 县政府办 |";
        assert_eq!(header(furniture, &cells(furniture, false).unwrap()), None);
        let sep = "|---|:--:| --- |";
        assert!(is_separator(sep, &cells(sep, false).unwrap()));
        assert!(cells("序号 | 主要工作", false).is_none());
        // Without the outer pipes, as GFM allows, where a separator row
        // is below; an escaped pipe is no pipe.
        let row = "序号 | 主要工作 | 责任单位";
        assert_eq!(cells(row, true).unwrap().len(), 3);
        assert!(cells("甲\\|乙", true).is_none());
        assert!(is_separator_row("--- | :---: | ---"));
        assert!(is_separator_row("|---|---|"));
        assert!(!is_separator_row("---"));
        assert!(!is_separator_row("甲 | 乙"));
        let open = "| 1 | 修路 | 交通局";
        assert_eq!(cells(open, false).unwrap().len(), 3);
    }

    #[test]
    fn project_tables() {
        let header_of = |row: &str| header(row, &cells(row, false).unwrap());
        assert_eq!(
            header_of("| 序号 | 项目名称 | 主要内容 | 牵头单位 | 责任单位 |"),
            Some(vec![
                Column::Number,
                Column::Project,
                Column::Work,
                Column::Units(Class::Lead),
                Column::Units(Class::Responsible)
            ])
        );
        for content in ["建设内容", "项目内容", "目标任务"] {
            let row = format!("| 序号 | 项目名称 | {content} | 责任单位 |");
            assert_eq!(header_of(&row).unwrap()[2], Column::Work, "{content}");
        }
        // A name without content is enough; units are not optional.
        assert!(header_of("| 序号 | 项目名称 | 责任单位 |").is_some());
        assert_eq!(header_of("| 序号 | 项目名称 | 主要内容 |"), None);
        assert_eq!(project_text("甲".into(), "乙".into()), "甲：乙");
        assert_eq!(project_text("甲：".into(), "乙".into()), "甲：乙");
        assert_eq!(project_text("甲".into(), String::new()), "甲");
        assert_eq!(project_text(String::new(), "乙".into()), "乙");
    }

    #[test]
    fn line_breaks_inside_cells() {
        let s = "| 甲局<br>乙局<BR />丙局 |";
        let b = breaks(s);
        assert_eq!(b.len(), 2);
        let sep = breaks_as_separators(s, &b);
        assert_eq!(sep.len(), s.len());
        assert!(sep.contains("甲局、 乙局、"));
        assert_eq!(without_breaks(s, 1..s.len() - 1, &b), "甲局乙局丙局");
    }
}

#[cfg(test)]
mod odd_rows {
    /// Odd rows read or fail with an error inside the text; none panics.
    #[test]
    fn odd_rows_never_panic() {
        let head = "# 2024年重点工作责任分解\n| 序号 | 主要工作 | 责任单位 | 完成时限 |\n|---|---|---|---|\n";
        for row in [
            "|",
            "||||",
            "| 1 |",
            "| 1 | 修路",
            "| 1 | 修路 | 交通局 | <br> | 多余 | 格 |",
            "| 99999 | 修路 | 交通局 |",
            "| (1) | 修路<br/> | ▲交通局<BR>、 |",
            "| 1 | 修路 | 、、 |",
            "| 1 | 修路 | 牵头单位： |",
            "| 1 | 修路 | 交通局 \\| 财政局 |",
            "| １ | 修路 | 交通局 |",
            "| 1 | <br> | 交通局 |",
        ] {
            let text = format!("{head}{row}\n");
            match crate::parse(&text) {
                Ok(b) => assert_eq!(b.tasks().count(), 1, "{row}"),
                Err(e) => {
                    let line = text.lines().nth(e.line() as usize - 1).unwrap_or("");
                    assert!(
                        e.column() as usize <= line.chars().count() + 1,
                        "{row}: {e}"
                    );
                }
            }
        }
    }
}
