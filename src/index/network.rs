//! The collaboration network: units as nodes, tasks shared as edges.

use std::collections::HashMap;
use std::fmt;

use super::{Include, Index, UnitRef};
use crate::model::{Role, Task};

/// The collaboration network of a breakdown: who shares tasks with whom,
/// who coordinates whom, and per-unit measures. Build it with
/// [`Index::network`].
///
/// # Nodes
///
/// The nodes are units of the registry ([`crate::units`]), named by their
/// canonical names, in order of first mention in the document. The
/// [`Include`] choice decides which, as it does for the unit queries:
///
/// - **Collective placeholders** (各镇街, 相关镇街, 市政府各部门, … of
///   kind [`UnitKind::Collective`](crate::units::UnitKind::Collective)) are
///   not nodes unless `include.collectives`; then each placeholder is one
///   node of its own (各镇街 is not spread over the towns: the document does
///   not say which towns every placeholder covers).
/// - **Offices** (units with a [parent](crate::units::Unit::parent), such
///   as 组织部〈市委人才办〉) are nodes of their own unless
///   `include.offices`; then they are folded into their parent body, whose
///   node stands for the body and its offices, first mentioned where any
///   of them first is.
///
/// A task that names a node twice (a body and one of its folded offices,
/// say) counts once for it, with the stronger role: lead, then sole, then
/// joint.
///
/// # Edges
///
/// - [`pairs`](Network::pairs): for every two nodes named in a common task,
///   the tasks they share, with counts by role pair.
/// - [`coordination`](Network::coordination): directed, from each lead unit
///   (▲) of a task to each unit that joins it.
/// - [`incidence`](Network::incidence): the two-mode view, every (task,
///   unit, role).
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
///
/// let index = yiwu_duties::index();
/// let network = index.network(Include::EXACT);
/// let top = network.pairs().next().unwrap();
/// assert_eq!((top.a().name(), top.b().name(), top.shared()), ("发改局", "自规局", 22));
///
/// let node = network.node("发改局").unwrap();
/// assert_eq!((node.carried(), node.joined()), (15, 34));
/// ```
pub struct Network<'a> {
    index: &'a Index<'a>,
    include: Include,
    /// Registry positions of the units each node stands for, the node's
    /// own first (the parent body when offices are folded).
    nodes: Vec<Vec<usize>>,
    /// For each registry unit, the node it belongs to, if any.
    node_of: Vec<Option<usize>>,
    /// For each task (index order), its nodes with their roles, one entry
    /// a node, in the order the task first names them.
    by_task: Vec<Vec<(usize, Role)>>,
    /// Undirected pairs, ranked.
    pairs: Vec<PairData>,
    /// (smaller node, larger node) to the pair's rank.
    pair_at: HashMap<(usize, usize), usize>,
    /// Directed lead → joiner edges, ranked.
    coordination: Vec<CoordinationData>,
    measures: Vec<Measures>,
}

struct PairData {
    a: usize,
    b: usize,
    tasks: Vec<usize>,
    roles: RolePairs,
}

struct CoordinationData {
    lead: usize,
    joiner: usize,
    tasks: Vec<usize>,
}

#[derive(Default, Clone, Copy)]
struct Measures {
    carried: usize,
    joined: usize,
    degree: usize,
    weighted_degree: usize,
    coordinates: usize,
    coordinated_by: usize,
}

impl<'b> Index<'b> {
    /// The collaboration network of this index's breakdown: nodes, pairs,
    /// coordination edges and per-node measures, computed in one pass over
    /// the tasks. `include` decides which units are nodes: see
    /// [`Network`].
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    ///
    /// let index = yiwu_duties::index();
    /// let exact = index.network(Include::EXACT);
    /// assert!(exact.node("各镇街").is_none()); // placeholders are not nodes
    /// assert!(exact.node("组织部〈市委人才办〉").is_some());
    ///
    /// let all = index.network(Include::ALL);
    /// assert!(all.node("各镇街").is_some());
    /// // The office is folded into its body.
    /// assert_eq!(all.node("组织部〈市委人才办〉").unwrap().name(), "组织部");
    /// ```
    pub fn network(&self, include: Include) -> Network<'_> {
        Network::new(self, include)
    }
}

