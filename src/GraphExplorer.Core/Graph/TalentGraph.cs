using System.Runtime.InteropServices;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// The whole talent graph in memory, compact enough for a million people and four million edges in well under 1 GB:
/// nodes, edges, edge lists, source lists and the lookup tables are flat arrays of plain values addressed by int, and
/// strings are numbered in one pool. That is also the graph's image (see <see cref="WriteImage"/>), so reopening a
/// store reads a few large arrays and builds nothing. Not thread-safe: a store guards it with a reader/writer lock.
/// </summary>
/// <remarks>
/// A LEFT_FOR edge joins the person and the lab joined; it is also listed under the lab left (so a lab's outflow is one
/// lookup), but it does not connect that lab for traversal: <see cref="EdgeView.Neighbour"/> returns -1 there.
/// </remarks>
public sealed partial class TalentGraph
{
    private const int NoNode = -1;
    private const int NoString = -1;

    private readonly Dictionary<string, (int Key, int Role)> _roles = new(StringComparer.Ordinal);

    // Roles by the exact text an edge carries, so the edges of a load (most with a role) do not each build its key.
    private readonly Dictionary<string, int> _roleBySpelling = new(StringComparer.Ordinal);
    private GraphStrings _strings = new();
    private long _seed = Random.Shared.NextInt64();
    private TextTable _nodeById = new();
    private TextTable[] _nodeByName = [new(), new()];
    private TextTable _singleSources = new();
    private TextTable _articleById = new();
    private FlatList<NodeData> _nodes;
    private FlatList<EdgeData> _edges;
    private FlatList<int> _edgeItems;
    private FlatList<int> _aliasItems;
    private FlatList<ListSpan> _lists;
    private FlatList<int> _listItems;
    private FlatList<ArticleRow> _articleRows;
    private string[]?[] _listCache = [];
    private Article?[] _articleCache = [];
    private TraversalArrays? _traversal;
    private int _peopleCount;

    public TalentGraph()
    {
        Articles = new ArticleMap(this);
    }

    public int NodeCount => _nodes.Count;

    public int EdgeCount => _edges.Count;

    public int PeopleCount => _peopleCount;

    public int LabCount => NodeCount - _peopleCount;

    /// <summary>Gets the articles by id; each is built from the graph's own rows when first asked for.</summary>
    public IReadOnlyDictionary<string, Article> Articles { get; }

    /// <summary>Gets the revision of the last batch applied (0 for an empty graph).</summary>
    public long Revision { get; private set; }

    /// <summary>
    /// Gets the traversal arrays of the graph as it is now: those read from its image while nothing has been added since,
    /// else built now and kept (so the next image holds them and the next start does not build them again).
    /// </summary>
    internal TraversalArrays Traversal
    {
        get
        {
            var traversal = _traversal;
            if (traversal is null || traversal.Nodes != NodeCount || traversal.Edges != EdgeCount)
            {
                _traversal = traversal = TraversalArrays.Build(this);
            }

            return traversal;
        }
    }

