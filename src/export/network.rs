//! The collaboration network as flat rows (CSV), GraphML and DOT.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::index::Network;
use crate::units::UnitKind;

/// The separator between task ids in [`EdgeRow::task_ids`] and in the
/// GraphML and DOT `tasks` attribute.
pub const TASK_ID_SEPARATOR: &str = ";";

/// One CSV row of the edge list: a pair of units that share tasks
/// ([`Network::pairs`]), in the same order.
///
/// The header is
/// `unit_a,unit_b,tasks,lead_lead,lead_joint,joint_joint,unmarked,task_ids`.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// use yiwu_duties::export::edge_rows;
///
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let row = edge_rows(&network).next().unwrap();
/// assert_eq!((row.unit_a.as_str(), row.unit_b.as_str(), row.tasks), ("发改局", "自规局", 22));
/// assert_eq!(row.lead_lead + row.lead_joint + row.joint_joint, 22);
/// assert!(row.task_ids.starts_with("K1.2;"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EdgeRow {
    /// The canonical name of the unit first mentioned in the document.
    pub unit_a: String,
    /// The canonical name of the other unit.
    pub unit_b: String,
    /// The number of tasks naming both.
    pub tasks: usize,
    /// Shared tasks both lead (▲).
    pub lead_lead: usize,
    /// Shared tasks one leads and the other joins.
    pub lead_joint: usize,
    /// Shared tasks both join.
    pub joint_joint: usize,
    /// Shared tasks listing both among several units with none marked as
    /// lead.
    pub unmarked: usize,
    /// The shared tasks' ids in document order, joined with `;`
    /// ([`TASK_ID_SEPARATOR`]).
    pub task_ids: String,
}

/// One CSV row of the node list: a unit of the network
/// ([`Network::nodes`]), in the same order, with its measures.
///
/// The header is
/// `unit,kind,english,carried,joined,degree,weighted_degree,coordinates`.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// use yiwu_duties::export::node_rows;
///
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let row = node_rows(&network).find(|r| r.unit == "发改局").unwrap();
/// assert_eq!(row.english.as_deref(), Some("Development and Reform Bureau"));
/// assert_eq!((row.carried, row.joined), (15, 34));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NodeRow {
    /// The unit's canonical name.
    pub unit: String,
    /// `public_body`, `town`, `enterprise` or `collective`.
    pub kind: UnitKind,
    /// The unit's English gloss, if known.
    pub english: Option<String>,
    /// Tasks it carries (leads, or is named alone in).
    pub carried: usize,
    /// Tasks it joins.
    pub joined: usize,
    /// Distinct units it shares a task with.
    pub degree: usize,
    /// Tasks shared, summed over those units.
    pub weighted_degree: usize,
    /// Distinct units that join a task it leads.
    pub coordinates: usize,
}

/// The edge list of a network: one row per pair, most shared tasks first.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let rows: Vec<_> = yiwu_duties::export::edge_rows(&network).collect();
/// assert_eq!(rows.len(), network.pairs().len());
/// assert_eq!((rows[2].unit_a.as_str(), rows[2].unit_b.as_str(), rows[2].tasks), ("发改局", "经信局", 17));
/// ```
pub fn edge_rows<'n>(network: &'n Network<'_>) -> impl Iterator<Item = EdgeRow> + 'n {
    network.pairs().map(|pair| {
        let roles = pair.roles();
        EdgeRow {
            unit_a: pair.a().name().to_owned(),
            unit_b: pair.b().name().to_owned(),
            tasks: pair.shared(),
            lead_lead: roles.lead_lead(),
            lead_joint: roles.lead_joint(),
            joint_joint: roles.joint_joint(),
            unmarked: roles.unmarked(),
            task_ids: task_ids(pair.tasks()),
        }
    })
}

