using GraphExplorer.Ingest.Evaluation;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Scores the extractor on articles it was not tuned on (see Generalisation/README.md).</summary>
public class GeneralisationTests
{
    [Fact]
    public async Task Evaluate_UnseenArticlesInOtherLanguages_KeepsPrecisionAndFindsMostFacts()
    {
        var gold = await Evaluator.ReadGoldAsync(Path.Combine(TestData.GeneralisationFolder, "generalisation.gold.jsonl"), TestContext.Current.CancellationToken);
        var outcomes = new ArticleIngestor().Ingest([TestData.GeneralisationFolder], new ArticleReaderOptions { IdFromFileName = true, Extensions = [".txt"] }).ToList();
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.ToString()));
        var languages = gold.OfType<Core.Facts.ArticleFact>().ToDictionary(a => a.Id, a => a.Language);
        Assert.All(outcomes, o => Assert.Equal(languages[o.Result!.Article.Id], o.Result.Article.Language));

        var report = new Evaluator().Evaluate(gold, outcomes.SelectMany(o => o.Result!.Facts));
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(report.ToText());
        foreach (var miss in report.Misses)
        {
            output?.WriteLine($"{miss.Kind} {miss.Article}: {miss.Fact}");
        }

        Assert.True(report.Overall.Precision >= 0.75, report.ToText());
        Assert.True(report.Overall.Recall >= 0.5, report.ToText());
        Assert.True(report.ByType["LEFT_FOR"].F1 >= 0.5, report.ToText());
        Assert.True(report.ByType["FOUNDED"].F1 >= 0.5, report.ToText());
    }
}
