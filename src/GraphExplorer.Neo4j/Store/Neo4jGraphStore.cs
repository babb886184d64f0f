using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.QueryApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// The graph in Neo4j, through the Query API. A batch is one explicit transaction: <c>bump-revision</c> first (its lock
/// on the <c>:Meta</c> node orders concurrent writers, in this process or others), then the current state of every
/// person, lab, edge and article the batch names is read, the batch is planned against it with the same rules as the
/// embedded store (<see cref="TalentGraph.Plan"/>: aliases and sources merged as sets, a different date is another
/// edge, the counts of added and existing), and the plan is written with the <c>load-*</c> statements. A batch that
/// changes nothing is rolled back, so it takes no revision. The revision lives in the database, so batches other
/// processes commit are seen by <see cref="SyncExternalChangesAsync"/>.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly QueryApiClient _client;
    private readonly Neo4jStoreOptions _options;
    private readonly GraphSnapshotReader _reader;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly HttpClient? _ownedHttp;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _lastSeenRevision;
    private bool _initialized;
    private bool _disposed;

    public Neo4jGraphStore(QueryApiClient client, IOptions<Neo4jStoreOptions> options, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? timeProvider = null)
        : this(client, options, logger, timeProvider, ownedHttp: null)
    {
    }

    private Neo4jGraphStore(QueryApiClient client, IOptions<Neo4jStoreOptions> options, ILogger? logger, TimeProvider? timeProvider, HttpClient? ownedHttp)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var validation = new Neo4jStoreOptionsValidator().Validate(null, _options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Neo4jOptions.SectionName, typeof(Neo4jStoreOptions), validation.Failures);
        }

        _client = client;
        _reader = new GraphSnapshotReader(client, _options.PageSize);
        _logger = logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _ownedHttp = ownedHttp;
    }

    public string Engine => "neo4j";

    /// <summary>Gets the client the store talks through (the queries and the Cypher console share it).</summary>
    public QueryApiClient Client => _client;

    /// <summary>
    /// A store with its own HTTP client, for a process without dependency injection (the command line). Settings are
    /// checked here: a bad one is an <see cref="OptionsValidationException"/> naming its key.
    /// </summary>
    public static Neo4jGraphStore Create(Neo4jOptions options, Neo4jStoreOptions? storeOptions = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var time = timeProvider ?? TimeProvider.System;
        var factory = loggerFactory ?? NullLoggerFactory.Instance;

        // The client enforces its own per-call time limit, so HttpClient's is lifted (as AddNeo4jQueryApi does).
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            var client = new QueryApiClient(http, Options.Create(options), factory.CreateLogger<QueryApiClient>(), time);
            return new Neo4jGraphStore(client, Options.Create(storeOptions ?? new Neo4jStoreOptions()), factory.CreateLogger<Neo4jGraphStore>(), time, http);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks that Neo4j answers with the configured credentials and database (a <see cref="Neo4jQueryException"/>
    /// whose message names the setting to fix when not), then creates the constraints and indexes (<c>schema.cypher</c>,
    /// idempotent), migrates names written under the older folding (<see cref="NameFoldingMigration"/>, idempotent) and
    /// notes the revision, so only later batches count as other processes' changes.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            var started = _time.GetTimestamp();
            var server = await _client.VerifyConnectivityAsync(cancellationToken);

            // Schema statements cannot share a transaction with each other or with writes: one request each.
            foreach (var statement in CypherFiles.Statements("schema"))
            {
                await _client.RunAsync(statement, cancellationToken: cancellationToken);
            }

            // Before anything reads or writes: keys and ids written under the folding before AnyAscii follow today's.
            var folded = await NameFoldingMigration.RunAsync(_client, _options.RowsPerStatement, cancellationToken);
            if (folded.Revision > 0)
            {
                LogRefolded(_logger, folded.Rekeyed, folded.Merged, folded.Refolded, folded.Revision);
            }

            _lastSeenRevision = await _reader.GetRevisionAsync(cancellationToken);
            _initialized = true;
            LogOpened(_logger, server.Version ?? "(version unknown)", _lastSeenRevision, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _reader.GetRevisionAsync(cancellationToken);
    }

    public async Task<BatchResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        CheckSources(batch);
        EnsureInitialized();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var started = _time.GetTimestamp();
            Outcome outcome;
            try
            {
                outcome = await _client.ExecuteInTransactionAsync(AccessMode.Write, (tx, ct) => WriteAsync(tx, batch, ct), cancellationToken);
            }
            catch (GraphConflictException ex)
            {
                LogRolledBack(_logger, ex.Message);
                throw;
            }

            // Batches other processes committed since this store last looked travel with this one, as the embedded
            // store does, so the views never skip a revision.
            var external = _lastSeenRevision < outcome.Before;
            GraphDelta delta;
            if (external)
            {
                delta = await _reader.ChangesSinceAsync(_lastSeenRevision, _options.MaxDeltaChanges, cancellationToken);
            }
            else if (outcome.Committed)
            {
                delta = new GraphDelta(outcome.Before, outcome.Revision, false, outcome.Plan.Entities, outcome.Plan.Edges, outcome.Plan.Articles);
            }
            else
            {
                delta = new GraphDelta(outcome.Before, outcome.Before, false, [], [], []);
            }

            _lastSeenRevision = Math.Max(delta.Revision, outcome.Revision);
            var elapsed = (long)_time.GetElapsedTime(started).TotalMilliseconds;
            if (outcome.Committed)
            {
                GraphExplorerTelemetry.RecordCommit(Engine, outcome.Plan.Entities.Count + outcome.Plan.Edges.Count + outcome.Plan.Articles.Count, _time.GetElapsedTime(started));
                LogCommitted(_logger, outcome.Revision, outcome.Plan.Entities.Count, outcome.Plan.Edges.Count, outcome.Plan.Articles.Count, elapsed);
            }
            else
            {
                LogUnchanged(_logger, outcome.Before, elapsed);
            }

            return new BatchResult(outcome.Revision, outcome.Plan.Counts, delta);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Resolves as the embedded store does: a name or alias first (compared as <see cref="Names.Key"/>, through
    /// <c>resolve-names</c>), then an id (<c>entities-by-id</c>). When a spelling names several entities, the one whose
    /// own name it is wins, then the oldest.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ResolveAsync(NodeKind kind, IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(namesOrIds);
        EnsureInitialized();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (namesOrIds.Count == 0)
        {
            return found;
        }

        var kindName = GraphRows.KindName(kind);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = namesOrIds.Select(Names.Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in Chunks.Of(keys, _options.RowsPerStatement))
        {
            var result = await _client.RunAsync(CypherFiles.Get("resolve-names"), new Dictionary<string, object?> { ["keys"] = chunk }, QueryOptions.ReadOnly, cancellationToken);
            foreach (var (key, id) in NameMatches.Best(result.Rows, kind))
            {
                byKey[key] = id;
            }
        }

        var ids = namesOrIds.Where(s => !byKey.ContainsKey(Names.Key(s)) && Names.IsValidId(s)).Distinct(StringComparer.Ordinal).ToList();
        var byId = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in Chunks.Of(ids, _options.RowsPerStatement))
        {
            var result = await _client.RunAsync(CypherFiles.Get("entities-by-id"), new Dictionary<string, object?> { ["ids"] = chunk }, QueryOptions.ReadOnly, cancellationToken);
            byId.UnionWith(result.Rows.Where(r => r["kind"].AsString() == kindName).Select(r => r["id"].AsString()!));
        }

        foreach (var text in namesOrIds)
        {
            if (byKey.TryGetValue(Names.Key(text), out var match))
            {
                found[text] = match;
            }
            else if (byId.Contains(text))
            {
                found[text] = text;
            }
        }

        return found;
    }

    public Task<GraphDelta> GetChangesSinceAsync(long sinceRevision, int maxChanges = int.MaxValue, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        return _reader.ChangesSinceAsync(sinceRevision, maxChanges, cancellationToken);
    }

    public async Task<GraphDelta?> SyncExternalChangesAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var revision = await _reader.GetRevisionAsync(cancellationToken);
            if (revision == _lastSeenRevision)
            {
                return null;
            }

            // A revision below the one seen means the database was replaced: the views must start again from a snapshot.
            var since = revision < _lastSeenRevision ? 0 : _lastSeenRevision;
            var delta = await _reader.ChangesSinceAsync(since, _options.MaxDeltaChanges, cancellationToken);
            LogCaughtUp(_logger, _lastSeenRevision, delta.Revision, delta.Size);
            _lastSeenRevision = delta.Revision;
            return delta;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _ownedHttp?.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The work of one transaction: take the revision, read what the batch touches, plan, write or roll back.</summary>
    private async Task<Outcome> WriteAsync(QueryApiTransaction tx, GraphBatch batch, CancellationToken cancellationToken)
    {
        var revision = (await tx.RunAsync(CypherFiles.Get("bump-revision"), cancellationToken: cancellationToken)).Single()["revision"].AsInt64();
        var before = revision - 1;
        var current = await ReadCurrentAsync(tx, batch, cancellationToken);
        var plan = current.Plan(batch);
        if (plan.IsEmpty)
        {
            await tx.RollbackAsync(cancellationToken);
            return new Outcome(false, before, before, plan);
        }

        var changed = 0L;
        changed += await LoadAsync(tx, "load-entities", plan.Entities, GraphRows.EntityRow, revision, cancellationToken);
        changed += await LoadAsync(tx, "load-edges", plan.Edges, GraphRows.EdgeRow, revision, cancellationToken);
        changed += await LoadAsync(tx, "load-articles", plan.Articles, GraphRows.ArticleRow, revision, cancellationToken);
        if (changed == 0)
        {
            // The statements report what they really changed; if that is nothing, no revision is spent on it.
            await tx.RollbackAsync(cancellationToken);
            return new Outcome(false, before, before, plan);
        }

        return new Outcome(true, before, revision, plan);
    }

    /// <summary>
    /// The part of the graph a batch touches, as a small <see cref="TalentGraph"/>: the people and labs it names or its
    /// edges reach, its edges as they are stored (by <see cref="EdgeIdentity"/> id), and its articles. Planning the
    /// batch against it gives exactly what planning against the whole graph would.
    /// </summary>
    private async Task<TalentGraph> ReadCurrentAsync(QueryApiTransaction tx, GraphBatch batch, CancellationToken cancellationToken)
    {
        var graph = new TalentGraph();
        var entityIds = batch.Entities.Select(e => e.Id)
            .Concat(batch.Edges.SelectMany(e => e.FromLabId is null ? [e.PersonId, e.LabId] : new[] { e.PersonId, e.LabId, e.FromLabId }))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var row in await ReadByIdAsync(tx, "entities-by-id", entityIds, cancellationToken))
        {
            graph.Upsert(GraphRows.ToEntity(row), 1);
        }

        var edgeIds = batch.Edges.Select(EdgeIdentity.IdOf).Distinct(StringComparer.Ordinal).ToList();
        foreach (var row in await ReadByIdAsync(tx, "edges-by-id", edgeIds, cancellationToken))
        {
            var edge = GraphRows.ToEdge(row);
            if (graph.TryFindNode(edge.PersonId, out _) && graph.TryFindNode(edge.LabId, out _) && (edge.FromLabId is null || graph.TryFindNode(edge.FromLabId, out _)))
            {
                graph.Upsert(edge, 1);
            }
        }

        var articleIds = batch.Articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        foreach (var row in await ReadByIdAsync(tx, "articles-by-id", articleIds, cancellationToken))
        {
            graph.Upsert(GraphRows.ToArticle(row), 1);
        }

        return graph;
    }

    private async Task<List<QueryRow>> ReadByIdAsync(QueryApiTransaction tx, string file, List<string> ids, CancellationToken cancellationToken)
    {
        var rows = new List<QueryRow>();
        foreach (var chunk in Chunks.Of(ids, _options.RowsPerStatement))
        {
            var result = await tx.RunAsync(CypherFiles.Get(file), new Dictionary<string, object?> { ["ids"] = chunk }, cancellationToken: cancellationToken);
            rows.AddRange(result.Rows);
        }

        return rows;
    }

    /// <summary>Writes rows with one <c>load-*</c> statement per chunk; returns how many elements were added or changed.</summary>
    private async Task<long> LoadAsync<T>(QueryApiTransaction tx, string file, IReadOnlyList<T> items, Func<T, Dictionary<string, object?>> toRow, long revision, CancellationToken cancellationToken)
    {
        var changed = 0L;
        foreach (var chunk in Chunks.Of(items, _options.RowsPerStatement))
        {
            var result = (await tx.RunAsync(
                CypherFiles.Get(file),
                new Dictionary<string, object?> { ["rows"] = chunk.Select(toRow).ToList(), ["revision"] = revision },
                cancellationToken: cancellationToken)).Single();
            var loaded = result["loaded"].AsInt64();
            if (loaded != chunk.Count)
            {
                // The plan checked every endpoint under the revision lock, so this means the graph changed under it.
                throw new GraphConflictException($"{file} wrote {loaded} of {chunk.Count} rows: a person or lab the batch refers to is missing in Neo4j");
            }

            changed += result["added"].AsInt64() + result["updated"].AsInt64();
        }

        return changed;
    }

    private static void CheckSources(GraphBatch batch)
    {
        foreach (var edge in batch.Edges)
        {
            foreach (var source in edge.Sources)
            {
                if (string.IsNullOrEmpty(source) || source.AsSpan().ContainsAny(" \t\r\n"))
                {
                    throw new ArgumentException($"Edge '{edge.Id}' cites the source '{source}', which is not an article id (no spaces, not empty).", nameof(batch));
                }
            }
        }
    }

    private void EnsureInitialized()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_initialized)
        {
            throw new InvalidOperationException("The Neo4j store is not open: call InitializeAsync first.");
        }
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Neo4j store open: server {Version}, revision {Revision}, schema checked in {ElapsedMs} ms")]
    private static partial void LogOpened(ILogger logger, string version, long revision, long elapsedMs);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information, Message = "Committed revision {Revision} to Neo4j: {Entities} people and labs, {Edges} edges, {Articles} articles changed in {ElapsedMs} ms")]
    private static partial void LogCommitted(ILogger logger, long revision, int entities, int edges, int articles, long elapsedMs);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Debug, Message = "A batch changed nothing in Neo4j; rolled back, revision stays {Revision} ({ElapsedMs} ms)")]
    private static partial void LogUnchanged(ILogger logger, long revision, long elapsedMs);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Warning, Message = "A batch was rolled back in Neo4j: {Reason}")]
    private static partial void LogRolledBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 6205, Level = LogLevel.Information, Message = "Caught up with Neo4j from revision {From} to {Revision} ({Size} elements changed)")]
    private static partial void LogCaughtUp(ILogger logger, long from, long revision, int size);

    [LoggerMessage(EventId = 6206, Level = LogLevel.Information, Message = "Migrated Neo4j's names to the current folding as revision {Revision}: {Rekeyed} people and labs moved to a new id ({Merged} merged into an existing one, old ids kept as former ids), {Refolded} re-keyed")]
    private static partial void LogRefolded(ILogger logger, int rekeyed, int merged, int refolded, long revision);

    private sealed record Outcome(bool Committed, long Before, long Revision, BatchPlan Plan);
}
