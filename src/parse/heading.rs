//! Reading leaders out of a group heading and names out of area headings.

use std::sync::OnceLock;

use super::fields::{self, FieldKind};
use crate::model::{Leader, Title};

/// Words that end the leaders' part of a group heading
/// (`叶帮锐市长牵头的重点工作`, `…负责的…`, `周敏市长主抓重点工作`).
const LEADER_SEGMENT_ENDS: [&str; 5] = ["牵头", "负责", "分管", "主抓", "领衔"];

/// The first characters of [`LEADER_SEGMENT_ENDS`].
const LEADER_SEGMENT_END_INITIALS: [char; 5] = ['牵', '负', '分', '主', '领'];

/// Adverbs written between the leaders and the verb
/// (`刘芳副县长、张伟副县长共同牵头`): part of no name.
const BEFORE_VERB: [&str; 3] = ["共同", "分别", "联合"];

/// What may follow the verb in a heading of the leaders' form
/// (`牵头的重点工作`, `牵头重点工作`, `负责的工作`).
const AFTER_VERB: [&str; 7] = ["的", "重点", "工作", "民生", "事项", "任务", "实事"];

/// The body a title may be qualified by, before or after it
/// (`区政府党组成员`, `县委常委`, `县人民政府副县长`); longer ones first, so
/// that `县人民政府` is not cut at `政府`.
const QUALIFIERS: [&str; 11] = [
    "市人民政府",
    "县人民政府",
    "区人民政府",
    "人民政府",
    "市政府",
    "县政府",
    "区政府",
    "市委",
    "县委",
    "区委",
    "政府",
];

/// The last characters of the titles the crate knows ([`Title::ALL`])
/// and of the posts it keeps as written ([`OTHER_TITLES`]).
const TITLE_FINALS: [char; 10] = ['长', '委', '员', '理', '问', '任', '记', '席', '书', '志'];

/// The first characters of the titles the crate knows ([`Title::ALL`])
/// and of the bodies that qualify them ([`QUALIFIERS`]).
const TITLE_INITIALS: [char; 9] = ['市', '县', '区', '人', '政', '常', '副', '党', '秘'];

/// The first characters of the posts kept as written ([`OTHER_TITLES`]).
const POST_INITIALS: [char; 16] = [
    '二', '巡', '调', '督', '专', '顾', '副', '镇', '乡', '局', '主', '书', '委', '秘', '同', '部',
];

/// Titles this crate does not model, kept as written beside the name.
const OTHER_TITLES: [&str; 23] = [
    "二级巡视员",
    "巡视员",
    "调研员",
    "督查专员",
    "专员",
    "顾问",
    "副镇长",
    "镇长",
    "副乡长",
    "乡长",
    "副局长",
    "局长",
    "副主任",
    "主任",
    "书记",
    "副书记",
    "副主席",
    "主席",
    "副部长",
    "部长",
    "委员",
    "秘书",
    "同志",
];

/// How the name of a body ends (`县公安局`, `宣传部`, `党工委`,
/// `青川经济开发区`): what is written before a post's word and ends so is
/// the body the post belongs to, not a person's name. A personal name
/// ends in none of these.
const BODY_ENDS: [&str; 34] = [
    "局",
    "委",
    "部",
    "办",
    "府",
    "院",
    "厅",
    "处",
    "室",
    "所",
    "站",
    "队",
    "组",
    "区",
    "县",
    "市",
    "镇",
    "乡",
    "街道",
    "中心",
    "公司",
    "委员会",
    "常委会",
    "管委会",
    "工会",
    "协会",
    "政协",
    "人大",
    "妇联",
    "工商联",
    "科协",
    "侨联",
    "残联",
    "文联",
];

/// Titles to strip from the end of a name, longest first so that
/// 常务副市长 is not read as 副市长 and 副秘书长 not as 秘书长.
/// Sorted once, on first use.
fn titles_longest_first() -> &'static [Title] {
    static TITLES: OnceLock<Vec<Title>> = OnceLock::new();
    TITLES.get_or_init(|| {
        let mut titles = Title::ALL.to_vec();
        titles.sort_by_key(|t| std::cmp::Reverse(t.chinese().chars().count()));
        titles
    })
}

/// The byte offset of the first of the words that end the leaders'
/// segment.
fn leader_segment_end(heading: &str) -> Option<usize> {
    // Only where one of the words may begin.
    heading
        .match_indices(LEADER_SEGMENT_END_INITIALS)
        .map(|(at, _)| at)
        .find(|&at| {
            LEADER_SEGMENT_ENDS
                .iter()
                .any(|w| heading[at..].starts_with(w))
        })
}

/// The outcome of reading a group heading's leaders.
pub(crate) struct Leaders {
    pub(crate) leaders: Vec<Leader>,
    /// Pieces that carried no recognised title (kept whole as names), and
    /// titles kept as written in [`Leader::other_titles`].
    pub(crate) untitled: Vec<String>,
    /// Whether the heading is written in the leaders' form (a name or
    /// title before `牵头` / `负责` / `主抓`, or the verb followed by
    /// `的…工作`); a heading that names a subject is not.
    pub(crate) found_segment: bool,
}

/// Strips one qualifier (`区政府`, `县委`) from the start of `s`, if
/// something remains.
fn strip_qualifier_start(s: &str) -> &str {
    QUALIFIERS
        .iter()
        .find_map(|q| s.strip_prefix(q).filter(|r| !r.is_empty()))
        .unwrap_or(s)
}

