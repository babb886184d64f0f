using System.Diagnostics;
using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Embedded;

/// <summary>
/// The default store: the graph lives in one SQLite file (WAL) and, whole, in memory as a <see cref="TalentGraph"/> for
/// fast traversal. A batch is one SQLite transaction; memory changes only after it commits, so a failed or killed load
/// leaves both the file and the graph as they were. Several processes may write the same file: each catches up with
/// the others' committed rows (every row carries its revision) before it writes, and on
/// <see cref="SyncExternalChangesAsync"/>.
/// </summary>
/// <remarks>
/// <c>synchronous=FULL</c>: in WAL mode that is one fsync of the log per commit, so a batch reported committed survives
/// a power cut as well as a killed process (NORMAL survives only the latter). The cost is one fsync per batch, which
/// batches of thousands of facts do not notice.
/// </remarks>
public sealed partial class EmbeddedGraphStore : IGraphStore, ITalentGraphReader, IChunkedBatchStore
{
    private readonly EmbeddedStoreOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ReaderWriterLockSlim _graphLock = new(LockRecursionPolicy.NoRecursion);
    private readonly Lock _readConnectionLock = new();
    private SqliteConnection? _connection;
    private SqliteConnection? _readConnection;
    private RowWriter? _writer;
    private TalentGraph _graph = new();
    private RowKeys _keys = new();
    private long _announcedRevision;
    private bool _needsReload;
    private bool _disposed;
    private Task _imageTask = Task.CompletedTask;
    private long _imageRevision = -1;

    public EmbeddedGraphStore(IOptions<EmbeddedStoreOptions> options, ILogger<EmbeddedGraphStore>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var validation = new EmbeddedStoreOptionsValidator().Validate(null, _options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(nameof(EmbeddedStoreOptions), typeof(EmbeddedStoreOptions), validation.Failures);
        }

        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        DataPath = Path.GetFullPath(_options.DataPath);
        ImagePath = GraphImageFile.PathOf(DataPath);
    }

    public string Engine => "embedded";

    /// <summary>Gets the full path of the SQLite file.</summary>
    public string DataPath { get; }

    /// <summary>Gets the full path of the graph image kept beside it (see <see cref="EmbeddedStoreOptions.GraphImage"/>).</summary>
    public string ImagePath { get; }

    /// <summary>Gets how the graph was last brought into memory from the file (null before the store is open).</summary>
    public StoreOpening? LastOpening { get; private set; }

