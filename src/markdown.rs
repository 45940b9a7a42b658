//! Writing a breakdown back out as clean, canonical markdown.
//!
//! The output is what the OCR'd source should have been: one heading level
//! per kind of heading (`#` part, `##` group, `###` area), every task on one
//! line of its own paragraph, full-width brackets and colon in every
//! responsibility clause, `▲` written plainly before each lead unit, and no
//! page breaks, page numbers or markdown emphasis. Parsing the output gives
//! back the same breakdown, line numbers aside.

use std::iter::Peekable;
use std::slice;

use crate::model::{Breakdown, LeaderGroup, Notice, Role, SourceLine, Task};
use crate::numerals::chinese_numeral;

impl Breakdown {
    /// The document as clean, canonical markdown.
    ///
    /// The covering notice comes first (letterhead, document number, title,
    /// addressees, body paragraphs, signatory, date, publication note),
    /// then each part as a `#` heading (after its attachment label,
    /// `附件2`, where it has one), each leader group as `##`
    /// (`## 一、…`), each area as `###` (`### （一）…方面`; a heading that
    /// names leaders is written whole), and each task as its own
    /// paragraph: `1. text（责任单位：▲牵头单位、配合单位）`, with its own
    /// leaders and deadline as fields of the clause; the notice's back
    /// matter (抄送, 印发) comes last. A
    /// part's notes (`（列第一位的为牵头单位，下同）`) stand before the first
    /// heading or task that followed them in the source (a note read
    /// before the part's title, right after it). Blocks are separated by
    /// one blank line.
    ///
    /// Parsing the output gives back an equal document, line numbers
    /// aside, with nothing to repair: this is the clean copy of an OCR'd
    /// source. Text the parser skipped (and reported as a warning) is not
    /// written.
    ///
    /// The notice has no markup of its own: its fields are recognised by
    /// their form and place, and its paragraphs are told apart by blank
    /// lines only after a sentence ends. It therefore reads back the same
    /// when it has the form of a notice: every body paragraph but the last
    /// ends with 。！？ or ；, and no paragraph has the form of another
    /// field (a date, a title ending in 通知, a document number, addressees
    /// ending in a colon, the publication note). Parts, groups, areas and
    /// tasks always read back the same.
    ///
    /// # Example
    ///
    /// ```
    /// let text = concat!(
    ///     "# 2023 年政府工作报告重点工作责任分解\n",
    ///     "#### 一、张三市长牵头的重点工作\n",
    ///     "1. 地区生产总值增长 6%。(责任单位: **▲**发改局、统计局)\n",
    ///     "2. 推进数字化改革。(责\n",
    ///     "\n",
    ///     "责任单位：改革办)\n",
    /// );
    /// let b = yiwu_duties::parse(text).unwrap();
    /// let clean = b.to_markdown();
    /// assert_eq!(clean, concat!(
    ///     "# 2023 年政府工作报告重点工作责任分解\n",
    ///     "\n",
    ///     "## 一、张三市长牵头的重点工作\n",
    ///     "\n",
    ///     "1. 地区生产总值增长 6%。（责任单位：▲发改局、统计局）\n",
    ///     "\n",
    ///     "2. 推进数字化改革。（责任单位：改革办）\n",
    /// ));
    /// let again = yiwu_duties::parse(&clean).unwrap();
    /// assert!(again.repairs().is_empty());
    /// assert_eq!(again.task("K1.2").unwrap().text(), "推进数字化改革。");
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut blocks: Vec<String> = Vec::new();
        notice_blocks(&self.notice, &mut blocks);
        for part in &self.parts {
            if let Some(label) = &part.attachment {
                blocks.push(plain(&label.text));
            }
            blocks.push(format!("# {}", part.title));
            let mut notes = part.notes.iter().peekable();
            for group in &part.groups {
                group_blocks(group, &mut notes, &mut blocks);
            }
            // Notes after the part's last task, as the document's last
            // lines: a note before the next part would be that part's.
            blocks.extend(notes.map(|note| plain(&note.text)));
        }
        // The notice's back matter, after the last task, as printed.
        blocks.extend(self.notice.end_matter.iter().map(|line| plain(&line.text)));
        let mut out = blocks.join("\n\n");
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

fn notice_blocks(notice: &Notice, blocks: &mut Vec<String>) {
    if let Some(issuer) = &notice.issuer {
        blocks.push(format!("# {issuer}文件"));
    }
    if let Some(number) = &notice.number {
        blocks.push(plain(number));
    }
    if notice.issuer.is_some() || notice.number.is_some() {
        blocks.push("---".to_owned());
    }
    if let Some(title) = &notice.title {
        blocks.push(format!("## {title}"));
    }
    if let Some(addressees) = &notice.addressees {
        blocks.push(plain(&format!("{addressees}：")));
    }
    blocks.extend(notice.body.iter().map(|p| plain(p)));
    if let Some(signatory) = &notice.signatory {
        blocks.push(plain(signatory));
    }
    if let Some(date) = notice.date {
        blocks.push(format!(
            "{}年{}月{}日",
            date.year(),
            date.month(),
            date.day()
        ));
    }
    if notice.published {
        blocks.push("（此件公开发布）".to_owned());
    }
}

/// A line of plain text that reads back as written: text that starts
/// with a heading marker (`#`, `# 标题`) would lose it, so it is written
/// as a heading of its own, whose content is the text.
fn plain(text: &str) -> String {
    let after = text.trim_start_matches('#');
    if after.len() < text.len() && (after.is_empty() || after.starts_with(char::is_whitespace)) {
        format!("# {text}")
    } else {
        text.to_owned()
    }
}

/// The notes of a part still to be written, in source order.
type Notes<'b> = Peekable<slice::Iter<'b, SourceLine>>;

/// Writes the notes that stood before source line `line`: a note states a
/// rule from where it stands on (the first-listed unit leads), so it is
/// written before the same headings and tasks as in the source.
fn notes_before(line: u32, notes: &mut Notes<'_>, blocks: &mut Vec<String>) {
    while let Some(note) = notes.next_if(|note| note.line < line) {
        blocks.push(plain(&note.text));
    }
}

fn group_blocks(group: &LeaderGroup, notes: &mut Notes<'_>, blocks: &mut Vec<String>) {
    // The group without a heading holds what stands straight under the
    // part's title.
    if !group.is_implicit() {
        notes_before(group.line, notes, blocks);
        blocks.push(format!(
            "## {}、{}",
            chinese_numeral(group.ordinal),
            group.heading
        ));
    }
    // Prose reads back as the group's text wherever it stands.
    blocks.extend(group.text.iter().map(|p| plain(p)));
    // Tasks written before the group's first area belong to no area.
    for task in &group.tasks {
        notes_before(task.lines.first(), notes, blocks);
        blocks.push(task_line(task));
    }
    for area in &group.areas {
        notes_before(area.line, notes, blocks);
        // `方面` after a heading that names leaders (in a bracket, or
        // before a verb) would hide them: such a heading is written whole.
        let fangmian = if area.leaders.is_empty() {
            "方面"
        } else {
            ""
        };
        blocks.push(format!(
            "### （{}）{}{fangmian}",
            chinese_numeral(area.ordinal),
            area.name
        ));
        let mut label = None;
        for task in &area.tasks {
            notes_before(task.lines.first(), notes, blocks);
            // A sub-heading before the first task it labels.
            if task.label.is_some() && task.label != label {
                label.clone_from(&task.label);
                blocks.push(plain(task.label.as_deref().unwrap_or_default()));
            }
            blocks.push(task_line(task));
        }
    }
}

fn task_line(task: &Task) -> String {
    let mut line = format!("{}. {}（责任单位：", task.number(), task.text);
    for (i, unit) in task.assignments.iter().enumerate() {
        if i > 0 {
            line.push('、');
        }
        if unit.role == Role::Lead {
            line.push('▲');
        }
        line.push_str(&unit.name);
    }
    // The task's own leaders and deadline, as fields of the same clause.
    if !task.leaders.is_empty() {
        line.push_str("；责任领导：");
        for (i, leader) in task.leaders.iter().enumerate() {
            if i > 0 {
                line.push('、');
            }
            line.push_str(&leader.name);
            for title in &leader.titles {
                line.push_str(title.chinese());
            }
            for other in &leader.other_titles {
                line.push_str(other);
            }
        }
    }
    if let Some(deadline) = &task.deadline {
        line.push_str("；完成时限：");
        line.push_str(deadline.text());
    }
    line.push('）');
    line
}
