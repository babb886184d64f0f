using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Queries;

/// <summary>
/// <see cref="ITalentQueries"/> answered by Neo4j, with the same records (and, question for question, the same answers)
/// as <see cref="InMemoryTalentQueries"/>:
/// <list type="bullet">
/// <item>paths and the as-of filter run as Cypher (<c>shortest-path</c>, <c>all-shortest-paths</c>); each path found
/// is then dressed as the application dresses one (best edge per hop, the others as alternatives);</item>
/// <item>followers, a person and a lab: Cypher fetches the careers involved (<c>careers-*</c>, <c>person-career</c>,
/// <c>lab-edges</c>) and the application's own rules run on that small subgraph;</item>
/// <item>flows: the counts per pair of labs come from Cypher (<c>flows</c>, <c>undated-moves</c>); retention needs
/// everyone's stays, and comes from the local copy of the graph;</item>
/// <item>clusters: GDS Louvain and WCC in Neo4j when the plugin is there (<c>algorithm</c> "gds-louvain"), otherwise
/// the application's Louvain on the local copy ("louvain");</item>
/// <item>search and "did you mean" suggestions: the local copy, so names match in every script as on the embedded store.</item>
/// </list>
/// Ids and names are resolved by Cypher (<c>entities-by-id</c>, then <c>resolve-names</c>), ids first, as in memory.
/// </summary>
public sealed partial class Neo4jTalentQueries : ITalentQueries, IDisposable
{
    /// <summary>The <see cref="ClusterResult.Algorithm"/> of clusters computed by the Graph Data Science plugin.</summary>
    public const string GdsAlgorithm = "gds-louvain";

    /// <summary>How many paths of relationships all-shortest-paths may read before grouping them by their nodes.</summary>
    internal const int PathLimit = 10_000;

    private const int DominantLabCount = 5;

    private readonly QueryApiClient _client;
    private readonly GraphSnapshotReader _reader;
    private readonly GraphReplica _replica;
    private readonly InMemoryTalentQueries _local;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private bool? _gdsAvailable;

    public Neo4jTalentQueries(QueryApiClient client, IOptions<Neo4jStoreOptions> options, TimeProvider? timeProvider = null, ILogger<Neo4jTalentQueries>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _reader = new GraphSnapshotReader(client, options.Value.PageSize);
        _replica = new GraphReplica(_reader);
        _local = new InMemoryTalentQueries(_replica, _time);
    }