impl<'a> Network<'a> {
    fn new(index: &'a Index<'a>, include: Include) -> Network<'a> {
        let units = index.units.as_slice();
        let is_node = |p: usize| include.collectives || !units[p].is_collective();
        // Each unit's representative: itself, or its parent body when
        // offices are folded (and the parent is itself a node).
        let representative: Vec<Option<usize>> = (0..units.len())
            .map(|p| {
                if !is_node(p) {
                    return None;
                }
                let parent = units[p]
                    .parent()
                    .filter(|_| include.offices)
                    .and_then(|name| index.units.position(name))
                    .filter(|&q| q != p && is_node(q));
                Some(parent.unwrap_or(p))
            })
            .collect();
        // Group the units by representative; order the nodes by the first
        // mention of any of their units (the registry is in that order).
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for (p, rep) in representative.iter().enumerate() {
            if let Some(rep) = *rep {
                members.entry(rep).or_default().push(p);
            }
        }
        let mut nodes: Vec<Vec<usize>> = members
            .into_iter()
            .map(|(rep, mut list)| {
                list.retain(|&p| p != rep);
                list.insert(0, rep);
                list
            })
            .collect();
        nodes.sort_by_key(|list| list.iter().copied().min());
        let mut node_of = vec![None; units.len()];
        for (n, list) in nodes.iter().enumerate() {
            for &p in list {
                node_of[p] = Some(n);
            }
        }

        let by_task: Vec<Vec<(usize, Role)>> = index
            .by_task
            .iter()
            .map(|mentions| {
                let mut found: Vec<(usize, Role)> = Vec::with_capacity(mentions.len());
                for m in mentions {
                    let Some(n) = node_of[m.unit] else { continue };
                    match found.iter_mut().find(|(node, _)| *node == n) {
                        // Role orders Lead < Sole < Joint: keep the stronger.
                        Some(entry) => entry.1 = entry.1.min(m.role),
                        None => found.push((n, m.role)),
                    }
                }
                found
            })
            .collect();

        let mut measures = vec![Measures::default(); nodes.len()];
        let mut pair_map: HashMap<(usize, usize), PairData> = HashMap::new();
        let mut coordination_map: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        for (t, found) in by_task.iter().enumerate() {
            for (i, &(n, role)) in found.iter().enumerate() {
                if role.carries() {
                    measures[n].carried += 1;
                } else {
                    measures[n].joined += 1;
                }
                for &(m, other) in &found[i + 1..] {
                    let (a, ra, b, rb) = if n < m {
                        (n, role, m, other)
                    } else {
                        (m, other, n, role)
                    };
                    let pair = pair_map.entry((a, b)).or_insert_with(|| PairData {
                        a,
                        b,
                        tasks: Vec::new(),
                        roles: RolePairs::default(),
                    });
                    pair.tasks.push(t);
                    pair.roles.add(ra, rb);
                }
                if role == Role::Lead {
                    for &(m, other) in found {
                        if other == Role::Joint {
                            coordination_map.entry((n, m)).or_default().push(t);
                        }
                    }
                }
            }
        }

        let mut pairs: Vec<PairData> = pair_map.into_values().collect();
        pairs.sort_by_key(|p| (std::cmp::Reverse(p.tasks.len()), p.a, p.b));
        let pair_at = pairs
            .iter()
            .enumerate()
            .map(|(at, p)| ((p.a, p.b), at))
            .collect();
        for p in &pairs {
            for n in [p.a, p.b] {
                measures[n].degree += 1;
                measures[n].weighted_degree += p.tasks.len();
            }
        }

        let mut coordination: Vec<CoordinationData> = coordination_map
            .into_iter()
            .map(|((lead, joiner), tasks)| CoordinationData {
                lead,
                joiner,
                tasks,
            })
            .collect();
        coordination.sort_by_key(|c| (std::cmp::Reverse(c.tasks.len()), c.lead, c.joiner));
        for c in &coordination {
            measures[c.lead].coordinates += 1;
            measures[c.joiner].coordinated_by += 1;
        }

