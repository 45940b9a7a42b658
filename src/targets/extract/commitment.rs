//! How firmly a target is committed to: 确保 (firm), 力争 and 争取
//! (strive), and how far each word reaches.

use super::text::{clause_start, is_space, sentence_start};
use super::words::COMMITMENTS;
use crate::targets::Commitment;

/// Rule: 确保 is firm, 力争 and 争取 strive. The word governs its own clause,
/// and the whole sentence when it opens the sentence.
pub(super) fn commitment(text: &str, at: usize) -> Commitment {
    let clause = clause_start(text, at);
    let words = text.get(clause..at).unwrap_or("");
    let in_clause = COMMITMENTS
        .iter()
        .filter_map(|(w, c)| words.rfind(w).map(|p| (p, *c)))
        .max_by_key(|(p, _)| *p);
    if let Some((_, c)) = in_clause {
        return c;
    }
    let sentence = sentence_start(text, at);
    let opening = text
        .get(sentence..at)
        .unwrap_or("")
        .trim_start_matches(is_space);
    COMMITMENTS
        .iter()
        .find(|(w, _)| opening.starts_with(w))
        .map_or(Commitment::Plain, |(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commitment_scope() {
        let text = "力争出口增速超全省平均，进口突破 400 亿元。";
        assert_eq!(
            commitment(text, text.find("突破").unwrap()),
            Commitment::Strive
        );
        let text = "深化改革, 争取农房发证应发尽发, 累计发放贷款 250 亿元以上";
        assert_eq!(
            commitment(text, text.find("250").unwrap()),
            Commitment::Plain
        );
        let text = "新增就业 5 万人以上，确保零就业家庭动态清零";
        assert_eq!(commitment(text, text.find('5').unwrap()), Commitment::Plain);
        assert_eq!(
            commitment(text, text.find("清零").unwrap()),
            Commitment::Firm
        );
    }
}
