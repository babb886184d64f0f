using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// The whole talent graph in memory, compact enough for a million people and four million edges in well under 2 GB:
/// nodes and edges are structs in growable arrays addressed by int, strings are stored once, and each node keeps the
/// indexes of its edges. Not thread-safe: a store guards it with a reader/writer lock.
/// </summary>
/// <remarks>
/// A LEFT_FOR edge joins the person and the lab joined; it is also listed under the lab left (so a lab's outflow is one
/// lookup), but it does not connect that lab for traversal: <see cref="EdgeView.Neighbour"/> returns -1 there.
/// </remarks>
public sealed partial class TalentGraph
{
    private const int NoNode = -1;

    private readonly Dictionary<string, int> _nodeById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _nodeByName = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _singleSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _articleRevision = new(StringComparer.Ordinal);
    private NodeData[] _nodes = new NodeData[64];
    private EdgeData[] _edges = new EdgeData[64];
    private int _peopleCount;

    public int NodeCount { get; private set; }

    public int EdgeCount { get; private set; }

    public int PeopleCount => _peopleCount;

    public int LabCount => NodeCount - _peopleCount;

    public IReadOnlyDictionary<string, Article> Articles => _articles;

    /// <summary>Gets the revision of the last batch applied (0 for an empty graph).</summary>
    public long Revision { get; private set; }

    public bool TryFindNode(string id, out int node) => _nodeById.TryGetValue(id, out node);

    /// <summary>Finds a node of <paramref name="kind"/> by its name, any alias, or its id, compared as <see cref="Names.Key"/>.</summary>
    public bool TryFindByName(NodeKind kind, string nameOrId, out int node)
    {
        if (_nodeByName[(int)kind].TryGetValue(Names.Key(nameOrId), out node))
        {
            return true;
        }

        return _nodeById.TryGetValue(nameOrId, out node) && _nodes[node].Kind == kind;
    }

    public NodeKind KindOf(int node) => _nodes[node].Kind;

    public string IdOf(int node) => _nodes[node].Id;

    public string NameOf(int node) => _nodes[node].Name;

    public IReadOnlyList<string> AliasesOf(int node) => _nodes[node].Aliases ?? [];

    public long RevisionOf(int node) => _nodes[node].Revision;

    /// <summary>The edges touching <paramref name="node"/> (including LEFT_FOR edges that leave it, for a lab).</summary>
    public ReadOnlySpan<int> EdgesOf(int node) => _nodes[node].Edges.AsSpan(0, _nodes[node].Degree);

    public EdgeView EdgeAt(int edge) => new(this, edge);

    public Entity GetEntity(int node)
    {
        ref readonly var data = ref _nodes[node];
        return new Entity(data.Kind, data.Id, data.Name, data.Aliases ?? []);
    }

    public Edge GetEdge(int edge)
    {
        ref readonly var data = ref _edges[edge];
        return new Edge(
            IdOf(data),
            data.Type,
            _nodes[data.Person].Id,
            _nodes[data.Lab].Id,
            data.FromLab == NoNode ? null : _nodes[data.FromLab].Id,
            data.Role,
            Unpack(data.Start),
            Unpack(data.End),
            Unpack(data.Date),
            data.Sources ?? []);
    }

    public IEnumerable<int> Nodes(NodeKind kind)
    {
        for (var i = 0; i < NodeCount; i++)
        {
            if (_nodes[i].Kind == kind)
            {
                yield return i;
            }
        }
    }

    /// <summary>Everything added or changed after <paramref name="sinceRevision"/> (everything when it is 0).</summary>
    public GraphDelta ChangesSince(long sinceRevision)
    {
        var entities = new List<Entity>();
        for (var i = 0; i < NodeCount; i++)
        {
            if (_nodes[i].Revision > sinceRevision)
            {
                entities.Add(GetEntity(i));
            }
        }

        var edges = new List<Edge>();
        for (var i = 0; i < EdgeCount; i++)
        {
            if (_edges[i].Revision > sinceRevision)
            {
                edges.Add(GetEdge(i));
            }
        }

        var articles = _articles.Values.Where(a => _articleRevision[a.Id] > sinceRevision).ToList();
        return new GraphDelta(sinceRevision, Revision, sinceRevision == 0, entities, edges, articles);
    }

