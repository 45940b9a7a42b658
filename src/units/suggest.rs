//! Nearest known names for a name the registry does not know.
//!
//! Unit names are short (2–20 characters), so a plain character-level
//! edit distance plus a containment test ranks them well; no dependency is
//! needed for that.

/// How close a known name is to a query; smaller is closer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Score {
    /// 0 when one name contains the other, 1 otherwise.
    contained: u8,
    /// Characters to insert, delete or substitute.
    distance: usize,
}

/// The score of `known` for `query`, or `None` when they are too far
/// apart to be worth suggesting.
///
/// A known name is kept when one name contains the other (`执法` and
/// `行政执法局`), or when the edit distance is one, or less than half the
/// longer name (`发改委` and `发改局`: one substitution in three; `政法委`,
/// two in three, is too far).
pub(crate) fn score(query: &str, known: &str) -> Option<Score> {
    let q: Vec<char> = query.chars().collect();
    let k: Vec<char> = known.chars().collect();
    if q.is_empty() || k.is_empty() {
        return None;
    }
    let distance = levenshtein(&q, &k);
    let contained = known.contains(query) || query.contains(known);
    let longer = q.len().max(k.len());
    if contained || distance * 2 < longer || distance == 1 && longer >= 2 {
        Some(Score {
            contained: u8::from(!contained),
            distance,
        })
    } else {
        None
    }
}

/// The edit distance between two character sequences.
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != cb);
            cur[j + 1] = substitute.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn distance() {
        assert_eq!(levenshtein(&chars("发改委"), &chars("发改局")), 1);
        assert_eq!(levenshtein(&chars(""), &chars("发改局")), 3);
        assert_eq!(levenshtein(&chars("kitten"), &chars("sitting")), 3);
    }

    #[test]
    fn scores() {
        assert!(score("发改委", "发改局").is_some());
        assert!(score("执法", "行政执法局").unwrap() < score("发改委", "发改局").unwrap());
        assert!(score("发改委", "人行").is_none());
        assert!(score("发改委", "政法委").is_none());
        assert!(score("人型", "人行").is_some());
        assert!(score("", "人行").is_none());
        assert!(score("abc", "xyz").is_none());
    }
}
