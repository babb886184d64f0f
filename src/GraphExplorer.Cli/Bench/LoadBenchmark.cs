using System.CommandLine;

namespace GraphExplorer.Cli.Bench;

public static class LoadBenchmark
{
    public static Command Create() => new("load", "Benchmark loading (not built yet)");
}