    /// <summary>How many elements changed after <paramref name="sinceRevision"/>, without building them.</summary>
    public int CountChangesSince(long sinceRevision)
    {
        var count = _articleRevision.Values.Count(r => r > sinceRevision);
        for (var i = 0; i < NodeCount; i++)
        {
            count += _nodes[i].Revision > sinceRevision ? 1 : 0;
        }

        for (var i = 0; i < EdgeCount; i++)
        {
            count += _edges[i].Revision > sinceRevision ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Works out, without changing anything, what <paramref name="batch"/> would add or change: duplicates inside the
    /// batch are merged, existing elements gain only new aliases or sources, and elements that would not change are left
    /// out of the plan. A store persists the plan and, once that commits, calls <see cref="Apply"/>.
    /// </summary>
    public BatchPlan Plan(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        int peopleAdded = 0, peopleExisting = 0, labsAdded = 0, labsExisting = 0;
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in batch.Entities)
        {
            var current = entities.TryGetValue(entity.Id, out var pending)
                ? pending
                : _nodeById.TryGetValue(entity.Id, out var node) ? GetEntity(node) : null;

            // Each id counts once, as added or already present, by its first occurrence in the batch.
            if (seenIds.Add(entity.Id))
            {
                var isNew = current is null;
                if (entity.Kind == NodeKind.Person)
                {
                    peopleAdded += isNew ? 1 : 0;
                    peopleExisting += isNew ? 0 : 1;
                }
                else
                {
                    labsAdded += isNew ? 1 : 0;
                    labsExisting += isNew ? 0 : 1;
                }
            }

            if (current is null)
            {
                entities[entity.Id] = entity with { Aliases = MergeAliases([], entity.Name, entity.Aliases) };
                continue;
            }

            if (current.Kind != entity.Kind)
            {
                throw new GraphConflictException($"'{entity.Id}' is already a {current.Kind.ToString().ToLowerInvariant()}, not a {entity.Kind.ToString().ToLowerInvariant()}");
            }

            var merged = MergeAliases(current.Aliases, current.Name, entity.Name == current.Name ? entity.Aliases : [entity.Name, .. entity.Aliases]);
            if (merged.Count != current.Aliases.Count || pending is not null)
            {
                entities[entity.Id] = current with { Aliases = merged };
            }
        }

        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        int edgesAdded = 0, edgesExisting = 0;
        var seenEdges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in batch.Edges)
        {
            RequireNode(edge.PersonId, NodeKind.Person, entities);
            RequireNode(edge.LabId, NodeKind.Lab, entities);
            if (edge.FromLabId is not null)
            {
                RequireNode(edge.FromLabId, NodeKind.Lab, entities);
            }

            var id = EdgeIdentity.IdOf(edge);
            Edge? current = edges.TryGetValue(id, out var pending) ? pending : null;
            var existingIndex = -1;
            if (current is null && TryFindEdge(edge, out existingIndex))
            {
                current = GetEdge(existingIndex);
            }

            if (seenEdges.Add(id))
            {
                edgesAdded += current is null ? 1 : 0;
                edgesExisting += current is null ? 0 : 1;
            }

            if (current is null)
            {
                edges[id] = edge with { Id = id, Sources = DistinctSources(edge.Sources) };
                continue;
            }

            var sources = current.Sources.Union(edge.Sources, StringComparer.Ordinal).ToList();
            if (sources.Count != current.Sources.Count || pending is not null)
            {
                edges[id] = current with { Sources = sources };
            }
        }

        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        int articlesAdded = 0, articlesExisting = 0;
        foreach (var article in batch.Articles)
        {
            var known = articles.TryGetValue(article.Id, out var pending) ? pending : _articles.GetValueOrDefault(article.Id);
            if (known is null)
            {
                articles[article.Id] = article;
                articlesAdded++;
                continue;
            }

            if (pending is null)
            {
                articlesExisting++;
            }

            // A later statement of the same article fills in what the first left blank; it never erases.
            var filled = new Article(known.Id, known.Title ?? article.Title, known.Url ?? article.Url, known.Language ?? article.Language, known.Published ?? article.Published);
            if (filled != known || pending is not null)
            {
                articles[article.Id] = filled;
            }
        }

        var counts = new LoadCounts(peopleAdded, peopleExisting, labsAdded, labsExisting, edgesAdded, edgesExisting, articlesAdded, articlesExisting);
        return new BatchPlan(entities.Values.ToList(), edges.Values.ToList(), articles.Values.ToList(), counts);
    }

