using System.CommandLine;
using System.Globalization;
using GraphExplorer.Cli.Ingest;
using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Evaluation;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>eval</c> measures extraction and prints precision, recall and F1 per fact type, per language and per language and
/// type, recall for people on no built-in list, and the misses and false facts grouped by cause. Two inputs:
/// <c>eval --split dev|test|all [--corpus data/corpus] [--texts DIR]</c> scores the labelled corpus (manifests, gold
/// files, texts checked by sha256 and length); <c>eval --gold file.jsonl &lt;articles…&gt;</c> scores article files
/// whose names are their ids. Nothing is loaded. Exit code 0 when every article was extracted, 1 when one was refused
/// or the corpus or gold file is invalid, 2 for a usage error.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold facts (facts format, one ARTICLE line with the language per article) for the article files given as arguments" };
        var paths = new Argument<string[]>("paths") { Description = "With --gold: article files or folders; each file's name without extension is its article id", Arity = ArgumentArity.ZeroOrMore };
        var corpus = new Option<string?>("--corpus") { Description = "The corpus folder: <lang>.articles.jsonl manifests and <lang>.gold.jsonl gold files (default data/corpus)" };
        var texts = new Option<string?>("--texts") { Description = "The folder of corpus texts, <id>.txt (default: the corpus folder's texts/)" };
        var split = new Option<string>("--split") { Description = "Which corpus articles to score: dev (tuned on), test (frozen: totals only) or all (totals only)", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong([.. Corpus.Splits]);
        var scorer = ArticleExtraction.ScorerOption();
        var model = ArticleExtraction.ModelOption();
        var aliases = new Option<string?>("--aliases") { Description = "A file of ALIAS lines extending the gazetteer (for extraction and name matching)" };
        var misses = new Option<bool>("--misses") { Description = "Also list every gold fact missed and every extracted fact the gold does not hold, with its cause (not for the test split)" };
        var command = new Command("eval", "Measure extraction against the labelled corpus or a gold file: precision, recall and F1 per fact type and per language, errors by cause")
        {
            gold, paths, corpus, texts, split, aliases, misses, scorer, model,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (await ArticleExtraction.CreateExtractorAsync(parseResult.GetValue(aliases), error, cancellationToken, parseResult.GetValue(scorer), parseResult.GetValue(model)) is not { } extractor)
            {
                return CliApplication.Failed;
            }

            var goldPath = parseResult.GetValue(gold);
            var articlePaths = parseResult.GetValue(paths) ?? [];
            if (goldPath is null)
            {
                if (articlePaths.Length > 0)
                {
                    throw new CliUsageException("article paths are read only with --gold; without it eval scores the corpus (--corpus, --split)");
                }

                return await EvaluateCorpusAsync(
                    extractor,
                    parseResult.GetValue(corpus) ?? Path.Combine("data", "corpus"),
                    parseResult.GetValue(texts),
                    parseResult.GetValue(split) ?? "dev",
                    parseResult.GetValue(misses),
                    output,
                    error,
                    cancellationToken);
            }

            if (parseResult.GetValue(corpus) is not null || parseResult.GetValue(texts) is not null)
            {
                throw new CliUsageException("--gold scores article files; --corpus and --texts score the corpus: give one or the other");
            }

            if (articlePaths.Length == 0)
            {
                throw new CliUsageException("--gold needs the article files or folders to score");
            }

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

            var view = new ArticleOutcomeView(output, error);
            var results = new List<ExtractionResult>();
            var readerOptions = new ArticleReaderOptions { IdFromFileName = true };
            foreach (var outcome in ArticleExtraction.Run(new ArticleIngestor(extractor), articlePaths, readerOptions, ArticleOverrides.None))
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
            await WriteReportAsync(output, report, parseResult.GetValue(misses), showCauses: true);
            return view.Failed > 0 ? CliApplication.Failed : CliApplication.Ok;
        });
        return command;
    }

    private static async Task<int> EvaluateCorpusAsync(
        ArticleExtractor extractor, string corpusFolder, string? textsFolder, string split, bool misses, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // The frozen test part is measured only through totals: listing its misses would be tuning on it.
        var frozen = split != "dev";
        if (frozen && misses)
        {
            throw new CliUsageException($"--misses lists facts of the articles scored; the {split} split is measured through totals only (use --split dev)");
        }

        textsFolder ??= Path.Combine(corpusFolder, "texts");
        CorpusSplit data;
        try
        {
            data = await Corpus.LoadAsync(corpusFolder, textsFolder, split, cancellationToken);
        }
        catch (CorpusException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return CliApplication.Failed;
        }

        var results = new List<ExtractionResult>();
        var refused = 0;
        foreach (var article in data.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (extractor.TryExtract(Corpus.InputFor(article, data.Texts[article.Id], textsFolder), out var result, out var refusal))
            {
                results.Add(result!);
            }
            else
            {
                refused++;
                await error.WriteLineAsync($"error: {refusal}");
            }
        }

        var report = new Evaluator(extractor.Gazetteer).Evaluate(data.Gold, ArticleIngestor.Merge(results));
        var languages = string.Join(", ", data.Articles.GroupBy(a => a.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}")));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Corpus {corpusFolder}, split {split}: {data.Articles.Count} article(s) ({languages}), {data.Gold.Count(f => f is not ArticleFact)} gold fact(s), scored {TimeProvider.System.GetUtcNow():yyyy-MM-dd}"));
        await output.WriteLineAsync("P precision, R recall, F1 their harmonic mean; tp/fp/fn matched, spurious, missed facts (type, person and labs after folding; dates and roles not compared)");
        await WriteReportAsync(output, report, misses, showCauses: !frozen);
        return refused > 0 ? CliApplication.Failed : CliApplication.Ok;
    }

    private static async Task WriteReportAsync(TextWriter output, EvaluationReport report, bool misses, bool showCauses)
    {
        await output.WriteAsync(report.ToText());
        if (showCauses)
        {
            await output.WriteLineAsync();
            await output.WriteAsync(report.CausesToText());
        }

        if (misses)
        {
            await output.WriteLineAsync();
            foreach (var miss in report.Misses.OrderBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.Cause, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"{miss.Kind,-9} {miss.Article}  {miss.Fact}  [{miss.Cause}]");
            }
        }
    }
}
