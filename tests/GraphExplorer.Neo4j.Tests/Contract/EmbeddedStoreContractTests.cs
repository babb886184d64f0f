using GraphExplorer.Core.Queries;
using GraphExplorer.Embedded;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>The contract on the embedded store (SQLite file, graph in memory, the application's own queries).</summary>
public sealed class EmbeddedStoreContractTests : GraphStoreContractTests
{
    public static async Task<StoreUnderTest> OpenEmbeddedAsync()
    {
        var folder = Directory.CreateTempSubdirectory("graphexplorer-contract-").FullName;
        var store = await EmbeddedGraphStore.OpenAsync(Path.Combine(folder, "graph.db"), cancellationToken: TestContext.Current.CancellationToken);
        return new StoreUnderTest(store, new InMemoryTalentQueries(store), async () =>
        {
            await store.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        });
    }

    protected override Task<StoreUnderTest> OpenAsync() => OpenEmbeddedAsync();
}
