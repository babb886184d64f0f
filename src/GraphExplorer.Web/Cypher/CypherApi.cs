using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Graph;
using GraphExplorer.Cypher;
using GraphExplorer.Neo4j.QueryApi;
using CypherNode = GraphExplorer.Neo4j.QueryApi.CypherNode;
using CypherPath = GraphExplorer.Neo4j.QueryApi.CypherPath;
using CypherRelationship = GraphExplorer.Neo4j.QueryApi.CypherRelationship;
using GraphExplorer.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Cypher;

/// <summary>
/// <c>POST /api/cypher</c>: a user's own Cypher, run read-only with a row cap and a time limit
/// (<see cref="CypherConsoleOptions"/>) on either store, answered in one shape. On the embedded store our own engine
/// runs it over the in-memory graph (<see cref="EmbeddedCypherConsole"/>); on Neo4j the server does, with
/// <c>accessMode: Read</c>. Nodes, relationships and paths in the answer are marked (<c>"$kind"</c>) so the browser
/// can draw them. <c>GET /api/cypher/schema</c> lists the labels, types and property keys for the editor.
/// </summary>
public static partial class CypherApi
{
    /// <summary>The longest query accepted, in characters: a console query, not a script.</summary>
    public const int MaxQueryLength = 100_000;

    public static IHostApplicationBuilder AddCypherConsole(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CypherConsoleOptions>().BindConfiguration(CypherConsoleOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CypherConsoleOptions>, CypherConsoleOptionsValidator>());

        // Resolved on the first query only, so a host on Neo4j (which has no in-memory graph) never builds them.
        builder.Services.TryAddSingleton<ICypherGraph>(sp => new TalentCypherGraph(sp.GetRequiredService<ITalentGraphReader>()));
        builder.Services.TryAddSingleton(sp => new CypherEngine(sp.GetRequiredService<ICypherGraph>()));
        builder.Services.TryAddSingleton<EmbeddedCypherConsole>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCypherApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var cypher = endpoints.MapGroup("/api/cypher").WithTags("Cypher");
        cypher.MapPost(string.Empty, RunAsync)
            .WithName("RunCypher")
            .WithSummary("Runs a read-only Cypher query on the graph store (embedded or Neo4j): columns and rows (nodes, relationships and paths marked with $kind), truncated when the row cap cut it.")
            .WithDescription("Body {query, parameters}. Writes are refused (403). A syntax error is a 400 with the message, line, column and offset. A query over the time limit stops and answers 504.")
            .Accepts<CypherRequest>("application/json");
        cypher.MapGet("/schema", SchemaAsync)
            .WithName("CypherSchema")
            .WithSummary("The labels, relationship types and property keys the graph holds, for the Cypher editor's completion.");
        return endpoints;
    }

    internal static async Task<Results<Ok<CypherAnswer>, ProblemHttpResult>> RunAsync(
        CypherRequest? request,
        IOptions<GraphExplorerOptions> graphOptions,
        IOptions<CypherConsoleOptions> consoleOptions,
        IServiceProvider services,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            return ApiProblems.BadParameter("query", "give the Cypher to run, e.g. {\"query\": \"MATCH (p:Person) RETURN p LIMIT 10\"}");
        }

        if (request.Query.Length > MaxQueryLength)
        {
            return ApiProblems.BadParameter("query", string.Create(CultureInfo.InvariantCulture, $"the query is {request.Query.Length} characters; at most {MaxQueryLength} are accepted"));
        }