    public bool TryFindNode(string id, out int node)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _nodeById.TryGet(_strings, _seed, id, out node);
    }

    /// <summary>Finds a node of <paramref name="kind"/> by its name, any alias, or its id, compared as <see cref="Names.Key"/>.</summary>
    public bool TryFindByName(NodeKind kind, string nameOrId, out int node)
    {
        if (_nodeByName[(int)kind].TryGet(_strings, _seed, Names.Key(nameOrId), out node))
        {
            return true;
        }

        return TryFindNode(nameOrId, out node) && _nodes[node].Kind == kind;
    }

    public NodeKind KindOf(int node) => _nodes[node].Kind;

    public string IdOf(int node) => _strings[_nodes[node].Id];

    public string NameOf(int node) => _strings[_nodes[node].Name];

    public IReadOnlyList<string> AliasesOf(int node)
    {
        ref readonly var data = ref _nodes[node];
        if (data.AliasCount == 0)
        {
            return [];
        }

        var aliases = new string[data.AliasCount];
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = _strings[_aliasItems[data.AliasStart + i]];
        }

        return aliases;
    }

    public long RevisionOf(int node) => _nodes[node].Revision;

    /// <summary>The edges touching <paramref name="node"/> (including LEFT_FOR edges that leave it, for a lab).</summary>
    public ReadOnlySpan<int> EdgesOf(int node)
    {
        ref readonly var data = ref _nodes[node];
        return _edgeItems.Span(data.EdgeStart, data.Degree);
    }

    public EdgeView EdgeAt(int edge) => new(this, edge);

    public Entity GetEntity(int node) => new(_nodes[node].Kind, IdOf(node), NameOf(node), AliasesOf(node));

    public Edge GetEdge(int edge)
    {
        ref readonly var data = ref _edges[edge];
        return new Edge(
            IdOf(data),
            data.Type,
            IdOf(data.Person),
            IdOf(data.Lab),
            data.FromLab == NoNode ? null : IdOf(data.FromLab),
            RoleOf(data),
            Unpack(data.Start),
            Unpack(data.End),
            Unpack(data.Date),
            SourcesOf(data.Sources));
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

        var articles = new List<Article>();
        for (var i = 0; i < _articleRows.Count; i++)
        {
            if (_articleRows[i].Revision > sinceRevision)
            {
                articles.Add(ArticleAt(i));
            }
        }

        return new GraphDelta(sinceRevision, Revision, sinceRevision == 0, entities, edges, articles);
    }

    /// <summary>How many elements changed after <paramref name="sinceRevision"/>, without building them.</summary>
    public int CountChangesSince(long sinceRevision)
    {
        var count = 0;
        for (var i = 0; i < _articleRows.Count; i++)
        {
            count += _articleRows[i].Revision > sinceRevision ? 1 : 0;
        }

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
    /// out of the plan. A store persists the plan and, once that commits, calls <see cref="Apply"/>. An edge without an
    /// id (<see cref="EdgeIdentity.CreateUnnamed"/>) is given one, unless <paramref name="nameEdges"/> is false (a store
    /// that reads no edge id of this batch).
    /// </summary>
    public BatchPlan Plan(GraphBatch batch, bool nameEdges = true)
    {
        ArgumentNullException.ThrowIfNull(batch);

        // Sized for the batch: a chunk of a large load names tens of thousands of each, and growing the tables step by
        // step allocated more than they end up holding.
        var entities = new Dictionary<string, Entity>(batch.Entities.Count, StringComparer.Ordinal);
        int peopleAdded = 0, peopleExisting = 0, labsAdded = 0, labsExisting = 0;
        var seenIds = new HashSet<string>(batch.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in batch.Entities)
        {
            Entity? current;
            if (entities.TryGetValue(entity.Id, out var pending))
            {
                current = pending;
            }
            else if (TryFindNode(entity.Id, out var node))
            {
                // Named again as it is, with nothing new (every chunk of a load names the labs again): nothing to build.
                if (entity.Aliases.Count == 0 && _nodes[node].Kind == entity.Kind && string.Equals(entity.Name, NameOf(node), StringComparison.Ordinal))
                {
                    CountOnce(seenIds, entity, isNew: false, ref peopleAdded, ref peopleExisting, ref labsAdded, ref labsExisting);
                    continue;
                }

                current = GetEntity(node);
            }
            else
            {
                current = null;
            }

            CountOnce(seenIds, entity, isNew: current is null, ref peopleAdded, ref peopleExisting, ref labsAdded, ref labsExisting);
            if (current is null)
            {
                entities[entity.Id] = entity.Aliases.Count == 0 ? entity : entity with { Aliases = MergeAliases([], entity.Name, entity.Aliases) };
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

        // Edges are told apart by what they assert (as their ids would be), so an edge without an id needs none built.
        // One table holds every edge named, with the edge planned for it (none while it changes nothing), so an edge is
        // hashed once.
        var edges = new Dictionary<Edge, Edge?>(batch.Edges.Count, EdgeIdentity.Comparer);
        int edgesAdded = 0, edgesExisting = 0;
        foreach (var edge in batch.Edges)
        {
            RequireNode(edge.PersonId, NodeKind.Person, entities);
            RequireNode(edge.LabId, NodeKind.Lab, entities);
            if (edge.FromLabId is not null)
            {
                RequireNode(edge.FromLabId, NodeKind.Lab, entities);
            }

            ref var planned = ref CollectionsMarshal.GetValueRefOrAddDefault(edges, edge, out var seen);
            var pending = planned;
            var current = pending;
            if (current is null && TryFindEdge(edge, out var existingIndex))
            {
                current = GetEdge(existingIndex);
            }

            if (!seen)
            {
                edgesAdded += current is null ? 1 : 0;
                edgesExisting += current is null ? 0 : 1;
            }

            if (current is null)
            {
                // Edges made by EdgeIdentity.Create already carry their id, and unnamed ones may stay so: they go into
                // the plan as they are, not copied.
                var distinct = DistinctSources(edge.Sources);
                var id = !string.IsNullOrEmpty(edge.Id) || nameEdges ? EdgeIdentity.IdOf(edge) : string.Empty;
                planned = ReferenceEquals(distinct, edge.Sources) && string.Equals(edge.Id, id, StringComparison.Ordinal) ? edge : edge with { Id = id, Sources = distinct };
                continue;
            }

            var sources = current.Sources.Union(edge.Sources, StringComparer.Ordinal).ToList();
            if (sources.Count != current.Sources.Count || pending is not null)
            {
                planned = current with { Sources = sources };
            }
        }

        var articles = new Dictionary<string, Article>(batch.Articles.Count, StringComparer.Ordinal);
        int articlesAdded = 0, articlesExisting = 0;
        foreach (var article in batch.Articles)
        {
            var known = articles.TryGetValue(article.Id, out var pending) ? pending : Articles.GetValueOrDefault(article.Id);
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
        var plannedEdges = new List<Edge>(edges.Count);
        foreach (var planned in edges.Values)
        {
            if (planned is not null)
            {
                plannedEdges.Add(planned);
            }
        }

        return new BatchPlan(entities.Values.ToList(), plannedEdges, articles.Values.ToList(), counts);
    }

    /// <summary>Each id counts once, as added or already present, by its first occurrence in the batch.</summary>
    private static void CountOnce(HashSet<string> seenIds, Entity entity, bool isNew, ref int peopleAdded, ref int peopleExisting, ref int labsAdded, ref int labsExisting)
    {
        if (!seenIds.Add(entity.Id))
        {
            return;
        }

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

    /// <summary>
    /// Restores an entity exactly as stored (used when a store opens); <paramref name="revision"/> is when it last changed.
    /// Returns its node (a new node when the number is <see cref="NodeCount"/> as it was before).
    /// </summary>
    public int Upsert(Entity entity, long revision)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var stamp = Stamp(revision);
        if (!TryFindNode(entity.Id, out var node))
        {
            var id = _strings.Add(entity.Id);
            node = _nodes.Add(new NodeData { Kind = entity.Kind, Id = id, Name = _strings.Add(entity.Name) });
            _nodeById.Add(_strings, _seed, id, node);
            IndexName(entity.Kind, entity.Name, node);
            _peopleCount += entity.Kind == NodeKind.Person ? 1 : 0;
        }

        ref var data = ref _nodes[node];
        if (!SameAliases(data, entity.Aliases))
        {
            var start = _aliasItems.Reserve(entity.Aliases.Count);
            for (var i = 0; i < entity.Aliases.Count; i++)
            {
                _aliasItems[start + i] = _strings.Add(entity.Aliases[i]);
            }

            _aliasItems.Extend(entity.Aliases.Count);
            (data.AliasStart, data.AliasCount) = (start, entity.Aliases.Count);
        }

        data.Revision = stamp;
        foreach (var alias in entity.Aliases)
        {
            IndexName(entity.Kind, alias, node);
        }

        Revision = Math.Max(Revision, revision);
        return node;
    }

    /// <summary>Restores an edge exactly as stored; its person and labs must already be present. Returns its index.</summary>
    public int Upsert(Edge edge, long revision)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var stamp = Stamp(revision);
        if (!TryFindEdge(edge, out var index, out var ends))
        {
            var person = ends.Person != NoNode ? ends.Person : Require(edge.PersonId);
            var lab = ends.Lab != NoNode ? ends.Lab : Require(edge.LabId);
            var from = edge.FromLabId is null ? NoNode : ends.From != NoNode ? ends.From : Require(edge.FromLabId);
            index = _edges.Add(new EdgeData
            {
                Type = edge.Type,
                Person = person,
                Lab = lab,
                FromLab = from,
                Role = InternRole(edge.Role),
                Start = edge.Start?.Packed ?? 0,
                End = edge.End?.Packed ?? 0,
                Date = edge.Date?.Packed ?? 0,
            });
            Attach(person, index);
            Attach(lab, index);
            if (from != NoNode)
            {
                Attach(from, index);
            }
        }

        ref var data = ref _edges[index];
        data.Sources = ShareSources(edge.Sources);
        data.Revision = stamp;
        Revision = Math.Max(Revision, revision);
        return index;
    }

    public void Upsert(Article article, long revision)
    {
        ArgumentNullException.ThrowIfNull(article);
        var stamp = Stamp(revision);
        if (!_articleById.TryGet(_strings, _seed, article.Id, out var row))
        {
            var id = _strings.Add(article.Id);
            row = _articleRows.Add(new ArticleRow { Id = id });
            _articleById.Add(_strings, _seed, id, row);
            if (_articleCache.Length < _articleRows.Capacity)
            {
                Array.Resize(ref _articleCache, _articleRows.Capacity);
            }
        }

        ref var data = ref _articleRows[row];
        data.Title = StringOf(article.Title, data.Title);
        data.Url = StringOf(article.Url, data.Url);
        data.Language = StringOf(article.Language, data.Language);
        data.Published = article.Published?.Packed ?? 0;
        data.Revision = stamp;
        _articleCache[row] = null;
        Revision = Math.Max(Revision, revision);
    }

    /// <summary>Marks the graph as at <paramref name="revision"/> even when that revision changed nothing here.</summary>
    public void AdvanceTo(long revision) => Revision = Math.Max(Revision, revision);

    // Revisions count committed batches: an int per element holds two billion of them and saves 8 MB a million elements.
    private static int Stamp(long revision) =>
        revision is >= 0 and <= int.MaxValue ? (int)revision : throw new ArgumentOutOfRangeException(nameof(revision), revision, "A revision must lie between 0 and 2,147,483,647.");

    private int Require(string id) => TryFindNode(id, out var node) ? node : throw new KeyNotFoundException($"The graph has no node '{id}'.");

    private int StringOf(string? text, int current) =>
        text is null ? NoString
        : current != NoString && string.Equals(_strings[current], text, StringComparison.Ordinal) ? current
        : _strings.Add(text);

    private bool SameAliases(in NodeData data, IReadOnlyList<string> aliases)
    {
        if (data.AliasCount != aliases.Count)
        {
            return false;
        }

        for (var i = 0; i < aliases.Count; i++)
        {
            if (!string.Equals(_strings[_aliasItems[data.AliasStart + i]], aliases[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private string IdOf(in EdgeData data) => EdgeIdentity.IdOf(
        data.Type,
        IdOf(data.Person),
        IdOf(data.Lab),
        data.FromLab == NoNode ? null : IdOf(data.FromLab),
        RoleOf(data),
        Unpack(data.Start),
        Unpack(data.End),
        Unpack(data.Date));

    private string? RoleOf(in EdgeData data) => data.Role == NoString ? null : _strings[data.Role];

    private bool TryFindEdge(Edge edge, out int index) => TryFindEdge(edge, out index, out _);

    /// <summary>
    /// Finds the edge asserting what <paramref name="edge"/> asserts; <paramref name="ends"/> are its person, lab and
    /// former lab as found on the way (<see cref="NoNode"/> where not found, or none), so adding it looks none up again.
    /// </summary>
    private bool TryFindEdge(Edge edge, out int index, out (int Person, int Lab, int From) ends)
    {
        index = -1;
        ends = (NoNode, NoNode, NoNode);
        if (!TryFindNode(edge.PersonId, out var person) || !TryFindNode(edge.LabId, out var lab))
        {
            ends.Person = person;
            return false;
        }

        var from = NoNode;
        if (edge.FromLabId is not null && !TryFindNode(edge.FromLabId, out from))
        {
            ends = (person, lab, NoNode);
            return false;
        }

        ends = (person, lab, from);

        var role = NoString;
        if (edge.Role is not null && !TryFindRole(edge.Role, out role))
        {
            return false;
        }

        // A person has a handful of edges: scanning them costs less than a global index of every edge (which took
        // about 110 bytes an edge, 450 MB at four million edges).
        int start = edge.Start?.Packed ?? 0, end = edge.End?.Packed ?? 0, date = edge.Date?.Packed ?? 0;
        foreach (var candidate in EdgesOf(person))
        {
            ref readonly var data = ref _edges[candidate];
            if (data.Person == person && data.Lab == lab && data.Type == edge.Type && data.FromLab == from && data.Start == start
                && data.End == end && data.Date == date && data.Role == role)
            {
                index = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One list per distinct single source, shared by every edge citing only that article (most edges), and the article
    /// id strings shared too: four million edges would otherwise hold four million lists and id copies.
    /// </summary>
    private int ShareSources(IReadOnlyList<string> sources)
    {
        if (sources.Count == 0)
        {
            return NoString;
        }

        if (sources.Count == 1)
        {
            if (!_singleSources.TryGet(_strings, _seed, sources[0], out var shared))
            {
                var id = _strings.Add(sources[0]);
                shared = AddList([id]);
                _singleSources.Add(_strings, _seed, id, shared);
            }

            return shared;
        }

        var items = new int[sources.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _singleSources.TryGet(_strings, _seed, sources[i], out var single) ? _listItems[_lists[single].Start] : _strings.Add(sources[i]);
        }

        return AddList(items);
    }

    private int AddList(ReadOnlySpan<int> items)
    {
        var start = _listItems.Reserve(items.Length);
        items.CopyTo(_listItems.Writable(start, items.Length));
        _listItems.Extend(items.Length);
        var list = _lists.Add(new ListSpan { Start = start, Count = items.Length });
        if (_listCache.Length < _lists.Capacity)
        {
            // Grown by the writer only; readers fill in slots.
            var grown = new string[]?[_lists.Capacity];
            _listCache.CopyTo(grown, 0);
            _listCache = grown;
        }

        return list;
    }

    /// <summary>The strings of source list <paramref name="list"/>, built once and shared by every edge citing it.</summary>
    private IReadOnlyList<string> SourcesOf(int list)
    {
        if (list == NoString)
        {
            return [];
        }

        var cache = _listCache;
        if (cache[list] is { } built)
        {
            return built;
        }

        var span = _lists[list];
        var sources = new string[span.Count];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = _strings[_listItems[span.Start + i]];
        }

        return cache[list] = sources;
    }

    private Article ArticleAt(int row)
    {
        var cache = _articleCache;
        if (cache[row] is { } built)
        {
            return built;
        }

        ref readonly var data = ref _articleRows[row];
        return cache[row] = new Article(_strings[data.Id], StringOrNull(data.Title), StringOrNull(data.Url), StringOrNull(data.Language), Unpack(data.Published));
    }

    private string? StringOrNull(int id) => id == NoString ? null : _strings[id];

    private void RequireNode(string id, NodeKind kind, Dictionary<string, Entity> pending)
    {
        var known = pending.TryGetValue(id, out var entity) ? entity.Kind : TryFindNode(id, out var node) ? _nodes[node].Kind : (NodeKind?)null;
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

        // The first entity to claim a spelling keeps it: a later alias never steals an existing name.
        var table = _nodeByName[(int)kind];
        if (key.Length > 0 && !table.TryGet(_strings, _seed, key, out _))
        {
            table.Add(_strings, _seed, _strings.Add(key), node);
        }
    }

    private int InternRole(string? role)
    {
        if (role is null)
        {
            return NoString;
        }

        if (TryFindRole(role, out var known))
        {
            return known;
        }

        var key = Names.Key(role);
        var interned = (_strings.Add(key), _strings.Add(role));
        _roles.Add(key, interned);
        return interned.Item2;
    }

    /// <summary>The interned role (string number) that <paramref name="role"/> is, matched by its key as written in <see cref="InternRole"/>.</summary>
    private bool TryFindRole(string role, out int interned)
    {
        if (_roleBySpelling.TryGetValue(role, out interned))
        {
            return true;
        }

        if (!_roles.TryGetValue(Names.Key(role), out var known))
        {
            interned = NoString;
            return false;
        }

        // Bounded: a source inventing a new spelling on every edge must not grow this without end.
        if (_roleBySpelling.Count < 65_536)
        {
            _roleBySpelling[role] = known.Role;
        }

        interned = known.Role;
        return true;
    }

    /// <summary>
    /// Lists <paramref name="edge"/> under <paramref name="node"/>. Every node's edge numbers lie side by side in one
    /// shared array; a list that is full moves to the end of it with room to double (four at first: a person has about
    /// four edges, so most never move again). An image holds the lists packed, with no room to spare.
    /// </summary>
    private void Attach(int node, int edge)
    {
        ref var data = ref _nodes[node];
        if (data.Degree == data.EdgeCapacity)
        {
            var capacity = Math.Max(4, data.Degree * 2);
            if (data.EdgeStart + data.EdgeCapacity == _edgeItems.Count && data.Degree > 0)
            {
                // The last list grows where it is.
                _edgeItems.Reserve(capacity - data.EdgeCapacity);
                _edgeItems.Extend(capacity - data.EdgeCapacity);
            }
            else
            {
                var start = _edgeItems.Reserve(capacity);
                _edgeItems.Span(data.EdgeStart, data.Degree).CopyTo(_edgeItems.Writable(start, capacity));
                _edgeItems.Extend(capacity);
                data.EdgeStart = start;
            }

            data.EdgeCapacity = capacity;
        }

        _edgeItems[data.EdgeStart + data.Degree++] = edge;
        _traversal = null;
    }

    private static PartialDate? Unpack(int packed) => packed == 0 ? null : PartialDate.FromPacked(packed);

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

        public string? Role => _graph.RoleOf(Data);

        public PartialDate? Start => Unpack(Data.Start);

        public PartialDate? End => Unpack(Data.End);

        public PartialDate? Date => Unpack(Data.Date);

        /// <summary>Gets <see cref="Date"/> packed (<see cref="PartialDate.Packed"/>), 0 when unknown: for tables of a million moves.</summary>
        internal int PackedDate => Data.Date;

        /// <summary>Gets when the person arrived at <see cref="Lab"/> by this edge (start of a tenure, date of a move or founding).</summary>
        public PartialDate? Arrival => Type == EdgeType.WorkedAt ? Start : Date;

        public IReadOnlyList<string> Sources => _graph.SourcesOf(Data.Sources);

        public long Revision => Data.Revision;

        /// <summary>The node at the other end from <paramref name="node"/>, or -1 when the edge only mentions it (a LEFT_FOR's lab left).</summary>
        public int Neighbour(int node) => node == Data.Person ? Data.Lab : node == Data.Lab ? Data.Person : NoNode;
    }

    // Plain values only (strings by number), so the arrays of them go to an image and come back as they lie in memory,
    // and the garbage collector never scans them.
    private struct NodeData
    {
        public int Id;
        public int Name;
        public int AliasStart;
        public int AliasCount;
        public int EdgeStart;
        public int Degree;
        public int EdgeCapacity;
        public int Revision;
        public NodeKind Kind;
    }

    // Edge ids are derived from content on demand rather than stored: four million id strings would cost ~300 MB.
    private struct EdgeData
    {
        public int Person;
        public int Lab;
        public int FromLab;
        public int Role;
        public int Start;
        public int End;
        public int Date;
        public int Sources;
        public int Revision;
        public EdgeType Type;
    }

    private struct ListSpan
    {
        public int Start;
        public int Count;
    }

    private struct ArticleRow
    {
        public int Id;
        public int Title;
        public int Url;
        public int Language;
        public int Published;
        public int Revision;
    }

    /// <summary>The articles as a read-only dictionary over the graph's rows.</summary>
    private sealed class ArticleMap(TalentGraph graph) : IReadOnlyDictionary<string, Article>
    {
        public int Count => graph._articleRows.Count;

        public IEnumerable<string> Keys => this.Select(pair => pair.Key);

        public IEnumerable<Article> Values => this.Select(pair => pair.Value);

        public Article this[string key] => TryGetValue(key, out var article) ? article : throw new KeyNotFoundException($"No article '{key}'.");

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Article value)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (graph._articleById.TryGet(graph._strings, graph._seed, key, out var row))
            {
                value = graph.ArticleAt(row);
                return true;
            }

            value = null;
            return false;
        }

        public IEnumerator<KeyValuePair<string, Article>> GetEnumerator()
        {
            for (var row = 0; row < graph._articleRows.Count; row++)
            {
                var article = graph.ArticleAt(row);
                yield return new KeyValuePair<string, Article>(article.Id, article);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>What a batch will add or change, worked out before anything is written.</summary>
public sealed record BatchPlan(IReadOnlyList<Entity> Entities, IReadOnlyList<Edge> Edges, IReadOnlyList<Article> Articles, LoadCounts Counts)
{
    public bool IsEmpty => Entities.Count == 0 && Edges.Count == 0 && Articles.Count == 0;
}

/// <summary>A batch contradicts the graph (an id used for a person and a lab, an edge to an unknown node).</summary>
public sealed class GraphConflictException(string message) : Exception(message);
