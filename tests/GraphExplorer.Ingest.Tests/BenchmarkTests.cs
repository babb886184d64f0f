namespace GraphExplorer.Ingest.Tests;

public class BenchmarkTests
{
    // The speed target (≥ 200 articles of 5,000 characters per CPU-second) is measured by `graphexplorer bench ingest`,
    // not asserted here: a test process sharing two cores with the rest of the suite measures the machine, not the code.
    [Fact]
    public void Run_FiveThousandCharacterArticles_MeasuresArticlesOfThatSizeThatYieldFacts()
    {
        var result = IngestBenchmark.Run(articleCount: 40, charactersPerArticle: 5000);
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToString());

        Assert.Equal(40, result.Articles);
        Assert.InRange(result.AverageCharacters, 4900, 5300);
        Assert.True(result.Facts > result.Articles, "the benchmark articles must yield facts, or the figure measures nothing");
        Assert.True(result.ArticlesPerCpuSecond > 0, result.ToString());
    }
}
