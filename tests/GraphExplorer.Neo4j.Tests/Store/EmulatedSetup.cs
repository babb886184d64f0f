using GraphExplorer.Neo4j.Queries;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Store;
using GraphExplorer.Neo4j.Tests.Contract;
using GraphExplorer.Neo4j.Tests.Emulator;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests.Store;

/// <summary>A Neo4j store and its queries on a fresh emulated Query API, with the emulator at hand to inspect and script.</summary>
internal sealed class EmulatedSetup : IAsyncDisposable
{
    private EmulatedSetup(Neo4jEmulator emulator, QueryApiClient client, Neo4jGraphStore store, Neo4jTalentQueries queries)
    {
        Emulator = emulator;
        Client = client;
        Store = store;
        Queries = queries;
        Sut = new StoreUnderTest(store, queries, () => ValueTask.CompletedTask);
    }

    public Neo4jEmulator Emulator { get; }

    public QueryApiClient Client { get; }

    public Neo4jGraphStore Store { get; }

    public Neo4jTalentQueries Queries { get; }

    public StoreUnderTest Sut { get; }

    public static async Task<EmulatedSetup> StartAsync(Neo4jStoreOptions? options = null, bool initialize = true, Action<Neo4jOptions>? configure = null)
    {
        var emulator = await Neo4jEmulator.StartAsync();
        var client = emulator.CreateClient(configure);
        var settings = Options.Create(options ?? new Neo4jStoreOptions());
        var store = new Neo4jGraphStore(client, settings);
        if (initialize)
        {
            await store.InitializeAsync(TestContext.Current.CancellationToken);
        }

        return new EmulatedSetup(emulator, client, store, new Neo4jTalentQueries(client, settings));
    }

    /// <summary>The calls made after <paramref name="sequence"/> (an earlier <see cref="Mark"/>).</summary>
    public IReadOnlyList<EmulatedCall> CallsSince(int sequence) => Emulator.Calls.Where(c => c.Sequence > sequence).ToList();

    public int Mark() => Emulator.Calls.Count == 0 ? 0 : Emulator.Calls[^1].Sequence;

    public async ValueTask DisposeAsync()
    {
        Queries.Dispose();
        await Store.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