    /// <summary>Opens a store on <paramref name="dataPath"/> with default settings and loads it.</summary>
    public static async Task<EmbeddedGraphStore> OpenAsync(string dataPath, ILogger<EmbeddedGraphStore>? logger = null, CancellationToken cancellationToken = default)
    {
        var store = new EmbeddedGraphStore(Options.Create(new EmbeddedStoreOptions { DataPath = dataPath }), logger);
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not null)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(DataPath)!);
            try
            {
                _connection = OpenConnection();
                CreateSchema(_connection);
                _readConnection = OpenConnection();
                _writer = new RowWriter(_connection);
                LoadAll();
            }
            catch (SqliteException ex)
            {
                CloseConnections();
                throw new InvalidOperationException($"Cannot open the store file '{DataPath}': {ex.Message} (is it a GraphExplorer database?)", ex);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        var connection = _readConnection ?? throw NotInitialized();
        lock (_readConnectionLock)
        {
            using var command = connection.CreateCommand();
            command.CommandText = StoreSchema.ReadMeta;
            using var reader = command.ExecuteReader();
            reader.Read();
            return Task.FromResult(reader.GetInt64(1));
        }
    }

    public async Task<BatchResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        RowCodec.CheckSources(batch);
        var connection = _connection ?? throw NotInitialized();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ReloadIfNeeded();
            var started = _time.GetTimestamp();
            using var transaction = BeginImmediate(connection);
            var storedRevision = ReadRevision(transaction);
            var before = _graph.Revision;
            var unannounced = _announcedRevision < before;
            var external = CatchUp(storedRevision) is not null;

            BatchPlan plan;
            try
            {
                using var planning = LoadPhases.Measure(LoadPhase.Plan);
                plan = _graph.Plan(batch);
            }
            catch (GraphConflictException ex)
            {
                EmbeddedStoreLog.RolledBack(_logger, ex.Message);
                throw;
            }

            if (plan.IsEmpty)
            {
                transaction.Rollback();
                var nothing = external || unannounced
                    ? DeltaSince(_announcedRevision)
                    : new GraphDelta(before, before, false, [], [], []);
                _announcedRevision = _graph.Revision;
                return new BatchResult(_graph.Revision, plan.Counts, nothing);
            }

            var revision = storedRevision + 1;
            var session = new WriteSession(trackEdges: false);
            using (LoadPhases.Measure(LoadPhase.WriteRows))
            {
                WritePlan(plan, revision, session, _graph, _keys);
            }

            using (LoadPhases.Measure(LoadPhase.Commit))
            {
                _writer!.SetRevision(revision);
                transaction.Commit();
            }

            using var adding = LoadPhases.Measure(LoadPhase.AddToGraph);
            ApplyToMemory(graph =>
            {
                var edgesBefore = graph.EdgeCount;
                graph.Apply(plan, revision);
                MapNewRows(graph, session, edgesBefore, _keys);
            });
            var delta = external || unannounced
                ? DeltaSince(_announcedRevision)
                : new GraphDelta(before, revision, false, plan.Entities, plan.Edges, plan.Articles);
            _announcedRevision = revision;
            var elapsed = _time.GetElapsedTime(started);
            GraphExplorerTelemetry.RecordCommit(Engine, plan.Entities.Count + plan.Edges.Count + plan.Articles.Count, elapsed);
            EmbeddedStoreLog.Committed(_logger, revision, plan.Entities.Count, plan.Edges.Count, plan.Articles.Count, (long)elapsed.TotalMilliseconds);
            return new BatchResult(revision, plan.Counts, delta);
        }
        catch (SqliteException ex) when (ex.Message.Contains(StoreSchema.ConflictMarker, StringComparison.Ordinal))
        {
            throw AsConflict(ex);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task<IReadOnlyDictionary<string, string>> ResolveAsync(NodeKind kind, IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(namesOrIds);
        IReadOnlyDictionary<string, string> found = Read(graph =>
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);

            // A first load (memory still empty while its chunks are staged) knows nothing yet: no need to look.
            if (graph.NodeCount == 0)
            {
                return ids;
            }

            foreach (var name in namesOrIds)
            {
                if (graph.TryFindByName(kind, name, out var node))
                {
                    ids[name] = graph.IdOf(node);
                }
            }

            return ids;
        });
        return Task.FromResult(found);
    }

    public Task<GraphDelta> GetChangesSinceAsync(long sinceRevision, int maxChanges = int.MaxValue, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(graph =>
            sinceRevision <= 0 || sinceRevision > graph.Revision || graph.CountChangesSince(sinceRevision) > maxChanges
                ? graph.ChangesSince(0)
                : graph.ChangesSince(sinceRevision)));

    public async Task<GraphDelta?> SyncExternalChangesAsync(CancellationToken cancellationToken = default)
    {
        var connection = _connection ?? throw NotInitialized();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ReloadIfNeeded();
            var from = Math.Min(_announcedRevision, _graph.Revision);
            using (var transaction = connection.BeginTransaction(deferred: true))
            {
                CatchUp(ReadRevision(transaction));
                transaction.Commit();
            }

            if (from >= _graph.Revision)
            {
                return null;
            }

            var delta = DeltaSince(from);
            _announcedRevision = _graph.Revision;
            return delta;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<IChunkedBatch> BeginChunkedBatchAsync(CancellationToken cancellationToken = default)
    {
        var connection = _connection ?? throw NotInitialized();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ReloadIfNeeded();
            var transaction = BeginImmediate(connection);
            try
            {
                var stored = ReadRevision(transaction);
                CatchUp(stored);
                return new ChunkedBatch(this, transaction, stored + 1);
            }
            catch
            {
                transaction.Dispose();
                throw;
            }
        }
        catch
        {
            _writeGate.Release();
            throw;
        }
    }

    public T Read<T>(Func<TalentGraph, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _graphLock.EnterReadLock();
        try
        {
            return read(_graph);
        }
        finally
        {
            _graphLock.ExitReadLock();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _imageTask.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _writeGate.WaitAsync();
        try
        {
            _disposed = true;
            WriteImageIfStale();
            if (_connection is not null)
            {
                try
                {
                    // Folds the log back into the file so a closed store is one file again.
                    using var phase = LoadPhases.Measure(LoadPhase.Checkpoint);
                    using var checkpoint = _connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                    checkpoint.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // Another process holds the file: it will checkpoint when it closes.
                }
            }

            CloseConnections();
        }
        finally
        {
            _writeGate.Release();
        }

        _graphLock.Dispose();
        _writeGate.Dispose();
    }

    private SqliteConnection OpenConnection()
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = DataPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(_options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Execute(connection, $"""
            PRAGMA page_size = 8192;
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA busy_timeout = {(long)_options.BusyTimeout.TotalMilliseconds};
            PRAGMA cache_size = -{_options.CacheSizeMiB * 1024};
            PRAGMA temp_store = MEMORY;
            """);
        connection.CreateFunction<string, long, long, string, string?, string, string?, string?>("ge_merge_aliases", RowCodec.MergeAliases, isDeterministic: true);
        connection.CreateFunction<string?, string?, string?>("ge_merge_sources", RowCodec.MergeSources, isDeterministic: true);
        return connection;
    }

    private static void CreateSchema(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, StoreSchema.Create, transaction);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StoreSchema.ReadMeta;
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            var version = reader.GetInt32(0);
            if (version > StoreSchema.Version)
            {
                throw new InvalidOperationException($"The store file was written by a newer GraphExplorer (schema {version}; this one reads {StoreSchema.Version}).");
            }
        }

        transaction.Commit();
    }

    private void LoadAll()
    {
        var started = _time.GetTimestamp();
        TalentGraph graph;
        RowKeys keys;
        GraphImageFile.Loaded? image = null;
        string? problem = null;
        int rows;
        using (var transaction = _connection!.BeginTransaction(deferred: true))
        {
            // The revision and the image's token are read in the same read transaction as the rows, so the rows read on
            // top of the image are exactly those committed after it.
            var revision = ReadRevision(transaction);
            if (_options.GraphImage)
            {
                image = GraphImageFile.TryRead(ImagePath, revision, r => ReadCommitToken(transaction, r), out problem);
            }

            graph = image?.Graph ?? new TalentGraph();
            keys = image?.Keys ?? new RowKeys();
            rows = image is null || revision > image.Revision ? ReadRows(_connection!, graph, keys, image?.Revision) : 0;
            graph.AdvanceTo(revision);
            transaction.Commit();
        }

        _graphLock.EnterWriteLock();
        try
        {
            _graph = graph;
            _keys = keys;
            _announcedRevision = graph.Revision;
            _needsReload = false;
        }
        finally
        {
            _graphLock.ExitWriteLock();
        }

        var elapsed = _time.GetElapsedTime(started);
        LastOpening = new StoreOpening(image is not null, image?.Revision, rows, problem, elapsed, image?.FlowTablesProblem);
        _imageRevision = image?.Revision ?? -1;
        if (image is not null)
        {
            EmbeddedStoreLog.OpenedFromImage(_logger, ImagePath, image.Revision, image.Bytes / 1048576, rows);
            if (image.FlowTablesProblem is { } flows)
            {
                EmbeddedStoreLog.FlowTablesUnused(_logger, ImagePath, flows);
            }
        }
        else if (_options.GraphImage)
        {
            EmbeddedStoreLog.ImageUnused(_logger, ImagePath, problem ?? "unknown");
        }

        EmbeddedStoreLog.Opened(_logger, DataPath, graph.Revision, graph.PeopleCount, graph.LabCount, graph.EdgeCount, graph.Articles.Count, (long)elapsed.TotalMilliseconds);

        // The next start should not pay for this one: an image is written in the background when the rows had to be read.
        if (_options.GraphImage && graph.Revision > 0 && (image is null || rows >= ImageRewriteChanges))
        {
            ScheduleImage();
        }
    }

    /// <summary>Writes a new image in the background, holding the write gate (writers wait; readers do not).</summary>
    private void ScheduleImage()
    {
        GraphImageFile.RemoveAbandoned(ImagePath);
        var previous = _imageTask;
        _imageTask = Task.Run(async () =>
        {
            await previous;
            await _writeGate.WaitAsync();
            try
            {
                if (!_disposed)
                {
                    WriteImageIfStale();
                }
            }
            finally
            {
                _writeGate.Release();
            }
        });
    }

    /// <summary>Writes the image of the graph in memory unless the one on disk already holds its revision (caller holds the write gate).</summary>
    private void WriteImageIfStale()
    {
        var graph = _graph;
        if (!_options.GraphImage || _needsReload || graph.Revision == _imageRevision || graph.Revision == 0 || _connection is null)
        {
            return;
        }

        var started = _time.GetTimestamp();
        try
        {
            long? token;
            using (var transaction = _connection.BeginTransaction(deferred: true))
            {
                token = ReadCommitToken(transaction, graph.Revision);
                transaction.Commit();
            }

            if (token is null)
            {
                return;
            }

            var bytes = GraphImageFile.Write(ImagePath, graph, _keys, token.Value);
            _imageRevision = graph.Revision;
            EmbeddedStoreLog.ImageWritten(_logger, ImagePath, graph.Revision, bytes / 1048576, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            // The image only saves time at the next start; the rows are already safe.
            EmbeddedStoreLog.ImageWriteFailed(_logger, ImagePath, ex);
        }
    }

    private static long? ReadCommitToken(SqliteTransaction transaction, long revision)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StoreSchema.ReadCommitToken;
        command.Parameters.AddWithValue("$revision", revision);
        return command.ExecuteScalar() is long token ? token : null;
    }

    private void ReloadIfNeeded()
    {
        if (_needsReload)
        {
            LoadAll();
        }
    }

    /// <summary>
    /// Brings memory up to <paramref name="storedRevision"/> by reading the rows other processes committed after the
    /// revision memory holds. Returns the number of rows read, or null when memory was already current.
    /// </summary>
    private int? CatchUp(long storedRevision)
    {
        var from = _graph.Revision;
        if (storedRevision <= from)
        {
            return null;
        }

        var changes = 0;
        ApplyToMemory(graph =>
        {
            changes = ReadRows(_connection!, graph, _keys, from);
            graph.AdvanceTo(storedRevision);
        });
        EmbeddedStoreLog.CaughtUp(_logger, from + 1, storedRevision, changes);
        return changes;
    }

    /// <summary>
    /// Streams rows (all, or those changed after <paramref name="fromRevision"/>) into <paramref name="graph"/>, in key
    /// order, recording the row key of every node and edge it adds.
    /// </summary>
    private int ReadRows(SqliteConnection connection, TalentGraph graph, RowKeys keys, long? fromRevision)
    {
        // Runs inside the caller's transaction, if any: SQLite transactions belong to the connection.
        var rows = 0;
        var where = (fromRevision is null ? string.Empty : " WHERE revision > $from") + " ORDER BY key";
        using (var entities = Query(connection, StoreSchema.SelectEntities + where, fromRevision))
        {
            while (entities.Step())
            {
                var key = entities.Int64(0);
                var entity = new Entity((NodeKind)entities.Int64(2), entities.Text(1), entities.Text(3), RowCodec.DecodeAliases(entities.TextOrNull(4)));
                var before = graph.NodeCount;
                graph.Upsert(entity, entities.Int64(5));
                if (graph.NodeCount > before)
                {
                    keys.SetNode(graph.NodeCount - 1, key);
                }
                else if (fromRevision is null)
                {
                    EmbeddedStoreLog.DuplicateRow(_logger, "entity", entity.Id, key);
                }

                rows++;
            }
        }

        // Edges are most of the rows. One thread steps SQLite and decodes rows while this one builds the graph (which
        // only one thread may change): the two halves take about as long, so opening takes about half the time.
        using var decoded = new System.Collections.Concurrent.BlockingCollection<EdgeRow[]>(boundedCapacity: 64);
        var reader = Task.Run(() => DecodeEdges(connection, keys, where, fromRevision, decoded));
        try
        {
            foreach (var block in decoded.GetConsumingEnumerable())
            {
                foreach (var row in block)
                {
                    if (row.Sources is null)
                    {
                        break;
                    }

                    // Ids come from the graph's own strings; the edge id is derived from the content, so it is not stored.
                    var edge = new Edge(
                        string.Empty,
                        row.Type,
                        graph.IdOf(row.Person),
                        graph.IdOf(row.Lab),
                        row.FromLab < 0 ? null : graph.IdOf(row.FromLab),
                        row.Role,
                        RowCodec.DecodeDate(row.Start),
                        RowCodec.DecodeDate(row.End),
                        RowCodec.DecodeDate(row.Date),
                        row.Sources);
                    var before = graph.EdgeCount;
                    graph.Upsert(edge, row.Revision);
                    if (graph.EdgeCount > before)
                    {
                        keys.SetEdge(graph.EdgeCount - 1, row.Key);
                    }
                    else if (fromRevision is null)
                    {
                        EmbeddedStoreLog.DuplicateRow(_logger, "edge", EdgeIdentity.IdOf(edge), row.Key);
                    }

                    rows++;
                }
            }
        }
        finally
        {
            // Rethrows what the reading thread met (a damaged file), after it has stopped using the connection.
            reader.GetAwaiter().GetResult();
        }

        using (var articles = Query(connection, StoreSchema.SelectArticles + (fromRevision is null ? string.Empty : " WHERE revision > $from"), fromRevision))
        {
            while (articles.Step())
            {
                var article = new Article(articles.Text(0), articles.TextOrNull(1), articles.TextOrNull(2), articles.TextOrNull(3), RowCodec.DecodeDate(articles.Int64(4)));
                graph.Upsert(article, articles.Int64(5));
                rows++;
            }
        }

        return rows;
    }

    private const int EdgeBlock = 512;

    /// <summary>How many rows read on top of an image (or changes committed since) make it worth writing a new one.</summary>
    private const int ImageRewriteChanges = 50_000;

    /// <summary>Steps the edge rows and hands them over in blocks, entity keys already turned into graph nodes.</summary>
    private static void DecodeEdges(SqliteConnection connection, RowKeys keys, string where, long? fromRevision, System.Collections.Concurrent.BlockingCollection<EdgeRow[]> output)
    {
        try
        {
            var strings = new RepeatedStrings();
            using var edges = Query(connection, StoreSchema.SelectEdges + where, fromRevision);
            var block = new EdgeRow[EdgeBlock];
            var count = 0;
            while (edges.Step())
            {
                block[count++] = new EdgeRow(
                    edges.Int64(0),
                    (EdgeType)edges.Int64(1),
                    keys.NodeOf(edges.Int64(2)),
                    keys.NodeOf(edges.Int64(3)),
                    edges.IsNull(4) ? -1 : keys.NodeOf(edges.Int64(4)),
                    edges.IsNull(5) ? null : strings.Role(edges, 5),
                    edges.Int64(6),
                    edges.Int64(7),
                    edges.Int64(8),
                    edges.IsNull(9) ? [] : strings.Sources(edges, 9),
                    edges.Int64(10));
                if (count == EdgeBlock)
                {
                    output.Add(block);
                    block = new EdgeRow[EdgeBlock];
                    count = 0;
                }
            }

            if (count > 0)
            {
                output.Add(block);
            }
        }
        finally
        {
            output.CompleteAdding();
        }
    }

    /// <summary>One decoded edge row; an unused slot at the end of a block has no sources array.</summary>
    private readonly record struct EdgeRow(long Key, EdgeType Type, int Person, int Lab, int FromLab, string? Role, long Start, long End, long Date, string[]? Sources, long Revision);

    private static RawStatement Query(SqliteConnection connection, string sql, long? fromRevision)
    {
        var statement = new RawStatement(connection, sql);
        if (fromRevision is { } from)
        {
            statement.Bind(statement.IndexOf("$from"), from);
        }

        return statement;
    }

    /// <summary>
    /// Roles and source lists repeat on millions of edge rows (one article states many facts): each distinct text is
    /// decoded to a string once and shared, instead of allocating strings and arrays for every row.
    /// </summary>
    private sealed class RepeatedStrings
    {
        private readonly Dictionary<string, string[]> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);
        private char[] _buffer = new char[256];

        public string[] Sources(RawStatement row, int column)
        {
            var text = row.Chars(column, ref _buffer);
            if (_sources.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var shared))
            {
                return shared;
            }

            var key = new string(text);
            shared = key.Contains(' ', StringComparison.Ordinal) ? key.Split(' ') : [key];
            for (var i = 0; i < shared.Length; i++)
            {
                // The ids inside a list of several are shared with the single-source lists too.
                shared[i] = _sources.TryGetValue(shared[i], out var single) ? single[0] : shared[i];
            }

            _sources.Add(key, shared);
            return shared;
        }

        public string Role(RawStatement row, int column)
        {
            var text = row.Chars(column, ref _buffer);
            if (_roles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var role))
            {
                return role;
            }

            role = new string(text);
            _roles.Add(role, role);
            return role;
        }
    }

    /// <summary>
    /// Writes a plan's rows: new entities and edges are appended, known ones (in memory, or written earlier in the same
    /// session) are merged into their rows.
    /// </summary>
    private void WritePlan(BatchPlan plan, long revision, WriteSession session, TalentGraph graph, RowKeys keys)
    {
        var writer = _writer!;
        writer.Begin(revision);
        foreach (var entity in plan.Entities)
        {
            if (session.EntityKeys.TryGetValue(entity.Id, out var key))
            {
                writer.UpdateEntity(key, entity);
            }
            else if (graph.TryFindNode(entity.Id, out var node))
            {
                writer.UpdateEntity(keys.NodeKey(node), entity);
            }
            else
            {
                session.EntityKeys.Add(entity.Id, writer.InsertEntity(entity));
            }
        }

        foreach (var edge in plan.Edges)
        {
            var person = EntityKey(edge.PersonId, session, graph, keys);
            var lab = EntityKey(edge.LabId, session, graph, keys);
            long? fromLab = edge.FromLabId is null ? null : EntityKey(edge.FromLabId, session, graph, keys);
            var existing = FindEdge(graph, edge);
            if (existing >= 0)
            {
                writer.UpdateEdge(keys.EdgeKey(existing), edge.Sources);
            }
            else if (session.TryFindWrittenEdge(edge, person, lab, fromLab, writer, out var written))
            {
                writer.UpdateEdge(written, edge.Sources);
            }
            else
            {
                session.AddWrittenEdge(edge, writer.InsertEdge(edge, person, lab, fromLab));
            }
        }

        foreach (var article in plan.Articles)
        {
            writer.UpsertArticle(article);
        }

        writer.Flush();
    }

    private static long EntityKey(string id, WriteSession session, TalentGraph graph, RowKeys keys) =>
        session.EntityKeys.TryGetValue(id, out var key) ? key
        : graph.TryFindNode(id, out var node) ? keys.NodeKey(node)
        : throw new InvalidOperationException($"Entity '{id}' is neither stored nor in the batch.");

    /// <summary>After a plan reached memory: records the row keys of the nodes and edges it added.</summary>
    private static void MapNewRows(TalentGraph graph, WriteSession session, int edgesBefore, RowKeys keys)
    {
        foreach (var (id, key) in session.EntityKeys)
        {
            if (graph.TryFindNode(id, out var node))
            {
                keys.SetNode(node, key);
            }
        }

        // The graph appends new edges in plan order; each guess is checked, and searched for when it is wrong.
        var next = edgesBefore;
        foreach (var (edge, key) in session.NewEdges)
        {
            var index = next < graph.EdgeCount && Matches(graph, next, edge) ? next : FindEdge(graph, edge);
            if (index >= 0)
            {
                keys.SetEdge(index, key);
                next = index + 1;
            }
        }
    }

    /// <summary>The graph index of the edge asserting what <paramref name="edge"/> asserts, or -1.</summary>
    private static int FindEdge(TalentGraph graph, Edge edge)
    {
        if (!graph.TryFindNode(edge.PersonId, out var person))
        {
            return -1;
        }

        foreach (var index in graph.EdgesOf(person))
        {
            if (Matches(graph, index, edge))
            {
                return index;
            }
        }

        return -1;
    }

    private static bool Matches(TalentGraph graph, int index, Edge edge)
    {
        var view = graph.EdgeAt(index);
        return view.Type == edge.Type
            && graph.IdOf(view.Person) == edge.PersonId
            && graph.IdOf(view.Lab) == edge.LabId
            && (view.FromLab < 0 ? edge.FromLabId is null : graph.IdOf(view.FromLab) == edge.FromLabId)
            && view.Start == edge.Start
            && view.End == edge.End
            && view.Date == edge.Date
            && RowCodec.SameRole(view.Role, edge.Role);
    }

    /// <summary>Changes memory under the write lock; a failure part-way leaves memory suspect, so it is reloaded from the file.</summary>
    private void ApplyToMemory(Action<TalentGraph> change)
    {
        _graphLock.EnterWriteLock();
        try
        {
            change(_graph);
        }
        catch (Exception ex)
        {
            _needsReload = true;
            EmbeddedStoreLog.Reloading(_logger, DataPath, ex);
            throw;
        }
        finally
        {
            _graphLock.ExitWriteLock();
        }
    }

    private GraphDelta DeltaSince(long from) => Read(graph =>
        from <= 0 || graph.CountChangesSince(from) > _options.MaxDeltaChanges ? graph.ChangesSince(0) : graph.ChangesSince(from));

    private static SqliteTransaction BeginImmediate(SqliteConnection connection) =>

        // BEGIN IMMEDIATE takes the file's write lock now (waiting out other processes), so the revision read next
        // cannot move before this transaction commits.
        connection.BeginTransaction(deferred: false);

    private static long ReadRevision(SqliteTransaction transaction)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StoreSchema.ReadMeta;
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt64(1) : 0;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static GraphConflictException AsConflict(SqliteException ex)
    {
        var message = ex.Message;
        var at = message.IndexOf(StoreSchema.ConflictMarker, StringComparison.Ordinal);
        return new GraphConflictException(at < 0 ? message : message[(at + StoreSchema.ConflictMarker.Length)..].TrimEnd('.', '\''));
    }

    private void CloseConnections()
    {
        _writer?.Dispose();
        _writer = null;
        _connection?.Dispose();
        _connection = null;
        _readConnection?.Dispose();
        _readConnection = null;
    }

    private static InvalidOperationException NotInitialized() => new("The embedded store is not open: call InitializeAsync first.");

    /// <summary>
    /// One batch written chunk by chunk in one transaction. Into an empty store (a first, large load) the chunks are also
    /// built into a graph of their own, which becomes memory at the commit; otherwise memory catches up from the rows
    /// after the commit.
    /// </summary>
    private sealed class ChunkedBatch(EmbeddedGraphStore store, SqliteTransaction transaction, long revision) : IChunkedBatch
    {
        // Reading back millions of rows just written took as long as opening the store from them (about 10 s a million
        // people); building the same graph as the chunks are written costs a fraction of that.
        private readonly TalentGraph? _staged = store._graph.NodeCount == 0 && store._graph.Articles.Count == 0 ? new TalentGraph() : null;
        private readonly RowKeys _stagedKeys = new();
        private readonly HashSet<ulong> _people = [];
        private readonly HashSet<ulong> _labs = [];
        private readonly HashSet<ulong> _edges = [];
        private readonly HashSet<ulong> _articles = [];
        private readonly WriteSession _session = new(trackEdges: true);
        private readonly long _started = store._time.GetTimestamp();
        private int _chunks;
        private bool _changed;
        private bool _finished;
        private bool _broken;

        // A first load's rows are written on a thread of their own while the next chunk is planned and staged (the two
        // took about as long as each other, one after the other): _rows is the last chunk's rows, _rowsBefore the one
        // before it, so at most two chunks wait for their rows.
        private Task _rows = Task.CompletedTask;
        private Task _rowsBefore = Task.CompletedTask;

        /// <summary>
        /// Gets a value indicating whether chunks must name their edges: a first load finds edges by content in the
        /// staged graph and writes rows without ids, so it reads none (and a chunked batch announces no delta).
        /// </summary>
        public bool EdgeIdsNeeded => _staged is null;

        public async Task AddAsync(GraphBatch chunk, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(chunk);
            ObjectDisposedException.ThrowIf(_finished, this);
            if (_broken)
            {
                throw new InvalidOperationException("An earlier chunk of this batch failed: it can only be rolled back.");
            }

            RowCodec.CheckSources(chunk);
            cancellationToken.ThrowIfCancellationRequested();

            // Planned against memory, which does not hold the earlier chunks yet (the upserts merge with their rows), or
            // against the staged graph, which does.
            BatchPlan plan;
            using (LoadPhases.Measure(LoadPhase.Plan))
            {
                plan = (_staged ?? store._graph).Plan(chunk, nameEdges: EdgeIdsNeeded);
            }

            _changed |= !plan.IsEmpty;
            await GuardAsync(WriteAsync(plan)).ConfigureAwait(false);
            _chunks++;

            // Into an empty store everything named is added, so nothing was already present and there is nothing to
            // count (hashing every id of a first load cost more than a tenth of planning it).
            if (_staged is not null)
            {
                return;
            }

            using var counting = LoadPhases.Measure(LoadPhase.Plan);
            foreach (var entity in chunk.Entities)
            {
                (entity.Kind == NodeKind.Person ? _people : _labs).Add(StableHash.Of(entity.Id));
            }

            foreach (var edge in chunk.Edges)
            {
                _edges.Add(StableHash.Of(string.IsNullOrEmpty(edge.Id) ? EdgeIdentity.IdOf(edge) : edge.Id));
            }

            foreach (var article in chunk.Articles)
            {
                _articles.Add(StableHash.Of(article.Id));
            }
        }

        public async Task<ChunkedBatchResult> CommitAsync(CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            if (_broken)
            {
                throw new InvalidOperationException("A chunk of this batch failed: it can only be rolled back.");
            }

            // Every chunk's rows are in the transaction before it commits; a chunk whose rows failed breaks the batch.
            await GuardAsync(_rows).ConfigureAwait(false);
            var graph = store._graph;
            int people = graph.PeopleCount, labs = graph.LabCount, edges = graph.EdgeCount, articles = graph.Articles.Count;
            if (!_changed)
            {
                // Every chunk was already stored as it is (the same file loaded again): nothing to commit, as with
                // ApplyAsync, so the revision does not move and readers see no change.
                transaction.Rollback();
                _finished = true;
                return new ChunkedBatchResult(revision - 1, CountsOf(graph, people, labs, edges, articles));
            }

            // The image written after a first load holds the flows tables: building them takes the CPU (two cores, a
            // second at a million people) while the commit mostly waits for the disk, instead of after it. The staged
            // graph is complete and nothing else sees it until the commit is through, so it is read safely.
            _staged?.AdvanceTo(revision);
            var derived = _staged is not null && store._options.GraphImage ? BuildDerivedAhead(_staged) : Task.CompletedTask;
            try
            {
                using (LoadPhases.Measure(LoadPhase.Commit))
                {
                    store._writer!.SetRevision(revision);
                    transaction.Commit();
                }
            }
            finally
            {
                // Whatever happened, nothing may still read the staged graph when this returns.
                await derived.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            _finished = true;
            using (LoadPhases.Measure(LoadPhase.AddToGraph))
            {
                if (_staged is null)
                {
                    store.CatchUp(revision);
                }
                else
                {
                    store.ApplyToMemory(_ => (store._graph, store._keys) = (_staged, _stagedKeys));
                }
            }

            graph = store._graph;

            // A batch this large would take long to read again from the rows at the next start.
            if (store._options.GraphImage)
            {
                store.ScheduleImage();
            }

            var counts = CountsOf(graph, people, labs, edges, articles);
            var elapsed = store._time.GetElapsedTime(_started);
            GraphExplorerTelemetry.RecordCommit(store.Engine, counts.PeopleAdded + counts.LabsAdded + counts.EdgesAdded + counts.ArticlesAdded, elapsed);
            EmbeddedStoreLog.ChunkedCommitted(store._logger, revision, _chunks, (long)elapsed.TotalMilliseconds);
            return new ChunkedBatchResult(revision, counts);
        }

        // A failure here is not the batch's: the image writer builds the tables again (and reports what failed).
        private static Task BuildDerivedAhead(TalentGraph graph) => Task.Run(
            () =>
            {
                using var phase = LoadPhases.Measure(LoadPhase.Derived);
                FlowTablesImage.BuildAhead(graph);
            },
            CancellationToken.None);

        private async Task WriteAsync(BatchPlan plan)
        {
            if (_staged is null)
            {
                using var writing = LoadPhases.Measure(LoadPhase.WriteRows);
                store.WritePlan(plan, revision, _session, store._graph, store._keys);
                return;
            }

            var staged = Stage(plan, revision, _staged);
            await _rowsBefore.ConfigureAwait(false);
            var previous = _rows;
            _rowsBefore = previous;
            _rows = Task.Run(
                async () =>
                {
                    await previous.ConfigureAwait(false);
                    store.WriteStagedRows(staged, revision, _stagedKeys);
                },
                CancellationToken.None);
        }

        /// <summary>
        /// Waits for a chunk's writing; its failure breaks the batch (a conflict is reported as one): rows and the staged
        /// graph may hold part of the chunk, so only a rollback is left.
        /// </summary>
        private async Task GuardAsync(Task writing)
        {
            try
            {
                await writing.ConfigureAwait(false);
            }
            catch (SqliteException ex) when (ex.Message.Contains(StoreSchema.ConflictMarker, StringComparison.Ordinal))
            {
                _broken = true;
                throw AsConflict(ex);
            }
            catch
            {
                _broken = true;
                throw;
            }
        }

        /// <summary>
        /// Added is exact (what memory gained since the counts given); already present is what the chunks named minus what
        /// was added (none for a first load, whose chunks are not counted).
        /// </summary>
        private LoadCounts CountsOf(TalentGraph graph, int people, int labs, int edges, int articles)
        {
            int peopleAdded = graph.PeopleCount - people, labsAdded = graph.LabCount - labs, edgesAdded = graph.EdgeCount - edges, articlesAdded = graph.Articles.Count - articles;
            return new LoadCounts(
                peopleAdded,
                Math.Max(0, _people.Count - peopleAdded),
                labsAdded,
                Math.Max(0, _labs.Count - labsAdded),
                edgesAdded,
                Math.Max(0, _edges.Count - edgesAdded),
                articlesAdded,
                Math.Max(0, _articles.Count - articlesAdded));
        }

        public async ValueTask DisposeAsync()
        {
            if (!_finished)
            {
                EmbeddedStoreLog.RolledBack(store._logger, "a chunked batch was abandoned before it committed");
            }

            // Rows still being written must stop using the transaction before it rolls back; their failure is moot then.
            await _rows.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _finished = true;
            transaction.Dispose();
            store._writeGate.Release();
        }
    }

    /// <summary>
    /// The rows one write has appended so far: entity keys by id, and (for a chunked batch, whose later chunks are
    /// planned before the earlier ones reach memory) edge keys by a hash of the edge id, checked against the row.
    /// </summary>
    private sealed class WriteSession(bool trackEdges)
    {
        private readonly Dictionary<ulong, long>? _edgeKeys = trackEdges ? [] : null;
        private readonly Dictionary<string, long>? _collidedEdgeKeys = trackEdges ? new(StringComparer.Ordinal) : null;

        public Dictionary<string, long> EntityKeys { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets the edges appended, in order (for mapping them to graph indexes once the plan is in memory).</summary>
        public List<(Edge Edge, long Key)> NewEdges { get; } = [];

        public bool TryFindWrittenEdge(Edge edge, long person, long lab, long? fromLab, RowWriter writer, out long key)
        {
            key = 0;
            if (_edgeKeys is null)
            {
                return false;
            }

            var id = string.IsNullOrEmpty(edge.Id) ? EdgeIdentity.IdOf(edge) : edge.Id;
            return (_edgeKeys.TryGetValue(StableHash.Of(id), out key) && writer.EdgeRowMatches(key, edge, person, lab, fromLab))
                || _collidedEdgeKeys!.TryGetValue(id, out key);
        }

        public void AddWrittenEdge(Edge edge, long key)
        {
            if (_edgeKeys is null)
            {
                NewEdges.Add((edge, key));
                return;
            }

            // A chunked batch maps its rows when memory catches up after the commit; it only needs to find them again.
            var id = string.IsNullOrEmpty(edge.Id) ? EdgeIdentity.IdOf(edge) : edge.Id;
            if (!_edgeKeys.TryAdd(StableHash.Of(id), key))
            {
                _collidedEdgeKeys!.Add(id, key);
            }
        }
    }
}
