using GraphExplorer.Core.Seed;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// The Cypher contract: the same queries give the same answers on every store, and those answers are what the seed's
/// facts say (computed from them in <see cref="CypherContractQueries"/>). A subclass says how to run a query on its
/// store, loaded with the seed.
/// </summary>
public abstract class CypherContractTests
{
    public static TheoryData<string> Queries => [.. CypherContractQueries.All.Select(q => q.Name)];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Queries_OfTheContract_AreAtLeastFortyWithDistinctNames()
    {
        Assert.True(CypherContractQueries.All.Count >= 40, $"the contract has {CypherContractQueries.All.Count} queries");
        Assert.Equal(CypherContractQueries.All.Count, CypherContractQueries.All.Select(q => q.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_OnTheSeedGraph_AnswersWhatTheSeedFactsSay(string name)
    {
        var query = CypherContractQueries.All.Single(q => q.Name == name);
        var model = await SeedModels.GetAsync();
        var expected = query.Expected(model).Select(Canonical.Row).ToList();

        var actual = await RunAsync(query.Text, query.Parameters);

        if (!query.Ordered)
        {
            expected.Sort(StringComparer.Ordinal);
            actual = [.. actual.Order(StringComparer.Ordinal)];
        }

        Assert.True(
            expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"{name}: {query.Text}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}");
    }

    /// <summary>Runs a query read-only on this store, holding the seed, and returns its rows in canonical form.</summary>
    protected abstract Task<IReadOnlyList<string>> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters);

    /// <summary>The seed as plain data, from an embedded store's snapshot (the loader's resolution, no Cypher).</summary>
    private static class SeedModels
    {
        private static readonly Lazy<Task<SeedModel>> s_model = new(async () =>
        {
            await using var sut = await EmbeddedStoreContractTests.OpenEmbeddedAsync();
            await sut.LoadAsync(await SeedFacts.ReadAsync(CancellationToken.None));
            return new SeedModel(await sut.Store.GetChangesSinceAsync(0, cancellationToken: CancellationToken.None));
        });

        public static Task<SeedModel> GetAsync() => s_model.Value;
    }
}
