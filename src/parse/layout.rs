//! The layout of a document beyond single lines: where the covering notice
//! ends (attachment lists repeat the part titles), part titles broken over
//! two lines, web-page furniture, prose and labels inside parts, and tables
//! flattened to one cell per line.

use super::fields;
use super::line::{self, Line, LineKind, attachment_label_end};
use crate::numerals::is_numeral_char;

/// Whether the text, white space aside, starts an attachment list or
/// names an attachment: `附件：1.…`, `附件1`, `附件`.
fn is_attachment(text: &str) -> bool {
    let mut chars = compact_chars(text);
    chars.next() == Some('附') && chars.next() == Some('件')
}

/// Whether the whole line is an attachment's label: `附件`, `附件2`,
/// `附件 2`, `附件3：`, `附件二` (white space aside). Such a line heads an
/// attachment, as opposed to the notice's list of them (`附件：1.…`).
pub(crate) fn is_attachment_label(content: &str) -> bool {
    // Asked of every line before a part may start: read without copying.
    let mut chars = compact_chars(content);
    if chars.next() != Some('附') || chars.next() != Some('件') {
        return false;
    }
    let mut digits = 0;
    let mut colon = false;
    for ch in chars {
        if colon {
            // Text after the colon: an attachment list (`附件：1.…`).
            return false;
        }
        if matches!(ch, '：' | ':') {
            colon = true;
        } else if line::is_digit(ch) || is_numeral_char(ch) {
            digits += 1;
        } else {
            return false;
        }
    }
    digits <= 3
}

/// `1.…`, `2．…`, `3、…` (white space aside): an item of an attachment
/// list.
fn is_list_item(text: &str) -> bool {
    let mut chars = compact_chars(text).peekable();
    let mut digits = 0;
    while chars.next_if(char::is_ascii_digit).is_some() {
        digits += 1;
    }
    digits > 0 && chars.next().is_some_and(|c| matches!(c, '.' | '．' | '、'))
}

/// The characters of `text` but white space.
fn compact_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| !c.is_whitespace())
}

/// The content without white space.
pub(crate) fn compact(content: &str) -> String {
    // Sized for the whole content: the filter's size hint is zero, and
    // notice paragraphs run to hundreds of bytes.
    let mut compacted = String::with_capacity(content.len());
    compacted.extend(compact_chars(content));
    compacted
}