/// The node list of a network: one row per unit, in order of first
/// mention.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let rows: Vec<_> = yiwu_duties::export::node_rows(&network).collect();
/// assert_eq!(rows.len(), network.nodes().len());
/// assert_eq!(rows[0].unit, "财政局");
/// ```
pub fn node_rows<'n>(network: &'n Network<'_>) -> impl Iterator<Item = NodeRow> + 'n {
    network.nodes().map(|node| {
        let unit = node.unit();
        NodeRow {
            unit: node.name().to_owned(),
            kind: unit.kind(),
            english: unit.unit().english().map(str::to_owned),
            carried: node.carried(),
            joined: node.joined(),
            degree: node.degree(),
            weighted_degree: node.weighted_degree(),
            coordinates: node.coordinates(),
        }
    })
}

/// The network as GraphML: an undirected graph, one `node` per unit and
/// one `edge` per pair, ready for Gephi (File → Open), networkx
/// (`nx.read_graphml(path)`) or igraph (`Graph.Read_GraphML(path)`).
///
/// Node data: `name` (the canonical name; also `label`, which Gephi
/// shows), `kind`, `english` (when known), `carried`, `joined`, `degree`,
/// `weighted_degree`, `coordinates`. Edge data: `weight` (the number of
/// shared tasks), `lead_lead`, `lead_joint`, `joint_joint`, `unmarked`,
/// and `tasks`
/// (their ids joined with `;`). Every key declares its `attr.type`
/// (`string` or `int`). Node ids are `n0`, `n1`, … in the order of
/// [`Network::nodes`]; edge ids `e0`, `e1`, … in the order of
/// [`Network::pairs`].
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let xml = yiwu_duties::export::to_graphml(&network);
/// assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
/// assert!(xml.contains(r#"<key id="weight" for="edge" attr.name="weight" attr.type="int"/>"#));
/// assert!(xml.contains(r#"<data key="name">发改局</data>"#));
/// ```
pub fn to_graphml(network: &Network<'_>) -> String {
    const NODE_KEYS: [(&str, &str); 9] = [
        ("name", "string"),
        ("label", "string"),
        ("kind", "string"),
        ("english", "string"),
        ("carried", "int"),
        ("joined", "int"),
        ("degree", "int"),
        ("weighted_degree", "int"),
        ("coordinates", "int"),
    ];
    const EDGE_KEYS: [(&str, &str); 6] = [
        ("weight", "int"),
        ("lead_lead", "int"),
        ("lead_joint", "int"),
        ("joint_joint", "int"),
        ("unmarked", "int"),
        ("tasks", "string"),
    ];
    let mut out = String::with_capacity(256 * (network.nodes().len() + network.pairs().len()));
    out.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns",
        " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    ));
    for (keys, domain) in [(&NODE_KEYS[..], "node"), (&EDGE_KEYS[..], "edge")] {
        for (name, kind) in keys {
            // Writing to a String cannot fail.
            let _ = writeln!(
                out,
                "  <key id=\"{name}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>"
            );
        }
    }
    out.push_str("  <graph id=\"G\" edgedefault=\"undirected\">\n");
    for (row, node) in node_rows(network).zip(network.nodes()) {
        let name = xml_escape(&row.unit);
        let _ = writeln!(out, "    <node id=\"n{}\">", node.position());
        let _ = writeln!(out, "      <data key=\"name\">{name}</data>");
        let _ = writeln!(out, "      <data key=\"label\">{name}</data>");
        let _ = writeln!(out, "      <data key=\"kind\">{}</data>", row.kind.as_str());
        if let Some(english) = &row.english {
            let _ = writeln!(
                out,
                "      <data key=\"english\">{}</data>",
                xml_escape(english)
            );
        }
        for (key, value) in [
            ("carried", row.carried),
            ("joined", row.joined),
            ("degree", row.degree),
            ("weighted_degree", row.weighted_degree),
            ("coordinates", row.coordinates),
        ] {
            let _ = writeln!(out, "      <data key=\"{key}\">{value}</data>");
        }
        out.push_str("    </node>\n");
    }
    for ((at, row), pair) in edge_rows(network).enumerate().zip(network.pairs()) {
        let (a, b) = pair.nodes();
        let (a, b) = (a.position(), b.position());
        let _ = writeln!(
            out,
            "    <edge id=\"e{at}\" source=\"n{a}\" target=\"n{b}\">"
        );
        for (key, value) in [
            ("weight", row.tasks),
            ("lead_lead", row.lead_lead),
            ("lead_joint", row.lead_joint),
            ("joint_joint", row.joint_joint),
            ("unmarked", row.unmarked),
        ] {
            let _ = writeln!(out, "      <data key=\"{key}\">{value}</data>");
        }
        let _ = writeln!(
            out,
            "      <data key=\"tasks\">{}</data>",
            xml_escape(&row.task_ids)
        );
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// The network in Graphviz's DOT language: an undirected graph, one node
/// per unit labelled with its canonical name, one edge per pair with
/// `weight` and `label` set to the number of shared tasks and `tooltip`
/// to their ids. Render with, for example, `neato -Tsvg`; labels are
/// Chinese, so Graphviz needs a CJK font installed.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let dot = yiwu_duties::export::to_dot(&network);
/// assert!(dot.starts_with("graph collaboration {"));
/// assert!(dot.contains(r#"[label="发改局"]"#));
/// ```
pub fn to_dot(network: &Network<'_>) -> String {
    let mut out = String::with_capacity(64 * (network.nodes().len() + network.pairs().len()));
    out.push_str("graph collaboration {\n");
    out.push_str("  graph [charset=\"UTF-8\"];\n");
    out.push_str("  node [shape=box];\n");
    for node in network.nodes() {
        let _ = writeln!(
            out,
            "  n{} [label={}];",
            node.position(),
            dot_quote(node.name())
        );
    }
    for pair in network.pairs() {
        let (a, b) = pair.nodes();
        let (a, b) = (a.position(), b.position());
        let n = pair.shared();
        let _ = writeln!(
            out,
            "  n{a} -- n{b} [weight={n}, label=\"{n}\", tooltip={}];",
            dot_quote(&task_ids(pair.tasks()))
        );
    }
    out.push_str("}\n");
    out
}

/// Task ids joined with [`TASK_ID_SEPARATOR`].
fn task_ids<'t>(tasks: impl Iterator<Item = &'t crate::Task>) -> String {
    let mut out = String::new();
    for (i, task) in tasks.enumerate() {
        if i > 0 {
            out.push_str(TASK_ID_SEPARATOR);
        }
        let _ = write!(out, "{}", task.id());
    }
    out
}

/// Text escaped for XML 1.0 element content and attribute values: the
/// five markup characters as entities, and characters XML 1.0 does not
/// allow (control characters other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) replaced by U+FFFD.
pub(crate) fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            _ => out.push(c),
        }
    }
    out
}