        JsonElement? parameters = null;
        if (request.Parameters is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } given)
        {
            if (given.ValueKind != JsonValueKind.Object)
            {
                return ApiProblems.BadParameter("parameters", "must be a JSON object of named values, such as {\"lab\": \"openai\"}");
            }

            parameters = given;
        }

        var logger = loggerFactory.CreateLogger(typeof(CypherApi));
        var onNeo4j = graphOptions.Value.Store == GraphStoreKind.Neo4j;
        var started = time.GetTimestamp();
        var answer = onNeo4j
            ? await RunOnNeo4jAsync(request.Query, parameters, consoleOptions.Value, services, time, logger, cancellationToken)
            : await RunEmbeddedAsync(request.Query, parameters, consoleOptions.Value, services.GetRequiredService<EmbeddedCypherConsole>(), time, logger, cancellationToken);
        GraphExplorerTelemetry.RecordCypherQuery(onNeo4j ? "neo4j" : "embedded", time.GetElapsedTime(started), succeeded: answer.Result is Ok<CypherAnswer>);
        return answer;
    }

    private static async Task<Results<Ok<CypherAnswer>, ProblemHttpResult>> RunOnNeo4jAsync(
        string query, JsonElement? given, CypherConsoleOptions options, IServiceProvider services, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var parameters = given?.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
        var client = services.GetRequiredService<QueryApiClient>();
        var started = time.GetTimestamp();
        try
        {
            var result = await client.RunAsync(query, parameters, new QueryOptions(AccessMode.Read, options.Timeout, options.MaxRows), cancellationToken);
            var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
            LogRan(logger, result.Rows.Count, result.Truncated, elapsed);
            var rows = result.Rows.Select(r => new JsonArray(r.Values.Select(CypherJson.ToJson).ToArray())).ToList();
            return TypedResults.Ok(new CypherAnswer(result.Fields, rows, result.Truncated, elapsed));
        }
        catch (ArgumentException ex)
        {
            // A parameter the client cannot send (nested too deep): named, and Neo4j never saw it.
            return ApiProblems.BadParameter("parameters", ex.Message);
        }
        catch (Neo4jQueryException ex)
        {
            LogRefused(logger, ex.Kind, ex.Code);
            return Problem(ex, options);
        }
    }

    private static async Task<Results<Ok<CypherAnswer>, ProblemHttpResult>> RunEmbeddedAsync(
        string query, JsonElement? given, CypherConsoleOptions options, EmbeddedCypherConsole console, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        Dictionary<string, object?>? parameters;
        try
        {
            parameters = given is { } json ? EmbeddedCypherConsole.Parameters(json) : null;
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.BadParameter("parameters", ex.Message);
        }

        // The time limit cancels the engine's token: the engine stops at its next check and the request answers at
        // once, whether or not the engine has noticed yet.
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var started = time.GetTimestamp();
        var run = console.RunAsync(query, parameters, new CypherRunOptions(ReadOnly: true, MaxRows: options.MaxRows), limit.Token);
        try
        {
            var result = await run.WaitAsync(limit.Token);
            var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
            LogRan(logger, result.Rows.Count, result.Truncated, elapsed);
            var rows = new List<JsonArray>(result.Rows.Count);
            long bytes = 0;
            foreach (var row in result.Rows)
            {
                var json = new JsonArray(row.Select(EmbeddedCypherConsole.ToJson).ToArray());
                bytes += json.ToJsonString().Length;
                if (bytes > options.MaxAnswerBytes)
                {
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "The answer is too large",
                        detail: string.Create(CultureInfo.InvariantCulture, $"The answer is larger than {options.MaxAnswerBytes} bytes ({CypherConsoleOptions.SectionName}:MaxAnswerBytes) after {rows.Count} rows; return fewer or smaller values (LIMIT, or properties instead of whole nodes)."),
                        extensions: new Dictionary<string, object?> { ["code"] = "GraphExplorer.ResponseTooLarge" });
                }

                rows.Add(json);
            }

            return TypedResults.Ok(new CypherAnswer(result.Columns, rows, result.Truncated, elapsed));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Observe the engine's own end (cancelled, or an error found after the limit) so it is not reported unobserved.
            _ = run.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            LogTimedOut(logger, (long)options.Timeout.TotalMilliseconds);
            return TimedOut(options);
        }
        catch (CypherException ex)
        {
            LogRefusedByEngine(logger, ex.Kind);
            return Problem(ex);
        }
    }

    internal static async Task<Results<Ok<CypherSchema>, ProblemHttpResult>> SchemaAsync(
        IOptions<GraphExplorerOptions> graphOptions,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        if (graphOptions.Value.Store != GraphStoreKind.Neo4j)
        {
            var console = services.GetRequiredService<EmbeddedCypherConsole>();
            return TypedResults.Ok(await Task.Run(() => console.Schema(), cancellationToken));
        }

        try
        {
            var client = services.GetRequiredService<QueryApiClient>();
            var result = await client.RunAsync(GraphExplorer.Neo4j.CypherFiles.Get("graph-schema"), options: QueryOptions.ReadOnly, cancellationToken: cancellationToken);
            var row = result.Rows.Count == 1 ? result.Rows[0] : null;
            return TypedResults.Ok(row is null
                ? new CypherSchema([], [], [])
                : new CypherSchema(Sorted(row["labels"]), Sorted(row["relationshipTypes"]), Sorted(row["propertyKeys"])));
        }
        catch (Neo4jQueryException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Neo4j did not list its schema", detail: ex.Message);
        }

        static string[] Sorted(CypherValue value) => [.. value.AsStringList().Order(StringComparer.Ordinal)];
    }

    private static ProblemHttpResult TimedOut(CypherConsoleOptions options) => TypedResults.Problem(
        statusCode: StatusCodes.Status504GatewayTimeout,
        title: "The query took too long",
        detail: string.Create(CultureInfo.InvariantCulture, $"No answer within {options.Timeout.TotalSeconds:0.###} s (GraphExplorer:Cypher:Timeout); the query was stopped. Narrow the query or add a LIMIT."));

    private static ProblemHttpResult WriteRefused(string message, string code) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Writing is not allowed",
        detail: $"The Cypher console is read-only: the query writes ({message}). Change the graph through POST /api/facts.",
        extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The engine's refusal as a ProblemDetails, with the codes Neo4j would give the same mistake.</summary>
    private static ProblemHttpResult Problem(CypherException ex) => ex switch
    {
        CypherWriteRefusedException => WriteRefused(ex.Message, "Neo.ClientError.Statement.AccessMode"),
        CypherSyntaxException syntax => TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Cypher syntax error",
            detail: syntax.Message,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "Neo.ClientError.Statement.SyntaxError",
                ["line"] = syntax.Line,
                ["column"] = syntax.Column,
                ["offset"] = syntax.Offset,
            }),
        CypherSemanticException => TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The query is not valid Cypher",
            detail: ex.Message,
            extensions: new Dictionary<string, object?> { ["code"] = "Neo.ClientError.Statement.SemanticError", ["kind"] = ex.Kind, ["error"] = ex.Detail }),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The query failed",
            detail: ex.Message,
            extensions: new Dictionary<string, object?> { ["code"] = "Neo.ClientError.Statement." + ex.Kind, ["kind"] = ex.Kind, ["error"] = ex.Detail }),
    };

    /// <summary>Neo4j's refusal as a ProblemDetails that says what happened and, for a syntax error, where.</summary>
    private static ProblemHttpResult Problem(Neo4jQueryException ex, CypherConsoleOptions options)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = ex.Code };
        if (ex.Line is { } line)
        {
            extensions["line"] = line;
            extensions["column"] = ex.Column;
            extensions["offset"] = ex.Offset;
        }

        switch (ex.Kind)
        {
            case Neo4jErrorKind.AccessMode or Neo4jErrorKind.Forbidden:
                return WriteRefused(ex.Message, ex.Code);
            case Neo4jErrorKind.Timeout:
                return TimedOut(options);
        }

        var (status, title, detail) = ex.Kind switch
        {
            Neo4jErrorKind.Syntax => (StatusCodes.Status400BadRequest, "Cypher syntax error", ex.Message),
            Neo4jErrorKind.Client => (StatusCodes.Status400BadRequest, "Neo4j refused the query", ex.Message),
            Neo4jErrorKind.Protocol when ex.Code == "GraphExplorer.ResponseTooLarge" => (StatusCodes.Status400BadRequest, "The answer is too large", ex.Message),
            Neo4jErrorKind.Unreachable or Neo4jErrorKind.ConnectionLost => (StatusCodes.Status503ServiceUnavailable, "Neo4j is unreachable", ex.Message),
            _ => (StatusCodes.Status502BadGateway, "Neo4j failed", ex.Message),
        };
        return TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }

    [LoggerMessage(EventId = 401, Level = LogLevel.Debug, Message = "Cypher console query answered {Rows} rows (truncated: {Truncated}) in {ElapsedMs} ms")]
    private static partial void LogRan(ILogger logger, int rows, bool truncated, long elapsedMs);

    [LoggerMessage(EventId = 402, Level = LogLevel.Debug, Message = "Cypher console query refused by Neo4j: {Kind} ({Code})")]
    private static partial void LogRefused(ILogger logger, Neo4jErrorKind kind, string code);

    [LoggerMessage(EventId = 403, Level = LogLevel.Debug, Message = "Cypher console query refused by the engine: {Kind}")]
    private static partial void LogRefusedByEngine(ILogger logger, string kind);

    [LoggerMessage(EventId = 404, Level = LogLevel.Information, Message = "Cypher console query stopped after the time limit of {LimitMs} ms")]
    private static partial void LogTimedOut(ILogger logger, long limitMs);
}

