using System.Diagnostics;
using System.Reflection;

namespace GraphExplorer.Web.Tests.TestSupport;

/// <summary>Runs the real <c>graphexplorer</c> command line (built with the tests) as a separate process.</summary>
public static class CommandLine
{
    /// <summary>Gets the path of graphexplorer.dll recorded at build time, or null when it is not there.</summary>
    public static string? Path
    {
        get
        {
            var path = typeof(CommandLine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "GraphExplorerCli")?.Value;
            return path is not null && File.Exists(path) ? path : null;
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var cli = Path ?? throw new InvalidOperationException("graphexplorer.dll was not built with the tests");

        // `dotnet test` says which host it runs on; the test binary itself is not one.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only what the command is given: no key or data path leaking in from the machine running the tests.
        start.Environment.Remove("GraphExplorer__DataPath");
        start.Environment.Remove("GraphExplorer__Store");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {host} {cli}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