/// Whether the part title at `lines[at]` is rather a piece of the
/// notice's title broken over lines (`…关于印发2021年` ⏎
/// `县政府工作报告重点工作责任分解` ⏎ `的通知`): one of the next two
/// non-blank lines ends the title with 通知, and nothing between reads as
/// a sentence.
pub(crate) fn in_notice_title(lines: &[Line<'_>], at: usize) -> bool {
    let next = lines[at + 1..]
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .take(2);
    for line in next {
        if !matches!(line.kind, LineKind::Text | LineKind::Part) {
            return false;
        }
        let c = compact(&line.content);
        // A title may list with 、 but holds no sentence.
        if c.contains(line::SENTENCE_MARKS) {
            return false;
        }
        if c.ends_with("通知") {
            return true;
        }
    }
    false
}

/// The index of the first part title that is not an item of the notice's
/// attachment list (`附件：1.2023年…责任分解` / `2.2023年…责任分解` repeat the
/// titles of the parts that follow) nor a piece of the notice's own title
/// ([`in_notice_title`]); `None` when the document has none.
pub(crate) fn first_part(lines: &[Line<'_>]) -> Option<usize> {
    let mut in_attachments = false;
    for (i, line) in lines.iter().enumerate() {
        if line.kind == LineKind::Blank {
            continue;
        }
        // A title after its label (`附件1：2023年…责任分解`) is an item of the
        // notice's list of attachments when the part it names follows
        // later; else it starts the first part.
        let label_end = attachment_label_end(&line.content).filter(|_| line.kind == LineKind::Part);
        if let Some(end) = label_end {
            let title = &line.content[end..];
            let named_later = lines[i + 1..]
                .iter()
                .any(|later| later.kind == LineKind::Part && titled(&later.content) == title);
            if !named_later {
                return Some(i);
            }
            in_attachments = true;
            continue;
        }
        // Both questions are about the start of the line: the notice's
        // paragraphs are not copied to answer them.
        if is_attachment(&line.content) {
            in_attachments = true;
            continue;
        }
        if in_attachments && is_list_item(&line.content) {
            continue;
        }
        in_attachments = false;
        if line.kind == LineKind::Part && !in_notice_title(lines, i) {
            return Some(i);
        }
    }
    None
}

/// A part title's text, after the attachment label written before it on
/// its line, if any.
fn titled(content: &str) -> &str {
    &content[attachment_label_end(content).unwrap_or(0)..]
}

/// Whether a line standing on its own before a part's title belongs to
/// that part rather than to what precedes it: an attachment label
/// (`附件2`), or a note on how the tasks mark their leads (the
/// first-listed unit leads, ▲ marks the lead).
pub(crate) fn is_front_matter(line: &Line<'_>) -> bool {
    line.kind == LineKind::Text
        && (is_attachment_label(&line.content)
            || fields::is_first_listed_note(&line.content)
            || fields::is_lead_mark_note(&line.content))
}

/// Where the part whose title (or the first half of it) is `lines[at]`
/// starts: at the front matter right before it ([`is_front_matter`],
/// blank lines between allowed), else at `at`. The notice ends there, so
/// that `附件1` is read as the first part's label, not as notice text.
pub(crate) fn front_matter_start(lines: &[Line<'_>], at: usize) -> usize {
    let mut start = at;
    for (i, line) in lines[..at].iter().enumerate().rev() {
        if line.kind == LineKind::Blank {
            continue;
        }
        if !is_front_matter(line) {
            break;
        }
        start = i;
    }
    start
}

/// Whether, after the item `lines[from - 1]` (numbered `一、` or `（一）`),
/// the first line that is neither blank nor a page number is the next
/// item of the same rank or a higher one (`（二）` after `（一）`; `二、`, a
/// part's title, or the document's end after either), or a line that
/// `ends_list` says ends the list of items (the notice's back matter, a
/// note, the web page's footer). The item's field lines may come first.
pub(crate) fn item_follows(
    lines: &[Line<'_>],
    from: usize,
    ends_list: impl Fn(&Line<'_>) -> bool,
) -> bool {
    let area = from
        .checked_sub(1)
        .and_then(|at| lines.get(at))
        .is_some_and(|item| matches!(item.kind, LineKind::Area { .. }));
    // The item's own field lines (`牵头单位：…`) come before the next.
    lines[from.min(lines.len())..]
        .iter()
        .find(|l| {
            let passed = match l.kind {
                LineKind::Blank | LineKind::PageNumber => true,
                LineKind::Text => fields::field_at(&l.content).is_some(),
                _ => false,
            };
            !passed
        })
        .is_none_or(|l| match l.kind {
            LineKind::Group { .. } | LineKind::Part => true,
            LineKind::Area { .. } => area,
            LineKind::Text => ends_list(l),
            _ => false,
        })
}

/// Whether the document puts a blank line between nearly every two lines,
/// as copies of web pages often do: one blank line is then spacing, not a
/// break between paragraphs or pages.
pub(crate) fn double_spaced(lines: &[Line<'_>]) -> bool {
    let text: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.kind != LineKind::Blank)
        .map(|(i, _)| i)
        .collect();
    let gaps = text.len().saturating_sub(1);
    let spaced = text.windows(2).filter(|w| w[1] - w[0] == 2).count();
    gaps >= 8 && spaced * 5 >= gaps * 4
}

/// Whether `content` is a note on the list (`注：…`, `备注：…`, `说明：…`).
pub(crate) fn is_note(content: &str) -> bool {
    note_text(content).is_some()
}

/// The text of a note on the list after its label and colon (`注：…`,
/// `备注：…`, `说明：…`).
fn note_text(content: &str) -> Option<&str> {
    let rest = ["注", "备注", "说明"]
        .iter()
        .find_map(|label| content.strip_prefix(label))?
        .trim_start();
    let colon = rest.chars().next().filter(|&c| fields::is_colon(c))?;
    Some(rest[colon.len_utf8()..].trim_start())
}

/// Whether the first line from `lines[from]` on that is neither blank nor
/// front matter ([`is_front_matter`]) starts a part: a part title, or the
/// first half of one broken over two lines.
pub(crate) fn part_follows(lines: &[Line<'_>], from: usize) -> bool {
    let Some(i) = (from..lines.len())
        .find(|&i| lines[i].kind != LineKind::Blank && !is_front_matter(&lines[i]))
    else {
        return false;
    };
    match lines[i].kind {
        LineKind::Part => true,
        LineKind::Text => next_non_blank(lines, i + 1).is_some_and(|next| {
            lines[next].kind == LineKind::Part && title_head(lines, next) == Some(i)
        }),
        _ => false,
    }
}

/// The first half of the part title at `lines[at]` broken over two lines
/// (`2023年政府工作报告重点工作` ⏎ `责任分解`), if there is one: the text
/// line just before it, or with a blank line or two between, as web
/// copies space every line. It has no sentence punctuation, is no date,
/// attachment or notice title, and names a year or the kind of work,
/// while the part line itself names no year. Returns the head's index.
pub(crate) fn title_head(lines: &[Line<'_>], at: usize) -> Option<usize> {
    let head = (0..at)
        .rev()
        .take(3)
        .find(|&i| lines[i].kind != LineKind::Blank)?;
    let before = &lines[head];
    let part = &lines[at];
    if before.kind != LineKind::Text || super::years_of(&part.content).is_some() {
        return None;
    }
    let c = compact(&before.content);
    let names_work = ["政府工作报告", "重点工作", "民生实事", "《"]
        .iter()
        .any(|w| c.contains(w));
    let is_head = !c.contains(SENTENCE_MARKS)
        && !is_attachment(&c)
        && !c.ends_with("通知")
        && !c.ends_with('日')
        && (super::years_of(&c).is_some() || names_work);
    is_head.then_some(head)
}

/// The next line from `lines[from]` on that is not blank, if any.
pub(crate) fn next_non_blank(lines: &[Line<'_>], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| lines[i].kind != LineKind::Blank)
}

/// The number of the first note in a numbered list of notes after the
/// tasks (`注：1.各乡镇均为配合单位。`), and its style.
pub(crate) fn numbered_note(content: &str) -> Option<(line::NumberStyle, u32)> {
    line::numbered(note_text(content)?)
}

/// Punctuation that shows a line is a sentence, not a heading.
const SENTENCE_MARKS: [char; 10] = ['。', '，', '；', '：', ',', ';', ':', '！', '？', '、'];

/// Keys of the metadata rows a government web page shows around a notice.
const FURNITURE_KEYS: [&str; 25] = [
    "索引号",
    "字体大小",
    "信息索引号",
    "发布机构",
    "成文日期",
    "发布日期",
    "发布时间",
    "生成日期",
    "浏览次数",
    "访问次数",
    "点击次数",
    "字体",
    "字号",
    "信息来源",
    "主题分类",
    "组配分类",
    "公开方式",
    "公开范围",
    "有效性",
    "文件登记号",
    "所属机构",
    "文件分类",
    "您所在的位置",
    "当前位置",
    "名称",
];

/// Keys that are furniture only when a colon follows them: metadata
/// rows, and the rows of a page's footer and neighbours (`主办单位：`,
/// `上一篇：`).
const FURNITURE_KEYS_WITH_COLON: [&str; 12] = [
    "来源",
    "标题",
    "发文字号",
    "文号",
    "发文机关",
    "主办单位",
    "承办单位",
    "网站标识码",
    "上一篇",
    "下一篇",
    "您当前的位置",
    "您的位置",
];

/// Page controls a web page shows as links.
const FURNITURE_LINKS: [&str; 8] = [
    "设为首页",
    "加入收藏",
    "无障碍阅读",
    "长者版",
    "打印本页",
    "关闭窗口",
    "【打印】",
    "【关闭】",
];

/// Whether `content` is web-page furniture: a metadata row (`索引号 …`,
/// `发布时间:…`, `名 称: …`, a pipe row `| 索引号 | … |`), a breadcrumb
/// (`首页 > 政务公开 > …`) or a page control (`设为首页`). Returns whether
/// the row is a key without a value (`• 发布机构:`), whose value may
/// follow on a line of its own.
pub(crate) fn furniture(content: &str) -> Option<bool> {
    const BULLETS: [char; 6] = ['•', '·', '-', '*', '●', '>'];
    // Every row of furniture starts with a key, a link, `首页` or `|`;
    // other lines (the notice's paragraphs) are settled by their first
    // character, without compacting them.
    let first = content
        .chars()
        .find(|c| !c.is_whitespace() && !BULLETS.contains(c))?;
    let starts = |words: &[&str]| words.iter().any(|w| w.starts_with(first));
    if !(first == '|'
        || first == '首'
        || starts(&FURNITURE_KEYS)
        || starts(&FURNITURE_KEYS_WITH_COLON)
        || starts(&FURNITURE_LINKS))
    {
        return None;
    }
    let c = compact(content);
    let c = c.trim_start_matches(BULLETS);
    if c.starts_with('|') {
        let cells: Vec<&str> = c.split('|').map(str::trim).collect();
        let keyed = cells.iter().any(|cell| {
            let key = cell.trim_end_matches([':', '：']);
            FURNITURE_KEYS.contains(&key) || FURNITURE_KEYS_WITH_COLON.contains(&key)
        });
        return keyed.then_some(false);
    }
    if c.starts_with("首页") && c.contains(['>', '＞', '»', '/']) {
        return Some(false);
    }
    if FURNITURE_LINKS.contains(&c) {
        return Some(false);
    }
    // A row of page controls: `【打印本页】【关闭窗口】`,
    // `【字体:大 中 小】 打印本页 关闭窗口`.
    if c.starts_with('【')
        && (c.starts_with("【字体") || c.contains("打印") || c.contains("关闭"))
        && !c.contains('。')
    {
        return Some(false);
    }
    let colon = |rest: &str| rest.starts_with([':', '：']);
    // The longest key the row starts with (`字体大小` before `字体`).
    let key = FURNITURE_KEYS
        .iter()
        .filter(|k| c.starts_with(*k))
        .chain(
            FURNITURE_KEYS_WITH_COLON
                .iter()
                .filter(|k| c.strip_prefix(*k).is_some_and(colon)),
        )
        .max_by_key(|k| k.len())?;
    // `名称` and the like start ordinary words too: a key must be followed
    // by a colon, white space, its value's digits, or nothing.
    let rest = &c[key.len()..];
    let separated = colon(rest)
        || rest.is_empty()
        || rest.starts_with(|ch: char| ch.is_ascii_digit())
        || spaced_key(content, key);
    if !separated {
        return None;
    }
    let value = rest.trim_start_matches([':', '：']);
    Some(value.is_empty())
}

/// Whether `key` is followed by white space in `content` (`索引号 1133…`),
/// white space inside the key allowed (`索 引 号`).
fn spaced_key(content: &str, key: &str) -> bool {
    let mut chars = content.chars().skip_while(|c| !key.starts_with(*c));
    for k in key.chars() {
        loop {
            match chars.next() {
                Some(c) if c == k => break,
                Some(c) if c.is_whitespace() => {}
                _ => return false,
            }
        }
    }
    chars.next().is_some_and(char::is_whitespace)
}

/// Whether a furniture key without a value is followed by its value on
/// the next line: a short line with no sentence punctuation.
pub(crate) fn is_furniture_value(content: &str) -> bool {
    let c = compact(content);
    !c.is_empty() && c.chars().count() <= 40 && !c.contains(['。', '，', '；'])
}

/// Whether a line inside a part that is not a task, heading or
/// continuation is prose to keep with its group: a sentence, or text
/// introducing a list (`…目标是：…`).
pub(crate) fn is_prose(content: &str) -> bool {
    content.chars().count() >= 8 && content.contains(line::CLAUSE_MARKS)
}

/// Whether a line inside an area is an un-numbered sub-heading
/// (`加强基础设施建设`): short, and no sentence punctuation.
pub(crate) fn is_label(content: &str) -> bool {
    let chars = content.chars().count();
    (2..=30).contains(&chars) && !content.contains(SENTENCE_MARKS) && !content.contains('。')
}

/// The names of a task table's columns.
const HEADER_CELLS: [&str; 24] = [
    "分块",
    "序号",
    "项目名称",
    "主要内容",
    "建设内容",
    "项目内容",
    "目标任务",
    "主要工作",
    "重点工作",
    "重点任务",
    "工作任务",
    "主要任务",
    "具体任务",
    "责任单位",
    "责任部门",
    "责任主体",
    "牵头单位",
    "牵头部门",
    "配合单位",
    "配合部门",
    "责任领导",
    "完成时限",
    "完成时间",
    "时限",
];

/// The column name `content` is, if any, white space inside it allowed
/// (`序 号`). Every line of a document is asked: the content (trimmed, so
/// a name can only start with its first character) is compared with the
/// names where it stands rather than compacted into a copy.
fn header_cell(content: &str) -> Option<&'static str> {
    let first = content.chars().next()?;
    // Most lines start with a character no column name starts with: one
    // test settles them before the names are walked.
    if !starts_header_cell(first) {
        return None;
    }
    HEADER_CELLS
        .iter()
        .filter(|cell| cell.starts_with(first))
        .find(|cell| {
            content
                .chars()
                .filter(|c| !c.is_whitespace())
                .eq(cell.chars())
        })
        .copied()
}

/// Whether some name of [`HEADER_CELLS`] starts with `c`.
fn starts_header_cell(c: char) -> bool {
    matches!(
        c,
        '分' | '序'
            | '项'
            | '主'
            | '建'
            | '目'
            | '重'
            | '工'
            | '具'
            | '责'
            | '牵'
            | '配'
            | '完'
            | '时'
    )
}

/// The first run of two or more lines (blank lines between allowed) that
/// are each only a column name, one of them `序号`: the header of a table
/// flattened to one cell per line. Returns the indices of its first and
/// last line.
pub(crate) fn flattened_header(lines: &[Line<'_>]) -> Option<(usize, usize)> {
    let mut run: Option<(usize, usize, bool)> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.kind == LineKind::Blank {
            continue;
        }
        if let Some(cell) = header_cell(&line.content) {
            let (first, _, numbered) = run.unwrap_or((i, i, false));
            run = Some((first, i, numbered || cell == "序号"));
            continue;
        }
        if let Some((first, last, true)) = run.filter(|&(first, last, _)| last > first) {
            return Some((first, last));
        }
        run = None;
    }
    match run {
        Some((first, last, true)) if last > first => Some((first, last)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_rows() {
        assert_eq!(
            furniture("索引号 11330922090963010M/2023-31395"),
            Some(false)
        );
        assert_eq!(furniture("  • 发布机构:"), Some(true));
        assert_eq!(furniture("发布时间:2023-02-22 09:12"), Some(false));
        assert_eq!(furniture("名 称: 区人民政府办公室"), Some(false));
        assert_eq!(furniture("您所在的位置: 首页 > 政务公开"), Some(false));
        assert_eq!(furniture("首页 > 政务公开 > 通知公告"), Some(false));
        assert_eq!(
            furniture("| 索引号 | 001 | 发布机构 | 县政府办 |"),
            Some(false)
        );
        assert_eq!(furniture("- 设为首页"), Some(false));
        assert_eq!(furniture("字体大小:"), Some(true));
        assert_eq!(furniture("名称不变的单位要抓紧落实。"), None);
        assert_eq!(furniture("来源于群众"), None);
        assert_eq!(furniture("| 序号 | 主要工作 | 责任单位 |"), None);
    }

    #[test]
    fn prose_and_labels() {
        assert!(is_prose(
            "今年经济社会发展的主要预期目标是：地区生产总值增长6%。"
        ));
        assert!(!is_prose("页脚"));
        assert!(is_label("加强基础设施建设"));
        assert!(!is_label("说明：以下任务按牵头单位排列"));
    }

    #[test]
    fn attachment_labels_but_not_lists() {
        for label in [
            "附件",
            "附件2",
            "附件 2",
            "附件3：",
            "附件12:",
            "附件二",
            "附 件 １",
        ] {
            assert!(is_attachment_label(label), "{label}");
        }
        for other in [
            "附件：1.2023年重点工作责任分解",
            "附件:2024年目标任务分解清单",
            "附件1234",
            "附件是什么",
            "2.2023年民生实事责任分解",
        ] {
            assert!(!is_attachment_label(other), "{other}");
        }
    }

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.lines()
            .enumerate()
            .map(|(i, raw)| Line::classify(i as u32 + 1, 0, raw))
            .collect()
    }

    #[test]
    fn part_words_inside_a_broken_notice_title() {
        let broken =
            lines("某区人民政府办公室关于印发2022年\n区政府工作报告重点工作责任分解\n\n的通知\n");
        assert_eq!(broken[1].kind, LineKind::Part);
        assert!(in_notice_title(&broken, 1));
        assert_eq!(first_part(&broken), None);
        let part = lines("2022年重点工作责任分解\n一、张三区长牵头重点工作\n");
        assert!(!in_notice_title(&part, 0));
        assert_eq!(first_part(&part), Some(0));
    }

    #[test]
    fn every_header_cell_passes_the_first_test() {
        for cell in HEADER_CELLS {
            assert!(starts_header_cell(cell.chars().next().unwrap()), "{cell}");
            assert_eq!(header_cell(cell), Some(cell));
        }
    }

    #[test]
    fn flattened_project_tables() {
        let table =
            lines("2023年民生实事责任分解\n序号\n项目名称\n主要内容\n牵头单位\n责任单位\n1\n");
        assert_eq!(flattened_header(&table), Some((1, 5)));
        let table = lines("序号\n\n项目名称\n建设内容\n责任单位\n");
        assert_eq!(flattened_header(&table), Some((0, 4)));
        // A content heading alone is no header.
        assert_eq!(flattened_header(&lines("主要内容\n一、修路\n")), None);
    }

    #[test]
    fn front_matter_belongs_to_the_part_after_it() {
        let text = lines(
            "（此件公开发布）\n\n附件2\n\n（列第一位的为牵头单位，下同）\n2023年民生实事责任分解\n",
        );
        assert_eq!(front_matter_start(&text, 5), 2);
        assert!(part_follows(&text, 3));
        let no_part = lines("附件2\n\n表格说明\n");
        assert!(!part_follows(&no_part, 1));
    }
}
