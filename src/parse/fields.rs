//! Responsibility written as named fields or in the State Council's style,
//! as documents of the genre write it besides `（责任单位：▲…）`:
//!
//! - fields on lines of their own after the task: `责任单位：县财政局`,
//!   `牵头单位：市发改委` then `配合单位：市农办、市经信委`;
//! - fields after the task's text on its own line, without brackets:
//!   `推进数字经济发展。责任单位：区经信局` (see [`trailing`]);
//! - fields in one bracket, separated by `；`:
//!   `（责任领导：王明；牵头单位：区发改局；责任单位：区财政局、各街道）`,
//!   in brackets `（）`, `()`, `［］`, `[]` or `【】`;
//! - the unit before the verb: `（市发改委牵头，市财政局按职责分工负责）`,
//!   alone or as one piece among named fields:
//!   `（责任领导：王明；市发改委牵头，市财政局配合；完成时限：2023年底）`,
//!   with 由 before the first unit (`由县住建局牵头，…`), with no unit
//!   before 牵头 (`市发改委、市财政局按职责分工负责`), a deadline after the
//!   last verb (`…，2024年底前完成`), or inside a field of units
//!   (`责任单位：县林业局牵头，各乡镇配合`, `牵头单位：市交通局，市财政局配合`);
//! - fields separated by a comma before a field's name and its colon, as
//!   by `；`: `牵头单位：县发改局，配合单位：县商务局`.
//!
//! Fields are named with 单位 or with 部门 (`牵头部门：`), and 责任主体 and
//! 实施单位 stand for 责任单位, 完成时间, 完成期限, 时间节点, 进度安排,
//! 工作时限, 时间安排, 时间要求 and 时限 for 完成时限 (the whole list is
//! [`FIELDS`]); 主办, 主责, 牵头责任 and 主要责任 lead, 协同, 协作, 协助
//! and 参加 join, 分管县领导, 责任市领导, 负责区领导, 联系领导 and
//! 联系县领导 name leaders.
//!
//! This module only reads text: it returns byte ranges, and the parser
//! turns them into units, roles, leaders and deadlines.

use std::ops::Range;

use crate::error::FieldName;

/// What a unit's place in the text says about its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Under 牵头单位 / 主办单位 / 主责单位 / 牵头责任单位 / 主要责任单位,
    /// or before 牵头.
    Lead,
    /// Under 配合单位 / 协办单位 / 参与单位 / 协同单位 / 协作单位 /
    /// 协助单位 / 参加单位, or before 配合, 参加, 具体承办, ….
    Join,
    /// Under 责任单位 / 实施单位, or before 负责, 按职责分工负责, 负责落实,
    /// …: joins when a lead is named, leads beside units that join, else
    /// as marked.
    Responsible,
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Units(Class),
    Leaders,
    Deadline,
}

/// The field names read, longest first where one starts another. Each
/// field of units is named with 单位 or with 部门, as documents of the
/// genre write both (`牵头部门：`, `| 配合部门 |`); the diagnostics quote
/// the name as written, and the breakdown keeps only what it holds.
const FIELDS: &[(&str, FieldKind)] = &[
    ("责任单位", FieldKind::Units(Class::Responsible)),
    ("责任部门", FieldKind::Units(Class::Responsible)),
    ("责任主体", FieldKind::Units(Class::Responsible)),
    ("实施单位", FieldKind::Units(Class::Responsible)),
    ("实施部门", FieldKind::Units(Class::Responsible)),
    ("牵头责任单位", FieldKind::Units(Class::Lead)),
    ("牵头责任部门", FieldKind::Units(Class::Lead)),
    ("牵头单位", FieldKind::Units(Class::Lead)),
    ("牵头部门", FieldKind::Units(Class::Lead)),
    ("主要责任单位", FieldKind::Units(Class::Lead)),
    ("主要责任部门", FieldKind::Units(Class::Lead)),
    ("配合单位", FieldKind::Units(Class::Join)),
    ("配合部门", FieldKind::Units(Class::Join)),
    ("协办单位", FieldKind::Units(Class::Join)),
    ("协办部门", FieldKind::Units(Class::Join)),
    ("参与单位", FieldKind::Units(Class::Join)),
    ("参与部门", FieldKind::Units(Class::Join)),
    ("协同单位", FieldKind::Units(Class::Join)),
    ("协同部门", FieldKind::Units(Class::Join)),
    ("协作单位", FieldKind::Units(Class::Join)),
    ("协作部门", FieldKind::Units(Class::Join)),
    ("协助单位", FieldKind::Units(Class::Join)),
    ("协助部门", FieldKind::Units(Class::Join)),
    ("参加单位", FieldKind::Units(Class::Join)),
    ("参加部门", FieldKind::Units(Class::Join)),
    ("主办单位", FieldKind::Units(Class::Lead)),
    ("主办部门", FieldKind::Units(Class::Lead)),
    ("主责单位", FieldKind::Units(Class::Lead)),
    ("主责部门", FieldKind::Units(Class::Lead)),
    ("责任领导", FieldKind::Leaders),
    ("责任市领导", FieldKind::Leaders),
    ("责任区领导", FieldKind::Leaders),
    ("责任县领导", FieldKind::Leaders),
    ("负责市领导", FieldKind::Leaders),
    ("负责区领导", FieldKind::Leaders),
    ("负责县领导", FieldKind::Leaders),
    ("牵头领导", FieldKind::Leaders),
    ("牵头市领导", FieldKind::Leaders),
    ("牵头区领导", FieldKind::Leaders),
    ("牵头县领导", FieldKind::Leaders),
    ("分管领导", FieldKind::Leaders),
    ("分管市领导", FieldKind::Leaders),
    ("分管区领导", FieldKind::Leaders),
    ("分管县领导", FieldKind::Leaders),
    ("联系领导", FieldKind::Leaders),
    ("联系市领导", FieldKind::Leaders),
    ("联系区领导", FieldKind::Leaders),
    ("联系县领导", FieldKind::Leaders),
    ("领衔领导", FieldKind::Leaders),
    ("包抓领导", FieldKind::Leaders),
    ("挂钩领导", FieldKind::Leaders),
    ("县级领导", FieldKind::Leaders),
    ("市级领导", FieldKind::Leaders),
    ("区级领导", FieldKind::Leaders),
    ("完成时限", FieldKind::Deadline),
    ("完成时间", FieldKind::Deadline),
    ("完成期限", FieldKind::Deadline),
    ("时间节点", FieldKind::Deadline),
    ("进度安排", FieldKind::Deadline),
    ("工作时限", FieldKind::Deadline),
    ("时间安排", FieldKind::Deadline),
    ("时间要求", FieldKind::Deadline),
    ("时限", FieldKind::Deadline),
];

/// The kind of the field named exactly `name` (`牵头部门`), as a table's
/// column names it.
pub(crate) fn field_named(name: &str) -> Option<FieldKind> {
    FIELDS
        .iter()
        .find(|&&(field, _)| field == name)
        .map(|&(_, kind)| kind)
}

/// The characters the names of [`FIELDS`] start with.
const FIELD_INITIALS: [char; 20] = [
    '责', '牵', '配', '协', '参', '主', '分', '联', '完', '时', '实', '负', '进', '工', '领', '包',
    '挂', '县', '市', '区',
];

/// The longest name of a leaders' field the crate does not know, in
/// characters (`督导县领导`, `包联市领导`): longer, it is a phrase of the
/// task's text (`加强组织领导：…`).
const OTHER_LEADERS_NAME_MAX: usize = 5;

/// Words ending in 领导 that head a point of a task's text rather than
/// name its leaders (`组织领导：成立工作专班`).
const LEADERSHIP_WORDS: [&str; 3] = ["组织领导", "加强领导", "统一领导"];

/// Whether the line `content` is a field naming leaders that the crate
/// does not read (`督导领导：李华`, `包联县领导：王明`): a name of at most
/// five characters ending in 领导, a colon and something after it. After
/// a task, such a line is neither the task's text nor its units: it is
/// reported, not joined to the text. Only the first few characters are
/// looked at.
pub(crate) fn other_leaders_field(content: &str) -> bool {
    let content = content.trim_start();
    let Some((colon, c)) = content
        .char_indices()
        .take(OTHER_LEADERS_NAME_MAX + 1)
        .find(|&(_, c)| is_colon(c))
    else {
        return false;
    };
    let name = &content[..colon];
    name.ends_with("领导")
        && name.chars().count() > "领导".chars().count()
        && !LEADERSHIP_WORDS.contains(&name)
        && !name.contains(|c: char| c.is_whitespace() || is_unit_separator(c) || is_open(c))
        && !content[colon + c.len_utf8()..].trim().is_empty()
}

/// Field names misspelled with a homophone, as a pinyin input method
/// offers it (合 and 和 are both he, 与 and 予 both yu), and the field
/// meant. Read as the field, such a line would pass unnoticed; not read,
/// its units would be lost: the parse fails and names the field instead.
const MISSPELLED: &[(&str, FieldName)] = &[
    ("配和单位", FieldName::JoiningUnits),
    ("配和部门", FieldName::JoiningUnits),
    ("参予单位", FieldName::ParticipatingUnits),
    ("参予部门", FieldName::ParticipatingUnits),
];

