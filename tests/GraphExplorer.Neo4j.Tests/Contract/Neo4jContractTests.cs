using GraphExplorer.Neo4j.Queries;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Store;
using GraphExplorer.Neo4j.Tests.CypherLint;
using GraphExplorer.Neo4j.Tests.QueryApi;
using GraphExplorer.Neo4j.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// The contract on a real Neo4j through Testcontainers: the Cypher files themselves run here, so this is where what
/// they do is proved. Skipped, with the reason, where no Docker engine is reachable.
/// </summary>
public sealed class Neo4jContractTests(Neo4jContainer neo4j) : GraphStoreContractTests, IClassFixture<Neo4jContainer>
{
    private static string ResetFile => Path.Combine(RepoPaths.Root, "tests", "GraphExplorer.Neo4j.Tests", "Contract", "reset-database.cypher");

    [Fact]
    public Task SeedQuestions_OnNeo4jAndTheEmbeddedStore_GetTheSameAnswers() => AssertSeedQuestionsMatchTheEmbeddedStoreAsync();

    [Fact]
    public async Task ResetStatement_WhenLinted_HasNoErrors()
    {
        var (report, skip) = await CypherLinter.LintAsync(ResetFile);
        if (report is null)
        {
            Assert.Skip(skip!);
        }

        Assert.True(report.Diagnostics.Count == 0, string.Join('\n', report.Diagnostics));
    }

    protected override async Task<StoreUnderTest> OpenAsync()
    {
        if (neo4j.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var client = FakeNeo4j.CreateClient(neo4j.Uri!, o =>
        {
            o.Password = Neo4jContainer.Password;
            o.Timeout = TimeSpan.FromSeconds(60);
        });
        await client.RunAsync(await File.ReadAllTextAsync(ResetFile, TestContext.Current.CancellationToken), cancellationToken: TestContext.Current.CancellationToken);
        var options = Options.Create(EmulatedNeo4jContractTests.SmallStatements);
        var store = new Neo4jGraphStore(client, options);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var queries = new Neo4jTalentQueries(client, options);
        return new StoreUnderTest(store, queries, async () =>
        {
            queries.Dispose();
            await store.DisposeAsync();
        });
    }
}
