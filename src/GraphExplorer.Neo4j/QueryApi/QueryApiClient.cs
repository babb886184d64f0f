using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.QueryApi;

/// <summary>
/// The one class that talks to Neo4j: its HTTP Query API v2 (the .NET driver is not available to this project).
/// Statements run in implicit transactions (<see cref="RunAsync"/>) or explicit ones (<see cref="BeginTransactionAsync"/>,
/// <see cref="ExecuteInTransactionAsync{T}"/>); values travel as typed JSON. Every failure is a
/// <see cref="Neo4jQueryException"/>; transient ones are retried per <see cref="Neo4jOptions.MaxRetries"/> where that is
/// safe. Thread-safe; register it as a typed HttpClient (<c>AddNeo4jQueryApi</c>).
/// </summary>
public sealed class QueryApiClient
{
    /// <summary>The header that pins the calls of one explicit transaction to the server that holds it.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ILogger<QueryApiClient> _logger;
    private readonly TimeProvider _time;
    private readonly Uri _baseUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly string _databasePath;

    public QueryApiClient(HttpClient http, IOptions<Neo4jOptions> options, ILogger<QueryApiClient> logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        var validation = new Neo4jOptionsValidator().Validate(null, _options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Neo4jOptions.SectionName, typeof(Neo4jOptions), validation.Failures);
        }

        _http = http;
        _logger = logger;
        _time = timeProvider;

