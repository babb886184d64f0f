namespace GraphExplorer.Ingest.Tests;

public class BenchmarkTests
{
    [Fact]
    public void Run_FiveThousandCharacterArticles_ExtractsAtLeastTwoHundredPerSecondOnOneCore()
    {
        var result = IngestBenchmark.Run(articleCount: 400, charactersPerArticle: 5000);
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToString());

        Assert.InRange(result.AverageCharacters, 4900, 5300);
        Assert.True(result.Facts > result.Articles, "the benchmark articles must yield facts, or the figure measures nothing");

        // Processor time, not wall-clock time: on a shared machine the test process may wait for a core.
        Assert.True(result.ArticlesPerCpuSecond >= 200, result.ToString());
    }
}
