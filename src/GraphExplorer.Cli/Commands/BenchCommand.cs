using System.CommandLine;
using GraphExplorer.Cli.Bench;

namespace GraphExplorer.Cli.Commands;

/// <summary>`bench …`: each benchmark prints its figures; none of them passes or fails.</summary>
public static class BenchCommand
{
    public static Command Create(params Command[] benchmarks)
    {
        var command = new Command("bench", "Measure speed and memory on generated data and print the figures.");
        foreach (var benchmark in benchmarks.Append(Bench.CypherBenchmark.Create()))
        {
            command.Subcommands.Add(benchmark);
        }

        command.Subcommands.Add(OpenBenchmark.Create());

        return command;
    }
}
