using System.CommandLine;
using System.Globalization;
using GraphExplorer.Cli.Ingest;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Learning;

namespace GraphExplorer.Cli.Bench;

/// <summary>
/// <c>bench ingest [--articles 400] [--chars 5000] [--scorer rules|model]</c>: extracts built-in articles in every supported language on one
/// thread and prints articles per second of one core (processor time, so other processes on the machine do not lower
/// it) and per wall-clock second. Nothing is read from disk or loaded.
/// </summary>
public static class IngestBenchmarkCommand
{
    private const int MinCharacters = 100;

    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to extract", DefaultValueFactory = _ => 400 };
        var chars = new Option<int>("--chars") { Description = "Characters per article (about)", DefaultValueFactory = _ => 5000 };
        var scorer = ArticleExtraction.ScorerOption();
        var command = new Command("ingest", "Benchmark article extraction on one core: articles per second") { articles, chars, scorer };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(articles);
            var size = parseResult.GetValue(chars);
            if (count is < 1 or > 1_000_000)
            {
                throw new CliUsageException($"--articles must be from 1 to 1,000,000 (was {count})");
            }

            if (size is < MinCharacters or > ArticleExtractor.MaxCharacters)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--chars must be from {MinCharacters} to {ArticleExtractor.MaxCharacters:N0}, the most an article may have (was {size})"));
            }

            var output = parseResult.InvocationConfiguration.Output;
            var extractor = parseResult.GetValue(scorer) == "model" ? ArticleExtractor.Shipped : ArticleExtractor.Default;
            var result = await Task.Run(() => IngestBenchmark.Run(count, size, extractor), cancellationToken);
            await Line(output, "articles", $"{result.Articles:N0} of {result.AverageCharacters:N0} characters on average (built in, every supported language), {result.Facts:N0} facts extracted");
            await Line(output, "one core", $"{result.ArticlesPerCpuSecond:N0} articles/s ({result.CpuTime.TotalSeconds:F2} s of processor time on one thread)");
            await Line(output, "wall clock", $"{result.ArticlesPerSecond:N0} articles/s ({result.Elapsed.TotalSeconds:F2} s; lower when other processes share the cores, {Environment.ProcessorCount} here)");
            return CliApplication.Ok;
        });
        return command;
    }

    private static Task Line(TextWriter output, string label, FormattableString text) =>
        output.WriteLineAsync($"{label,-16} {text.ToString(CultureInfo.InvariantCulture)}");
}