    public async Task<QueryResult<PathResult>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxHops, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxHops, PathQuery.MaxAllowedHops, nameof(query));
        var (from, unknown) = await ResolveAsync(query.From, null, "from", cancellationToken);
        if (from is null)
        {
            return QueryResult<PathResult>.NotFound(unknown!);
        }

        (var to, unknown) = await ResolveAsync(query.To, null, "to", cancellationToken);
        if (to is null)
        {
            return QueryResult<PathResult>.NotFound(unknown!);
        }

        PathResult Answer(int? length, IReadOnlyList<GraphPath> paths, bool capped, string? reason) =>
            new(from, to, query.MaxHops, query.All, query.AsOf, length, paths, capped, reason);

        if (from.Id == to.Id)
        {
            // shortestPath refuses a path from a node to itself; the answer needs no server.
            return QueryResult<PathResult>.Of(Answer(0, [new GraphPath([from], [])], false, null));
        }

        if (query.AsOf is not null)
        {
            // What held at a date depends on the whole graph (the first report of an undated fact, a lab's founding, a
            // person's next dated move: docs/QUERIES.md), so the in-memory copy answers it with the one rule every store
            // shares rather than a Cypher filter that would have to restate it.
            await _replica.RefreshAsync(cancellationToken);
            return await _local.FindPathsAsync(query, cancellationToken);
        }

        var parameters = new Dictionary<string, object?> { ["fromId"] = from.Id, ["toId"] = to.Id, ["asOf"] = null };
        var shortest = await RunReadAsync("shortest-path", parameters, cancellationToken);
        var length = shortest.Rows.Count == 0 ? (int?)null : (int)shortest.Rows[0]["length"].AsInt64();
        if (length is null || length > query.MaxHops)
        {
            return QueryResult<PathResult>.Of(Answer(null, [], false, $"no path within {query.MaxHops} hops"));
        }

        if (!query.All)
        {
            return QueryResult<PathResult>.Of(Answer(length, [await DressAsync(shortest.Rows[0], cancellationToken)], false, null));
        }

        parameters["maxHops"] = query.MaxHops;
        parameters["limit"] = PathQuery.MaxPaths + 1;
        parameters["pathLimit"] = PathLimit;
        var all = await RunReadAsync("all-shortest-paths", parameters, cancellationToken);
        var paths = new List<GraphPath>();
        foreach (var row in all.Rows.Take(PathQuery.MaxPaths))
        {
            paths.Add(await DressAsync(row, cancellationToken));
        }

        return QueryResult<PathResult>.Of(Answer(length, paths, all.Rows.Count > PathQuery.MaxPaths, null));
    }

    public async Task<QueryResult<PersonFollowers>> FollowersOfPersonAsync(string personId, FollowerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);
        var settings = CheckFollowers(options);
        var (person, unknown) = await ResolveAsync(personId, NodeKind.Person, "person", cancellationToken);
        if (person is null)
        {
            return QueryResult<PersonFollowers>.NotFound(unknown!);
        }

        var subgraph = await CareersAsync("careers-near-person", "personId", person, cancellationToken);
        return await Over(subgraph).FollowersOfPersonAsync(person.Id, settings, cancellationToken);
    }

    public async Task<QueryResult<LabWaves>> FollowersOfLabAsync(string labId, FollowerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labId);
        var settings = CheckFollowers(options);
        var (lab, unknown) = await ResolveAsync(labId, NodeKind.Lab, "lab", cancellationToken);
        if (lab is null)
        {
            return QueryResult<LabWaves>.NotFound(unknown!);
        }

        var subgraph = await CareersAsync("careers-at-lab", "labId", lab, cancellationToken);
        return await Over(subgraph).FollowersOfLabAsync(lab.Id, settings, cancellationToken);
    }

    public async Task<ClusterResult> ClustersAsync(ClusterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = options ?? new ClusterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.WindowMonths, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.NeighbourCap, 1, nameof(options));
        if (await GdsAvailableAsync(cancellationToken))
        {
            return await GdsClustersAsync(settings, cancellationToken);
        }

        await _replica.RefreshAsync(cancellationToken);
        return await _local.ClustersAsync(settings, cancellationToken);
    }

    public async Task<FlowResult> FlowsAsync(FlowQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.RetentionMonths, 1, nameof(query));
        var windowed = query.Since is not null || query.Until is not null;
        var flows = await RunReadAsync("flows", new Dictionary<string, object?> { ["since"] = query.Since, ["until"] = query.Until }, cancellationToken);
        var undated = windowed ? (int)(await RunReadAsync("undated-moves", null, cancellationToken)).Single()["undated"].AsInt64() : 0;

        // Retention follows everyone's stays with the application's rules, so it is read off the local copy.
        await _replica.RefreshAsync(cancellationToken);
        var retention = (await _local.FlowsAsync(query, cancellationToken)).Labs
            .Where(l => l.Retention is not null)
            .ToDictionary(l => l.Lab.Id, l => l.Retention!, StringComparer.Ordinal);

        var counts = new Dictionary<(string From, string To), (int Count, List<string> People)>();
        foreach (var row in flows.Rows)
        {
            var key = (row["fromLabId"].AsString()!, row["toLabId"].AsString()!);
            counts[key] = ((int)row["count"].AsInt64(), [.. row["people"].AsStringList()]);
        }

        var labIds = counts.Keys.SelectMany(k => new[] { k.From, k.To }).Concat(retention.Keys).Distinct(StringComparer.Ordinal).ToList();
        var labs = await EntitiesAsync(labIds, cancellationToken);
        var pairs = counts
            .Select(c =>
            {
                var reverse = counts.TryGetValue((c.Key.To, c.Key.From), out var back) ? back.Count : 0;
                return new FlowPair(labs[c.Key.From], labs[c.Key.To], c.Value.Count, c.Value.People, c.Value.Count - reverse, (double)c.Value.Count / (c.Value.Count + reverse));
            })
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.From.Name, StringComparer.Ordinal)
            .ThenBy(p => p.To.Name, StringComparer.Ordinal)
            .ToList();
        var labFlows = labIds
            .Select(id =>
            {
                var inCount = counts.Where(c => c.Key.To == id).Sum(c => c.Value.Count);
                var outCount = counts.Where(c => c.Key.From == id).Sum(c => c.Value.Count);
                return new LabFlow(labs[id], inCount, outCount, inCount - outCount, retention.GetValueOrDefault(id));
            })
            .OrderByDescending(l => l.In + l.Out)
            .ThenBy(l => l.Lab.Name, StringComparer.Ordinal)
            .ToList();
        return new FlowResult(query.Since, query.Until, query.RetentionMonths, counts.Values.Sum(c => c.Count), undated, pairs, labFlows);
    }

    public async Task<QueryResult<PersonDetail>> PersonAsync(string personId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);
        var (person, unknown) = await ResolveAsync(personId, NodeKind.Person, "id", cancellationToken);
        if (person is null)
        {
            return QueryResult<PersonDetail>.NotFound(unknown!);
        }

        var subgraph = await CareersAsync("person-career", "personId", person, cancellationToken);
        await AddArticlesAsync(subgraph, cancellationToken);
        return await Over(subgraph).PersonAsync(person.Id, cancellationToken);
    }

    public async Task<QueryResult<LabDetail>> LabAsync(string labId, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(labId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        var (lab, unknown) = await ResolveAsync(labId, NodeKind.Lab, "id", cancellationToken);
        if (lab is null)
        {
            return QueryResult<LabDetail>.NotFound(unknown!);
        }

        var subgraph = await CareersAsync("lab-edges", "labId", lab, cancellationToken);
        await AddArticlesAsync(subgraph, cancellationToken);
        return await Over(subgraph).LabAsync(lab.Id, limit, cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit = 20, NodeKind? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        await _replica.RefreshAsync(cancellationToken);
        return await _local.SearchAsync(text, limit, kind, cancellationToken);
    }

    public void Dispose() => _replica.Dispose();

    private static FollowerOptions CheckFollowers(FollowerOptions? options)
    {
        var settings = options ?? FollowerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.WindowMonths, 0, nameof(options));
        return settings;
    }

    /// <summary>The application's own answers over a fetched subgraph.</summary>
    private InMemoryTalentQueries Over(Subgraph subgraph) => new(new FixedGraphReader(subgraph.Graph), _time);

    private Task<QueryResult> RunReadAsync(string file, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(CypherFiles.Get(file), parameters, QueryOptions.ReadOnly, cancellationToken);

    /// <summary>
    /// Finds the entity <paramref name="text"/> names as the in-memory queries do: an id first (of <paramref name="kind"/>
    /// when given), then a name or alias. When nothing matches, the "did you mean" list comes from the local copy, where
    /// the application's fuzzy matching runs, so both stores suggest the same names.
    /// </summary>
    private async Task<(Entity? Entity, UnknownEntity? Unknown)> ResolveAsync(string text, NodeKind? kind, string parameter, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            var byId = await RunReadAsync("entities-by-id", new Dictionary<string, object?> { ["ids"] = new[] { trimmed } }, cancellationToken);
            var found = byId.Rows.Select(GraphRows.ToEntity).FirstOrDefault(e => kind is null || e.Kind == kind);
            if (found is not null)
            {
                return (found, null);
            }

            var key = Names.Key(trimmed);
            if (key.Length > 0)
            {
                var byName = await RunReadAsync("resolve-names", new Dictionary<string, object?> { ["keys"] = new[] { key } }, cancellationToken);
                foreach (var k in kind is { } only ? [only] : new[] { NodeKind.Person, NodeKind.Lab })
                {
                    if (NameMatches.Best(byName.Rows, k).TryGetValue(key, out var id))
                    {
                        var entity = (await EntitiesAsync([id], cancellationToken))[id];
                        return (entity, null);
                    }
                }
            }
        }

        await _replica.RefreshAsync(cancellationToken);
        var unknown = kind switch
        {
            NodeKind.Person => (await _local.PersonAsync(text, cancellationToken)).Unknown,
            NodeKind.Lab => (await _local.LabAsync(text, 0, cancellationToken)).Unknown,
            _ => (await _local.FindPathsAsync(new PathQuery(text, text), cancellationToken)).Unknown,
        };
        return (null, (unknown ?? new UnknownEntity(parameter, text, kind, [])) with { Parameter = parameter });
    }

    /// <summary>People and labs by id; an id Neo4j no longer has (a write in between) stands for itself.</summary>
    private async Task<Dictionary<string, Entity>> EntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            var rows = await RunReadAsync("entities-by-id", new Dictionary<string, object?> { ["ids"] = ids }, cancellationToken);
            foreach (var entity in rows.Rows.Select(GraphRows.ToEntity))
            {
                entities.TryAdd(entity.Id, entity);
            }
        }

        foreach (var id in ids)
        {
            entities.TryAdd(id, new Entity(NodeKind.Lab, id, id, []));
        }

        return entities;
    }

    private async Task<Subgraph> CareersAsync(string file, string parameter, Entity subject, CancellationToken cancellationToken)
    {
        var rows = await RunReadAsync(file, new Dictionary<string, object?> { [parameter] = subject.Id }, cancellationToken);
        var subgraph = new Subgraph();
        subgraph.Add(subject);
        subgraph.AddCareerRows(rows.Rows);
        return subgraph;
    }

    private async Task AddArticlesAsync(Subgraph subgraph, CancellationToken cancellationToken)
    {
        var ids = subgraph.SourceIds();
        if (ids.Count == 0)
        {
            return;
        }

        var rows = await RunReadAsync("articles-by-id", new Dictionary<string, object?> { ["ids"] = ids }, cancellationToken);
        foreach (var row in rows.Rows)
        {
            subgraph.Add(GraphRows.ToArticle(row));
        }
    }

    /// <summary>
    /// Turns one row of a path statement into the application's path: the nodes and the edges joining each pair of
    /// neighbours are put in a small graph of their own (a chain, so its only path is this one) and the in-memory
    /// path search dresses it, choosing each hop's edge and alternatives by the same rules as on the embedded store.
    /// The as-of filter has already been applied by Cypher.
    /// </summary>
    private async Task<GraphPath> DressAsync(QueryRow row, CancellationToken cancellationToken)
    {
        var nodes = row["nodes"].AsList().Select(GraphRows.ToEntity).ToList();
        var chain = new Subgraph();
        foreach (var node in nodes)
        {
            chain.Add(node);
        }

        foreach (var edge in row["edges"].AsList().Select(GraphRows.ToEdge))
        {
            chain.Add(edge);
        }

        var dressed = await Over(chain).FindPathsAsync(new PathQuery(nodes[0].Id, nodes[^1].Id, PathQuery.MaxAllowedHops), cancellationToken);
        return dressed.Value?.Paths is [var path] && path.Nodes.Count == nodes.Count
            ? path
            : throw new Neo4jQueryException(Neo4jErrorKind.Protocol, "GraphExplorer.BadPath", $"Neo4j returned a path from '{nodes[0].Id}' to '{nodes[^1].Id}' whose hops are not joined by the edges it listed.");
    }

    private async Task<bool> GdsAvailableAsync(CancellationToken cancellationToken)
    {
        if (_gdsAvailable is { } known)
        {
            return known;
        }

        try
        {
            _gdsAvailable = (await RunReadAsync("gds-available", null, cancellationToken)).Single()["available"].AsBoolean();
        }
        catch (Neo4jQueryException ex) when (ex.Kind is Neo4jErrorKind.Client or Neo4jErrorKind.Syntax or Neo4jErrorKind.Forbidden)
        {
            // A server that will not list its procedures to this user is treated as one without the plugin.
            _gdsAvailable = false;
        }

        LogClusterEngine(_logger, _gdsAvailable.Value ? GdsAlgorithm : "the application's own Louvain (no Graph Data Science plugin)");
        return _gdsAvailable.Value;
    }

    /// <summary>
    /// Clusters by the Graph Data Science plugin: Louvain and weakly connected components over people and labs
    /// (relationships undirected), in a projection made for this call and dropped after it. Communities are reported
    /// by their people, as the application reports its own; dominant labs are those most members have an edge at.
    /// </summary>
    private async Task<ClusterResult> GdsClustersAsync(ClusterOptions options, CancellationToken cancellationToken)
    {
        var revision = await _reader.GetRevisionAsync(cancellationToken);
        var graphName = "graphexplorer-" + Guid.NewGuid().ToString("N");
        var name = new Dictionary<string, object?> { ["graphName"] = graphName };
        var projected = (await _client.RunAsync(CypherFiles.Get("gds-project"), name, cancellationToken: cancellationToken)).Single();
        double modularity;
        IReadOnlyList<QueryRow> communities;
        IReadOnlyList<QueryRow> components;
        try
        {
            modularity = (await _client.RunAsync(CypherFiles.Get("gds-louvain"), name, cancellationToken: cancellationToken)).Single()["modularity"].AsDouble();
            await _client.RunAsync(CypherFiles.Get("gds-wcc"), name, cancellationToken: cancellationToken);
            communities = (await _client.RunAsync(CypherFiles.Get("gds-node-property"), new Dictionary<string, object?>(name) { ["property"] = "community" }, cancellationToken: cancellationToken)).Rows;
            components = (await _client.RunAsync(CypherFiles.Get("gds-node-property"), new Dictionary<string, object?>(name) { ["property"] = "component" }, cancellationToken: cancellationToken)).Rows;
        }
        finally
        {
            // The projection holds memory in the server until dropped, whatever happened above.
            await _client.RunAsync(CypherFiles.Get("gds-drop"), name, cancellationToken: CancellationToken.None);
        }

        var people = communities.Where(r => r["kind"].AsString() == "Person").ToList();
        await _replica.RefreshAsync(cancellationToken);
        var clusters = people
            .GroupBy(r => r["value"].AsInt64())
            .Select(g => g.Select(r => r["id"].AsString()!).Order(StringComparer.Ordinal).ToList())
            .Where(m => m.Count >= 2)
            .OrderByDescending(m => m.Count)
            .ThenBy(m => m[0], StringComparer.Ordinal)
            .Select((members, i) => new Cluster(i + 1, members, _replica.Read(g => DominantLabs(g, members))))
            .ToList();
        var parts = components
            .GroupBy(r => r["value"].AsInt64())
            .Select(g => (
                People: g.Where(r => r["kind"].AsString() == "Person").Select(r => r["id"].AsString()!).Order(StringComparer.Ordinal).ToList(),
                Labs: g.Where(r => r["kind"].AsString() == "Lab").Select(r => r["id"].AsString()!).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(c => c.People.Count + c.Labs.Count)
            .ThenBy(c => c.People.Concat(c.Labs).Min(StringComparer.Ordinal), StringComparer.Ordinal)
            .Select((c, i) => new Component(i + 1, c.People, c.Labs))
            .ToList();
        var named = _replica.Read(g => ClusterNaming.Describe(g, clusters));
        return new ClusterResult(GdsAlgorithm, options.Seed, revision, Math.Round(modularity, 6), people.Count, (int)projected["relationshipCount"].AsInt64(), named, parts);
    }

    private static List<LabCount> DominantLabs(TalentGraph graph, IReadOnlyList<string> members)
    {
        var counts = new Dictionary<int, int>();
        var labs = new HashSet<int>();
        foreach (var id in members)
        {
            if (!graph.TryFindNode(id, out var person))
            {
                continue;
            }

            labs.Clear();
            foreach (var e in graph.EdgesOf(person))
            {
                var edge = graph.EdgeAt(e);
                labs.Add(edge.Lab);
                if (edge.FromLab >= 0)
                {
                    labs.Add(edge.FromLab);
                }
            }

            foreach (var lab in labs)
            {
                counts[lab] = counts.GetValueOrDefault(lab) + 1;
            }
        }

        return counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => graph.NameOf(c.Key), StringComparer.Ordinal)
            .Take(DominantLabCount)
            .Select(c => new LabCount(graph.IdOf(c.Key), graph.NameOf(c.Key), c.Value))
            .ToList();
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Information, Message = "Clusters on Neo4j are computed by {Engine}")]
    private static partial void LogClusterEngine(ILogger logger, string engine);
}