/// The longest recognised title at the start of `s`, and the rest.
fn title_at_start(s: &str) -> Option<(Title, &str)> {
    titles_longest_first()
        .iter()
        .find(|t| s.starts_with(t.chinese()))
        .map(|t| (*t, s[t.chinese().len()..].trim_start()))
}

/// The longest recognised title at the end of `s`.
fn title_at_end(s: &str) -> Option<Title> {
    // Every title ends with one of these; most pieces end with a name.
    if !s.ends_with(TITLE_FINALS) {
        return None;
    }
    titles_longest_first()
        .iter()
        .copied()
        .find(|t| s.ends_with(t.chinese()))
}

/// The longest recognised title at the start of `s`, perhaps qualified
/// (`区政府党组成员`), and the rest.
fn leading_title(s: &str) -> Option<(Title, &str)> {
    // Every title and qualifier begins with one of these; most pieces
    // begin with a name.
    if !s.starts_with(TITLE_INITIALS) {
        return None;
    }
    title_at_start(s).or_else(|| {
        let unqualified = strip_qualifier_start(s);
        // With no qualifier stripped, there is nothing new to read.
        (unqualified.len() < s.len())
            .then(|| title_at_start(unqualified))
            .flatten()
    })
}

/// Recognised titles at the start of `piece`, each perhaps qualified
/// (`区政府党组成员`, `区长助理`), and the rest.
fn leading_titles(piece: &str) -> (Vec<Title>, &str) {
    let mut found = Vec::new();
    let mut rest = piece;
    while let Some((title, after)) = leading_title(rest) {
        found.push(title);
        rest = after;
    }
    (found, rest)
}

/// Strips one qualifier (`县委`, `区政府`) from the end of `s`, if
/// something remains.
fn strip_qualifier_end(s: &str) -> &str {
    QUALIFIERS
        .iter()
        .find(|q| s.ends_with(*q) && s.len() > q.len())
        .map_or(s, |q| s[..s.len() - q.len()].trim_end())
}

/// The longest recognised title at the end of `s`, and what is written
/// before it and the qualifier it may have (`县委常委`).
fn trailing_title(s: &str) -> Option<(Title, &str)> {
    let title = title_at_end(s)?;
    let rest = s[..s.len() - title.chinese().len()].trim_end();
    Some((title, strip_qualifier_end(rest)))
}

/// Whether `s` names a body (`县公安局`, `县委`) rather than a person. A
/// title the crate knows at its end (`张伟常委`, ending in 委) is the
/// title of a person named before it.
fn is_body(s: &str) -> bool {
    let titled = title_at_end(s).is_some();
    !titled && (BODY_ENDS.iter().any(|end| s.ends_with(end)) || QUALIFIERS.contains(&s))
}

/// A title this crate does not model at the end of `name` (`张三镇长`),
/// and the name before it. A body before the word (`县公安局局长`) makes
/// the whole a post, not a name and a title.
fn other_title(name: &str) -> Option<(&str, &str)> {
    // Every post ends with one of these.
    if !name.ends_with(TITLE_FINALS) {
        return None;
    }
    OTHER_TITLES
        .iter()
        .filter(|t| name.ends_with(*t) && name.len() > t.len())
        .max_by_key(|t| t.len())
        .map(|t| name.split_at(name.len() - t.len()))
        .filter(|(before, _)| !is_body(before.trim_end()))
}

/// How the body of a post written straight after a name begins
/// (`孙杰党委书记`, `周海洋管委会主任`): where the name ends and the post
/// begins, as no separator marks it. Bodies that a place's name may come
/// before (镇, 县, 街道: `青川镇党委书记`) are left out, as the place
/// would be read as a name.
const POST_BODY_STARTS: [&str; 4] = ["党工委", "党委", "管委会", "管委"];

/// A name of two to four Han characters and the post written straight
/// after it with its body (`孙杰党委书记`, `周海洋管委会主任`), the earliest
/// such reading first. The post's word alone after a name (`张三镇长`) is
/// read by [`other_title`].
fn trailing_post(s: &str) -> Option<(&str, &str)> {
    // Every post ends with one of these.
    if !s.ends_with(TITLE_FINALS) {
        return None;
    }
    let word = OTHER_TITLES
        .iter()
        .filter(|t| s.ends_with(*t))
        .max_by_key(|t| t.len())?;
    let before = &s[..s.len() - word.len()];
    if !is_body(before) {
        return None;
    }
    before
        .char_indices()
        .skip(2)
        .take(3)
        .map(|(at, _)| s.split_at(at))
        .find(|(name, post)| {
            POST_BODY_STARTS.iter().any(|b| post.starts_with(b))
                && name.chars().all(is_han)
                && !is_body(name)
        })
}

/// Whether `c` is a Han character, as a personal name is written.
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A post this crate does not model at the start of `s`, written with the
/// body it belongs to (`县公安局局长`, `县委副书记`, `宣传部部长`, or the
/// word alone, `局长`), and the rest. A name before the word (`张三镇长`)
/// is no post's body.
fn leading_post(s: &str) -> Option<(&str, &str)> {
    // Every post begins with one of these; most characters of a piece
    // begin none.
    s.match_indices(POST_INITIALS).find_map(|(at, _)| {
        let here = &s[at..];
        let word = OTHER_TITLES
            .iter()
            .filter(|w| here.starts_with(*w))
            .max_by_key(|w| w.len())?;
        // A word inside a title the crate knows (秘书 in 秘书长) is no
        // post's word.
        if Title::ALL.iter().any(|t| here.starts_with(t.chinese())) {
            return None;
        }
        let body = &s[..at];
        let post = &s[..at + word.len()];
        // `孙杰党委书记` is a name and the post after it.
        (body.is_empty() || is_body(body) && trailing_post(post).is_none())
            .then(|| s.split_at(post.len()))
    })
}

