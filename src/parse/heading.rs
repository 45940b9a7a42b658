//! Reading leaders out of a group heading and names out of area headings.

use std::sync::OnceLock;

use crate::model::{Leader, Title};

/// Words that end the leaders' part of a group heading
/// (`叶帮锐市长牵头的重点工作`, `…负责的…`).
const LEADER_SEGMENT_ENDS: [&str; 3] = ["牵头", "负责", "分管"];

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
    LEADER_SEGMENT_ENDS
        .iter()
        .filter_map(|w| heading.find(w))
        .min()
}

/// The outcome of reading a group heading's leaders.
pub(crate) struct Leaders {
    pub(crate) leaders: Vec<Leader>,
    /// Pieces that carried no recognised title (kept whole as names).
    pub(crate) untitled: Vec<String>,
    /// Whether the heading had a leaders' segment at all.
    pub(crate) found_segment: bool,
}

/// Reads `葛巧棣副市长、王炜副市长、张超副市长牵头的重点工作` into three
/// leaders. A piece that is only titles (`虞秀军常委、副市长`: the piece
/// `副市长`) adds them to the leader before it.
pub(crate) fn leaders(heading: &str) -> Leaders {
    let Some(end) = leader_segment_end(heading) else {
        return Leaders {
            leaders: Vec::new(),
            untitled: Vec::new(),
            found_segment: false,
        };
    };
    let titles = titles_longest_first();
    let mut leaders: Vec<Leader> = Vec::new();
    let mut untitled = Vec::new();
    for piece in heading[..end]
        .split(['、', '，', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let mut name = piece;
        let mut found = Vec::new();
        while let Some(title) = titles.iter().find(|t| name.ends_with(t.chinese())) {
            name = name[..name.len() - title.chinese().len()].trim_end();
            found.push(*title);
        }
        found.reverse();
        match leaders.last_mut() {
            Some(previous) if name.is_empty() => previous.titles.extend(found),
            _ if name.is_empty() => untitled.push(piece.to_owned()),
            _ => {
                if found.is_empty() {
                    untitled.push(piece.to_owned());
                }
                leaders.push(Leader {
                    name: name.to_owned(),
                    titles: found,
                    other_titles: Vec::new(),
                });
            }
        }
    }
    Leaders {
        found_segment: !leaders.is_empty() || !untitled.is_empty(),
        leaders,
        untitled,
    }
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
        assert_eq!(l.untitled, ["张三镇长"]);
        assert_eq!(l.leaders[0].name, "张三镇长");
        assert!(!leaders("重点工作").found_segment);
    }

    #[test]
    fn area_names_drop_fangmian() {
        assert_eq!(area_name("投资和项目方面"), "投资和项目");
        assert_eq!(area_name("“双碳”方面"), "“双碳”");
    }
}