        Network {
            index,
            include,
            nodes,
            node_of,
            by_task,
            pairs,
            pair_at,
            coordination,
            measures,
        }
    }

    /// The index the network was built from.
    ///
    /// # Example
    ///
    /// ```
    /// let network = yiwu_duties::index().network(yiwu_duties::Include::EXACT);
    /// assert_eq!(network.index().units().len(), 108);
    /// ```
    pub fn index(&self) -> &'a Index<'a> {
        self.index
    }

    /// The choice of nodes the network was built with.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::ALL);
    /// assert_eq!(network.include(), Include::ALL);
    /// ```
    pub fn include(&self) -> Include {
        self.include
    }

    /// Every node, in order of first mention in the document.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let first = network.nodes().next().unwrap();
    /// assert_eq!(first.name(), "财政局"); // K1.1
    /// assert!(network.nodes().all(|n| !n.unit().kind().is_collective()));
    /// ```
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = Node<'_>> + '_ {
        let network: &Network<'_> = self;
        (0..self.nodes.len()).map(move |at| Node { network, at })
    }

    /// The node a unit name finds (canonical name or alias, as
    /// [`Index::unit`]), or `None` when the registry does not know the
    /// name or the unit is not a node (a collective placeholder without
    /// `include.collectives`). With `include.offices`, an office's name
    /// finds its parent body's node.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.node("执法局").unwrap().name(), "行政执法局");
    /// assert!(network.node("各镇街").is_none());
    /// assert!(network.node("发改委").is_none());
    /// ```
    pub fn node(&self, name: &str) -> Option<Node<'_>> {
        let p = self.index.units.position(name)?;
        let at = self.node_of[p]?;
        Some(Node { network: self, at })
    }

    /// Every pair of nodes that share at least one task: most shared tasks
    /// first, then by the order of first mention of the pair's first unit,
    /// then of its second.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let top: Vec<_> = network
    ///     .pairs()
    ///     .take(2)
    ///     .map(|p| (p.a().name(), p.b().name(), p.shared()))
    ///     .collect();
    /// assert_eq!(top, [("发改局", "自规局", 22), ("市场发展委", "商城集团", 20)]);
    /// ```
    pub fn pairs(&self) -> impl ExactSizeIterator<Item = Pair<'_>> + '_ {
        let network: &Network<'_> = self;
        (0..self.pairs.len()).map(move |at| Pair { network, at })
    }

    /// The pair of two units (names in either order), or `None` if either
    /// is not a node or they share no task.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let pair = network.pair("经信局", "发改局").unwrap();
    /// assert_eq!((pair.a().name(), pair.b().name()), ("发改局", "经信局"));
    /// assert_eq!(pair.shared(), 17);
    /// ```
    pub fn pair(&self, a: &str, b: &str) -> Option<Pair<'_>> {
        let a = self.node(a)?.at;
        let b = self.node(b)?.at;
        let at = *self.pair_at.get(&(a.min(b), a.max(b)))?;
        Some(Pair { network: self, at })
    }

    /// The directed coordination edges: from each lead unit (▲) of a task
    /// to each unit that joins it, with the tasks behind each edge. Tasks
    /// carried alone, and co-leads of one task, give no edge. Most tasks
    /// first, then by the order of first mention of the lead unit, then
    /// of the joining one.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let edge = network.coordination().next().unwrap();
    /// assert_eq!((edge.lead().name(), edge.joiner().name(), edge.count()), ("经信局", "发改局", 7));
    /// assert!(edge.tasks().all(|t| t.assignments().iter().any(|a| a.role().carries())));
    /// ```
    pub fn coordination(&self) -> impl ExactSizeIterator<Item = Coordination<'_>> + '_ {
        let network: &Network<'_> = self;
        (0..self.coordination.len()).map(move |at| Coordination { network, at })
    }

    /// The two-mode view: every (task, node, role), tasks in document
    /// order and each task's nodes in the order it names them; one entry
    /// per node, with the stronger role when a task names it twice.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{Include, Role};
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let (task, unit, role) = network.incidence().next().unwrap();
    /// assert_eq!((task.id().to_string(), unit.name(), role), ("K1.1".to_string(), "财政局", Role::Sole));
    /// ```
    pub fn incidence(&self) -> impl Iterator<Item = (&'a Task, UnitRef<'_>, Role)> + '_ {
        let network: &Network<'_> = self;
        let tasks = &self.index.tasks;
        self.by_task.iter().enumerate().flat_map(move |(t, found)| {
            found
                .iter()
                .map(move |&(n, role)| (tasks[t], network.unit_ref(n), role))
        })
    }

    /// The network as a petgraph undirected graph: one node per network
    /// node, in the order of [`Network::nodes`] (so `NodeIndex::new(i)` is
    /// the `i`-th node), weighted by its canonical name; one edge per
    /// pair, in the order of [`Network::pairs`], weighted by the number of
    /// tasks shared.
    ///
    /// # Example
    ///
    /// ```
    /// use petgraph::graph::NodeIndex;
    /// use yiwu_duties::Include;
    ///
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let graph = network.to_petgraph();
    /// assert_eq!(graph.node_count(), network.nodes().len());
    /// assert_eq!(graph.edge_count(), network.pairs().len());
    /// let a = NodeIndex::new(network.node("发改局").unwrap().position());
    /// let b = NodeIndex::new(network.node("自规局").unwrap().position());
    /// assert_eq!(graph[graph.find_edge(a, b).unwrap()], 22);
    /// ```
    #[cfg(feature = "petgraph")]
    #[cfg_attr(docsrs, doc(cfg(feature = "petgraph")))]
    pub fn to_petgraph(&self) -> petgraph::graph::UnGraph<&'a str, usize> {
        let mut graph = petgraph::graph::UnGraph::with_capacity(self.nodes.len(), self.pairs.len());
        for n in 0..self.nodes.len() {
            graph.add_node(self.name_of(n));
        }
        for p in &self.pairs {
            graph.add_edge(
                petgraph::graph::NodeIndex::new(p.a),
                petgraph::graph::NodeIndex::new(p.b),
                p.tasks.len(),
            );
        }
        graph
    }

    /// The coordination edges as a petgraph directed graph: nodes as in
    /// [`Network::to_petgraph`], one edge from lead to joiner per
    /// [coordination edge](Network::coordination), weighted by its
    /// number of tasks.
    ///
    /// # Example
    ///
    /// ```
    /// use petgraph::Direction;
    /// use petgraph::graph::NodeIndex;
    /// use yiwu_duties::Include;
    ///
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let graph = network.to_petgraph_directed();
    /// assert_eq!(graph.edge_count(), network.coordination().len());
    /// let node = network.node("发改局").unwrap();
    /// let out = graph.neighbors_directed(NodeIndex::new(node.position()), Direction::Outgoing);
    /// assert_eq!(out.count(), node.coordinates());
    /// ```
    #[cfg(feature = "petgraph")]
    #[cfg_attr(docsrs, doc(cfg(feature = "petgraph")))]
    pub fn to_petgraph_directed(&self) -> petgraph::graph::DiGraph<&'a str, usize> {
        let mut graph =
            petgraph::graph::DiGraph::with_capacity(self.nodes.len(), self.coordination.len());
        for n in 0..self.nodes.len() {
            graph.add_node(self.name_of(n));
        }
        for c in &self.coordination {
            graph.add_edge(
                petgraph::graph::NodeIndex::new(c.lead),
                petgraph::graph::NodeIndex::new(c.joiner),
                c.tasks.len(),
            );
        }
        graph
    }

    fn unit_ref(&self, node: usize) -> UnitRef<'_> {
        UnitRef::new(self.index, self.nodes[node][0])
    }

    fn name_of(&self, node: usize) -> &'a str {
        self.index.units.as_slice()[self.nodes[node][0]].name()
    }

    fn tasks_at<'s>(
        &'s self,
        positions: &'s [usize],
    ) -> impl ExactSizeIterator<Item = &'a Task> + 's {
        let tasks = &self.index.tasks;
        positions.iter().map(move |&t| tasks[t])
    }
}

