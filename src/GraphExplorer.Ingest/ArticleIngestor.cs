using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Ingest;

/// <summary>One file's outcome: its facts, or the error that kept all of them out.</summary>
public sealed record ArticleOutcome(string Source, ExtractionResult? Result, IngestError? Error)
{
    public bool Succeeded => Result is not null;
}

/// <summary>
/// Files or folders in, facts out: reads each file (<see cref="ArticleReader"/>), extracts it
/// (<see cref="ArticleExtractor"/>), and reports per file. A file that fails contributes nothing, so a loader that takes
/// <see cref="ArticleOutcome.Result"/> of the successful outcomes never loads half an article.
/// </summary>
public sealed class ArticleIngestor
{
    private readonly ArticleExtractor _extractor;

    public ArticleIngestor(ArticleExtractor? extractor = null)
    {
        _extractor = extractor ?? ArticleExtractor.Default;
    }

    public IEnumerable<ArticleOutcome> Ingest(IEnumerable<string> paths, ArticleReaderOptions? options = null)
    {
        foreach (var read in ArticleReader.Read(paths, options))
        {
            if (read.Input is null)
            {
                yield return new ArticleOutcome(read.Source, null, read.Error);
                continue;
            }

            yield return Extract(read.Input);
        }
    }

    /// <summary>Extracts one article given in memory (an HTTP body, say); the error names <see cref="ArticleInput.SourceName"/>.</summary>
    public ArticleOutcome Extract(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var source = input.SourceName ?? "article";
        return _extractor.TryExtract(input, out var result, out var error)
            ? new ArticleOutcome(source, result, null)
            : new ArticleOutcome(source, null, error);
    }

    /// <summary>
    /// All facts of the successful outcomes with duplicates folded: the same article twice, or two articles stating
    /// the same fact, give one fact whose sources list every article (the most confident evidence is kept).
    /// </summary>
    public static List<Fact> Merge(IEnumerable<ExtractionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var articles = new Dictionary<string, ArticleFact>(StringComparer.Ordinal);
        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var result in results)
        {
            articles.TryAdd(result.Article.Id, result.Article);
            foreach (var fact in result.Facts)
            {
                var key = FactJson.Key(fact);
                if (facts.TryGetValue(key, out var existing))
                {
                    var sources = existing.Sources.Concat(fact.Sources).Distinct(StringComparer.Ordinal).ToList();
                    var keep = (fact.Confidence ?? 0) > (existing.Confidence ?? 0) ? fact : existing;
                    facts[key] = keep with { Sources = sources };
                }
                else
                {
                    facts[key] = fact;
                    order.Add(key);
                }
            }
        }

        return [.. articles.Values, .. order.Select(k => facts[k])];
    }
}
