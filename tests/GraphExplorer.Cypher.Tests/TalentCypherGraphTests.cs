using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Seed;

namespace GraphExplorer.Cypher.Tests;

public sealed class TalentCypherGraphTests
{
    private static async Task<CypherEngine> SeedEngineAsync()
    {
        IReadOnlyList<Fact> facts = await SeedFacts.ReadAsync(TestContext.Current.CancellationToken);
        var reader = await FixedGraphReader.LoadAsync(facts, cancellationToken: TestContext.Current.CancellationToken);
        return new CypherEngine(new TalentCypherGraph(reader));
    }

    private static CypherResult Run(CypherEngine engine, string query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        engine.Run(query, parameters, new CypherRunOptions(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Run_LabelsAndTypes_AreThoseTheNeo4jStoreWrites()
    {
        var engine = await SeedEngineAsync();

        var labels = Run(engine, "MATCH (n) RETURN DISTINCT labels(n)[0] AS label ORDER BY label").Rows.Select(r => r[0]).ToList();
        var types = Run(engine, "MATCH ()-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type").Rows.Select(r => r[0]).ToList();

        Assert.Contains("Person", labels);
        Assert.Contains("Lab", labels);
        Assert.Contains("Article", labels);
        Assert.Equal(["FOUNDED", "LEFT_FOR", "WORKED_AT"], types.Where(t => t is "FOUNDED" or "LEFT_FOR" or "WORKED_AT"));
    }

    [Fact]
    public async Task Run_LeftForEdge_HasFromDateAndSourcesAsStrings()
    {
        var engine = await SeedEngineAsync();

        var result = Run(engine, "MATCH (p:Person)-[r:LEFT_FOR]->(l:Lab) RETURN p.id, r.from, r.date, r.sources, l.id LIMIT 1");

        Assert.Single(result.Rows);
        var row = result.Rows[0];
        Assert.IsType<string>(row[1]);
        Assert.True(row[2] is null || row[2] is string);
        Assert.NotEmpty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[3]));
    }

    [Fact]
    public async Task Run_SeekById_FindsThePersonAndItsNeighbours()
    {
        var engine = await SeedEngineAsync();
        var id = (string)Run(engine, "MATCH (p:Person)-[:WORKED_AT]->() RETURN p.id LIMIT 1").Rows[0][0]!;

        var result = Run(engine, "MATCH (p:Person {id: $id})-[r]-(l) RETURN p.name, type(r), l.id", new Dictionary<string, object?> { ["id"] = id });

        Assert.NotEmpty(result.Rows);
    }

    [Fact]
    public async Task Run_Write_IsRefusedEvenWhenTheOptionsAllowIt()
    {
        var engine = await SeedEngineAsync();

        Assert.Throws<CypherWriteRefusedException>(() => engine.Run("CREATE (:Person {id: 'x'})", null, new CypherRunOptions(ReadOnly: false), TestContext.Current.CancellationToken));
    }
}
