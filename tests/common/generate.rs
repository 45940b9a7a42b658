//! A generator of random valid documents of this genre, for the property
//! tests: `document()` draws a model (notice, parts, leader groups, areas,
//! tasks and their units) together with the rendering choices (`Dice`),
//! `render` writes it out with OCR noise — noisy separators and brackets,
//! `**▲**`, heading levels, lines broken across wraps and page breaks —
//! and `expected` gives the `Shape` the parser must read back from it.

use proptest::prelude::*;
use yiwu_duties::{Date, PartKind, Role, Title};

use super::{AreaShape, GroupShape, NoticeShape, PartShape, Shape, TaskShape};

/// A source of rendering choices: the noise is part of the generated
/// value, so that a failure shrinks and replays.
#[derive(Debug, Clone)]
struct Dice(Vec<u8>, usize);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        let byte = self.0.get(self.1 % self.0.len().max(1)).copied();
        self.1 += 1;
        byte.map_or(0, |b| b as usize % sides)
    }

    fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
        options[self.roll(options.len())]
    }
}

#[derive(Debug, Clone)]
struct GenTask {
    text: String,
    /// Unit name and whether it is marked ▲.
    units: Vec<(&'static str, bool)>,
}

#[derive(Debug, Clone)]
struct GenArea {
    name: &'static str,
    tasks: Vec<GenTask>,
}

#[derive(Debug, Clone)]
struct GenGroup {
    leaders: Vec<(String, Vec<Title>)>,
    /// Between a leader's titles (`常委、副市长` or `常委副市长`).
    title_sep: &'static str,
    /// Between leaders.
    leader_sep: &'static str,
    /// Tasks before the first area.
    tasks: Vec<GenTask>,
    areas: Vec<GenArea>,
}

#[derive(Debug, Clone)]
struct GenPart {
    kind: PartKind,
    year: u16,
    groups: Vec<GenGroup>,
}

#[derive(Debug, Clone)]
struct GenNotice {
    issuer: Option<&'static str>,
    number: Option<u32>,
    title: bool,
    addressees: bool,
    body: Vec<String>,
    /// The signatory is only recognised right above the date.
    dated: Option<(Date, bool)>,
    published: bool,
}

#[derive(Debug, Clone)]
pub struct GenDoc {
    notice: Option<GenNotice>,
    parts: Vec<GenPart>,
    dice: Dice,
}

/// Characters for task texts and notice paragraphs: no numerals, brackets
/// or markup, nothing that starts a structure when it starts a line.
const WORDS: &[&str] = &[
    "推进",
    "建设",
    "提升",
    "完善",
    "加快",
    "实施",
    "深化",
    "打造",
    "城市",
    "乡村",
    "产业",
    "数字",
    "服务",
    "体系",
    "机制",
    "项目",
    "工程",
    "改革",
    "发展",
    "创新",
    "平台",
    "设施",
    "中心",
    "市场",
    "企业",
    "居民",
    "“双碳”",
    "开放",
    "贸易",
];
const UNITS: &[&str] = &[
    "财政局",
    "发改局",
    "自规局",
    "教育局",
    "卫健局",
    "交通局",
    "商务局",
    "经信局",
    "人社局",
    "各镇街",
    "相关镇街",
    "市场监管局",
    "信访局〈矛调中心〉",
    "各乡镇（街道）",
    "城投集团",
    "数管中心",
];
const AREAS: &[&str] = &[
    "投资和项目",
    "共同富裕",
    "数字化改革",
    "卫生健康",
    "教育",
    "“双碳”",
    "市场监管",
];
const SURNAMES: &[&str] = &["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "勇", "杰", "涛",
];

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(WORDS), 1..6),
        prop::option::of((
            1..1000u32,
            prop::sample::select(&["个", "%以上", "亿元"][..]),
        )),
        prop::sample::select(&["，", "、", ""][..]),
        prop::collection::vec(prop::sample::select(WORDS), 1..4),
    )
        .prop_map(|(a, figure, mid, b)| {
            let figure = figure.map_or(String::new(), |(n, u)| format!("{n}{u}"));
            format!("{}{figure}{mid}{}。", a.concat(), b.concat())
        })
}

fn task() -> impl Strategy<Value = GenTask> {
    (
        sentence(),
        prop::sample::subsequence(UNITS, 1..6),
        prop::collection::vec(prop::bool::weighted(0.3), 6),
    )
        .prop_map(|(text, units, leads)| GenTask {
            text,
            units: units.into_iter().zip(leads).collect(),
        })
}

