//! Cheap lookups of the rules' short words.
//!
//! The rules look words up at many positions of a short text. Done with
//! `str::starts_with` over a whole table, every entry costs a `memcmp` call;
//! `str::contains(&str)` and `rfind(&str)` build a two-way searcher per call,
//! which on a 40-char haystack costs more than the search. Here a table gets
//! an [`Index`], built at compile time, that names the few entries whose
//! first (or last) char could match, and words are compared inline.
//!
//! Everything works on `&str`, so positions stay at char boundaries: a
//! UTF-8 word can only match where a char starts, because its first byte is
//! never a continuation byte.

/// Which entries of a word table (at most 128) can start, or end, with a
/// char, bucketed by the char's low six bits.
///
/// The low six bits of a char are the low six bits of its last UTF-8 byte
/// (for ASCII, of its only byte), so the key is read straight from the
/// bytes, with no decoding. Chars sharing a bucket only cost a comparison:
/// an entry named here is still compared in full.
pub(super) struct Index {
    buckets: [u128; 64],
    /// The buckets holding an entry, one bit each.
    keys: u64,
}

/// The bucket of the char whose UTF-8 encoding ends with byte `last`.
const fn bucket(last: u8) -> usize {
    (last & 0x3f) as usize
}

/// The length of the UTF-8 sequence starting with `lead`.
pub(super) const fn utf8_len(lead: u8) -> usize {
    if lead < 0x80 {
        1
    } else if lead < 0xe0 {
        2
    } else if lead < 0xf0 {
        3
    } else {
        4
    }
}

/// A set of chars, kept as the low twelve bits of their code points in a
/// 4096-bit table: a filter that lets a scan skip almost every char with
/// one bit test, whatever the number of chars in the set.
pub(super) struct CharSet([u64; 64]);

impl CharSet {
    pub(super) const EMPTY: CharSet = CharSet([0; 64]);

    const fn with(mut self, c: char) -> Self {
        let low = c as u32 & 0xfff;
        self.0[(low >> 6) as usize] |= 1 << (low & 0x3f);
        self
    }

    /// The set of `chars`.
    pub(super) const fn of(chars: &[char]) -> Self {
        Self::EMPTY.with_chars(chars)
    }

    /// This set and `chars`.
    pub(super) const fn with_chars(mut self, chars: &[char]) -> Self {
        let mut i = 0;
        while i < chars.len() {
            self = self.with(chars[i]);
            i += 1;
        }
        self
    }

    /// This set and the first chars of `words`.
    pub(super) const fn with_firsts(mut self, words: &[&str]) -> Self {
        let mut i = 0;
        while i < words.len() {
            self = self.with(first_char(words[i]));
            i += 1;
        }
        self
    }

    /// This set and the first chars of a table's words.
    pub(super) const fn with_firsts_of<T>(mut self, table: &[(&str, T)]) -> Self {
        let mut i = 0;
        while i < table.len() {
            self = self.with(first_char(table[i].0));
            i += 1;
        }
        self
    }

    /// Whether `c` may be in the set (it is, or shares the low twelve bits
    /// of one that is).
    #[inline]
    pub(super) fn may_hold(&self, c: char) -> bool {
        self.holds_low(c as u32)
    }

    /// Whether a char whose code point ends with the twelve bits `low` may
    /// be in the set.
    #[inline]
    fn holds_low(&self, low: u32) -> bool {
        let low = low & 0xfff;
        self.0[(low >> 6) as usize] & (1 << (low & 0x3f)) != 0
    }
}

