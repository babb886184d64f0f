using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Cypher;

/// <summary>
/// <c>POST /api/cypher</c>: a user's own Cypher, run read-only on Neo4j (the server refuses any write: the statement
/// goes with <c>accessMode: Read</c>), with a row cap and a time limit (<see cref="CypherConsoleOptions"/>). Nodes,
/// relationships and paths in the answer are marked (<c>"$kind"</c>) so the browser can draw them. On the embedded
/// store, which has no Cypher engine, the answer is 501 with how to start Neo4j.
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
        return builder;
    }

    public static IEndpointRouteBuilder MapCypherApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/cypher", RunAsync)
            .WithTags("Cypher")
            .WithName("RunCypher")
            .WithSummary("Runs a read-only Cypher query on Neo4j: columns and rows (nodes, relationships and paths marked with $kind), truncated when the row cap cut it.")
            .WithDescription("Body {query, parameters}. Writes are refused (403). A syntax error is a 400 with Neo4j's message, line and column. On the embedded store: 501.")
            .Accepts<CypherRequest>("application/json");
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
        if (graphOptions.Value.Store != GraphStoreKind.Neo4j)
        {
            return NeedsNeo4j();
        }

        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            return ApiProblems.BadParameter("query", "give the Cypher to run, e.g. {\"query\": \"MATCH (p:Person) RETURN p LIMIT 10\"}");
        }

        if (request.Query.Length > MaxQueryLength)
        {
            return ApiProblems.BadParameter("query", string.Create(CultureInfo.InvariantCulture, $"the query is {request.Query.Length} characters; at most {MaxQueryLength} are accepted"));
        }

        Dictionary<string, object?>? parameters = null;
        if (request.Parameters is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } given)
        {
            if (given.ValueKind != JsonValueKind.Object)
            {
                return ApiProblems.BadParameter("parameters", "must be a JSON object of named values, such as {\"lab\": \"openai\"}");
            }

            parameters = given.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
        }

        var options = consoleOptions.Value;
        var client = services.GetRequiredService<QueryApiClient>();
        var logger = loggerFactory.CreateLogger(typeof(CypherApi));
        var started = time.GetTimestamp();
        try
        {
            var result = await client.RunAsync(request.Query, parameters, new QueryOptions(AccessMode.Read, options.Timeout, options.MaxRows), cancellationToken);
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

    private static ProblemHttpResult NeedsNeo4j() => TypedResults.Problem(
        statusCode: StatusCodes.Status501NotImplemented,
        title: "The Cypher console needs Neo4j",
        detail: "GraphExplorer is running on the embedded store, which has no Cypher engine. To query the graph with Cypher, "
            + "run it on Neo4j: `docker compose up` in the repository starts Neo4j and GraphExplorer on it (http://localhost:8080), "
            + "or start Neo4j yourself and run this app with GraphExplorer__Store=Neo4j, GraphExplorer__Neo4j__Uri=http://localhost:7474, "
            + "GraphExplorer__Neo4j__User=neo4j and GraphExplorer__Neo4j__Password=<password>.",
        extensions: new Dictionary<string, object?> { ["store"] = "embedded" });

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

        var (status, title, detail) = ex.Kind switch
        {
            Neo4jErrorKind.AccessMode or Neo4jErrorKind.Forbidden => (
                StatusCodes.Status403Forbidden,
                "Writing is not allowed",
                $"The Cypher console is read-only: Neo4j refused to run a query that writes ({ex.Message}). Change the graph through POST /api/facts."),
            Neo4jErrorKind.Syntax => (StatusCodes.Status400BadRequest, "Cypher syntax error", ex.Message),
            Neo4jErrorKind.Client => (StatusCodes.Status400BadRequest, "Neo4j refused the query", ex.Message),
            Neo4jErrorKind.Timeout => (
                StatusCodes.Status504GatewayTimeout,
                "The query took too long",
                string.Create(CultureInfo.InvariantCulture, $"No answer within {options.Timeout.TotalSeconds:0.###} s (GraphExplorer:Cypher:Timeout). Narrow the query or add a LIMIT.")),
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

    /// <summary>Gets or sets how long a query may take before it is abandoned (504). Default 10 seconds; at most 10 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