fn leader() -> impl Strategy<Value = (String, Vec<Title>)> {
    (
        prop::sample::select(SURNAMES),
        prop::collection::vec(prop::sample::select(GIVEN), 1..3),
        prop::collection::vec(prop::sample::select(Title::ALL), 1..3),
    )
        .prop_map(|(s, g, titles)| (format!("{s}{}", g.concat()), titles))
}

fn group() -> impl Strategy<Value = GenGroup> {
    (
        prop::collection::vec(leader(), 1..4),
        prop::sample::select(&["", "、"][..]),
        prop::sample::select(&["、", "，"][..]),
        prop::collection::vec(task(), 0..4),
        prop::collection::vec(
            (
                prop::sample::select(AREAS),
                prop::collection::vec(task(), 0..4),
            )
                .prop_map(|(name, tasks)| GenArea { name, tasks }),
            0..3,
        ),
    )
        .prop_map(|(leaders, title_sep, leader_sep, tasks, areas)| GenGroup {
            leaders,
            title_sep,
            leader_sep,
            tasks,
            areas,
        })
}

fn notice() -> impl Strategy<Value = GenNotice> {
    (
        prop::option::of(prop::sample::select(
            &["义乌市人民政府办公室", "东阳市人民政府办公室"][..],
        )),
        prop::option::of(1..100u32),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(sentence(), 0..3),
        prop::option::of((2000..2100u16, 1..=12u8, 1..=28u8, any::<bool>())),
        any::<bool>(),
    )
        .prop_map(
            |(issuer, number, title, addressees, body, dated, published)| GenNotice {
                issuer,
                number,
                title,
                addressees: title && addressees,
                body,
                dated: dated.map(|(y, m, d, s)| (Date::new(y, m, d).unwrap(), s)),
                published,
            },
        )
}

pub fn document() -> impl Strategy<Value = GenDoc> {
    (
        prop::option::of(notice()),
        prop::sample::select(PART_ORDERS),
        prop::collection::vec((2000..2100u16, prop::collection::vec(group(), 0..4)), 2),
        prop::collection::vec(any::<u8>(), 1..64),
    )
        .prop_map(|(notice, kinds, parts, dice)| GenDoc {
            notice,
            parts: kinds
                .iter()
                .zip(parts)
                .map(|(&kind, (year, groups))| GenPart { kind, year, groups })
                .collect(),
            dice: Dice(dice, 0),
        })
}

const PART_ORDERS: &[&[PartKind]] = &[
    &[PartKind::KeyWork],
    &[PartKind::Livelihood],
    &[PartKind::KeyWork, PartKind::Livelihood],
    &[PartKind::KeyWork, PartKind::Livelihood],
    &[PartKind::Livelihood, PartKind::KeyWork],
];

const ORDINALS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

fn part_title(p: &GenPart) -> String {
    match p.kind {
        PartKind::Livelihood => format!("{}年市政府民生实事责任分解", p.year),
        _ => format!("{} 年政府工作报告重点工作责任分解", p.year),
    }
}

fn group_heading(g: &GenGroup, kind: PartKind) -> String {
    let leaders: Vec<String> = g
        .leaders
        .iter()
        .map(|(name, titles)| {
            let titles: Vec<&str> = titles.iter().map(|t| t.chinese()).collect();
            format!("{name}{}", titles.join(g.title_sep))
        })
        .collect();
    let sep = g.leader_sep;
    match kind {
        PartKind::Livelihood => format!("{}牵头民生实事", leaders.join(sep)),
        _ => format!("{}牵头的重点工作", leaders.join(sep)),
    }
}

fn roles(t: &GenTask) -> Vec<(String, Role)> {
    let sole = t.units.len() == 1;
    let marked = t.units.iter().any(|&(_, lead)| lead);
    t.units
        .iter()
        .map(|&(name, lead)| {
            let role = match (lead, sole, marked) {
                (true, _, _) => Role::Lead,
                (false, true, _) => Role::Sole,
                (false, false, true) => Role::Joint,
                // Several units, none marked: nobody is said to lead.
                (false, false, false) => Role::Unmarked,
            };
            (name.to_owned(), role)
        })
        .collect()
}

/// Whether a continuation line may start with `c`: a plain CJK character
/// that is not a numeral, or `、` / `▲`.
fn may_start_line(c: char) -> bool {
    (('\u{4e00}'..='\u{9fff}').contains(&c) && !"一二三四五六七八九十百千两〇零".contains(c))
        || c == '、'
        || c == '▲'
}