/// A bracket at the start of `s` (`（挂职）郑博`), brackets included, and
/// the rest.
fn leading_note(s: &str) -> Option<(&str, &str)> {
    if !s.starts_with(['(', '（']) {
        return None;
    }
    let close = s.find([')', '）'])?;
    let end = close + s[close..].chars().next().map_or(0, char::len_utf8);
    Some(s.split_at(end))
}

/// What one piece of a list of leaders (`县委常委`, `副县长赵强`,
/// `县公安局局长杨帆`) says.
#[derive(Debug, Default)]
struct Piece<'a> {
    /// Recognised titles, in the order written.
    titles: Vec<Title>,
    /// Posts and titles the crate does not model, as written.
    others: Vec<String>,
    /// The person named, if any: a piece may hold titles only.
    name: Option<&'a str>,
    /// Whether the piece names an office, not a person (`分管副县长`):
    /// kept whole where a name is wanted.
    office: bool,
}

impl Piece<'_> {
    fn has_titles(&self) -> bool {
        !self.titles.is_empty() || !self.others.is_empty()
    }
}

/// Reads one piece of a list of leaders: the recognised titles and posts
/// written before the name (`县委常委、宣传部部长吴敏`), the name, and the
/// titles after it (`孙丽副县长`), or in brackets after it
/// (`李明（副县长）`).
fn read_piece(piece: &str) -> Piece<'_> {
    let piece = piece.trim();
    let mut read = Piece::default();
    // A title in brackets after the name, `李明（副县长）`, or a note on
    // the title before it, kept as written, `郑博副县长（挂职）`.
    let mut bracketed = Vec::new();
    let mut note_after = None;
    let mut rest = piece;
    if let Some((name, inside)) = piece
        .strip_suffix([')', '）'])
        .and_then(|inner| inner.rsplit_once(['(', '（']))
        .filter(|(_, inside)| !inside.is_empty())
    {
        let (titles, unread) = leading_titles(inside);
        if unread.is_empty() {
            bracketed = titles;
            rest = name.trim_end();
        } else if title_at_end(name).is_some() {
            note_after = Some(&piece[name.len()..]);
            rest = name.trim_end();
        }
    }
    // Titles and posts before the name. Posts are looked for after
    // titles, so that a title the crate knows (`县政府秘书长`) is not kept
    // as written.
    loop {
        if let Some((title, after)) = leading_title(rest) {
            read.titles.push(title);
            rest = after;
        } else if let Some((post, after)) = leading_post(rest) {
            read.others.push(post.to_owned());
            rest = after.trim_start();
        } else if let Some((note, after)) = leading_note(rest).filter(|_| read.has_titles()) {
            // A note on the title before it: `副县长（挂职）郑博`.
            read.others.push(note.to_owned());
            rest = after.trim_start();
        } else {
            break;
        }
    }
    // Titles and posts after the name, read last first and put in the
    // order written.
    let titles_after = read.titles.len();
    let others_after = read.others.len();
    loop {
        if let Some((title, name)) = trailing_title(rest) {
            read.titles.push(title);
            rest = name;
        } else if let Some((name, other)) = other_title(rest).or_else(|| trailing_post(rest)) {
            read.others.push(other.to_owned());
            rest = name.trim_end();
        } else {
            break;
        }
    }
    read.titles[titles_after..].reverse();
    read.others[others_after..].reverse();
    read.titles.extend(bracketed);
    read.others.extend(note_after.map(str::to_owned));
    if LEADER_SEGMENT_ENDS.contains(&rest) || rest.ends_with("领导") {
        // `分管副县长`, `其他县领导`: whoever holds the post, not a person
        // named.
        read.office = true;
    } else if !rest.is_empty() {
        read.name = Some(rest);
    }
    read
}

/// Splits a list of leaders into its pieces: at the list's separators,
/// and at white space (`王明　刘芳`, `刘芳副县长　张伟副县长`) where each
/// part names a person of a name of two characters or more. Otherwise
/// white space is inside one piece: between a title and the name
/// (`副县长 王明`), or padding a name of two characters (`王　明`).
fn split_pieces<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out = Vec::new();
    for piece in pieces.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
        let parts = piece.split_whitespace();
        // The piece is trimmed: white space in it parts it in two or more.
        let names_each = || {
            parts.clone().all(|part| {
                read_piece(part)
                    .name
                    .is_some_and(|name| name.chars().count() >= 2)
            })
        };
        if piece.contains(char::is_whitespace) && names_each() {
            out.extend(parts);
        } else {
            out.push(piece);
        }
    }
    out
}

/// Reads `葛巧棣副市长、王炜副市长、张超副市长牵头的重点工作` into three
/// leaders. A piece that is only titles (`虞秀军常委、副市长`: the piece
/// `副市长`) adds them to the leader before it, or, first in the heading,
/// to the leader after it (`区政府党组成员、区长助理孙平牵头的工作`,
/// `县委副书记、县长林志远牵头的重点工作`). A post the crate does not model
/// is kept as written beside the name (`县公安局局长杨帆`), never read as
/// a name of its own.
pub(crate) fn leaders(heading: &str) -> Leaders {
    bracketed_leaders(heading).unwrap_or_else(|| written_leaders(heading))
}