/// Verbs after a unit in the State Council's style: `…牵头` leads, the
/// units that work with it (`…配合`, `…参加`, `…具体承办`) join, and the
/// units responsible (`…负责`, `…按职责分工负责`, `…负责落实`) are read as
/// under 责任单位: beside a lead they join it, beside units that join with
/// no lead named they lead, alone among themselves they are unmarked
/// (`市发改委、市财政局按职责分工负责`). A verb that ends another comes
/// after it.
const VERBS: &[(&str, Class)] = &[
    ("按职责分工负责", Class::Responsible),
    ("按职责分别负责", Class::Responsible),
    ("按职责负责", Class::Responsible),
    ("分工负责", Class::Responsible),
    ("分别负责", Class::Responsible),
    ("共同负责", Class::Responsible),
    ("牵头负责", Class::Lead),
    ("负责辖区内具体落实", Class::Responsible),
    ("负责具体落实", Class::Responsible),
    ("负责落实", Class::Responsible),
    ("具体落实", Class::Responsible),
    ("抓好落实", Class::Responsible),
    ("按职责分工落实", Class::Responsible),
    ("按职责落实", Class::Responsible),
    ("落实属地责任", Class::Responsible),
    ("牵头组织", Class::Lead),
    ("牵头抓总", Class::Lead),
    ("牵头", Class::Lead),
    ("具体负责", Class::Responsible),
    ("负责", Class::Responsible),
    ("共同推进", Class::Responsible),
    // The units that carry out what the responsible unit decides
    // (`市财政局负责，各区县政府落实`) work with it, as units that 配合 do;
    // 负责落实, 具体落实 and 抓好落实 above are the responsible unit's own.
    ("落实", Class::Join),
    // The unit that guides the work (`各区县政府负责，市住建局指导`) is
    // not the one that does it: it takes part beside it.
    ("指导", Class::Join),
    ("支持配合", Class::Join),
    ("积极配合", Class::Join),
    ("协同配合", Class::Join),
    ("各司其职", Class::Responsible),
    ("同步推进", Class::Join),
    ("配合", Class::Join),
    ("参与", Class::Join),
    ("参加", Class::Join),
    ("协助", Class::Join),
    ("协办", Class::Join),
    ("具体承办", Class::Join),
    ("承办", Class::Join),
];

/// The last characters of [`VERBS`]: whether a text may end in a verb is
/// settled by its last character for nearly every text.
const VERB_FINALS: [char; 14] = [
    '责', '头', '实', '任', '织', '合', '与', '加', '助', '办', '总', '进', '导', '职',
];

/// The word that, between two units before a verb, says the first leads
/// and the second works with it: `市经信局会同市市场监管局负责`.
const TOGETHER_WITH: &str = "会同";

/// Whether an entry of a list in the State Council's style, or a piece
/// of fields that names no field, is the task's deadline rather than a
/// unit (`2024年底前完成`, `2024年6月底前`): it names a year or a month
/// and ends as a deadline does.
///
/// Or it is one of the genre's deadlines without a date, which say how
/// long the work runs (`全年`, `长期坚持`, `持续推进`, `常态化`, see
/// [`UNDATED_DEADLINES`]): only the whole entry counts, so that no unit's
/// name is taken for one.
pub(crate) fn is_deadline_entry(entry: &str) -> bool {
    let entry = entry.trim();
    (entry.ends_with(DEADLINE_FINALS) && entry.contains(['年', '月']))
        || (entry.ends_with(UNDATED_FINALS) && UNDATED_DEADLINES.contains(&entry))
}

/// The last characters of a deadline: `…完成`, `…前`, `…底`.
const DEADLINE_FINALS: [char; 3] = ['成', '前', '底'];

/// Deadlines without a date that the genre writes after the last verb
/// (`（市生态环境局牵头，持续推进）`) or after a `；`
/// (`（市应急局牵头，各成员单位配合；全年）`): how long the work runs, kept
/// as the task's deadline as written. `年底前` and `年底前完成` are read
/// by their 年 already.
const UNDATED_DEADLINES: [&str; 16] = [
    "限期落实",
    "限期完成",
    "全年",
    "全年推进",
    "全年完成",
    "长期",
    "长期坚持",
    "长期推进",
    "持续推进",
    "持续开展",
    "常态化",
    "常态化推进",
    "每年",
    "逐年",
    "逐年推进",
    "年内",
];

/// The last characters of [`UNDATED_DEADLINES`].
const UNDATED_FINALS: [char; 9] = ['年', '期', '持', '进', '化', '展', '内', '实', '成'];

/// `text` without the deadlines that end its list
/// (`市发改委牵头，市财政局配合，2024年底前完成`): what is left ends in the
/// units' last verb, if they have one.
fn before_deadlines(text: &str) -> &str {
    let mut text = text.trim_end();
    // Most lists end otherwise than a deadline does, which their last
    // character settles before the list is searched for its last entry.
    while text.ends_with(DEADLINE_FINALS) || text.ends_with(UNDATED_FINALS) {
        match text.rmatch_indices(is_unit_separator).next() {
            Some((at, sep)) if is_deadline_entry(&text[at + sep.len()..]) => {
                text = text[..at].trim_end();
            }
            _ => break,
        }
    }
    text
}

/// Words that, in round brackets right after a unit's name, say the
/// unit's role rather than name it: `区科技局（牵头）`, `区经信局（配合）`.
/// Whether each marks a lead. Only these whole words count: a bracket
/// that is part of a name (`各乡镇（街道）`, `市财政(地税)局`) holds other
/// words, or stands inside the name.
const ROLE_WORDS: &[(&str, bool)] = &[
    ("牵头", true),
    ("牵头单位", true),
    ("牵头部门", true),
    ("主责", true),
    ("主责单位", true),
    ("主责部门", true),
    ("配合", false),
    ("配合单位", false),
    ("配合部门", false),
];

/// Whether the text between round brackets, `inner`, is a role word
/// (white space around it allowed), and if so whether it marks a lead.
pub(crate) fn role_word(inner: &str) -> Option<bool> {
    let inner = inner.trim();
    // Every role word starts with 牵, 主 or 配: most brackets (`街道`,
    // `地税`) are settled by their first character.
    if !inner.starts_with(['牵', '主', '配']) {
        return None;
    }
    ROLE_WORDS
        .iter()
        .find(|(word, _)| *word == inner)
        .map(|&(_, lead)| lead)
}

/// Whether `c` is a round bracket's opener, of either width: the only
/// brackets a role word is written in.
pub(crate) fn is_round_open(c: char) -> bool {
    matches!(c, '(' | '（')
}