/// The first char of a non-empty word, decoded at compile time.
const fn first_char(word: &str) -> char {
    let b = word.as_bytes();
    let c = match utf8_len(b[0]) {
        1 => b[0] as u32,
        2 => (b[0] as u32 & 0x1f) << 6 | (b[1] as u32 & 0x3f),
        3 => (b[0] as u32 & 0x0f) << 12 | (b[1] as u32 & 0x3f) << 6 | (b[2] as u32 & 0x3f),
        _ => {
            (b[0] as u32 & 0x07) << 18
                | (b[1] as u32 & 0x3f) << 12
                | (b[2] as u32 & 0x3f) << 6
                | (b[3] as u32 & 0x3f)
        }
    };
    match char::from_u32(c) {
        Some(c) => c,
        None => panic!("a word is valid UTF-8"),
    }
}

/// The char boundaries of `text` whose char may be in `set`, ascending, in
/// one pass over the bytes. The low twelve bits of a code point are the
/// low six bits of its last two UTF-8 bytes (its only byte for ASCII), so
/// no char is decoded.
pub(super) fn positions(text: &str, set: &CharSet) -> Vec<usize> {
    let bytes = text.as_bytes();
    // Sized for a start every few chars, so most texts never regrow it.
    let mut found = Vec::with_capacity(text.len() / 8);
    let mut i = 0;
    while let Some(&lead) = bytes.get(i) {
        // `i` steps from char start to char start, so `lead` is never a
        // continuation byte.
        let (low, len) = match (lead, bytes.get(i + 1..i + 3)) {
            (0..=0x7f, _) => (u32::from(lead), 1),
            // The common case here: a CJK char or punctuation.
            (0xe0..=0xef, Some(&[b1, b2])) => (u32::from(b1 & 0x3f) << 6 | u32::from(b2 & 0x3f), 3),
            _ => {
                let len = utf8_len(lead);
                match bytes.get(i + len - 2..i + len) {
                    Some(&[a, b]) => (u32::from(a & 0x3f) << 6 | u32::from(b & 0x3f), len),
                    _ => break,
                }
            }
        };
        if set.holds_low(low) {
            found.push(i);
        }
        i += len;
    }
    found
}

/// The bucket of the first char of `s`, if any.
fn first_bucket(s: &[u8]) -> Option<usize> {
    let lead = *s.first()?;
    s.get(utf8_len(lead) - 1).map(|&b| bucket(b))
}

impl Index {
    const EMPTY: Index = Index {
        buckets: [0; 64],
        keys: 0,
    };

    const fn add(mut self, i: usize, word: &str, by_first: bool) -> Self {
        let bytes = word.as_bytes();
        assert!(
            !bytes.is_empty() && i < 128,
            "words are non-empty, tables short"
        );
        let key = if by_first {
            bytes[utf8_len(bytes[0]) - 1]
        } else {
            bytes[bytes.len() - 1]
        };
        self.buckets[bucket(key)] |= 1 << i;
        self.keys |= 1 << bucket(key);
        self
    }

    /// An index of `words` by their first char.
    pub(super) const fn by_first(words: &[&str]) -> Self {
        let mut index = Self::EMPTY;
        let mut i = 0;
        while i < words.len() {
            index = index.add(i, words[i], true);
            i += 1;
        }
        index
    }

    /// An index of `words` by their last char.
    pub(super) const fn by_last(words: &[&str]) -> Self {
        let mut index = Self::EMPTY;
        let mut i = 0;
        while i < words.len() {
            index = index.add(i, words[i], false);
            i += 1;
        }
        index
    }

    /// An index of a table's words by their first char.
    pub(super) const fn by_first_of<T>(table: &[(&str, T)]) -> Self {
        let mut index = Self::EMPTY;
        let mut i = 0;
        while i < table.len() {
            index = index.add(i, table[i].0, true);
            i += 1;
        }
        index
    }

    /// An index of a table's words by their last char.
    pub(super) const fn by_last_of<T>(table: &[(&str, T)]) -> Self {
        let mut index = Self::EMPTY;
        let mut i = 0;
        while i < table.len() {
            index = index.add(i, table[i].0, false);
            i += 1;
        }
        index
    }

