//! Reading leaders out of a group heading and names out of area headings.

use std::sync::OnceLock;

use super::fields::{self, FieldKind};
use crate::model::{Leader, Title};

/// Words that end the leaders' part of a group heading
/// (`叶帮锐市长牵头的重点工作`, `…负责的…`, `周敏市长主抓重点工作`).
const LEADER_SEGMENT_ENDS: [&str; 5] = ["牵头", "负责", "分管", "主抓", "领衔"];

/// What may follow the verb in a heading of the leaders' form
/// (`牵头的重点工作`, `牵头重点工作`, `负责的工作`).
const AFTER_VERB: [&str; 7] = ["的", "重点", "工作", "民生", "事项", "任务", "实事"];

/// The body a title may be qualified by, before or after it
/// (`区政府党组成员`, `县委常委`).
const QUALIFIERS: [&str; 7] = ["市政府", "县政府", "区政府", "市委", "县委", "区委", "政府"];

/// Titles this crate does not model, kept as written beside the name.
const OTHER_TITLES: [&str; 19] = [
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
    "局长",
    "主任",
    "书记",
    "副书记",
    "主席",
    "部长",
    "委员",
    "秘书",
    "同志",
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
    heading.char_indices().map(|(at, _)| at).find(|&at| {
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

/// Recognised titles at the start of `piece`, each perhaps qualified
/// (`区政府党组成员`, `区长助理`), and the rest.
fn leading_titles(piece: &str) -> (Vec<Title>, &str) {
    let titles = titles_longest_first();
    let mut found = Vec::new();
    let mut rest = piece;
    loop {
        let next = [rest, strip_qualifier_start(rest)]
            .into_iter()
            .find_map(|s| {
                titles
                    .iter()
                    .find(|t| s.starts_with(t.chinese()))
                    .map(|t| (*t, s[t.chinese().len()..].trim_start()))
            });
        match next {
            Some((title, after)) => {
                found.push(title);
                rest = after;
            }
            None => return (found, rest),
        }
    }
}

/// Recognised titles at the end of `name` (`常委副市长`), in the order
/// written, each perhaps qualified (`县委常委`), and the rest.
fn trailing_titles(piece: &str) -> (Vec<Title>, &str) {
    let titles = titles_longest_first();
    let mut found = Vec::new();
    let mut name = piece;
    while let Some(title) = titles.iter().find(|t| name.ends_with(t.chinese())) {
        name = name[..name.len() - title.chinese().len()].trim_end();
        found.push(*title);
        if let Some(q) = QUALIFIERS
            .iter()
            .find(|q| name.ends_with(*q) && name.len() > q.len())
        {
            name = name[..name.len() - q.len()].trim_end();
        }
    }
    found.reverse();
    (found, name)
}

/// A title this crate does not model at the end of `name` (`张三镇长`),
/// and the name before it.
fn other_title(name: &str) -> Option<(&str, &str)> {
    OTHER_TITLES
        .iter()
        .filter(|t| name.ends_with(*t) && name.len() > t.len())
        .max_by_key(|t| t.len())
        .map(|t| (&name[..name.len() - t.len()], &name[name.len() - t.len()..]))
}

/// Reads `葛巧棣副市长、王炜副市长、张超副市长牵头的重点工作` into three
/// leaders. A piece that is only titles (`虞秀军常委、副市长`: the piece
/// `副市长`) adds them to the leader before it, or, first in the heading,
/// to the leader after it (`区政府党组成员、区长助理孙平牵头的工作`).
pub(crate) fn leaders(heading: &str) -> Leaders {
    if let Some(read) = bracketed_leaders(heading) {
        return read;
    }
    let subject = Leaders {
        leaders: Vec::new(),
        untitled: Vec::new(),
        found_segment: false,
    };
    let Some(end) = leader_segment_end(heading) else {
        return subject;
    };
    let mut leaders: Vec<Leader> = Vec::new();
    let mut untitled = Vec::new();
    // Titles written before any name, for the next leader.
    let mut waiting: Vec<Title> = Vec::new();
    for piece in heading[..end]
        .split(['、', '，', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (mut found, rest) = leading_titles(piece);
        let (after, name) = trailing_titles(rest);
        found.extend(after);
        if name.is_empty() {
            match leaders.last_mut() {
                Some(previous) if !found.is_empty() => previous.titles.extend(found),
                None if !found.is_empty() => waiting.extend(found),
                _ => untitled.push(piece.to_owned()),
            }
            continue;
        }
        let mut leader = Leader {
            name: name.to_owned(),
            titles: std::mem::take(&mut waiting),
            other_titles: Vec::new(),
        };
        leader.titles.extend(found);
        if leader.titles.is_empty() {
            if let Some((name, title)) = other_title(name) {
                leader.name = name.to_owned();
                leader.other_titles.push(title.to_owned());
                untitled.push(title.to_owned());
            } else {
                untitled.push(piece.to_owned());
            }
        }
        leaders.push(leader);
    }
    // A subject written with one of the verbs (`落实安全生产责任`) is no
    // leaders' segment: nothing before the verb carries a title, and no
    // `的…工作` follows it.
    let titled = leaders
        .iter()
        .any(|l| !l.titles.is_empty() || !l.other_titles.is_empty());
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

/// Leaders named in the bracket that ends a heading, either as a field
/// (`经济发展（牵头领导：钱峰）`) or in the leaders' form with a title
/// (`经济发展（县长邓峰牵头）`); `None` when the heading ends with no such
/// bracket. A unit named before the verb (`（县农业农村局牵头）`) is not a
/// leader: only a leader with a title is read from the leaders' form.
pub(crate) fn bracketed_leaders(heading: &str) -> Option<Leaders> {
    if let Some(value) = bracketed_leader_field(heading) {
        let (leaders, untitled) = field_leaders(value);
        return Some(Leaders {
            leaders,
            untitled,
            found_segment: true,
        });
    }
    closing_bracket(heading)
        .filter(|inner| inner.len() < heading.len())
        .map(leaders)
        .filter(|read| {
            read.found_segment
                && read
                    .leaders
                    .iter()
                    .any(|l| !l.titles.is_empty() || !l.other_titles.is_empty())
        })
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

/// The value of a leader field in the bracket ending a subject heading
/// (`经济发展（牵头领导：钱峰）`, `（责任领导：钱峰、孙丽）`). A bracket that
/// holds other fields as well is not read as one: the heading is kept as
/// written.
fn bracketed_leader_field(heading: &str) -> Option<&str> {
    let inner = closing_bracket(heading)?;
    match fields::field_at(inner)? {
        (FieldKind::Leaders, after) if !inner[after..].contains(['：', ':']) => {
            Some(&inner[after..])
        }
        _ => None,
    }
}

/// The leaders a field names (`钱峰、孙丽副县长`), each read by
/// [`field_leader`], and the pieces that name an office rather than a
/// person, to warn about.
fn field_leaders(value: &str) -> (Vec<Leader>, Vec<String>) {
    let mut unnamed = Vec::new();
    let leaders = value
        .split(['、', '，', ','])
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (leader, named) = field_leader(piece);
            if !named {
                unnamed.push(piece.to_owned());
            }
            leader
        })
        .collect();
    (leaders, unnamed)
}

/// One leader as a field names them (`孙丽副县长`, `副县长孙丽`,
/// `李明（副县长）`, `刘芳`): the name with the recognised titles written
/// around it, a title the crate does not model kept beside it (`张三镇长`).
/// A name without a title is as the field gives it. Also whether the piece
/// names a person: one that names an office (`分管副县长`) is kept whole as
/// the name, without titles.
pub(crate) fn field_leader(piece: &str) -> (Leader, bool) {
    let piece = piece.trim();
    // A title in brackets after the name: `李明（副县长）`.
    let (written, bracketed) = match piece
        .strip_suffix([')', '）'])
        .and_then(|inner| inner.rsplit_once(['(', '（']))
    {
        Some((name, inside)) if !inside.is_empty() && leading_titles(inside).1.is_empty() => {
            (name.trim_end(), leading_titles(inside).0)
        }
        _ => (piece, Vec::new()),
    };
    let (mut titles, rest) = leading_titles(written);
    let (after, name) = trailing_titles(rest);
    titles.extend(after);
    titles.extend(bracketed);
    if name.is_empty() || LEADER_SEGMENT_ENDS.contains(&name) {
        let leader = Leader {
            name: piece.to_owned(),
            titles: Vec::new(),
            other_titles: Vec::new(),
        };
        return (leader, false);
    }
    let leader = match other_title(name).filter(|_| titles.is_empty()) {
        Some((name, other)) => Leader {
            name: name.to_owned(),
            titles,
            other_titles: vec![other.to_owned()],
        },
        None => Leader {
            name: name.to_owned(),
            titles,
            other_titles: Vec::new(),
        },
    };
    (leader, true)
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

    #[test]
    fn area_names_drop_fangmian() {
        assert_eq!(area_name("投资和项目方面"), "投资和项目");
        assert_eq!(area_name("“双碳”方面"), "“双碳”");
    }
}
