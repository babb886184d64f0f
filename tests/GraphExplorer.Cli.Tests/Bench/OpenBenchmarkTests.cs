using GraphExplorer.Cli.Tests.Loading;

namespace GraphExplorer.Cli.Tests.Bench;

public sealed class OpenBenchmarkTests
{
    [Fact]
    public async Task BenchOpenChild_WarmSmallStore_RunsAndMeasuresEveryKindOfQuery()
    {
        using var workspace = new LoadWorkspace();
        var file = Path.Combine(workspace.Root, "generated.jsonl");
        Assert.Equal(CliApplication.Ok, (await LoadWorkspace.RunAsync("generate", "--people", "300", "--seed", "3", "--out", file)).ExitCode);
        Assert.Equal(CliApplication.Ok, (await workspace.LoadAsync(file)).ExitCode);

        // The child half of bench open, in this process: what each timed process runs after the store is open.
        var run = await LoadWorkspace.RunAsync("bench", "open", "--child", "--data", workspace.DataPath, "--warm");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Matches(@"answered path of (\d+|no) hops", run.Output);
        foreach (var step in new[] { "person + lab", "followers", "lab waves", "clusters", "flows", "paths as of", "search", "cypher", "graph as of" })
        {
            Assert.Matches($@"warm {System.Text.RegularExpressions.Regex.Escape(step)}\s+[\d.]+ s; peak [\d,]+ MB", run.Output);
        }

        Assert.Matches(@"peak working set [\d,]+ MB", run.Output);
        Assert.Matches(@"kept after a full collection: managed heap [\d,]+ MB", run.Output);
    }
}