/// <summary>The body of <c>POST /api/cypher</c>: the Cypher text and its named parameters (a JSON object, optional).</summary>
public sealed record CypherRequest(string? Query, JsonElement? Parameters);

/// <summary>
/// The answer: the column names, each row's values in column order, and whether the row cap cut the rows. A node is
/// <c>{"$kind":"node", id, labels, properties}</c>, a relationship <c>{"$kind":"relationship", id, type, start, end,
/// properties}</c> (start and end are node ids), a path <c>{"$kind":"path", nodes, relationships}</c>; temporal values
/// are ISO-8601 strings.
/// </summary>
public sealed record CypherAnswer(IReadOnlyList<string> Columns, IReadOnlyList<JsonArray> Rows, bool Truncated, long ElapsedMs);

/// <summary>Neo4j's values as the JSON the browser reads.</summary>
public static class CypherJson
{
    public const string KindProperty = "$kind";

    public static JsonNode? ToJson(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            CypherNull => null,
            CypherBoolean b => JsonValue.Create(b.Value),
            CypherInteger i => JsonValue.Create(i.Value),

            // JSON has no NaN or infinity: those stay text, as Neo4j writes them.
            CypherFloat f => double.IsFinite(f.Value) ? JsonValue.Create(f.Value) : JsonValue.Create(f.ToString()),
            CypherString s => JsonValue.Create(s.Value),
            CypherTemporal t => JsonValue.Create(t.Value),
            CypherOpaque o => JsonValue.Create(o.Value),
            CypherList l => new JsonArray(l.Items.Select(ToJson).ToArray()),
            CypherMap m => Properties(m.Entries),
            CypherNode n => Node(n),
            CypherRelationship r => Relationship(r),
            CypherPath p => new JsonObject
            {
                [KindProperty] = "path",
                ["nodes"] = new JsonArray(p.Nodes.Select(n => (JsonNode?)Node(n)).ToArray()),
                ["relationships"] = new JsonArray(p.Relationships.Select(r => (JsonNode?)Relationship(r)).ToArray()),
            },
            _ => JsonValue.Create(value.ToString()),
        };
    }

    private static JsonObject Node(CypherNode node) => new()
    {
        [KindProperty] = "node",
        ["id"] = node.ElementId,
        ["labels"] = new JsonArray(node.Labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        ["properties"] = Properties(node.Properties),
    };

    private static JsonObject Relationship(CypherRelationship relationship) => new()
    {
        [KindProperty] = "relationship",
        ["id"] = relationship.ElementId,
        ["type"] = relationship.Type,
        ["start"] = relationship.StartNodeElementId,
        ["end"] = relationship.EndNodeElementId,
        ["properties"] = Properties(relationship.Properties),
    };

    private static JsonObject Properties(IReadOnlyDictionary<string, CypherValue> entries)
    {
        var json = new JsonObject();
        foreach (var (key, value) in entries)
        {
            json[key] = ToJson(value);
        }

        return json;
    }
}