/// Whether `c` is a round bracket's closer, of either width.
pub(crate) fn is_round_close(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// A role word in round brackets at the end of the unit entry `entry`
/// (`区科技局（牵头）`, `**区科技局(牵头)**`): the byte offset where its
/// bracket opens, and whether it marks a lead. `None` when the entry
/// does not end so, or when no name stands before the bracket (a
/// bracket alone is left as written).
pub(crate) fn role_suffix(entry: &str) -> Option<(usize, bool)> {
    // Markdown emphasis may close after the bracket.
    let end = entry.trim_end_matches(|c: char| c == '*' || c.is_whitespace());
    let inner_end = end.strip_suffix(is_round_close)?;
    let open = inner_end.rfind(is_round_open)?;
    let lead = role_word(&inner_end[open + char_len(inner_end, open)..])?;
    names_something(&entry[..open]).then_some((open, lead))
}

/// Whether `before`, the text of an entry before a role word's bracket,
/// holds a name: anything but white space, emphasis and ▲.
pub(crate) fn names_something(before: &str) -> bool {
    before
        .chars()
        .any(|c| !(c.is_whitespace() || matches!(c, '*' | '▲')))
}

/// Whether `c` opens a bracket, in a clause or in a unit's name.
pub(crate) fn is_open(c: char) -> bool {
    matches!(c, '(' | '<' | '[' | '（' | '〈' | '《' | '【' | '〔' | '［')
}

/// Whether `c` closes a bracket.
pub(crate) fn is_close(c: char) -> bool {
    matches!(c, ')' | '>' | ']' | '）' | '〉' | '》' | '】' | '〕' | '］')
}

/// Whether `c` separates the units of a list.
fn is_unit_separator(c: char) -> bool {
    matches!(c, '、' | '，' | ',' | '；' | ';')
}

/// Whether `c` separates the fields of a clause.
fn is_field_separator(c: char) -> bool {
    matches!(c, '；' | ';')
}

/// Whether `c` is a comma, which separates fields only before a field's
/// name (see [`split_fields`]).
fn is_comma(c: char) -> bool {
    matches!(c, '，' | ',')
}

/// Whether a field is named (or misspelled) at the start of `text`,
/// followed by its colon.
pub(crate) fn names_field(text: &str) -> bool {
    field_at(text).is_some() || misspelled_at(text).is_some()
}

/// Splits `range` of `text` into fields: at top-level `；`, and at a
/// top-level comma or white space followed by a field's name and its colon
/// (`牵头单位：县发改局，配合单位：县商务局`, `牵头单位：县发改局　配合单位：…`).
/// Any other comma separates units.
fn split_fields(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let end = range.end;
    split_top_where(text, range, |i, c| {
        is_field_separator(c)
            || ((is_comma(c) || c.is_whitespace()) && names_field(&text[i + c.len_utf8()..end]))
    })
}

/// Whether a plain `（责任单位：…）` clause's content `inner` names another
/// field after a comma or white space (`责任单位：县住建局，配合单位：县商务局`).
/// Asked only of a clause whose scan saw a second colon.
pub(crate) fn field_after_comma(inner: &str) -> bool {
    inner
        .match_indices(|c: char| is_comma(c) || c.is_whitespace())
        .any(|(i, c)| names_field(&inner[i + c.len()..]))
}

/// Whether `text` ends in a verb of the State Council's style after a
/// unit (`…，各乡镇配合`), perhaps before a deadline
/// (`…，各乡镇配合，2024年底前完成`). The last character settles nearly
/// every text.
pub(crate) fn ends_in_verb(text: &str) -> bool {
    let text = before_deadlines(text);
    text.ends_with(VERB_FINALS) && verb_at_end(text).is_some()
}

/// The field named at the start of `text` (white space before it
/// allowed), followed by a colon of either width: its kind and the byte
/// offset after the colon.
pub(crate) fn field_at(text: &str) -> Option<(FieldKind, usize)> {
    let start = text.len() - text.trim_start().len();
    // Asked of every line after a task and of every task's end, nearly
    // all of which start otherwise: one test settles them before the
    // names are walked.
    if !text[start..].starts_with(FIELD_INITIALS) {
        return None;
    }
    FIELDS.iter().find_map(|&(name, kind)| {
        let after = text[start..].strip_prefix(name)?;
        colon_end(after).map(|end| (kind, text.len() - after.len() + end))
    })
}

/// A misspelled field name at the start of `text`, followed by a colon:
/// its byte range and the field meant.
pub(crate) fn misspelled_at(text: &str) -> Option<(Range<usize>, FieldName)> {
    let start = text.len() - text.trim_start().len();
    MISSPELLED.iter().find_map(|&(name, meant)| {
        let after = text[start..].strip_prefix(name)?;
        colon_end(after).map(|_| (start..start + name.len(), meant))
    })
}

/// Whether `c` is a colon after a field's name: the full-width `：`, the
/// half-width `:`, or a look-alike that OCR and some input methods put
/// there (`∶`, the ratio sign; `︰`, the vertical form), read as `：`.
pub(crate) fn is_colon(c: char) -> bool {
    matches!(c, '：' | ':' | '∶' | '︰')
}

/// Whether `c` is a colon other than the full-width `：`: read as it, and
/// reported as a repair, as a half-width `:` is.
pub(crate) fn is_odd_colon(c: char) -> bool {
    is_colon(c) && c != '：'
}

/// The byte offset after white space and a colon at the start of `text`.
fn colon_end(text: &str) -> Option<usize> {
    let trimmed = text.trim_start();
    let colon = trimmed.chars().next().filter(|&c| is_colon(c))?;
    Some(text.len() - trimmed.len() + colon.len_utf8())
}

/// Whether the field in force at the end of the field line `text` lists
/// units (`配合单位：县财政局、`), so that the list may run on to the next
/// line; not a leaders' or deadline field, nor a piece in the State
/// Council's style, which ends in its verb.
pub(crate) fn ends_in_units(text: &str) -> bool {
    let mut current = None;
    for segment in split_fields(text, 0..text.len()) {
        let piece = &text[segment];
        if let Some((kind, _)) = field_at(piece) {
            current = Some(kind);
        } else if misspelled_at(piece).is_some() || verbs_piece(piece) {
            current = None;
        }
    }
    matches!(current, Some(FieldKind::Units(_)))
}

/// Whether the list of units at the end of `text` is visibly unfinished:
/// it has not begun (`配合单位：`), ends with a separator (`县商务局、`),
/// or leaves a bracket open (`各区县政府（含甲新区、`).
pub(crate) fn list_unfinished(text: &str) -> bool {
    list_unfinished_at(text, open_brackets(text))
}

/// As [`list_unfinished`], with the brackets `text` leaves open already
/// counted (see [`open_brackets_after`]).
pub(crate) fn list_unfinished_at(text: &str, open: Option<u32>) -> bool {
    text.trim_end()
        .ends_with(|c| is_unit_separator(c) || is_colon(c))
        || open.is_some_and(|d| d > 0)
}

/// The last characters of a unit's name: `…局`, `…委`, `…办`, `…政府`,
/// `…中心`, `…集团`, `…公司`, `…街道`, ….
const UNIT_FINALS: [char; 24] = [
    '局', '委', '办', '府', '会', '院', '所', '室', '部', '厅', '处', '队', '心', '站', '团', '司',
    '镇', '乡', '道', '区', '县', '社', '行', '馆',
];

/// The longest rest of a name broken at a line's end that is read as
/// such, in characters (`划局`, `中心`): a longer line is more likely a
/// sub-heading (`数字政府`).
const NAME_REST_MAX: usize = 4;

/// Whether `next`, a short line after the list of units `so_far`, is the
/// rest of the list's last name, broken at the line's end
/// (`配合单位：市财政局、市自然资源和规` ⏎ `划局`): the line is short and
/// holds no separator, the last name has no separator after it and does
/// not end as a unit's name does, and joined to the line it does. A short
/// line after a name that looks finished (`市财政局` ⏎ `加强基础设施建设`)
/// is left alone: it may be a sub-heading.
pub(crate) fn rest_of_name(so_far: &str, next: &str) -> bool {
    let next = next.trim();
    // After a name that looks finished, only a fragment too short to be a
    // name of its own (`县人民政府办` ⏎ `公室`) is its rest.
    let finished = name_finished(so_far);
    if finished && !is_fragment(next) {
        return false;
    }
    (1..=NAME_REST_MAX).contains(&next.chars().count())
        && !next.contains(|c: char| is_unit_separator(c) || c.is_whitespace())
        && !so_far.trim_end().ends_with(is_unit_separator)
        && next.ends_with(UNIT_FINALS)
}

/// Whether `piece` is too short to be a unit's name of its own, and does
/// not start as one (`公室`; not `乡镇`, `街道`, `团委`): after a name that
/// looks finished, only such a piece on the next line is the rest of it,
/// broken at the line's end.
fn is_fragment(piece: &str) -> bool {
    let piece = piece.trim();
    piece.chars().count() <= 2
        && !piece.starts_with([
            '县', '市', '区', '乡', '镇', '村', '街', '社', '省', '各', '团',
        ])
}

/// The last name of the list `so_far` (after its last separator or the
/// field's colon), trimmed.
fn last_name(so_far: &str) -> &str {
    so_far
        .trim_end()
        .rsplit(|c| is_unit_separator(c) || is_colon(c))
        .next()
        .unwrap_or("")
        .trim()
}

/// Whether the last name of the list `so_far` reads as finished: it ends
/// as a unit's name does (`…局`, `…部门`, `各相关单位`, `县属国有企业`,
/// `各医疗机构`, `县委党校`, `县气象台`), or in a bracket, in 联 or 科协
/// (`县妇联`, `县科协`), or in 等. What follows a finished name on a line
/// of its own, with no separator between, is a line of its own (a
/// sub-heading, a sentence), not more of the list.
pub(crate) fn name_finished(so_far: &str) -> bool {
    let last = last_name(so_far);
    // A name of one character (`县` ⏎ `商务局`) is only begun.
    if last.chars().count() < 2 {
        return false;
    }
    // `企业`, not any 业: `县农业` is the start of `县农业农村局`; `科协`,
    // not any 协: `县残联协` is the start of `县残联协助…`.
    last.ends_with("企业")
        || last.ends_with("科协")
        || last.ends_with(|c: char| {
            UNIT_FINALS.contains(&c)
                || is_close(c)
                || matches!(
                    c,
                    '联' | '等' | '门' | '位' | '构' | '校' | '厂' | '台' | '园' | '场'
                )
        })
}

/// Whether `next`, a line holding a separator, continues the list
/// `so_far` across a break inside its last name (`县农业` ⏎
/// `农村局、各乡镇（街道）`, `县人民政府办` ⏎ `公室、县商务局`): the last
/// name and the line's first entry joined end as a unit's name does; and
/// after a name that looks finished, the entry is a fragment too short to
/// be a name of its own (`县交通局` ⏎ `团县委、县妇联` is no break: the line
/// is reported, not glued on). A sentence after the list
/// (`以上任务请…报送进展，…`) joins to no unit's name.
pub(crate) fn continues_broken_name(so_far: &str, next: &str) -> bool {
    let pieces = split_top(next, 0..next.len(), is_unit_separator);
    let Some(first) = pieces.first().filter(|_| pieces.len() > 1) else {
        return false;
    };
    let first = next[first.clone()].trim();
    let last = last_name(so_far);
    let joined = format!("{last}{first}");
    name_finished(&joined) && (!name_finished(last) || is_fragment(first))
}

/// How many brackets `text` leaves open at its end; `None` when it closes
/// one it did not open.
fn open_brackets(text: &str) -> Option<u32> {
    open_brackets_after(Some(0), text)
}

/// How many brackets are open after `text`, read after text that left
/// `open` brackets open (`None`: it closed one it did not open, as the two
/// texts then do).
pub(crate) fn open_brackets_after(open: Option<u32>, text: &str) -> Option<u32> {
    let mut depth = open?;
    for c in text.chars() {
        if is_open(c) {
            depth = depth.saturating_add(1);
        } else if is_close(c) {
            depth = depth.checked_sub(1)?;
        }
    }
    Some(depth)
}

/// Whether `text` closes a bracket it did not open.
pub(crate) fn closes_unopened(text: &str) -> bool {
    open_brackets(text).is_none()
}

/// Whether `text` declares that the first-listed unit leads
/// (`列第一位的为牵头单位`, `排在第一位的为牵头单位`,
/// `责任单位排在首位的为牵头单位`, `排名第一的单位为牵头单位`,
/// `第一个责任单位为牵头单位`, `牵头单位列第一位`).
pub(crate) fn declares_first_listed(text: &str) -> bool {
    // Asked of every notice line and every unit entry, almost none of
    // which has a 第 or a 首 at all.
    if !text.contains(['第', '首']) {
        return false;
    }
    // A place in the list, then what it makes the unit, close after it in
    // the same clause: the note's own words, not a sentence that puts
    // something first (`把抓落实放在首位`, `负责人为第一责任人，…为牵头督查单位`).
    const PLACES: [&str; 6] = ["第一位", "第一个", "排名第一", "排在第一", "列第一", "首位"];
    let place_then_lead = PLACES.iter().any(|place| {
        text.match_indices(place).any(|(at, _)| {
            text[at..].find("为牵头").is_some_and(|gap| {
                let between = &text[at..at + gap];
                between.chars().count() <= 10
                    && !between.contains(['，', '。', '；', ',', ';'])
                    && !of_leaders_only(&text[at + gap + "为牵头".len()..])
            })
        })
    });
    // Or the lead, then its place.
    const LEAD_THEN_PLACE: [&str; 7] = [
        "列第一位",
        "排第一位",
        "排在第一位",
        "列在第一位",
        "排在首位",
        "列首位",
        "列在首位",
    ];
    let lead_then_place = text.match_indices("牵头单位").any(|(at, word)| {
        let after = &text[at + word.len()..];
        LEAD_THEN_PLACE.iter().any(|p| after.starts_with(p))
    });
    place_then_lead || lead_then_place
}

/// Whether what follows `为牵头` names leaders only (`…为牵头领导`,
/// `…为牵头县领导`, `…为牵头副县长`, `…为牵头负责人`), not units
/// (`…为牵头单位`, `…为牵头领导和牵头单位`).
fn of_leaders_only(after: &str) -> bool {
    let head: String = after.chars().take(8).collect();
    let units = head.contains("单位") || head.contains("部门");
    let leaders = head.contains("领导") || head.contains('长') || head.contains("负责人");
    leaders && !units
}

/// Whether a piece of a first-listed note only frames or completes it:
/// `下同`, `其他为配合单位` (the units after the first join),
/// `责任单位中`, `有多个责任单位的`.
pub(crate) fn is_note_remainder(piece: &str) -> bool {
    let piece = piece.trim();
    // A note on leaders beside one on units
    // (`责任领导排在第一位的为牵头领导`).
    let on_leaders = piece
        .find("为牵头")
        .is_some_and(|at| of_leaders_only(&piece[at + "为牵头".len()..]));
    on_leaders
        || matches!(piece, "下同" | "以下同" | "下表同")
        || (["其他", "其余", "其它"]
            .iter()
            .any(|w| piece.starts_with(w))
            && piece.contains('为')
            && (piece.ends_with("单位") || piece.ends_with("部门")))
        || (piece.contains("责任单位") && piece.ends_with(['中', '的']))
}

/// Whether a line on its own is only the note that the first-listed unit
/// leads, perhaps bracketed, after `注：`, framed by `责任单位中` and
/// completed by `其他为配合单位` and `下同`:
/// `（列第一位的为牵头单位，下同）`, `排在第一位的为牵头单位`,
/// `注：责任单位中排在第一位的为牵头单位。`,
/// `说明：有多个责任单位的，排在第一位的为牵头单位。` A sentence that says
/// more (`现印发给你们……列第一位的为牵头单位。`) is not one: it stays where
/// it stands.
pub(crate) fn is_first_listed_note(content: &str) -> bool {
    declares_first_listed(content) && is_note_of(content, declares_first_listed)
}

/// Whether a line on its own is only the note that ▲ marks the lead
/// (`（标▲的为牵头单位）`, `（▲为牵头单位）`, `注：带▲的为牵头单位，下同。`),
/// framed and completed as a first-listed note may be.
pub(crate) fn is_lead_mark_note(content: &str) -> bool {
    let declares = |piece: &str| piece.contains('▲') && piece.contains("为牵头");
    content.contains('▲') && is_note_of(content, declares)
}

/// Whether `content` is only a note of which some piece `declares` its
/// rule and every other piece frames or completes it (see
/// [`is_note_remainder`]): bracketed, after `注：`, `下同` after it.
fn is_note_of(content: &str, declares: impl Fn(&str) -> bool) -> bool {
    let mut note = content.trim();
    if let Some(inner) = note
        .strip_prefix(['（', '('])
        .and_then(|n| n.strip_suffix(['）', ')']))
    {
        note = inner.trim();
    }
    for prefix in ["注：", "注:", "备注：", "备注:", "说明：", "说明:"] {
        if let Some(rest) = note.strip_prefix(prefix) {
            note = rest.trim();
        }
    }
    let note = note.trim_end_matches(['。', '；', ';', '.']);
    let mut declared = false;
    for piece in note.split(['，', ',', '；', ';']).map(str::trim) {
        if declares(piece) && piece.chars().count() <= 20 && !piece.contains('。') {
            declared = true;
        } else if !is_note_remainder(piece) {
            return false;
        }
    }
    declared
}

/// Where a unit entry's name ends and a first-listed note written in the
/// same entry begins: `市财政局（列第一位的为牵头单位，下同）`,
/// `市财政局。列第一位的为牵头单位`. `None` when the entry is only the note.
pub(crate) fn name_before_note(entry: &str) -> Option<usize> {
    // The first bracket, full stop or space whose rest is the note: a
    // name may hold 第一 itself (`市第一人民医院`).
    let boundary = entry
        .match_indices(['（', '(', '。', '．', ' ', '\u{3000}'])
        .map(|(at, _)| at)
        .find(|&at| declares_first_listed(&entry[at..]))?;
    (!entry[..boundary].trim().is_empty()).then_some(boundary)
}

/// One unit entry: the byte range of its name (white space, a trailing
/// 等 and a role word after it, `（牵头）`, left out; ▲ still in), its lead
/// marks (each ▲, and a lead's role word) and its class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UnitEntry {
    pub(crate) range: Range<usize>,
    pub(crate) leads: u32,
    /// `None` in the State Council's style for units before no verb.
    pub(crate) class: Option<Class>,
}

