using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

public static class GenerateCommand
{
    public static Command Create() => new("generate", "Generate a synthetic talent graph (not built yet)");
}