/// A task as OCR gives it: noisy separators and brackets, `**▲**`, and
/// the line broken across wraps, page breaks and page numbers, possibly
/// with a character of 责任单位 repeated across the break.
fn render_task(number: usize, t: &GenTask, dice: &mut Dice) -> String {
    let (open, close) = [("（", "）"), ("(", ")"), ("（", ")"), ("(", "）")][dice.roll(4)];
    let colon = dice.pick(&["：", ":", "： ", ""]);
    let sep = dice.pick(&["、", "、", "，"]);
    let units: Vec<String> = t
        .units
        .iter()
        .map(|&(name, lead)| {
            let mark = if lead {
                dice.pick(&["▲", "**▲**"])
            } else {
                ""
            };
            format!("{mark}{name}")
        })
        .collect();
    let head = format!(
        "{}{number}{}",
        dice.pick(&["", "  "]),
        dice.pick(&[". ", ".", "．", "、 "])
    );
    let body = format!("{}{open}责任单位{colon}{}{close}", t.text, units.join(sep));
    // Break points: before a character that may start a line, after one
    // that is not white space or markup.
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let points: Vec<usize> = (1..chars.len())
        .filter(|&i| may_start_line(chars[i].1) && !matches!(chars[i - 1].1, ' ' | '*'))
        .map(|i| chars[i].0)
        .collect();
    let mut cuts: Vec<usize> = (0..dice.roll(3))
        .filter(|_| !points.is_empty())
        .map(|_| points[dice.roll(points.len())])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = head;
    let mut from = 0;
    for (k, &cut) in cuts.iter().enumerate() {
        let piece = &body[from..cut];
        out.push_str(piece);
        out.push_str(dice.pick(&["\n", "\n\n", "\n\n\n\n", "\n\n- 7 -\n\n", "\n— 8 —\n"]));
        // OCR repeats the last character of a broken 责任单位, when the
        // rest of the word is on the next line.
        let next = &body[cut..cuts.get(k + 1).copied().unwrap_or(body.len())];
        let broken_marker = [("责", "任单位"), ("责任", "单位"), ("责任单", "位")]
            .iter()
            .any(|(head, tail)| {
                let before = piece.strip_suffix(head).unwrap_or("");
                before.ends_with(['（', '(']) && next.starts_with(tail)
            });
        if broken_marker && dice.roll(2) == 0 {
            out.push(piece.chars().next_back().unwrap());
        }
        from = cut;
    }
    out.push_str(&body[from..]);
    out
}

fn heading(level_options: &[&str], text: &str, dice: &mut Dice) -> String {
    let hashes = dice.pick(level_options);
    let bold = dice.roll(6) == 0;
    let text = if bold {
        format!("**{text}**")
    } else {
        text.to_owned()
    };
    if hashes.is_empty() {
        text
    } else {
        format!("{hashes} {text}")
    }
}

/// A paragraph, possibly broken mid-sentence across a page break.
fn render_paragraph(p: &str, dice: &mut Dice) -> String {
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let points: Vec<usize> = (1..chars.len().saturating_sub(1))
        .filter(|&i| may_start_line(chars[i].1) && !"。！？；".contains(chars[i - 1].1))
        .map(|i| chars[i].0)
        .collect();
    if points.is_empty() || dice.roll(3) != 0 {
        return p.to_owned();
    }
    let cut = points[dice.roll(points.len())];
    let gap = dice.pick(&["\n", "\n\n", "\n\n\n"]);
    format!("{}{gap}{}", &p[..cut], &p[cut..])
}