/// What the fields of one clause or one line hold, as byte ranges of the
/// text read.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Fields {
    pub(crate) units: Vec<UnitEntry>,
    /// One range per leader named.
    pub(crate) leaders: Vec<Range<usize>>,
    /// Each deadline field's value.
    pub(crate) deadlines: Vec<Range<usize>>,
    /// Whether a note says that the first-listed unit leads.
    pub(crate) first_listed: bool,
    /// Empty entries of unit lists (`、、`).
    pub(crate) empty_entries: Vec<Range<usize>>,
    /// Fields with nothing after their colon: the range of the field.
    pub(crate) empty_fields: Vec<(Range<usize>, FieldKind)>,
    /// Misspelled field names, with the field meant.
    pub(crate) misspelled: Vec<(Range<usize>, FieldName)>,
    /// Fields the crate does not read (`责任人：王力`), whole.
    pub(crate) ignored: Vec<Range<usize>>,
}

/// The longest name of a field the crate does not read, in characters:
/// `责任人`, `联系人`, `备注`, `联系电话`, `牵头领导职务`.
const OTHER_FIELD_NAME_MAX: usize = 8;

/// Whether `piece`, a piece of fields that names none the crate reads,
/// is a field of another name all the same: a short name and a colon
/// (`责任人：王力`, `联系人：李明`, `备注：另行通知`), the name a word with
/// no separator, bracket or space. A note that the first-listed unit
/// leads (`注：排在第一位的为牵头单位`) is read as such, not set aside.
fn other_field(piece: &str) -> bool {
    let piece = piece.trim();
    let Some(colon) = piece.find(is_colon) else {
        return false;
    };
    let name = &piece[..colon];
    let chars = name.chars().count();
    (1..=OTHER_FIELD_NAME_MAX).contains(&chars)
        && name
            .chars()
            .all(|c| !(c.is_whitespace() || is_open(c) || is_close(c) || is_unit_separator(c)))
        && !name.contains('▲')
        && !declares_first_listed(piece)
}

/// `range` of `text` without white space at either end.
pub(crate) fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// The names in `range` of `text`, a list split at its top-level
/// separators (`、`, commas, `；`), each trimmed; empty pieces are none.
pub(crate) fn list_names(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    split_top(text, range, is_unit_separator)
        .into_iter()
        .map(|name| trim(text, name))
        .filter(|name| !name.is_empty())
        .collect()
}

/// The words that end an open list after its last unit rather than name
/// one: 等 alone, or 等 and what the units are (`市财政局等部门`,
/// `各乡镇等有关单位`). Longest first, as one ends another.
const ETC: &[&str] = &[
    "等有关部门",
    "等相关部门",
    "等有关单位",
    "等相关单位",
    "等部门",
    "等单位",
    "等",
];

/// The last characters of the words of [`ETC`].
const ETC_FINALS: [char; 3] = ['等', '门', '位'];

/// The words of [`ETC`] that end `text`, if any.
fn etc_at_end(text: &str) -> Option<&'static str> {
    // Asked of every list's end, nearly all of which end in a name: the
    // last character settles them.
    if !text.ends_with(ETC_FINALS) {
        return None;
    }
    ETC.iter().find(|&&words| text.ends_with(words)).copied()
}

/// Whether `text` ends an open list (`…各乡镇等`, `…市财政局等部门`).
pub(crate) fn ends_in_etc(text: &str) -> bool {
    etc_at_end(text.trim_end()).is_some()
}

/// `range` of `text` without what ends a list rather than names a unit:
/// a full stop (the sentence's end, `县财政局。`) and the words of an open
/// list's end (`各乡镇等`, `市财政局等部门`, see [`ETC`]).
fn without_etc(text: &str, range: Range<usize>) -> Range<usize> {
    let written = &text[range.clone()];
    let stopped = written.trim_end_matches(['。', '．', '.']).trim_end();
    let range = if stopped.is_empty() {
        range
    } else {
        range.start..range.start + stopped.len()
    };
    let entry = &text[range.clone()];
    match etc_at_end(entry) {
        // Words alone (`等部门`) are left as written: no name stands
        // before them.
        Some(words) if !entry[..entry.len() - words.len()].trim().is_empty() => {
            trim(text, range.start..range.end - words.len())
        }
        _ => range,
    }
}

/// The characters of the levels of place a collective unit names after
/// 各: 区, 县, 市, 乡, 镇, 街道, 村, 社区.
const PLACE_LEVELS: [char; 9] = ['区', '县', '市', '乡', '镇', '街', '道', '村', '社'];

/// The bodies a collective unit may name after its levels of place:
/// `县（市）政府`, `县（市）人民政府`, `街道办事处`.
const COLLECTIVE_BODIES: [&str; 4] = ["人民政府", "政府", "办事处", "管委会"];

/// Whether `word` names levels of place only (`区`, `乡镇`, `县（市）`,
/// `区、县`), round brackets and `、` between them allowed.
fn levels_only(word: &str) -> bool {
    word.chars().any(|c| PLACE_LEVELS.contains(&c))
        && word.chars().all(|c| {
            PLACE_LEVELS.contains(&c) || is_round_open(c) || is_round_close(c) || c == '、'
        })
}

/// Whether the list entry `next`, after a `、`, continues the entry
/// `first` as one collective unit: `first` is 各 and levels of place only
/// (`各区`, `各乡镇`), and `next` more levels only, perhaps followed by
/// their body (`县（市）政府`, `县(市)人民政府`, `街道`), as in
/// `各区、县（市）政府` (the governments of every district and county)
/// or `各乡镇、街道`. Read apart, `县（市）政府` and `街道` name no unit. A
/// unit of its own after 各… (`县财政局`, `▲县民政局`) does not continue
/// it. A verb, the words of an open list's end or a full stop after
/// `next` are no part of it.
pub(crate) fn continues_collective(first: &str, next: &str) -> bool {
    // Asked of every two entries of every list: its first character
    // settles nearly all.
    if first.chars().find(|&c| !before_collective(c)) != Some('各') {
        return false;
    }
    let first = first.trim_start_matches(before_collective).trim_end();
    if !first.strip_prefix('各').is_some_and(levels_only) {
        return false;
    }
    let mut next = next.trim().trim_end_matches(['。', '．', '.']);
    if let Some((verb, _)) = verb_at_end(next) {
        next = &next[..next.len() - verb.len()];
    }
    if let Some(words) = etc_at_end(next) {
        next = &next[..next.len() - words.len()];
    }
    let places = COLLECTIVE_BODIES
        .iter()
        .find_map(|body| next.strip_suffix(body))
        .unwrap_or(next);
    levels_only(places)
}

