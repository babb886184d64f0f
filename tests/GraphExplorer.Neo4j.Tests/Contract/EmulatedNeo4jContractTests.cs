using GraphExplorer.Neo4j.Queries;
using GraphExplorer.Neo4j.Store;
using GraphExplorer.Neo4j.Tests.Emulator;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// The contract on <see cref="Neo4jGraphStore"/> and <see cref="Neo4jTalentQueries"/> over HTTP, against the emulated
/// Query API (it runs here, with no Docker). Statements carry three rows and pages hold 100, so batching and paging are
/// exercised even by small graphs.
/// </summary>
public sealed class EmulatedNeo4jContractTests : GraphStoreContractTests
{
    internal static readonly Neo4jStoreOptions SmallStatements = new() { RowsPerStatement = 3, PageSize = 100 };

    [Fact]
    public Task SeedQuestions_OnTheEmulatedNeo4jAndTheEmbeddedStore_GetTheSameAnswers() => AssertSeedQuestionsMatchTheEmbeddedStoreAsync();

    protected override async Task<StoreUnderTest> OpenAsync()
    {
        var emulator = await Neo4jEmulator.StartAsync();
        var client = emulator.CreateClient();
        var store = new Neo4jGraphStore(client, Options.Create(SmallStatements));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var queries = new Neo4jTalentQueries(client, Options.Create(SmallStatements));
        return new StoreUnderTest(store, queries, async () =>
        {
            queries.Dispose();
            await store.DisposeAsync();
            await emulator.DisposeAsync();
        });
    }
}
