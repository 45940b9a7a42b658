//! Reading other documents of the genre: what [`parse`](crate::parse)
//! reads, with a short example of each form, and what it refuses.
//!
//! Every Chinese city, county and district breaks its government work
//! report down into tasks each year, and writes the breakdown in its own
//! way. This page lists the ways the parser reads. Each form is also a
//! fixture of the crate's tests, written with invented places and names,
//! and real notices of other places are read task for task.
//!
//! [`parse`] reads any document of this genre: structure comes from the
//! numbering (一、 / （一） / 1.), not from markdown heading levels; OCR
//! page breaks, characters repeated across a break, half-width brackets
//! and `**▲**` are repaired and listed in [`Breakdown::repairs`]; lines it
//! cannot place are listed in [`Breakdown::warnings`]. A [`ParseError`]
//! has a kind, a byte [`Span`] and a 1-based line and column; it displays
//! on one line (`… at line 2, column 1`), and its alternate form
//! (`{:#}`) shows the source line with the span underlined. A document
//! that yields no task is an error, never an empty result.
//! [`Breakdown::to_markdown`] writes a clean, canonical copy of what was
//! read, which parses back to the same breakdown.
//!
//! ```
//! // (concat! keeps rustdoc from reading `##` at a line start as an escape.)
//! let text = concat!(
//!     "# 2023 年政府工作报告重点工作责任分解\n",
//!     "## 一、张三市长牵头的重点工作\n",
//!     "1. 任务。（责任单位：▲财政局、\n\n各镇街）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! assert_eq!(b.repairs().len(), 1); // the page break inside the clause
//! let clean = b.to_markdown();
//! assert!(clean.contains("1. 任务。（责任单位：▲财政局、各镇街）"));
//!
//! let err = yiwu_duties::parse("# 2023 年政府工作报告重点工作责任分解\n1. 任务。").unwrap_err();
//! assert_eq!((err.line(), err.column()), (2, 1));
//! ```
//!
//! ## Where the responsibility is written
//!
//! Documents of the genre write a task's units in several forms, all read:
//!
//! - a clause with ▲ before each lead unit: `（责任单位：▲发改局、统计局）`;
//! - fields on lines of their own after the task, no brackets:
//!   `责任单位：县财政局`, or `牵头单位：市发改委` then
//!   `配合单位：市农办、市经信委`;
//! - fields after the text on the task's own line, no brackets:
//!   `推进数字经济发展。责任单位：区经信局`,
//!   `加快城市更新。牵头单位：区住建局；配合单位：区财政局；完成时限：2024年底`;
//! - fields in one bracket, separated by `；`:
//!   `（责任领导：王明；牵头单位：区发改局；责任单位：区财政局、各街道）`,
//!   in brackets `（）`, `()`, `［］`, `[]` or `【】`;
//! - the unit before the verb: `（市发改委牵头，市财政局按职责分工负责）`,
//!   alone or as one piece among named fields:
//!   `（责任领导：王明；市发改委牵头，市财政局配合；完成时限：2023年底）`;
//! - fields separated by a comma or white space before a field's name
//!   and its colon, as by `；`: `（牵头单位：县发改局，配合单位：县商务局、县自然资源局）`,
//!   `（责任领导：王明，责任单位：县住建局）`, and on a field line
//!   `牵头单位：甲局，配合单位：乙局` or `牵头单位：甲局　配合单位：乙局`; any
//!   other comma separates units;
//! - 由 before the first unit of the State Council's style:
//!   `（由县住建局牵头，县自然资源局、县财政局配合）` (县住建局 leads);
//! - the State Council's style with no unit before 牵头:
//!   `（市发改委、市财政局按职责分工负责）`, `（各区县政府、市有关部门负责）`,
//!   `（市体育局、市教育局配合）` (unmarked; one unit alone, sole), and
//!   `（市发改委负责，市财政局配合）` (市发改委 leads: see below). Its verbs
//!   are 牵头, 牵头负责, 牵头组织 and 牵头抓总 (lead); 配合, 支持配合,
//!   积极配合, 协同配合, 同步推进, 参与, 参加, 协助, 协办, 承办 and 具体承办
//!   (join); 负责, 具体负责, 按职责分工负责, 按职责分别负责, 按职责负责,
//!   分工负责, 分别负责, 共同负责, 共同推进, 负责落实, 负责具体落实,
//!   具体落实, 抓好落实, 按职责分工落实, 按职责落实, 落实属地责任,
//!   负责辖区内具体落实 and 各司其职 (responsible, read as 责任单位 is). 落实 alone and
//!   指导 join: the units that carry out what the responsible unit decides
//!   (`（市财政局负责，各区县政府落实）`: 市财政局 leads, 各区县政府 join)
//!   and the unit that guides the work rather than does it
//!   (`（各区县政府负责，市住房城乡建设局指导）`: 各区县政府 lead, the guiding
//!   unit joins) work with it. As the task's own words in brackets end so
//!   too (`（确保政策落实）`), these two make a clause only after a unit
//!   that leads or is responsible. `甲会同乙负责`
//!   says 甲 leads and 乙 joins; a deadline after the last verb or a `；`
//!   (`（市发改委牵头，市财政局配合，2024年底前完成）`) is the task's
//!   [`Task::deadline`], not a unit, and so is one without a date that says
//!   how long the work runs, kept as written: 全年, 全年推进, 全年完成, 长期,
//!   长期坚持, 长期推进, 持续推进, 持续开展, 常态化, 常态化推进, 每年, 逐年,
//!   逐年推进, 年内, 限期落实, 限期完成, 年底前
//!   (`（市生态环境局牵头，持续推进）`: 市生态环境局 is sole;
//!   `（市应急局牵头，各成员单位配合；全年）`), each only as the whole entry;
//! - units before verbs inside a field of units or a clause:
//!   `责任单位：县林业局牵头，各乡镇配合`, `（牵头单位：市交通局，市财政局配合）`
//!   (市财政局 joins: a unit before a verb is what the verb says, whatever
//!   the field). Units with no verb of their own keep their field
//!   (市交通局 leads); under 责任单位
//!   (`（责任单位：县建设局、县自然资源局，各乡镇人民政府配合）`) they stay
//!   责任单位, as units after the last verb of the State Council's style
//!   take no class: beside units that join, with no lead named, they lead
//!   (县建设局 and 县自然资源局), as under `责任单位：…；配合单位：…`.
//!
//! Fields of units are named with 单位 or with 部门 (`牵头部门：`,
//! `配合部门：`, `责任部门：`, `协办部门：`, `参与部门：`), and 责任主体 and
//! 实施单位 stand for 责任单位; 完成时间, 完成期限, 时间节点, 进度安排,
//! 工作时限, 时间安排 and 时间要求 for 完成时限; 主办单位, 主责单位,
//! 牵头责任单位 and 主要责任单位 lead as
//! 牵头单位 does, 协同单位, 协作单位, 协助单位 and 参加单位 join as 协办单位
//! does, and 分管县领导 (市, 区), 责任县领导 (市, 区), 负责县领导 (市, 区),
//! 联系领导, 联系县领导 (市, 区), 领衔领导, 包抓领导, 挂钩领导 and 县级领导
//! (市级, 区级) name leaders as 责任领导 does: in
//! brackets, on lines of their own and as the columns of a table. A line
//! after a task that names leaders under another name (`督导领导：李华`: a
//! short name ending in 领导, a colon, names) is no part of the task's
//! text: it is skipped and reported as
//! [`FieldIgnored`](crate::WarningKind::FieldIgnored). A field or a
//! table's cell holding only a mark of "none" (`—`, `——`, `-`, `/`, `／`,
//! `无`: `配合单位：无`, `| 市人社局 | — |`) names no unit, leader or
//! deadline: it says there is none, so it is skipped quietly, as an empty
//! cell is (`牵头单位：市人社局` ⏎ `配合单位：无` leaves 市人社局 sole); a task
//! whose only units field says none names no unit, an error as ever. The
//! colon after a field's name may be `：`, `:` or a look-alike of it, the
//! ratio sign `∶` or the vertical form `︰` (`（责任单位∶▲市交通局）`): all
//! read as `：`, any but `：` reported as a repair. Diagnostics quote a field's name as
//! written; the clean copy writes the canonical `（责任单位：▲…）`.
//!
//! Units under 牵头单位 (or before 牵头, or marked ▲ or `（牵头）`) lead; those under
//! 配合单位, 协办单位, 参与单位 (or before 配合), or 责任单位 (or before
//! 负责) beside a lead, join. Where no unit is named as lead, units under
//! 责任单位 or before 负责 beside units that join
//! (`责任单位：县交通局；配合单位：各乡镇`, `（市发改委负责，市财政局配合）`)
//! lead: the others join them, which is how the genre reads 配合 (to work
//! with). Where the
//! document declares once that the first-listed unit leads
//! (`列第一位的为牵头单位，下同`, `责任单位排在首位的为牵头单位`,
//! `排名第一的为牵头单位`, `牵头单位列第一位`, perhaps completed by
//! `其他为配合单位`, in a clause, in a bracket of its own after the last
//! unit, or in the notice), it does
//! from there on. One unit alone is [`Role::Sole`]; several with no lead
//! named are [`Role::Unmarked`]. Unit lists may mix `、`, `，`, `,` and
//! `；`; a separator inside brackets does not split a name
//! (`市财政(地税)局`), nor does a `、` inside a collective unit: an item
//! of 各 and levels of place only (区, 县, 市, 乡镇, 街道, 村, 社区),
//! followed after a `、` by more levels only, perhaps with their body
//! (政府, 人民政府, 办事处, 管委会), is one unit, as a careful reader reads
//! `各区、县（市）政府` (the governments of every district and county),
//! `各区、县(市)人民政府` or `各乡镇、街道`, and as `各县（市、区）` is; read
//! apart, `县（市）政府` or `街道` would name no unit. A unit of its own
//! after it is not joined (`各乡镇、县财政局` is two units), nor is a
//! piece after a comma. A trailing 等 (or `等部门`, `等单位`,
//! `等有关部门`, `等相关单位`, …: `市财政局等部门配合`) or full stop is not
//! part of the last name. A
//! task's own leaders (`责任领导：`, `牵头市领导：`) are
//! [`Task::own_leaders`], its deadline (`完成时限：`, `时限：`, in the clause, on a line of
//! its own, or in a bracket of its own after the clause, named or not:
//! `（责任单位：县交通局）（2024年10月底前）`) [`Task::deadline`]. A deadline written without its field's name after
//! a `；` (`（责任单位：市交通局；2024年10月底前完成）`) is the deadline too,
//! as after the last verb of the State Council's style. A field the crate
//! does not read, named after a `；` (`（责任单位：市交通局；责任人：王力）`,
//! `联系人：…`, `备注：…`), names no unit: it is left out of the task and
//! reported as [`FieldIgnored`](crate::WarningKind::FieldIgnored), and so
//! are the pieces after it up to the next field read. A field name
//! misspelled with a homophone (`配和单位：`) is an error that names the
//! field meant.
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年政府工作报告重点工作责任分解\n",
//!     "## 一、王明县长牵头重点工作\n",
//!     "1. 推进农业产业园建设。\n",
//!     "牵头单位：县发改局\n",
//!     "配合单位：县农业农村局、县经信局\n",
//!     "完成时限：2024年6月底前\n",
//!     "2. 扩大有效投资。（县发改局牵头，县财政局、县商务局等配合）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let task = b.task("K1.1").unwrap();
//! let roles: Vec<_> = task.assignments().iter().map(|a| (a.name(), a.role())).collect();
//! assert_eq!(roles[0], ("县发改局", Role::Lead));
//! assert_eq!(roles[2], ("县经信局", Role::Joint));
//! assert_eq!(task.deadline().unwrap().month(), Some(6));
//! assert_eq!(task.lines().last(), 6);
//! let names: Vec<_> = b.task("K1.2").unwrap().assignments().iter().map(|a| a.name()).collect();
//! assert_eq!(names, ["县发改局", "县财政局", "县商务局"]);
//! ```
//!
//! A list of units on a field line may run on to the lines below it, as
//! a clause's list may inside its bracket. A line continues the list when
//! the list is the line's last field and is visibly unfinished (nothing
//! after the colon yet, a separator `、，,；;` last, or a bracket open),
//! blank lines and page numbers between allowed; or, right below a list
//! that looks finished, when the line holds a separator itself
//! (`…县农业` ⏎ `农村局、各乡镇`), or when it is the rest of the last name,
//! broken at the line's end (`配合单位：市财政局、市自然资源和规` ⏎ `划局`):
//! a short line (six characters at most) without a separator, after a
//! last name that does not end as a unit's name does (局, 委, 办, 府,
//! 中心, …) and that, joined to it, does. Either way the line must have no colon,
//! no `。`, `！` or `？`, and not be web-page furniture. Lines are joined as
//! written, so a name broken at a line's end is one name; each join is a
//! repair. Any other line is read as it would be without the list: a
//! short line after a finished list may be a sub-heading or a closing
//! line, and a line that cannot be placed is skipped with a warning
//! rather than read as a unit.
//!
//! ```
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "## 一、王明县长牵头重点工作\n",
//!     "1. 推进农业产业园建设。\n",
//!     "牵头单位：县发改局\n",
//!     "配合单位：县财政局、县商务局、\n",
//!     "县农业农村局、各乡镇（街道）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let task = b.task("K1.1").unwrap();
//! assert_eq!(task.assignments().len(), 5);
//! assert_eq!(task.lines().last(), 6);
//! ```
//!
//! Units before the verb and named fields in one bracket:
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "## 一、王明市长牵头的重点工作\n",
//!     "1. 扩大有效投资。（责任领导：王明；市发改委牵头，市财政局配合；完成时限：2024年底）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let task = b.task("K1.1").unwrap();
//! assert_eq!(task.assignments()[0].role(), Role::Lead);
//! assert_eq!(task.own_leaders()[0].name(), "王明");
//! assert_eq!(task.deadline().unwrap().year(), Some(2024));
//! ```
//!
//! The State Council's style with no unit before 牵头:
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "## 一、王明市长牵头的重点工作\n",
//!     "1. 落实减税降费政策。（市税务局、市财政局按职责分工负责）\n",
//!     "2. 推进县域商业体系建设。（市商务局负责，各区县政府配合，2024年底前完成）\n",
//!     "3. 开展质量提升行动。（市经信局会同市市场监管局负责）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let roles = |id| -> Vec<Role> { b.task(id).unwrap().assignments().iter().map(|a| a.role()).collect() };
//! assert_eq!(roles("K1.1"), [Role::Unmarked, Role::Unmarked]);
//! assert_eq!(roles("K1.2"), [Role::Lead, Role::Joint]);
//! assert_eq!(b.task("K1.2").unwrap().deadline().unwrap().year(), Some(2024));
//! assert_eq!(roles("K1.3"), [Role::Lead, Role::Joint]);
//! ```
//!
//! Deadlines without a date, compound verbs, 落实 and 指导:
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "## 一、王明市长牵头的重点工作\n",
//!     "1. 治理河道。（市生态环境局牵头，持续推进）\n",
//!     "2. 深化医改。（市卫生健康委牵头抓总，市医保局支持配合；全年）\n",
//!     "3. 改造小区。（各区县政府负责，市住房城乡建设局指导）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let task = b.task("K1.1").unwrap();
//! assert_eq!(task.assignments()[0].role(), Role::Sole);
//! assert_eq!(task.deadline().unwrap().text(), "持续推进");
//! let roles = |id| -> Vec<(&str, Role)> { b.task(id).unwrap().assignments().iter().map(|a| (a.name(), a.role())).collect() };
//! assert_eq!(roles("K1.2"), [("市卫生健康委", Role::Lead), ("市医保局", Role::Joint)]);
//! assert_eq!(b.task("K1.2").unwrap().deadline().unwrap().text(), "全年");
//! assert_eq!(roles("K1.3"), [("各区县政府", Role::Lead), ("市住房城乡建设局", Role::Joint)]);
//! ```
//!
//! Fields named with 部门:
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "## 一、王明区长牵头的重点工作\n",
//!     "1. 推进城市更新。\n",
//!     "牵头部门：区住建局\n",
//!     "配合部门：区财政局\n",
//!     "完成时间：2024年6月底前\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let task = b.task("K1.1").unwrap();
//! assert_eq!(task.assignments()[1].role(), Role::Joint);
//! assert_eq!(task.deadline().unwrap().month(), Some(6));
//! ```
//!
//! Fields after the text are read where a field's name and a colon come
//! right after the text's last `。` (or open the text): the task's text
//! is what comes before them, so a colon of the text itself (`目标是：…`)
//! names no field, and fields followed by another sentence are not read
//! as the task's. Earlier sentences that are fields too belong to them
//! (`牵头单位：甲局。配合单位：乙局`); a full stop after them only ends the
//! sentence, as after a bracket. A list left unfinished (a separator or
//! colon last, a bracket open) runs on to the next line, and field lines
//! may follow.
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "## 一、王明区长牵头的重点工作\n",
//!     "1. 推进数字经济发展，目标是：新增企业50家。责任单位：区经信局\n",
//!     "2. 加快城市更新。牵头单位：区住建局；配合单位：区财政局、区自然资源局；完成时限：2024年底\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let task = b.task("K1.1").unwrap();
//! assert_eq!(task.text(), "推进数字经济发展，目标是：新增企业50家。");
//! assert_eq!(task.assignments()[0].name(), "区经信局");
//! let task = b.task("K1.2").unwrap();
//! assert_eq!(task.text(), "加快城市更新。");
//! assert_eq!(task.assignments()[0].role(), Role::Lead);
//! assert_eq!(task.deadline().unwrap().year(), Some(2024));
//! ```
//!
//! A lead may be marked after its name instead of by ▲: `区科技局（牵头）`,
//! `区科技局(牵头)`, `（牵头单位）`, `（牵头部门）`, `（主责）`, `（主责单位）`,
//! `（主责部门）`; `（配合）`, `（配合单位）`, `（配合部门）` say that a unit
//! joins. Such a word counts only in round brackets of either width, alone
//! in them and ending the unit's entry, after a name: the unit is the name
//! before it, as written, and the word is its role, as ▲ is, not text that
//! was lost. Any other bracket is part of the name (`各乡镇（街道）`,
//! `市财政(地税)局`, `区科技局（牵头）办公室`). It is read in a clause, on
//! field lines and in a table's cells alike.
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "## 一、王明区长牵头的重点工作\n",
//!     "1. 建设科创中心。（责任单位：区科技局（牵头）、区经信局、各乡镇（街道））\n",
//!     "2. 稳外贸。\n",
//!     "责任单位：区商务局(牵头)，区发改局\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let roles: Vec<_> = b.task("K1.1").unwrap().assignments().iter().map(|a| (a.name(), a.role())).collect();
//! assert_eq!(roles, [("区科技局", Role::Lead), ("区经信局", Role::Joint), ("各乡镇（街道）", Role::Joint)]);
//! assert_eq!(b.task("K1.2").unwrap().assignments()[0].name(), "区商务局");
//! assert!(b.warnings().is_empty());
//! ```
//!
//! ## Leaders
//!
//! A leader group's heading names its leaders before a verb (牵头, 负责,
//! 分管, 主抓, 领衔), each with titles before or after the name:
//! `一、李华县长牵头重点工作`, `二、陈立常务副县长牵头重点工作`,
//! `三、赵强副区长负责的重点工作`, `一、市长王强负责`,
//! `四、区政府党组成员、区长助理孙平牵头的工作`. City, county and district
//! titles are [`Title`](crate::Title)s; a title the crate does not model
//! (镇长, 局长, …) is kept as written in
//! [`Leader::other_titles`](crate::Leader::other_titles), and a piece
//! with no title it knows is kept whole as the name, with a warning. A
//! post written before the name with its body (`县委副书记、县长林志远`,
//! `副县长、县公安局局长杨帆`, `县委常委、宣传部部长吴敏`) or after it
//! (`杨帆副县长、县公安局局长`) is such a title, kept whole as written
//! (`县公安局局长`) and warned about: a post is never a name, nor a leader
//! of its own. So are the posts of a development zone, a subdistrict or a
//! town (`党工委书记、管委会主任周海洋`, `管委会副主任李刚`,
//! `办事处主任刘洋`, `镇长张敏`), before the name or straight after it
//! (`孙杰党委书记`, `周海洋管委会主任`); a place before the body is part
//! of the post (`青川镇党委书记王刚`). Names may be listed with `、` or with white space
//! (`刘芳副县长　张伟副县长牵头`, `牵头县领导：王明　刘芳`, a table's cell
//! `林志远 陈雅琴`) where each part names a person; a name padded with a
//! space (`赵　强`) stays one, as written. An adverb before the verb
//! (`…共同牵头`, 分别, 联合) is part of no name, nor is 由 before the names
//! (`一、由林志远县长牵头的重点工作`). A title may stand in brackets after
//! the name (`林志远（县长）牵头`), and a bracket after a title is a note on
//! it, kept as written (`副县长（挂职）郑博`), as is 同志. A heading that is
//! only names, each of two or three characters beginning with a common
//! surname (of four, with a surname of two such as 欧阳), is read as naming
//! its leaders without a verb, unless the name is a subject's or a post's
//! word (`金融副县长`, `党委书记项目`): a name before a title the crate knows
//! (`二、陈雅琴副县长`), or after or before a post written with its body
//! (`三、管委会主任周海洋`, `五、孙杰党委书记`). A title before a word
//! (`一、市长项目`), a word of no person (`科技副县长`), a post's word alone
//! (`主任周海洋`) or a subject after a post (`街道办事处主任职责`) names no
//! one; with a verb, any name is read (`欧阳海洋副县长牵头的重点工作`). A heading of the leaders'
//! form that names no person (`其他县领导牵头的重点工作`) has no leader, and
//! is warned about. A
//! heading that names a subject (`二、聚力强产业，壮集群`) names no leader,
//! unless a leader field follows it in brackets
//! (`一、经济发展（牵头领导：钱峰）`) or the leaders' form does, with a
//! title (`一、经济发展（县长邓峰牵头）`; `（县农业农村局牵头）` names a unit,
//! not a leader). An area's heading may name leaders in its closing
//! bracket the same two ways (`（一）扩大有效投资（牵头县领导：王明）`),
//! or be in the leaders' form, with a title, as a group's heading is
//! (`（一）王明县长牵头的工作`; `（一）扩大有效投资` and
//! `（一）县农业农村局牵头的工作` name none): they are
//! [`Area::leaders`](crate::Area::leaders), and the heading is kept whole
//! as the area's name. A task's own leaders, on a line of
//! their own (`牵头市领导：王明`) or in its clause (`责任领导：王明、刘芳`,
//! `责任领导：县委常委、副县长赵强`, one leader), read as a heading's are,
//! are [`Task::own_leaders`](crate::Task::own_leaders);
//! [`Breakdown::leaders_of`](crate::Breakdown::leaders_of) gives a task's
//! own leaders where it names them, else its area's, else its group's.
//!
//! ```
//! use yiwu_duties::Title;
//! let text = concat!(
//!     "# 2023年重点工作责任分解\n",
//!     "一、李华县长牵头重点工作\n",
//!     "1. 修路。（责任单位：交通局）\n",
//!     "2. 建桥。（责任领导：赵强；责任单位：交通局）\n",
//!     "二、经济发展（牵头领导：钱峰）\n",
//!     "1. 招商。（责任单位：商务局）\n",
//!     "三、王芳副县长牵头重点工作\n",
//!     "（一）乡村振兴（分管县领导：孙平）\n",
//!     "1. 建设高标准农田。（责任单位：农业农村局）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let group = &b.parts()[0].groups()[0];
//! assert_eq!((group.leaders()[0].name(), group.leaders()[0].titles()), ("李华", &[Title::CountyMayor][..]));
//! assert_eq!(b.leaders_of(b.task("K1.1").unwrap())[0].name(), "李华");
//! assert_eq!(b.leaders_of(b.task("K1.2").unwrap())[0].name(), "赵强");
//! assert_eq!(b.leaders_of(b.task("K2.1").unwrap())[0].name(), "钱峰");
//! assert_eq!(b.leaders_of(b.task("K3.1.1").unwrap())[0].name(), "孙平");
//! ```
//!
//! ```
//! use yiwu_duties::Title;
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "一、副县长、县公安局局长杨帆牵头的重点工作\n",
//!     "1. 修路。（责任领导：县委常委、副县长赵强；责任单位：交通局）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let leader = &b.parts()[0].groups()[0].leaders()[0];
//! assert_eq!((leader.name(), leader.titles()), ("杨帆", &[Title::DeputyCountyMayor][..]));
//! assert_eq!(leader.other_titles(), ["县公安局局长"]);
//! let own = b.task("K1.1").unwrap().own_leaders();
//! assert_eq!((own.len(), own[0].name()), (1, "赵强"));
//! ```
//!
//! ```
//! let text = concat!(
//!     "# 2024年青川经济开发区重点工作任务分解\n",
//!     "一、党工委书记、管委会主任周海洋牵头的重点工作\n",
//!     "1. 引进项目。（责任单位：经济发展局）\n",
//!     "二、孙杰党委书记\n",
//!     "1. 整治河道。（责任单位：枫林镇）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let groups = b.parts()[0].groups();
//! let leader = &groups[0].leaders()[0];
//! assert_eq!((leader.name(), leader.titles()), ("周海洋", &[][..]));
//! assert_eq!(leader.other_titles(), ["党工委书记", "管委会主任"]);
//! assert_eq!(groups[1].leaders()[0].name(), "孙杰");
//! assert_eq!(groups[1].leaders()[0].other_titles(), ["党委书记"]);
//! ```
//!
//! ```
//! let text = concat!(
//!     "# 2024年重点工作责任分解\n",
//!     "一、经济发展\n",
//!     "（一）王明县长牵头的工作\n",
//!     "1. 修路。（责任单位：县交通局）\n",
//!     "（二）扩大有效投资\n",
//!     "1. 建桥。（责任单位：县交通局）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let area = &b.parts()[0].groups()[0].areas()[0];
//! assert_eq!((area.name(), area.leaders()[0].name()), ("王明县长牵头的工作", "王明"));
//! assert_eq!(b.leaders_of(b.task("K1.1.1").unwrap())[0].name(), "王明");
//! assert!(b.leaders_of(b.task("K1.2.1").unwrap()).is_empty());
//! ```
//!
//! ## Parts, groups, areas and numbers
//!
//! A part starts at its title: one that names its kind in a heading
//! (重点工作, 民生实事), or ends like the title of a list of tasks
//! (…责任分解, …责任分工, …任务分工方案, …目标任务分解清单,
//! …重点工作任务分解, …分解表; and, in a title that names its tasks as
//! 实事, 重点工作, 政府工作, 重点任务, 工作任务 or 重点项目, …计划表, …安排表,
//! …责任表 or …落实方案: `2024年民生实事项目计划表`,
//! `2024年政府工作任务分解落实方案`, while `各乡镇要制定落实方案` is no
//! title), with or without 《》 and a year, on one
//! line or two (with a blank line or two between, as web copies space
//! every line), or divided by number (`第一部分　重点工作`: the title over
//! the divisions is then reported as
//! [`DocumentTitle`](crate::WarningKind::DocumentTitle), no part of its
//! own, and the divisions name no year). Its kind follows from the title: 重点工作 is
//! [`PartKind::KeyWork`](crate::PartKind::KeyWork) (task ids `K…`),
//! 民生实事 (or 为民办实事, 惠民实事: any 实事)
//! [`PartKind::Livelihood`](crate::PartKind::Livelihood) (`L…`),
//! anything else [`PartKind::Other`](crate::PartKind::Other) (`T…`); a
//! second part of one kind has ids `Kb…`. Groups are numbered `一、`,
//! areas `（一）`, tasks `1.`, `1．`, `1、`, `1）` or `（1）` (digits ASCII or
//! full-width, `１．`, `（１）`). Points numbered inside a task that has no
//! clause yet (`1.实施三大工程：` ⏎ `（1）新建道路；` ⏎ `（2）改造桥梁。` ⏎
//! `（责任单位：…）`) are part of its text: those numbered `1）`, and those
//! numbered in another style than the task, from 1 on. In a group without
//! areas, an item `（一）` that names its own units (in a clause, in brackets
//! with fields, or in fields after its text) and is followed by the next
//! item is a task (one followed by numbered tasks heads them, an area), and so is an item
//! `一、` that names its units (on its line, or on field lines under it)
//! and no leaders in a part without headed groups, when the next such
//! item, the part's end, a note or the back matter follows it
//! (`一、新建城市公园2个。（责任单位：县住建局）`); one followed by areas,
//! tasks or text heads them. Tasks and
//! areas straight under a part's title belong to a group without a
//! heading, of ordinal 0. Numbers that run on across groups (`7.` first in
//! group 二) are read as written and reported once. An un-numbered line in
//! an area (`加强基础设施建设`) labels the tasks under it
//! ([`Task::label`](crate::Task::label)); a sentence that is no task
//! (`今年主要预期目标是：…`) is kept as its group's
//! [`text`](crate::LeaderGroup::text), with a warning, and so are notes
//! after the tasks, numbered ones too (`注：1.各乡镇均为配合单位。` ⏎
//! `2.每季度报送进展。`: the `2.` is no task).
//!
//! ```
//! let text = concat!(
//!     "# 2023年政府工作报告重点任务分解\n",
//!     "今年主要预期目标是：地区生产总值增长6%左右。\n",
//!     "1、修路。（责任单位：交通局）\n",
//!     "（2）建桥。（责任单位：交通局）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let part = &b.parts()[0];
//! assert_eq!(part.kind(), yiwu_duties::PartKind::Other);
//! assert!(part.groups()[0].is_implicit());
//! assert_eq!(part.groups()[0].text().len(), 1);
//! assert_eq!(b.task("T0.2").unwrap().text(), "建桥。");
//! ```
//!
//! ## Task tables
//!
//! A task list may be a Markdown pipe table, with or without the outer
//! pipes (`序号 | 主要工作 | 责任单位`, as GFM allows, where a separator
//! row `--- | --- | ---` is below the header: prose that holds a `|` is no
//! table), whose header names the columns: 序号, the work (主要工作, 重点任务, 工作任务, …), the units
//! (责任单位, or 牵头单位 with 配合单位 / 协办单位, each also named with
//! 部门; 责任主体), and optionally the leaders (责任领导, 牵头领导), the
//! deadline (完成时限, 完成时间, 时限) and a leading `分块` column. Each
//! row is a task of the group or area the table stands
//! in; a 分块 cell labels its row and the rows below it
//! ([`Task::label`]), and so does a section row, a Chinese numeral and no
//! unit (`| 一 | 扩大有效投资 | | |`), the rows below it. A row without a number, work or unit is an error
//! that points at the cell; a table flattened to one cell per line is
//! refused, since its columns cannot be told apart.
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年重点工作任务分工方案\n",
//!     "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n",
//!     "| --- | --- | --- | --- | --- |\n",
//!     "| 1 | 建成数据中心 | 区大数据局 | 区财政局、区发改局 | 2024年9月底前 |\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let task = b.task("K0.1").unwrap();
//! assert_eq!(task.text(), "建成数据中心");
//! assert_eq!(task.assignments()[0].role(), Role::Lead);
//! assert_eq!(task.assignments()[2].role(), Role::Joint);
//! assert_eq!(task.deadline().unwrap().month(), Some(9));
//! ```
//!
//! Tables of livelihood projects name each project and say what it does:
//! `| 序号 | 项目名称 | 主要内容 | 牵头单位 | 责任单位 |`, the content also
//! headed 建设内容, 项目内容 or 目标任务. A row's task text is the project's
//! name, a colon and the content, `老旧小区改造：完成改造15个` (the name
//! alone where the content cell is empty, or where the table has no
//! content column): both are kept, in the text the task is written with,
//! rather than the name set apart as [`Task::label`], which is a 分块
//! cell's or a sub-heading's, over several tasks. As elsewhere, the unit
//! under 牵头单位 leads and those under 责任单位 join it.
//!
//! ```
//! use yiwu_duties::Role;
//! let text = concat!(
//!     "# 2024年民生实事项目责任分解\n",
//!     "| 序号 | 项目名称 | 主要内容 | 牵头单位 | 责任单位 |\n",
//!     "| --- | --- | --- | --- | --- |\n",
//!     "| 1 | 老旧小区改造 | 完成改造15个 | 县住建局 | 县财政局、各乡镇（街道） |\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! let task = b.task("L0.1").unwrap();
//! assert_eq!(task.text(), "老旧小区改造：完成改造15个");
//! assert_eq!(task.assignments()[0].role(), Role::Lead);
//! assert_eq!(task.assignments()[1].role(), Role::Joint);
//! ```
//!
//! ## Notes, titles, years and attachment labels
//!
//! A note on a line of its own that the first-listed unit leads
//! (`（列第一位的为牵头单位，下同）`, `排在第一位的为牵头单位`,
//! `注：责任单位中，排在第一位的为牵头单位，其他为配合单位。`), under a part's
//! title or between parts, is kept in [`Part::notes`] (of the part after
//! it) and holds from there on. Written after the last task of its part,
//! it is the list's footnote and holds for the tasks above it; between
//! two parts, a note written as a footnote (`注：…`) is the part's above,
//! any other the part's below. A note that
//! ▲ marks the lead (`（标▲的为牵头单位）`) is kept there too, and changes
//! nothing:
//!
//! ```
//! use yiwu_duties::Role;
//! let text = "# 2024年重点工作责任分解\n排在第一位的为牵头单位\n1. 修路。（责任单位：交通局、财政局）\n";
//! let b = yiwu_duties::parse(text).unwrap();
//! assert_eq!(b.parts()[0].notes()[0].text(), "排在第一位的为牵头单位");
//! assert_eq!(b.task("K0.1").unwrap().assignments()[0].role(), Role::Lead);
//! let footnote = "# 2024年重点工作责任分解\n1. 修路。（责任单位：交通局、财政局）\n注：排在第一位的为牵头单位。\n";
//! let b = yiwu_duties::parse(footnote).unwrap();
//! assert_eq!(b.task("K0.1").unwrap().assignments()[0].role(), Role::Lead);
//! ```
//!
//! A notice title broken over two or three lines is read whole, back to
//! the line where `关于` starts; a line inside it that ends like a part
//! title (`…重点工作责任分解`) starts no part:
//!
//! ```
//! let text = "某县人民政府办公室关于印发2021年\n县政府工作报告重点工作责任分解\n的通知\n\n2021年重点工作责任分解\n1. 修路。（责任单位：交通局）\n";
//! let b = yiwu_duties::parse(text).unwrap();
//! assert_eq!(b.notice().title(), Some("某县人民政府办公室关于印发2021年县政府工作报告重点工作责任分解的通知"));
//! assert_eq!(b.parts()[0].line(), 5);
//! ```
//!
//! A span of years in a part's title (`2021—2025年`, `2021-2025年`) is
//! [`Part::years`], and [`Part::year`] claims no single year for it:
//!
//! ```
//! let b = yiwu_duties::parse("# 2021-2025年重点工作责任分解\n1. 修路。（责任单位：交通局）\n").unwrap();
//! assert_eq!((b.parts()[0].year(), b.parts()[0].years()), (None, Some(2021..=2025)));
//! ```
//!
//! An attachment label before a part's title (`附件2`, `附件 2`, `附件2：`),
//! on a line of its own or before the title on its line
//! (`附件1：2023年重点工作责任分解`), is the part's [`Part::attachment`]; a
//! sentence's full stop after a clause (`…）。`) is not reported:
//!
//! ```
//! let b = yiwu_duties::parse("附件2\n2023年民生实事责任分解\n1. 建托育园。（责任单位：卫健局）\n").unwrap();
//! assert_eq!(b.parts()[0].attachment().unwrap().text(), "附件2");
//!
//! let b = yiwu_duties::parse("附件1：2023年重点工作责任分解\n1. 修路。（责任单位：交通局）。\n").unwrap();
//! assert_eq!(b.parts()[0].title(), "2023年重点工作责任分解");
//! assert_eq!(b.parts()[0].attachment().unwrap().text(), "附件1：");
//! assert!(b.warnings().is_empty());
//! ```
//!
//! Areas straight under a part's title, with no `一、` group, are areas of
//! the group without a heading (ordinal 0):
//!
//! ```
//! let b = yiwu_duties::parse("# 2023年重点工作责任分解\n（一）产业方面\n1. 招商。（责任单位：商务局）\n").unwrap();
//! assert!(b.parts()[0].groups()[0].is_implicit());
//! assert_eq!(b.task("K0.1.1").unwrap().text(), "招商。");
//! ```
//!
//!
//! ## The covering notice
//!
//! Everything before the first part's title is the covering
//! [`Notice`](crate::Notice): letterhead, document number, title (on one
//! to three lines), addressees, paragraphs (numbered ones too), the
//! attachment list, signatory, date and `（此件公开发布）`. Without a
//! letterhead, the issuer is the office the title names before 关于 (or
//! 转发, 印发), else the signatory. Text
//! a web page put around a copied notice (索引号, 发布机构, 成文日期,
//! 浏览次数, breadcrumbs, `名 称:` rows, `标题：` and `发文字号：` rows (the
//! notice takes its number from the latter when it does not write it
//! again), rows of page controls, pipe rows of metadata, and after
//! it the footer: `上一篇：`, `下一篇：`, `主办单位：`, `承办单位：`,
//! `网站标识码：`) is skipped,
//! each line with a [`PageFurniture`](crate::WarningKind::PageFurniture)
//! warning.
//!
//! ```
//! use yiwu_duties::WarningKind;
//! let text = concat!(
//!     "索引号: 001/2023-00012\n",
//!     "首页 > 政务公开 > 通知公告\n",
//!     "青禾县人民政府办公室关于印发2023年重点工作责任分解的通知\n",
//!     "各乡镇人民政府，县政府各部门：\n",
//!     "现印发给你们，请认真贯彻落实。\n",
//!     "2023年重点工作责任分解\n",
//!     "1. 修路。（责任单位：县交通局）\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! assert_eq!(b.notice().issuer(), Some("青禾县人民政府办公室"));
//! assert_eq!(b.notice().body(), ["现印发给你们，请认真贯彻落实。"]);
//! let skipped = b.warnings().iter().filter(|w| *w.kind() == WarningKind::PageFurniture).count();
//! assert_eq!(skipped, 2);
//! ```
//!
//! The back matter (版记) printed after the last task belongs to the notice
//! too: the copies line (`抄送：县委办公室，县人大常委会办公室。`) and the
//! printing line (`青川县人民政府办公室　2024年3月8日印发`, the office perhaps
//! on a line of its own above the date) are kept in
//! [`Notice::end_matter`](crate::Notice::end_matter), read into
//! [`Notice::copied_to`](crate::Notice::copied_to) and
//! [`Notice::printed`](crate::Notice::printed).
//!
//! ```
//! let text = concat!(
//!     "2023年重点工作责任分解\n",
//!     "1. 修路。（责任单位：县交通局）\n",
//!     "抄送：县委办公室，县人大常委会办公室。\n",
//!     "青禾县人民政府办公室\n",
//!     "2023年3月8日印发\n",
//! );
//! let b = yiwu_duties::parse(text).unwrap();
//! assert_eq!(b.notice().copied_to(), Some("县委办公室，县人大常委会办公室"));
//! assert_eq!(b.notice().printed().unwrap().to_string(), "2023-03-08");
//! assert_eq!(b.notice().end_matter().len(), 3);
//! assert!(b.warnings().is_empty());
//! ```
//!
//! ## What it refuses, and what it reports
//!
//! The parser never guesses where a document is unclear, and never
//! returns a breakdown with nothing in it. It fails, with a
//! [`ParseError`](crate::ParseError) whose [`ErrorKind`](crate::ErrorKind)
//! says why and whose span, line and column point at the text, when a
//! task names no responsibility (no clause, no field), a bracket is never
//! closed, a clause lists no unit, a number or ordinal is out of sequence,
//! a task, group or area stands outside the structure it needs, a field's
//! name is a homophone of a real one (`配和单位：`), a table is flattened to
//! one cell per line (its columns cannot be told apart) or a table row
//! lacks its number, work or unit, and when the document, a part or a
//! group yields no task because its lines could not be read.
//! [`parse_all`](crate::parse_all) gives every such error at once.
//!
//! Everything it reads but repairs (a page break inside a task, a
//! character repeated across it, half-width brackets, markdown around ▲,
//! a heading level that disagrees with its numbering) is a
//! [`Repair`](crate::Repair); every line it keeps out of the tasks (page
//! numbers, web-page furniture, text after a clause, a line it cannot
//! place) and every reading that deserves a second look (several units
//! and no lead, an unknown title, numbering run on, a unit name in a
//! field or table cell with white space inside, perhaps units separated
//! by spaces) is a
//! [`Warning`](crate::Warning), each with its line and column. Every line
//! of a document lands in exactly one place: the notice, a heading, a
//! task, a note, or a warning.
//!
//! ```
//! use yiwu_duties::ErrorKind;
//! let flattened = concat!(
//!     "# 2023年重点工作责任分解\n",
//!     "序号\n主要工作\n责任单位\n1\n修路\n交通局\n",
//! );
//! assert_eq!(yiwu_duties::parse(flattened).unwrap_err().kind(), ErrorKind::FlattenedTable);
//!
//! let nothing = "# 2023年重点工作责任分解\n## 一、李华县长牵头重点工作\n一般公共预算收入增长6%\n";
//! assert_eq!(yiwu_duties::parse(nothing).unwrap_err().kind(), ErrorKind::NoTasks);
//! ```
//!
//! [`parse`]: crate::parse
//! [`Breakdown::repairs`]: crate::Breakdown::repairs
//! [`Breakdown::warnings`]: crate::Breakdown::warnings
//! [`Breakdown::to_markdown`]: crate::Breakdown::to_markdown
//! [`ParseError`]: crate::ParseError
//! [`Span`]: crate::Span
//! [`Role::Sole`]: crate::Role::Sole
//! [`Role::Unmarked`]: crate::Role::Unmarked
//! [`Task::own_leaders`]: crate::Task::own_leaders
//! [`Task::deadline`]: crate::Task::deadline
//! [`Task::label`]: crate::Task::label
//! [`Part::notes`]: crate::Part::notes
//! [`Part::years`]: crate::Part::years
//! [`Part::year`]: crate::Part::year
//! [`Part::attachment`]: crate::Part::attachment
