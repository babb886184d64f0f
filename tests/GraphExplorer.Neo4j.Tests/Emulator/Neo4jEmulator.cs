using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Tests.QueryApi;
using Microsoft.AspNetCore.Http;

namespace GraphExplorer.Neo4j.Tests.Emulator;

/// <summary>One statement (or transaction step) the emulator received, identified by its cypher/ file.</summary>
internal sealed record EmulatedCall(int Sequence, string File, IReadOnlyDictionary<string, CypherValue> Parameters, string AccessMode, string? TransactionId)
{
    public CypherValue this[string parameter] => Parameters[parameter];

    public const string Begin = "BEGIN";
    public const string Commit = "COMMIT";
    public const string Rollback = "ROLLBACK";
}

/// <summary>What a statement answers: rows, or a Neo4j error.</summary>
internal sealed record EmulatedAnswer(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows, int Status = 202, string? ErrorCode = null, string? ErrorMessage = null)
{
    public static EmulatedAnswer Empty { get; } = new([], []);

    public static EmulatedAnswer Of(IReadOnlyList<string> fields, params object?[][] rows) => new(fields, rows);

    public static EmulatedAnswer Error(int status, string code, string message) => new([], [], status, code, message);
}

/// <summary>
/// A stand-in for Neo4j's Query API that runs the application's own statements (it knows each cypher/ file by its
/// text) against an in-memory graph, following what each file is documented to do (cypher/README.md and the files'
/// comments): MERGE semantics and revisions for the loads, paging for the snapshots, breadth-first shortest paths with
/// the same date widening for as-of, the careers around a person or lab, flows. Explicit transactions are real: writes
/// stay private to the transaction until it commits, a rollback drops them, and <c>bump-revision</c> takes a lock
/// that orders writers as the :Meta node's lock does. It records every call, and a test can replace any statement's
/// answer (<see cref="Override"/>) to script an error or a server-only feature (GDS).
/// </summary>
/// <remarks>
/// This proves the application's side (transactions, batching, paging, mapping rows to records, what is asked for).
/// Whether Neo4j's Cypher does what the files say is proved by the linter here and by the contract tests on a real
/// Neo4j (Testcontainers) where Docker runs.
/// </remarks>
internal sealed partial class Neo4jEmulator : IAsyncDisposable
{
    private static readonly Dictionary<string, string> s_fileByText = BuildFileIndex();

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Dictionary<string, Transaction> _transactions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<EmulatedCall, EmulatedAnswer>> _overrides = new(StringComparer.Ordinal);
    private readonly List<EmulatedCall> _calls = [];
    private EmulatedGraph _committed = new();
    private FakeNeo4j? _server;
    private int _sequence;
    private int _nextTransaction;

    public Uri Uri => _server!.Uri;

    /// <summary>Gets or sets whether the Graph Data Science procedures are "installed" (gds-available).</summary>
    public bool GdsInstalled { get; set; }

    /// <summary>Gets every call so far, in the order received.</summary>
    public IReadOnlyList<EmulatedCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Gets the committed revision (the :Meta node's).</summary>
    public long Revision
    {
        get
        {
            lock (_lock)
            {
                return _committed.HasMeta ? _committed.Revision : 0;
            }
        }
    }

    /// <summary>Gets a copy of the committed graph.</summary>
    public EmulatedGraph Snapshot()
    {
        lock (_lock)
        {
            return _committed.Clone();
        }
    }

    public static async Task<Neo4jEmulator> StartAsync()
    {
        var emulator = new Neo4jEmulator();
        emulator._server = await FakeNeo4j.StartAsync((context, request, _) => emulator.HandleAsync(context, request));
        return emulator;
    }

    public QueryApiClient CreateClient(Action<Neo4jOptions>? configure = null) => FakeNeo4j.CreateClient(Uri, configure);

    /// <summary>Answers the statements of <paramref name="file"/> with <paramref name="answer"/> instead of running them.</summary>
    public void Override(string file, Func<EmulatedCall, EmulatedAnswer> answer)
    {
        lock (_lock)
        {
            _overrides[file] = answer;
        }
    }

    /// <summary>Changes the committed graph directly, as another process's committed batch would.</summary>
    public void Commit(Action<EmulatedGraph> change)
    {
        lock (_lock)
        {
            var graph = _committed.Clone();
            change(graph);
            _committed = graph;
        }
    }

    public IReadOnlyList<EmulatedCall> CallsOf(string file) => Calls.Where(c => c.File == file).ToList();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _writeLock.Dispose();
    }