        // A base address with a path ("http://proxy/neo4j") must end in '/' or relative paths would replace its last segment.
        var uri = _options.Uri!.ToString();
        _baseUri = new Uri(uri.EndsWith('/') ? uri : uri + "/");
        _databasePath = $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";
        if (!string.IsNullOrEmpty(_options.User))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }

    /// <summary>
    /// Runs one statement in an implicit transaction (committed by the server when it succeeds). Transient failures
    /// are retried, so the statement must be safe to run twice (every write statement in cypher/ is: they MERGE).
    /// </summary>
    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        options ??= QueryOptions.Default;
        var body = StatementBody(statement, parameters, options, includeAccessMode: true);
        var answer = await WithRetriesAsync(
            () => SendAsync(HttpMethod.Post, _databasePath, body, affinity: null, options.Timeout, options.MaxRows, cancellationToken),
            HttpMethod.Post,
            _databasePath,
            cancellationToken);
        return answer.Result;
    }

    /// <summary>
    /// Opens an explicit transaction. Calls inside it are not retried (the server rolls a transaction back when a
    /// statement in it fails); to retry a whole unit of work use <see cref="ExecuteInTransactionAsync{T}"/>.
    /// Dispose the transaction to roll it back when it was not committed.
    /// </summary>
    public async Task<QueryApiTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        var body = new RequestBody(w =>
        {
            w.WriteStartObject();
            w.WriteString("accessMode", AccessModeText(accessMode));
            w.WriteEndObject();
        });
        var path = _databasePath + "/tx";
        var answer = await WithRetriesAsync(
            () => SendAsync(HttpMethod.Post, path, body, affinity: null, timeout: null, maxRows: null, cancellationToken),
            HttpMethod.Post,
            path,
            cancellationToken);
        if (string.IsNullOrEmpty(answer.TransactionId))
        {
            throw new Neo4jQueryException(Neo4jErrorKind.Protocol, "GraphExplorer.Protocol", "Neo4j opened no transaction: its answer has no transaction.id.");
        }

        Log.TransactionBegun(_logger, answer.TransactionId, accessMode);
        return new QueryApiTransaction(this, answer.TransactionId, answer.Affinity, answer.Expires);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in an explicit transaction and commits it, unless the work ended the transaction
    /// itself (a batch that turns out to change nothing rolls back rather than commit an empty revision). When
    /// anything in it fails transiently (including the commit), the transaction is rolled back and the whole work runs
    /// again, up to <see cref="Neo4jOptions.MaxRetries"/> more times; the work must therefore be safe to repeat.
    /// </summary>
    public async Task<T> ExecuteInTransactionAsync<T>(
        AccessMode accessMode,
        Func<QueryApiTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var transaction = await BeginTransactionAsync(accessMode, cancellationToken);
                var result = await work(transaction, cancellationToken);
                if (transaction.IsOpen)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                return result;
            }
            catch (Neo4jQueryException ex) when (ex.IsTransient && attempt < _options.MaxRetries)
            {
                var delay = RetryDelay(attempt);
                Log.RetryingTransaction(_logger, ex.Kind, ex.Message, attempt + 1, _options.MaxRetries, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Checks at start-up that Neo4j answers at <see cref="Neo4jOptions.Uri"/> (<c>GET /</c>) and that the configured
    /// user can run a statement on the configured database (<c>RETURN 1</c>). Throws a <see cref="Neo4jQueryException"/>
    /// whose message says what is wrong and which setting to fix.
    /// </summary>
    public async Task<Neo4jServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        const string Section = Neo4jOptions.SectionName;
        Neo4jServerInfo info;
        try
        {
            var discovery = await WithRetriesAsync(
                () => SendAsync(HttpMethod.Get, string.Empty, body: null, affinity: null, timeout: null, maxRows: null, cancellationToken, authenticate: false),
                HttpMethod.Get,
                "/",
                cancellationToken);
            info = discovery.ServerInfo ?? new Neo4jServerInfo(null, null);
        }
        catch (Neo4jQueryException ex) when (ex.Kind is Neo4jErrorKind.Unreachable or Neo4jErrorKind.ConnectionLost or Neo4jErrorKind.Timeout)
        {
            throw new Neo4jQueryException(
                ex.Kind,
                ex.Code,
                $"Cannot reach Neo4j at {_options.Uri} ({Section}:Uri): {ex.Message} Is the server running, and its HTTP connector (port 7474 by default) reachable from here?",
                ex.StatusCode,
                ex);
        }
        catch (Neo4jQueryException ex)
        {
            throw new Neo4jQueryException(
                ex.Kind,
                ex.Code,
                $"{_options.Uri} ({Section}:Uri) does not answer like Neo4j's HTTP connector: {ex.Message}",
                ex.StatusCode,
                ex);
        }

        QueryResult probe;
        try
        {
            probe = await RunAsync("RETURN 1 AS ok", options: QueryOptions.ReadOnly, cancellationToken: cancellationToken);
        }
        catch (Neo4jQueryException ex)
        {
            var message = ex.Kind switch
            {
                Neo4jErrorKind.Unauthorized =>
                    $"Neo4j at {_options.Uri} refused the credentials of user '{_options.User}' ({Section}:User, {Section}:Password): {ex.Message}",
                Neo4jErrorKind.Forbidden =>
                    $"User '{_options.User}' may not run statements on database '{_options.Database}' at {_options.Uri}: {ex.Message}",
                Neo4jErrorKind.DatabaseNotFound =>
                    $"Neo4j at {_options.Uri} has no database '{_options.Database}' ({Section}:Database): {ex.Message}",
                Neo4jErrorKind.Client when ex.StatusCode == HttpStatusCode.NotFound =>
                    $"Neo4j at {_options.Uri} has no Query API at /{_databasePath}: it needs Neo4j 5.25 or later, or the database '{_options.Database}' ({Section}:Database) does not exist. {ex.Message}",
                Neo4jErrorKind.Unreachable or Neo4jErrorKind.ConnectionLost or Neo4jErrorKind.Timeout =>
                    $"Cannot reach Neo4j at {_options.Uri} ({Section}:Uri): {ex.Message}",
                _ => $"Neo4j at {_options.Uri} failed a test statement on database '{_options.Database}': {ex.Message}",
            };
            throw new Neo4jQueryException(ex.Kind, ex.Code, message, ex.StatusCode, ex);
        }

        if (probe.Rows.Count != 1 || probe.Rows[0].Values.Count != 1 || probe.Rows[0][0] is not CypherInteger { Value: 1 })
        {
            throw new Neo4jQueryException(Neo4jErrorKind.Protocol, "GraphExplorer.Protocol", $"Neo4j at {_options.Uri} answered RETURN 1 with something other than 1.");
        }

        Log.Connected(_logger, info.Version ?? "(version unknown)", info.Edition ?? "edition unknown", _options.Uri!, _options.Database);
        return info;
    }

    internal async Task<QueryResult> RunInTransactionAsync(QueryApiTransaction transaction, string statement, IReadOnlyDictionary<string, object?>? parameters, QueryOptions? options, CancellationToken cancellationToken)
    {
        options ??= QueryOptions.Default;
        var answer = await SendAsync(
            HttpMethod.Post,
            TransactionPath(transaction.Id),
            StatementBody(statement, parameters, options, includeAccessMode: false),
            transaction.Affinity,
            options.Timeout,
            options.MaxRows,
            cancellationToken);
        transaction.Touch(answer.Expires);
        return answer.Result;
    }

    internal async Task<IReadOnlyList<string>> CommitAsync(QueryApiTransaction transaction, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Post, TransactionPath(transaction.Id) + "/commit", RequestBody.EmptyObject, transaction.Affinity, null, null, cancellationToken);
        Log.TransactionCommitted(_logger, transaction.Id);
        return answer.Result.Bookmarks;
    }

    internal async Task RollbackAsync(QueryApiTransaction transaction, CancellationToken cancellationToken)
    {
        await SendAsync(HttpMethod.Delete, TransactionPath(transaction.Id), body: null, transaction.Affinity, null, null, cancellationToken);
        Log.TransactionRolledBack(_logger, transaction.Id);
    }

    internal void LogRollbackFailed(string transactionId, Neo4jQueryException ex) =>
        Log.RollbackFailed(_logger, transactionId, ex.Kind, ex.Message);

    private static string AccessModeText(AccessMode mode) => mode == AccessMode.Read ? "Read" : "Write";

    private static RequestBody StatementBody(string statement, IReadOnlyDictionary<string, object?>? parameters, QueryOptions options, bool includeAccessMode)
    {
        // Written once, before the first try, so a parameter the client cannot send fails at once and retries resend the same bytes.
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("statement", statement);
            if (parameters is { Count: > 0 })
            {
                w.WritePropertyName("parameters");
                TypedJson.WriteParameters(w, parameters);
            }

            if (includeAccessMode)
            {
                w.WriteString("accessMode", AccessModeText(options.AccessMode));
            }

            if (options.IncludeCounters)
            {
                w.WriteBoolean("includeCounters", true);
            }

            w.WriteEndObject();
        }

        return new RequestBody(buffer.WrittenMemory.ToArray());
    }

    private string TransactionPath(string transactionId) => $"{_databasePath}/tx/{Uri.EscapeDataString(transactionId)}";

    private TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromTicks(Math.Min(_options.RetryDelay.Ticks * (1L << Math.Min(attempt, 16)), TimeSpan.FromSeconds(30).Ticks));

    private async Task<ApiAnswer> WithRetriesAsync(Func<Task<ApiAnswer>> call, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Neo4jQueryException ex) when (ex.IsTransient && attempt < _options.MaxRetries)
            {
                var delay = RetryDelay(attempt);
                Log.Retrying(_logger, method.Method, "/" + path, ex.Kind, ex.Message, attempt + 1, _options.MaxRetries, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private async Task<ApiAnswer> SendAsync(
        HttpMethod method,
        string path,
        RequestBody? body,
        string? affinity,
        TimeSpan? timeout,
        int? maxRows,
        CancellationToken cancellationToken,
        bool authenticate = true)
    {
        var limit = timeout ?? _options.Timeout;
        var started = _time.GetTimestamp();
        using var timeoutSource = new CancellationTokenSource(limit, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        using var request = new HttpRequestMessage(method, new Uri(_baseUri, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        if (authenticate && _authorization is not null)
        {
            request.Headers.Authorization = _authorization;
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body.Bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        }

        HttpStatusCode status;
        byte[] bytes;
        string? responseAffinity;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            status = response.StatusCode;
            responseAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            bytes = await ReadBodyAsync(response, linked.Token);
        }
        catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jQueryException(
                Neo4jErrorKind.Timeout,
                "GraphExplorer.Timeout",
                string.Create(CultureInfo.InvariantCulture, $"Neo4j gave no complete answer to {method} /{path} within {limit.TotalSeconds:0.###} s."),
                null,
                ex);
        }
        catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var kind = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
                ? Neo4jErrorKind.Unreachable
                : Neo4jErrorKind.ConnectionLost;
            throw new Neo4jQueryException(kind, "GraphExplorer." + kind, $"{method} /{path}: {ex.Message}", ex.StatusCode, ex);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jQueryException(Neo4jErrorKind.ConnectionLost, "GraphExplorer.ConnectionLost", $"{method} /{path}: the connection dropped while reading the answer ({ex.Message}).", null, ex);
        }

        var answer = Parse(method, path, status, bytes, maxRows);
        Log.Answered(_logger, method.Method, "/" + path, answer.Result.Rows.Count, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        return answer with { Affinity = responseAffinity ?? affinity };
    }

    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var max = _options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > max)
        {
            throw TooLarge(max);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var memory = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            {
                if (memory.Length + read > max)
                {
                    throw TooLarge(max);
                }

                memory.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return memory.ToArray();

        static Neo4jQueryException TooLarge(long max) => new(
            Neo4jErrorKind.Protocol,
            "GraphExplorer.ResponseTooLarge",
            string.Create(CultureInfo.InvariantCulture, $"Neo4j's answer is larger than {max} bytes ({Neo4jOptions.SectionName}:MaxResponseBytes); ask for fewer rows (LIMIT)."));
    }

    private static ApiAnswer Parse(HttpMethod method, string path, HttpStatusCode status, byte[] bytes, int? maxRows)
    {
        var success = (int)status is >= 200 and < 300;
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return success
                ? ApiAnswer.Empty
                : throw new Neo4jQueryException(
                    Neo4jQueryException.Classify(string.Empty, status),
                    string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}"),
                    string.Create(CultureInfo.InvariantCulture, $"Neo4j answered {(int)status} {status} to {method} /{path}, with no body."),
                    status);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 200));
            var kind = success ? Neo4jErrorKind.Protocol : Neo4jQueryException.Classify(string.Empty, status);
            throw new Neo4jQueryException(
                kind,
                string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}"),
                string.Create(CultureInfo.InvariantCulture, $"Neo4j answered {(int)status} {status} to {method} /{path} with a body that is not JSON: {text}"),
                status,
                ex);
        }

        using (document)
        {
            var root = document.RootElement;

            // An error can arrive inside a 202 next to data: the status code alone is never trusted.
            if (FirstError(root) is { } error)
            {
                var code = error.Code ?? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}");
                throw new Neo4jQueryException(Neo4jQueryException.Classify(code, status), code, error.Message ?? $"Neo4j reported {code} without a message.", status);
            }

            if (!success)
            {
                throw new Neo4jQueryException(
                    Neo4jQueryException.Classify(string.Empty, status),
                    string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}"),
                    string.Create(CultureInfo.InvariantCulture, $"Neo4j answered {(int)status} {status} to {method} /{path}."),
                    status);
            }

            return ReadAnswer(root, maxRows);
        }
    }

    private static (string? Code, string? Message)? FirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // Current servers send "errors"; an early build sent "error". Either may be one object or a list.
        foreach (var key in (ReadOnlySpan<string>)["errors", "error"])
        {
            if (!root.TryGetProperty(key, out var errors))
            {
                continue;
            }

            var first = errors.ValueKind switch
            {
                JsonValueKind.Array when errors.GetArrayLength() > 0 => errors[0],
                JsonValueKind.Object => errors,
                _ => default,
            };
            if (first.ValueKind == JsonValueKind.Object)
            {
                return (StringProperty(first, "code"), StringProperty(first, "message"));
            }
        }

        return null;
    }

    private static ApiAnswer ReadAnswer(JsonElement root, int? maxRows)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new Neo4jQueryException(Neo4jErrorKind.Protocol, "GraphExplorer.Protocol", "Neo4j's answer is not a JSON object.");
        }

        IReadOnlyList<string> fields = [];
        var rows = new List<QueryRow>();
        var truncated = false;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            fields = data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
                ? f.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
                : [];
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++)
            {
                index.TryAdd(fields[i], i);
            }

            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                var r = 0;
                foreach (var row in values.EnumerateArray())
                {
                    if (maxRows is { } cap && r >= cap)
                    {
                        truncated = true;
                        break;
                    }

                    if (row.ValueKind != JsonValueKind.Array)
                    {
                        throw new Neo4jQueryException(Neo4jErrorKind.Protocol, "GraphExplorer.Protocol", string.Create(CultureInfo.InvariantCulture, $"Row {r} of Neo4j's answer is not an array."));
                    }

                    var cells = new List<CypherValue>(fields.Count);
                    var c = 0;
                    foreach (var cell in row.EnumerateArray())
                    {
                        var name = c < fields.Count ? fields[c] : c.ToString(CultureInfo.InvariantCulture);
                        cells.Add(TypedJson.ReadValue(cell, string.Create(CultureInfo.InvariantCulture, $"row {r}, column {name}")));
                        c++;
                    }

                    rows.Add(new QueryRow(index, cells));
                    r++;
                }
            }
        }

        var result = new QueryResult(fields, rows, truncated, ReadCounters(root), ReadNotifications(root), ReadStrings(root, "bookmarks"));
        string? transactionId = null;
        string? expires = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object)
        {
            transactionId = StringProperty(transaction, "id");
            expires = StringProperty(transaction, "expires");
        }

        Neo4jServerInfo? info = null;
        if (root.TryGetProperty("neo4j_version", out _) || root.TryGetProperty("neo4j_edition", out _))
        {
            info = new Neo4jServerInfo(StringProperty(root, "neo4j_version"), StringProperty(root, "neo4j_edition"));
        }

        return new ApiAnswer(result, transactionId, expires, null, info);
    }

    private static Dictionary<string, long> ReadCounters(JsonElement root)
    {
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        if (root.TryGetProperty("counters", out var element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                var value = p.Value;
                if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("_value", out var typed))
                {
                    value = typed;
                }

                long? number = value.ValueKind switch
                {
                    JsonValueKind.Number when value.TryGetInt64(out var n) => n,
                    JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) => s,
                    JsonValueKind.True => 1,
                    JsonValueKind.False => 0,
                    _ => null,
                };
                if (number is { } known)
                {
                    counters[p.Name] = known;
                }
            }
        }

        return counters;
    }

    private static List<QueryNotification> ReadNotifications(JsonElement root)
    {
        var list = new List<QueryNotification>();
        if (root.TryGetProperty("notifications", out var element) && element.ValueKind == JsonValueKind.Array)
        {
            foreach (var n in element.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object))
            {
                list.Add(new QueryNotification(
                    StringProperty(n, "code") ?? string.Empty,
                    StringProperty(n, "title") ?? string.Empty,
                    StringProperty(n, "description") ?? string.Empty,
                    StringProperty(n, "severity") ?? string.Empty));
            }
        }

        return list;
    }

    private static List<string> ReadStrings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private sealed record ApiAnswer(QueryResult Result, string? TransactionId, string? Expires, string? Affinity, Neo4jServerInfo? ServerInfo)
    {
        public static ApiAnswer Empty { get; } = new(
            new QueryResult([], [], false, new Dictionary<string, long>(), [], []), null, null, null, null);
    }

    private sealed class RequestBody
    {
        public RequestBody(byte[] bytes) => Bytes = bytes;

        public RequestBody(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            Bytes = buffer.WrittenMemory.ToArray();
        }

        public static RequestBody EmptyObject { get; } = new("{}"u8.ToArray());

        public byte[] Bytes { get; }
    }
}