/// Leaders an area's heading names: in its closing bracket
/// (`（一）扩大有效投资（牵头县领导：王明）`), or, as a group heading names
/// them, in the leaders' form with a title (`（一）王明县长牵头的工作`). A
/// subject area (`（一）扩大有效投资`) or a unit before the verb
/// (`（一）县农业农村局牵头的工作`) names none.
pub(crate) fn area_leaders(heading: &str) -> Option<Leaders> {
    bracketed_leaders(heading).or_else(|| Some(written_leaders(heading)).filter(names_titled))
}

/// Whether a heading read in the leaders' form names a leader with a
/// title: what tells a leader from a unit or a subject before the verb.
fn names_titled(read: &Leaders) -> bool {
    read.found_segment && read.leaders.iter().any(is_titled)
}

/// Whether `leader` was written with a title, known or kept as written.
fn is_titled(leader: &Leader) -> bool {
    !leader.titles.is_empty() || !leader.other_titles.is_empty()
}

/// The leaders a heading names outside a closing bracket, before a verb
/// or as names with titles alone.
fn written_leaders(heading: &str) -> Leaders {
    let subject = Leaders {
        leaders: Vec::new(),
        untitled: Vec::new(),
        found_segment: false,
    };
    let Some(end) = leader_segment_end(heading) else {
        return titled_names(heading).unwrap_or(subject);
    };
    let mut leaders: Vec<Leader> = Vec::new();
    let mut untitled = Vec::new();
    // Titles written before any name, for the next leader.
    let mut waiting = Piece::default();
    let segment = heading[..end].trim_end();
    let segment = BEFORE_VERB
        .iter()
        .find_map(|w| segment.strip_suffix(w))
        .unwrap_or(segment);
    let segment = without_you(segment);
    for piece in split_pieces(segment.split(['、', '，', ','])) {
        let read = read_piece(piece);
        if read.office {
            // `其他县领导牵头的重点工作` names no one: a heading of the
            // leaders' form without a name.
            continue;
        }
        // A post kept as written is warned about, as a title the crate
        // does not recognise.
        untitled.extend(read.others.iter().cloned());
        let Some(name) = read.name else {
            match leaders.last_mut() {
                Some(previous) if read.has_titles() => {
                    previous.titles.extend(read.titles);
                    previous.other_titles.extend(read.others);
                }
                None if read.has_titles() => {
                    waiting.titles.extend(read.titles);
                    waiting.others.extend(read.others);
                }
                _ => untitled.push(piece.to_owned()),
            }
            continue;
        };
        let mut leader = Leader {
            name: name.to_owned(),
            titles: std::mem::take(&mut waiting.titles),
            other_titles: std::mem::take(&mut waiting.others),
        };
        if !is_titled(&leader) && !read.has_titles() {
            untitled.push(piece.to_owned());
        }
        leader.titles.extend(read.titles);
        leader.other_titles.extend(read.others);
        leaders.push(leader);
    }
    // A subject written with one of the verbs (`落实安全生产责任`) is no
    // leaders' segment: nothing before the verb carries a title, and no
    // `的…工作` follows it.
    let titled = leaders.iter().any(is_titled);
    let verb_len = LEADER_SEGMENT_ENDS
        .iter()
        .find(|w| heading[end..].starts_with(*w))
        .map_or(0, |w| w.len());
    let after = &heading[end + verb_len..];
    let leader_form = AFTER_VERB.iter().any(|w| after.starts_with(w)) || after.is_empty();
    if !titled && !leader_form {
        return subject;
    }
    Leaders {
        found_segment: true,
        leaders,
        untitled,
    }
}

/// `segment` without the 由 of `由林志远县长牵头`, unless it is the surname
/// of a name of two characters (`由明县长`), the most a name without it
/// could be is one character.
fn without_you(segment: &str) -> &str {
    match segment.strip_prefix('由') {
        Some(rest) => {
            let first = rest.split(['、', '，', ',']).next().unwrap_or(rest);
            let named = read_piece(first)
                .name
                .is_some_and(|name| name.chars().count() >= 2);
            if named { rest } else { segment }
        }
        None => segment,
    }
}

/// Common surnames of a single character, by which a name in a heading
/// with no verb is told from a subject (`陈雅琴副县长` from `科技副县长`).
/// A word that begins with one of them but names a subject or a post
/// ([`NOT_NAMES`]: `金融副县长`, `党委书记项目`) is no name; a leader of a
/// rarer surname is still read where the heading has its verb
/// (`…牵头的重点工作`).
const COMMON_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡\
    余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯\
    龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章\
    鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉\
    骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦\
    戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄\
    丛仲虞敖巩明佘池查麻苑迟邝傅楼郦屠";

/// Words of two characters that begin with a surname but name a subject
/// or the kind of a post (`金融副县长`, `科技副县长`, `党委书记项目`), not a
/// person, where a heading has no verb.
const NOT_NAMES: [&str; 24] = [
    "项目", "工程", "工作", "建设", "发展", "改革", "安全", "应急", "金融", "科技", "文化", "教育",
    "人才", "产业", "招商", "法治", "方案", "管理", "党建", "商贸", "时间", "全面", "常务", "成果",
];

/// Surnames of two characters, which begin names of four.
const COMPOUND_SURNAMES: [&str; 10] = [
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "公孙", "司徒",
];

