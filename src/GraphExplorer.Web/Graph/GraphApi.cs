using System.Globalization;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Graph;

/// <summary>
/// The graph itself: <c>GET /api/graph</c> (everything, or what changed since a revision, for clients that poll) and
/// <c>POST /api/facts</c> (facts in the loader's format, committed as one batch).
/// </summary>
public static class GraphApi
{
    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api").WithTags("Graph");
        api.MapGet("graph", GetGraphAsync)
            .WithName("GetGraph")
            .WithSummary("The whole graph, or what changed after sinceRevision (a snapshot when too much changed), or the graph as of a date.")
            .WithDescription("asOf (yyyy, yyyy-mm or yyyy-mm-dd) answers the graph as known on that date (docs/QUERIES.md, \"As of a date\"): an edge with its own date from that date on, an undated one from the first article that reports it, nothing at a lab before its founding, a stay until the person's next dated move. It cannot be combined with sinceRevision.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("facts", PostFactsAsync)
            .WithName("PostFacts")
            .WithSummary("Load facts (JSON Lines or a JSON array, the loader's format) as one batch.")

            // The body is read as sent, whatever it is labelled (`curl --data-binary` says form data): Accepts metadata
            // would make routing refuse other media types with 415, so the formats are described here instead.
            .WithDescription("Body: JSON Lines (application/x-ndjson, text/plain) or a JSON array of facts (application/json), as in schemas/facts.schema.json; locations in errors are request:N (line or item N). Header X-Api-Key when GraphExplorer:ApiKey is set; otherwise loopback callers only. skipInvalid=true loads the valid facts and lists the others.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireWriteAccess();
        return endpoints;
    }

    internal static async Task<Results<GraphPayloadResult, ProblemHttpResult>> GetGraphAsync(
        string? sinceRevision,
        string? asOf,
        IGraphStore store,
        [FromServices] ITalentGraphReader? reader,
        IOptions<GraphExplorerOptions> options,
        CancellationToken cancellationToken)
    {
        var since = 0L;
        if (sinceRevision is not null
            && (!long.TryParse(sinceRevision, NumberStyles.None, CultureInfo.InvariantCulture, out since)))
        {
            return ApiProblems.BadParameter(nameof(sinceRevision), $"'{sinceRevision}' is not a revision: give a whole number from 0 (0 asks for the whole graph).");
        }

        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!PartialDate.TryParse(asOf, out var date, out var error))
            {
                return ApiProblems.BadParameter(nameof(asOf), error!);
            }

            if (sinceRevision is not null)
            {
                return ApiProblems.BadParameter(nameof(asOf), "asOf answers the whole graph at a date; it cannot be combined with sinceRevision.");
            }

            if (reader is not null)
            {
                return GraphPayloadResult.Stream(reader, graph => graph.ExportAsOf(date));
            }

            var whole = await store.GetChangesSinceAsync(0, int.MaxValue, cancellationToken);
            return GraphPayloadResult.Of(AsOf.Filter(whole, date).ToPayload());
        }

        if (reader is not null)
        {
            // The same rules as below, over the graph in memory: a snapshot when too much changed or the revision is unknown.
            return GraphPayloadResult.Stream(reader, graph => graph.ExportChanges(since, options.Value.SnapshotThreshold));
        }

        var delta = await store.GetChangesSinceAsync(since, options.Value.SnapshotThreshold, cancellationToken);

        // A revision the store never reached means the client saw another store (or this one before a reset): it must
        // start over from the whole graph rather than merge into what it holds.
        if (delta.Revision < since)
        {
            delta = await store.GetChangesSinceAsync(0, int.MaxValue, cancellationToken);
        }

        return GraphPayloadResult.Of(delta.ToPayload());
    }

    internal static async Task<Results<Ok<FactsAnswer>, ProblemHttpResult>> PostFactsAsync(
        HttpRequest request,
        bool? skipInvalid,
        IGraphStore store,
        IOptions<GraphExplorerOptions> options,
        CancellationToken cancellationToken)
    {
        var read = await FactsRequestBody.ReadAsync(request, options.Value.MaxRequestBytes, cancellationToken);
        var errors = read.Errors;
        var factCount = read.FactCount;
        if (factCount == 0 || (errors.Count > 0 && skipInvalid != true))
        {
            return Rejected(errors, factCount);
        }

        // The command line's pipeline: names resolved against the store, one atomic batch. The store in this host
        // publishes the commit to every open view.
        var loader = new FactLoader(store, new FactLoadOptions { SkipInvalid = true, MaxListedErrors = FactsAnswer.MaxListedRejections });
        var report = await loader.LoadResultsAsync(read.Results.ToAsyncEnumerable(), FactsRequestBody.SourceName, cancellationToken);
        if (report.HasRejectedBatches)
        {
            // Every line was valid, so a refused batch contradicts the graph (an id that is a person and a lab).
            var reason = report.Batches.First(b => b.Status == BatchStatus.Rejected).Reason;
            return TypedResults.Problem(detail: reason, statusCode: StatusCodes.Status409Conflict, title: "The facts contradict the graph");
        }

        return TypedResults.Ok(FactsAnswer.From(report.Revision, report.Counts, errors));
    }

    private static ProblemHttpResult Rejected(IReadOnlyList<FactError> errors, int factCount)
    {
        var total = factCount + errors.Count;
        var listed = errors.Take(FactsAnswer.MaxListedRejections).ToList();
        var detail = errors is [{ Location.Line: 0 } whole]
            ? $"{whole.Message}; nothing was written."
            : factCount == 0
                ? $"None of the {total} facts could be loaded; nothing was written. First: {errors[0]}"
                : $"{errors.Count} of {total} facts were rejected, so nothing was written; fix them, or send skipInvalid=true to load the other {factCount}. First: {errors[0]}";
        var byLocation = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in listed.GroupBy(e => e.Location.ToString(), StringComparer.Ordinal))
        {
            byLocation[group.Key] = group.Select(e => e.Message).ToArray();
        }

        return TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: "Facts rejected",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = byLocation,
                ["rejected"] = listed.Select(RejectedFact.From).ToList(),
                ["rejectedCount"] = errors.Count,
            });
    }
}
