using System.CommandLine;
using Spectre.Console;

namespace GraphExplorer.Cli.Hosting;

/// <summary>A Spectre console on the invocation's output: the real terminal, or a plain writer in tests.</summary>
public static class CliConsole
{
    public static IAnsiConsole For(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (ReferenceEquals(output, Console.Out))
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        return console;
    }
}
