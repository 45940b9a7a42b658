//! Leaders as a careful reader reads them, each form in a fixture written
//! for these tests with invented places and names: compound posts before
//! a name (`县委副书记、县长林志远`), where a post the crate does not model
//! is kept as written beside the name and never becomes a leader of its
//! own; lists of names separated by white space, and an adverb before
//! the verb (`…共同牵头`); the forms of a heading (`由…牵头`, a name and
//! title with no verb, `（县长）`, `（挂职）`, `其他县领导`). Each fixture is also snapshotted with the others
//! (`tests/parse.rs`).

use yiwu_duties::{Breakdown, Leader, Title, WarningKind, parse};

fn fixture(name: &str) -> Breakdown {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
    parse(&text).unwrap()
}

/// A leader as `(name, titles, titles kept as written)`.
type Read = (String, Vec<Title>, Vec<String>);

fn read(leaders: &[Leader]) -> Vec<Read> {
    leaders
        .iter()
        .map(|l| {
            (
                l.name().to_owned(),
                l.titles().to_vec(),
                l.other_titles().to_vec(),
            )
        })
        .collect()
}

fn leader(name: &str, titles: &[Title], others: &[&str]) -> Read {
    (
        name.to_owned(),
        titles.to_vec(),
        others.iter().map(|t| (*t).to_owned()).collect(),
    )
}

/// Each group's leaders, in order.
fn groups(b: &Breakdown) -> Vec<Vec<Read>> {
    b.parts()[0]
        .groups()
        .iter()
        .map(|g| read(g.leaders()))
        .collect()
}

/// The texts of the warnings of `kind`.
fn warned(b: &Breakdown, kind: &WarningKind) -> Vec<(u32, String)> {
    b.warnings()
        .iter()
        .filter(|w| w.kind() == kind)
        .map(|w| (w.line(), w.text().to_owned()))
        .collect()
}

/// Posts written before the name, the leader's own titles among them: the
/// posts the crate has no [`Title`] for are kept as written, with their
/// body (`县公安局局长`), and warned about; none becomes a leader.
#[test]
fn compound_posts_before_a_name() {
    use Title::{CountyMayor, DeputyCountyMayor, PartyGroupMember, StandingCommitteeMember};
    let b = fixture("genre-leader-posts.md");
    assert_eq!(
        groups(&b),
        [
            vec![leader("林志远", &[CountyMayor], &["县委副书记"])],
            vec![leader("杨帆", &[DeputyCountyMayor], &["县公安局局长"])],
            vec![leader("吴敏", &[StandingCommitteeMember], &["宣传部部长"])],
            vec![leader(
                "何军",
                &[PartyGroupMember],
                &["青川经济开发区党工委书记"]
            )],
            vec![leader("杨帆", &[DeputyCountyMayor], &["县公安局局长"])],
            vec![leader("杨帆", &[DeputyCountyMayor], &["县公安局局长"])],
        ]
    );
    // The same in a task's leader field: the piece of titles only goes
    // with the name after it.
    assert_eq!(
        read(b.task("K1.2").unwrap().own_leaders()),
        [leader(
            "赵强",
            &[StandingCommitteeMember, DeputyCountyMayor],
            &[]
        )]
    );
    assert_eq!(
        warned(&b, &WarningKind::UnrecognizedTitle),
        [
            (3, "县委副书记".to_owned()),
            (9, "县公安局局长".to_owned()),
            (13, "宣传部部长".to_owned()),
            (17, "青川经济开发区党工委书记".to_owned()),
            (21, "县公安局局长".to_owned()),
            (25, "县公安局局长".to_owned()),
        ]
    );
}

/// Names separated by white space are a list, in a field, a table's cell
/// and a heading; a name padded to three characters (`赵　强`) stays one.
/// An adverb before the verb (共同, 分别) is part of no name.
#[test]
fn lists_separated_by_white_space() {
    use Title::{CountyMayor, DeputyCountyMayor};
    let b = fixture("genre-leader-lists.md");
    let both = vec![
        leader("刘芳", &[DeputyCountyMayor], &[]),
        leader("张伟", &[DeputyCountyMayor], &[]),
    ];
    assert_eq!(
        groups(&b),
        [
            both.clone(),
            both,
            vec![
                leader("林志远", &[CountyMayor], &[]),
                leader("陈雅琴", &[DeputyCountyMayor], &[]),
            ],
        ]
    );
    let own = |id: &str| read(b.task(id).unwrap().own_leaders());
    assert_eq!(
        own("K1.1"),
        [leader("王明", &[], &[]), leader("刘芳", &[], &[])]
    );
    assert_eq!(own("K1.2"), [leader("赵　强", &[], &[])]);
    assert_eq!(
        own("K3.1"),
        [leader("林志远", &[], &[]), leader("陈雅琴", &[], &[])]
    );
    assert_eq!(own("K3.2"), [leader("陈雅琴", &[DeputyCountyMayor], &[])]);
    assert!(warned(&b, &WarningKind::UnrecognizedTitle).is_empty());
}

