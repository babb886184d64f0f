using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Cli.Tests.Ingest;

public sealed class IngestCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_FolderWithGoodAndBadFiles_NamesEachBadFileLoadsTheGoodOnesAndExitsOne()
    {
        using var workspace = new IngestWorkspace();
        var english = workspace.WriteArticle("english.md", TestArticles.EnglishMove);
        var unknownLab = workspace.WriteArticle("quokka.txt", TestArticles.UnknownLab);
        var empty = workspace.WriteArticle("empty.txt", string.Empty);
        var binary = workspace.WriteBytes("binary.txt", [.. "PK"u8, 0x03, 0x04, 0x00, 0x00, .. Enumerable.Range(0, 512).Select(i => (byte)i)]);
        var latin1 = workspace.WriteBytes("latin1.txt", [.. "Caf"u8, 0xE9, .. " au lait: Jonathan Weber joined Anthropic in May 2024."u8]);
        var russian = workspace.WriteArticle("russian.txt", TestArticles.Russian);
        var huge = Path.Combine(workspace.Articles, "huge.txt");
        await using (var stream = File.Create(huge))
        {
            // 50 MB without writing 50 MB: the reader must refuse it by its size, before reading it.
            stream.SetLength(50L * 1024 * 1024);
        }

        var run = await IngestWorkspace.RunAsync("ingest", workspace.Articles, "--data-path", workspace.DataPath);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        AssertRefused(run, empty, "empty");
        AssertRefused(run, binary, "binary content");
        AssertRefused(run, latin1, "invalid UTF-8 at byte 3");
        AssertRefused(run, russian, "unknown language");
        AssertRefused(run, huge, "over the 20 MiB limit");
        Assert.Contains("2 of 7 article file(s) extracted; 5 refused", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{english}: article ", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{unknownLab}: article ", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 batch(es) committed, 0 rejected", run.Output, StringComparison.Ordinal);

        var graph = await workspace.ReadStoreAsync();
        var articles = graph.Articles.Where(a => a.Id.StartsWith("a-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, a => a is { Title: "A researcher moves", Language: "en" } && a.Published == PartialDate.Of(2024, 6, 12));
        var move = Assert.Single(graph.Edges, e => e.Type == EdgeType.LeftFor && e.PersonId == "jonathan-weber");
        Assert.Equal(("google-deepmind", "anthropic", PartialDate.Of(2024, 5)), (move.FromLabId, move.LabId, move.Date));

        // Nothing from a refused file: every source in the store is one of the two good articles.
        var loaded = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.Edges, e => Assert.Subset(loaded, e.Sources.ToHashSet(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Ingest_DryRun_PrintsOnlyJsonLinesThatFactReaderParsesAndLoadsNothing()
    {
        using var workspace = new IngestWorkspace();
        workspace.WriteArticle("english.md", TestArticles.EnglishMove);
        workspace.WriteArticle("french.txt", TestArticles.FrenchSameMove);

        var run = await IngestWorkspace.RunAsync("ingest", "--dry-run", workspace.Articles, "--data-path", workspace.DataPath);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.False(File.Exists(workspace.DataPath), "a dry run opened the store");
        var facts = new List<Fact>();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(run.Output));
        await foreach (var result in FactReader.ReadAsync(stream, "stdout", Ct))
        {
            Assert.True(result.Error is null, $"{result.Error}\n{run}");
            facts.Add(result.Fact!);
        }

        var articles = facts.OfType<ArticleFact>().ToList();
        Assert.Equal(["en", "fr"], articles.Select(a => a.Language).Order(StringComparer.Ordinal));
        var moves = facts.OfType<LeftForFact>().Where(m => m.Person == "Jonathan Weber").ToList();
        Assert.Equal(2, moves.Count);
        foreach (var move in moves)
        {
            Assert.Equal(("Google DeepMind", "Anthropic", PartialDate.Of(2024, 5)), (move.From, move.To, move.Date));
            var article = Assert.Single(move.Sources);
            Assert.Contains(articles, a => a.Id == article);

            // The evidence is the sentence that states the move, and the confidence is a probability.
            Assert.NotNull(move.Evidence);
            Assert.Contains("Jonathan Weber", move.Evidence.Text, StringComparison.Ordinal);
            Assert.True(move.Evidence.End > move.Evidence.Start);
            Assert.InRange(move.Confidence ?? -1, 0.0, 1.0);
        }

        Assert.Contains("extracted (dry run: nothing loaded)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameArticleTwice_SecondRunAddsNothingAndKeepsOneSource()
    {
        using var workspace = new IngestWorkspace();
        var file = workspace.WriteArticle("english.md", TestArticles.EnglishMove);
        var first = await IngestWorkspace.RunAsync("ingest", file, "--data-path", workspace.DataPath);
        Assert.True(first.ExitCode == CliApplication.Ok, first.ToString());
        var before = await workspace.ReadStoreAsync();

        var second = await IngestWorkspace.RunAsync("ingest", file, "--data-path", workspace.DataPath);

        Assert.True(second.ExitCode == CliApplication.Ok, second.ToString());
        var after = await workspace.ReadStoreAsync();
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(before.Edges.Select(e => e.Id).Order(StringComparer.Ordinal), after.Edges.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(before.Articles.Count, after.Articles.Count);
        var move = Assert.Single(after.Edges, e => e.Type == EdgeType.LeftFor && e.PersonId == "jonathan-weber");
        Assert.Single(move.Sources);
    }

    [Fact]
    public async Task Ingest_TwoArticlesStatingTheSameMove_OneEdgeWithBothArticlesAsSources()
    {
        using var workspace = new IngestWorkspace();
        var english = workspace.WriteArticle("english.md", TestArticles.EnglishMove);
        var french = workspace.WriteArticle("french.txt", TestArticles.FrenchSameMove);
        var first = await IngestWorkspace.RunAsync("ingest", english, "--data-path", workspace.DataPath);
        Assert.True(first.ExitCode == CliApplication.Ok, first.ToString());

        var second = await IngestWorkspace.RunAsync("ingest", french, "--data-path", workspace.DataPath);

        Assert.True(second.ExitCode == CliApplication.Ok, second.ToString());
        var graph = await workspace.ReadStoreAsync();
        var articleIds = graph.Articles.Where(a => a.Language is "en" or "fr" && a.Id.StartsWith("a-", StringComparison.Ordinal)).Select(a => a.Id).ToList();
        Assert.Equal(2, articleIds.Count);
        var move = Assert.Single(graph.Edges, e => e.Type == EdgeType.LeftFor && e.PersonId == "jonathan-weber");
        Assert.Equal(articleIds.Order(StringComparer.Ordinal), move.Sources.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ingest_NamesOneLetterApart_ListsTheUncertainMergeAndKeepsBothApart()
    {
        using var workspace = new IngestWorkspace();
        var file = workspace.WriteArticle("misspelled.md", TestArticles.Misspelled);

        var run = await IngestWorkspace.RunAsync("ingest", "--dry-run", file);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Contains("uncertain merge", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"Jonathan Webber\" may be \"Jonathan Weber\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("uncertain merge(s) left undone", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_IntoAStore_LinksASurnameToTheStoredPersonWhileADryRunDoesNot()
    {
        using var workspace = new IngestWorkspace();
        var known = Path.Combine(workspace.Root, "known.jsonl");
        await File.WriteAllTextAsync(known, """{"type":"WORKED_AT","person":"Marta Oyelaran","lab":"Google DeepMind","role":"researcher"}""" + "\n", Ct);
        var load = await IngestWorkspace.RunAsync("load", known, "--data-path", workspace.DataPath);
        Assert.True(load.ExitCode == CliApplication.Ok, load.ToString());
        var file = workspace.WriteArticle("surname.txt", "Oyelaran left Google DeepMind in March 2025 to join Cohere.");

        var dry = await IngestWorkspace.RunAsync("ingest", "--dry-run", "--published", "2025-06-01", file, "--data-path", workspace.DataPath);
        var run = await IngestWorkspace.RunAsync("ingest", "--published", "2025-06-01", file, "--data-path", workspace.DataPath);

        Assert.True(dry.ExitCode == CliApplication.Ok, dry.ToString());
        Assert.DoesNotContain((await ParseAsync(dry.Output)).OfType<LeftForFact>(), m => m.Person.Contains("Oyelaran", StringComparison.Ordinal));
        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Contains("linking names to the 1 people already in the store", run.Error, StringComparison.Ordinal);
        var graph = await workspace.ReadStoreAsync();
        var move = Assert.Single(graph.Edges, e => e.Type == EdgeType.LeftFor);
        Assert.Equal(("marta-oyelaran", "google-deepmind", "cohere"), (move.PersonId, move.FromLabId, move.LabId));
    }

    [Fact]
    public async Task Ingest_AliasesFile_TeachesTheExtractorALabItDidNotKnow()
    {
        using var workspace = new IngestWorkspace();
        var file = workspace.WriteArticle("quokka.txt", TestArticles.UnknownLab);
        var aliases = Path.Combine(workspace.Root, "aliases.jsonl");
        await File.WriteAllTextAsync(aliases, """{"type":"ALIAS","kind":"lab","name":"Quokka Minds","aliases":["Quokka"]}""" + "\n", Ct);

        var run = await IngestWorkspace.RunAsync("ingest", "--dry-run", "--aliases", aliases, file);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        var facts = await ParseAsync(run.Output);
        var move = Assert.Single(facts.OfType<LeftForFact>());
        Assert.Equal(("Priya Raman", "Quokka Minds", "OpenAI", PartialDate.Of(2024, 4)), (move.Person, move.From, move.To, move.Date));
    }

    [Fact]
    public async Task Ingest_AliasesFileWithABadLine_ListsTheLineAndExtractsNothing()
    {
        using var workspace = new IngestWorkspace();
        var file = workspace.WriteArticle("english.md", TestArticles.EnglishMove);
        var aliases = Path.Combine(workspace.Root, "aliases.jsonl");
        await File.WriteAllTextAsync(aliases, """{"type":"ALIAS","kind":"lab","name":"Quokka Minds","aliases":["Quokka"]}""" + "\n" + """{"type":"ALIAS","kind":"planet","name":"Mars"}""" + "\n", Ct);

        var run = await IngestWorkspace.RunAsync("ingest", "--aliases", aliases, file, "--data-path", workspace.DataPath);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains($"{aliases}:2:", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.DataPath));
    }

    [Fact]
    public async Task Ingest_MetadataArguments_OverrideTheFrontMatter()
    {
        using var workspace = new IngestWorkspace();
        var file = workspace.WriteArticle("french.txt", TestArticles.FrenchSameMove);

        var run = await IngestWorkspace.RunAsync("ingest", "--dry-run", file, "--title", "Départ chez DeepMind", "--url", "https://example.org/depart", "--published", "2024-06-02");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        var article = Assert.Single((await ParseAsync(run.Output)).OfType<ArticleFact>());
        Assert.Equal(("Départ chez DeepMind", "https://example.org/depart", PartialDate.Of(2024, 6, 2)), (article.Title, article.Url, article.Published));
    }

    [Theory]
    [InlineData("--published", "2024-13", "--published")]
    [InlineData("--url", "not a url", "--url")]
    public async Task Ingest_BadMetadataArgument_IsAUsageErrorNamingTheOption(string option, string value, string named)
    {
        using var workspace = new IngestWorkspace();
        var file = workspace.WriteArticle("english.md", TestArticles.EnglishMove);

        var run = await IngestWorkspace.RunAsync("ingest", file, option, value, "--data-path", workspace.DataPath);

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.DataPath));
    }

    [Fact]
    public async Task Ingest_TitleForAFolder_IsAUsageError()
    {
        using var workspace = new IngestWorkspace();
        workspace.WriteArticle("english.md", TestArticles.EnglishMove);

        var run = await IngestWorkspace.RunAsync("ingest", workspace.Articles, "--title", "One title for many", "--data-path", workspace.DataPath);

        Assert.True(run.ExitCode == CliApplication.UsageError, run.ToString());
        Assert.Contains("--title and --url describe one article", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_IdFromFileName_UsesTheFileNameAsTheArticleId()
    {
        using var workspace = new IngestWorkspace();
        var file = workspace.WriteArticle("weber-2024.md", TestArticles.EnglishMove);

        var run = await IngestWorkspace.RunAsync("ingest", "--id-from-file-name", file, "--data-path", workspace.DataPath);

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        var graph = await workspace.ReadStoreAsync();
        Assert.Contains(graph.Articles, a => a.Id == "weber-2024");
        Assert.Contains(graph.Edges, e => e.Type == EdgeType.LeftFor && e.Sources.Contains("weber-2024"));
    }

    private static void AssertRefused(CliRun run, string file, string reason)
    {
        var line = run.Error.Split('\n').FirstOrDefault(l => l.StartsWith($"error: {file}: ", StringComparison.Ordinal));
        Assert.True(line is not null, $"no error line for {file}\n{run}");
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Contains("nothing from this file is loaded", line, StringComparison.Ordinal);
    }

    private static async Task<List<Fact>> ParseAsync(string jsonLines)
    {
        var facts = new List<Fact>();
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonLines));
        await foreach (var result in FactReader.ReadAsync(stream, "stdout", Ct))
        {
            Assert.True(result.Error is null, result.Error?.ToString());
            facts.Add(result.Fact!);
        }

        return facts;
    }
}
