using System.CommandLine;
using System.Globalization;
using GraphExplorer.Cli.Ingest;
using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Evaluation;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>eval --gold file.jsonl &lt;articles…&gt;</c>: extracts the articles (each article's id is its file name without
/// extension, as the gold file's sources are) and prints precision, recall and F1 per fact type, per language and per
/// language and type. Nothing is loaded. Exit code 0 when every article was extracted, 1 when one was refused or the
/// gold file is invalid, 2 for a usage error.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold facts (facts format, one ARTICLE line with the language per article)", Required = true };
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders; each file's name without extension is its article id", Arity = ArgumentArity.OneOrMore };
        var aliases = new Option<string?>("--aliases") { Description = "A file of ALIAS lines extending the gazetteer (for extraction and name matching)" };
        var misses = new Option<bool>("--misses") { Description = "Also list every gold fact missed and every extracted fact the gold does not hold" };
        var command = new Command("eval", "Measure extraction against a gold file: precision, recall and F1 per fact type and per language")
        {
            gold, paths, aliases, misses,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var goldPath = parseResult.GetValue(gold)!;
            if (!File.Exists(goldPath))
            {
                throw new CliUsageException($"--gold {goldPath}: no such file");
            }

            List<Fact> goldFacts;
            try
            {
                goldFacts = await Evaluator.ReadGoldAsync(goldPath, cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                await error.WriteLineAsync($"error: {goldPath}: {ex.Message}");
                return CliApplication.Failed;
            }

            if (await ArticleExtraction.CreateExtractorAsync(parseResult.GetValue(aliases), error, cancellationToken) is not { } extractor)
            {
                return CliApplication.Failed;
            }

            var view = new ArticleOutcomeView(output, error);
            var results = new List<ExtractionResult>();
            var readerOptions = new ArticleReaderOptions { IdFromFileName = true };
            foreach (var outcome in ArticleExtraction.Run(new ArticleIngestor(extractor), parseResult.GetValue(paths) ?? [], readerOptions, ArticleOverrides.None))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await view.WriteAsync(outcome);
                if (outcome.Result is { } result)
                {
                    results.Add(result);
                }
            }

            await view.WriteTotalsAsync("extracted");
            var goldArticles = goldFacts.OfType<ArticleFact>().Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var extractedArticles = results.Select(r => r.Article.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in goldArticles.Where(id => !extractedArticles.Contains(id)).Order(StringComparer.Ordinal))
            {
                await error.WriteLineAsync($"warning: the gold article {missing} was not extracted (no such file among the inputs, or it was refused): all its facts count as missed");
            }

            foreach (var extra in extractedArticles.Where(id => !goldArticles.Contains(id)).Order(StringComparer.Ordinal))
            {
                await error.WriteLineAsync($"warning: the article {extra} is not in the gold file: it is not scored");
            }

            var report = new Evaluator(extractor.Gazetteer).Evaluate(goldFacts, ArticleIngestor.Merge(results));
            await output.WriteLineAsync();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Scored against {goldPath}: {goldArticles.Count} gold article(s); P precision, R recall, F1 their harmonic mean; tp/fp/fn matched, spurious, missed facts"));
            await output.WriteAsync(report.ToText());
            if (parseResult.GetValue(misses))
            {
                await output.WriteLineAsync();
                foreach (var miss in report.Misses.OrderBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Kind, StringComparer.Ordinal))
                {
                    await output.WriteLineAsync($"{miss.Kind,-9} {miss.Article}  {miss.Fact}");
                }
            }

            return view.Failed > 0 ? CliApplication.Failed : CliApplication.Ok;
        });
        return command;
    }
}
