//! Reading the covering notice: the lines before the first part heading.

use crate::diagnostics::{Place, Repair, RepairKind, Span, Warning, WarningKind};
use crate::model::{Date, LineRange, Notice};

use super::line::{Line, LineKind};

/// Builds the notice from its lines (blank lines included, so that page
/// breaks inside paragraphs can be reported).
pub(crate) fn read(
    lines: &[Line<'_>],
    repairs: &mut Vec<Repair>,
    warnings: &mut Vec<Warning>,
) -> Notice {
    // Page numbers left by OCR are skipped, with a warning, as in the parts.
    let mut page_numbers = Vec::new();
    for line in lines.iter().filter(|l| l.kind == LineKind::PageNumber) {
        page_numbers.push(line.number);
        let text = line.content.to_string();
        warnings.push(Warning::new(WarningKind::PageNumber, text, line.place()));
    }
    // Web-page furniture (index numbers, the publishing office, view
    // counts, breadcrumbs) is skipped, with a warning: a key row without
    // its value takes the next line with it.
    let mut value_next = false;
    let mut text_lines: Vec<&Line<'_>> = Vec::new();
    for line in lines
        .iter()
        .filter(|l| !matches!(l.kind, LineKind::Blank | LineKind::PageNumber))
    {
        let key_only = super::layout::furniture(&line.content);
        let value = value_next && super::layout::is_furniture_value(&line.content);
        value_next = key_only == Some(true);
        if key_only.is_some() || value {
            let text = line.content.to_string();
            warnings.push(Warning::new(WarningKind::PageFurniture, text, line.place()));
        } else {
            text_lines.push(line);
        }
    }
    let (Some(first), Some(last)) = (text_lines.first(), text_lines.last()) else {
        return Notice::default();
    };
    let mut notice = Notice {
        lines: Some(LineRange::new(first.number, last.number)),
        ..Notice::default()
    };
    let date_at = text_lines
        .iter()
        .position(|l| parse_date(&l.content).is_some());
    let mut used = vec![false; text_lines.len()];
    for (i, line) in text_lines.iter().enumerate() {
        if used[i] {
            continue;
        }
        let c: &str = &line.content;
        // A title broken before its last word (`…责任分解的` ⏎ `通 知`).
        let split_title = text_lines
            .get(i + 1)
            .filter(|next| c.ends_with('的') && super::layout::compact(&next.content) == "通知");
        let claim = if let Some(next) = split_title.filter(|_| notice.title.is_none()) {
            notice.title = Some(format!("{c}{}", super::layout::compact(&next.content)));
            used[i + 1] = true;
            true
        } else if line.kind == LineKind::ThematicBreak {
            true
        } else if notice.issuer.is_none() && line.level > 0 && c.ends_with("文件") {
            notice.issuer = Some(c.trim_end_matches("文件").trim().to_owned());
            true
        } else if notice.number.is_none() && is_document_number(c) {
            notice.number = Some(c.to_owned());
            true
        } else if notice.title.is_none() && c.ends_with("通知") {
            notice.title = Some(c.to_owned());
            true
        } else if notice.addressees.is_none() && notice.title.is_some() && c.ends_with(['：', ':'])
        {
            notice.addressees = Some(c.trim_end_matches(['：', ':']).to_owned());
            true
        } else if Some(i) == date_at {
            notice.date = parse_date(c);
            true
        } else if c.contains("公开发布") {
            notice.published = true;
            true
        } else if date_at == Some(i + 1) && !c.contains(['。', '，', '：']) {
            notice.signatory = Some(c.to_owned());
            true
        } else {
            false
        };
        used[i] = claim;
    }
    notice.body = paragraphs(&text_lines, &used, &page_numbers, repairs);
    // A missing field concerns the whole notice.
    let whole = Place {
        span: Span::new(first.offset, last.offset + last.raw.len()),
        line: first.number,
        column: 1,
    };
    let mut missing = |field: &str| {
        let kind = WarningKind::MissingNoticeField {
            field: field.to_owned(),
        };
        warnings.push(Warning::new(kind, "", whole));
    };
    if notice.issuer.is_none() {
        missing("issuer");
    }
    if notice.number.is_none() {
        missing("document number");
    }
    if notice.title.is_none() {
        missing("title");
    }
    if notice.date.is_none() {
        missing("date");
    }
    notice
}

/// `义政办发〔2022〕20号`: ends with 号 and has a bracketed year.
fn is_document_number(c: &str) -> bool {
    c.ends_with('号') && (c.contains('〔') || c.contains('[') || c.contains('［'))
}

/// `2022年3月18日`, white space allowed anywhere in it.
fn parse_date(c: &str) -> Option<Date> {
    // The year, month and day, each ended by its unit character.
    const UNITS: [char; 3] = ['年', '月', '日'];
    let mut values = [0u32; 3];
    let mut digits = [0usize; 3];
    let mut field = 0;
    for ch in c.chars().filter(|c| !c.is_whitespace()) {
        if field == UNITS.len() {
            // Anything after 日.
            return None;
        }
        if ch == UNITS[field] {
            field += 1;
        } else if let Some(digit) = ch.to_digit(10) {
            // `to_digit(10)` reads ASCII digits only.
            // A number too large for a `u32` does not parse.
            values[field] = values[field].checked_mul(10)?.checked_add(digit)?;
            digits[field] += 1;
        } else {
            return None;
        }
    }
    if field < UNITS.len() || digits.contains(&0) {
        return None;
    }
    Date::new(
        u16::try_from(values[0]).ok()?,
        u8::try_from(values[1]).ok()?,
        u8::try_from(values[2]).ok()?,
    )
}

/// Joins the unclaimed lines into paragraphs: a line continues the one
/// before when no blank line separates them (a wrap), or when the one
/// before does not end a sentence (a page break mid-sentence).
fn paragraphs(
    lines: &[&Line<'_>],
    used: &[bool],
    page_numbers: &[u32],
    repairs: &mut Vec<Repair>,
) -> Vec<String> {
    // The blank lines between two text lines: a page number in the gap is
    // part of the page break, not a blank line.
    let blank_between = |before: u32, after: u32| {
        let gap = after.saturating_sub(before + 1);
        let numbers = page_numbers
            .iter()
            .filter(|&&n| n > before && n < after)
            .count() as u32;
        gap - numbers
    };
    let mut out: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate().filter(|(i, _)| !used[*i]) {
        // Only a line right after another body line can continue it.
        let previous = i
            .checked_sub(1)
            .filter(|&p| !used[p])
            .map(|p| lines[p].number);
        let continues = match (previous, out.last()) {
            (Some(prev), Some(last)) => {
                line.number.saturating_sub(prev + 1) == 0
                    || !last.ends_with(['。', '！', '？', '；'])
            }
            _ => false,
        };
        match out.last_mut() {
            Some(last) if continues => {
                let blank = blank_between(previous.unwrap_or(0), line.number);
                let kind = if blank == 0 {
                    RepairKind::LineWrapJoined
                } else {
                    RepairKind::PageBreakJoined { blank_lines: blank }
                };
                repairs.push(Repair::new(kind, line.place()));
                last.push_str(&line.content);
                // A `*` ending one line and a `*` starting the next make
                // emphasis markup once joined.
                if last.contains("**") {
                    *last = last.replace("**", "");
                    let kind = RepairKind::MarkdownRemoved;
                    repairs.push(Repair::new(kind, line.place()));
                }
            }
            _ => out.push(line.content.to_string()),
        }
    }
    out.retain(|p| !p.is_empty());
    out
}
