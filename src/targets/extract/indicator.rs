//! The indicator: what a target measures or counts, read from the words
//! before it once commitment words, adverbs, verbs, frames, examples and
//! kind words are stripped.

use super::text::is_space;
use super::words::{
    COMMITMENTS, DECREASE_WORDS, FRAME_OPENERS, GROWTH_WORDS, LEADING_ADVERBS, LEADING_VERBS,
    TRAILING_FILLERS, VERB_CONNECTORS,
};
use crate::targets::TargetKind;

/// Strips trailing fillers and kind words; returns the rest and the kind a
/// kind word gave (growth or decrease). With `keep_kind_words`, growth and
/// decrease words stay (a relative target compares the growth itself).
fn strip_trailing(mut s: &str, keep_kind_words: bool) -> (&str, Option<TargetKind>) {
    let mut kind = None;
    loop {
        s = s.trim_end_matches(is_space);
        if let Some(w) = TRAILING_FILLERS.iter().find(|w| s.ends_with(*w)) {
            s = &s[..s.len() - w.len()];
            continue;
        }
        if keep_kind_words || kind.is_some() {
            break;
        }
        if let Some(w) = GROWTH_WORDS.iter().find(|w| s.ends_with(*w)) {
            s = &s[..s.len() - w.len()];
            kind = Some(TargetKind::Growth);
            continue;
        }
        if let Some(w) = DECREASE_WORDS.iter().find(|w| s.ends_with(*w)) {
            s = &s[..s.len() - w.len()];
            kind = Some(TargetKind::Decrease);
            continue;
        }
        break;
    }
    (s, kind)
}

fn strip_commitment(s: &str) -> &str {
    let s = s.trim_start_matches(is_space);
    match COMMITMENTS.starting_at(s, 0) {
        Some((end, _)) => &s[end..],
        None => s,
    }
}

/// Strips opening commitment words, adverbs and verbs.
fn strip_leading(mut s: &str) -> &str {
    let mut after_verb = false;
    loop {
        s = s.trim_start_matches(is_space);
        let before = s.len();
        s = strip_commitment(s);
        if let Some((end, ())) = LEADING_ADVERBS.starting_at(s, 0) {
            s = &s[end..];
        }
        if let Some((end, ())) = LEADING_VERBS.starting_at(s, 0) {
            s = &s[end..];
            after_verb = true;
        } else if after_verb {
            if let Some(rest) = s.strip_prefix(VERB_CONNECTORS) {
                // 新建、改建 / 新建或优化: only when another verb follows.
                let rest = rest.trim_start_matches(is_space);
                if LEADING_VERBS.starting_at(rest, 0).is_some() {
                    s = rest;
                }
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Rule: an opening 在 (at), 为 (for) or 以 (by means of) frames the clause;
/// the indicator starts after the frame's verb
/// (`在高层建筑安装电动自行车电梯轿厢阻止系统` → `电动自行车电梯轿厢阻止系统`,
/// `为企业减负` → `企业减负`).
fn strip_frame(s: &str) -> &str {
    let Some(rest) = s.strip_prefix(FRAME_OPENERS) else {
        return s;
    };
    let first_verb = LEADING_VERBS.next_from(rest, 0).map(|(_, end, ())| end);
    match first_verb {
        Some(end) if end < rest.len() => &rest[end..],
        _ => rest,
    }
}

/// Rule: after a list of examples ending in 等 ("etc."), the indicator is
/// what follows 等 (`卡游动漫、威克抗老化胶膜等亿元项目` → `亿元项目`).
/// Only after a 、 list, and not in 等级 ("grade").
fn strip_examples(s: &str) -> &str {
    let Some(at) = s.rfind('等') else {
        return s;
    };
    let rest = &s[at + '等'.len_utf8()..];
    if s[..at].contains('、') && !rest.is_empty() && !rest.starts_with('级') {
        rest
    } else {
        s
    }
}

/// The indicator from the words before the target (and a noun after a bare
/// figure), with the kind a trailing kind word gave.
pub(super) fn indicator(
    pre: &str,
    post: &str,
    keep_kind_words: bool,
) -> (String, Option<TargetKind>) {
    let (trimmed, kind) = strip_trailing(pre, keep_kind_words);
    let words = strip_examples(strip_frame(strip_leading(trimmed)));
    let words = strip_leading(words).trim_matches(is_space);
    let post = post.trim_matches(is_space);
    let mut out = [words, post].concat();
    if out.is_empty() {
        // Nothing but a verb: keep the verb (全年开行 1600 列以上).
        out = strip_commitment(trimmed).trim_matches(is_space).to_owned();
    }
    (out, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_kind_words_set_the_kind() {
        assert_eq!(
            strip_trailing("地区生产总值增长 ", false),
            ("地区生产总值", Some(TargetKind::Growth))
        );
        assert_eq!(
            strip_trailing("能耗下降", false),
            ("能耗", Some(TargetKind::Decrease))
        );
        assert_eq!(strip_trailing("收入增速", true), ("收入增速", None));
        assert_eq!(strip_trailing("收入达", false), ("收入", None));
        assert_eq!(
            strip_trailing("零就业家庭动态", false),
            ("零就业家庭", None)
        );
    }

    #[test]
    fn leading_commitments_adverbs_and_verbs_go() {
        assert_eq!(strip_leading("力争新增城镇就业"), "城镇就业");
        assert_eq!(
            strip_leading("新建、改建、转化保障性租赁住房"),
            "保障性租赁住房"
        );
        assert_eq!(strip_leading("新建或优化公交候车亭"), "公交候车亭");
        assert_eq!(strip_leading("新 (改) 建公厕"), "公厕");
        assert_eq!(strip_leading("高质量举办创业活动"), "创业活动");
        // A verb followed by 或 and a noun keeps the noun.
        assert_eq!(strip_leading("新增或一般"), "或一般");
    }

    #[test]
    fn frames_are_cut_through_their_verb() {
        assert_eq!(
            strip_frame("在高层建筑安装电动自行车电梯轿厢阻止系统"),
            "电动自行车电梯轿厢阻止系统"
        );
        assert_eq!(strip_frame("为企业减负"), "企业减负");
        assert_eq!(strip_frame("以未来社区理念提升老旧小区"), "老旧小区");
        assert_eq!(strip_frame("企业"), "企业");
    }

    #[test]
    fn examples_before_deng_are_dropped() {
        assert_eq!(
            strip_examples("卡游动漫、威克抗老化胶膜等亿元项目"),
            "亿元项目"
        );
        assert_eq!(strip_examples("高等教育机构"), "高等教育机构");
        assert_eq!(strip_examples("甲、乙等级"), "甲、乙等级");
    }
}