    /// Whether an entry may start at byte `at` of `text` (for an index
    /// built by first char).
    pub(super) fn may_start_at(&self, text: &str, at: usize) -> bool {
        text.as_bytes()
            .get(at..)
            .and_then(first_bucket)
            .is_some_and(|k| self.keys & (1 << k) != 0)
    }

    /// The char boundaries of `text` where an entry may start (for an index
    /// built by first char), ascending: a superset of the positions where
    /// one does, found without decoding chars.
    #[cfg(test)]
    pub(super) fn positions(&self, text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut i = 0;
        while let Some(&lead) = bytes.get(i) {
            if self.may_start_at(text, i) {
                found.push(i);
            }
            i += utf8_len(lead);
        }
        found
    }

    /// The entries that may start `s`, in table order (for an index built
    /// by first char).
    pub(super) fn starting(&self, s: &str) -> Entries {
        Entries(first_bucket(s.as_bytes()).map_or(0, |k| self.buckets[k]))
    }

    /// The entries that may end `s`, in table order (for an index built by
    /// last char).
    pub(super) fn ending(&self, s: &str) -> Entries {
        Entries(s.as_bytes().last().map_or(0, |&b| self.buckets[bucket(b)]))
    }
}

impl Index {
    /// The words of `words` that start `s`, in table order (for an index of
    /// `words` built by first char).
    pub(super) fn words_starting<'s, 't>(
        &self,
        s: &'s str,
        words: &'t [&'t str],
    ) -> impl Iterator<Item = &'t str> + use<'s, 't> {
        self.starting(s)
            .filter_map(move |i| words.get(i).copied())
            .filter(move |w| starts_with(s, w))
    }

    /// The words of `words` that end `s`, in table order (for an index of
    /// `words` built by last char).
    pub(super) fn words_ending<'s, 't>(
        &self,
        s: &'s str,
        words: &'t [&'t str],
    ) -> impl Iterator<Item = &'t str> + use<'s, 't> {
        self.ending(s)
            .filter_map(move |i| words.get(i).copied())
            .filter(move |w| ends_with(s, w))
    }

    /// The entries of `table` whose word starts `s`, in table order (for an
    /// index of `table` built by first char).
    pub(super) fn entries_starting<'s, 't, T>(
        &self,
        s: &'s str,
        table: &'t [(&'t str, T)],
    ) -> impl Iterator<Item = &'t (&'t str, T)> + use<'s, 't, T> {
        self.starting(s)
            .filter_map(move |i| table.get(i))
            .filter(move |(w, _)| starts_with(s, w))
    }

    /// The entries of `table` whose word ends `s`, in table order (for an
    /// index of `table` built by last char).
    pub(super) fn entries_ending<'s, 't, T>(
        &self,
        s: &'s str,
        table: &'t [(&'t str, T)],
    ) -> impl Iterator<Item = &'t (&'t str, T)> + use<'s, 't, T> {
        self.ending(s)
            .filter_map(move |i| table.get(i))
            .filter(move |(w, _)| ends_with(s, w))
    }
}

/// Table positions named by an [`Index`], ascending.
#[derive(Clone, Copy)]
pub(super) struct Entries(u128);

impl Iterator for Entries {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.0 == 0 {
            return None;
        }
        let i = self.0.trailing_zeros() as usize;
        self.0 &= self.0 - 1;
        Some(i)
    }
}

/// Whether two byte strings are equal, compared inline from the end: the
/// words are a few bytes long, too short for a `memcmp` call to pay, and the
/// last byte of a CJK char varies most, so a mismatch shows at once.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().rev().zip(b.iter().rev()).all(|(x, y)| x == y)
}

/// `a == b`, without a `memcmp` call.
#[inline]
pub(super) fn same_str(a: &str, b: &str) -> bool {
    same(a.as_bytes(), b.as_bytes())
}

/// `s.starts_with(word)`, without a `memcmp` call.
#[inline]
pub(super) fn starts_with(s: &str, word: &str) -> bool {
    s.as_bytes()
        .get(..word.len())
        .is_some_and(|head| same(head, word.as_bytes()))
}

