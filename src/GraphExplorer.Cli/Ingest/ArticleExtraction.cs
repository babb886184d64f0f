using System.CommandLine;
using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Extraction;
using GraphExplorer.Ingest.Learning;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Cli.Ingest;

/// <summary>
/// What <c>ingest</c> and <c>eval</c> share: the gazetteer extended by <c>--aliases</c>, and reading plus extracting
/// every article file with one outcome per file, so a bad file is reported and the others go on.
/// </summary>
public static class ArticleExtraction
{
    /// <summary>The <c>--scorer</c> option: who decides each person–lab relation.</summary>
    public static Option<string> ScorerOption()
    {
        var option = new Option<string>("--scorer")
        {
            Description = "Who decides each person-lab relation: model (default: the learned pair scorer, see `train`) or rules (the rules alone)",
            DefaultValueFactory = _ => "model",
        };
        option.AcceptOnlyFromAmong("rules", "model");
        return option;
    }

    /// <summary>The <c>--model</c> option: a pair model file for <c>--scorer model</c>.</summary>
    public static Option<string?> ModelOption() =>
        new("--model") { Description = "A pair model file written by `train` (with --scorer model; default: the built-in model)" };

    /// <summary>
    /// The extractor for <c>--aliases</c>, <c>--scorer</c> and <c>--model</c>: the shipped gazetteer, extended with the
    /// aliases file's ALIAS lines, deciding relations by the rules or by the pair model. A missing file is a usage error;
    /// a file with bad lines, or a model file that cannot be used, gets its problems written to <paramref name="error"/>
    /// and null back.
    /// </summary>
    public static async Task<ArticleExtractor?> CreateExtractorAsync(string? aliasesPath, TextWriter error, CancellationToken cancellationToken, string? scorer = null, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var useModel = scorer == "model";
        if (modelPath is not null && !useModel)
        {
            throw new CliUsageException("--model is read only with --scorer model");
        }

        PairModel? model = null;
        if (useModel)
        {
            if (modelPath is not null && !File.Exists(modelPath))
            {
                throw new CliUsageException($"--model {modelPath}: no such file");
            }

            try
            {
                model = modelPath is null ? PairModel.Default : PairModel.Load(modelPath);
            }
            catch (InvalidDataException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}");
                return null;
            }
        }

        if (aliasesPath is null)
        {
            return model is null ? ArticleExtractor.Default : modelPath is null ? ArticleExtractor.Shipped : new ArticleExtractor(null, model);
        }

        if (!File.Exists(aliasesPath))
        {
            throw new CliUsageException($"--aliases {aliasesPath}: no such file");
        }

        var (gazetteer, errors) = await Gazetteer.LoadAliasesAsync(aliasesPath, cancellationToken: cancellationToken);
        if (gazetteer is not null)
        {
            return new ArticleExtractor(gazetteer, model);
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
