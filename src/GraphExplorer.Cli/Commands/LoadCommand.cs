using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Loading;
using GraphExplorer.Core.Facts;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>load &lt;paths…&gt;</c>: loads JSON Lines facts into the configured store (each file one atomic batch), or sends
/// them to a running explorer with <c>--server</c>. Exit code 0 when everything loaded (or was skipped on request),
/// 1 when input was rejected, 2 for a usage error.
/// </summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (.jsonl) or folders of them to load", Arity = ArgumentArity.OneOrMore };
        var dataPath = new Option<string?>("--data-path") { Description = "SQLite file of the embedded store (overrides GraphExplorer:DataPath)" };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Load the valid lines and list the invalid ones, instead of rejecting the whole file" };
        var batchSize = new Option<int?>("--batch-size") { Description = "Commit every N facts instead of one batch per file" };
        var server = new Option<string?>("--server") { Description = "URL of a running explorer to send the facts to (POST /api/facts), so open views update" };
        var apiKey = new Option<string?>("--api-key") { Description = $"API key for --server (default: the {ServerLoader.ApiKeyVariable} environment variable)" };
        var command = new Command("load", "Load facts (JSON Lines) into the store, or into a running explorer with --server")
        {
            paths, dataPath, skipInvalid, batchSize, server, apiKey,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = CliConsole.For(parseResult);
            IReadOnlyList<string> files;
            try
            {
                files = FactLoader.ExpandPaths(parseResult.GetValue(paths) ?? []);
            }
            catch (FactInputException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            if (parseResult.GetValue(batchSize) is < 1)
            {
                throw new CliUsageException("--batch-size must be at least 1");
            }

            LoadReport report;
            string target;
            if (parseResult.GetValue(server) is { } serverText)
            {
                if (!Uri.TryCreate(serverText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                {
                    throw new CliUsageException($"--server '{serverText}' is not an http(s) URL");
                }

                using var http = new HttpClient { BaseAddress = new Uri(url.ToString().TrimEnd('/') + "/"), Timeout = Timeout.InfiniteTimeSpan };
                var key = parseResult.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ServerLoader.ApiKeyVariable);
                var loader = new ServerLoader(http, key, parseResult.GetValue(skipInvalid));
                report = await LoadProgressBar.RunAsync(console, files, progress => loader.LoadAsync(files, progress, cancellationToken));
                target = url.ToString();
            }
            else
            {
                var configuration = CliConfiguration.Load();
                var file = StoreFactory.EmbeddedDataPath(configuration, parseResult.GetValue(dataPath));
                var created = file is not null && !File.Exists(file);
                var store = await StoreFactory.OpenAsync(configuration, parseResult.GetValue(dataPath), cancellationToken: cancellationToken);
                try
                {
                    var loader = new FactLoader(store, new FactLoadOptions { SkipInvalid = parseResult.GetValue(skipInvalid), BatchSize = parseResult.GetValue(batchSize) });
                    report = await LoadProgressBar.RunAsync(console, files, progress => loader.LoadPathsAsync(files, progress, cancellationToken));
                    target = store is Embedded.EmbeddedGraphStore embedded ? embedded.DataPath : store.Engine;
                }
                finally
                {
                    await store.DisposeAsync();
                }

                // A store this load created and then wrote nothing into is removed: a rejected load leaves no trace.
                if (created && !report.Batches.Any(b => b.Status == BatchStatus.Committed))
                {
                    DeleteStoreFiles(file!);
                }
            }

            LoadSummaryView.Write(console, report, target);
            return report.HasRejectedBatches ? CliApplication.Failed : CliApplication.Ok;
        });
        return command;
    }

    private static void DeleteStoreFiles(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }
    }
}