/// Ways a heading names its leader: after 由, with no verb, with 同志
/// (kept as written, as elsewhere), with the title in brackets after the
/// name, with a note on the title (`（挂职）`, kept as written); and a
/// heading of the leaders' form that names no one, warned about.
#[test]
fn heading_forms() {
    use Title::{CountyMayor, DeputyCountyMayor};
    let b = fixture("genre-leader-heading-forms.md");
    assert_eq!(
        groups(&b),
        [
            vec![leader("林志远", &[CountyMayor], &[])],
            vec![leader("陈雅琴", &[DeputyCountyMayor], &[])],
            vec![leader("林志远", &[CountyMayor], &["同志"])],
            vec![leader("林志远", &[CountyMayor], &[])],
            vec![leader("郑博", &[DeputyCountyMayor], &["（挂职）"])],
            vec![],
            vec![],
        ]
    );
    assert_eq!(
        warned(&b, &WarningKind::NoLeaders),
        [(23, "六、其他县领导牵头的重点工作".to_owned())]
    );
    assert_eq!(
        warned(&b, &WarningKind::UnrecognizedTitle),
        [(11, "同志".to_owned()), (19, "（挂职）".to_owned())]
    );
    // A heading naming a subject names no leader, and is no fault.
    assert_eq!(b.parts()[0].groups()[6].heading(), "聚力强产业");
}

/// Posts of a development zone, a subdistrict and a town (党工委书记,
/// 管委会主任, 办事处主任, 镇长, 党委书记), which the crate does not model,
/// before or after the name: kept as written beside the name and warned
/// about, never part of it. With no verb, a name after a post with its
/// body is a leader (`管委会主任周海洋`); a subject after a post is not
/// (`街道办事处主任职责`).
#[test]
fn zone_and_town_posts() {
    let b = fixture("genre-leader-zone-posts.md");
    assert_eq!(
        groups(&b),
        [
            vec![leader("周海洋", &[], &["党工委书记", "管委会主任"])],
            vec![
                leader("李刚", &[], &["管委会副主任"]),
                leader("王晓敏", &[], &[]),
            ],
            vec![leader("周海洋", &[], &["管委会主任"])],
            vec![leader("孙杰", &[], &["党委书记"])],
            vec![leader("孙杰", &[], &["镇党委书记"])],
            vec![
                leader("刘洋", &[], &["办事处主任"]),
                leader("张敏", &[], &["镇长"]),
            ],
            vec![],
        ]
    );
    assert_eq!(b.leaders_of(b.task("K3.1").unwrap())[0].name(), "周海洋");
    assert!(b.leaders_of(b.task("K7.1").unwrap()).is_empty());
    let warned = warned(&b, &WarningKind::UnrecognizedTitle);
    assert!(
        warned.contains(&(7, "管委会副主任".to_owned())),
        "{warned:?}"
    );
    assert!(warned.contains(&(15, "党委书记".to_owned())), "{warned:?}");
    assert_eq!(b.parts()[0].groups()[6].heading(), "街道办事处主任职责");
}

/// An area's heading in the leaders' form names the area's leaders, as a
/// group heading would (`（一）王明县长牵头的工作`), and they head its
/// tasks; the heading stays the area's name. A subject area, or a unit
/// before the verb, names none, and the group's leaders head its tasks.
#[test]
fn area_headings_in_the_leaders_form() {
    use Title::{CountyMayor, DeputyCountyMayor};
    let b = fixture("genre-area-leaders-form.md");
    let of = |id: &str| read(b.leaders_of(b.task(id).unwrap()));
    assert_eq!(of("K1.1.1"), [leader("王明", &[CountyMayor], &[])]);
    assert_eq!(
        of("K1.2.1"),
        [
            leader("刘芳", &[DeputyCountyMayor], &[]),
            leader("张伟", &[DeputyCountyMayor], &[]),
        ]
    );
    assert!(of("K1.3.1").is_empty());
    assert!(of("K1.4.1").is_empty());
    assert_eq!(of("K2.1.1"), [leader("周海洋", &[], &["管委会主任"])]);
    assert_eq!(of("K2.2.1"), [leader("李华", &[CountyMayor], &[])]);
    let areas = b.parts()[0].groups()[0].areas();
    assert_eq!(areas[0].name(), "王明县长牵头的工作");
    assert!(areas[2].leaders().is_empty());
    assert_eq!(
        warned(&b, &WarningKind::UnrecognizedTitle),
        [(23, "管委会主任".to_owned())]
    );
}
