using System.Collections.Concurrent;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// <see cref="ITalentQueries"/> over a store that keeps the graph in memory. Each answer is computed inside one
/// <see cref="ITalentGraphReader.Read{T}"/> call, so it sees one consistent revision. What several queries share (the
/// traversal arrays, everyone's stays, the search index, clusters) is derived once per revision, on first use, and
/// dropped when the graph changes. Thread-safe.
/// </summary>
public sealed class InMemoryTalentQueries(ITalentGraphReader reader, TimeProvider? timeProvider = null) : ITalentQueries
{
    private const int SuggestionCount = 5;

    private readonly ITalentGraphReader _reader = reader ?? throw new ArgumentNullException(nameof(reader));
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private Derived? _derived;

    public Task<QueryResult<PathResult>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxHops, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxHops, PathQuery.MaxAllowedHops, nameof(query));
        return Task.FromResult(_reader.Read(graph =>
        {
            var derived = DerivedFor(graph);
            if (!TryResolve(graph, derived, query.From, null, "from", out var from, out var unknown)
                || !TryResolve(graph, derived, query.To, null, "to", out var to, out unknown))
            {
                return QueryResult<PathResult>.NotFound(unknown!);
            }

            var search = new PathFinder(derived.Index).Find(from, to, query.MaxHops, query.All, query.AsOf);
            var paths = search.Paths.Select(nodes => ToPath(derived.Index, nodes, query.AsOf)).ToList();
            return QueryResult<PathResult>.Of(new PathResult(
                graph.GetEntity(from), graph.GetEntity(to), query.MaxHops, query.All, query.AsOf, search.Length, paths, search.Capped, search.Reason));
        }));
    }

    public Task<QueryResult<PersonFollowers>> FollowersOfPersonAsync(string personId, FollowerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);
        var settings = Check(options ?? FollowerOptions.Default);
        return Task.FromResult(_reader.Read(graph =>
        {
            var derived = DerivedFor(graph);
            return TryResolve(graph, derived, personId, NodeKind.Person, "person", out var person, out var unknown)
                ? QueryResult<PersonFollowers>.Of(new FollowerDetector(derived.Index, derived.Spells, derived.Arrivals).ForPerson(person, settings))
                : QueryResult<PersonFollowers>.NotFound(unknown!);
        }));
    }

    public Task<QueryResult<LabWaves>> FollowersOfLabAsync(string labId, FollowerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labId);
        var settings = Check(options ?? FollowerOptions.Default);
        return Task.Run(
            () => _reader.Read(graph =>
            {
                var derived = DerivedFor(graph);
                return TryResolve(graph, derived, labId, NodeKind.Lab, "lab", out var lab, out var unknown)
                    ? QueryResult<LabWaves>.Of(new FollowerDetector(derived.Index, derived.Spells, derived.Arrivals).ForLab(lab, settings))
                    : QueryResult<LabWaves>.NotFound(unknown!);
            }),
            cancellationToken);
    }

    public Task<ClusterResult> ClustersAsync(ClusterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = options ?? new ClusterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.WindowMonths, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.NeighbourCap, 1, nameof(options));
        var derived = _reader.Read(graph =>
        {
            var current = DerivedFor(graph);
            _ = current.Index;
            _ = current.Spells;
            return current;
        });

        // The result is shared by every caller of this revision; one caller giving up must not cancel it for the rest.
        var task = derived.Clusters.GetOrAdd(settings, s => Task.Run(() => ComputeClusters(derived, s, CancellationToken.None), CancellationToken.None));
        return task.WaitAsync(cancellationToken);
    }

    public Task<FlowResult> FlowsAsync(FlowQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.RetentionMonths, 1, nameof(query));
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        return Task.FromResult(_reader.Read(graph =>
        {
            var derived = DerivedFor(graph);

            var tables = derived.Flows;
            return FlowCalculator.Compute(graph, derived.Index, tables.Moves, tables.Retention, query, today, cancellationToken);
        }));
    }

    public Task<QueryResult<PersonDetail>> PersonAsync(string personId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);
        return Task.FromResult(_reader.Read(graph =>
        {
            var derived = DerivedFor(graph);
            if (!TryResolve(graph, derived, personId, NodeKind.Person, "id", out var person, out var unknown))
            {
                return QueryResult<PersonDetail>.NotFound(unknown!);
            }

            var edgeIndexes = graph.EdgesOf(person).ToArray();
            var edges = edgeIndexes.Select(graph.GetEdge).OrderBy(e => e, CareerOrder.Instance).ToList();
            var labs = edges.SelectMany(e => e.FromLabId is null ? [e.LabId] : new[] { e.FromLabId, e.LabId })
                .Distinct(StringComparer.Ordinal)
                .Select(id => graph.TryFindNode(id, out var node) ? graph.GetEntity(node) : null)
                .OfType<Entity>()
                .ToList();
            var career = Career.Of(graph, person, new SpellBuilder());
            var tenures = career.Spells.Select((s, i) => new Tenure(
                graph.GetEntity(s.Lab), s.StartDate, s.EndDate, s.Founded, s.Left, career.EvidenceOf(i).ToArray().Select(e => graph.EdgeAt(e).Id).ToList())).ToList();
            return QueryResult<PersonDetail>.Of(new PersonDetail(graph.GetEntity(person), edges, labs, tenures, ArticlesOf(graph, edges)));
        }));
    }

    public Task<QueryResult<LabDetail>> LabAsync(string labId, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        return Task.FromResult(_reader.Read(graph =>
        {
            var derived = DerivedFor(graph);
            if (!TryResolve(graph, derived, labId, NodeKind.Lab, "id", out var lab, out var unknown))
            {
                return QueryResult<LabDetail>.NotFound(unknown!);
            }

            var inflow = new Dictionary<int, int>();
            var outflow = new Dictionary<int, int>();
            var all = graph.EdgesOf(lab);
            foreach (var e in all)
            {
                var edge = graph.EdgeAt(e);
                if (edge.Type != EdgeType.LeftFor)
                {
                    continue;
                }

                if (edge.Lab == lab)
                {
                    inflow[edge.FromLab] = inflow.GetValueOrDefault(edge.FromLab) + 1;
                }
                else
                {
                    outflow[edge.Lab] = outflow.GetValueOrDefault(edge.Lab) + 1;
                }
            }

            var edges = FirstInCareerOrder(graph, all, limit).Select(graph.GetEdge).ToList();
            var members = new HashSet<int>();
            foreach (var e in all)
            {
                members.Add(graph.EdgeAt(e).Person);
            }

            var people = FirstByName(graph, members, limit).Select(graph.GetEntity).ToList();
            return QueryResult<LabDetail>.Of(new LabDetail(
                graph.GetEntity(lab),
                edges,
                people,
                all.Length,
                members.Count,
                edges.Count < all.Length || people.Count < members.Count,
                Counts(graph, inflow),
                Counts(graph, outflow),
                ArticlesOf(graph, edges)));
        }));
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit = 20, NodeKind? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Task.FromResult(_reader.Read(graph => DerivedFor(graph).Search.Search(text, limit, kind)));
    }

    private static FollowerOptions Check(FollowerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WindowMonths, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Limit, 0, nameof(options));
        return options;
    }

    private ClusterResult ComputeClusters(Derived derived, ClusterOptions options, CancellationToken cancellationToken)
    {
        // The heavy part runs on the derived arrays, outside the reader, so writers are not held up for its duration.
        // The person graph is dropped before the answer is summarised, so the two never take memory at once.
        var (community, modularity, personEdges) = ScratchRelease.After(() =>
        {
            // Collected after it too: the pair generator's sort keys and arrival tables are dead once the rows exist.
            var personGraph = ScratchRelease.After(() => ClusterDetector.BuildPersonGraph(derived.Spells, derived.Index, options, cancellationToken));
            var (community, modularity) = Louvain.Run(personGraph, options.Seed, cancellationToken);
            return (community, modularity, personGraph.Offsets[personGraph.Nodes] / 2);
        });
        // Node numbers never change once given (the graph only grows), so a later revision still names them right.
        return ScratchRelease.After(() => _reader.Read(graph =>
        {
            var components = ClusterDetector.Components(derived.Index, cancellationToken);
            return ClusterDetector.Summarize(graph, derived.Spells, personEdges, community, modularity, components, options, derived.Revision);
        }));
    }

    private Derived DerivedFor(TalentGraph graph)
    {
        var current = Volatile.Read(ref _derived);
        if (current is not null && current.IsCurrentFor(graph))
        {
            return current;
        }

        lock (_gate)
        {
            current = _derived;
            if (current is null || !current.IsCurrentFor(graph))
            {
                current = new Derived(graph);
                Volatile.Write(ref _derived, current);
            }

            return current;
        }
    }

    private static bool TryResolve(TalentGraph graph, Derived derived, string text, NodeKind? kind, string parameter, out int node, out UnknownEntity? unknown)
    {
        unknown = null;
        var trimmed = text.Trim();
        if (graph.TryFindNode(trimmed, out node) && (kind is null || graph.KindOf(node) == kind))
        {
            return true;
        }

        // A name or alias is accepted too, as long as it is unambiguous enough to have been indexed for one entity.
        foreach (var k in kind is { } only ? [only] : new[] { NodeKind.Person, NodeKind.Lab })
        {
            if (trimmed.Length > 0 && graph.TryFindByName(k, trimmed, out node))
            {
                return true;
            }
        }

        node = -1;
        unknown = new UnknownEntity(parameter, text, kind, derived.Search.Suggest(trimmed, SuggestionCount, kind));
        return false;
    }

    private static GraphPath ToPath(GraphIndex index, int[] nodes, PartialDate? asOf)
    {
        var graph = index.Graph;
        var hops = new List<PathHop>(nodes.Length - 1);
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            var (person, lab) = graph.KindOf(nodes[i]) == NodeKind.Person ? (nodes[i], nodes[i + 1]) : (nodes[i + 1], nodes[i]);
            var joining = new List<Edge>();
            foreach (var e in graph.EdgesOf(person))
            {
                var view = graph.EdgeAt(e);
                if (view.Person == person && view.Lab == lab && (asOf is not { } date || index.Existed(e, date)))
                {
                    joining.Add(graph.GetEdge(e));
                }
            }

            // A tenure explains a hop best, then a founding, then the move.
            joining.Sort(static (a, b) =>
            {
                var type = Rank(a.Type).CompareTo(Rank(b.Type));
                return type != 0 ? type : CareerOrder.Instance.Compare(a, b);
            });
            hops.Add(new PathHop(graph.IdOf(nodes[i]), graph.IdOf(nodes[i + 1]), joining[0], joining.Skip(1).ToList()));
        }

        return new GraphPath(nodes.Select(graph.GetEntity).ToList(), hops);

        static int Rank(EdgeType type) => type switch { EdgeType.WorkedAt => 0, EdgeType.Founded => 1, _ => 2 };
    }

    /// <summary>
    /// The first <paramref name="limit"/> of <paramref name="edges"/> in <see cref="CareerOrder"/>, without building an
    /// edge record for each: a lab of 200,000 people has half a million edges, and only the page shown needs records.
    /// Edges are ordered by a packed key (undated last, date, type); ids settle ties, and only within the runs that
    /// reach into the page.
    /// </summary>
    private static int[] FirstInCareerOrder(TalentGraph graph, ReadOnlySpan<int> edges, int limit)
    {
        var order = edges.ToArray();
        var keys = new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var edge = graph.EdgeAt(order[i]);
            graph.PackedDates(order[i], out var start, out var end, out var date, out _);
            var arrival = edge.Type == EdgeType.WorkedAt ? start : date;
            var first = arrival != 0 ? arrival : end;
            keys[i] = ((first == 0 ? 1L : 0L) << 40) | ((long)first << 8) | (long)edge.Type;
        }

        Array.Sort(keys, order);
        var needed = Math.Min(limit, order.Length);
        for (var i = 0; i < needed;)
        {
            var j = i + 1;
            while (j < order.Length && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                var ids = new string[j - i];
                for (var k = 0; k < ids.Length; k++)
                {
                    ids[k] = graph.EdgeAt(order[i + k]).Id;
                }

                var run = order.AsSpan(i, j - i).ToArray();
                Array.Sort(ids, run, StringComparer.Ordinal);
                run.CopyTo(order, i);
            }

            i = j;
        }

        return order[..needed];
    }

    /// <summary>The first <paramref name="limit"/> of <paramref name="nodes"/> by name, then id (ordinal), their strings read once and not kept.</summary>
    private static int[] FirstByName(TalentGraph graph, IReadOnlyCollection<int> nodes, int limit)
    {
        var order = nodes.ToArray();
        var names = new string[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            names[i] = graph.PeekName(order[i]);
        }

        var positions = new int[order.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        Array.Sort(positions, (a, b) =>
        {
            var byName = string.CompareOrdinal(names[a], names[b]);
            return byName != 0 ? byName : string.CompareOrdinal(graph.PeekId(order[a]), graph.PeekId(order[b]));
        });
        var first = new int[Math.Min(limit, order.Length)];
        for (var i = 0; i < first.Length; i++)
        {
            first[i] = order[positions[i]];
        }

        return first;
    }

    private static List<Article> ArticlesOf(TalentGraph graph, IEnumerable<Edge> edges) =>
        edges.SelectMany(e => e.Sources)
            .Distinct(StringComparer.Ordinal)
            .Select(id => graph.Articles.GetValueOrDefault(id))
            .OfType<Article>()
            .OrderBy(a => a.Published is null)
            .ThenBy(a => a.Published)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

    private static List<LabCount> Counts(TalentGraph graph, Dictionary<int, int> counts) =>
        counts.OrderByDescending(c => c.Value)
            .ThenBy(c => graph.NameOf(c.Key), StringComparer.Ordinal)
            .Select(c => new LabCount(graph.IdOf(c.Key), graph.NameOf(c.Key), c.Value))
            .ToList();

    /// <summary>Oldest first by the edge's first known date (arrival, else end); undated last; then by type and id.</summary>
    private sealed class CareerOrder : IComparer<Edge>
    {
        public static CareerOrder Instance { get; } = new();

        public int Compare(Edge? x, Edge? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var (a, b) = (x.Arrival ?? x.End, y.Arrival ?? y.End);
            var unknown = (a is null).CompareTo(b is null);
            if (unknown != 0)
            {
                return unknown;
            }

            var date = a is { } da && b is { } db ? da.CompareTo(db) : 0;
            if (date != 0)
            {
                return date;
            }

            var type = x.Type.CompareTo(y.Type);
            return type != 0 ? type : string.CompareOrdinal(x.Id, y.Id);
        }
    }

    /// <summary>Everything derived from one revision, each part built the first time a query needs it.</summary>
    private sealed class Derived(TalentGraph graph)
    {
        private readonly Lazy<GraphIndex> _index = new(() => ScratchRelease.After(() => GraphIndex.Build(graph)));
        private readonly Lazy<SpellTable> _spells = new(() => ScratchRelease.After(() => SpellTable.Build(graph)));
        private readonly Lazy<EntitySearch> _search = new(() => ScratchRelease.After(() => EntitySearch.Build(graph)));
        
        public long Revision { get; } = graph.Revision;

        private int NodeCount { get; } = graph.NodeCount;

        private int EdgeCount { get; } = graph.EdgeCount;

        public GraphIndex Index => _index.Value;

        public SpellTable Spells => _spells.Value;

        public EntitySearch Search => _search.Value;

        /// <summary>Gets each lab's arrivals in date order, from <see cref="Spells"/> (built on first use).</summary>
        public ArrivalIndex Arrivals => LazyInitializer.EnsureInitialized(ref _arrivals, ref _arrivalsGate, () => ScratchRelease.After(() => ArrivalIndex.Build(Spells, Index.LabOrdinal, Index.LabNodes.Length)));

        /// <summary>
        /// Gets every move sorted by lab pair and every dated stay's days: those the graph holds for this revision (read
        /// with its image, or built by an earlier query), else built now, side by side, and kept with the graph so the
        /// next image stores them.
        /// </summary>
        public FlowTables Flows => LazyInitializer.EnsureInitialized(ref _flows, ref _flowsGate, () =>
        {
            if (FlowTables.CurrentOf(graph) is { } kept)
            {
                return kept;
            }

            var built = FlowTables.Build(graph, Index, _spells.IsValueCreated ? Spells : null);
            if (built.IsCurrentFor(graph))
            {
                graph.FlowTables = built;
            }

            return built;
        });

        public ConcurrentDictionary<ClusterOptions, Task<ClusterResult>> Clusters { get; } = new();

        private ArrivalIndex? _arrivals;
        private object? _arrivalsGate;
        private FlowTables? _flows;
        private object? _flowsGate;

        public bool IsCurrentFor(TalentGraph current) =>
            ReferenceEquals(current, graph) && current.Revision == Revision && current.NodeCount == NodeCount && current.EdgeCount == EdgeCount;
    }
}
