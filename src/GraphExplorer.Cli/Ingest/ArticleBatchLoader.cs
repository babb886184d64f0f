using GraphExplorer.Cli.Loading;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Ingest;

namespace GraphExplorer.Cli.Ingest;

/// <summary>
/// Loads extracted articles one batch per article file, through the same pipeline as <c>load</c>: into the store
/// (<see cref="FactLoader"/>), or into a running explorer (<see cref="ServerLoader"/>, so open views update).
/// </summary>
/// <remarks>
/// One batch per file, as <c>load</c> does, so a file whose facts the graph refuses (a conflict) is the only one left
/// out, and each article's facts commit whole or not at all. The facts of one article are merged first
/// (<see cref="ArticleIngestor.Merge"/>); the same fact from several articles becomes one edge with several sources in
/// the store, which treats an edge it already holds as one more source.
/// </remarks>
public static class ArticleBatchLoader
{
    public static async Task<LoadReport> LoadAsync(IGraphStore store, IReadOnlyList<ArticleOutcome> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articles);
        var loader = new FactLoader(store);
        var reports = new List<LoadReport>(articles.Count);
        foreach (var article in articles)
        {
            reports.Add(await loader.LoadFactsAsync(FactsOf(article), article.Source, cancellationToken));
        }

        return Combine(reports, reports.Count == 0 ? await store.GetRevisionAsync(cancellationToken) : 0);
    }

    /// <summary>Sends each article's facts to <c>POST /api/facts</c> of a running explorer, one request per article file.</summary>
    public static async Task<LoadReport> LoadAsync(ServerLoader server, IReadOnlyList<ArticleOutcome> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(articles);
        var folder = Directory.CreateTempSubdirectory("graphexplorer-ingest-");
        try
        {
            // The server loader sends files; each article's facts go to one JSON Lines file named after its position.
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            var files = new List<string>(articles.Count);
            for (var i = 0; i < articles.Count; i++)
            {
                var file = Path.Combine(folder.FullName, $"{i:D6}.jsonl");
                await File.WriteAllLinesAsync(file, FactsOf(articles[i]).Select(FactJson.ToLine), cancellationToken);
                sources[file] = articles[i].Source;
                files.Add(file);
            }

            var report = await server.LoadAsync(files, null, cancellationToken);
            string Original(string source) => sources.GetValueOrDefault(source, source);
            return report with
            {
                Batches = report.Batches.Select(b => b with { Source = Original(b.Source) }).ToList(),
                Errors = report.Errors.Select(e => e with { Location = e.Location with { Source = Original(e.Location.Source) } }).ToList(),
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<Fact> FactsOf(ArticleOutcome article) =>
        ArticleIngestor.Merge([article.Result ?? throw new ArgumentException($"{article.Source} was not extracted", nameof(article))]);

    private static LoadReport Combine(List<LoadReport> reports, long revisionWhenEmpty) => new(
        reports.Aggregate(LoadCounts.Zero, (sum, r) => sum + r.Counts),
        reports.Aggregate(RejectedCounts.Zero, (sum, r) => sum + r.Rejected),
        reports.SelectMany(r => r.Errors).ToList(),
        reports.Sum(r => r.ErrorCount),
        reports.SelectMany(r => r.Batches).ToList(),
        reports.Count == 0 ? revisionWhenEmpty : reports.Max(r => r.Revision));
}
