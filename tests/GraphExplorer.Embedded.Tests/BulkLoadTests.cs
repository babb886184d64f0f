using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Tests;

/// <summary>
/// Large loads: written in pieces inside one transaction, new edges written many rows to a statement with keys the
/// writer gives. What memory holds after each load must be exactly what the rows give when the store is reopened.
/// </summary>
public sealed class BulkLoadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DataPath => _folder.File("store.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FactLoader_SameChunkedFileTwice_LeavesRevisionAndRowsAsTheyWere()
    {
        var path = _folder.Write("facts.jsonl", Facts("Person", 200, "a1"));
        var options = new FactLoadOptions { ChunkSize = 30 };
        await using (var store = await OpenAsync())
        {
            var first = await new FactLoader(store, options).LoadPathsAsync([path], cancellationToken: Ct);
            Assert.Equal(new LoadCounts(200, 0, 7, 0, 200, 0, 1, 0), first.Counts);
            Assert.Equal(1, first.Revision);
        }

        var afterFirst = await GraphSnapshot.FromRowsAsync(DataPath, Ct);
        await using (var store = await OpenAsync())
        {
            var second = await new FactLoader(store, options).LoadPathsAsync([path], cancellationToken: Ct);

            var batch = Assert.Single(second.Batches);
            Assert.Equal(BatchStatus.Committed, batch.Status);
            Assert.Equal(new LoadCounts(0, 200, 0, 7, 0, 200, 0, 1), second.Counts);
            Assert.Equal(1, second.Revision);
            Assert.Equal(1, await store.GetRevisionAsync(Ct));
        }

        Assert.Equal(afterFirst, await GraphSnapshot.FromRowsAsync(DataPath, Ct));
    }

    [Fact]
    public async Task FactLoader_EdgeCountsNotAMultipleOfOneInsert_RowsReopenAsMemoryHeldThem()
    {
        string inMemory;
        await using (var store = await OpenAsync())
        {
            // A first load (staged), then a later one into a store that has rows (planned against memory).
            var first = _folder.Write("first.jsonl", Facts("First", 150, "a1"));
            var later = _folder.Write("later.jsonl", Facts("Later", 70, "a2"));
            var options = new FactLoadOptions { ChunkSize = 40 };
            await new FactLoader(store, options).LoadPathsAsync([first], cancellationToken: Ct);
            var report = await new FactLoader(store, options).LoadPathsAsync([later], cancellationToken: Ct);

            Assert.Equal(new LoadCounts(70, 0, 0, 7, 70, 0, 1, 0), report.Counts);
            inMemory = store.Read(GraphSnapshot.Describe);
        }

        var fromRows = await GraphSnapshot.FromRowsAsync(DataPath, Ct);
        Assert.Equal(inMemory, fromRows);
        Assert.Contains("revision 2 people 220 labs 7 edges 220", fromRows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_AfterAChunkedBatchRolledBack_KeysFollowTheCommittedRowsOnly()
    {
        string inMemory;
        await using (var store = await OpenAsync())
        {
            await using (var batch = await store.BeginChunkedBatchAsync(Ct))
            {
                await batch.AddAsync(await ResolveAsync(store, Facts("Gone", 100, "a1")), Ct);
                await Assert.ThrowsAsync<GraphConflictException>(() => batch.AddAsync(new GraphBatch([new Entity(NodeKind.Lab, "gone-0", "Gone 0", [])], [], []), Ct));
            }

            var result = await store.ApplyAsync(await ResolveAsync(store, Facts("Kept", 70, "a2")), Ct);

            Assert.Equal(new LoadCounts(70, 0, 7, 0, 70, 0, 1, 0), result.Counts);
            inMemory = store.Read(GraphSnapshot.Describe);
        }

        var fromRows = await GraphSnapshot.FromRowsAsync(DataPath, Ct);
        Assert.Equal(inMemory, fromRows);
        Assert.DoesNotContain("gone", fromRows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChunkedBatch_FirstLoadConflictAfterSeveralChunks_DisposedLeavesNoRows()
    {
        await using (var store = await OpenAsync())
        {
            await using (var batch = await store.BeginChunkedBatchAsync(Ct))
            {
                // A first load's rows are written on another thread while the next chunk is staged: giving the batch up
                // after a conflict must still take every earlier chunk's rows with it.
                for (var i = 0; i < 4; i++)
                {
                    await batch.AddAsync(await ResolveAsync(store, Facts($"Gone{i}", 100, "a1")), Ct);
                }

                await Assert.ThrowsAsync<GraphConflictException>(() => batch.AddAsync(new GraphBatch([new Entity(NodeKind.Lab, "gone0-0", "Gone0 0", [])], [], []), Ct));

                // Disposed without a commit, as the loader does after a conflict, while earlier rows may still be in hand.
            }

            Assert.Equal(0, await store.GetRevisionAsync(Ct));
            Assert.Equal((0, 0), store.Read(g => (g.NodeCount, g.EdgeCount)));
        }

        var fromRows = await GraphSnapshot.FromRowsAsync(DataPath, Ct);
        Assert.DoesNotContain("gone", fromRows, StringComparison.Ordinal);
        Assert.Contains("people 0 labs 0 edges 0", fromRows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChunkedBatch_FirstLoad_NeedsNoEdgeIdsAndStoresUnnamedEdgesOnceEach()
    {
        await using (var store = await OpenAsync())
        {
            await using (var batch = await store.BeginChunkedBatchAsync(Ct))
            {
                Assert.False(batch.EdgeIdsNeeded);
                var facts = Facts("First", 60, "a1");
                for (var i = 0; i < 2; i++)
                {
                    // The same tenures twice, the second time in a chunk of their own: each is one edge, one row.
                    await batch.AddAsync(await ResolveAsync(store, facts, nameEdges: false), Ct);
                }

                await batch.CommitAsync(Ct);
            }

            await using (var later = await store.BeginChunkedBatchAsync(Ct))
            {
                // A store with rows plans against memory and writes by edge id.
                Assert.True(later.EdgeIdsNeeded);
            }

            Assert.Equal((67, 60), store.Read(g => (g.NodeCount, g.EdgeCount)));
        }

        Assert.Contains("people 60 labs 7 edges 60", await GraphSnapshot.FromRowsAsync(DataPath, Ct), StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<EmbeddedGraphStore> OpenAsync() => EmbeddedGraphStore.OpenAsync(DataPath, cancellationToken: Ct);

    /// <summary>An article and <paramref name="people"/> tenures at seven labs, some with a role.</summary>
    private static string[] Facts(string prefix, int people, string article) =>
        [
            $$"""{"type":"ARTICLE","id":"{{article}}","title":"Article {{article}}"}""",
            .. Enumerable.Range(0, people).Select(i => i % 3 == 0
                ? $$"""{"type":"WORKED_AT","person":"{{prefix}} {{i}}","lab":"Lab {{i % 7}}","role":"Engineer","start":"2020","source":"{{article}}"}"""
                : $$"""{"type":"WORKED_AT","person":"{{prefix}} {{i}}","lab":"Lab {{i % 7}}","start":"2021-0{{1 + (i % 9)}}","source":"{{article}}"}"""),
        ];

    private static async Task<GraphBatch> ResolveAsync(IGraphStore store, string[] lines, bool nameEdges = true)
    {
        var facts = lines.Select((line, i) => FactParser.TryParse(System.Text.Encoding.UTF8.GetBytes(line), new FactLocation("test", i + 1), out var fact, out var error) ? fact! : throw new InvalidOperationException(error!.ToString())).ToList();
        return await FactResolver.ResolveAsync(facts, store, nameEdges, Ct);
    }
}