    private static Dictionary<string, string> BuildFileIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in CypherFiles.Names)
        {
            var file = Path.GetFileNameWithoutExtension(name);
            index[CypherFiles.Get(file)] = file;
            foreach (var statement in CypherFiles.Statements(file))
            {
                index.TryAdd(statement, file);
            }
        }

        return index;
    }

    private async Task HandleAsync(HttpContext context, RecordedRequest request)
    {
        if (request.Method == "GET" && request.Path == "/")
        {
            await WriteJson(context, 200, """{"bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}""");
            return;
        }

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + FakeNeo4j.Password));
        if (request.Header("Authorization") != expected)
        {
            await WriteError(context, EmulatedAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
            return;
        }

        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        // db/{name}/query/v2[/tx[/{id}[/commit]]]
        if (segments.Length < 4 || segments[0] != "db" || segments[2] != "query" || segments[3] != "v2")
        {
            await WriteError(context, EmulatedAnswer.Error(404, "Neo.ClientError.Request.Invalid", $"No such endpoint {request.Path}."));
            return;
        }

        if (segments.Length == 4 && request.Method == "POST")
        {
            await RunImplicitAsync(context, request.Body);
        }
        else if (segments.Length == 5 && segments[4] == "tx" && request.Method == "POST")
        {
            await BeginAsync(context, request.Body);
        }
        else if (segments.Length == 6 && request.Method == "POST")
        {
            await RunInTransactionAsync(context, segments[5], request.Body, request.Header(QueryApiClient.AffinityHeader));
        }
        else if (segments.Length == 7 && segments[6] == "commit" && request.Method == "POST")
        {
            await EndAsync(context, segments[5], commit: true);
        }
        else if (segments.Length == 6 && request.Method == "DELETE")
        {
            await EndAsync(context, segments[5], commit: false);
        }
        else
        {
            await WriteError(context, EmulatedAnswer.Error(404, "Neo.ClientError.Request.Invalid", $"No such endpoint {request.Method} {request.Path}."));
        }
    }

    private async Task RunImplicitAsync(HttpContext context, string body)
    {
        var (statement, parameters, accessMode) = ParseBody(body);
        var call = Record(FileOf(statement), parameters, accessMode, null);
        if (IsWrite(call.File))
        {
            if (accessMode == "Read")
            {
                await WriteError(context, AccessModeError());
                return;
            }

            await _writeLock.WaitAsync();
            try
            {
                EmulatedGraph graph;
                lock (_lock)
                {
                    graph = _committed.Clone();
                }

                var answer = Execute(call, graph, statement);
                if (answer.ErrorCode is null)
                {
                    lock (_lock)
                    {
                        _committed = graph;
                    }
                }

                await WriteAnswer(context, answer, null);
            }
            finally
            {
                _writeLock.Release();
            }

            return;
        }

        EmulatedGraph committed;
        lock (_lock)
        {
            committed = _committed;
        }

        await WriteAnswer(context, Execute(call, committed, statement), null);
    }

    private async Task BeginAsync(HttpContext context, string body)
    {
        var accessMode = "Write";
        if (body.Length > 0)
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("accessMode", out var mode))
            {
                accessMode = mode.GetString() ?? "Write";
            }
        }

        Transaction transaction;
        lock (_lock)
        {
            var id = (++_nextTransaction).ToString(CultureInfo.InvariantCulture);
            transaction = new Transaction(id, accessMode, _committed.Clone());
            _transactions[id] = transaction;
        }

        Record(EmulatedCall.Begin, new Dictionary<string, CypherValue>(), accessMode, transaction.Id);
        context.Response.Headers[QueryApiClient.AffinityHeader] = "affinity-" + transaction.Id;
        await WriteJson(context, 202, $$$"""{"data":{"fields":[],"values":[]},"transaction":{"id":"{{{transaction.Id}}}","expires":"2099-01-01T00:00:00Z"}}""");
    }

    private async Task RunInTransactionAsync(HttpContext context, string id, string body, string? affinity)
    {
        var transaction = Find(id);
        if (transaction is null || affinity != "affinity-" + id)
        {
            await WriteError(context, EmulatedAnswer.Error(404, "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {id} not found (or its affinity header is missing)."));
            return;
        }

        var (statement, parameters, _) = ParseBody(body);
        var call = Record(FileOf(statement), parameters, transaction.AccessMode, id);
        if (IsWrite(call.File))
        {
            if (transaction.AccessMode == "Read")
            {
                await Fail(transaction);
                await WriteError(context, AccessModeError());
                return;
            }

            if (!transaction.HoldsWriteLock)
            {
                // Writers queue here as they queue on the :Meta node's lock, and then see what committed before them.
                await _writeLock.WaitAsync();
                transaction.HoldsWriteLock = true;
                lock (_lock)
                {
                    transaction.Graph = _committed.Clone();
                }
            }
        }

        var answer = Execute(call, transaction.Graph, statement);
        if (answer.ErrorCode is not null)
        {
            // Neo4j rolls a transaction back when a statement in it fails.
            await Fail(transaction);
        }

        await WriteAnswer(context, answer, id);
    }

    private async Task EndAsync(HttpContext context, string id, bool commit)
    {
        var transaction = Find(id);
        if (transaction is null)
        {
            await WriteError(context, EmulatedAnswer.Error(404, "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {id} not found."));
            return;
        }

        Record(commit ? EmulatedCall.Commit : EmulatedCall.Rollback, new Dictionary<string, CypherValue>(), transaction.AccessMode, id);
        lock (_lock)
        {
            _transactions.Remove(id);
            if (commit && transaction.HoldsWriteLock)
            {
                _committed = transaction.Graph;
            }
        }

        if (transaction.HoldsWriteLock)
        {
            _writeLock.Release();
        }

        await WriteJson(context, commit ? 202 : 200, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:emulated"]}""");
    }

    private Task Fail(Transaction transaction)
    {
        lock (_lock)
        {
            _transactions.Remove(transaction.Id);
        }

        if (transaction.HoldsWriteLock)
        {
            transaction.HoldsWriteLock = false;
            _writeLock.Release();
        }

        return Task.CompletedTask;
    }

    private Transaction? Find(string id)
    {
        lock (_lock)
        {
            return _transactions.GetValueOrDefault(id);
        }
    }

    private EmulatedCall Record(string file, IReadOnlyDictionary<string, CypherValue> parameters, string accessMode, string? transaction)
    {
        lock (_lock)
        {
            var call = new EmulatedCall(++_sequence, file, parameters, accessMode, transaction);
            _calls.Add(call);
            return call;
        }
    }

    private EmulatedAnswer Execute(EmulatedCall call, EmulatedGraph graph, string statement)
    {
        Func<EmulatedCall, EmulatedAnswer>? scripted;
        lock (_lock)
        {
            scripted = _overrides.GetValueOrDefault(call.File);
        }

        if (scripted is not null)
        {
            return scripted(call);
        }

        try
        {
            return call.File switch
            {
                "" => statement.Trim() == "RETURN 1 AS ok"
                    ? EmulatedAnswer.Of(["ok"], [1L])
                    : EmulatedAnswer.Error(400, "Neo.ClientError.Statement.SyntaxError", $"The emulator knows only the cypher/ files, not: {statement}"),
                _ => Statements.Run(call, graph, GdsInstalled),
            };
        }
        catch (KeyNotFoundException ex)
        {
            return EmulatedAnswer.Error(400, "Neo.ClientError.Statement.ParameterMissing", ex.Message);
        }
    }

    private static string FileOf(string statement) =>
        s_fileByText.TryGetValue(statement, out var file) || s_fileByText.TryGetValue(statement.Trim(), out file) ? file : string.Empty;

    private static bool IsWrite(string file) => file is "bump-revision" or "load-entities" or "load-edges" or "load-articles" or "schema";

    private static EmulatedAnswer AccessModeError() =>
        EmulatedAnswer.Error(400, "Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)");

    private static (string Statement, IReadOnlyDictionary<string, CypherValue> Parameters, string AccessMode) ParseBody(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var statement = root.GetProperty("statement").GetString()!;
        var parameters = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        if (root.TryGetProperty("parameters", out var given))
        {
            foreach (var p in given.EnumerateObject())
            {
                parameters[p.Name] = TypedJson.ReadValue(p.Value, "$" + p.Name);
            }
        }

        var accessMode = root.TryGetProperty("accessMode", out var mode) ? mode.GetString() ?? "Write" : "Write";
        return (statement, parameters, accessMode);
    }

    private static async Task WriteAnswer(HttpContext context, EmulatedAnswer answer, string? transaction)
    {
        if (answer.ErrorCode is not null)
        {
            await WriteError(context, answer);
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteStartArray("fields");
            foreach (var field in answer.Fields)
            {
                w.WriteStringValue(field);
            }

            w.WriteEndArray();
            w.WriteStartArray("values");
            foreach (var row in answer.Rows)
            {
                w.WriteStartArray();
                for (var i = 0; i < row.Length; i++)
                {
                    TypedJson.WriteValue(w, row[i], answer.Fields[i], 0);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            if (transaction is not null)
            {
                w.WriteStartObject("transaction");
                w.WriteString("id", transaction);
                w.WriteString("expires", "2099-01-01T00:00:00Z");
                w.WriteEndObject();
            }

            w.WriteStartArray("bookmarks");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        await WriteJson(context, answer.Status, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static Task WriteError(HttpContext context, EmulatedAnswer error) =>
        WriteJson(context, error.Status, JsonSerializer.Serialize(new { errors = new[] { new { code = error.ErrorCode, message = error.ErrorMessage } } }));

    private static Task WriteJson(HttpContext context, int status, string json) => FakeNeo4j.Reply(context, status, json);

    private sealed class Transaction(string id, string accessMode, EmulatedGraph graph)
    {
        public string Id { get; } = id;

        public string AccessMode { get; } = accessMode;

        public EmulatedGraph Graph { get; set; } = graph;

        public bool HoldsWriteLock { get; set; }
    }
}