/// Shows the network's size, not every entry.
impl fmt::Debug for Network<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Network")
            .field("include", &self.include)
            .field("nodes", &self.nodes.len())
            .field("pairs", &self.pairs.len())
            .field("coordination", &self.coordination.len())
            .finish_non_exhaustive()
    }
}

/// A node of a [`Network`]: a unit (with its folded offices, if the
/// network folds them) and its measures, counted over the network's
/// nodes only.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let node = network.node("发改局").unwrap();
/// assert_eq!(node.weighted_degree(), network.pairs()
///     .filter(|p| p.a() == node.unit() || p.b() == node.unit())
///     .map(|p| p.shared())
///     .sum::<usize>());
/// ```
#[derive(Clone, Copy)]
pub struct Node<'n> {
    network: &'n Network<'n>,
    at: usize,
}

impl<'n> Node<'n> {
    /// The unit: for a body with folded offices, the body.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let unit = network.node("发改局").unwrap().unit();
    /// assert_eq!(unit.workload().total(), 49);
    /// ```
    pub fn unit(&self) -> UnitRef<'n> {
        self.network.unit_ref(self.at)
    }

    /// The unit's canonical name.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.node("文旅局").unwrap().name(), "文广旅体局");
    /// ```
    pub fn name(&self) -> &'n str {
        self.network.name_of(self.at)
    }

    /// The node's position in [`Network::nodes`] (and in the petgraph
    /// graphs).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.node("财政局").unwrap().position(), 0);
    /// ```
    pub fn position(&self) -> usize {
        self.at
    }

    /// The units folded into this node besides the unit itself: its
    /// offices when the network folds them, else none.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let index = yiwu_duties::index();
    /// let folded = index.network(Include::EXACT.with_offices());
    /// assert_eq!(folded.node("组织部").unwrap().offices().count(), 3);
    /// let exact = index.network(Include::EXACT);
    /// assert_eq!(exact.node("组织部").unwrap().offices().count(), 0);
    /// ```
    pub fn offices(&self) -> impl ExactSizeIterator<Item = UnitRef<'n>> + 'n {
        let index = self.network.index;
        self.network.nodes[self.at][1..]
            .iter()
            .map(move |&p| UnitRef::new(index, p))
    }

    /// Tasks the node carries (leads or is named alone in).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.node("发改局").unwrap().carried(), 15);
    /// ```
    pub fn carried(&self) -> usize {
        self.measures().carried
    }

    /// Tasks the node joins.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.node("发改局").unwrap().joined(), 34);
    /// ```
    pub fn joined(&self) -> usize {
        self.measures().joined
    }

    /// The number of distinct nodes it shares a task with.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let index = yiwu_duties::index();
    /// let network = index.network(Include::EXACT);
    /// let unit = index.unit("发改局").unwrap();
    /// assert_eq!(network.node("发改局").unwrap().degree(), unit.collaborators().count());
    /// ```
    pub fn degree(&self) -> usize {
        self.measures().degree
    }

    /// The tasks shared, summed over its partners (a task shared with
    /// three partners counts three times).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let index = yiwu_duties::index();
    /// let network = index.network(Include::EXACT);
    /// let unit = index.unit("发改局").unwrap();
    /// let sum: usize = unit.collaborators().map(|c| c.shared()).sum();
    /// assert_eq!(network.node("发改局").unwrap().weighted_degree(), sum);
    /// ```
    pub fn weighted_degree(&self) -> usize {
        self.measures().weighted_degree
    }

    /// The number of distinct nodes it coordinates: that join a task it
    /// leads (its out-degree in [`Network::coordination`]).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let node = network.node("发改局").unwrap();
    /// let out = network.coordination().filter(|c| c.lead() == node.unit()).count();
    /// assert_eq!(node.coordinates(), out);
    /// ```
    pub fn coordinates(&self) -> usize {
        self.measures().coordinates
    }

    /// The number of distinct nodes that lead a task it joins (its
    /// in-degree in [`Network::coordination`]).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let node = network.node("发改局").unwrap();
    /// let into = network.coordination().filter(|c| c.joiner() == node.unit()).count();
    /// assert_eq!(node.coordinated_by(), into);
    /// ```
    pub fn coordinated_by(&self) -> usize {
        self.measures().coordinated_by
    }

    fn measures(&self) -> &Measures {
        &self.network.measures[self.at]
    }
}

