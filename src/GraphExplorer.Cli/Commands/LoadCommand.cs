using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

public static class LoadCommand
{
    public static Command Create() => new("load", "Load facts (JSON Lines) into the store (not built yet)");
}
