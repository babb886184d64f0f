using System.CommandLine;
using GraphExplorer.Cli.Bench;
using GraphExplorer.Cli.Commands;

var root = new RootCommand("GraphExplorer: load talent-graph facts and articles, generate synthetic graphs, measure.")
{
    LoadCommand.Create(),
    IngestCommand.Create(),
    EvalCommand.Create(),
    GenerateCommand.Create(),
    BenchCommand.Create(
        LoadBenchmark.Create(),
        QueryBenchmark.Create(),
        LiveBenchmark.Create(),
        IngestBenchmarkCommand.Create()),
};

return await root.Parse(args).InvokeAsync();