/// Shows the unit's canonical name.
impl fmt::Debug for Node<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Node").field(&self.name()).finish()
    }
}

/// Two nodes that share tasks. `a` is the one first mentioned in the
/// document.
///
/// # Example
///
/// ```
/// use yiwu_duties::Include;
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let pair = network.pair("商城集团", "市场发展委").unwrap();
/// assert_eq!((pair.a().name(), pair.b().name(), pair.shared()), ("市场发展委", "商城集团", 20));
/// ```
#[derive(Clone, Copy)]
pub struct Pair<'n> {
    network: &'n Network<'n>,
    at: usize,
}

impl<'n> Pair<'n> {
    fn data(&self) -> &'n PairData {
        &self.network.pairs[self.at]
    }

    /// The unit first mentioned in the document.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.pairs().next().unwrap().a().name(), "发改局");
    /// ```
    pub fn a(&self) -> UnitRef<'n> {
        self.network.unit_ref(self.data().a)
    }

    /// The other unit.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.pairs().next().unwrap().b().name(), "自规局");
    /// ```
    pub fn b(&self) -> UnitRef<'n> {
        self.network.unit_ref(self.data().b)
    }

    /// The two nodes, `a`'s first, for their measures.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let (a, b) = network.pairs().next().unwrap().nodes();
    /// assert_eq!((a.name(), b.name()), ("发改局", "自规局"));
    /// assert!(a.degree() > 1 && a.position() < b.position());
    /// ```
    pub fn nodes(&self) -> (Node<'n>, Node<'n>) {
        let network = self.network;
        let data = self.data();
        (
            Node {
                network,
                at: data.a,
            },
            Node {
                network,
                at: data.b,
            },
        )
    }

    /// The number of tasks naming both.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.pair("发改局", "自规局").unwrap().shared(), 22);
    /// ```
    pub fn shared(&self) -> usize {
        self.data().tasks.len()
    }

    /// The tasks naming both, in document order.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let pair = network.pair("发改局", "自规局").unwrap();
    /// assert_eq!(pair.tasks().next().unwrap().id().to_string(), "K1.2");
    /// ```
    pub fn tasks(&self) -> impl ExactSizeIterator<Item = &'n Task> + 'n {
        self.network.tasks_at(&self.data().tasks)
    }

    /// The shared tasks counted by the two units' roles.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let roles = network.pair("发改局", "自规局").unwrap().roles();
    /// assert_eq!(roles.lead_lead() + roles.lead_joint() + roles.joint_joint(), 22);
    /// ```
    pub fn roles(&self) -> RolePairs {
        self.data().roles
    }
}

