using GraphExplorer.Cli.Tests.Loading;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Synthetic;

namespace GraphExplorer.Cli.Tests.Generator;

public sealed class SyntheticGraphTests
{
    private static readonly Lazy<IReadOnlyList<Fact>> s_sample = new(() => SyntheticGraph.Generate(new GeneratorOptions { People = 5_000, Seed = 42 }).ToList());

    [Fact]
    public async Task Generate_SameSeedTwice_WritesTheSameBytes()
    {
        var options = new GeneratorOptions { People = 2_000, Seed = 9 };

        var first = await WriteAsync(options);
        var second = await WriteAsync(options);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Generate_AnotherSeed_WritesOtherFacts()
    {
        var first = await WriteAsync(new GeneratorOptions { People = 500, Seed = 1 });
        var second = await WriteAsync(new GeneratorOptions { People = 500, Seed = 2 });

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generate_Sample_HasTheRequestedPeopleAndAboutFourEdgesEach()
    {
        var edges = s_sample.Value.Where(f => f is WorkedAtFact or LeftForFact or FoundedFact).ToList();
        var people = edges.Select(PersonOf).Distinct().Count();

        Assert.Equal(5_000, people);
        Assert.InRange(edges.Count / (double)people, 3.5, 4.8);
        Assert.True(edges.OfType<FoundedFact>().Any(), "some labs have founders");
    }

    [Fact]
    public void Generate_Sample_CareersHaveTwoToSixTenuresJoinedByMoves()
    {
        foreach (var career in s_sample.Value.Where(f => f is WorkedAtFact or LeftForFact).GroupBy(PersonOf))
        {
            var tenures = career.OfType<WorkedAtFact>().OrderBy(t => t.Start).ToList();
            var moves = career.OfType<LeftForFact>().OrderBy(m => m.Date).ToList();
            Assert.InRange(tenures.Count, 2, 6);
            Assert.Equal(tenures.Count - 1, moves.Count);
            for (var i = 0; i < moves.Count; i++)
            {
                Assert.Equal((tenures[i].Lab, tenures[i + 1].Lab, tenures[i + 1].Start), (moves[i].From, moves[i].To, moves[i].Date));
                Assert.Equal(tenures[i].End, tenures[i + 1].Start);
            }
        }
    }

    [Fact]
    public void Generate_Sample_LabSizesAreSkewed()
    {
        var sizes = s_sample.Value.OfType<WorkedAtFact>().GroupBy(t => t.Lab).Select(g => g.Count()).OrderDescending().ToList();

        Assert.Equal(new GeneratorOptions { People = 5_000 }.EffectiveLabs, sizes.Count);
        Assert.True(sizes[0] > 10 * sizes[sizes.Count / 2], $"largest lab {sizes[0]} tenures, median {sizes[sizes.Count / 2]}");
    }

    [Fact]
    public void Generate_Sample_HasGroupMovesOfColleagues()
    {
        // Two or more people leaving the same lab for the same lab within three months.
        var groups = s_sample.Value.OfType<LeftForFact>()
            .GroupBy(m => (m.From, m.To))
            .SelectMany(pair => pair.OrderBy(m => m.Date).Select((move, i) => pair.Count(other => other.Person != move.Person && Math.Abs(move.Date!.Value.MonthsUntil(other.Date!.Value)) <= 3)))
            .Count(companions => companions >= 1);

        Assert.True(groups >= 500, $"{groups} moves made with a colleague");
    }

    [Fact]
    public void Generate_Sample_EveryFactParsesBackToItself()
    {
        var line = 0;
        foreach (var fact in s_sample.Value.Take(3_000))
        {
            var text = FactJsonWriter.ToLine(fact);
            Assert.True(FactParser.TryParse(System.Text.Encoding.UTF8.GetBytes(text), new FactLocation("generated", ++line), out var parsed, out var error), error?.ToString());
            Assert.Equal(FactJsonWriter.ToLine(fact), FactJsonWriter.ToLine(parsed!));
        }

        Assert.All(s_sample.Value.Where(f => f is not ArticleFact), f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void Generate_TooFewPeople_ThrowsNamingTheOption()
    {
        var ex = Assert.Throws<ArgumentException>(() => SyntheticGraph.Generate(new GeneratorOptions { People = 1 }));

        Assert.Equal("People", ex.ParamName);
    }

    [Fact]
    public async Task GenerateCommand_WritesAFileThatLoads()
    {
        using var workspace = new LoadWorkspace();
        var file = Path.Combine(workspace.Root, "generated.jsonl");

        var generate = await LoadWorkspace.RunAsync("generate", "--people", "300", "--seed", "5", "--out", file);
        var load = await workspace.LoadAsync(file);

        Assert.True(generate.ExitCode == CliApplication.Ok, generate.ToString());
        Assert.Contains("300 people", generate.Output, StringComparison.Ordinal);
        Assert.Equal(await WriteAsync(new GeneratorOptions { People = 300, Seed = 5 }), await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.True(load.ExitCode == CliApplication.Ok, load.ToString());
        Assert.Equal(300, (await workspace.CountsAsync()).People);
    }

    [Fact]
    public async Task GenerateCommand_NoPeople_IsAUsageError()
    {
        var run = await LoadWorkspace.RunAsync("generate", "--people", "0");

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains("--people must be at least 2 (was 0)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchLoad_SmallGraph_PrintsTheFigures()
    {
        var run = await LoadWorkspace.RunAsync("bench", "load", "--people", "2000", "--batch-size", "3000");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Matches(@"loaded\s+2,000 people", run.Output);
        Assert.Matches(@"load time\s+[\d.]+ s end to end \([\d,]+ facts/s; queryable after [\d.]+ s\)", run.Output);
        Assert.Matches(@"parse\s+CPU\s+[\d.]+ s, wall\s+[\d.]+ s,\s+[\d,]+ MB allocated", run.Output);
        Assert.Matches(@"checkpoint\s+CPU\s+[\d.]+ s, wall\s+[\d.]+ s,", run.Output);
        Assert.Contains("peak working set", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"reopen\s+2,000 people", run.Output);
    }

    private static string PersonOf(Fact fact) => fact switch
    {
        WorkedAtFact w => w.Person,
        LeftForFact l => l.Person,
        FoundedFact f => f.Person,
        _ => throw new ArgumentException("not an edge fact", nameof(fact)),
    };

    private static async Task<byte[]> WriteAsync(GeneratorOptions options)
    {
        using var stream = new MemoryStream();
        await SyntheticGraph.WriteJsonLinesAsync(options, stream, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }
}