/// <summary>Limits of the Cypher console, bound from <c>GraphExplorer:Cypher</c> and checked at start-up.</summary>
public sealed class CypherConsoleOptions
{
    public const string SectionName = "GraphExplorer:Cypher";

    /// <summary>Gets or sets how many rows an answer keeps; more are cut and the answer says <c>truncated</c>. Default 1,000; 1 to 100,000.</summary>
    public int MaxRows { get; set; } = 1_000;

    /// <summary>Gets or sets how long a query may take before it is stopped (504). Default 10 seconds; at most 10 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets or sets the largest answer the embedded store sends, in bytes of JSON (Neo4j's own answers are capped by
    /// GraphExplorer:Neo4j:MaxResponseBytes). Default 64 MiB; 1 KiB to 1 GiB.
    /// </summary>
    public long MaxAnswerBytes { get; set; } = 64L * 1024 * 1024;
}

internal sealed class CypherConsoleOptionsValidator : IValidateOptions<CypherConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, CypherConsoleOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRows is < 1 or > 100_000)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{CypherConsoleOptions.SectionName}:MaxRows must be 1 to 100000, not {options.MaxRows}."));
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{CypherConsoleOptions.SectionName}:Timeout must be more than zero and at most 00:10:00, not {options.Timeout}."));
        }

        if (options.MaxAnswerBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{CypherConsoleOptions.SectionName}:MaxAnswerBytes must be 1024 to 1073741824, not {options.MaxAnswerBytes}."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
