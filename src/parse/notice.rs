//! Reading the covering notice: the lines before the first part heading.

use crate::diagnostics::{Place, Repair, RepairKind, Span, Warning, WarningKind};
use crate::model::{Date, LineRange, Notice};
use crate::numerals::{digit_value, parse_chinese_integer};

use super::line::{Line, LineKind, SENTENCE_MARKS};

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
    // The document number of a metadata row (`发文字号：东府办发〔2022〕5号`),
    // for a notice that does not write it again.
    let mut number_row = None;
    for line in lines
        .iter()
        .filter(|l| !matches!(l.kind, LineKind::Blank | LineKind::PageNumber))
    {
        let key_only = super::layout::furniture(&line.content);
        let value = value_next && super::layout::is_furniture_value(&line.content);
        value_next = key_only == Some(true);
        if key_only.is_some() || value {
            if number_row.is_none() {
                number_row = number_in_row(&line.content);
            }
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
    // The title, perhaps broken over lines, and the same title written
    // again (a web page's heading above the document's own): all of them
    // title lines, none of them body text.
    let titles = title_runs(&text_lines);
    if let Some(&(first, last)) = titles.first() {
        let title = title_text(&text_lines[first..=last]);
        let key = super::layout::compact(&title);
        for &(from, to) in &titles {
            if (from, to) != (first, last)
                && super::layout::compact(&title_text(&text_lines[from..=to])) != key
            {
                continue;
            }
            used[from..=to].fill(true);
            for line in &text_lines[from + 1..=to] {
                repairs.push(Repair::new(RepairKind::LineWrapJoined, line.place()));
            }
        }
        notice.title = Some(title);
    }
    for (i, line) in text_lines.iter().enumerate() {
        if used[i] {
            continue;
        }
        let c: &str = &line.content;
        let claim = if line.kind == LineKind::ThematicBreak {
            true
        } else if notice.issuer.is_none() && is_letterhead(line, i == 0) {
            notice.issuer = Some(c.trim_end_matches("文件").trim().to_owned());
            true
        } else if notice.number.is_none() && is_document_number(c) {
            notice.number = Some(c.to_owned());
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
    if notice.number.is_none() {
        notice.number = number_row;
    }
    notice.body = paragraphs(&text_lines, &used, &page_numbers, repairs);
    // A notice copied from a web page has no letterhead; its title names
    // the issuer before 关于 (`XX县人民政府办公室关于印发…的通知`), and the
    // signature above the date names it again.
    if notice.issuer.is_none() {
        notice.issuer = notice
            .title
            .as_deref()
            .and_then(issuer_in_title)
            .or(notice.signatory.as_deref())
            .map(str::to_owned);
    }
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

/// Words that end the name of an issuing office, which may stand on a
/// line of its own above the rest of a broken title.
const OFFICE_ENDINGS: [&str; 4] = ["办公室", "人民政府", "政府", "委员会"];

/// The notice's titles, as runs `first..=last` of `lines`: each ends at a
/// line ending with 通知 (white space aside: `通 知`), and takes in the one
/// or two lines before it when the title is broken over them — up to the
/// line where `关于` starts, and the office's name on a line of its own
/// above that (`区人民政府办公室` ⏎ `关于印发…的` ⏎ `通 知`). The first run
/// is the title; later ones may repeat it.
fn title_runs(lines: &[&Line<'_>]) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (last, line) in lines.iter().enumerate() {
        let c: &str = &line.content;
        if !ends_with_spaced(c, "通知") {
            continue;
        }
        let floor = runs.last().map_or(0, |&(_, end)| end + 1);
        // Whether the line before `start` may be a piece of this title.
        let piece =
            |start: usize| start > floor && start + 2 > last && is_title_piece(lines[start - 1]);
        let mut first = last;
        if !c.contains(SENTENCE_MARKS) {
            // A bare `通知` always ends what the line before began.
            if is_spaced(c, "通知") && piece(first) {
                first -= 1;
            }
            let settled = first;
            let has_about = |first: usize| {
                lines[first..=last]
                    .iter()
                    .any(|l| l.content.contains("关于"))
            };
            while !has_about(first) && piece(first) {
                first -= 1;
            }
            if !has_about(first) {
                first = settled;
            } else if first < last
                && piece(first)
                && super::layout::compact(&lines[first].content).starts_with("关于")
                && OFFICE_ENDINGS
                    .iter()
                    .any(|e| lines[first - 1].content.ends_with(e))
            {
                first -= 1;
            }
        }
        runs.push((first, last));
    }
    runs
}

/// Whether `line` is the letterhead (`义乌市人民政府办公室文件`): a name
/// ending in 文件 and no sentence, as a heading or, in a copy without
/// markup, as the notice's first line.
fn is_letterhead(line: &Line<'_>, first: bool) -> bool {
    let c: &str = &line.content;
    (line.level > 0 || first) && c.ends_with("文件") && !c.contains(SENTENCE_MARKS)
}

/// Whether a line may be a piece of a title broken over lines: no
/// sentence, and not a field of the notice of its own (a letterhead, a
/// document number, a date, the addressees, the publication note).
fn is_title_piece(line: &Line<'_>) -> bool {
    let c: &str = &line.content;
    let letterhead = is_letterhead(line, false);
    let field =
        letterhead || is_document_number(c) || parse_date(c).is_some() || c.contains("公开发布");
    line.kind != LineKind::ThematicBreak
        && !field
        && !c.contains(SENTENCE_MARKS)
        && !ends_with_spaced(c, "通知")
}

/// Whether `text` ends with `word`, white space between its characters
/// allowed (`通 知`). Asked of every line of the notice, so it reads from
/// the end rather than compacting a copy of the line.
fn ends_with_spaced(text: &str, word: &str) -> bool {
    let mut chars = text.chars().rev().filter(|c| !c.is_whitespace());
    word.chars().rev().all(|w| chars.next() == Some(w))
}

/// Whether `text` is `word`, white space between its characters allowed.
fn is_spaced(text: &str, word: &str) -> bool {
    text.chars().filter(|c| !c.is_whitespace()).eq(word.chars())
}

/// The text of a title from its lines, joined as written; a piece of
/// three characters or fewer (`通 知`, `的通知`) is joined without the
/// spaces OCR put between its characters.
fn title_text(lines: &[&Line<'_>]) -> String {
    let mut title = String::new();
    for line in lines {
        let compact = super::layout::compact(&line.content);
        if compact.chars().count() <= 3 {
            title.push_str(&compact);
        } else {
            title.push_str(&line.content);
        }
    }
    title
}

/// The office a notice's title names before what it does: before 关于
/// (`XX县人民政府办公室关于印发…的通知`), 转发 (`XX县人民政府办公室转发市政府
/// 办公室关于…的通知`, whose issuer is the office passing the notice on) or
/// 印发 (`XX市人民政府印发…的通知`), white space allowed around it; `None`
/// for a title that starts with one of them.
fn issuer_in_title(title: &str) -> Option<&str> {
    let end = ["关于", "转发", "印发"]
        .iter()
        .filter_map(|verb| title.find(verb))
        .min()?;
    Some(title[..end].trim()).filter(|issuer| !issuer.is_empty())
}

/// `义政办发〔2022〕20号`: ends with 号 and has a bracketed year.
fn is_document_number(c: &str) -> bool {
    c.ends_with('号') && (c.contains('〔') || c.contains('[') || c.contains('［'))
}

/// `2022年3月18日` or `二〇二二年三月十八日`, white space allowed anywhere in
/// it.
fn parse_date(c: &str) -> Option<Date> {
    parse_digit_date(c).or_else(|| parse_chinese_date(c))
}

/// `二〇二四年三月十二日`: the year digit by digit, the month and the day as
/// numbers (`十二`), white space allowed anywhere in it.
fn parse_chinese_date(c: &str) -> Option<Date> {
    // Asked of every line of the notice: most end otherwise.
    if !c.trim_end().ends_with('日') {
        return None;
    }
    let compact: String = c.chars().filter(|c| !c.is_whitespace()).collect();
    let (year, rest) = compact.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    if year.chars().count() != 4 {
        return None;
    }
    // A zero is also typed as ○, O or ０ (`二○二四年`).
    let zero_or_digit = |c: char| match c {
        '○' | 'O' | 'o' | '０' => Some(0),
        _ => digit_value(c),
    };
    let year = year
        .chars()
        .try_fold(0u64, |value, c| Some(value * 10 + zero_or_digit(c)?))?;
    Date::new(
        u16::try_from(year).ok()?,
        u8::try_from(parse_chinese_integer(month)?).ok()?,
        u8::try_from(parse_chinese_integer(day)?).ok()?,
    )
}

/// The document number a metadata row gives (`发文字号：东府办发〔2022〕5号`,
/// `文  号: …`).
fn number_in_row(content: &str) -> Option<String> {
    let c = super::layout::compact(content);
    let value = ["发文字号", "文号"]
        .iter()
        .find_map(|key| c.strip_prefix(key))?
        .strip_prefix([':', '：'])?;
    is_document_number(value).then(|| value.to_owned())
}

/// `2022年3月18日`, white space allowed anywhere in it.
fn parse_digit_date(c: &str) -> Option<Date> {
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

/// A line of a notice's back matter (版记), which documents print after
/// their last task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EndMatter<'a> {
    /// `抄送：县委办公室，县人大常委会办公室。`: the offices, without the
    /// label and the full stop.
    CopiedTo(&'a str),
    /// `青川县人民政府办公室　2024年3月8日印发`: the printing date.
    Printed(Date),
}

/// What `content` is as a line of the back matter, if it is one: the
/// copies line (抄送) or a printing line ending with a date and 印发.
pub(crate) fn end_matter(content: &str) -> Option<EndMatter<'_>> {
    if let Some(rest) = content.strip_prefix("抄送") {
        let offices = rest.trim_start().strip_prefix(['：', ':'])?;
        let offices = offices.trim().trim_end_matches(['。', '.']).trim_end();
        return (!offices.is_empty()).then_some(EndMatter::CopiedTo(offices));
    }
    let before = content.trim_end().strip_suffix("印发")?;
    // The date ends the line: digits or numerals with 年, 月 and 日, the
    // office (if any) before it.
    let date_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_date_char(c))
        .last()
        .map(|(at, _)| at)?;
    parse_date(before[date_start..].trim()).map(EndMatter::Printed)
}

/// A character a written date may hold.
fn is_date_char(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_digit()
        || digit_value(c).is_some()
        || matches!(c, '年' | '月' | '日' | '十' | '○')
}

/// An office's name alone on a line (`青川县人民政府办公室`), as printed above
/// the printing line's date.
pub(crate) fn is_office_line(content: &str) -> bool {
    const OFFICES: [&str; 4] = ["办公室", "人民政府", "办事处", "管理委员会"];
    content.chars().count() <= 30
        && OFFICES.iter().any(|o| content.ends_with(o))
        && !content.contains(['，', '。', '、', '：', ':', ',', '（', '('])
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
                let kind = RepairKind::joined(blank);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The title and body a notice of `text` reads.
    fn read_notice(text: &str) -> (Option<String>, Vec<String>) {
        let lines: Vec<Line<'_>> = text
            .lines()
            .enumerate()
            .map(|(i, raw)| Line::classify(i as u32 + 1, 0, raw))
            .collect();
        let notice = read(&lines, &mut Vec::new(), &mut Vec::new());
        (notice.title, notice.body)
    }

    #[test]
    fn titles_broken_over_lines() {
        let (title, body) = read_notice(
            "某县人民政府办公室关于印发\n2021年县政府工作报告重点工作\n责任分解的通知\n各部门：\n现印发给你们。\n",
        );
        assert_eq!(
            title.as_deref(),
            Some("某县人民政府办公室关于印发2021年县政府工作报告重点工作责任分解的通知")
        );
        assert_eq!(body, ["现印发给你们。"]);
        // The office's name above `关于…`, and a spaced `通 知`.
        let (title, body) =
            read_notice("某区人民政府办公室\n关于印发2020年重点工作责任分解的\n通 知\n");
        assert_eq!(
            title.as_deref(),
            Some("某区人民政府办公室关于印发2020年重点工作责任分解的通知")
        );
        assert!(body.is_empty());
    }

    #[test]
    fn a_title_written_again_is_no_body_text() {
        let (title, body) = read_notice(
            "某区人民政府办公室 关于印发2020年重点工作责任分解的通知\n某区人民政府办公室\n关于印发2020年重点工作责任分解的\n通 知\n现印发给你们。\n",
        );
        assert_eq!(
            title.as_deref(),
            Some("某区人民政府办公室 关于印发2020年重点工作责任分解的通知")
        );
        assert_eq!(body, ["现印发给你们。"]);
    }

    #[test]
    fn a_title_without_about_takes_no_line_above() {
        // No 关于 in reach: the line above is not guessed into the title.
        let (title, body) = read_notice("某市人民政府\n某市人民政府印发重点工作责任分解的通知\n");
        assert_eq!(
            title.as_deref(),
            Some("某市人民政府印发重点工作责任分解的通知")
        );
        assert_eq!(body, ["某市人民政府"]);
    }

    #[test]
    fn the_issuer_without_a_letterhead() {
        let issuer = |text: &str| {
            let lines: Vec<Line<'_>> = text
                .lines()
                .enumerate()
                .map(|(i, raw)| Line::classify(i as u32 + 1, 0, raw))
                .collect();
            read(&lines, &mut Vec::new(), &mut Vec::new()).issuer
        };
        // The letterhead first, a heading or the notice's first line.
        assert_eq!(
            issuer("某县人民政府办公室文件\n某县人民政府办公室关于印发任务分工方案的通知\n"),
            Some("某县人民政府办公室".to_owned())
        );
        assert_eq!(
            issuer("# 某县人民政府办公室文件\n某县人民政府办公室关于印发任务分工方案的通知\n"),
            Some("某县人民政府办公室".to_owned())
        );
        // Else the office the title names before 关于.
        assert_eq!(
            issuer("某区人民政府办公室 关于印发2020年重点工作责任分解的通知\n现印发给你们。\n"),
            Some("某区人民政府办公室".to_owned())
        );
        // Else the signature above the date.
        assert_eq!(
            issuer(
                "关于印发2023年重点工作责任分解的通知\n现印发给你们。\n某县人民政府办公室\n2023年3月1日\n"
            ),
            Some("某县人民政府办公室".to_owned())
        );
        assert_eq!(issuer("关于印发2023年重点工作责任分解的通知\n"), None);
        // The office passing a notice on, not the one that wrote it.
        assert_eq!(
            issuer("梧桐县人民政府办公室转发市政府办公室关于印发重点工作责任分解的通知\n"),
            Some("梧桐县人民政府办公室".to_owned())
        );
        assert_eq!(
            issuer("某市人民政府印发重点工作责任分解的通知\n"),
            Some("某市人民政府".to_owned())
        );
    }

    #[test]
    fn words_with_spaces_between_their_characters() {
        assert!(ends_with_spaced("关于印发重点工作责任分解的通 知", "通知"));
        assert!(ends_with_spaced("通  知 ", "通知"));
        assert!(!ends_with_spaced("通知书", "通知"));
        assert!(!ends_with_spaced("知", "通知"));
        assert!(is_spaced(" 通 知", "通知"));
        assert!(!is_spaced("的通知", "通知"));
    }

    #[test]
    fn dates_in_digits_and_in_chinese_numerals() {
        let date = |c: &str| parse_date(c).map(|d| (d.year(), d.month(), d.day()));
        assert_eq!(date("2024年3月12日"), Some((2024, 3, 12)));
        assert_eq!(date("二〇二四年三月十二日"), Some((2024, 3, 12)));
        assert_eq!(date("二○二四年三月十二日"), Some((2024, 3, 12)));
        assert_eq!(date("二〇二四年十月一日"), Some((2024, 10, 1)));
        assert_eq!(date("二〇二四年二月三十日"), None);
        assert_eq!(date("二〇二四年三月"), None);
        assert_eq!(date("二十四年三月十二日"), None);
    }
}
