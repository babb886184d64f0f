using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Ingest;
using GraphExplorer.Cli.Loading;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Extraction;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>ingest &lt;files or folders…&gt;</c>: extracts facts from articles (plain text, Markdown, HTML) and loads them,
/// one atomic batch per article file, into the configured store or a running explorer (<c>--server</c>).
/// <c>--dry-run</c> prints the facts as JSON Lines (with evidence spans and confidence) instead, on standard output
/// alone so it can be piped into <c>load</c>; messages go to standard error. Loading into a store, the extractor also
/// knows the people the store already holds (entity linking: folded spelling, surname plus a lab of the article, sound of a
/// transliteration); a dry run uses the built-in lists only.
/// </summary>
/// <remarks>
/// A file that cannot be read or extracted (empty, binary, invalid UTF-8, too big, a language the extractor does not
/// read) is reported with its reason and contributes nothing; the other files are still extracted and loaded. Exit
/// code 0 when every file was extracted (and loaded), 1 when any file was refused or its batch rejected, 2 for a
/// usage error (a bad option value, a missing aliases file).
/// </remarks>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.txt, .md, .markdown, .html, .htm) or folders of them", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the extracted facts as JSON Lines (evidence and confidence included) instead of loading them" };
        var scorer = ArticleExtraction.ScorerOption();
        var model = ArticleExtraction.ModelOption();
        var aliases = new Option<string?>("--aliases") { Description = "A file of ALIAS lines (facts format) extending the gazetteer of known people and labs" };
        var title = new Option<string?>("--title") { Description = "The article's title (one article only; overrides its front matter)" };
        var url = new Option<string?>("--url") { Description = "The article's address (one article only; overrides its front matter)" };
        var published = new Option<string?>("--published") { Description = "Publication date (yyyy, yyyy-mm or yyyy-mm-dd) that relative dates resolve against; applies to every file given" };
        var idFromFileName = new Option<bool>("--id-from-file-name") { Description = "Use each file's name without extension as the article id (default: a hash of the content)" };
        var dataPath = new Option<string?>("--data-path") { Description = "SQLite file of the embedded store (overrides GraphExplorer:DataPath)" };
        var server = new Option<string?>("--server") { Description = "URL of a running explorer to send the facts to (POST /api/facts), so open views update" };
        var apiKey = new Option<string?>("--api-key") { Description = $"API key for --server (default: the {ServerLoader.ApiKeyVariable} environment variable)" };
        var command = new Command("ingest", "Extract people, labs, moves and foundings from articles and load them (or print them with --dry-run)")
        {
            paths, dryRun, aliases, title, url, published, idFromFileName, dataPath, server, apiKey, scorer, model,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var inputs = parseResult.GetValue(paths) ?? [];
            var overrides = ArticleOverrides.Parse(parseResult.GetValue(title), parseResult.GetValue(url), parseResult.GetValue(published));
            if (overrides.DescribesOneArticle && (inputs.Length != 1 || Directory.Exists(inputs[0])))
            {
                throw new CliUsageException("--title and --url describe one article: give a single file with them");
            }

            // A string option checked here: System.CommandLine has no parser for Uri, and the message can say what is expected.
            Uri? serverUrl = null;
            if (parseResult.GetValue(server) is { } serverText
                && (!Uri.TryCreate(serverText, UriKind.Absolute, out serverUrl) || serverUrl.Scheme is not ("http" or "https")))
            {
                throw new CliUsageException($"--server '{serverText}' is not an http(s) URL");
            }

            if (await ArticleExtraction.CreateExtractorAsync(parseResult.GetValue(aliases), error, cancellationToken, parseResult.GetValue(scorer), parseResult.GetValue(model)) is not { } extractor)
            {
                return CliApplication.Failed;
            }

            // With --dry-run, standard output carries the facts alone; what would be the log goes to standard error.
            var dry = parseResult.GetValue(dryRun);

            // Entity linking: loading into a store, names in the text may link to the people it already holds. A dry run
            // (what the evaluation measures) and --server use the built-in lists only.
            await using var store = dry || serverUrl is not null ? null : await StoreFactory.OpenAsync(CliConfiguration.Load(), parseResult.GetValue(dataPath), cancellationToken: cancellationToken);
            if (store is not null)
            {
                var links = await StoreLinks.LoadAsync(store, cancellationToken);
                extractor = links.Apply(extractor);
                await error.WriteLineAsync($"linking names to the {links.People.Count:N0} people already in the store");
            }

            var view = new ArticleOutcomeView(dry ? error : output, error);
            var readerOptions = new ArticleReaderOptions { IdFromFileName = parseResult.GetValue(idFromFileName) };
            var extracted = new List<ArticleOutcome>();
            foreach (var outcome in ArticleExtraction.Run(new ArticleIngestor(extractor), inputs, readerOptions, overrides))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await view.WriteAsync(outcome);
                if (outcome.Result is not { } result)
                {
                    continue;
                }

                if (dry)
                {
                    foreach (var fact in ArticleIngestor.Merge([result]))
                    {
                        await output.WriteLineAsync(FactJson.ToLine(fact));
                    }
                }
                else
                {
                    extracted.Add(outcome);
                }
            }

            await view.WriteTotalsAsync(dry ? "extracted (dry run: nothing loaded)" : "extracted");
            if (dry || extracted.Count == 0)
            {
                return view.Failed > 0 ? CliApplication.Failed : CliApplication.Ok;
            }

            var report = await LoadAsync(parseResult, extracted, serverUrl, store, apiKey, cancellationToken);
            LoadSummaryView.Write(CliConsole.For(parseResult), report.Report, report.Target);
            return view.Failed > 0 || report.Report.HasRejectedBatches ? CliApplication.Failed : CliApplication.Ok;
        });
        return command;
    }

    private static async Task<(LoadReport Report, string Target)> LoadAsync(
        ParseResult parseResult,
        IReadOnlyList<ArticleOutcome> extracted,
        Uri? serverUrl,
        IGraphStore? store,
        Option<string?> apiKey,
        CancellationToken cancellationToken)
    {
        if (serverUrl is not null)
        {
            using var http = new HttpClient { BaseAddress = new Uri(serverUrl.ToString().TrimEnd('/') + "/"), Timeout = Timeout.InfiniteTimeSpan };
            var key = parseResult.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ServerLoader.ApiKeyVariable);
            return (await ArticleBatchLoader.LoadAsync(new ServerLoader(http, key, skipInvalid: false), extracted, cancellationToken), serverUrl.ToString());
        }

        ArgumentNullException.ThrowIfNull(store);
        var report = await ArticleBatchLoader.LoadAsync(store, extracted, cancellationToken);
        return (report, store is Embedded.EmbeddedGraphStore embedded ? embedded.DataPath : store.Engine);
    }
}