/// Whether `c` may stand before the 各 that starts a collective unit
/// (`▲各乡镇`): a ▲ or white space.
pub(crate) fn before_collective(c: char) -> bool {
    c == '▲' || c.is_whitespace()
}

/// `pieces` of a list in `text`, with each piece that continues a
/// collective unit after a `、` joined to the piece before it (see
/// [`continues_collective`]): `各区`, `县（市）政府` → `各区、县（市）政府`.
fn join_collective(text: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match out.last_mut() {
            Some(last)
                if text[last.end..piece.start].starts_with('、')
                    && continues_collective(&text[last.clone()], &text[piece.clone()]) =>
            {
                last.end = piece.end;
            }
            _ => out.push(piece),
        }
    }
    out
}

/// Splits `range` of `text` at top-level characters `sep`: separators
/// inside brackets (`各区县政府（含甲新区、乙区管委会）`) do not split.
fn split_top(text: &str, range: Range<usize>, sep: fn(char) -> bool) -> Vec<Range<usize>> {
    split_top_where(text, range, |_, c| sep(c))
}

/// As [`split_top`], splitting at each top-level character `c` at byte
/// `i` of `text` for which `splits(i, c)`: the text after it may decide.
fn split_top_where(
    text: &str,
    range: Range<usize>,
    splits: impl Fn(usize, char) -> bool,
) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut depth = 0u32;
    let mut start = range.start;
    for (at, c) in text[range.clone()].char_indices() {
        let i = range.start + at;
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && splits(i, c) {
            pieces.push(start..i);
            start = i + c.len_utf8();
        }
    }
    pieces.push(start..range.end);
    pieces
}

/// Reads the named fields in `range` of `text` into `out`: `牵头单位：A；
/// 配合单位：B、C；完成时限：年底前`. A piece between `；` written in the
/// State Council's style (`A牵头，B、C配合`) is read as such, and ends
/// the field before it. Any other text before the first field name is
/// read as units of no class; any other piece after `；` that names no
/// field continues the field before it.
pub(crate) fn read_fields(text: &str, range: Range<usize>, out: &mut Fields) {
    let mut current: Option<FieldKind> = None;
    // Whether the last field named is one the crate does not read.
    let mut ignoring = false;
    for segment in split_fields(text, range) {
        let piece = &text[segment.clone()];
        if verbs_piece(piece) {
            // Leader names, deadlines and unit names do not end in 牵头
            // or 配合: such a piece is no continuation of a field.
            read_verbs(text, trim(text, segment), out);
            current = None;
            ignoring = false;
            continue;
        }
        let value = if let Some((kind, end)) = field_at(piece) {
            current = Some(kind);
            ignoring = false;
            let value = trim(text, segment.start + end..segment.end);
            if value.is_empty() {
                out.empty_fields.push((trim(text, segment), kind));
                continue;
            }
            value
        } else if let Some((name, meant)) = misspelled_at(piece) {
            let at = segment.start;
            out.misspelled.push((at + name.start..at + name.end, meant));
            current = None;
            continue;
        } else if is_deadline_entry(piece) {
            // `责任单位：市交通局；2024年10月底前完成`: the task's deadline,
            // written without its field's name, as after the last verb of
            // the State Council's style.
            out.deadlines.push(trim(text, segment));
            current = None;
            continue;
        } else if other_field(piece) {
            // `责任人：王力`, `备注：…`: a field the crate does not read,
            // which names no unit; the pieces after it that name no field
            // are its own.
            out.ignored.push(trim(text, segment));
            ignoring = true;
            continue;
        } else if ignoring {
            out.ignored.push(trim(text, segment));
            continue;
        } else {
            trim(text, segment)
        };
        match current {
            // Units before verbs inside the field: `责任单位：县林业局牵头，
            // 各乡镇配合`, `牵头单位：市交通局，市财政局配合`. A unit before
            // a verb is what the verb says, whatever the field: the field
            // names only the units with no verb of their own. The last
            // character settles nearly every list.
            Some(FieldKind::Units(class)) if ends_in_verb(&text[value.clone()]) => {
                read_verbs_in(text, value, Some(class), out);
            }
            Some(FieldKind::Units(class)) => read_units(text, value, Some(class), out),
            None => read_units(text, value, None, out),
            Some(FieldKind::Leaders | FieldKind::Deadline)
                if is_none_mark(&text[value.clone()]) => {}
            Some(FieldKind::Leaders) => out.leaders.extend(list_names(text, value)),
            Some(FieldKind::Deadline) => out.deadlines.push(value),
        }
    }
}

/// Whether `value`, a whole field's or cell's value, is only a mark of
/// "none" (`—`, `——`, `-`, `/`, `／`, `无`): `配合单位：无`, a table's
/// `| — |` under 配合单位. It names no unit, leader or deadline, and says
/// so: it is skipped quietly, as an empty cell is, since a reader loses
/// nothing by it. The first character settles nearly every value.
pub(crate) fn is_none_mark(value: &str) -> bool {
    let value = value.trim();
    value.starts_with(['—', '-', '/', '／', '无', '－', '–'])
        && matches!(
            value,
            "—" | "——" | "-" | "--" | "－" | "–" | "/" | "／" | "无"
        )
}

/// Reads a list of units, each of `class`.
fn read_units(text: &str, range: Range<usize>, class: Option<Class>, out: &mut Fields) {
    if is_none_mark(&text[range.clone()]) {
        return;
    }
    let pieces = join_collective(text, split_top(text, range, is_unit_separator));
    let last = pieces.len().saturating_sub(1);
    let mut in_note = false;
    let mut read = 0;
    for (i, piece) in pieces.into_iter().enumerate() {
        let mut piece = trim(text, piece);
        let entry = &text[piece.clone()];
        if declares_first_listed(entry) {
            in_note = true;
            match unit_before_note(text, piece, out) {
                Some(unit) => piece = unit,
                None => continue,
            }
        } else if in_note && is_note_remainder(entry) {
            continue;
        } else {
            in_note = false;
        }
        let entry = &text[piece.clone()];
        if entry.is_empty() {
            // A trailing separator before the end is noise, not a gap.
            if !(i == last && read > 0) {
                out.empty_entries.push(piece);
            }
            continue;
        }
        let mut piece = if i == last {
            without_etc(text, piece)
        } else {
            piece
        };
        let mut leads = 0;
        // A role word after the name is a mark, like ▲: the name is what
        // stands before it.
        if let Some((at, lead)) = role_suffix(&text[piece.clone()]) {
            piece = trim(text, piece.start..piece.start + at);
            leads = u32::from(lead);
        }
        // A unit with a verb of its own inside the list
        // (`牵头单位：县发改局，县财政局配合，各乡镇`) takes the verb's class,
        // as in the State Council's style; the verb is no part of its name.
        let mut entry_class = class;
        if let Some((verb, verb_class)) =
            verb_at_end(&text[piece.clone()]).filter(|(verb, _)| !WEAK_VERBS.contains(verb))
        {
            piece = without_modifier(text, trim(text, piece.start..piece.end - verb.len()));
            entry_class = Some(verb_class);
        }
        out.units.push(UnitEntry {
            leads: leads.saturating_add(lead_marks(&text[piece.clone()])),
            range: piece,
            class: entry_class,
        });
        read += 1;
    }
}

fn lead_marks(entry: &str) -> u32 {
    entry
        .chars()
        .filter(|&c| c == '▲')
        .count()
        .try_into()
        .unwrap_or(u32::MAX)
}

/// The verb that ends `entry`, and its class.
fn verb_at_end(entry: &str) -> Option<(&'static str, Class)> {
    VERBS
        .iter()
        .find(|(verb, _)| entry.ends_with(verb) && entry.len() > verb.len())
        .copied()
}

/// Reads a clause in the State Council's style into `out`:
/// `市发改委牵头，市财政局、市商务局等按职责分工负责`. The units before
/// a verb take its class; units after the last verb take none. A 由
/// before the first unit (`由县住建局牵头，…`) is not part of its name.
pub(crate) fn read_verbs(text: &str, range: Range<usize>, out: &mut Fields) {
    read_verbs_in(text, range, None, out);
}

/// As [`read_verbs`], for units written so inside a field of units
/// (`责任单位：县林业局牵头，各乡镇配合`) when `field` is its class: units
/// with no verb of their own (`县建设局、县自然资源局，各乡镇人民政府配合`)
/// keep the field's class rather than take the next verb's, a comma or
/// semicolon ending their group, and so do units after the last verb.
fn read_verbs_in(text: &str, range: Range<usize>, field: Option<Class>, out: &mut Fields) {
    let mut pending = out.units.len();
    let mut first = true;
    let pieces = join_collective(text, split_top(text, range.clone(), is_unit_separator));
    for piece in pieces {
        let closes_group = field.is_some()
            && text[piece.end..range.end]
                .chars()
                .next()
                .is_some_and(|c| c != '、');
        let mut piece = trim(text, piece);
        if first && !piece.is_empty() {
            first = false;
            let after_you = text[piece.clone()].strip_prefix('由');
            if after_you.is_some_and(|rest| !rest.trim().is_empty()) {
                piece = trim(text, piece.start + '由'.len_utf8()..piece.end);
            }
        }
        let entry = &text[piece.clone()];
        if declares_first_listed(entry) {
            match unit_before_note(text, piece, out) {
                Some(unit) => piece = unit,
                None => continue,
            }
        }
        let entry = &text[piece.clone()];
        if entry.is_empty() || is_note_remainder(entry) {
            if entry.is_empty() {
                out.empty_entries.push(piece);
            }
            continue;
        }
        // `市发改委牵头，市财政局配合，2024年底前完成`: the task's deadline,
        // written among its units.
        // (`限期落实` ends in a verb, and names when, not who.)
        if is_deadline_entry(entry)
            && (verb_at_end(entry).is_none() || UNDATED_DEADLINES.contains(&entry))
        {
            out.deadlines.push(piece);
            continue;
        }
        let (name, class) = match verb_at_end(entry) {
            Some((verb, class)) => {
                let name = trim(text, piece.start..piece.end - verb.len());
                (without_modifier(text, without_etc(text, name)), Some(class))
            }
            None => (piece, None),
        };
        // `市经信局会同市市场监管局负责`: the units before 会同 lead (the
        // verb is what they do together), the unit after it works with
        // them.
        if let Some(at) = text[name.clone()].find(TOGETHER_WITH) {
            let before = trim(text, name.start..name.start + at);
            let after = trim(text, name.start + at + TOGETHER_WITH.len()..name.end);
            if !before.is_empty() && !after.is_empty() {
                out.units.push(UnitEntry {
                    leads: lead_marks(&text[before.clone()]),
                    range: before,
                    class: None,
                });
                settle(out, &mut pending, Class::Lead);
                out.units.push(UnitEntry {
                    leads: lead_marks(&text[after.clone()]),
                    range: after,
                    class: Some(Class::Join),
                });
                pending = out.units.len();
                continue;
            }
        }
        out.units.push(UnitEntry {
            leads: lead_marks(&text[name.clone()]),
            range: name,
            class: None,
        });
        match (class, field) {
            (Some(class), _) => settle(out, &mut pending, class),
            (None, Some(field)) if closes_group => settle(out, &mut pending, field),
            (None, _) => {}
        }
    }
    if let Some(field) = field {
        settle(out, &mut pending, field);
    }
}

