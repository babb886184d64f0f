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
}

/// <summary>Rules against model on the same articles, each article scored by a model that never saw it.</summary>
public sealed record CrossValidationReport(EvaluationReport Rules, EvaluationReport Model, int Folds, int Examples);

/// <summary>
/// k-fold cross-validation by article: the articles are dealt to k folds round-robin within each language (so every
/// fold has every language); for each fold a model is trained on the other folds' pairs and extracts the fold's articles
/// through the same extractor and scorer as <c>eval</c>. The rules are scored on the same articles.
/// </summary>
public static class PairCrossValidation
{
    public static CrossValidationReport Run(ArticleExtractor rules, IReadOnlyList<LabelledArticle> articles, int folds, PairTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = Folds(articles, folds);
        var dataset = PairDataset.Build(rules, articles);
        var ruleResults = new List<ExtractionResult>();
        var modelResults = new List<ExtractionResult>();
        for (var k = 0; k < folds; k++)
        {
            var training = dataset.Examples.Where(e => fold[e.Article] != k).ToList();
            var extractor = new ArticleExtractor(rules.Gazetteer, PairTrainer.Train(training, options));
            foreach (var article in articles.Where(a => fold[a.Id] == k))
            {
                if (extractor.TryExtract(article.Input, out var result, out _))
                {
                    modelResults.Add(result!);
                }

                if (rules.TryExtract(article.Input, out var ruled, out _))
                {
                    ruleResults.Add(ruled!);
                }
            }
        }

        var gold = articles.SelectMany(a => a.Gold.Prepend(new ArticleFact(a.Id, null, null, a.Language, null))).ToList();
        var evaluator = new Evaluator(rules.Gazetteer);
        return new CrossValidationReport(
            evaluator.Evaluate(gold, ArticleIngestor.Merge(ruleResults)),
            evaluator.Evaluate(gold, ArticleIngestor.Merge(modelResults)),
            folds,
            dataset.Examples.Count);
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