pub fn render(doc: &GenDoc) -> String {
    let mut dice = doc.dice.clone();
    let mut blocks: Vec<String> = Vec::new();
    if let Some(n) = &doc.notice {
        if let Some(issuer) = n.issuer {
            blocks.push(format!("{} {issuer}文件", dice.pick(&["#", "##"])));
        }
        if let Some(number) = n.number {
            blocks.push(format!("义政办发〔2023〕{number}号"));
            blocks.push("---".to_owned());
        }
        if n.title {
            blocks.push(format!(
                "{}关于印发 2023 年政府工作报告重点工作责任分解的通知",
                dice.pick(&["", "## "])
            ));
        }
        if n.addressees {
            blocks.push(format!(
                "各镇人民政府，市政府各部门{}",
                dice.pick(&["：", ":"])
            ));
        }
        for p in &n.body {
            blocks.push(render_paragraph(p, &mut dice));
        }
        if let Some((date, signed)) = n.dated {
            if signed {
                blocks.push(n.issuer.unwrap_or("某市人民政府").to_owned());
            }
            let (y, m, d) = (date.year(), date.month(), date.day());
            blocks.push(format!("{y}年{m}月{d}日"));
        }
        if n.published {
            blocks.push("（此件公开发布）".to_owned());
        }
    }
    // In the notice only a blank line ends a paragraph.
    let mut out = String::new();
    for block in blocks.drain(..) {
        out.push_str(&block);
        out.push_str(dice.pick(&["\n\n", "\n\n\n"]));
    }
    for part in &doc.parts {
        blocks.push(heading(&["", "#", "#", "##"], &part_title(part), &mut dice));
        for (g, group) in part.groups.iter().enumerate() {
            let text = format!("{}、{}", ORDINALS[g], group_heading(group, part.kind));
            blocks.push(heading(&["", "##", "##", "###", "####"], &text, &mut dice));
            for (i, t) in group.tasks.iter().enumerate() {
                blocks.push(render_task(i + 1, t, &mut dice));
            }
            for (a, area) in group.areas.iter().enumerate() {
                let (open, close) = [("（", "）"), ("(", ") "), ("（", "） ")][dice.roll(3)];
                let text = format!("{open}{}{close}{}方面", ORDINALS[a], area.name);
                blocks.push(heading(
                    &["", "##", "###", "###", "#####"],
                    &text,
                    &mut dice,
                ));
                for (i, t) in area.tasks.iter().enumerate() {
                    blocks.push(render_task(i + 1, t, &mut dice));
                }
            }
        }
    }
    for block in blocks {
        out.push_str(&block);
        out.push_str(dice.pick(&["\n", "\n\n", "\n\n", "\n\n— 4 —\n\n"]));
        // Stray lines the parser must skip with a warning: every block
        // ends complete, so nothing here continues it. Only layout: a
        // stray line of text would be read as prose or a label, or would
        // make an empty group an error (see the fixtures for those).
        if dice.roll(8) == 0 {
            out.push_str(dice.pick(&["---\n", "* * *\n"]));
        }
    }
    out
}

/// The model a generated document must parse to (targets aside: they
/// come from the texts, and are compared in the round trip).
pub fn expected(doc: &GenDoc) -> Shape {
    let notice = doc.notice.as_ref().map_or(NoticeShape::default(), |n| {
        let (date, signed) = n.dated.map_or((None, false), |(d, s)| (Some(d), s));
        let signatory = signed.then(|| n.issuer.unwrap_or("某市人民政府").to_owned());
        NoticeShape {
            // Without a letterhead, the signature names the issuer (the
            // generated title, `关于印发…`, names none).
            issuer: n.issuer.map(str::to_owned).or_else(|| signatory.clone()),
            number: n.number.map(|k| format!("义政办发〔2023〕{k}号")),
            title: n
                .title
                .then(|| "关于印发 2023 年政府工作报告重点工作责任分解的通知".to_owned()),
            addressees: n
                .addressees
                .then(|| "各镇人民政府，市政府各部门".to_owned()),
            body: n.body.clone(),
            signatory,
            date,
            published: n.published,
            ..NoticeShape::default()
        }
    });
    let task = |id: String, t: &GenTask| TaskShape {
        id,
        text: t.text.clone(),
        units: roles(t),
        targets: Vec::new(),
        leaders: Vec::new(),
        deadline: None,
    };
    let parts = doc
        .parts
        .iter()
        .map(|p| PartShape {
            kind: p.kind,
            title: part_title(p),
            year: Some(p.year),
            years: Some((p.year, p.year)),
            attachment: None,
            notes: Vec::new(),
            groups: p
                .groups
                .iter()
                .enumerate()
                .map(|(g, group)| {
                    let g = g as u32 + 1;
                    let letter = p.kind.letter();
                    GroupShape {
                        ordinal: g,
                        heading: group_heading(group, p.kind),
                        leaders: group
                            .leaders
                            .iter()
                            .map(|(name, titles)| (name.clone(), titles.clone(), Vec::new()))
                            .collect(),
                        tasks: group
                            .tasks
                            .iter()
                            .enumerate()
                            .map(|(i, t)| task(format!("{letter}{g}.{}", i + 1), t))
                            .collect(),
                        areas: group
                            .areas
                            .iter()
                            .enumerate()
                            .map(|(a, area)| AreaShape {
                                ordinal: a as u32 + 1,
                                name: area.name.to_owned(),
                                leaders: Vec::new(),
                                tasks: area
                                    .tasks
                                    .iter()
                                    .enumerate()
                                    .map(|(i, t)| {
                                        task(format!("{letter}{g}.{}.{}", a + 1, i + 1), t)
                                    })
                                    .collect(),
                            })
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect();
    Shape { notice, parts }
}