/// A heading that is only names with titles, with no verb
/// (`陈雅琴副县长`, `副县长陈雅琴、王明副县长`): each piece a person's name
/// of two to four Han characters with a title the crate knows, or of two
/// or three with a post written with its body (`管委会主任周海洋`,
/// `孙杰党委书记`). Anything else (`聚力强产业，壮集群`, `县长办公会议定事项`,
/// `主任周海洋`: a post's word alone says too little) names a subject.
fn titled_names(heading: &str) -> Option<Leaders> {
    // Every title and post ends with one of these characters: a heading
    // holding none (`（一）投资和项目方面`) names no one, which spares most
    // subject headings the reading of their pieces.
    if !heading.contains(TITLE_FINALS) {
        return None;
    }
    let mut leaders = Vec::new();
    let mut untitled = Vec::new();
    for piece in split_pieces(heading.split(['、', '，', ','])) {
        let read = read_piece(piece);
        let name = read.name.filter(|name| {
            let chars = name.chars().count();
            (2..=4).contains(&chars)
                && name.chars().all(is_han)
                && !is_body(name)
                && !AFTER_VERB.iter().any(|w| name.contains(w))
        })?;
        // A post is less sure a sign of a person than a title the crate
        // knows: it must name its body, and the name be of two or three
        // characters, the first a common surname, so that a subject after
        // a post (`街道办事处主任职责`, `镇党委书记抓党建`) is not read as a
        // name.
        let post = read
            .others
            .iter()
            .any(|o| !OTHER_TITLES.contains(&o.as_str()) && !o.starts_with(['(', '（']));
        let chars = name.chars().count();
        let person = !NOT_NAMES.contains(&name)
            && (chars <= 3
                && name
                    .chars()
                    .next()
                    .is_some_and(|c| COMMON_SURNAMES.contains(c)))
            || (chars == 4 && COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s)));
        // With no verb, a title the crate knows marks a person after the
        // name (`陈雅琴副县长`); before it, it as often begins a subject
        // (`一、市长项目`, `县长信箱`), which names no one. Either way the
        // name must read as a person's (`科技副县长` names no one).
        let titled_after = read
            .titles
            .iter()
            .any(|t| piece.trim_end().ends_with(t.chinese()));
        if !person || !(titled_after || post) {
            return None;
        }
        untitled.extend(read.others.iter().cloned());
        leaders.push(Leader {
            name: name.to_owned(),
            titles: read.titles,
            other_titles: read.others,
        });
    }
    (!leaders.is_empty()).then_some(Leaders {
        leaders,
        untitled,
        found_segment: true,
    })
}

/// Leaders named in the bracket that ends a heading, either as a field
/// (`经济发展（牵头领导：钱峰）`) or in the leaders' form with a title
/// (`经济发展（县长邓峰牵头）`); `None` when the heading ends with no such
/// bracket. A unit named before the verb (`（县农业农村局牵头）`) is not a
/// leader: only a leader with a title is read from the leaders' form.
fn bracketed_leaders(heading: &str) -> Option<Leaders> {
    let inner = closing_bracket(heading)?;
    if let Some(value) = bracketed_leader_field(inner) {
        let (leaders, untitled) = field_leaders(value);
        return Some(Leaders {
            leaders,
            untitled,
            found_segment: true,
        });
    }
    (inner.len() < heading.len())
        .then(|| leaders(inner))
        .filter(names_titled)
}

/// The content of the bracket that ends `heading`, brackets inside it
/// (`钱峰（常务）`) nested.
fn closing_bracket(heading: &str) -> Option<&str> {
    let inner = heading.trim_end().strip_suffix([')', '）'])?;
    let mut depth = 0usize;
    let open = inner.char_indices().rev().find_map(|(at, c)| match c {
        ')' | '）' => {
            depth += 1;
            None
        }
        '(' | '（' if depth == 0 => Some(at + c.len_utf8()),
        '(' | '（' => {
            depth -= 1;
            None
        }
        _ => None,
    })?;
    Some(&inner[open..])
}

/// The value of a leader field in `inner`, the content of the bracket
/// ending a subject heading (`经济发展（牵头领导：钱峰）`,
/// `（责任领导：钱峰、孙丽）`). A bracket that holds other fields as well is
/// not read as one: the heading is kept as written.
fn bracketed_leader_field(inner: &str) -> Option<&str> {
    match fields::field_at(inner)? {
        (FieldKind::Leaders, after) if !inner[after..].contains(['：', ':']) => {
            Some(&inner[after..])
        }
        _ => None,
    }
}

/// The leaders a field names (`钱峰、孙丽副县长`), its pieces split at the
/// list's separators, and the pieces that name an office rather than a
/// person, to warn about.
fn field_leaders(value: &str) -> (Vec<Leader>, Vec<String>) {
    let pieces: Vec<&str> = value.split(['、', '，', ',']).collect();
    field_leaders_of(&pieces)
}

