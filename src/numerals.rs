//! Chinese numerals (一, 十二, 二十一, 两, 〇) as integers.
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
}