    /// <summary>Applies a plan made by <see cref="Plan"/> (after the store has persisted it) as <paramref name="revision"/>.</summary>
    public GraphDelta Apply(BatchPlan plan, long revision)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var from = Revision;
        foreach (var entity in plan.Entities)
        {
            Upsert(entity, revision);
        }

        foreach (var edge in plan.Edges)
        {
            Upsert(edge, revision);
        }

        foreach (var article in plan.Articles)
        {
            Upsert(article, revision);
        }

        Revision = Math.Max(Revision, revision);
        return new GraphDelta(from, revision, false, plan.Entities, plan.Edges, plan.Articles);
    }

    /// <summary>Restores an entity exactly as stored (used when a store opens); <paramref name="revision"/> is when it last changed.</summary>
    public void Upsert(Entity entity, long revision)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!_nodeById.TryGetValue(entity.Id, out var node))
        {
            node = NodeCount++;
            EnsureCapacity(ref _nodes, NodeCount);
            _nodes[node] = new NodeData { Kind = entity.Kind, Id = entity.Id, Name = entity.Name, Edges = [] };
            _nodeById.Add(entity.Id, node);
            IndexName(entity.Kind, entity.Name, node);
            _peopleCount += entity.Kind == NodeKind.Person ? 1 : 0;
        }

        ref var data = ref _nodes[node];
        data.Aliases = entity.Aliases.Count == 0 ? null : [.. entity.Aliases];
        data.Revision = revision;
        foreach (var alias in entity.Aliases)
        {
            IndexName(entity.Kind, alias, node);
        }

        Revision = Math.Max(Revision, revision);
    }

    /// <summary>Restores an edge exactly as stored; its person and labs must already be present.</summary>
    public void Upsert(Edge edge, long revision)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (!TryFindEdge(edge, out var index))
        {
            var person = _nodeById[edge.PersonId];
            var lab = _nodeById[edge.LabId];
            var from = edge.FromLabId is null ? NoNode : _nodeById[edge.FromLabId];
            index = EdgeCount++;
            EnsureCapacity(ref _edges, EdgeCount);
            var role = InternRole(edge.Role);
            _edges[index] = new EdgeData
            {
                Type = edge.Type,
                Person = person,
                Lab = lab,
                FromLab = from,
                Role = role,
                Start = edge.Start?.Packed ?? 0,
                End = edge.End?.Packed ?? 0,
                Date = edge.Date?.Packed ?? 0,
            };
            Attach(person, index);
            Attach(lab, index);
            if (from != NoNode)
            {
                Attach(from, index);
            }
        }

        ref var data = ref _edges[index];
        data.Sources = ShareSources(edge.Sources);
        data.Revision = revision;
        Revision = Math.Max(Revision, revision);
    }

    public void Upsert(Article article, long revision)
    {
        ArgumentNullException.ThrowIfNull(article);
        _articles[article.Id] = article;
        _articleRevision[article.Id] = revision;
        Revision = Math.Max(Revision, revision);
    }

    /// <summary>Marks the graph as at <paramref name="revision"/> even when that revision changed nothing here.</summary>
    public void AdvanceTo(long revision) => Revision = Math.Max(Revision, revision);

    private string IdOf(in EdgeData data) => EdgeIdentity.IdOf(
        data.Type,
        _nodes[data.Person].Id,
        _nodes[data.Lab].Id,
        data.FromLab == NoNode ? null : _nodes[data.FromLab].Id,
        data.Role,
        Unpack(data.Start),
        Unpack(data.End),
        Unpack(data.Date));

    private bool TryFindEdge(Edge edge, out int index)
    {
        index = -1;
        if (!_nodeById.TryGetValue(edge.PersonId, out var person) || !_nodeById.TryGetValue(edge.LabId, out var lab))
        {
            return false;
        }

        var from = NoNode;
        if (edge.FromLabId is not null && !_nodeById.TryGetValue(edge.FromLabId, out from))
        {
            return false;
        }

        var role = edge.Role is null ? null : _roles.GetValueOrDefault(Names.Key(edge.Role));
        if (edge.Role is not null && role is null)
        {
            return false;
        }

        // A person has a handful of edges: scanning them costs less than a global index of every edge (which took
        // about 110 bytes an edge, 450 MB at four million edges).
        int start = edge.Start?.Packed ?? 0, end = edge.End?.Packed ?? 0, date = edge.Date?.Packed ?? 0;
        ref readonly var owner = ref _nodes[person];
        for (var i = 0; i < owner.Degree; i++)
        {
            var candidate = owner.Edges[i];
            ref readonly var data = ref _edges[candidate];
            if (data.Person == person && data.Lab == lab && data.Type == edge.Type && data.FromLab == from && data.Start == start
                && data.End == end && data.Date == date && string.Equals(data.Role, role, StringComparison.Ordinal))
            {
                index = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One array per distinct single source, shared by every edge citing only that article (most edges), and the
    /// article id strings shared too: four million edges would otherwise hold four million arrays and id copies.
    /// </summary>
    private string[]? ShareSources(IReadOnlyList<string> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        if (sources.Count == 1)
        {
            if (!_singleSources.TryGetValue(sources[0], out var shared))
            {
                shared = [sources[0]];
                _singleSources.Add(sources[0], shared);
            }

            return shared;
        }

        var copy = new string[sources.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = _singleSources.TryGetValue(sources[i], out var shared) ? shared[0] : sources[i];
        }

        return copy;
    }

    private void RequireNode(string id, NodeKind kind, Dictionary<string, Entity> pending)
    {
        var known = pending.TryGetValue(id, out var entity) ? entity.Kind : _nodeById.TryGetValue(id, out var node) ? _nodes[node].Kind : (NodeKind?)null;
        if (known is null)
        {
            throw new GraphConflictException($"edge refers to unknown {kind.ToString().ToLowerInvariant()} '{id}'");
        }

        if (known != kind)
        {
            throw new GraphConflictException($"edge expects '{id}' to be a {kind.ToString().ToLowerInvariant()}, but it is a {known.Value.ToString().ToLowerInvariant()}");
        }
    }

    /// <summary>The sources without repeats, in order; the list itself when it has none (one source, nearly always).</summary>
    private static IReadOnlyList<string> DistinctSources(IReadOnlyList<string> sources)
    {
        if (sources.Count > 8)
        {
            return sources.Distinct(StringComparer.Ordinal).ToList();
        }

        for (var i = 1; i < sources.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(sources[i], sources[j], StringComparison.Ordinal))
                {
                    return sources.Distinct(StringComparer.Ordinal).ToList();
                }
            }
        }

        return sources;
    }

    private static List<string> MergeAliases(IReadOnlyList<string> current, string name, IEnumerable<string> more)
    {
        // Spellings are kept as written ("Openai" beside "OpenAI"): they differ to a reader even when they match as keys.
        var merged = new List<string>(current);
        foreach (var alias in more)
        {
            if (alias != name && !merged.Contains(alias, StringComparer.Ordinal))
            {
                merged.Add(alias);
            }
        }

        return merged;
    }

    private void IndexName(NodeKind kind, string name, int node)
    {
        var key = Names.Key(name);
        if (key.Length > 0)
        {
            // The first entity to claim a spelling keeps it: a later alias never steals an existing name.
            _nodeByName[(int)kind].TryAdd(key, node);
        }
    }

    private string? InternRole(string? role)
    {
        if (role is null)
        {
            return null;
        }

        var key = Names.Key(role);
        if (!_roles.TryGetValue(key, out var interned))
        {
            interned = role;
            _roles.Add(key, interned);
        }

        return interned;
    }

    private void Attach(int node, int edge)
    {
        ref var data = ref _nodes[node];
        if (data.Degree == data.Edges.Length)
        {
            // Room for four at first: a person has about four edges, so most never grow again.
            Array.Resize(ref data.Edges, Math.Max(4, data.Edges.Length * 2));
        }

        data.Edges[data.Degree++] = edge;
    }

    private static PartialDate? Unpack(int packed) => packed == 0 ? null : PartialDate.FromPacked(packed);

    private static void EnsureCapacity<T>(ref T[] array, int count)
    {
        if (count > array.Length)
        {
            Array.Resize(ref array, Math.Max(count, array.Length * 2));
        }
    }

    /// <summary>A read-only view of one edge, cheap to pass around (no allocation).</summary>
    public readonly struct EdgeView
    {
        private readonly TalentGraph _graph;

        internal EdgeView(TalentGraph graph, int index)
        {
            _graph = graph;
            Index = index;
        }

        public int Index { get; }

        private ref EdgeData Data => ref _graph._edges[Index];

        public string Id => _graph.IdOf(Data);

        public EdgeType Type => Data.Type;

        public int Person => Data.Person;

        public int Lab => Data.Lab;

        /// <summary>Gets the lab left (LEFT_FOR only), or -1.</summary>
        public int FromLab => Data.FromLab;

        public string? Role => Data.Role;

        public PartialDate? Start => Unpack(Data.Start);

        public PartialDate? End => Unpack(Data.End);

        public PartialDate? Date => Unpack(Data.Date);

        /// <summary>Gets when the person arrived at <see cref="Lab"/> by this edge (start of a tenure, date of a move or founding).</summary>
        public PartialDate? Arrival => Type == EdgeType.WorkedAt ? Start : Date;

        public IReadOnlyList<string> Sources => Data.Sources ?? [];

        public long Revision => Data.Revision;

        /// <summary>The node at the other end from <paramref name="node"/>, or -1 when the edge only mentions it (a LEFT_FOR's lab left).</summary>
        public int Neighbour(int node) => node == Data.Person ? Data.Lab : node == Data.Lab ? Data.Person : NoNode;
    }

    private struct NodeData
    {
        public NodeKind Kind;
        public string Id;
        public string Name;
        public string[]? Aliases;
        public int[] Edges;
        public int Degree;
        public long Revision;
    }

    // Edge ids are derived from content on demand rather than stored: four million id strings would cost ~300 MB.
    private struct EdgeData
    {
        public EdgeType Type;
        public int Person;
        public int Lab;
        public int FromLab;
        public string? Role;
        public int Start;
        public int End;
        public int Date;
        public string[]? Sources;
        public long Revision;
    }
}

/// <summary>What a batch will add or change, worked out before anything is written.</summary>
public sealed record BatchPlan(IReadOnlyList<Entity> Entities, IReadOnlyList<Edge> Edges, IReadOnlyList<Article> Articles, LoadCounts Counts)
{
    public bool IsEmpty => Entities.Count == 0 && Edges.Count == 0 && Articles.Count == 0;
}

/// <summary>A batch contradicts the graph (an id used for a person and a lab, an edge to an unknown node).</summary>
public sealed class GraphConflictException(string message) : Exception(message);
