using System.CommandLine;
using System.Globalization;
using GraphExplorer.Cli.Ingest;
using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Evaluation;
using GraphExplorer.Ingest.Learning;
using GraphExplorer.Ingest.Reading;
using GraphExplorer.Training;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>train</c> builds the pair model from the corpus's development part only (the test part is never read): the rules
/// read each article, its candidate (person, lab) pairs are labelled from the gold, one boosted-tree classifier per
/// relation is trained and written as the model file the extractor embeds. With <c>--gold file paths…</c> it learns
/// from a gold file and its article files instead (a blind development set), read as <c>eval --gold</c> reads them. <c>--folds k</c> first prints k-fold
/// cross-validation on the development articles, rules against model, each article scored by a model trained without
/// it through the same scorer as <c>eval</c>. Exit code 0 done, 1 invalid corpus, 2 usage error.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold") { Description = "Train on these gold facts (facts format, one ARTICLE line with the language per article; repeat for several files) and the article files given as arguments, instead of the corpus" };
        var paths = new Argument<string[]>("paths") { Description = "With --gold: article files or folders; each file's name without extension is its article id", Arity = ArgumentArity.ZeroOrMore };
        var corpus = new Option<string?>("--corpus") { Description = "The corpus folder (default data/corpus); only its dev split is read" };
        var texts = new Option<string?>("--texts") { Description = "The folder of corpus texts, <id>.txt (default: the corpus folder's texts/)" };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => Path.Combine("src", "GraphExplorer.Ingest", "Learning", "pair-model.json") };
        var folds = new Option<int>("--folds") { Description = "Cross-validate with this many folds first and print rules vs model (0: no cross-validation)", DefaultValueFactory = _ => 0 };
        var noWrite = new Option<bool>("--no-write") { Description = "Only cross-validate; write no model" };
        var trees = new Option<int>("--trees") { Description = "Trees per relation", DefaultValueFactory = _ => new PairTrainerOptions().Trees };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree", DefaultValueFactory = _ => new PairTrainerOptions().Leaves };
        var threshold = new Option<double>("--threshold") { Description = "Probability from which a pair takes a relation", DefaultValueFactory = _ => new PairTrainerOptions().Threshold };
        var command = new Command("train", "Train the pair model on the corpus's development part (reproducible); --folds k cross-validates it against the rules")
        {
            gold, paths, corpus, texts, output, folds, noWrite, trees, leaves, threshold,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var k = parseResult.GetValue(folds);
            if (k is 1 or < 0)
            {
                throw new CliUsageException($"--folds {k}: give 2 or more folds, or 0 for none");
            }

            var probability = parseResult.GetValue(threshold);
            if (probability is < 0 or > 1 || double.IsNaN(probability))
            {
                throw new CliUsageException($"--threshold {probability}: give a probability from 0 to 1");
            }

            var options = new PairTrainerOptions
            {
                Trees = Positive(parseResult.GetValue(trees), "--trees"),
                Leaves = Math.Max(2, Positive(parseResult.GetValue(leaves), "--leaves")),
                Threshold = probability,
            };
            var rules = ArticleExtractor.Default;
            var (articles, source) = await ReadArticlesAsync(parseResult, gold, paths, corpus, texts, error, cancellationToken);
            if (articles is null)
            {
                return CliApplication.Failed;
            }

            IReadOnlyList<PairChoice>? choices = null;
            if (k >= 2)
            {
                var report = PairCrossValidation.Run(rules, articles, k, options);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{k}-fold cross-validation on {source}: {articles.Count} article(s), {report.Examples} candidate pair(s); each article scored by a model trained without it"));
                await stdout.WriteLineAsync("Rules:");
                await stdout.WriteAsync(report.Rules.ToText());
                choices = report.Choices;
                await stdout.WriteLineAsync("Model (each type decided as chosen below):");
                await stdout.WriteAsync(report.Model.ToText());
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"F1 per type, rules -> model, and the decision kept (the best setting on these folds; rules where none beats them by {PairCrossValidation.MinimumGain:0.00} F1):"));
                foreach (var type in report.Rules.ByType.Keys.Order(StringComparer.Ordinal).Append("ALL"))
                {
                    var r = type == "ALL" ? report.Rules.Overall : report.Rules.ByType[type];
                    var m = type == "ALL" ? report.Model.Overall : report.Model.ByType[type];
                    var choice = report.Choices.FirstOrDefault(c => c.Type == type);
                    var kept = choice is null ? string.Empty : choice.Decision == PairDecision.Rules ? "  rules" : string.Create(CultureInfo.InvariantCulture, $"  {choice.Decision.ToString().ToLowerInvariant()} from p >= {choice.Threshold:0.0#}");
                    await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {type,-10} {r.F1:0.000} -> {m.F1:0.000}  (P {r.Precision:0.000} -> {m.Precision:0.000}, R {r.Recall:0.000} -> {m.Recall:0.000}){kept}"));
                }
            }

            if (parseResult.GetValue(noWrite))
            {
                return CliApplication.Ok;
            }

            var dataset = PairDataset.Build(rules, articles);
            foreach (var refusal in dataset.Refused)
            {
                await error.WriteLineAsync($"warning: {refusal} (no pairs from it)");
            }

            var model = PairTrainer.Train(dataset.Examples, options, $"{source}: {articles.Count} articles, {dataset.Examples.Count} pairs");
            if (choices is not null)
            {
                model = PairCrossValidation.Configure(model, choices);
            }
            var path = parseResult.GetValue(output)!;
            var temporary = path + ".tmp";
            await using (var stream = File.Create(temporary))
            {
                model.Save(stream);
            }

            // Written whole, then renamed: a failed run never leaves half a model where the build embeds it.
            File.Move(temporary, path, overwrite: true);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Trained on {articles.Count} article(s) of {source}, {dataset.Examples.Count} candidate pair(s) ({dataset.Examples.Count(e => e.WorkedAt)} WORKED_AT, {dataset.Examples.Count(e => e.Founded)} FOUNDED, {dataset.Examples.Count(e => e.LeftFrom)} left from, {dataset.Examples.Count(e => e.LeftTo)} left to); wrote {path} ({new FileInfo(path).Length:N0} bytes)"));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>
    /// The labelled articles to learn from: the corpus's development part, or with <c>--gold</c> the gold file's facts
    /// and the article files given. Null (with the problem written to <paramref name="error"/>) when they cannot be read.
    /// </summary>
    private static async Task<(List<LabelledArticle>? Articles, string Source)> ReadArticlesAsync(
        ParseResult parseResult, Option<string[]> gold, Argument<string[]> paths, Option<string?> corpus, Option<string?> texts, TextWriter error, CancellationToken cancellationToken)
    {
        var goldPaths = parseResult.GetValue(gold) ?? [];
        var articlePaths = parseResult.GetValue(paths) ?? [];
        if (goldPaths.Length == 0)
        {
            if (articlePaths.Length > 0)
            {
                throw new CliUsageException("article paths are read only with --gold; without it train reads the corpus (--corpus, --texts)");
            }

            var corpusFolder = parseResult.GetValue(corpus) ?? Path.Combine("data", "corpus");
            var textsFolder = parseResult.GetValue(texts) ?? Path.Combine(corpusFolder, "texts");
            try
            {
                // Only the development part: the frozen test part is measured once by the lead, never trained on.
                var data = await Corpus.LoadAsync(corpusFolder, textsFolder, "dev", cancellationToken);
                return (PairDataset.FromCorpus(data, textsFolder), $"{corpusFolder} dev");
            }
            catch (CorpusException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}");
                return (null, string.Empty);
            }
        }

        if (parseResult.GetValue(corpus) is not null || parseResult.GetValue(texts) is not null)
        {
            throw new CliUsageException("--gold trains on article files; --corpus and --texts train on the corpus: give one or the other");
        }

        if (articlePaths.Length == 0)
        {
            throw new CliUsageException("--gold needs the article files or folders to train on");
        }

        var goldFacts = new List<Fact>();
        var goldOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var goldPath in goldPaths)
        {
            if (!File.Exists(goldPath))
            {
                throw new CliUsageException($"--gold {goldPath}: no such file");
            }

            try
            {
                var facts = await Evaluator.ReadGoldAsync(goldPath, cancellationToken);
                foreach (var article in facts.OfType<ArticleFact>())
                {
                    // Two files labelling one id would silently merge two articles' gold: refuse instead.
                    if (!goldOf.TryAdd(article.Id, goldPath) && goldOf[article.Id] != goldPath)
                    {
                        await error.WriteLineAsync($"error: {goldPath}: the article {article.Id} is already labelled in {goldOf[article.Id]}");
                        return (null, string.Empty);
                    }
                }

                goldFacts.AddRange(facts);
            }
            catch (InvalidDataException ex)
            {
                await error.WriteLineAsync($"error: {goldPath}: {ex.Message}");
                return (null, string.Empty);
            }
        }

        var inputs = new List<ArticleInput>();
        foreach (var read in ArticleReader.Read(articlePaths, new ArticleReaderOptions { IdFromFileName = true }))
        {
            if (read.Input is { } input)
            {
                inputs.Add(input);
            }
            else
            {
                await error.WriteLineAsync($"warning: {read.Error}");
            }
        }

        var problems = new List<string>();
        var articles = PairDataset.FromGold(goldFacts, inputs, problems);
        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"warning: {problem}");
        }

        if (articles.Count == 0)
        {
            await error.WriteLineAsync($"error: none of the article files given is in {string.Join(" or ", goldPaths)}, so there is nothing to train on");
            return (null, string.Empty);
        }

        return (articles, string.Join(", ", goldPaths));
    }

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new CliUsageException($"{option} {value}: give a positive number");
}
