using System.CommandLine;
using GraphExplorer.Cypher.Tck;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>tck [--features DIR] [--filter TEXT] [--failures]</c>: runs the openCypher TCK against the embedded Cypher engine
/// and prints pass/fail/skip per feature folder and overall (a skipped scenario counts as not passed).
/// </summary>
public static class TckCommand
{
    public static Command Create()
    {
        var features = new Option<DirectoryInfo?>("--features") { Description = "The TCK's features folder (default: ../shared/opencypher-tck/features beside the repository)" };
        var filter = new Option<string?>("--filter") { Description = "Run only feature files whose path contains this text" };
        var failures = new Option<bool>("--failures") { Description = "Also list every scenario that did not pass, with the reason" };
        var command = new Command("tck", "Run the openCypher TCK against the embedded Cypher engine and print the pass rates") { features, filter, failures };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var folder = parseResult.GetValue(features)?.FullName ?? FindDefault()
                ?? throw new CliUsageException("--features: the TCK was not found at ../shared/opencypher-tck/features beside the repository; pass its folder");
            if (!Directory.Exists(folder))
            {
                throw new CliUsageException($"--features: '{folder}' does not exist");
            }

            var text = parseResult.GetValue(filter);
            var report = await Task.Run(() => TckRunner.RunAll(folder, text is null ? null : f => f.Contains(text, StringComparison.Ordinal)), cancellationToken);
            await output.WriteLineAsync($"openCypher TCK, {DateTime.UtcNow:yyyy-MM-dd}: {report.Passed} of {report.Total} scenarios passed");
            await output.WriteLineAsync(report.FormatTable());
            if (parseResult.GetValue(failures))
            {
                foreach (var result in report.Results.Where(r => r.Outcome != TckOutcome.Passed))
                {
                    await output.WriteLineAsync($"{result.Outcome}: {result.Feature} :: {result.Scenario} :: {result.Message}");
                }
            }

            return CliApplication.Ok;
        });
        return command;
    }

    private static string? FindDefault()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
                {
                    var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "opencypher-tck", "features"));
                    return Directory.Exists(candidate) ? candidate : null;
                }
            }
        }

        return null;
    }
}