/// Text as a DOT double-quoted string, quotes included: `"` and `\`
/// escaped with a backslash (so a backslash is never read as one of
/// Graphviz's label escapes such as `\N`), a line feed written `\n`, a
/// carriage return dropped.
pub(crate) fn dot_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::{dot_quote, xml_escape};

    #[test]
    fn xml_escapes_the_five_markup_characters() {
        assert_eq!(
            xml_escape(r#"a&b<c>d"e'f"#),
            "a&amp;b&lt;c&gt;d&quot;e&apos;f"
        );
        assert_eq!(xml_escape("&amp;"), "&amp;amp;"); // no double meaning
        assert_eq!(xml_escape("发改局〈办〉"), "发改局〈办〉");
    }

    #[test]
    fn xml_replaces_characters_xml_forbids() {
        assert_eq!(
            xml_escape("a\u{0}b\u{8}c\u{1f}d"),
            "a\u{fffd}b\u{fffd}c\u{fffd}d"
        );
        assert_eq!(xml_escape("\u{fffe}\u{ffff}"), "\u{fffd}\u{fffd}");
        assert_eq!(xml_escape("a\tb\nc\rd"), "a\tb\nc\rd");
    }

    #[test]
    fn dot_escapes_quotes_and_backslashes() {
        assert_eq!(dot_quote(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(dot_quote(r"a\b"), r#""a\\b""#);
        assert_eq!(dot_quote(r"\N"), r#""\\N""#);
        assert_eq!(dot_quote("end\\"), r#""end\\""#); // cannot escape the closing quote
        assert_eq!(dot_quote("a\nb\r"), r#""a\nb""#);
        assert_eq!(dot_quote("&<>'"), r#""&<>'""#);
    }
}
