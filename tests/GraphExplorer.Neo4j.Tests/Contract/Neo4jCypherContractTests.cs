using GraphExplorer.Core.Seed;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Tests.CypherLint;
using GraphExplorer.Neo4j.Store;
using GraphExplorer.Neo4j.Tests.QueryApi;
using GraphExplorer.Neo4j.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// The Cypher contract on a real Neo4j (Testcontainers), loaded with the seed by the Neo4j store: the same queries must
/// give the same answers there. Skipped, with the reason, where no Docker engine is reachable. (The emulated Query API
/// knows only the application's own statements, so it cannot stand in for ad-hoc Cypher.)
/// </summary>
public sealed class Neo4jCypherContractTests(Neo4jContainer neo4j) : CypherContractTests, IClassFixture<Neo4jContainer>
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static QueryApiClient? s_client;

    /// <summary>Every query is Cypher that Neo4j's own parser and semantic analysis accept, so the contract asks Neo4j nothing it would refuse.</summary>
    [Fact]
    public async Task Queries_OfTheContract_WhenLintedByNeo4jsParser_HaveNoErrors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cypher-contract-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, string.Join(";\n\n", CypherContractQueries.All.Select(q => q.Text)) + ";\n", Ct);
        try
        {
            var (report, skip) = await CypherLinter.LintAsync(file);
            if (report is null)
            {
                Assert.Skip(skip!);
            }

            // Warnings are allowed: the path queries match two people first, a cartesian product Neo4j warns about.
            var errors = report.Diagnostics.Where(d => d.Severity == "error").ToList();
            Assert.True(errors.Count == 0, string.Join('\n', errors));
            Assert.Equal(CypherContractQueries.All.Count, report.StatementsPerFile.Values.Single());
        }
        finally
        {
            File.Delete(file);
        }
    }

    protected override async Task<IReadOnlyList<string>> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters)
    {
        if (neo4j.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var client = await SeededClientAsync();
        var result = await client.RunAsync(query, parameters?.ToDictionary(), new QueryOptions(AccessMode.Read, TimeSpan.FromSeconds(60), 10_000), Ct);
        Assert.False(result.Truncated);
        return [.. result.Rows.Select(r => Canonical.Row(r.Values))];
    }

    private async Task<QueryApiClient> SeededClientAsync()
    {
        await s_gate.WaitAsync(Ct);
        try
        {
            if (s_client is null)
            {
                var client = FakeNeo4j.CreateClient(neo4j.Uri!, o =>
                {
                    o.Password = Neo4jContainer.Password;
                    o.Timeout = TimeSpan.FromSeconds(60);
                });
                var reset = Path.Combine(RepoPaths.Root, "tests", "GraphExplorer.Neo4j.Tests", "Contract", "reset-database.cypher");
                await client.RunAsync(await File.ReadAllTextAsync(reset, Ct), cancellationToken: Ct);
                var store = new Neo4jGraphStore(client, Options.Create(new Neo4jStoreOptions()));
                await store.InitializeAsync(Ct);
                var sut = new StoreUnderTest(store, new GraphExplorer.Neo4j.Queries.Neo4jTalentQueries(client, Options.Create(new Neo4jStoreOptions())), () => ValueTask.CompletedTask);
                await sut.LoadAsync(await SeedFacts.ReadAsync(Ct));
                s_client = client;
            }

            return s_client;
        }
        finally
        {
            s_gate.Release();
        }
    }
}
