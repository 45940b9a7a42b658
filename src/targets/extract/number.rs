//! Figures (`8`, `7.5`, `1.3 万`, `十二`) and units of measure, read exactly.
//!
//! Everything here works on byte offsets that are always char boundaries,
//! and never panics: slices go through `str::get`.

use rust_decimal::Decimal;

use once_cell::sync::Lazy;

use super::text::{char_at, skip_spaces};
use super::words::Table;
use crate::numerals;

/// A figure found in a text: its byte range (digits and magnitude) and its
/// exact value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Figure {
    /// First byte of the figure.
    pub start: usize,
    /// Byte after the digits, before any space and magnitude.
    pub digits_end: usize,
    /// Byte after the magnitude (or the digits when there is none).
    pub end: usize,
    /// The exact value, magnitude applied, normalised.
    pub value: Decimal,
    /// Written in Chinese numerals (五, 十二).
    pub chinese: bool,
    /// The magnitude as written after the digits (`万`, `亿`, `千万`,
    /// `万亿`), without the spaces around it.
    pub magnitude: Option<String>,
}

/// What a unit of measure measures; the rules treat each class differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitClass {
    /// `%`, `％`, `‰`.
    Percent,
    /// Money: 元, 美元 …
    Currency,
    /// Counting classifiers (个, 所, 家): the noun counted may follow.
    Count,
    /// Physical and other measures (吨, 千瓦, 公里, 人次).
    Measure,
    /// Durations (分钟, 小时, 天).
    Time,
    /// Ages (岁, 周岁): never a goal.
    Age,
}

/// A unit of measure found after a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The unit as written (a compound such as `元/吨` included).
    pub text: String,
    /// What it measures.
    pub class: UnitClass,
    /// Byte after the unit.
    pub end: usize,
}

/// The units of measure recognised after a figure, with their class. The
/// longest match wins (`人次` over `人`, `吨标煤` over `吨`).
static UNITS: Lazy<Table<UnitClass>> = Lazy::new(|| {
    Table::new(&[
        ("%", UnitClass::Percent),
        ("％", UnitClass::Percent),
        ("‰", UnitClass::Percent),
        ("个百分点", UnitClass::Measure),
        ("百分点", UnitClass::Measure),
        ("元", UnitClass::Currency),
        ("美元", UnitClass::Currency),
        ("欧元", UnitClass::Currency),
        ("港元", UnitClass::Currency),
        ("日元", UnitClass::Currency),
        ("英镑", UnitClass::Currency),
        ("千瓦时", UnitClass::Measure),
        ("千瓦", UnitClass::Measure),
        ("兆瓦", UnitClass::Measure),
        ("瓦", UnitClass::Measure),
        ("度", UnitClass::Measure),
        ("吨标煤", UnitClass::Measure),
        ("吨标准煤", UnitClass::Measure),
        ("吨", UnitClass::Measure),
        ("千克", UnitClass::Measure),
        ("微克", UnitClass::Measure),
        ("毫克", UnitClass::Measure),
        ("公斤", UnitClass::Measure),
        ("亩", UnitClass::Measure),
        ("公顷", UnitClass::Measure),
        ("平方公里", UnitClass::Measure),
        ("平方千米", UnitClass::Measure),
        ("平方米", UnitClass::Measure),
        ("立方米", UnitClass::Measure),
        ("方", UnitClass::Measure),
        ("公里", UnitClass::Measure),
        ("千米", UnitClass::Measure),
        ("米", UnitClass::Measure),
        ("标箱", UnitClass::Measure),
        ("人次", UnitClass::Measure),
        ("场次", UnitClass::Measure),
        ("剂次", UnitClass::Measure),
        ("车次", UnitClass::Measure),
        ("架次", UnitClass::Measure),
        ("班次", UnitClass::Measure),
        ("人", UnitClass::Measure),
        ("个", UnitClass::Count),
        ("家", UnitClass::Count),
        ("套", UnitClass::Count),
        ("处", UnitClass::Count),
        ("所", UnitClass::Count),
        ("项", UnitClass::Count),
        ("条", UnitClass::Count),
        ("户", UnitClass::Count),
        ("名", UnitClass::Count),
        ("辆", UnitClass::Count),
        ("座", UnitClass::Count),
        ("台", UnitClass::Count),
        ("间", UnitClass::Count),
        ("栋", UnitClass::Count),
        ("幢", UnitClass::Count),
        ("张", UnitClass::Count),
        ("份", UnitClass::Count),
        ("件", UnitClass::Count),
        ("列", UnitClass::Count),
        ("场", UnitClass::Count),
        ("村", UnitClass::Count),
        ("批", UnitClass::Count),
        ("起", UnitClass::Count),
        ("分钟", UnitClass::Time),
        ("小时", UnitClass::Time),
        ("个工作日", UnitClass::Time),
        ("工作日", UnitClass::Time),
        ("天", UnitClass::Time),
        ("个月", UnitClass::Time),
        ("周岁", UnitClass::Age),
        ("岁", UnitClass::Age),
    ])
});