/// Notes in `out` that entry `piece` of `text` declares the first-listed
/// unit to lead, and returns the unit named before the note in the same
/// entry (`市财政局（列第一位的为牵头单位）`: the unit is still read), if
/// any.
fn unit_before_note(text: &str, piece: Range<usize>, out: &mut Fields) -> Option<Range<usize>> {
    out.first_listed = true;
    let end = name_before_note(&text[piece.clone()])?;
    Some(trim(text, piece.start..piece.start + end))
}

/// Gives the units of `out` from `pending` on, which wait for a verb,
/// the class `class`; none waits after them.
fn settle(out: &mut Fields, pending: &mut usize, class: Class) {
    for unit in &mut out.units[*pending..] {
        unit.class = Some(class);
    }
    *pending = out.units.len();
}

/// Fields written on a task's own line after its text, without brackets:
/// `推进数字经济发展。责任单位：区经信局`, `加快城市更新。牵头单位：区住建局；
/// 配合单位：区财政局`. They start after the text's last `。` (or at its
/// start) with a field's name and a colon; earlier sentences that start
/// so too (`牵头单位：甲局。配合单位：乙局`) belong to them. A full stop
/// ending the fields (`。`, `.`, `．`) is left out, as it is after a
/// bracket. Returns the fields' byte range, from the first field's name.
///
/// A colon in the task's own text (`目标是：…`) names no field, fields
/// followed by another sentence are no fields at the end, and fields that
/// close a bracket they did not open are the stray end of something else:
/// none is read.
///
/// Asked of a task without a clause while its lines are collected, so it
/// looks back from the end only as far as the last sentence.
pub(crate) fn trailing(text: &str) -> Option<Range<usize>> {
    let end = text
        .trim_end_matches(|c: char| matches!(c, '。' | '.' | '．') || c.is_whitespace())
        .len();
    let mut start = sentence_start(text, end);
    field_at(&text[start..end])?;
    // Earlier sentences of fields: `牵头单位：甲局。配合单位：乙局`.
    while let Some(stop) = text[..start].trim_end().strip_suffix('。') {
        let before = sentence_start(text, stop.len());
        if field_at(&text[before..stop.len()]).is_none() {
            break;
        }
        start = before;
    }
    // Fields that close a bracket they never opened hold the stray end of
    // something else (a clause whose opening bracket was lost): read as
    // fields, it would end a unit's name.
    if closes_unopened(&text[start..end]) {
        return None;
    }
    let name = start + (text[start..].len() - text[start..].trim_start().len());
    Some(name..end)
}

/// Where the sentence that ends at `end` starts: after the last `。`
/// before it, or at the start of `text`.
fn sentence_start(text: &str, end: usize) -> usize {
    text[..end].rfind('。').map_or(0, |at| at + '。'.len_utf8())
}

/// Reads the fields [`trailing`] found, `range` of `text`, into `out`:
/// each sentence as named fields.
pub(crate) fn read_trailing(text: &str, range: Range<usize>, out: &mut Fields) {
    for sentence in split_top(text, range, |c| c == '。') {
        read_fields(text, sentence, out);
    }
}

/// How a bracket's content reads as a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// Named fields: `牵头单位：…；配合单位：…`.
    Fields,
    /// Units before verbs: `…牵头，…配合`.
    Verbs,
}

/// The style of a bracket's content, if it is a clause at all. Units
/// before verbs followed by named fields
/// (`市发改委牵头，市财政局配合；完成时限：2023年底`) are read as fields,
/// of which the first piece is in the State Council's style.
pub(crate) fn style_of(inner: &str) -> Option<Style> {
    if names_field(inner) {
        return Some(Style::Fields);
    }
    if !inner.contains(is_colon) {
        return reads_as_verbs(inner).then_some(Style::Verbs);
    }
    // A colon elsewhere is a clause only where the text before it is in
    // the State Council's style and a field is named after a `；`: a
    // bracket of the task's own text (`（含甲、乙：…）`) is neither.
    let mut pieces = split_fields(inner, 0..inner.len()).into_iter();
    let first = pieces.next()?;
    (verbs_piece(&inner[first]) && pieces.any(|r| names_field(&inner[r]))).then_some(Style::Fields)
}

/// Whether a piece of a clause between `；` is in the State Council's
/// style: it names no field, holds no colon (`备注：由甲负责` is no list
/// of units) and reads as verbs.
fn verbs_piece(piece: &str) -> bool {
    !piece.contains(is_colon) && reads_as_verbs(piece)
}

/// Whether `text` is a list of units in the State Council's style: its
/// last entry, deadlines after it aside, ends in a verb (`市体育局负责`,
/// `市发改委、市财政局按职责分工负责`, `市发改委牵头，市财政局配合，
/// 2024年底前完成`). No 牵头 is needed: the style often names none.
fn reads_as_verbs(text: &str) -> bool {
    let text = before_deadlines(text);
    let entries = split_top(text, 0..text.len(), is_unit_separator);
    let mut verbs = entries
        .iter()
        .map(|r| text[r.clone()].trim())
        .rev()
        .filter(|e| !e.is_empty())
        .map(verb_at_end);
    let reads = match verbs.next() {
        // `（确保政策落实）`, `（加强业务指导）`: the task's own words end so
        // too; these verbs make a clause only after a unit that leads or
        // is responsible (`市财政局负责，各区县政府落实`).
        Some(Some((verb, _))) if WEAK_VERBS.contains(&verb) => verbs.any(|v| {
            v.is_some_and(|(verb, class)| class != Class::Join && !WEAK_VERBS.contains(&verb))
        }),
        Some(found) => found.is_some(),
        None => false,
    };
    // With no unit before 牵头, the task's own words in brackets may read
    // so too (`（政府主导、社会参与）`): every entry must then name a unit.
    reads
        && (entries.iter().any(|r| {
            verb_at_end(text[r.clone()].trim()).is_some_and(|(_, class)| class == Class::Lead)
        }) || entries.iter().all(|r| names_a_unit(text[r.clone()].trim())))
}

/// `range` of `text`, a unit's name before its verb, without the words
/// that say how it acts (`各乡镇组织落实`, `县卫健局业务指导`,
/// `县财政局全力配合`, `区直各部门按职能负责`), those of [`MODIFIERS`]: a
/// name is never cut elsewhere (`县委党校`, `各镇街`, `县污水处理厂`).
fn without_modifier(text: &str, range: Range<usize>) -> Range<usize> {
    let name = &text[range.clone()];
    MODIFIERS
        .iter()
        .find(|m| name.ends_with(*m) && name[..name.len() - m.len()].chars().count() >= 2)
        .map_or(range.clone(), |m| range.start..range.end - m.len())
}

/// Words between a unit's name and its verb that say how it acts, longest
/// first where one ends another.
const MODIFIERS: [&str; 36] = [
    "按属地管理原则",
    "按季度督促",
    "按职责分工",
    "按照职责",
    "根据职责",
    "按照职能",
    "根据职能",
    "按职能",
    "按职责",
    "依职责",
    "依职能",
    "按属地",
    "按季度",
    "依法",
    "组织",
    "分头",
    "督促",
    "业务",
    "加强",
    "协助",
    "技术",
    "对口",
    "逐级",
    "全力",
    "积极",
    "属地",
    "统筹",
    "认真",
    "切实",
    "共同",
    "分别",
    "具体",
    "主动",
    "密切",
    "同步",
    "做好",
];

/// Whether a list entry, its verb and the words of an open list's end
/// aside, ends as a unit's name does (`市财政局`, `市有关部门`,
/// `各成员单位`) or names the units of every place (`各乡镇（街道）`).
fn names_a_unit(entry: &str) -> bool {
    let mut name = entry.trim_end_matches(['。', '．', '.']);
    let verb = verb_at_end(name);
    if let Some((verb, _)) = verb {
        name = &name[..name.len() - verb.len()];
    }
    if let Some(words) = etc_at_end(name) {
        name = &name[..name.len() - words.len()];
    }
    let mut name = name.trim();
    // Only before a verb do words say how a unit acts (`各乡镇组织落实`).
    if verb.is_some() {
        name = &name[without_modifier(name, 0..name.len())];
    }
    name.starts_with('各') || name_finished(name)
}

/// Verbs that end the task's own words in brackets as often as a unit's
/// role: [`reads_as_verbs`] reads them only after another verb.
const WEAK_VERBS: [&str; 2] = ["落实", "指导"];

