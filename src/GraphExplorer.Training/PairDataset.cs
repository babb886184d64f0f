using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Evaluation;
using GraphExplorer.Ingest.Learning;

namespace GraphExplorer.Training;

/// <summary>One article to learn from or score: its input and its gold facts.</summary>
public sealed record LabelledArticle(string Id, string Language, ArticleInput Input, IReadOnlyList<Fact> Gold);

/// <summary>
/// The labelled candidate pairs of a set of articles: each article is read by the rules (the model's features include
/// what they concluded), its candidate pairs are labelled from its gold facts as <c>eval</c> matches facts.
/// </summary>
public sealed class PairDataset
{
    private PairDataset(IReadOnlyList<PairExample> examples, IReadOnlyList<string> refused)
    {
        Examples = examples;
        Refused = refused;
    }

    public IReadOnlyList<PairExample> Examples { get; }

    /// <summary>Gets why articles could not be read (they give no examples).</summary>
    public IReadOnlyList<string> Refused { get; }

    public static PairDataset Build(ArticleExtractor rules, IEnumerable<LabelledArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(articles);
        var evaluator = new Evaluator(rules.Gazetteer);
        var examples = new List<PairExample>();
        var refused = new List<string>();
        foreach (var article in articles)
        {
            if (!rules.TryExtractPairs(article.Input, out _, out var pairs, out var error))
            {
                refused.Add(error!.ToString());
                continue;
            }

            foreach (var pair in pairs!)
            {
                var label = PairLabel.Of(pair, article.Gold, evaluator);
                examples.Add(new PairExample(article.Id, pair.Features, label.WorkedAt, label.Founded, label.LeftFrom, label.LeftTo));
            }
        }

        return new PairDataset(examples, refused);
    }

    /// <summary>The development articles of a loaded corpus split, with their gold facts.</summary>
    public static List<LabelledArticle> FromCorpus(CorpusSplit data, string textsFolder)
    {
        ArgumentNullException.ThrowIfNull(data);
        var gold = data.Gold.Where(f => f is not ArticleFact).GroupBy(f => f.Sources.Count > 0 ? f.Sources[0] : string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Fact>)[.. g], StringComparer.Ordinal);
        return [.. data.Articles.Select(a => new LabelledArticle(a.Id, a.Language, Corpus.InputFor(a, data.Texts[a.Id], textsFolder), gold.GetValueOrDefault(a.Id, [])))];
    }
    /// <summary>
    /// Article files read with their ids taken from the file names, paired with a gold file's facts (as <c>eval --gold</c>
    /// scores them). An article the gold does not list, and a gold article with no readable file, are left out and named
    /// in <paramref name="problems"/>.
    /// </summary>
    public static List<LabelledArticle> FromGold(IReadOnlyList<Fact> gold, IEnumerable<ArticleInput> inputs, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(problems);
        var listed = gold.OfType<ArticleFact>().GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var facts = gold.Where(f => f is not ArticleFact && f.Sources.Count > 0).GroupBy(f => f.Sources[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Fact>)[.. g], StringComparer.Ordinal);
        var articles = new List<LabelledArticle>();
        foreach (var input in inputs)
        {
            if (input.Id is not { } id || !listed.TryGetValue(id, out var article))
            {
                problems.Add($"{input.SourceName ?? input.Id}: the article is not in the gold file (no ARTICLE line with its id)");
                continue;
            }

            articles.Add(new LabelledArticle(id, article.Language ?? string.Empty, input with { Published = input.Published ?? article.Published }, facts.GetValueOrDefault(id, [])));
        }

        var read = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(listed.Keys.Where(id => !read.Contains(id)).Order(StringComparer.Ordinal)
            .Select(id => $"the gold article {id} has no readable file among the inputs: it is not trained on"));
        return articles;
    }
}

/// <summary>How the model decides one relation type, and the cross-validated scores that chose it.</summary>
/// <param name="Type">WORKED_AT, FOUNDED or LEFT_FOR.</param>
/// <param name="Rules">The rules' score on the type.</param>
/// <param name="Model">The best setting's score (Rules when no setting beat the rules).</param>
public sealed record PairChoice(string Type, Score Rules, Score Model, PairDecision Decision, double Threshold);

/// <summary>Rules against model on the same articles, each article scored by a model that never saw it.</summary>
/// <param name="Model">The model with each type decided by its chosen setting.</param>
/// <param name="Choices">Per type, the setting with the best cross-validated F1 (chosen on these same folds, so its figure is a little optimistic).</param>
public sealed record CrossValidationReport(EvaluationReport Rules, EvaluationReport Model, IReadOnlyList<PairChoice> Choices, int Folds, int Examples);