/// The leaders a field's pieces name (`孙丽副县长`, `副县长孙丽`,
/// `李明（副县长）`, `刘芳`): each name with the recognised titles written
/// around it, a title or post the crate does not model kept beside it as
/// written (`张三镇长`, `县公安局局长杨帆`). A piece of titles only adds
/// them to the leader before it, or, before any, to the one after it
/// (`县委常委、副县长赵强`). A name without a title is as the field gives
/// it. Also the pieces that name an office rather than a person
/// (`分管副县长`, or titles with no name in the field): each is kept
/// whole as a leader's name, without titles.
pub(crate) fn field_leaders_of(pieces: &[&str]) -> (Vec<Leader>, Vec<String>) {
    let pieces = split_pieces(pieces.iter().copied());
    let reads: Vec<Piece<'_>> = pieces.iter().map(|p| read_piece(p)).collect();
    let mut leaders: Vec<Leader> = Vec::new();
    let mut unnamed = Vec::new();
    let mut waiting = Piece::default();
    let mut last_is_person = false;
    for (at, (piece, read)) in pieces.iter().zip(reads.iter()).enumerate() {
        let whole = || Leader {
            name: (*piece).to_owned(),
            titles: Vec::new(),
            other_titles: Vec::new(),
        };
        if read.office {
            leaders.push(whole());
            unnamed.push((*piece).to_owned());
            last_is_person = false;
            continue;
        }
        let Some(name) = read.name else {
            let named_later = reads[at + 1..].iter().any(|r| r.name.is_some());
            // An office kept whole takes no titles: they are its own.
            if let Some(previous) = leaders.last_mut().filter(|_| last_is_person) {
                previous.titles.extend(read.titles.iter().copied());
                previous.other_titles.extend(read.others.iter().cloned());
            } else if named_later {
                waiting.titles.extend(read.titles.iter().copied());
                waiting.others.extend(read.others.iter().cloned());
            } else {
                leaders.push(whole());
                unnamed.push((*piece).to_owned());
                last_is_person = false;
            }
            continue;
        };
        let mut leader = Leader {
            name: name.to_owned(),
            titles: std::mem::take(&mut waiting.titles),
            other_titles: std::mem::take(&mut waiting.others),
        };
        leader.titles.extend(read.titles.iter().copied());
        leader.other_titles.extend(read.others.iter().cloned());
        leaders.push(leader);
        last_is_person = true;
    }
    (leaders, unnamed)
}

