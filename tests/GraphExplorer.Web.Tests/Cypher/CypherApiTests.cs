using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Core.Queries;
using GraphExplorer.Neo4j.Queries;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Web.Tests.Cypher;

public sealed class CypherApiTests
{
    /// <summary>A row as Neo4j's typed JSON writes it: a number, a node, a relationship, a path, a date, a list and a null.</summary>
    private const string GraphRow = """
        {"data":{"fields":["n","person","worked","path","since","labs","nothing"],"values":[[
          {"$type":"Integer","_value":"42"},
          {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Person"],"_properties":{"id":{"$type":"String","_value":"ada-quill"},"name":{"$type":"String","_value":"Ada Quill"}}}},
          {"$type":"Relationship","_value":{"_element_id":"5:db:9","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"WORKED_AT","_properties":{"start":{"$type":"String","_value":"2015"}}}},
          {"$type":"Path","_value":[
            {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Person"],"_properties":{}}},
            {"$type":"Relationship","_value":{"_element_id":"5:db:9","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"WORKED_AT","_properties":{}}},
            {"$type":"Node","_value":{"_element_id":"4:db:2","_labels":["Lab"],"_properties":{"id":{"$type":"String","_value":"northwind-ai"}}}}]},
          {"$type":"Date","_value":"2024-08-06"},
          {"$type":"List","_value":[{"$type":"String","_value":"openai"},{"$type":"Float","_value":"2.5"}]},
          {"$type":"Null","_value":null}
        ]]}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Startup_WithStoreNeo4j_ChecksTheServerAppliesTheSchemaAndAnswersQueriesFromNeo4j()
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        await using var factory = new ExplorerFactory(neo4j.Settings());
        using var client = factory.CreateClient();

        using var graph = await client.GetAsync("/api/graph", Ct);

        Assert.Equal(HttpStatusCode.OK, graph.StatusCode);
        Assert.Equal(GraphExplorer.Neo4j.CypherFiles.Statements("schema").Count, neo4j.Files.Count(f => f == "schema"));
        Assert.Contains("snapshot-nodes", neo4j.Files);
        Assert.IsType<Neo4jTalentQueries>(factory.Services.GetRequiredService<ITalentQueries>());
    }

    [Fact]
    public async Task Startup_WhenNeo4jIsUnreachable_StopsWithAMessageNamingTheAddressAndSetting()
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        var settings = neo4j.Settings(("GraphExplorer:Neo4j:Uri", "http://127.0.0.1:1/"), ("GraphExplorer:Neo4j:MaxRetries", "0"));
        await using var factory = new ExplorerFactory(settings);

        var messages = factory.StartFailure();

        Assert.Contains("Cannot reach Neo4j at http://127.0.0.1:1/", messages, StringComparison.Ordinal);
        Assert.Contains("GraphExplorer:Neo4j:Uri", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCypher_OnNeo4j_RunsReadOnlyAndMarksNodesRelationshipsAndPaths()
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        neo4j.Console = _ => Task.FromResult((202, GraphRow));
        await using var factory = new ExplorerFactory(neo4j.Settings());
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(
            "/api/cypher",
            new { query = "MATCH p = (n:Person {id: $id})-[r]->(l) RETURN 42, n, r, p", parameters = new { id = "ada-quill", limit = 5 } },
            Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = answer.RootElement;
        Assert.Equal(["n", "person", "worked", "path", "since", "labs", "nothing"], root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.False(root.GetProperty("truncated").GetBoolean());
        var row = Assert.Single(root.GetProperty("rows").EnumerateArray().ToList());
        Assert.Equal(42, row[0].GetInt64());
        var person = row[1];
        Assert.Equal(("node", "4:db:1", "Person", "Ada Quill"), (person.GetProperty("$kind").GetString(), person.GetProperty("id").GetString(), person.GetProperty("labels")[0].GetString(), person.GetProperty("properties").GetProperty("name").GetString()));
        var worked = row[2];
        Assert.Equal(("relationship", "WORKED_AT", "4:db:1", "4:db:2", "2015"), (worked.GetProperty("$kind").GetString(), worked.GetProperty("type").GetString(), worked.GetProperty("start").GetString(), worked.GetProperty("end").GetString(), worked.GetProperty("properties").GetProperty("start").GetString()));
        var path = row[3];
        Assert.Equal("path", path.GetProperty("$kind").GetString());
        Assert.Equal(["4:db:1", "4:db:2"], path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal("5:db:9", path.GetProperty("relationships")[0].GetProperty("id").GetString());
        Assert.Equal("2024-08-06", row[4].GetString());
        Assert.Equal(2.5, row[5][1].GetDouble());
        Assert.Equal(JsonValueKind.Null, row[6].ValueKind);

        var sent = Assert.Single(neo4j.ConsoleStatements);
        Assert.Equal(("MATCH p = (n:Person {id: $id})-[r]->(l) RETURN 42, n, r, p", "Read"), (sent.Statement, sent.AccessMode));
        Assert.Equal(("String", "ada-quill"), (sent.Parameters.GetProperty("id").GetProperty("$type").GetString(), sent.Parameters.GetProperty("id").GetProperty("_value").GetString()));
        Assert.Equal("Integer", sent.Parameters.GetProperty("limit").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task PostCypher_MoreRowsThanTheCap_KeepsTheCapAndSaysTruncated()
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        neo4j.Console = _ => Task.FromResult((202, """
            {"data":{"fields":["i"],"values":[[{"$type":"Integer","_value":"1"}],[{"$type":"Integer","_value":"2"}],[{"$type":"Integer","_value":"3"}]]}}
            """));
        await using var factory = new ExplorerFactory(neo4j.Settings(("GraphExplorer:Cypher:MaxRows", "2")));
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query = "UNWIND range(1, 3) AS i RETURN i" }, Ct);

        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(answer.RootElement.GetProperty("truncated").GetBoolean());
        Assert.Equal([1L, 2L], answer.RootElement.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt64()));
    }

    [Fact]
    public async Task PostCypher_QueryThatWrites_Is403SayingWritingIsNotAllowed()
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        neo4j.Console = _ => Task.FromResult((400, """{"errors":[{"code":"Neo.ClientError.Statement.AccessMode","message":"Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)"}]}"""));
        await using var factory = new ExplorerFactory(neo4j.Settings());
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query = "CREATE (:Person {id: 'x'})" }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Writing is not allowed", problem.GetProperty("title").GetString());
        Assert.Contains("read-only", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Neo.ClientError.Statement.AccessMode", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostCypher_SyntaxError_Is400WithNeo4jsMessageAndPosition()
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        neo4j.Console = _ => Task.FromResult((400, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRUN': expected 'RETURN' (line 2, column 1 (offset: 17))"}]}"""));
        await using var factory = new ExplorerFactory(neo4j.Settings());
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query = "MATCH (n:Person)\nRETRUN n" }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Invalid input 'RETRUN'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((2, 1, 17), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32(), problem.GetProperty("offset").GetInt32()));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostCypher_SlowerThanTheLimit_Is504NamingTheSetting()
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        neo4j.Console = async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), Ct);
            return (202, """{"data":{"fields":[],"values":[]}}""");
        };
        await using var factory = new ExplorerFactory(neo4j.Settings(("GraphExplorer:Cypher:Timeout", "00:00:00.300")));
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/cypher", new { query = "CALL apoc.util.sleep(5000)" }, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.GatewayTimeout);
        Assert.Contains("GraphExplorer:Cypher:Timeout", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(neo4j.ConsoleStatements);
    }

    [Theory]
    [InlineData("""{"parameters":{}}""", "query")]
    [InlineData("""{"query":"   "}""", "query")]
    [InlineData("""{"query":"RETURN $x","parameters":[1,2]}""", "parameters")]
    public async Task PostCypher_BadBody_Is400NamingTheField(string body, string field)
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        await using var factory = new ExplorerFactory(neo4j.Settings());
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/cypher", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
        Assert.Empty(neo4j.ConsoleStatements);
    }

    [Fact]
    public async Task Startup_WithABadConsoleLimit_StopsNamingTheSetting()
    {
        await using var neo4j = await StandInNeo4j.StartAsync();
        await using var factory = new ExplorerFactory(neo4j.Settings(("GraphExplorer:Cypher:MaxRows", "0")));

        Assert.Contains("GraphExplorer:Cypher:MaxRows", factory.StartFailure(), StringComparison.Ordinal);
    }
}
