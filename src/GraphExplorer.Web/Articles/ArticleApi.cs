using System.Globalization;
using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Ingest;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Articles;

/// <summary>
/// <c>POST /api/articles</c>: one article (JSON <see cref="ArticleRequest"/>, or raw text, Markdown or HTML with the
/// metadata as query parameters) is extracted and its facts loaded as one batch, through the same loader as
/// <c>POST /api/facts</c> and the store that publishes every commit to the open views. <c>dryRun=true</c> answers
/// what would be loaded without loading it.
/// </summary>
/// <remarks>
/// Answers 200 with <see cref="ArticleAnswer"/>; 400 naming the problem (empty body, binary content, invalid UTF-8,
/// a language the extractor does not read, a bad field or parameter); 401/403 without write access; 409 when the
/// facts contradict the graph; 413 for a body over <see cref="GraphExplorerOptions.MaxRequestBytes"/> or an article
/// over <see cref="ArticleExtractor.MaxCharacters"/> characters; 415 for a character set other than UTF-8.
/// </remarks>
public static partial class ArticleApi
{
    public static IHostApplicationBuilder AddArticleIngestion(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // One extractor serves every request: it is thread-safe and its gazetteer is built once.
        builder.Services.TryAddSingleton(_ => new ArticleIngestor(ArticleExtractor.Shipped));
        return builder;
    }

    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("api").WithTags("Articles");
        api.MapPost("articles", PostArticleAsync)
            .WithName("PostArticle")
            .WithSummary("Extract the facts of one article (text, Markdown or HTML) and load them as one batch.")
            // No Accepts metadata: it would make routing answer 415 to other media types, while a body sent as, say,
            // application/octet-stream deserves the reader's own answer (binary content, or the article it holds).
            .WithDescription("Body: JSON {content, format?, title?, url?, published?, id?}, or the article itself as text/plain, text/markdown or text/html with title, url, published, id and format as query parameters. dryRun=true extracts without loading.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireWriteAccess();
        return endpoints;
    }

    internal static async Task<Results<Ok<ArticleAnswer>, ProblemHttpResult>> PostArticleAsync(
        HttpRequest request,
        string? title,
        string? url,
        string? published,
        string? id,
        string? format,
        bool? dryRun,
        IGraphStore store,
        ArticleIngestor ingestor,
        IOptions<GraphExplorerOptions> options,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await ArticleRequestBody.ReadAsync(request, new ArticleQuery(title, url, published, id, format), options.Value.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (input!.Content.Length > ArticleExtractor.MaxCharacters)
        {
            return TypedResults.Problem(
                detail: string.Create(CultureInfo.InvariantCulture, $"The article has {input.Content.Length:N0} characters; an article may have at most {ArticleExtractor.MaxCharacters:N0}. Send articles one by one, not collections of them."),
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Article too large");
        }

        var outcome = ingestor.Extract(input);
        if (outcome.Result is not { } result)
        {
            return TypedResults.Problem(detail: outcome.Error?.Message, statusCode: StatusCodes.Status400BadRequest, title: "Article rejected");
        }

        GraphExplorerTelemetry.ArticlesExtracted.Add(1, new KeyValuePair<string, object?>("source", "api"));

        var facts = ArticleIngestor.Merge([result]);
        var extracted = ArticleContractMapping.ToDtos(facts);
        if (dryRun == true)
        {
            var revision = await store.GetRevisionAsync(cancellationToken);
            return TypedResults.Ok(Answer(result, loaded: false, revision, LoadCounts.Zero, extracted));
        }

        // The store is the host's publishing store, so the commit reaches every open view as one delta.
        var report = await new FactLoader(store).LoadFactsAsync(facts, ArticleRequestBody.SourceName, cancellationToken);
        if (report.HasRejectedBatches)
        {
            var reason = report.Batches.First(b => b.Status == BatchStatus.Rejected).Reason;
            return TypedResults.Problem(detail: reason, statusCode: StatusCodes.Status409Conflict, title: "The facts contradict the graph");
        }

        LogLoaded(loggerFactory.CreateLogger(typeof(ArticleApi)), result.Article.Id, result.Article.Language ?? "?", extracted.Count, report.Revision);
        return TypedResults.Ok(Answer(result, loaded: true, report.Revision, report.Counts, extracted));
    }

    private static ArticleAnswer Answer(ExtractionResult result, bool loaded, long revision, LoadCounts counts, List<ExtractedFactDto> facts)
    {
        // Added and existing are counted as POST /api/facts counts them.
        var loadAnswer = FactsAnswer.From(revision, counts, []);
        return new(
            result.Article.ToDto(),
            loaded,
            revision,
            loadAnswer.Added,
            loadAnswer.Existing,
            ArticleContractMapping.Count(facts),
            facts,
            result.Warnings,
            result.UncertainMerges.Select(m => m.ToDto()).ToList());
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Article {ArticleId} ({Language}) loaded: {Facts} facts, revision {Revision}")]
    private static partial void LogLoaded(ILogger logger, string articleId, string language, int facts, long revision);
}