/// Where a clause of the genre is in a task's joined text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    /// No clause.
    Absent,
    /// A bracket opened at `open` is still open at the end of the text;
    /// `innermost` is the last bracket still open. `clause` tells whether
    /// what it holds so far reads as a clause.
    Open {
        open: usize,
        innermost: usize,
        clause: bool,
    },
    /// The last clause spans `open..=close`.
    Closed {
        open: usize,
        close: usize,
        style: Style,
    },
}

/// Finds the last top-level bracket of `text` that holds a clause, or a
/// bracket still open at the end.
pub(crate) fn find(text: &str) -> Found {
    let mut brackets = Brackets::default();
    brackets.read_on(text);
    brackets.found(text)
}

/// The brackets of a task's text read so far, kept as lines are
/// appended: the brackets still open, and the last top-level bracket
/// closed that holds a clause. [`find`] reads a whole text with it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Brackets {
    open: Vec<usize>,
    last_clause: Option<(usize, usize, Style)>,
    scanned: usize,
}

impl Brackets {
    /// What [`find`] finds in `text`, all of which this has read.
    pub(crate) fn found(&self, text: &str) -> Found {
        match (self.open.first(), self.open.last()) {
            (Some(&open), Some(&innermost)) => {
                let inner = &text[open + char_len(text, open)..];
                let clause = field_at(inner).is_some()
                    || split_top(inner, 0..inner.len(), is_unit_separator)
                        .iter()
                        .any(|r| inner[r.clone()].trim().ends_with("牵头"));
                Found::Open {
                    open,
                    innermost,
                    clause,
                }
            }
            _ => self
                .last_clause
                .map_or(Found::Absent, |(open, close, style)| Found::Closed {
                    open,
                    close,
                    style,
                }),
        }
    }

    /// Reads `text` on from where the last reading stopped (`text` is the
    /// text read before with more appended).
    pub(crate) fn read_on(&mut self, text: &str) {
        for (at, c) in text[self.scanned..].char_indices() {
            let i = self.scanned + at;
            if is_open(c) {
                self.open.push(i);
            } else if is_close(c) {
                let Some(open) = self.open.pop() else {
                    continue;
                };
                if !self.open.is_empty() {
                    continue;
                }
                if let Some(style) = style_of(&text[open + char_len(text, open)..i]) {
                    self.last_clause = Some((open, i, style));
                }
            }
        }
        self.scanned = text.len();
    }

    /// Whether the text read ends in a clause in brackets (no bracket
    /// left open), with only the clause's end after it (see
    /// [`ends_clause`]).
    pub(crate) fn closed_clause_ends(&self, text: &str) -> bool {
        self.open.is_empty()
            && self
                .last_clause
                .is_some_and(|(_, close, _)| ends_clause(&text[close + char_len(text, close)..]))
    }
}

/// The byte length of the character at `at`.
pub(crate) fn char_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

