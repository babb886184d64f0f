using System.CommandLine;

namespace GraphExplorer.Cli.Bench;

public static class QueryBenchmark
{
    public static Command Create() => new("queries", "Benchmark graph queries (not built yet)");
}
