using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Extraction;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Cli.Ingest;

/// <summary>
/// What <c>ingest</c> and <c>eval</c> share: the gazetteer extended by <c>--aliases</c>, and reading plus extracting
/// every article file with one outcome per file, so a bad file is reported and the others go on.
/// </summary>
public static class ArticleExtraction
{
    /// <summary>
    /// The extractor for <c>--aliases</c>: the shipped gazetteer, extended with the file's ALIAS lines. A missing file
    /// is a usage error; a file with bad lines gets every one of them written to <paramref name="error"/> and null back.
    /// </summary>
    public static async Task<ArticleExtractor?> CreateExtractorAsync(string? aliasesPath, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (aliasesPath is null)
        {
            return ArticleExtractor.Default;
        }

        if (!File.Exists(aliasesPath))
        {
            throw new CliUsageException($"--aliases {aliasesPath}: no such file");
        }

        var (gazetteer, errors) = await Gazetteer.LoadAliasesAsync(aliasesPath, cancellationToken: cancellationToken);
        if (gazetteer is not null)
        {
            return new ArticleExtractor(gazetteer);
        }

        await error.WriteLineAsync($"error: --aliases {aliasesPath}: {errors.Count} bad line(s); nothing was extracted:");
        foreach (var line in errors)
        {
            await error.WriteLineAsync($"  {line}");
        }

        return null;
    }

    /// <summary>Reads and extracts each article file (folders searched recursively), in order, lazily.</summary>
    public static IEnumerable<ArticleOutcome> Run(ArticleIngestor ingestor, IEnumerable<string> paths, ArticleReaderOptions readerOptions, ArticleOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(overrides);
        foreach (var read in ArticleReader.Read(paths, readerOptions))
        {
            if (read.Input is null)
            {
                yield return new ArticleOutcome(read.Source, null, read.Error);
                continue;
            }

            var outcome = ingestor.Extract(overrides.Apply(read.Input));
            if (outcome.Succeeded)
            {
                GraphExplorerTelemetry.ArticlesExtracted.Add(1, new KeyValuePair<string, object?>("source", "cli"));
            }

            yield return outcome;
        }
    }
}
