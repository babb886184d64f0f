using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>A fresh, empty store and the queries over it, as one implementation provides them.</summary>
public sealed class StoreUnderTest(IGraphStore store, ITalentQueries queries, Func<ValueTask> dispose) : IAsyncDisposable
{
    public IGraphStore Store { get; } = store;

    public ITalentQueries Queries { get; } = queries;

    /// <summary>Loads facts written as JSON Lines (the facts format) as one batch, the way the loader does.</summary>
    public async Task<BatchResult> LoadAsync(string jsonLines)
    {
        var facts = Parse(jsonLines);
        var batch = await FactResolver.ResolveAsync(facts, Store, TestContext.Current.CancellationToken);
        return await Store.ApplyAsync(batch, TestContext.Current.CancellationToken);
    }

    public async Task<BatchResult> LoadAsync(IReadOnlyList<Fact> facts)
    {
        var batch = await FactResolver.ResolveAsync(facts, Store, TestContext.Current.CancellationToken);
        return await Store.ApplyAsync(batch, TestContext.Current.CancellationToken);
    }

    public static IReadOnlyList<Fact> Parse(string jsonLines)
    {
        var facts = new List<Fact>();
        var line = 0;
        foreach (var text in jsonLines.Split('\n'))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!FactParser.TryParse(Encoding.UTF8.GetBytes(text.Trim()), new FactLocation("test", line), out var fact, out var error))
            {
                throw new InvalidOperationException($"Test facts are wrong: {error}");
            }

            facts.Add(fact!);
        }

        return facts;
    }

    public ValueTask DisposeAsync() => dispose();
}
