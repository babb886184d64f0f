using System.CommandLine;

namespace GraphExplorer.Cli.Bench;

public static class IngestBenchmarkCommand
{
    public static Command Create() => new("ingest", "Benchmark article ingestion (not built yet)");
}
