//! How firmly a target is committed to: 确保 (firm), 力争 and 争取
//! (strive), and how far each word reaches.

use super::text::{char_at, is_space};
use super::words::COMMITMENTS;
use crate::targets::Commitment;

/// Rule: 确保 is firm, 力争 and 争取 strive. The word governs its own clause,
/// and the whole sentence when it opens the sentence. `clause` and
/// `sentence` are where the clause and the sentence holding `at` start.
pub(super) fn commitment(text: &str, clause: usize, sentence: usize, at: usize) -> Commitment {
    let words = text.get(clause..at).unwrap_or("");
    // The last commitment word of the clause; words may overlap (力争取),
    // so the search goes on from the char after each one found.
    let mut in_clause = None;
    let mut from = 0;
    while let Some((p, _, c)) = COMMITMENTS.next_from(words, from) {
        in_clause = Some(c);
        from = p + char_at(words, p).map_or(1, char::len_utf8);
    }
    if let Some(c) = in_clause {
        return c;
    }
    let opening = text
        .get(sentence..at)
        .unwrap_or("")
        .trim_start_matches(is_space);
    COMMITMENTS
        .starting_at(opening, 0)
        .map_or(Commitment::Plain, |(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::extract::text::{clause_start, sentence_start};

    fn commitment_at(text: &str, at: usize) -> Commitment {
        commitment(text, clause_start(text, at), sentence_start(text, at), at)
    }

    #[test]
    fn commitment_scope() {
        let text = "力争出口增速超全省平均，进口突破 400 亿元。";
        assert_eq!(
            commitment_at(text, text.find("突破").unwrap()),
            Commitment::Strive
        );
        let text = "深化改革, 争取农房发证应发尽发, 累计发放贷款 250 亿元以上";
        assert_eq!(
            commitment_at(text, text.find("250").unwrap()),
            Commitment::Plain
        );
        let text = "新增就业 5 万人以上，确保零就业家庭动态清零";
        assert_eq!(
            commitment_at(text, text.find('5').unwrap()),
            Commitment::Plain
        );
        assert_eq!(
            commitment_at(text, text.find("清零").unwrap()),
            Commitment::Firm
        );
    }
}