/// Characters that, right after a unit, show the unit character is really
/// the start of another word: 3 方面 is "three aspects", not cubic metres;
/// 场所 is "a place", 人才 "talent".
const NOT_UNIT_BEFORE: &[(&str, &str)] = &[
    ("方", "面案式向法位"),
    ("场", "所地景馆"),
    ("人", "才员民口"),
    ("度", "假"),
    ("米", "粮"),
    ("起", "步点来草"),
];

/// Counting classifiers read after Chinese numerals. Narrower than the
/// Arabic units: 千亩, 三年, 一次, 一批, 两大 are not counts.
const CHINESE_CLASSIFIERS: &[&str] = &[
    "个", "所", "家", "项", "座", "条", "处", "名", "户", "辆", "套", "台", "间", "栋", "场",
];

/// Whether `c` is an Arabic digit, ASCII or full-width.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        Some(c)
    } else if ('０'..='９').contains(&c) {
        char::from_u32(c as u32 - '０' as u32 + '0' as u32)
    } else {
        None
    }
}

/// The magnitude at `at` (十/百/千 before 万/亿, 万亿), with the byte after it.
fn magnitude(text: &str, at: usize) -> Option<(Decimal, usize)> {
    let rest = text.get(at..)?;
    let (place, rest2) = match rest.chars().next()? {
        '十' => (10u64, &rest['十'.len_utf8()..]),
        '百' => (100, &rest['百'.len_utf8()..]),
        '千' => (1000, &rest['千'.len_utf8()..]),
        _ => (1, rest),
    };
    let (big, len) = if rest2.starts_with("万亿") {
        (1_000_000_000_000u64, "万亿".len())
    } else if rest2.starts_with('亿') {
        (100_000_000, '亿'.len_utf8())
    } else if rest2.starts_with('万') {
        (10_000, '万'.len_utf8())
    } else {
        return None;
    };
    let factor = Decimal::from(place).checked_mul(Decimal::from(big))?;
    Some((factor, at + (rest.len() - rest2.len()) + len))
}

/// Reads an Arabic number starting at `start` (which must be a digit that
/// does not follow another digit): `18000`, `7.5`, `1,000`, `１２`.
/// Returns the value and the byte after the number.
fn arabic(text: &str, start: usize) -> Option<(Decimal, usize)> {
    let rest = text.get(start..)?;
    let mut digits = String::new();
    let mut end = start;
    let mut seen_point = false;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(d) = ascii_digit(c) {
            digits.push(d);
            end = start + i + c.len_utf8();
        } else if (c == '.' || c == '．') && !seen_point {
            // A point is decimal only when a digit follows.
            match chars.peek() {
                Some(&(_, next)) if is_digit(next) => {
                    seen_point = true;
                    digits.push('.');
                }
                _ => break,
            }
        } else if c == ',' && !seen_point {
            // Thousands separator: exactly three digits, then no digit.
            let mut group = rest.get(i + 1..).unwrap_or("").chars();
            let three = group.by_ref().take(3).filter(char::is_ascii_digit).count() == 3;
            let fourth_digit = group.next().is_some_and(is_digit);
            if three && !fourth_digit {
                continue;
            }
            break;
        } else {
            break;
        }
    }
    // At most 24 digits: within a Decimal's 28, so the value is exact;
    // a longer run is no amount a task sets.
    if digits.is_empty() || digits.len() > 24 {
        return None;
    }
    let value = digits.parse().ok()?;
    Some((value, end))
}

