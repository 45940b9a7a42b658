//! Inputs for the benchmarks: the seed and synthetic documents of the same
//! genre made by repeating the seed's leader groups with new ordinals.
#![allow(dead_code)] // each bench uses a different subset

/// A Chinese numeral for 1 ≤ n < 10 000 (`十二`, `一百零五`).
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    const PLACES: [(u32, &str); 3] = [(1000, "千"), (100, "百"), (10, "十")];
    let mut out = String::new();
    let mut rest = n;
    let mut pending_zero = false;
    for (place, name) in PLACES {
        let digit = rest / place;
        rest %= place;
        if digit > 0 {
            if pending_zero {
                out.push_str(DIGITS[0]);
                pending_zero = false;
            }
            // 十 alone at the start means 一十.
            if !(place == 10 && digit == 1 && out.is_empty()) {
                out.push_str(DIGITS[digit as usize]);
            }
            out.push_str(name);
        } else if !out.is_empty() {
            pending_zero = true;
        }
    }
    if rest > 0 {
        if pending_zero {
            out.push_str(DIGITS[0]);
        }
        out.push_str(DIGITS[rest as usize]);
    }
    out
}

/// The seed repeated `times` times over: the notice once, then each part
/// with its leader groups repeated, renumbered 一, 二, … in sequence.
pub fn synthetic_document(times: u32) -> String {
    let seed = yiwu_duties::SOURCE;
    let mut out = String::with_capacity(seed.len() * times as usize);
    // Split the seed into the notice, and per part its heading line and
    // its groups (each a heading line and the lines up to the next group).
    let mut parts: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut notice = String::new();
    for line in seed.lines() {
        let content = line.trim_start_matches('#').trim();
        let is_part = line.starts_with("# ") && content.ends_with("责任分解");
        let group_rest = group_heading_rest(content);
        if is_part {
            parts.push((line.to_owned(), Vec::new()));
        } else if let (Some(rest), Some(part)) = (group_rest, parts.last_mut()) {
            part.1.push((rest.to_owned(), String::new()));
        } else if let Some(group) = parts.last_mut().and_then(|p| p.1.last_mut()) {
            group.1.push_str(line);
            group.1.push('\n');
        } else {
            notice.push_str(line);
            notice.push('\n');
        }
    }
    out.push_str(&notice);
    for (heading, groups) in &parts {
        out.push_str(heading);
        out.push_str("\n\n");
        let mut ordinal = 0;
        for _ in 0..times {
            for (rest, body) in groups {
                ordinal += 1;
                out.push_str(&format!("## {}、{rest}\n", chinese_numeral(ordinal)));
                out.push_str(body);
            }
        }
    }
    out
}

/// The text after `一、` when `content` is a group heading.
fn group_heading_rest(content: &str) -> Option<&str> {
    let (numeral, rest) = content.split_once('、')?;
    (!numeral.is_empty()
        && numeral
            .chars()
            .all(|c| "一二三四五六七八九十百千零".contains(c)))
    .then_some(rest)
}
