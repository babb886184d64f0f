using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Web.Cypher;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Web.Tests.Cypher;

/// <summary>
/// <c>POST /api/cypher</c> on the default (embedded) store, over the seed graph: the same answer shape as on Neo4j,
/// writes refused, errors with positions, and the row, size and time limits holding.
/// </summary>
public sealed class EmbeddedCypherApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostCypher_OnTheEmbeddedStore_AnswersNodesRelationshipsAndPathsInNeo4jsShape()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        // The seed says John Schulman left OpenAI for Anthropic in 2024-08.
        var root = await RunAsync(client, """
            MATCH p = (a:Person {id: 'john-schulman'})-[m:LEFT_FOR]->(l:Lab {id: 'anthropic'})
            RETURN a, m, l, p, m.date AS date, 42 AS n, [1, 2.5, 'x'] AS list, {k: true} AS map, null AS nothing
            """);

        Assert.Equal(["a", "m", "l", "p", "date", "n", "list", "map", "nothing"], root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.False(root.GetProperty("truncated").GetBoolean());
        var row = Assert.Single(root.GetProperty("rows").EnumerateArray().ToList());
        var person = row[0];
        Assert.Equal(("node", "Person", "John Schulman", "john-schulman"), (person.GetProperty("$kind").GetString(), Assert.Single(person.GetProperty("labels").EnumerateArray().ToList()).GetString(), person.GetProperty("properties").GetProperty("name").GetString(), person.GetProperty("properties").GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(person.GetProperty("id").GetString()));
        var lab = row[2];
        Assert.Equal(("node", "Lab", "Anthropic"), (lab.GetProperty("$kind").GetString(), lab.GetProperty("labels")[0].GetString(), lab.GetProperty("properties").GetProperty("name").GetString()));
        var move = row[1];
        Assert.Equal(("relationship", "LEFT_FOR", "openai", "2024-08"), (move.GetProperty("$kind").GetString(), move.GetProperty("type").GetString(), move.GetProperty("properties").GetProperty("from").GetString(), move.GetProperty("properties").GetProperty("date").GetString()));
        Assert.Equal((person.GetProperty("id").GetString(), lab.GetProperty("id").GetString()), (move.GetProperty("start").GetString(), move.GetProperty("end").GetString()));
        Assert.Contains("001_691e26207e1cda62", move.GetProperty("properties").GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var path = row[3];
        Assert.Equal("path", path.GetProperty("$kind").GetString());
        Assert.Equal([person.GetProperty("id").GetString(), lab.GetProperty("id").GetString()], path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(move.GetProperty("id").GetString(), Assert.Single(path.GetProperty("relationships").EnumerateArray().ToList()).GetProperty("id").GetString());
        Assert.Equal("2024-08", row[4].GetString());
        Assert.Equal(42, row[5].GetInt64());
        Assert.Equal((1L, 2.5, "x"), (row[6][0].GetInt64(), row[6][1].GetDouble(), row[6][2].GetString()));
        Assert.True(row[7].GetProperty("k").GetBoolean());
        Assert.Equal(JsonValueKind.Null, row[8].ValueKind);
    }

    [Fact]
    public async Task PostCypher_WithParameters_OnTheEmbeddedStore_BindsEachJsonType()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        var root = await RunAsync(
            client,
            "MATCH (l:Lab {id: $lab}) RETURN l.name AS name, $n + 1 AS next, $x * 2 AS twice, $flag AS flag, size($ids) AS ids, $map.k AS k, $none IS NULL AS none",
            new { lab = "openai", n = 41, x = 1.25, flag = true, ids = new[] { "a", "b", "c" }, map = new { k = "v" }, none = (string?)null });

        var row = Assert.Single(root.GetProperty("rows").EnumerateArray().ToList());
        Assert.Equal("OpenAI", row[0].GetString());
        Assert.Equal(42, row[1].GetInt64());
        Assert.Equal(2.5, row[2].GetDouble());
        Assert.True(row[3].GetBoolean());
        Assert.Equal(3, row[4].GetInt64());
        Assert.Equal("v", row[5].GetString());
        Assert.True(row[6].GetBoolean());
    }

    [Theory]
    [InlineData("CREATE (:Person {id: 'x', name: 'X'})")]
    [InlineData("MATCH (p:Person {id: 'john-schulman'}) SET p.name = 'Someone Else'")]
    [InlineData("MATCH (p:Person {id: 'john-schulman'}) DETACH DELETE p")]
    [InlineData("MERGE (l:Lab {id: 'new-lab'}) RETURN l")]
    public async Task PostCypher_QueryThatWrites_OnTheEmbeddedStore_Is403AndChangesNothing(string query)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Writing is not allowed", problem.GetProperty("title").GetString());
        Assert.Contains("read-only", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Neo.ClientError.Statement.AccessMode", problem.GetProperty("code").GetString());
        var after = await client.GetGraphAsync();
        Assert.Equal((before.Revision, before.Nodes.Count, before.Edges.Count), (after.Revision, after.Nodes.Count, after.Edges.Count));
        Assert.Equal("John Schulman", after.Nodes.Single(n => n.Id == "john-schulman").Name);
    }

    [Fact]
    public async Task PostCypher_SyntaxError_OnTheEmbeddedStore_Is400WithLineColumnAndOffset()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (n:Person)\nRETRUN n" }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Cypher syntax error", problem.GetProperty("title").GetString());
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", problem.GetProperty("code").GetString());
        Assert.Equal((2, 1, 17), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32(), problem.GetProperty("offset").GetInt32()));
        Assert.Contains("RETRUN", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCypher_UnboundVariable_OnTheEmbeddedStore_Is400NamingIt()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (p:Person) RETURN q.name" }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("q", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Neo.ClientError.Statement.", problem.GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCypher_MoreRowsThanTheCap_OnTheEmbeddedStore_KeepsTheCapAndSaysTruncated()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:Cypher:MaxRows"] = "2" });
        using var client = factory.CreateClient();

        var root = await RunAsync(client, "UNWIND range(1, 5) AS i RETURN i");

        Assert.True(root.GetProperty("truncated").GetBoolean());
        Assert.Equal([1L, 2L], root.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt64()));
    }

    [Fact]
    public async Task PostCypher_AnswerLargerThanTheByteLimit_OnTheEmbeddedStore_Is400NamingTheSetting()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:Cypher:MaxAnswerBytes"] = "2048" });
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query = "UNWIND range(1, 500) AS i RETURN 'a long enough value ' + toString(i) AS text" }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("GraphExplorer:Cypher:MaxAnswerBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A cartesian product of every node six times over (about 10^10 rows on the seed) would run for hours: the time
    /// limit answers 504 and the engine itself stops, so no thread keeps working on it in the background.
    /// </summary>
    [Fact]
    public async Task PostCypher_QueryThatWouldRunForever_OnTheEmbeddedStore_Is504AndTheEngineStops()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:Cypher:Timeout"] = "00:00:00.500" });
        using var client = factory.CreateClient();
        var console = factory.Services.GetRequiredService<EmbeddedCypherConsole>();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)" }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.GatewayTimeout);
        Assert.Contains("GraphExplorer:Cypher:Timeout", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The engine sees the cancelled token at its next check; a generous bound only keeps a broken engine from
        // hanging the suite.
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        giveUp.CancelAfter(TimeSpan.FromSeconds(60));
        while (console.Running > 0 && !giveUp.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
        }

        Assert.Equal(0, console.Running);
    }

    [Fact]
    public async Task GetSchema_OnTheEmbeddedStore_ListsTheLabelsTypesAndPropertyKeysOfTheGraph()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/cypher/schema", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var schema = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = schema.RootElement;
        Assert.Equal(["Article", "Lab", "Person"], root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["FOUNDED", "LEFT_FOR", "WORKED_AT"], root.GetProperty("relationshipTypes").EnumerateArray().Select(l => l.GetString()));
        var keys = root.GetProperty("propertyKeys").EnumerateArray().Select(k => k.GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "id", "name", "aliases", "title", "role", "start", "end", "from", "date", "sources" }, keys);
    }

    private static async Task<JsonElement> RunAsync(HttpClient client, string query, object? parameters = null)
    {
        using var response = await client.PostAsJsonAsync("/api/cypher", new { query, parameters }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
