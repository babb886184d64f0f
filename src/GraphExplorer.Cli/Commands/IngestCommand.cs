using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

public static class IngestCommand
{
    public static Command Create() => new("ingest", "Extract facts from articles (not built yet)");
}