/// Every figure in `text`, in order.
pub(crate) fn figures(text: &str) -> Vec<Figure> {
    let mut found = Vec::new();
    let mut skip_to = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let previous = prev;
        prev = Some(c);
        if i < skip_to {
            continue;
        }
        let after_digit = previous.is_some_and(|p| is_digit(p) || p == '.' || p == '．');
        let figure = if is_digit(c) && !after_digit {
            arabic(text, i).map(|(value, end)| (value, end, false))
        } else if numerals::is_numeral_char(c) && !previous.is_some_and(ends_chinese_run) {
            chinese(text, i).map(|(value, end)| (value, end, true))
        } else {
            None
        };
        let Some((value, digits_end, chinese)) = figure else {
            continue;
        };
        let mut end = digits_end;
        let mut value = value;
        let mut written = None;
        let after_space = skip_spaces(text, digits_end);
        let magnitude_at = if chinese { digits_end } else { after_space };
        if let Some((factor, m_end)) = magnitude(text, magnitude_at) {
            match value.checked_mul(factor) {
                Some(v) => {
                    value = v;
                    end = m_end;
                    written = text.get(magnitude_at..m_end).map(str::to_owned);
                }
                None => {
                    skip_to = m_end;
                    continue;
                }
            }
        }
        skip_to = end;
        found.push(Figure {
            start: i,
            digits_end,
            end,
            value: value.normalize(),
            chinese,
            magnitude: written,
        });
    }
    found
}

/// Whether a Chinese numeral cannot start right after `c`: inside a run of
/// numerals, or after a digit or magnitude (the 千 of `50万千瓦` is the
/// unit 千瓦, not a numeral).
fn ends_chinese_run(c: char) -> bool {
    numerals::is_numeral_char(c) || is_digit(c) || c == '万' || c == '亿'
}

/// Reads a Chinese integer starting at `start` (at most eight characters).
fn chinese(text: &str, start: usize) -> Option<(Decimal, usize)> {
    let rest = text.get(start..)?;
    let len: usize = rest
        .chars()
        .take_while(|&c| numerals::is_numeral_char(c))
        .take(8)
        .map(char::len_utf8)
        .sum();
    let value = numerals::parse_chinese_integer(rest.get(..len)?)?;
    Some((Decimal::from(value), start + len))
}

/// The unit of measure starting at `at` (spaces before it allowed), if any.
pub(crate) fn unit_at(text: &str, at: usize) -> Option<Unit> {
    let at = skip_spaces(text, at);
    let (first, class, end) = simple_unit(text, at)?;
    // A compound unit: 元/吨, 万元/亩.
    if matches!(char_at(text, end), Some('/' | '／')) {
        let after_slash = end + char_at(text, end).map_or(0, char::len_utf8);
        if let Some((second, _, end2)) = simple_unit(text, after_slash) {
            return Some(Unit {
                text: format!("{first}/{second}"),
                class,
                end: end2,
            });
        }
    }
    Some(Unit {
        text: first.to_owned(),
        class,
        end,
    })
}

fn simple_unit(text: &str, at: usize) -> Option<(&str, UnitClass, usize)> {
    let (end, class) = UNITS.starting_at(text, at)?;
    let unit = text.get(at..end)?;
    let next = char_at(text, end);
    let blocked = NOT_UNIT_BEFORE
        .iter()
        .any(|(u, after)| *u == unit && next.is_some_and(|n| after.contains(n)));
    if blocked {
        return None;
    }
    Some((unit, class, end))
}

/// Rule: the measure as written is the figure's magnitude and the unit, as
/// the text writes them (`5000 万元` → `万元`, `2.5万吨标煤` → `万吨标煤`,
/// `200 万元/亩` → `万元/亩`); without a magnitude it is the unit.
pub(crate) fn as_written(figure: &Figure, unit: &str) -> String {
    match &figure.magnitude {
        Some(magnitude) => format!("{magnitude}{unit}"),
        None => unit.to_owned(),
    }
}

