using GraphExplorer.Core.Seed;
using GraphExplorer.Cypher;
using GraphExplorer.Embedded;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>The Cypher contract on the embedded store: our engine over its in-memory graph, read-only, as the console runs it.</summary>
public sealed class EmbeddedCypherContractTests(EmbeddedCypherContractTests.SeededStore seeded) : CypherContractTests, IClassFixture<EmbeddedCypherContractTests.SeededStore>
{
    protected override async Task<IReadOnlyList<string>> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters)
    {
        var engine = await seeded.EngineAsync();
        var result = engine.Run(query, parameters, new CypherRunOptions(ReadOnly: true, MaxRows: 10_000), Ct);
        Assert.False(result.Truncated);
        return [.. result.Rows.Select(Canonical.Row)];
    }

    /// <summary>One embedded store loaded with the seed for the whole class.</summary>
    public sealed class SeededStore : IAsyncDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private StoreUnderTest? _store;
        private CypherEngine? _engine;

        public async Task<CypherEngine> EngineAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (_engine is null)
                {
                    _store = await EmbeddedStoreContractTests.OpenEmbeddedAsync();
                    await _store.LoadAsync(await SeedFacts.ReadAsync(CancellationToken.None));
                    _engine = new CypherEngine(new TalentCypherGraph((EmbeddedGraphStore)_store.Store));
                }

                return _engine;
            }
            finally
            {
                _gate.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_store is not null)
            {
                await _store.DisposeAsync();
            }

            _gate.Dispose();
        }
    }
}
