using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Facts;

namespace GraphExplorer.Cli.Tests.Ingest;

public sealed partial class EvalAndBenchCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Eval_SeedArticles_PrintsPrecisionRecallAndF1PerTypeAndPerLanguage()
    {
        var seeds = IngestRepoPaths.SeedArticles;
        Assert.SkipWhen(seeds is null, "the seed articles (../shared/seeds beside the repository) are not in this checkout");

        var run = await IngestWorkspace.RunAsync("eval", "--gold", IngestRepoPaths.GoldFile, seeds!);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.DoesNotContain("was not extracted", run.Error, StringComparison.Ordinal);
        var rows = Rows(run.Output);

        // Every gold fact is either matched or missed, so tp + fn per row is what the gold file holds for that row.
        var gold = await ReadGoldAsync();
        var languages = gold.OfType<ArticleFact>().ToDictionary(a => a.Id, a => a.Language!, StringComparer.Ordinal);
        var relations = gold.Where(f => f is not (ArticleFact or AliasFact)).ToList();
        foreach (var type in new[] { "FOUNDED", "LEFT_FOR", "WORKED_AT" })
        {
            var row = Assert.Single(rows, r => r.Scope == "all" && r.Type == type);
            Assert.Equal(relations.Count(f => TypeOf(f) == type), row.TruePositives + row.FalseNegatives);
        }

        var overall = Assert.Single(rows, r => r is { Scope: "all", Type: "ALL" });
        Assert.Equal(relations.Count, overall.TruePositives + overall.FalseNegatives);
        foreach (var language in languages.Values.Distinct(StringComparer.Ordinal))
        {
            var row = Assert.Single(rows, r => r.Scope == language && r.Type == "ALL");
            Assert.Equal(relations.Count(f => languages[f.Sources[0]] == language), row.TruePositives + row.FalseNegatives);
            Assert.Equal(3, rows.Count(r => r.Scope == language && r.Type != "ALL"));
        }

        // The printed figures follow from the counts printed beside them.
        Assert.All(rows, row =>
        {
            var precision = row.TruePositives + row.FalsePositives == 0 ? 1 : (double)row.TruePositives / (row.TruePositives + row.FalsePositives);
            var recall = row.TruePositives + row.FalseNegatives == 0 ? 1 : (double)row.TruePositives / (row.TruePositives + row.FalseNegatives);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            Assert.Equal(precision, row.Precision, 0.0006);
            Assert.Equal(recall, row.Recall, 0.0006);
            Assert.Equal(f1, row.F1, 0.0006);
        });

        // Extraction on the seeds is good enough to be useful (the Ingest tests hold the finer quality bars).
        Assert.True(overall.F1 >= 0.8, run.Output);
    }

    [Fact]
    public async Task Eval_WithMisses_ListsEachMissedAndSpuriousFactByArticle()
    {
        var seeds = IngestRepoPaths.SeedArticles;
        Assert.SkipWhen(seeds is null, "the seed articles (../shared/seeds beside the repository) are not in this checkout");

        var run = await IngestWorkspace.RunAsync("eval", "--gold", IngestRepoPaths.GoldFile, seeds!, "--misses");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        var all = Assert.Single(Rows(run.Output), r => r is { Scope: "all", Type: "ALL" });
        var lines = run.Output.Split('\n');

        // A listed fact is "missed" or "spurious", two spaces, then its article; the legend's words can start a wrapped line.
        Assert.Equal(all.FalseNegatives, lines.Count(l => l.StartsWith("missed  ", StringComparison.Ordinal)));
        Assert.Equal(all.FalsePositives, lines.Count(l => l.StartsWith("spurious  ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Eval_GoldFileMissing_IsAUsageError()
    {
        using var workspace = new IngestWorkspace();
        workspace.WriteArticle("english.md", TestArticles.EnglishMove);

        var run = await IngestWorkspace.RunAsync("eval", "--gold", Path.Combine(workspace.Root, "absent.jsonl"), workspace.Articles);

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains("absent.jsonl: no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_ARefusedArticle_IsReportedAndExitsOne()
    {
        using var workspace = new IngestWorkspace();
        workspace.WriteArticle("english.md", TestArticles.EnglishMove);
        var empty = workspace.WriteArticle("empty.txt", string.Empty);

        var run = await IngestWorkspace.RunAsync("eval", "--gold", IngestRepoPaths.GoldFile, workspace.Articles);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains($"error: {empty}: the file is empty", run.Error, StringComparison.Ordinal);
        Assert.Contains("the article english is not in the gold file", run.Error, StringComparison.Ordinal);
        Assert.NotEmpty(Rows(run.Output));
    }

    [Fact]
    public async Task BenchIngest_SmallRun_PrintsArticlesPerSecondOfOneCore()
    {
        var run = await IngestWorkspace.RunAsync("bench", "ingest", "--articles", "24", "--chars", "800");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        var match = OneCoreLine().Match(run.Output);
        Assert.True(match.Success, run.ToString());
        Assert.True(double.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) > 0, run.Output);
        Assert.Contains("24 of ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--articles", "0")]
    [InlineData("--chars", "10")]
    public async Task BenchIngest_OutOfRangeOption_IsAUsageErrorNamingIt(string option, string value)
    {
        var run = await IngestWorkspace.RunAsync("bench", "ingest", option, value);

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    private static List<TableRow> Rows(string output) =>
        TableRowLine().Matches(output).Select(m => new TableRow(
            m.Groups["scope"].Value,
            m.Groups["type"].Value,
            double.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups["r"].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups["f"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["tp"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["fp"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["fn"].Value, CultureInfo.InvariantCulture))).ToList();

    private static async Task<List<Fact>> ReadGoldAsync()
    {
        var facts = new List<Fact>();
        await foreach (var result in FactReader.ReadFileAsync(IngestRepoPaths.GoldFile, Ct))
        {
            facts.Add(result.Fact ?? throw new InvalidOperationException(result.Error!.ToString()));
        }

        return facts;
    }

    private static string TypeOf(Fact fact) => fact switch
    {
        LeftForFact => "LEFT_FOR",
        FoundedFact => "FOUNDED",
        _ => "WORKED_AT",
    };

    [GeneratedRegex(@"^(?<scope>\S+)\s+(?<type>FOUNDED|LEFT_FOR|WORKED_AT|ALL)\s+(?<p>\d\.\d{3})\s+(?<r>\d\.\d{3})\s+(?<f>\d\.\d{3})\s+(?<tp>\d+)\s+(?<fp>\d+)\s+(?<fn>\d+)\r?$", RegexOptions.Multiline)]
    private static partial Regex TableRowLine();

    [GeneratedRegex(@"^one core\s+([\d,.]+) articles/s", RegexOptions.Multiline)]
    private static partial Regex OneCoreLine();

    private sealed record TableRow(string Scope, string Type, double Precision, double Recall, double F1, int TruePositives, int FalsePositives, int FalseNegatives);
}
