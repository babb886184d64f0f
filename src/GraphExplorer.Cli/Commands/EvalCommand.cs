using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

public static class EvalCommand
{
    public static Command Create() => new("eval", "Measure extraction against a gold file (not built yet)");
}
