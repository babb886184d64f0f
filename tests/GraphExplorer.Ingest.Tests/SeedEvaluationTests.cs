using GraphExplorer.Ingest.Evaluation;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Runs the extractor on the five seed articles and scores it against the hand-written gold file.</summary>
public class SeedEvaluationTests
{
    [Fact]
    public async Task Evaluate_SeedArticles_MeetsTheQualityThresholds()
    {
        Assert.SkipUnless(Directory.Exists(TestData.SeedsFolder), $"the seed articles are not at {TestData.SeedsFolder}");
        var gold = await Evaluator.ReadGoldAsync(TestData.GoldFile, TestContext.Current.CancellationToken);
        var outcomes = new ArticleIngestor().Ingest([TestData.SeedsFolder], new ArticleReaderOptions { IdFromFileName = true }).ToList();
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.ToString()));

        var report = new Evaluator().Evaluate(gold, outcomes.SelectMany(o => o.Result!.Facts));
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToText());

        Assert.Equal(5, outcomes.Count);
        Assert.True(report.ByType["LEFT_FOR"].Precision >= 0.9, report.ToText());
        Assert.True(report.ByType["LEFT_FOR"].Recall >= 0.8, report.ToText());
        Assert.True(report.ByType["FOUNDED"].Precision >= 0.9, report.ToText());
        Assert.True(report.ByType["FOUNDED"].Recall >= 0.8, report.ToText());
        Assert.True(report.ByType["WORKED_AT"].Precision >= 0.7, report.ToText());
        Assert.True(report.ByType["WORKED_AT"].Recall >= 0.6, report.ToText());
    }

    [Fact]
    public async Task Evaluate_SeedArticles_DetectsTheGoldLanguages()
    {
        Assert.SkipUnless(Directory.Exists(TestData.SeedsFolder), $"the seed articles are not at {TestData.SeedsFolder}");
        var gold = await Evaluator.ReadGoldAsync(TestData.GoldFile, TestContext.Current.CancellationToken);
        var expected = gold.OfType<Core.Facts.ArticleFact>().ToDictionary(a => a.Id, a => a.Language);

        var outcomes = new ArticleIngestor().Ingest([TestData.SeedsFolder], new ArticleReaderOptions { IdFromFileName = true });

        Assert.All(outcomes, o => Assert.Equal(expected[o.Result!.Article.Id], o.Result.Article.Language));
    }

    [Fact]
    public void Evaluate_NothingExtracted_ScoresZeroRecall()
    {
        var gold = new Core.Facts.Fact[]
        {
            new Core.Facts.ArticleFact("a1", null, null, "en", null),
            new Core.Facts.LeftForFact("Jane Roe", "OpenAI", "Anthropic", Core.Model.PartialDate.Of(2024, 8)) { Sources = ["a1"] },
        };

        var report = new Evaluator().Evaluate(gold, []);

        Assert.Equal(0, report.ByType["LEFT_FOR"].Recall);
        Assert.Equal(1, report.ByType["LEFT_FOR"].FalseNegatives);
    }

    [Theory]
    [InlineData("2024-08", "2024-08-06", true)]
    [InlineData("2024-08", "2024-08", true)]
    [InlineData("2024-08", "2024", false)]
    [InlineData("2024-08", "2024-09", false)]
    [InlineData(null, "2024-09", true)]
    [InlineData("2024", null, false)]
    public void DateMatches_ComparesAtTheGoldsPrecision(string? gold, string? extracted, bool expected)
    {
        var g = gold is null ? (Core.Model.PartialDate?)null : Core.Model.PartialDate.Parse(gold);
        var e = extracted is null ? (Core.Model.PartialDate?)null : Core.Model.PartialDate.Parse(extracted);

        Assert.Equal(expected, Evaluator.DateMatches(g, e));
    }
}