/// `s.ends_with(word)`, without a `memcmp` call.
#[inline]
pub(super) fn ends_with(s: &str, word: &str) -> bool {
    s.len()
        .checked_sub(word.len())
        .and_then(|at| s.as_bytes().get(at..))
        .is_some_and(|tail| same(tail, word.as_bytes()))
}

/// `s.rfind(word)`, without building a two-way searcher: the haystacks are
/// a few dozen bytes.
pub(super) fn rfind(s: &str, word: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let last = s.len().checked_sub(word.len())?;
    (0..=last)
        .rev()
        .find(|&at| bytes.get(at..).is_some_and(|rest| same_prefix(rest, word)))
}

/// `s.contains(word)`, without building a two-way searcher.
pub(super) fn contains(s: &str, word: &str) -> bool {
    let bytes = s.as_bytes();
    let Some(last) = s.len().checked_sub(word.len()) else {
        return false;
    };
    (0..=last).any(|at| bytes.get(at..).is_some_and(|rest| same_prefix(rest, word)))
}

fn same_prefix(rest: &[u8], word: &str) -> bool {
    rest.get(..word.len())
        .is_some_and(|head| same(head, word.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &["完成", "实现", "新增", "%", "元", "新 (改) 建"];
    static FIRST: Index = Index::by_first(WORDS);
    static LAST: Index = Index::by_last(WORDS);

    #[test]
    fn the_index_names_every_matching_entry() {
        for text in [
            "完成任务",
            "新增学位",
            "%以上",
            "元/吨",
            "新 (改) 建公厕",
            "",
            "x",
        ] {
            let named: Vec<_> = FIRST.starting(text).collect();
            for (i, w) in WORDS.iter().enumerate() {
                if text.starts_with(w) {
                    assert!(named.contains(&i), "{text} {w}");
                }
            }
        }
        for text in ["任务完成", "学位新增", "5%", "3 亿元", ""] {
            let named: Vec<_> = LAST.ending(text).collect();
            for (i, w) in WORDS.iter().enumerate() {
                if text.ends_with(w) {
                    assert!(named.contains(&i), "{text} {w}");
                }
            }
        }
    }

    #[test]
    fn positions_include_every_match() {
        for text in ["任务完成新增", "%以上，新 (改) 建", "元", "", "ab新增"] {
            let found = FIRST.positions(text);
            for (i, _) in text.char_indices() {
                if WORDS.iter().any(|w| text[i..].starts_with(w)) {
                    assert!(found.contains(&i), "{text} {i}");
                }
            }
            assert!(found.iter().all(|&i| text.is_char_boundary(i)));
        }
    }

    #[test]
    fn char_sets_hold_their_chars() {
        let chars = ['%', 'é', '一', '平', '𝟘', '“'];
        let set = CharSet::of(&chars)
            .with_firsts(&["均值"])
            .with_firsts_of(&[("翻番", ())]);
        for c in chars.into_iter().chain(['均', '翻']) {
            let text = format!("a{c}b");
            assert_eq!(positions(&text, &set), [1], "{c}");
        }
        assert!(positions("abc，。", &set).is_empty());
    }

    #[test]
    fn comparisons_agree_with_str() {
        let texts = [
            "",
            "平",
            "平均",
            "全省平均水平",
            "高于全省平均",
            "均平均",
            "ab平均",
        ];
        for s in texts {
            for w in ["平均", "平", "均", "全省", "a"] {
                assert_eq!(starts_with(s, w), s.starts_with(w), "{s} {w}");
                assert_eq!(ends_with(s, w), s.ends_with(w), "{s} {w}");
                assert_eq!(rfind(s, w), s.rfind(w), "{s} {w}");
                assert_eq!(contains(s, w), s.contains(w), "{s} {w}");
            }
        }
    }
}