/// <summary>
/// k-fold cross-validation by article: the articles are dealt to k folds round-robin within each language (so every
/// fold has every language); for each fold a model is trained on the other folds' pairs and extracts the fold's articles
/// through the same extractor and scorer as <c>eval</c>. The rules are scored on the same articles. Each decision
/// (the model decides, or adds to the rules) and threshold is tried; per type the best is kept when it beats the rules
/// by <see cref="MinimumGain"/>.
/// </summary>
public static class PairCrossValidation
{
    /// <summary>The probabilities tried as thresholds.</summary>
    public static readonly IReadOnlyList<double> Thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6];

    /// <summary>
    /// How much F1 a setting must gain over the rules on the folds to replace them. The best of sixteen settings is
    /// chosen on the very folds it is scored on, so a gain of a few thousandths is as likely chance as skill, and a
    /// model that only matches the rules trades their precision for recall nobody asked for.
    /// </summary>
    public const double MinimumGain = 0.01;

    /// <summary>Whether <paramref name="model"/> beats <paramref name="rules"/> by at least <see cref="MinimumGain"/> F1.</summary>
    public static bool BeatsRules(Score rules, Score model)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(model);
        return model.F1 - rules.F1 >= MinimumGain - 1e-9;
    }

    private static readonly string[] s_types = ["FOUNDED", "LEFT_FOR", "WORKED_AT"];

    public static CrossValidationReport Run(ArticleExtractor rules, IReadOnlyList<LabelledArticle> articles, int folds, PairTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = Folds(articles, folds);
        var dataset = PairDataset.Build(rules, articles);
        var models = Enumerable.Range(0, folds).Select(k => PairTrainer.Train([.. dataset.Examples.Where(e => fold[e.Article] != k)], options)).ToList();
        var gold = articles.SelectMany(a => a.Gold.Prepend(new ArticleFact(a.Id, null, null, a.Language, null))).ToList();
        var evaluator = new Evaluator(rules.Gazetteer);
        EvaluationReport Score(Func<PairModel, PairModel?> configure)
        {
            var results = new List<ExtractionResult>();
            for (var k = 0; k < folds; k++)
            {
                var extractor = configure(models[k]) is { } model ? new ArticleExtractor(rules.Gazetteer, model) : rules;
                foreach (var article in articles.Where(a => fold[a.Id] == k))
                {
                    if (extractor.TryExtract(article.Input, out var result, out _))
                    {
                        results.Add(result!);
                    }
                }
            }

            return evaluator.Evaluate(gold, ArticleIngestor.Merge(results));
        }

        var rulesReport = Score(_ => null);
        var best = s_types.ToDictionary(t => t, t => new PairChoice(t, rulesReport.ByType[t], rulesReport.ByType[t], PairDecision.Rules, 0.5), StringComparer.Ordinal);
        foreach (var decision in new[] { PairDecision.Model, PairDecision.Add })
        {
            foreach (var threshold in Thresholds)
            {
                var report = Score(m => Configure(m, s_types.Select(t => new PairChoice(t, null!, null!, decision, threshold))));
                foreach (var type in s_types)
                {
                    if (report.ByType[type].F1 > best[type].Model.F1)
                    {
                        best[type] = best[type] with { Model = report.ByType[type], Decision = decision, Threshold = threshold };
                    }
                }
            }
        }

        var choices = s_types.Select(t => BeatsRules(rulesReport.ByType[t], best[t].Model) ? best[t] : best[t] with { Model = rulesReport.ByType[t], Decision = PairDecision.Rules, Threshold = 0.5 }).ToList();
        return new CrossValidationReport(rulesReport, Score(m => Configure(m, choices)), choices, folds, dataset.Examples.Count);
    }

    /// <summary>The model with each type's decision and threshold set as chosen.</summary>
    public static PairModel Configure(PairModel model, IEnumerable<PairChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(choices);
        var file = model.File;
        foreach (var c in choices)
        {
            file = c.Type switch
            {
                "WORKED_AT" => file with { WorkedAt = file.WorkedAt with { Threshold = c.Threshold }, WorkedAtDecision = c.Decision },
                "FOUNDED" => file with { Founded = file.Founded with { Threshold = c.Threshold }, FoundedDecision = c.Decision },
                "LEFT_FOR" => file with { LeftFrom = file.LeftFrom with { Threshold = c.Threshold }, LeftTo = file.LeftTo with { Threshold = c.Threshold }, LeftForDecision = c.Decision },
                _ => throw new ArgumentException($"unknown relation type '{c.Type}'", nameof(choices)),
            };
        }

        return PairModel.Create(file, "the configured model");
    }

    /// <summary>The fold of each article: round-robin over the articles sorted by language and id.</summary>
    public static Dictionary<string, int> Folds(IReadOnlyList<LabelledArticle> articles, int folds)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var fold = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var a in articles.OrderBy(a => a.Language, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            fold[a.Id] = i++ % folds;
        }

        return fold;
    }
}
