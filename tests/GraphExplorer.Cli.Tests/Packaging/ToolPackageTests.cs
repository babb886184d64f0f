using System.Diagnostics;
using System.Text;
using GraphExplorer.Tests.Shared;

namespace GraphExplorer.Cli.Tests.Packaging;

/// <summary>
/// The command line ships as a .NET tool: the package `dotnet pack` makes installs with `dotnet tool install` from a
/// local folder, and the installed `graphexplorer` command runs. Packs the build the tests already made (--no-build),
/// and installs with a NuGet configuration that knows only that folder and an empty package cache, so the test neither
/// reaches a registry nor picks up an older package of the same version.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _folder = Directory.CreateTempSubdirectory("graphexplorer-tool-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file the installed tool still holds; the OS temp cleaner gets it.
        }
    }

    [Fact]
    public async Task Pack_ThenToolInstallFromALocalFolder_GivesAWorkingGraphexplorerCommand()
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "GraphExplorer.Cli", "GraphExplorer.Cli.csproj");
        var feed = Path.Combine(_folder, "feed");
        var tools = Path.Combine(_folder, "tools");

        var pack = await RunAsync("dotnet", ["pack", project, "-c", Configuration, "--no-build", "-o", feed, "-p:PackageVersion=0.0.0-test"]);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        Assert.Equal("GraphExplorer.Cli.0.0.0-test.nupkg", Path.GetFileName(package));

        var config = Path.Combine(_folder, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>
            """, TestContext.Current.CancellationToken);
        var install = await RunAsync("dotnet", ["tool", "install", "GraphExplorer.Cli", "--tool-path", tools, "--configfile", config, "--version", "0.0.0-test"]);
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Contains("graphexplorer", install.Output, StringComparison.Ordinal);

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "graphexplorer.exe" : "graphexplorer");
        var help = await RunAsync(command, ["--help"]);

        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("Usage:", help.Output, StringComparison.Ordinal);
        Assert.Contains("graphexplorer [command] [options]", help.Output, StringComparison.Ordinal);
        foreach (var subcommand in new[] { "load", "ingest", "eval", "generate" })
        {
            Assert.Contains($"  {subcommand} ", help.Output, StringComparison.Ordinal);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = _folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Its own package cache: a package of the same id and version cached by an earlier run must not stand in.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_folder, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var cancellation = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);

        // Generous: packing on a loaded two-core machine can take a minute; the limit only stops a hung process.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(TimeSpan.FromMinutes(8));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within 8 minutes.");
        }

        return (process.ExitCode, $"{program} {string.Join(' ', arguments)}\n{await output}\n{await error}");
    }
}