/// Whether `text` after a clause is only its end: white space and a
/// full stop or semicolon.
pub(crate) fn ends_clause(after: &str) -> bool {
    after
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '。' | '；' | ';' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_read_on_as_found_whole() {
        let whole = |text: &str| match find(text) {
            Found::Closed { close, .. } => ends_clause(&text[close + char_len(text, close)..]),
            _ => false,
        };
        for text in [
            "修路（一期）。（区交通局牵头，各街道配合）。",
            "修路。（责任单位：甲局；完成时限：年底）（二期",
            "修路）（区交通局负责）",
            "推进（试点）工作（全域）",
        ] {
            for (k, _) in text.char_indices() {
                let mut brackets = Brackets::default();
                brackets.read_on(&text[..k]);
                brackets.read_on(text);
                assert_eq!(
                    brackets.closed_clause_ends(text),
                    whole(text),
                    "{text} at {k}"
                );
            }
        }
    }

    #[test]
    fn first_listed_notes_on_lines_of_their_own() {
        for note in [
            "（列第一位的为牵头单位，下同）",
            "(列第一位的为牵头单位)",
            "排在第一位的为牵头单位",
            "注：责任单位中排在第一位的为牵头单位。",
            "责任单位排在首位的为牵头单位",
            "（责任单位排在首位的为牵头单位，下同）",
            "（注：责任单位中，排在第一位的为牵头单位）",
            "说明：有多个责任单位的，排在第一位的为牵头单位。",
            "（列第一位的为牵头单位，其他为配合单位，下同）",
            "排在第一位的为牵头单位，其余为配合单位",
            "排名第一的单位为牵头单位",
            "第一个责任单位为牵头单位",
            "注：牵头单位列第一位。",
        ] {
            assert!(is_first_listed_note(note), "{note}");
        }
        for other in [
            "现将清单印发给你们，请认真落实，列第一位的为牵头单位。",
            "请认真落实。列第一位的为牵头单位",
            "1. 修路。（责任单位：交通局、财政局，列第一位的为牵头单位）",
            "第一位",
            "首位",
            "各牵头单位要把安全生产放在首位",
            "第一季度完成项目立项，此后由县发改局牵头推进各项工作",
        ] {
            assert!(!is_first_listed_note(other), "{other}");
        }
    }

    #[test]
    fn a_note_after_the_last_unit_in_its_entry() {
        fn at(e: &str) -> Option<&str> {
            name_before_note(e).map(|end| &e[..end])
        }
        assert_eq!(
            at("市财政局（列第一位的为牵头单位，下同）"),
            Some("市财政局")
        );
        assert_eq!(at("市财政局。列第一位的为牵头单位"), Some("市财政局"));
        assert_eq!(at("市财政局 列第一位的为牵头单位"), Some("市财政局"));
        assert_eq!(at("列第一位的为牵头单位"), None);
        assert_eq!(at("（列第一位的为牵头单位）"), None);
    }

    fn names(text: &str, f: &Fields) -> Vec<(String, Option<Class>)> {
        f.units
            .iter()
            .map(|u| (text[u.range.clone()].to_owned(), u.class))
            .collect()
    }

    #[test]
    fn fields_split_at_semicolons_and_lists_at_any_separator() {
        let t = "责任领导：王明；牵头单位：区发改局；责任单位：区财政局，各街道、市财政(地税)局;各区县政府（含甲新区、乙区管委会）等";
        let mut f = Fields::default();
        read_fields(t, 0..t.len(), &mut f);
        let got = names(t, &f);
        assert_eq!(
            got,
            [
                ("区发改局".to_owned(), Some(Class::Lead)),
                ("区财政局".to_owned(), Some(Class::Responsible)),
                ("各街道".to_owned(), Some(Class::Responsible)),
                ("市财政(地税)局".to_owned(), Some(Class::Responsible)),
                (
                    "各区县政府（含甲新区、乙区管委会）".to_owned(),
                    Some(Class::Responsible)
                ),
            ]
        );
        assert_eq!(&t[f.leaders[0].clone()], "王明");
    }

    #[test]
    fn every_field_name_starts_with_an_initial() {
        for (name, _) in FIELDS {
            assert!(name.starts_with(FIELD_INITIALS), "{name}");
            assert!(field_at(&format!(" {name}：甲")).is_some(), "{name}");
        }
    }

    /// A name that starts another (`牵头单位`, `牵头单位（部门）`) would be
    /// found first and leave the rest before the colon: the longer must
    /// come first.
    #[test]
    fn longer_field_names_come_first() {
        for (i, (name, _)) in FIELDS.iter().enumerate() {
            for (later, _) in &FIELDS[i + 1..] {
                assert!(!later.starts_with(name), "{later} after {name}");
            }
        }
        assert!(matches!(
            field_at("牵头责任单位：甲局"),
            Some((FieldKind::Units(Class::Lead), _))
        ));
        assert!(matches!(
            field_at("负责县领导：王明"),
            Some((FieldKind::Leaders, _))
        ));
        assert!(matches!(
            field_at("时间节点：年底"),
            Some((FieldKind::Deadline, _))
        ));
    }

    #[test]
    fn leaders_fields_not_read() {
        for line in ["督导领导：李华", " 包联县领导: 王明、刘芳"] {
            assert!(other_leaders_field(line), "{line}");
        }
        for line in [
            "领导：李华",
            "督导领导：",
            "加强组织领导：建立专班",
            "组织领导：成立工作专班",
            "各级领导，要：",
            "县财政局",
            "",
        ] {
            assert!(!other_leaders_field(line), "{line}");
        }
    }

    #[test]
    fn role_words_after_names_are_marks() {
        assert_eq!(
            role_suffix("区科技局（牵头）"),
            Some(("区科技局".len(), true))
        );
        assert_eq!(
            role_suffix("区科技局(牵头单位) "),
            Some(("区科技局".len(), true))
        );
        assert_eq!(
            role_suffix("区经信局（ 配合 ）"),
            Some(("区经信局".len(), false))
        );
        assert_eq!(
            role_suffix("市财政(地税)局（主责）"),
            Some(("市财政(地税)局".len(), true))
        );
        for name in [
            "各乡镇（街道）",
            "市财政(地税)局",
            "（牵头）",
            "▲（牵头）",
            "区科技局（牵头）办",
            "区科技局【牵头】",
        ] {
            assert_eq!(role_suffix(name), None, "{name}");
        }
        let t = "责任单位：区商务局（牵头），区发改局，各乡镇（街道）(配合)";
        let mut f = Fields::default();
        read_fields(t, 0..t.len(), &mut f);
        let read: Vec<(&str, u32)> = f
            .units
            .iter()
            .map(|u| (&t[u.range.clone()], u.leads))
            .collect();
        assert_eq!(
            read,
            [("区商务局", 1), ("区发改局", 0), ("各乡镇（街道）", 0)]
        );
    }

    #[test]
    fn fields_after_the_text() {
        let at = |t: &'static str| trailing(t).map(|r| &t[r]);
        assert_eq!(
            at("推进数字经济发展。责任单位：区经信局"),
            Some("责任单位：区经信局")
        );
        assert_eq!(
            at("加快城市更新。牵头单位：区住建局；配合单位：区财政局。 "),
            Some("牵头单位：区住建局；配合单位：区财政局")
        );
        assert_eq!(
            at("目标是：全区达标。牵头单位：甲局。配合单位：乙局"),
            Some("牵头单位：甲局。配合单位：乙局")
        );
        assert_eq!(at("责任单位：区经信局"), Some("责任单位：区经信局"));
        // A colon of the task's own text, fields before another sentence,
        // a bracket closed that the fields never opened.
        for none in [
            "完善机制，目标是：全区达标。",
            "推进甲。责任单位：乙局。再推进丙。",
            "推进甲。责任单位：财政局）",
            "推进甲，责任单位：乙局",
            "",
        ] {
            assert_eq!(at(none), None, "{none}");
        }
        let t = "目标是：达标。牵头单位：甲局。配合单位：乙局、丙局；完成时限：年底";
        let mut f = Fields::default();
        read_trailing(t, trailing(t).unwrap(), &mut f);
        assert_eq!(
            names(t, &f),
            [
                ("甲局".to_owned(), Some(Class::Lead)),
                ("乙局".to_owned(), Some(Class::Join)),
                ("丙局".to_owned(), Some(Class::Join)),
            ]
        );
        assert_eq!(&t[f.deadlines[0].clone()], "年底");
    }

    #[test]
    fn verbs_give_classes() {
        let t = "市发改委牵头，市财政局、市商务局等按职责分工负责";
        assert_eq!(style_of(t), Some(Style::Verbs));
        let mut f = Fields::default();
        read_verbs(t, 0..t.len(), &mut f);
        assert_eq!(
            names(t, &f),
            [
                ("市发改委".to_owned(), Some(Class::Lead)),
                ("市财政局".to_owned(), Some(Class::Responsible)),
                ("市商务局".to_owned(), Some(Class::Responsible)),
            ]
        );
        assert_eq!(style_of("含甲、乙"), None);
        assert_eq!(style_of("2023年底前完成"), None);
    }

    /// The guide page on the genre names every verb of the State
    /// Council's style and every deadline without a date that is read.
    #[test]
    fn the_genre_page_names_every_verb_and_undated_deadline() {
        let page = include_str!("../genre.rs");
        for (verb, _) in VERBS {
            assert!(page.contains(verb), "{verb}");
        }
        for deadline in UNDATED_DEADLINES {
            assert!(page.contains(deadline), "{deadline}");
        }
    }

    /// The last characters that settle a list's end before its words are
    /// compared are those of every word they stand for: the words of an
    /// open list's end, and the deadlines without a date.
    #[test]
    fn finals_cover_their_words() {
        for words in ETC {
            assert!(words.ends_with(ETC_FINALS), "{words}");
        }
        for deadline in UNDATED_DEADLINES {
            assert!(deadline.ends_with(UNDATED_FINALS), "{deadline}");
        }
    }

    /// A verb that ends another (负责, 牵头负责) must come after it, or the
    /// longer would never be found; and each verb's last character is
    /// one that [`ends_in_verb`] looks for.
    #[test]
    fn verbs_are_found_whole() {
        for (i, (verb, _)) in VERBS.iter().enumerate() {
            assert!(verb.ends_with(VERB_FINALS), "{verb}");
            for (later, _) in &VERBS[i + 1..] {
                assert!(!later.ends_with(verb), "{later} after {verb}");
            }
        }
    }

    #[test]
    fn verbs_without_a_lead_deadlines_and_together_with() {
        // No 牵头: the style often names none.
        assert_eq!(
            style_of("市发改委、市财政局按职责分工负责"),
            Some(Style::Verbs)
        );
        assert_eq!(style_of("市体育局、市教育局配合"), Some(Style::Verbs));
        assert_eq!(style_of("2024年底前完成"), None);
        assert_eq!(style_of("市发改委、市财政局"), None);
        // Deadlines without a date, whole entries only.
        assert_eq!(style_of("市应急局牵头；全年"), Some(Style::Verbs));
        assert_eq!(style_of("市大数据局牵头，长期坚持"), Some(Style::Verbs));
        assert!(is_deadline_entry(" 持续推进 "));
        assert!(!is_deadline_entry("全年工作"));
        assert!(!is_deadline_entry("市长期规划办"));
        // 落实 and 指导 only after a verb that is not 配合's.
        assert_eq!(style_of("市财政局负责，各区县政府落实"), Some(Style::Verbs));
        assert_eq!(style_of("确保政策落实"), None);
        assert_eq!(style_of("加强业务指导，确保政策落实"), None);
        assert_eq!(style_of("甲局配合，乙局落实"), None);
        let t = "市发改委牵头，市财政局配合，2024年底前完成";
        assert_eq!(style_of(t), Some(Style::Verbs));
        assert!(ends_in_verb(t));
        let mut f = Fields::default();
        read_verbs(t, 0..t.len(), &mut f);
        assert_eq!(f.units.len(), 2);
        assert_eq!(&t[f.deadlines[0].clone()], "2024年底前完成");
        let t = "市经信局、市科技局会同市市场监管局、市商务局负责";
        let mut f = Fields::default();
        read_verbs(t, 0..t.len(), &mut f);
        assert_eq!(
            names(t, &f),
            [
                ("市经信局".to_owned(), Some(Class::Lead)),
                ("市科技局".to_owned(), Some(Class::Lead)),
                ("市市场监管局".to_owned(), Some(Class::Join)),
                ("市商务局".to_owned(), Some(Class::Responsible)),
            ]
        );
        // 会同 with nothing before it names no unit apart.
        let t = "会同市商务局负责";
        let mut f = Fields::default();
        read_verbs(t, 0..t.len(), &mut f);
        assert_eq!(
            names(t, &f),
            [("会同市商务局".to_owned(), Some(Class::Responsible))]
        );
    }

    #[test]
    fn verbs_among_named_fields() {
        let t = "责任领导：王明；市发改委牵头，市财政局、市商务局配合；完成时间：2023年底";
        assert_eq!(style_of(t), Some(Style::Fields));
        let mut f = Fields::default();
        read_fields(t, 0..t.len(), &mut f);
        assert_eq!(
            names(t, &f),
            [
                ("市发改委".to_owned(), Some(Class::Lead)),
                ("市财政局".to_owned(), Some(Class::Join)),
                ("市商务局".to_owned(), Some(Class::Join)),
            ]
        );
        assert_eq!(&t[f.leaders[0].clone()], "王明");
        assert_eq!(f.leaders.len(), 1);
        assert_eq!(&t[f.deadlines[0].clone()], "2023年底");
        let t = "市发改委牵头，市财政局配合；完成时限：2023年底";
        assert_eq!(style_of(t), Some(Style::Fields));
        // A colon with no field named after a `；` is the task's own text.
        assert_eq!(style_of("市发改委牵头，市财政局配合；备注：另行通知"), None);
        assert_eq!(style_of("含甲、乙：见附件；完成时限：年底"), None);
        // A piece that names no verb still continues the field before it.
        let t = "责任单位：区财政局；各街道";
        let mut f = Fields::default();
        read_fields(t, 0..t.len(), &mut f);
        assert_eq!(f.units.len(), 2);
        assert_eq!(f.units[1].class, Some(Class::Responsible));
    }

    #[test]
    fn notes_and_misspellings() {
        let t = "责任单位：甲局、乙局，列第一位的为牵头单位，下同";
        let mut f = Fields::default();
        read_fields(t, 0..t.len(), &mut f);
        assert!(f.first_listed);
        assert_eq!(f.units.len(), 2);
        let t = "配和部门：甲局";
        assert_eq!(misspelled_at(t), Some((0..12, FieldName::JoiningUnits)));
        assert_eq!(misspelled_at("牵头部门：甲局"), None);
        assert!(matches!(
            field_at("牵头部门：甲局"),
            Some((FieldKind::Units(Class::Lead), 15))
        ));
        assert!(matches!(
            find("任务。[牵头单位:甲局;责任单位:乙局]"),
            Found::Closed { open: 9, .. }
        ));
        assert!(matches!(find("任务。（含甲、乙）"), Found::Absent));
        assert!(matches!(
            find("任务。（甲局牵头，"),
            Found::Open { clause: true, .. }
        ));
    }

    #[test]
    fn collective_units_after_each() {
        for (first, next) in [
            ("各区", "县（市）政府"),
            ("▲各区", "县(市)人民政府"),
            ("各乡镇", "街道"),
            ("各乡镇", "街道办事处等"),
            ("各区", "县（市）政府配合"),
            ("各区、县", "市政府"),
        ] {
            assert!(continues_collective(first, next), "{first}、{next}");
        }
        for (first, next) in [
            ("各乡镇", "县财政局"),
            ("各乡镇", "▲街道"),
            ("市财政局", "街道"),
            ("各区县政府", "街道"),
            ("各", "街道"),
            ("各区", "政府"),
        ] {
            assert!(!continues_collective(first, next), "{first}、{next}");
        }
        let t = "责任单位：各区、县（市）政府，各乡镇、县财政局";
        let mut f = Fields::default();
        read_fields(t, 0..t.len(), &mut f);
        assert_eq!(
            names(t, &f).into_iter().map(|(n, _)| n).collect::<Vec<_>>(),
            ["各区、县（市）政府", "各乡镇", "县财政局"]
        );
        // Only a `、` joins: a comma separates units.
        let t = "责任单位：各乡镇，街道";
        let mut f = Fields::default();
        read_fields(t, 0..t.len(), &mut f);
        assert_eq!(f.units.len(), 2);
    }

    #[test]
    fn commas_separate_fields_only_before_a_name() {
        let t = "牵头单位：甲局，配合单位：乙局、丙局,完成时限：年底，丁局";
        let got: Vec<&str> = split_fields(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(
            got,
            [
                "牵头单位：甲局",
                "配合单位：乙局、丙局",
                "完成时限：年底，丁局"
            ]
        );
        assert!(field_after_comma("甲局，配合单位：乙局"));
        assert!(!field_after_comma("甲局，乙局：丙"));
        assert!(ends_in_verb("甲局，各乡镇配合 "));
        assert!(!ends_in_verb("配合"));
        assert!(!ends_in_verb("县政府办"));
        let t = "由甲局牵头，乙局配合";
        let mut f = Fields::default();
        read_verbs(t, 0..t.len(), &mut f);
        assert_eq!(
            names(t, &f),
            [
                ("甲局".to_owned(), Some(Class::Lead)),
                ("乙局".to_owned(), Some(Class::Join)),
            ]
        );
    }
}
