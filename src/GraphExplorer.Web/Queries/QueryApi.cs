using System.Globalization;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi;

namespace GraphExplorer.Web.Queries;

/// <summary>
/// The questions users bring (docs/API.md, "Reads"): paths, followers, clusters, flows, a person, a lab, search. Every
/// parameter arrives as text and is checked here, so a bad one gets a 400 that names it and says what would do; an id
/// that matches nothing gets a 404 with the closest names.
/// </summary>
public static class QueryApi
{
    private const int MaxSearchLimit = 100;
    private const int MaxListLimit = 100_000;

    /// <summary>
    /// Registers <see cref="ITalentQueries"/>: the in-memory implementation over the store's graph, unless a store that
    /// answers queries itself (Neo4j) registered its own first.
    /// </summary>
    public static IHostApplicationBuilder AddGraphQueries(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ITalentQueries>(services =>
        {
            var reader = services.GetService<ITalentGraphReader>()
                ?? throw new InvalidOperationException(
                    "The graph queries need a store that keeps the graph in memory (an ITalentGraphReader, as the embedded store is) " +
                    "or a store that registers its own ITalentQueries; the configured store is neither.");
            return new InMemoryTalentQueries(reader, services.GetService<TimeProvider>());
        });

        // Whichever implementation answers, the expensive routes ask through a cache per revision and parameters.
        builder.Services.TryAddSingleton(services => new CachingTalentQueries(
            services.GetRequiredService<ITalentQueries>(),
            services.GetRequiredService<IGraphStore>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, FlowsJsonContext.Default));
        return builder;
    }

    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Errors are ProblemDetails (application/problem+json) from TypedResults.Problem, whose status is only known at
        // run time, so each route declares its 400 and 404 answers for the OpenAPI description.
        var api = endpoints.MapGroup("/api").WithTags("Queries");
        api.MapGet("paths", GetPathsAsync)
            .WithName("GetPaths")
            .WithSummary("Shortest paths between two people or labs (ids, names or aliases), each hop with its edge and sources.")
            .WithDescription("maxHops 1 to 12 (default 6). all=true lists every shortest path, at most 100 (capped says when more exist). asOf keeps only tenures and moves that existed at that date.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("followers", GetFollowersAsync)
            .WithName("GetFollowers")
            .WithSummary("Who followed whom: a person's follows (person=) or a lab's waves of arrivals (lab=).")
            .WithDescription("window bounds the months between two arrivals (default 24). A person's lists hold at most limit links each (default 500; the counts are totals). The definition is in docs/QUERIES.md.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer(DocumentBothFollowerAnswersAsync);
        api.MapGet("clusters", GetClustersAsync)
            .WithName("GetClusters")
            .WithSummary("Communities of people (Louvain, deterministic for a seed) with their dominant labs, and connected components.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("flows", GetFlowsAsync)
            .WithName("GetFlows")
            .WithSummary("Lab-to-lab moves in a window: count, people, net and ratio per pair, and per lab the moves in and out and retention.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("people/{id}", GetPersonAsync)
            .WithName("GetPerson")
            .WithSummary("A person's career: edges oldest first, tenures, labs and source articles.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("labs/{id}", GetLabAsync)
            .WithName("GetLab")
            .WithSummary("A lab: its people and edges, where arrivals came from and leavers went, and the articles.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("search", SearchAsync)
            .WithName("Search")
            .WithSummary("People and labs by name, alias or id, in any script, ignoring accents and case, best first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    internal static async Task<Results<Ok<PathsAnswer>, ProblemHttpResult>> GetPathsAsync(
        string? from,
        string? to,
        string? maxHops,
        string? all,
        string? asOf,
        ITalentQueries queries,
        CancellationToken cancellationToken)
    {
        var check = new ParameterCheck();
        var fromText = check.Required(from, nameof(from), "a person or lab id (or name)");
        var toText = check.Required(to, nameof(to), "a person or lab id (or name)");
        var hops = check.Integer(maxHops, nameof(maxHops), 1, PathQuery.MaxAllowedHops, PathQuery.DefaultMaxHops);
        var everyPath = check.Boolean(all, nameof(all), false);
        var date = check.Date(asOf, nameof(asOf));
        if (check.Problem is { } problem)
        {
            return problem;
        }

        var result = await queries.FindPathsAsync(new PathQuery(fromText, toText, hops, everyPath, date), cancellationToken);
        return result.Value is { } value ? TypedResults.Ok(value.ToDto()) : Unknown(result.Unknown!);
    }

    /// <summary>
    /// The route answers a person's follows or a lab's waves, both 200 JSON, and the generator keeps only the last of two
    /// <c>Ok&lt;T&gt;</c> (the lab's): the document says "one of the two", so clients (the page's generated types) know both
    /// shapes. The person's schema is generated from its record; its parts that are components already (a node, a follow)
    /// become references to them, as the generator writes them everywhere else.
    /// </summary>
    private static async Task DocumentBothFollowerAnswersAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document || operation.Responses is null || !operation.Responses.TryGetValue("200", out var ok)
            || ok.Content is null || !ok.Content.TryGetValue("application/json", out var json) || json.Schema is not { } labAnswer)
        {
            return;
        }

        var person = await context.GetOrCreateSchemaAsync(typeof(PersonFollowersAnswer), null, cancellationToken);
        document.AddComponent(nameof(PersonFollowersAnswer), ReferToComponents(person, document, topLevel: true));
        json.Schema = new OpenApiSchema { OneOf = [new OpenApiSchemaReference(nameof(PersonFollowersAnswer), document), labAnswer] };
    }

    private static OpenApiSchema ReferToComponents(OpenApiSchema schema, OpenApiDocument document, bool topLevel) =>
        (OpenApiSchema)ReferToComponents((IOpenApiSchema)schema, document, topLevel);

    private static IOpenApiSchema ReferToComponents(IOpenApiSchema schema, OpenApiDocument document, bool topLevel = false)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return schema;
        }

        if (!topLevel && document.Components?.Schemas?.FirstOrDefault(c => SameShape(c.Value, concrete)).Key is { } component)
        {
            return new OpenApiSchemaReference(component, document);
        }

        if (concrete.Properties is { } properties)
        {
            foreach (var name in properties.Keys.ToList())
            {
                properties[name] = ReferToComponents(properties[name], document);
            }
        }

        if (concrete.Items is { } items)
        {
            concrete.Items = ReferToComponents(items, document);
        }

        return concrete;
    }

    /// <summary>The same object (property names and required ones) or the same enumeration as a component.</summary>
    private static bool SameShape(IOpenApiSchema component, OpenApiSchema schema)
    {
        if (component.Properties is { Count: > 0 } componentProperties && schema.Properties is { Count: > 0 } properties)
        {
            return componentProperties.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(properties.Keys)
                && (component.Required ?? new HashSet<string>()).SetEquals(schema.Required ?? new HashSet<string>());
        }

        return component.Enum is { Count: > 0 } componentValues && schema.Enum is { Count: > 0 } values
            && componentValues.Select(v => v?.ToJsonString()).SequenceEqual(values.Select(v => v?.ToJsonString()), StringComparer.Ordinal);
    }

    internal static async Task<Results<Ok<PersonFollowersAnswer>, Ok<LabWavesAnswer>, ProblemHttpResult>> GetFollowersAsync(
        string? person,
        string? lab,
        string? window,
        string? limit,
        CachingTalentQueries queries,
        CancellationToken cancellationToken)
    {
        var check = new ParameterCheck();
        var months = check.Integer(window, nameof(window), 0, 240, FollowerOptions.DefaultWindowMonths);
        var limitValue = check.Integer(limit, nameof(limit), 0, MaxListLimit, FollowerOptions.DefaultLimit);
        if (string.IsNullOrWhiteSpace(person) == string.IsNullOrWhiteSpace(lab))
        {
            check.Fail(nameof(person), string.IsNullOrWhiteSpace(person)
                ? "give person=<id> for a person's follows, or lab=<id> for a lab's waves"
                : "give person or lab, not both");
        }

        if (check.Problem is { } problem)
        {
            return problem;
        }

        var options = new FollowerOptions(months, limitValue);
        if (!string.IsNullOrWhiteSpace(person))
        {
            var followers = await queries.FollowersOfPersonAsync(person, options, cancellationToken);
            return followers.Value is { } value ? TypedResults.Ok(value.ToDto()) : Unknown(followers.Unknown!);
        }

        var waves = await queries.FollowersOfLabAsync(lab!, options, cancellationToken);
        return waves.Value is { } wavesValue ? TypedResults.Ok(wavesValue.ToDto()) : Unknown(waves.Unknown!);
    }

    internal static async Task<Results<Ok<ClustersAnswer>, ProblemHttpResult>> GetClustersAsync(
        string? seed,
        string? limit,
        string? memberLimit,
        CachingTalentQueries queries,
        CancellationToken cancellationToken)
    {
        var check = new ParameterCheck();
        var seedValue = check.Integer(seed, nameof(seed), int.MinValue, int.MaxValue, 1);
        var limitValue = check.Integer(limit, nameof(limit), 0, MaxListLimit, 200);
        var memberLimitValue = check.Integer(memberLimit, nameof(memberLimit), 0, 10_000_000, 1000);
        if (check.Problem is { } problem)
        {
            return problem;
        }

        var result = await queries.ClustersAsync(new ClusterOptions(seedValue), cancellationToken);
        return TypedResults.Ok(result.ToDto(limitValue, memberLimitValue));
    }

    internal static async Task<Results<Ok<FlowsAnswer>, ProblemHttpResult>> GetFlowsAsync(
        string? since,
        string? until,
        string? retention,
        string? limit,
        string? peopleLimit,
        CachingTalentQueries queries,
        CancellationToken cancellationToken)
    {
        var check = new ParameterCheck();
        var sinceDate = check.Date(since, nameof(since));
        var untilDate = check.Date(until, nameof(until));
        var months = check.Integer(retention, nameof(retention), 1, 240, FlowQuery.DefaultRetentionMonths);
        var limitValue = check.Integer(limit, nameof(limit), 0, MaxListLimit, 1000);
        var peopleLimitValue = check.Integer(peopleLimit, nameof(peopleLimit), 0, MaxListLimit, 100);
        if (sinceDate is { } s && untilDate is { } u && s.IsAfter(u))
        {
            check.Fail(nameof(since), $"since ({s}) is after until ({u}): the window would be empty");
        }

        if (check.Problem is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(await queries.FlowsAnswerAsync(new FlowQuery(sinceDate, untilDate, months), limitValue, peopleLimitValue, cancellationToken));
    }

    internal static async Task<Results<Ok<PersonAnswer>, ProblemHttpResult>> GetPersonAsync(string id, ITalentQueries queries, CancellationToken cancellationToken)
    {
        var result = await queries.PersonAsync(id, cancellationToken);
        return result.Value is { } value ? TypedResults.Ok(value.ToDto()) : Unknown(result.Unknown!);
    }

    internal static async Task<Results<Ok<LabAnswer>, ProblemHttpResult>> GetLabAsync(
        string id,
        string? limit,
        ITalentQueries queries,
        CancellationToken cancellationToken)
    {
        var check = new ParameterCheck();
        var limitValue = check.Integer(limit, nameof(limit), 0, MaxListLimit, 500);
        if (check.Problem is { } problem)
        {
            return problem;
        }

        var result = await queries.LabAsync(id, limitValue, cancellationToken);
        return result.Value is { } value ? TypedResults.Ok(value.ToDto()) : Unknown(result.Unknown!);
    }

    internal static async Task<Results<Ok<IReadOnlyList<SearchHitDto>>, ProblemHttpResult>> SearchAsync(
        string? q,
        string? limit,
        string? kind,
        ITalentQueries queries,
        CancellationToken cancellationToken)
    {
        var check = new ParameterCheck();
        var text = check.Required(q, nameof(q), "a name, alias or id to look for");
        if (text.Length > 0 && Names.Key(text).Length == 0)
        {
            check.Fail(nameof(q), $"'{text}' has no letters or digits to search for");
        }

        var limitValue = check.Integer(limit, nameof(limit), 1, MaxSearchLimit, 20);
        NodeKind? kindValue = kind?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "person" => NodeKind.Person,
            "lab" => NodeKind.Lab,
            _ => check.Fail<NodeKind?>(nameof(kind), $"'{kind}' is not a kind: use person or lab"),
        };
        if (check.Problem is { } problem)
        {
            return problem;
        }

        var hits = await queries.SearchAsync(text, limitValue, kindValue, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SearchHitDto>>(hits.Select(QueryContractMapping.ToDto).ToList());
    }

    /// <summary>A 404 that says what was looked for and proposes the closest names (also as a <c>suggestions</c> extension).</summary>
    private static ProblemHttpResult Unknown(UnknownEntity unknown)
    {
        var what = unknown.ExpectedKind switch
        {
            NodeKind.Person => "person",
            NodeKind.Lab => "lab",
            _ => "person or lab",
        };
        var suggestions = unknown.Suggestions.Select(QueryContractMapping.ToDto).ToList();
        var hint = suggestions.Count == 0
            ? " Nothing close was found; try /api/search."
            : $" Did you mean {string.Join(", ", suggestions.Select(s => $"'{s.Id}' ({s.Name})"))}?";
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = $"Unknown {what}",
            Detail = $"No {what} has the id or name '{unknown.Text}' (parameter '{unknown.Parameter}').{hint}",
            Extensions =
            {
                ["parameter"] = unknown.Parameter,
                ["suggestions"] = suggestions,
            },
        });
    }

    /// <summary>Reads text parameters, keeping the first problem (a 400 naming the parameter, as every endpoint answers).</summary>
    private sealed class ParameterCheck
    {
        public ProblemHttpResult? Problem { get; private set; }

        public void Fail(string parameter, string message) => Problem ??= ApiProblems.BadParameter(parameter, message);

        public T? Fail<T>(string parameter, string message)
        {
            Fail(parameter, message);
            return default;
        }

        public string Required(string? value, string parameter, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(parameter, $"missing: give {what}");
                return string.Empty;
            }

            return value.Trim();
        }

        public int Integer(string? value, string parameter, int min, int max, int fallback)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return fallback;
            }

            if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                Fail(parameter, $"'{value}' is not a whole number (expected {min} to {max})");
                return fallback;
            }

            if (number < min || number > max)
            {
                Fail(parameter, $"{number} is out of range: expected {min} to {max}");
                return fallback;
            }

            return number;
        }

        public bool Boolean(string? value, string parameter, bool fallback)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return fallback;
            }

            if (!bool.TryParse(value.Trim(), out var flag))
            {
                Fail(parameter, $"'{value}' is not true or false");
                return fallback;
            }

            return flag;
        }

        public PartialDate? Date(string? value, string parameter)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (!PartialDate.TryParse(value, out var date, out var error))
            {
                Fail(parameter, error!);
                return null;
            }

            return date;
        }
    }
}