/// An area's name: the heading text without a trailing 方面.
pub(crate) fn area_name(rest: &str) -> String {
    rest.strip_suffix("方面").unwrap_or(rest).trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Title::*;

    fn read(h: &str) -> Vec<(String, Vec<Title>)> {
        leaders(h)
            .leaders
            .into_iter()
            .map(|l| (l.name, l.titles))
            .collect()
    }

    #[test]
    fn every_title_and_post_ends_with_a_title_final() {
        let ends = |word: &str| {
            word.chars()
                .next_back()
                .is_some_and(|c| TITLE_FINALS.contains(&c))
        };
        for title in Title::ALL {
            assert!(ends(title.chinese()), "{}", title.chinese());
        }
        for post in OTHER_TITLES {
            assert!(ends(post), "{post}");
        }
    }

    #[test]
    fn every_word_begins_with_one_of_its_initials() {
        for title in Title::ALL {
            assert!(
                title.chinese().starts_with(TITLE_INITIALS),
                "{}",
                title.chinese()
            );
        }
        for qualifier in QUALIFIERS {
            assert!(qualifier.starts_with(TITLE_INITIALS), "{qualifier}");
        }
        for post in OTHER_TITLES {
            assert!(post.starts_with(POST_INITIALS), "{post}");
        }
        for verb in LEADER_SEGMENT_ENDS {
            assert!(verb.starts_with(LEADER_SEGMENT_END_INITIALS), "{verb}");
        }
    }

    #[test]
    fn a_leader_field_in_brackets_after_a_subject() {
        assert_eq!(
            read("经济发展（牵头领导：钱峰）"),
            [("钱峰".into(), vec![])]
        );
        assert_eq!(
            read("社会事业(责任领导: 孙丽副县长、周宁)"),
            [
                ("孙丽".into(), vec![DeputyCountyMayor]),
                ("周宁".into(), vec![])
            ]
        );
        assert!(leaders("经济发展（牵头领导：钱峰）").found_segment);
        // A title the crate does not model is kept beside the name.
        let got = leaders("社会事业（责任领导：孙丽副镇长）").leaders;
        assert_eq!(
            (got[0].name.as_str(), got[0].other_titles.as_slice()),
            ("孙丽", &["副镇长".to_owned()][..])
        );
        // A bracket that holds other fields too, or no leader field, is
        // part of the subject; a bracket inside the field nests.
        assert!(read("经济发展（牵头领导：钱峰；牵头单位：县发改局）").is_empty());
        assert_eq!(
            read("经济发展（牵头领导：钱峰（常务））"),
            [("钱峰（常务）".into(), vec![])]
        );
        // A title in brackets after the name, and 同志 kept as written.
        assert_eq!(
            read("经济发展（牵头领导：李明（副县长））"),
            [("李明".into(), vec![DeputyCountyMayor])]
        );
        let got = leaders("王强同志牵头的重点工作").leaders;
        assert_eq!(
            (got[0].name.as_str(), got[0].other_titles.as_slice()),
            ("王强", &["同志".to_owned()][..])
        );
        // The leaders' form inside the bracket after a subject.
        assert_eq!(
            read("经济发展（县长邓峰牵头）"),
            [("邓峰".into(), vec![CountyMayor])]
        );
        assert_eq!(
            read("社会民生(副县长何静负责)"),
            [("何静".into(), vec![DeputyCountyMayor])]
        );
        // An office, not a person: kept whole, and warned about.
        let got = leaders("经济发展（牵头领导：分管副县长）");
        assert_eq!(
            (got.leaders[0].name.as_str(), got.untitled.len()),
            ("分管副县长", 1)
        );
        assert!(read("优化营商环境（含“放管服”改革）").is_empty());
        assert!(!leaders("优化营商环境（含“放管服”改革）").found_segment);
    }

    #[test]
    fn reads_names_and_titles() {
        assert_eq!(
            read("叶帮锐市长牵头的重点工作"),
            [("叶帮锐".into(), vec![Mayor])]
        );
        assert_eq!(
            read("喻新贵常务副市长牵头民生实事"),
            [("喻新贵".into(), vec![ExecutiveViceMayor])]
        );
        assert_eq!(
            read("虞秀军常委、副市长牵头的重点工作"),
            [("虞秀军".into(), vec![StandingCommitteeMember, ViceMayor])]
        );
        assert_eq!(
            read("罗祖盘副市长、王宇党组成员牵头的重点工作"),
            [
                ("罗祖盘".into(), vec![ViceMayor]),
                ("王宇".into(), vec![PartyGroupMember])
            ]
        );
    }

    #[test]
    fn untitled_pieces_are_reported() {
        let l = leaders("张三镇长牵头的重点工作");
        assert_eq!(l.untitled, ["镇长"]);
        assert_eq!(l.leaders[0].name, "张三");
        assert_eq!(l.leaders[0].other_titles, ["镇长"]);
        let l = leaders("张三牵头的重点工作");
        assert_eq!(l.untitled, ["张三"]);
        assert!(!leaders("重点工作").found_segment);
        assert!(!leaders("聚力强产业，壮集群").found_segment);
        assert!(!leaders("落实安全生产责任负责制").found_segment);
        assert!(leaders("牵头的重点工作").found_segment);
    }

    #[test]
    fn county_and_district_titles_and_other_verbs() {
        assert_eq!(
            read("李华县长牵头重点工作"),
            [("李华".into(), vec![CountyMayor])]
        );
        assert_eq!(
            read("陈立常务副县长牵头重点工作"),
            [("陈立".into(), vec![ExecutiveDeputyCountyMayor])]
        );
        assert_eq!(
            read("赵强副区长负责的重点工作"),
            [("赵强".into(), vec![DeputyDistrictMayor])]
        );
        assert_eq!(read("周敏市长主抓重点工作"), [("周敏".into(), vec![Mayor])]);
        assert_eq!(
            read("区政府党组成员、区长助理孙平牵头的工作"),
            [(
                "孙平".into(),
                vec![PartyGroupMember, AssistantDistrictMayor]
            )]
        );
        assert_eq!(
            read("李华县委常委、副县长牵头的重点工作"),
            [(
                "李华".into(),
                vec![StandingCommitteeMember, DeputyCountyMayor]
            )]
        );
    }

    /// `(name, titles, titles kept as written)` of each leader.
    fn full(leaders: &[Leader]) -> Vec<(&str, Vec<Title>, Vec<&str>)> {
        leaders
            .iter()
            .map(|l| {
                let others = l.other_titles.iter().map(String::as_str).collect();
                (l.name.as_str(), l.titles.clone(), others)
            })
            .collect()
    }

    #[test]
    fn posts_before_a_name_are_kept_as_written() {
        assert_eq!(
            full(&leaders("县委副书记、县长林志远牵头的重点工作").leaders),
            [("林志远", vec![CountyMayor], vec!["县委副书记"])]
        );
        assert_eq!(
            full(&leaders("杨帆副县长、县公安局局长牵头").leaders),
            [("杨帆", vec![DeputyCountyMayor], vec!["县公安局局长"])]
        );
        assert_eq!(
            full(&leaders("县人民政府副县长、县公安局局长杨帆牵头").leaders),
            [("杨帆", vec![DeputyCountyMayor], vec!["县公安局局长"])]
        );
        // A name before a post's word is a name (`张三镇长`); a body is not.
        assert_eq!(leading_post("张三镇长"), None);
        assert_eq!(leading_post("宣传部部长吴敏"), Some(("宣传部部长", "吴敏")));
        assert_eq!(other_title("县公安局局长"), None);
        assert_eq!(
            leading_post("县政协副主席李四"),
            Some(("县政协副主席", "李四"))
        );
        assert_eq!(leading_post("张伟常委秘书长"), None);
        assert_eq!(
            full(&leaders("张伟常委秘书长牵头的重点工作").leaders),
            [(
                "张伟",
                vec![StandingCommitteeMember, SecretaryGeneral],
                vec![]
            )]
        );
        // A title the crate knows is read before a post is looked for.
        let piece = read_piece("县政府秘书长王五");
        assert_eq!(
            (piece.titles, piece.name),
            (vec![SecretaryGeneral], Some("王五"))
        );
    }

    #[test]
    fn a_fields_titles_go_with_the_name_beside_them() {
        let (got, unnamed) = field_leaders_of(&["县委常委", "副县长赵强"]);
        assert_eq!(
            full(&got),
            [(
                "赵强",
                vec![StandingCommitteeMember, DeputyCountyMayor],
                vec![]
            )]
        );
        assert!(unnamed.is_empty());
        let (got, _) = field_leaders_of(&["赵强副县长", "县交通局局长"]);
        assert_eq!(
            full(&got),
            [("赵强", vec![DeputyCountyMayor], vec!["县交通局局长"])]
        );
        // Titles with no name in the field, or an office, are kept whole.
        let (got, unnamed) = field_leaders_of(&["副县长"]);
        assert_eq!(
            (full(&got), unnamed),
            (vec![("副县长", vec![], vec![])], vec!["副县长".to_owned()])
        );
        let (got, unnamed) = field_leaders_of(&["分管副县长", "副县长"]);
        assert_eq!(got.len(), 2);
        assert_eq!(unnamed.len(), 2);
    }

    #[test]
    fn white_space_between_names_separates_them() {
        assert_eq!(split_pieces(["王明　刘芳"]), ["王明", "刘芳"]);
        assert_eq!(split_pieces(["王　明"]), ["王　明"]);
        assert_eq!(split_pieces(["副县长 王明"]), ["副县长 王明"]);
        assert_eq!(
            read("刘芳副县长　张伟副县长牵头"),
            [
                ("刘芳".into(), vec![DeputyCountyMayor]),
                ("张伟".into(), vec![DeputyCountyMayor])
            ]
        );
        assert_eq!(
            read("刘芳副县长、张伟副县长共同牵头的重点工作"),
            [
                ("刘芳".into(), vec![DeputyCountyMayor]),
                ("张伟".into(), vec![DeputyCountyMayor])
            ]
        );
        let (got, _) = field_leaders_of(&["林志远 陈雅琴"]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn heading_forms() {
        assert_eq!(
            read("由林志远县长牵头的重点工作"),
            [("林志远".into(), vec![CountyMayor])]
        );
        // 由 as the surname of a name of two characters stays.
        assert_eq!(
            read("由明县长牵头的重点工作"),
            [("由明".into(), vec![CountyMayor])]
        );
        assert_eq!(
            read("陈雅琴副县长"),
            [("陈雅琴".into(), vec![DeputyCountyMayor])]
        );
        assert!(leaders("陈雅琴副县长").found_segment);
        // No verb, and no name with a title: a subject.
        for subject in ["县长办公会议定事项", "副县长工作", "县委常委会", "陈雅琴"]
        {
            assert!(!leaders(subject).found_segment, "{subject}");
        }
        assert_eq!(
            full(&leaders("县长林志远同志牵头").leaders),
            [("林志远", vec![CountyMayor], vec!["同志"])]
        );
        assert_eq!(
            read("林志远（县长）牵头"),
            [("林志远".into(), vec![CountyMayor])]
        );
        assert_eq!(
            full(&leaders("副县长（挂职）郑博牵头").leaders),
            [("郑博", vec![DeputyCountyMayor], vec!["（挂职）"])]
        );
        assert_eq!(
            full(&leaders("郑博副县长（挂职）牵头").leaders),
            [("郑博", vec![DeputyCountyMayor], vec!["（挂职）"])]
        );
        let none = leaders("其他县领导牵头的重点工作");
        assert!(none.found_segment && none.leaders.is_empty() && none.untitled.is_empty());
    }

    #[test]
    fn zone_and_town_posts_before_or_after_a_name() {
        assert_eq!(
            full(&leaders("党工委书记、管委会主任周海洋牵头的重点工作").leaders),
            [("周海洋", vec![], vec!["党工委书记", "管委会主任"])]
        );
        assert_eq!(
            full(&leaders("管委会副主任李刚、王晓敏牵头的重点工作").leaders),
            [
                ("李刚", vec![], vec!["管委会副主任"]),
                ("王晓敏", vec![], vec![])
            ]
        );
        assert_eq!(
            full(&leaders("周海洋管委会主任、孙杰党委书记牵头").leaders),
            [
                ("周海洋", vec![], vec!["管委会主任"]),
                ("孙杰", vec![], vec!["党委书记"])
            ]
        );
        assert_eq!(
            full(&leaders("街道党工委书记陈平、镇长张敏、赵乐乡长牵头").leaders),
            [
                ("陈平", vec![], vec!["街道党工委书记"]),
                ("张敏", vec![], vec!["镇长"]),
                ("赵乐", vec![], vec!["乡长"])
            ]
        );
        // A place before the body is part of the post, not a name.
        assert_eq!(
            full(&leaders("青川镇党委书记王刚牵头").leaders),
            [("王刚", vec![], vec!["青川镇党委书记"])]
        );
        assert_eq!(trailing_post("孙杰党委书记"), Some(("孙杰", "党委书记")));
        assert_eq!(trailing_post("青川镇党委书记"), None);
        assert_eq!(trailing_post("高新区管委会主任"), None);
        assert_eq!(trailing_post("张三镇长"), None);
        // With no verb: a name of a common surname after a post with its
        // body; the post's word alone, or a subject, names no one.
        assert_eq!(
            full(&leaders("管委会主任周海洋").leaders),
            [("周海洋", vec![], vec!["管委会主任"])]
        );
        assert_eq!(
            full(&leaders("孙杰党委书记").leaders),
            [("孙杰", vec![], vec!["党委书记"])]
        );
        for subject in [
            "主任周海洋",
            "街道办事处主任职责",
            "镇党委书记抓党建",
            "党委书记领办项目",
            "管委会主任办公会议定事项",
        ] {
            assert!(!leaders(subject).found_segment, "{subject}");
        }
    }

    #[test]
    fn an_areas_heading_in_the_leaders_form() {
        let names = |h: &str| -> Vec<String> {
            area_leaders(h)
                .map(|r| r.leaders.into_iter().map(|l| l.name).collect())
                .unwrap_or_default()
        };
        assert_eq!(names("王明县长牵头的工作"), ["王明"]);
        assert_eq!(names("扩大有效投资（牵头县领导：王明）"), ["王明"]);
        assert_eq!(names("管委会主任周海洋负责的工作"), ["周海洋"]);
        assert_eq!(names("陈雅琴副县长"), ["陈雅琴"]);
        // A subject, or a unit or an office before the verb, names none.
        for subject in [
            "扩大有效投资",
            "县农业农村局牵头的工作",
            "落实安全生产责任",
            "其他县领导牵头的工作",
            "王明牵头的工作",
        ] {
            assert!(area_leaders(subject).is_none(), "{subject}");
        }
    }

    #[test]
    fn area_names_drop_fangmian() {
        assert_eq!(area_name("投资和项目方面"), "投资和项目");
        assert_eq!(area_name("“双碳”方面"), "“双碳”");
    }
}
