using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Embedded.Tests;

public sealed class EmbeddedGraphStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataPath => _folder.File("store.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ApplyAsync_Batch_IsThereAfterReopen()
    {
        long revision;
        await using (var store = await OpenAsync())
        {
            var result = await LoadAsync(store, Article("a1"), WorkedAt("Ada Abe", "OpenAI", "2020-01", "a1"), LeftFor("Ada Abe", "OpenAI", "Anthropic", "2024-08", "a1"));
            revision = result.Revision;
            Assert.Equal(new LoadCounts(1, 0, 2, 0, 2, 0, 1, 0), result.Counts);
        }

        await using var reopened = await OpenAsync();
        Assert.Equal(revision, await reopened.GetRevisionAsync(Ct));
        var (people, labs, edges, articles, edgeIds) = reopened.Read(g => (g.PeopleCount, g.LabCount, g.EdgeCount, g.Articles.Count, Enumerable.Range(0, g.EdgeCount).Select(i => g.EdgeAt(i).Id).Order().ToList()));
        Assert.Equal((1, 2, 2, 1), (people, labs, edges, articles));
        Assert.Equal(["left-for:ada-abe:openai>anthropic@2024-08", "worked-at:ada-abe:openai:2020-01..?"], edgeIds);
    }

    [Fact]
    public async Task ApplyAsync_SameFactsAgain_ChangesNothing()
    {
        await using var store = await OpenAsync();
        string[] facts = [Article("a1"), WorkedAt("Ada Abe", "OpenAI", "2020-01", "a1"), Founded("Ada Abe", "Ada Labs", "2022", "a1")];
        var first = await LoadAsync(store, facts);
        var snapshot = await store.GetChangesSinceAsync(0, cancellationToken: Ct);

        var second = await LoadAsync(store, facts);

        Assert.Equal(first.Revision, second.Revision);
        Assert.Equal(new LoadCounts(0, 1, 0, 2, 0, 2, 0, 1), second.Counts);
        var after = await store.GetChangesSinceAsync(0, cancellationToken: Ct);
        Assert.Equal(snapshot.Entities.Select(e => e.Id).Order(), after.Entities.Select(e => e.Id).Order());
        Assert.Equal(snapshot.Edges.Select(e => e.Id).Order(), after.Edges.Select(e => e.Id).Order());
        Assert.Equal(first.Revision, await store.GetRevisionAsync(Ct));
    }

    [Fact]
    public async Task ApplyAsync_FactSeenInSecondArticle_AddsTheArticleToSources()
    {
        await using (var store = await OpenAsync())
        {
            await LoadAsync(store, Article("a1"), WorkedAt("Ada Abe", "OpenAI", "2020-01", "a1"));
            var second = await LoadAsync(store, Article("a2"), WorkedAt("Ada Abe", "OpenAI", "2020-01", "a2"));

            Assert.Equal(1, second.Counts.EdgesExisting);
            Assert.Equal(0, second.Counts.EdgesAdded);
            Assert.Equal(["a1", "a2"], Assert.Single(second.Delta.Edges).Sources);
        }

        await using var reopened = await OpenAsync();
        Assert.Equal(["a1", "a2"], reopened.Read(g => Assert.Single(Enumerable.Range(0, g.EdgeCount).Select(g.GetEdge)).Sources));
    }

    [Fact]
    public async Task ApplyAsync_TwoDatesForTheSameMove_KeepsBothWithTheirSources()
    {
        await using (var store = await OpenAsync())
        {
            await LoadAsync(store, LeftFor("Ada Abe", "OpenAI", "Anthropic", "2024-08", "a1"));
            var second = await LoadAsync(store, LeftFor("Ada Abe", "OpenAI", "Anthropic", "2024-09", "a2"));
            Assert.Equal(1, second.Counts.EdgesAdded);
        }

        await using var reopened = await OpenAsync();
        var moves = reopened.Read(g => Enumerable.Range(0, g.EdgeCount).Select(g.GetEdge).Where(e => e.Type == EdgeType.LeftFor).OrderBy(e => e.Date).ToList());
        Assert.Equal(2, moves.Count);
        Assert.Equal((PartialDate.Parse("2024-08"), "a1"), (moves[0].Date!.Value, Assert.Single(moves[0].Sources)));
        Assert.Equal((PartialDate.Parse("2024-09"), "a2"), (moves[1].Date!.Value, Assert.Single(moves[1].Sources)));
    }

    [Fact]
    public async Task Load_OpenaiAndOpenAI_AreOneLab()
    {
        await using (var store = await OpenAsync())
        {
            await LoadAsync(store, WorkedAt("Ada Abe", "OpenAI", "2020", "a1"));
            var second = await LoadAsync(store, WorkedAt("Alan Abe", "Openai", "2021", "a2"));
            Assert.Equal(0, second.Counts.LabsAdded);
        }

        await using var reopened = await OpenAsync();
        var (labs, openAiAliases, labOfAlan) = reopened.Read(g =>
        {
            g.TryFindNode("openai", out var openAi);
            g.TryFindNode("alan-abe", out var alan);
            var edge = g.EdgeAt(g.EdgesOf(alan)[0]);
            return (g.LabCount, g.AliasesOf(openAi).ToList(), g.IdOf(edge.Lab));
        });
        Assert.Equal(1, labs);
        Assert.Equal(["Openai"], openAiAliases);
        Assert.Equal("openai", labOfAlan);
    }

    [Fact]
    public async Task ApplyAsync_ConflictingKinds_ThrowsAndLeavesMemoryAndFileUnchanged()
    {
        await using var store = await OpenAsync();
        await LoadAsync(store, WorkedAt("Ada Abe", "OpenAI", "2020", "a1"));
        var before = await store.GetChangesSinceAsync(0, cancellationToken: Ct);

        var batch = new GraphBatch([new Entity(NodeKind.Lab, "ada-abe", "Ada Abe", []), new Entity(NodeKind.Person, "bob", "Bob", [])], [], []);
        await Assert.ThrowsAsync<GraphConflictException>(() => store.ApplyAsync(batch, Ct));

        await AssertUnchangedAsync(store, before);
    }

    [Fact]
    public async Task ApplyAsync_WriteFailsHalfway_LeavesMemoryAndFileUnchanged()
    {
        await using var store = await OpenAsync();
        await LoadAsync(store, WorkedAt("Ada Abe", "OpenAI", "2020", "a1"));
        var before = await store.GetChangesSinceAsync(0, cancellationToken: Ct);

        // A trigger makes SQLite refuse the second edge of the next batch, after its entities and first edge were written.
        ExecuteOnFile("CREATE TRIGGER refuse AFTER INSERT ON edges WHEN NEW.role = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
        var facts = new[] { WorkedAt("Bob Abe", "Anthropic", "2021", "a2"), WorkedAt("Bob Abe", "Meta", "2022", "a2", role: "Refused") };
        await Assert.ThrowsAsync<SqliteException>(() => LoadAsync(store, facts));

        await AssertUnchangedAsync(store, before);
        ExecuteOnFile("DROP TRIGGER refuse;");
        var retried = await LoadAsync(store, facts);
        Assert.Equal(2, retried.Counts.EdgesAdded);
        Assert.Equal(before.Revision + 1, retried.Revision);
    }

    [Fact]
    public async Task SyncExternalChangesAsync_SecondStoreOnSameFile_DetectsItsBatch()
    {
        await using var first = await OpenAsync();
        await LoadAsync(first, WorkedAt("Ada Abe", "OpenAI", "2020", "a1"));
        Assert.Null(await first.SyncExternalChangesAsync(Ct));

        await using (var second = await OpenAsync())
        {
            await LoadAsync(second, WorkedAt("Bob Abe", "Anthropic", "2021", "a2"), WorkedAt("Ada Abe", "OpenAI", "2020", "a3"));
        }

        var delta = await first.SyncExternalChangesAsync(Ct);

        Assert.NotNull(delta);
        Assert.Equal((1L, 2L, false), (delta.FromRevision, delta.Revision, delta.IsSnapshot));
        Assert.Contains(delta.Entities, e => e.Id == "bob-abe");
        Assert.Equal(["a1", "a3"], Assert.Single(delta.Edges, e => e.PersonId == "ada-abe").Sources);
        Assert.Equal(2, first.Read(g => g.PeopleCount));
        Assert.Null(await first.SyncExternalChangesAsync(Ct));
    }

    [Fact]
    public async Task ApplyAsync_AfterAnotherProcessWrote_CatchesUpFirstAndTakesTheNextRevision()
    {
        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        await LoadAsync(first, WorkedAt("Ada Abe", "OpenAI", "2020", "a1"));

        // The second store has not seen revision 1; its batch mentions the same edge and a new one.
        var result = await LoadAsync(second, WorkedAt("Ada Abe", "OpenAI", "2020", "a2"), WorkedAt("Bob Abe", "OpenAI", "2021", "a2"));

        Assert.Equal(2, result.Revision);
        Assert.Equal(1, result.Counts.EdgesExisting);
        Assert.Equal(0L, result.Delta.FromRevision);
        Assert.Equal(2, second.Read(g => g.EdgeCount));
        await using var reopened = await OpenAsync();
        Assert.Equal(2, reopened.Read(g => g.EdgeCount));
        Assert.Equal(["a1", "a2"], reopened.Read(g => g.GetEdge(g.EdgesOf(FindNode(g, "ada-abe"))[0]).Sources));
    }

    [Fact]
    public async Task GetChangesSinceAsync_TooManyChanges_ReturnsSnapshot()
    {
        await using var store = await OpenAsync();
        await LoadAsync(store, WorkedAt("Ada Abe", "OpenAI", "2020", "a1"));
        await LoadAsync(store, WorkedAt("Bob Abe", "Anthropic", "2021", "a2"));

        var small = await store.GetChangesSinceAsync(1, cancellationToken: Ct);
        var capped = await store.GetChangesSinceAsync(1, maxChanges: 1, cancellationToken: Ct);

        Assert.False(small.IsSnapshot);
        Assert.Equal(["anthropic", "bob-abe"], small.Entities.Select(e => e.Id).Order());
        Assert.True(capped.IsSnapshot);
        Assert.Equal(4, capped.Entities.Count);
    }

    [Fact]
    public async Task ChunkedBatch_ChunksRepeatingEntitiesAndEdges_CommitsOnceWithoutDuplicates()
    {
        await using (var store = await OpenAsync())
        {
            await LoadAsync(store, WorkedAt("Ada Abe", "OpenAI", "2020", "a0"));
            await using (var batch = await store.BeginChunkedBatchAsync(Ct))
            {
                await batch.AddAsync(await ResolveAsync(store, WorkedAt("Bob Abe", "Anthropic", "2021", "a1"), WorkedAt("Ada Abe", "OpenAI", "2020", "a1")), Ct);
                await batch.AddAsync(await ResolveAsync(store, WorkedAt("Bob Abe", "Anthropic", "2021", "a2"), WorkedAt("Ada Abe", "OpenAI", "2020", "a2"), WorkedAt("Cy Abe", "Anthropic", "2022", "a2")), Ct);
                var result = await batch.CommitAsync(Ct);

                Assert.Equal(2, result.Revision);
                Assert.Equal(new LoadCounts(2, 1, 1, 1, 2, 1, 0, 0), result.Counts);
            }

            Assert.Equal(3, store.Read(g => g.EdgeCount));
        }

        await using var reopened = await OpenAsync();
        var edges = reopened.Read(g => Enumerable.Range(0, g.EdgeCount).Select(g.GetEdge).ToDictionary(e => e.PersonId, e => e.Sources));
        Assert.Equal(["a0", "a1", "a2"], edges["ada-abe"]);
        Assert.Equal(["a1", "a2"], edges["bob-abe"]);
        Assert.Equal(["a2"], edges["cy-abe"]);
    }

    [Fact]
    public async Task ChunkedBatch_DisposedWithoutCommit_WritesNothing()
    {
        await using var store = await OpenAsync();
        await LoadAsync(store, WorkedAt("Ada Abe", "OpenAI", "2020", "a0"));
        var before = await store.GetChangesSinceAsync(0, cancellationToken: Ct);

        await using (var batch = await store.BeginChunkedBatchAsync(Ct))
        {
            await batch.AddAsync(await ResolveAsync(store, WorkedAt("Bob Abe", "Anthropic", "2021", "a1")), Ct);
        }

        await AssertUnchangedAsync(store, before);
        var next = await LoadAsync(store, WorkedAt("Cy Abe", "Anthropic", "2021", "a1"));
        Assert.Equal(2, next.Revision);
    }

    [Fact]
    public async Task ChunkedBatch_IdUsedAsPersonThenLabAcrossChunks_ThrowsConflict()
    {
        await using var store = await OpenAsync();
        await using var batch = await store.BeginChunkedBatchAsync(Ct);
        await batch.AddAsync(new GraphBatch([new Entity(NodeKind.Person, "nova", "Nova", [])], [], []), Ct);

        await Assert.ThrowsAsync<GraphConflictException>(() => batch.AddAsync(new GraphBatch([new Entity(NodeKind.Lab, "nova", "Nova", [])], [], []), Ct));
    }

    [Fact]
    public async Task FactLoader_FileLargerThanChunkSize_IsOneBatchWithExactCounts()
    {
        var lines = Enumerable.Range(0, 30).Select(i => WorkedAt($"Person {i}", $"Lab {i % 4}", "2020", "a1")).Prepend(Article("a1")).ToArray();
        var path = _folder.Write("facts.jsonl", [.. lines, .. lines]);
        await using var store = await OpenAsync();

        var report = await new FactLoader(store, new FactLoadOptions { ChunkSize = 7 }).LoadPathsAsync([path], cancellationToken: Ct);

        var batch = Assert.Single(report.Batches);
        Assert.Equal(BatchStatus.Committed, batch.Status);
        Assert.Equal(1, batch.Revision);
        Assert.Equal(new LoadCounts(30, 0, 4, 0, 30, 0, 1, 0), report.Counts);
        Assert.Equal((30, 4, 30), store.Read(g => (g.PeopleCount, g.LabCount, g.EdgeCount)));
    }

    [Fact]
    public void Constructor_EmptyDataPath_ThrowsNamingTheSetting()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => new EmbeddedGraphStore(Options.Create(new EmbeddedStoreOptions { DataPath = " " })));

        Assert.Contains("GraphExplorer:DataPath", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_FileIsNotADatabase_ThrowsClearMessage()
    {
        await File.WriteAllTextAsync(DataPath, new string('x', 10_000), Ct);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => OpenAsync());

        Assert.Contains(DataPath, ex.Message, StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<EmbeddedGraphStore> OpenAsync() => EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: Ct);

    private static async Task<BatchResult> LoadAsync(EmbeddedGraphStore store, params string[] lines) =>
        await store.ApplyAsync(await ResolveAsync(store, lines), Ct);

    private static async Task<GraphBatch> ResolveAsync(IGraphStore store, params string[] lines)
    {
        var facts = lines.Select((line, i) => FactParser.TryParse(System.Text.Encoding.UTF8.GetBytes(line), new FactLocation("test", i + 1), out var fact, out var error) ? fact! : throw new InvalidOperationException(error!.ToString())).ToList();
        return await FactResolver.ResolveAsync(facts, store, Ct);
    }

    private async Task AssertUnchangedAsync(EmbeddedGraphStore store, GraphDelta before)
    {
        var now = await store.GetChangesSinceAsync(0, cancellationToken: Ct);
        Assert.Equal(before.Revision, now.Revision);
        Assert.Equal(Describe(before), Describe(now));
        Assert.Equal(before.Revision, await store.GetRevisionAsync(Ct));
        await using var reopened = await OpenAsync();
        Assert.Equal(Describe(before), Describe(await reopened.GetChangesSinceAsync(0, cancellationToken: Ct)));
    }

    private static string Describe(GraphDelta delta) => string.Join(
        "\n",
        delta.Entities.Select(e => $"{e.Kind} {e.Id} {e.Name} [{string.Join(",", e.Aliases)}]")
            .Concat(delta.Edges.Select(e => $"{e.Id} [{string.Join(",", e.Sources)}]"))
            .Concat(delta.Articles.Select(a => a.Id))
            .Order(StringComparer.Ordinal));

    private void ExecuteOnFile(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DataPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int FindNode(TalentGraph graph, string id) => graph.TryFindNode(id, out var node) ? node : throw new InvalidOperationException(id);

    private static string Article(string id) => $$"""{"type":"ARTICLE","id":"{{id}}","title":"Article {{id}}"}""";

    private static string WorkedAt(string person, string lab, string start, string source, string? role = null) =>
        role is null
            ? $$"""{"type":"WORKED_AT","person":"{{person}}","lab":"{{lab}}","start":"{{start}}","source":"{{source}}"}"""
            : $$"""{"type":"WORKED_AT","person":"{{person}}","lab":"{{lab}}","role":"{{role}}","start":"{{start}}","source":"{{source}}"}""";

    private static string LeftFor(string person, string from, string to, string date, string source) =>
        $$"""{"type":"LEFT_FOR","person":"{{person}}","from":"{{from}}","to":"{{to}}","date":"{{date}}","source":"{{source}}"}""";

    private static string Founded(string person, string lab, string date, string source) =>
        $$"""{"type":"FOUNDED","person":"{{person}}","lab":"{{lab}}","date":"{{date}}","source":"{{source}}"}""";
}