/// Shows the two canonical names and the count.
impl fmt::Debug for Pair<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pair")
            .field(&self.a().name())
            .field(&self.b().name())
            .field(&self.shared())
            .finish()
    }
}

/// A directed coordination edge: a lead unit (▲) and a unit that joins
/// tasks it leads.
///
/// # Example
///
/// ```
/// use yiwu_duties::{Include, Role};
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let edge = network.coordination().next().unwrap();
/// for task in edge.tasks() {
///     assert_eq!(edge.lead().role_in(task), Some(Role::Lead));
///     assert_eq!(edge.joiner().role_in(task), Some(Role::Joint));
/// }
/// ```
#[derive(Clone, Copy)]
pub struct Coordination<'n> {
    network: &'n Network<'n>,
    at: usize,
}

impl<'n> Coordination<'n> {
    fn data(&self) -> &'n CoordinationData {
        &self.network.coordination[self.at]
    }

    /// The lead unit.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.coordination().next().unwrap().lead().name(), "经信局");
    /// ```
    pub fn lead(&self) -> UnitRef<'n> {
        self.network.unit_ref(self.data().lead)
    }

    /// The unit that joins.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.coordination().next().unwrap().joiner().name(), "发改局");
    /// ```
    pub fn joiner(&self) -> UnitRef<'n> {
        self.network.unit_ref(self.data().joiner)
    }

    /// The number of tasks behind the edge.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let edge = network.coordination().next().unwrap();
    /// assert_eq!(edge.count(), edge.tasks().len());
    /// ```
    pub fn count(&self) -> usize {
        self.data().tasks.len()
    }

    /// The tasks the lead unit leads and the other joins, in document
    /// order.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let edge = network.coordination().next().unwrap();
    /// assert!(edge.tasks().all(|t| edge.lead().role_in(t).is_some()));
    /// ```
    pub fn tasks(&self) -> impl ExactSizeIterator<Item = &'n Task> + 'n {
        self.network.tasks_at(&self.data().tasks)
    }
}