/// Rule: a measure the crate knows is one it reads after a figure: a unit
/// of the table (ages aside: they are never targets), or a compound of two
/// (`元/吨`), with or without a magnitude before it (`亿元`, `万吨标煤`,
/// `千万元`).
pub(crate) fn is_known_measure(measure: &str) -> bool {
    let unit = match magnitude(measure, 0) {
        Some((_, end)) => measure.get(end..).unwrap_or(""),
        None => measure,
    };
    let whole = |s: &str| {
        UNITS
            .starting_at(s, 0)
            .is_some_and(|(end, class)| end == s.len() && class != UnitClass::Age)
    };
    match unit.split_once(['/', '／']) {
        Some((first, second)) => whole(first) && whole(second),
        None => whole(unit),
    }
}

/// Whether a unit may follow a Chinese numeral.
pub(crate) fn is_chinese_classifier(unit: &str) -> bool {
    CHINESE_CLASSIFIERS.contains(&unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<String> {
        figures(text).iter().map(|f| f.value.to_string()).collect()
    }

    #[test]
    fn applies_magnitudes_exactly() {
        assert_eq!(values("1.3万"), ["13000"]);
        assert_eq!(values("16.4亿"), ["1640000000"]);
        assert_eq!(values("7.5%"), ["7.5"]);
        assert_eq!(values("5000 万元"), ["50000000"]);
        assert_eq!(values("2万亿"), ["2000000000000"]);
        assert_eq!(values("5千万"), ["50000000"]);
        assert_eq!(values("0.25万"), ["2500"]);
    }

    #[test]
    fn reads_separators_and_full_width_digits() {
        assert_eq!(values("1,000家"), ["1000"]);
        assert_eq!(values("１２个"), ["12"]);
        // A comma that is not a thousands separator ends the number.
        assert_eq!(values("8,10"), ["8", "10"]);
        // A final point is punctuation, not a decimal point.
        assert_eq!(values("3."), ["3"]);
    }

    #[test]
    fn reads_chinese_numerals() {
        assert_eq!(values("五个"), ["5"]);
        assert_eq!(values("十二家"), ["12"]);
        assert_eq!(values("两所"), ["2"]);
        assert_eq!(values("三万人"), ["30000"]);
    }

    #[test]
    fn a_thousand_watts_is_a_unit_not_a_magnitude() {
        let f = figures("50万千瓦");
        assert_eq!(f[0].value, Decimal::from(500_000));
        assert_eq!(unit_at("50万千瓦", f[0].end).unwrap().text, "千瓦");
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit_at("人次", 0).unwrap().text, "人次");
        assert_eq!(unit_at("吨标煤", 0).unwrap().text, "吨标煤");
        assert_eq!(unit_at(" 元/吨", 0).unwrap().text, "元/吨");
        assert_eq!(unit_at("个工作日", 0).unwrap().class, UnitClass::Time);
    }

    #[test]
    fn unit_characters_starting_other_words_are_not_units() {
        assert!(unit_at("方面", 0).is_none());
        assert!(unit_at("场所", 0).is_none());
        assert!(unit_at("人才", 0).is_none());
    }

    #[test]
    fn measures_as_written_keep_the_magnitude() {
        let text = "发放贷款 5000 万元";
        let figure = &figures(text)[0];
        let unit = unit_at(text, figure.end).unwrap();
        assert_eq!(
            (unit.text.as_str(), as_written(figure, &unit.text).as_str()),
            ("元", "万元")
        );
        let text = "腾出用能2.5万吨标煤";
        let figure = &figures(text)[0];
        assert_eq!(as_written(figure, "吨标煤"), "万吨标煤");
        let text = "投资 5千万元";
        assert_eq!(figures(text)[0].magnitude.as_deref(), Some("千万"));
        let text = "新增 300 个";
        assert_eq!(as_written(&figures(text)[0], "个"), "个");
    }

    #[test]
    fn known_measures() {
        for measure in [
            "元",
            "亿元",
            "万元",
            "千万元",
            "万亿元",
            "%",
            "万吨标煤",
            "人次",
            "元/吨",
            "万元/亩",
        ] {
            assert!(is_known_measure(measure), "{measure}");
        }
        for measure in ["", "亿", "furlong", "元元", "岁", "周岁", "元/", "万"] {
            assert!(!is_known_measure(measure), "{measure}");
        }
    }

    #[test]
    fn huge_numbers_do_not_panic() {
        assert!(figures("99999999999999999999999999999999万亿").is_empty());
        assert_eq!(values("9999999999999999999万亿").len(), 0);
    }
}
