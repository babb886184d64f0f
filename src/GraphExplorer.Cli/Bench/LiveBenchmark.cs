using System.CommandLine;

namespace GraphExplorer.Cli.Bench;

public static class LiveBenchmark
{
    public static Command Create() => new("live", "Benchmark live updates (not built yet)");
}