/// Shows the two canonical names and the count.
impl fmt::Debug for Coordination<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Coordination")
            .field(&self.lead().name())
            .field(&self.joiner().name())
            .field(&self.count())
            .finish()
    }
}

/// The tasks two units share, counted by the pair of roles they hold in
/// each (unordered: lead–joint counts a task whichever of the two leads).
///
/// Every role pair can be asked for with [`RolePairs::get`]; the usual
/// ones have accessors of their own. A task names at most one unit when
/// one is [`Role::Sole`], so pairs with `sole` are zero in a well-formed
/// document.
///
/// # Example
///
/// ```
/// use yiwu_duties::{Include, Role};
/// let network = yiwu_duties::index().network(Include::EXACT);
/// let roles = network.pair("商城集团", "市场发展委").unwrap().roles();
/// assert_eq!(roles.get(Role::Joint, Role::Lead), roles.lead_joint());
/// assert_eq!(roles.iter().map(|(_, n)| n).sum::<usize>(), 20);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RolePairs {
    /// Counts by role, the smaller role first ([`ROLES`] order).
    counts: [[usize; ROLES.len()]; ROLES.len()],
}

/// Every role, in their order (strongest first).
const ROLES: [Role; 4] = [Role::Lead, Role::Sole, Role::Joint, Role::Unmarked];

fn slot(role: Role) -> usize {
    match role {
        Role::Lead => 0,
        Role::Sole => 1,
        Role::Joint => 2,
        Role::Unmarked => 3,
    }
}

impl RolePairs {
    fn add(&mut self, a: Role, b: Role) {
        let (i, j) = (slot(a.min(b)), slot(a.max(b)));
        self.counts[i][j] += 1;
    }

    /// Shared tasks in which one unit holds role `a` and the other role
    /// `b` (in either order).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{Include, Role};
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let roles = network.pair("发改局", "自规局").unwrap().roles();
    /// assert_eq!(roles.get(Role::Lead, Role::Lead), roles.lead_lead());
    /// assert_eq!(roles.get(Role::Sole, Role::Joint), 0);
    /// ```
    pub fn get(&self, a: Role, b: Role) -> usize {
        self.counts[slot(a.min(b))][slot(a.max(b))]
    }

    /// Shared tasks both units lead.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let roles = network.pair("发改局", "自规局").unwrap().roles();
    /// assert!(roles.lead_lead() <= 22);
    /// ```
    pub fn lead_lead(&self) -> usize {
        self.get(Role::Lead, Role::Lead)
    }

    /// Shared tasks one unit leads and the other joins.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let roles = network.pair("商城集团", "市场发展委").unwrap().roles();
    /// assert!(roles.lead_joint() > 0);
    /// ```
    pub fn lead_joint(&self) -> usize {
        self.get(Role::Lead, Role::Joint)
    }

    /// Shared tasks both units join.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let roles = network.pair("发改局", "经信局").unwrap().roles();
    /// assert!(roles.joint_joint() <= 17);
    /// ```
    pub fn joint_joint(&self) -> usize {
        self.get(Role::Joint, Role::Joint)
    }

    /// Shared tasks that list both units among several with none marked as
    /// lead (none in the 2022 Yiwu document).
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Include;
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// assert_eq!(network.pair("发改局", "经信局").unwrap().roles().unmarked(), 0);
    /// ```
    pub fn unmarked(&self) -> usize {
        self.get(Role::Unmarked, Role::Unmarked)
    }

    /// Every role pair with a non-zero count, the stronger role first:
    /// `((Lead, Lead), n)`, `((Lead, Joint), n)`, ….
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::{Include, Role};
    /// let network = yiwu_duties::index().network(Include::EXACT);
    /// let roles = network.pair("发改局", "自规局").unwrap().roles();
    /// assert!(roles.iter().all(|((a, b), n)| a <= b && n > 0));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = ((Role, Role), usize)> + '_ {
        ROLES.iter().enumerate().flat_map(move |(i, &a)| {
            ROLES[i..]
                .iter()
                .map(move |&b| ((a, b), self.get(a, b)))
                .filter(|&(_, n)| n > 0)
        })
    }
}
