//! Chinese numerals (一, 十二, 二十一, 两, 〇): read as integers, and written
//! back for headings.
//!
//! Used for heading ordinals (一、 / （一）) and for figures written in
//! words (五个, 两所, 十二家).

/// The value of one Chinese digit character.
pub(crate) fn digit_value(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese place character below 万.
fn place_value(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// Whether `c` can appear in a Chinese integer below 万.
pub(crate) fn is_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || place_value(c).is_some()
}

/// Parses a Chinese integer below 10 000 (`十二` = 12, `二十` = 20,
/// `一百零五` = 105, `两千` = 2000). Returns `None` for anything else,
/// including the empty string and malformed sequences such as `十十`.
pub(crate) fn parse_chinese_integer(s: &str) -> Option<u64> {
    let mut total = 0u64;
    let mut pending: Option<u64> = None;
    let mut last_place = u64::MAX;
    let mut any = false;
    for c in s.chars() {
        any = true;
        if let Some(d) = digit_value(c) {
            if pending.is_some() && d != 0 {
                return None; // two digits in a row: 一二 is not a number here
            }
            if d != 0 {
                pending = Some(d);
            }
        } else if let Some(place) = place_value(c) {
            if place >= last_place {
                return None; // 十十, 十百: places must decrease
            }
            // A bare 十 at the start means 一十.
            total += pending.take().unwrap_or(1) * place;
            last_place = place;
        } else {
            return None;
        }
    }
    if !any {
        return None;
    }
    Some(total + pending.unwrap_or(0))
}

/// `n` in Chinese numerals as headings write it: 一, 十二, 二十, 一百零五.
pub(crate) fn chinese_numeral(n: u32) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const PLACES: [(u32, char); 3] = [(1000, '千'), (100, '百'), (10, '十')];
    if n == 0 {
        return DIGITS[0].to_string();
    }
    if n >= 10_000 {
        // Beyond what headings use and what the parser reads back.
        return n.to_string();
    }
    let mut out = String::new();
    let mut rest = n;
    let mut gap = false;
    for (place, name) in PLACES {
        let digit = rest / place;
        rest %= place;
        if digit == 0 {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        // 十二, not 一十二, when 十 leads.
        if !(place == 10 && digit == 1 && out.is_empty()) {
            out.push(DIGITS[digit as usize]);
        }
        out.push(name);
    }
    if rest > 0 {
        if gap {
            out.push('零');
        }
        out.push(DIGITS[rest as usize]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse_chinese_integer as p;

    #[test]
    fn reads_ordinals_and_counts() {
        assert_eq!(p("一"), Some(1));
        assert_eq!(p("十"), Some(10));
        assert_eq!(p("十二"), Some(12));
        assert_eq!(p("二十"), Some(20));
        assert_eq!(p("二十一"), Some(21));
        assert_eq!(p("两"), Some(2));
        assert_eq!(p("一百零五"), Some(105));
        assert_eq!(p("两千"), Some(2000));
    }

    #[test]
    fn rejects_non_numbers() {
        assert_eq!(p(""), None);
        assert_eq!(p("十十"), None);
        assert_eq!(p("一二"), None);
        assert_eq!(p("十a"), None);
    }

    #[test]
    fn numerals_read_back() {
        assert_eq!(super::chinese_numeral(1), "一");
        assert_eq!(super::chinese_numeral(10), "十");
        assert_eq!(super::chinese_numeral(12), "十二");
        assert_eq!(super::chinese_numeral(20), "二十");
        assert_eq!(super::chinese_numeral(105), "一百零五");
        assert_eq!(super::chinese_numeral(110), "一百一十");
        assert_eq!(super::chinese_numeral(1001), "一千零一");
        for n in 0..10_000u32 {
            assert_eq!(p(&super::chinese_numeral(n)), Some(u64::from(n)), "{n}");
        }
    }
}
