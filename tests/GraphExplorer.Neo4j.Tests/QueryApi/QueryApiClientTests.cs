using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.QueryApi;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

public sealed class QueryApiClientTests
{
    private const string OneRow = """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":["FB:abc"]}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_WhenServerAnswersRows_ReturnsFieldsRowsAndBookmarks()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, """
            {"data":{"fields":["name","age"],"values":[
              [{"$type":"String","_value":"Ilya"},{"$type":"Integer","_value":"38"}],
              [{"$type":"String","_value":"Mira"},{"$type":"Null","_value":null}]]},
             "bookmarks":["FB:kcwQ"]}
            """);
        var client = fake.CreateClient();

        var result = await client.RunAsync("MATCH (p:Person) RETURN p.name AS name, p.age AS age", cancellationToken: Ct);

        Assert.Equal(["name", "age"], result.Fields);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("Ilya", result.Rows[0]["name"].AsString());
        Assert.Equal(38, result.Rows[0]["age"].AsInt64());
        Assert.True(result.Rows[1]["age"].IsNull);
        Assert.False(result.Truncated);
        Assert.Equal(["FB:kcwQ"], result.Bookmarks);
    }

    [Fact]
    public async Task RunAsync_WhenCalled_PostsTypedJsonWithBasicAuthToTheDatabasePath()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, OneRow);
        var client = fake.CreateClient(o => o.Database = "talent");

        await client.RunAsync("RETURN $n AS ok", new Dictionary<string, object?> { ["n"] = 1 }, QueryOptions.ReadOnly, Ct);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/talent/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + FakeNeo4j.Password)), request.Header("Authorization"));
        Assert.StartsWith("application/vnd.neo4j.query", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Contains("application/vnd.neo4j.query", request.Header("Accept"), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("RETURN $n AS ok", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
        Assert.Equal("Integer", body.RootElement.GetProperty("parameters").GetProperty("n").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task RunAsync_WhenAnswerHoldsEveryTypedValue_ParsesEachIntoTheValueModel()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, """
            {"data":{"fields":["big","float","bool","text","date","when","span","point","list","map","node","rel","path"],"values":[[
              {"$type":"Integer","_value":"9007199254740993"},
              {"$type":"Float","_value":"2.5"},
              {"$type":"Boolean","_value":true},
              {"$type":"String","_value":"约翰·舒曼"},
              {"$type":"Date","_value":"2024-08-06"},
              {"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"},
              {"$type":"Duration","_value":"P14DT16H12M"},
              {"$type":"Point","_value":"SRID=4326;POINT (1.2 3.4)"},
              {"$type":"List","_value":[{"$type":"Integer","_value":"-1"},{"$type":"String","_value":"x"}]},
              {"$type":"Map","_value":{"k":{"$type":"Float","_value":"NaN"}}},
              {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Person"],"_properties":{"id":{"$type":"String","_value":"john-schulman"}}}},
              {"$type":"Relationship","_value":{"_element_id":"5:db:9","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"WORKED_AT","_properties":{"start":{"$type":"String","_value":"2015"}}}},
              {"$type":"Path","_value":[
                {"$type":"Node","_value":{"_element_id":"4:db:1","_labels":["Person"],"_properties":{}}},
                {"$type":"Relationship","_value":{"_element_id":"5:db:9","_start_node_element_id":"4:db:1","_end_node_element_id":"4:db:2","_type":"WORKED_AT","_properties":{}}},
                {"$type":"Node","_value":{"_element_id":"4:db:2","_labels":["Lab"],"_properties":{}}}]}
            ]]}}
            """);
        var client = fake.CreateClient();

        var row = (await client.RunAsync("RETURN 1", cancellationToken: Ct)).Single();

        Assert.Equal(new CypherInteger(9007199254740993), row["big"]);
        Assert.Equal(new CypherFloat(2.5), row["float"]);
        Assert.Equal(new CypherBoolean(true), row["bool"]);
        Assert.Equal("约翰·舒曼", row["text"].AsString());
        Assert.Equal(new CypherTemporal("Date", "2024-08-06"), row["date"]);
        Assert.Equal(new CypherTemporal("OffsetDateTime", "2024-01-01T21:40:32-01:00"), row["when"]);
        Assert.Equal(new CypherTemporal("Duration", "P14DT16H12M"), row["span"]);
        Assert.Equal(new CypherOpaque("Point", "SRID=4326;POINT (1.2 3.4)"), row["point"]);
        Assert.Equal(new CypherList([new CypherInteger(-1), new CypherString("x")]), row["list"]);
        Assert.True(double.IsNaN(row["map"].AsMap()["k"].AsDouble()));
        var node = Assert.IsType<CypherNode>(row["node"]);
        Assert.Equal("4:db:1", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("john-schulman", node.Properties["id"].AsString());
        var rel = Assert.IsType<CypherRelationship>(row["rel"]);
        Assert.Equal(("4:db:1", "4:db:2", "WORKED_AT"), (rel.StartNodeElementId, rel.EndNodeElementId, rel.Type));
        Assert.Equal("2015", rel.Properties["start"].AsString());
        var path = Assert.IsType<CypherPath>(row["path"]);
        Assert.Equal(["4:db:1", "4:db:2"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal("5:db:9", Assert.Single(path.Relationships).ElementId);
    }

    [Fact]
    public async Task RunAsync_WhenParametersHoldNestedValues_SendsEachTyped()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, OneRow);
        var client = fake.CreateClient();
        var rows = new List<Dictionary<string, object?>>
        {
            new()
            {
                ["id"] = "john-schulman",
                ["big"] = 9007199254740993L,
                ["ratio"] = 0.25,
                ["start"] = PartialDate.Of(2015, 12),
                ["end"] = null,
                ["current"] = true,
                ["sources"] = new[] { "a1", "a2" },
            },
        };

        await client.RunAsync("UNWIND $rows AS row RETURN 1 AS ok", new Dictionary<string, object?> { ["rows"] = rows }, cancellationToken: Ct);

        using var body = JsonDocument.Parse(Assert.Single(fake.Requests).Body);
        var list = body.RootElement.GetProperty("parameters").GetProperty("rows");
        Assert.Equal("List", list.GetProperty("$type").GetString());
        var map = list.GetProperty("_value")[0];
        Assert.Equal("Map", map.GetProperty("$type").GetString());
        var row = map.GetProperty("_value");
        Assert.Equal("""{"$type":"String","_value":"john-schulman"}""", row.GetProperty("id").GetRawText());
        Assert.Equal("""{"$type":"Integer","_value":"9007199254740993"}""", row.GetProperty("big").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"0.25"}""", row.GetProperty("ratio").GetRawText());
        Assert.Equal("""{"$type":"String","_value":"2015-12"}""", row.GetProperty("start").GetRawText());
        Assert.Equal("""{"$type":"Null","_value":null}""", row.GetProperty("end").GetRawText());
        Assert.Equal("""{"$type":"Boolean","_value":true}""", row.GetProperty("current").GetRawText());
        Assert.Equal(
            """{"$type":"List","_value":[{"$type":"String","_value":"a1"},{"$type":"String","_value":"a2"}]}""",
            row.GetProperty("sources").GetRawText());
    }

    [Fact]
    public async Task RunAsync_WhenParameterTypeCannotBeSent_ThrowsNamingItsPathWithoutCallingTheServer()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, OneRow);
        var client = fake.CreateClient();
        var parameters = new Dictionary<string, object?> { ["rows"] = new[] { new Dictionary<string, object?> { ["when"] = new Version(1, 0) } } };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.RunAsync("RETURN 1", parameters, cancellationToken: Ct));

        Assert.Contains("$rows[0].when", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Version", ex.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenParametersAreJson_SendsWholeNumbersAsIntegers()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, OneRow);
        var client = fake.CreateClient();
        using var json = JsonDocument.Parse("""{"limit":10,"ratio":1.5,"names":["a",null],"filter":{"on":true}}""");
        var parameters = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

        await client.RunAsync("RETURN 1", parameters, cancellationToken: Ct);

        using var body = JsonDocument.Parse(Assert.Single(fake.Requests).Body);
        var sent = body.RootElement.GetProperty("parameters");
        Assert.Equal("""{"$type":"Integer","_value":"10"}""", sent.GetProperty("limit").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"1.5"}""", sent.GetProperty("ratio").GetRawText());
        Assert.Equal("""{"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"Null","_value":null}]}""", sent.GetProperty("names").GetRawText());
        Assert.Equal("""{"$type":"Map","_value":{"on":{"$type":"Boolean","_value":true}}}""", sent.GetProperty("filter").GetRawText());
    }

    [Fact]
    public async Task RunAsync_WhenA202CarriesErrors_ThrowsTheErrorInsteadOfReturningData()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, """
            {"data":{"fields":["x"],"values":[]},
             "errors":[{"code":"Neo.ClientError.Statement.ArgumentError","message":"Cannot merge node using null property value for id"}]}
            """);
        var client = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("MERGE (p:Person {id: $id})", cancellationToken: Ct));

        Assert.Equal("Neo.ClientError.Statement.ArgumentError", ex.Code);
        Assert.Equal(Neo4jErrorKind.Client, ex.Kind);
        Assert.Contains("null property value", ex.Message, StringComparison.Ordinal);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenSyntaxError_ThrowsWithNeo4jMessageAndPosition()
    {
        await using var fake = await FakeNeo4j.StartAsync(400, """
            {"errors":[{"code":"Neo.ClientError.Statement.SyntaxError",
              "message":"Invalid input 'RETRN': expected 'RETURN' or 'WITH' (line 2, column 5 (offset: 17))\n\"    RETRN n\"\n     ^"}]}
            """);
        var client = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("MATCH (n)\n    RETRN n", cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.Syntax, ex.Kind);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.StartsWith("Invalid input 'RETRN'", ex.Message, StringComparison.Ordinal);
        Assert.Equal((2, 5, 17), (ex.Line, ex.Column, ex.Offset));
        Assert.False(ex.IsTransient);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenWritingInReadMode_ThrowsAccessModeError()
    {
        await using var fake = await FakeNeo4j.StartAsync(400, """
            {"errors":[{"code":"Neo.ClientError.Statement.AccessMode","message":"Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)"}]}
            """);
        var client = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("CREATE (n:Person)", options: QueryOptions.ReadOnly, cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.AccessMode, ex.Kind);
        Assert.Contains("Writing in read access mode not allowed", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.Line);
        using var body = JsonDocument.Parse(Assert.Single(fake.Requests).Body);
        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task RunAsync_WhenCredentialsAreRefused_ThrowsUnauthorizedWithoutRetrying()
    {
        await using var fake = await FakeNeo4j.StartAsync(401, """
            {"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}
            """);
        var client = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.Unauthorized, ex.Kind);
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenDatabaseIsUnknown_ThrowsDatabaseNotFound()
    {
        await using var fake = await FakeNeo4j.StartAsync(404, """
            {"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Graph not found: nosuchdb"}]}
            """);
        var client = fake.CreateClient(o => o.Database = "nosuchdb");

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.DatabaseNotFound, ex.Kind);
        Assert.Equal("/db/nosuchdb/query/v2", Assert.Single(fake.Requests).Path);
    }

    [Fact]
    public async Task RunAsync_WhenServerFailsOnceWith500_RetriesAndReturnsTheAnswer()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, _, n) => n == 1
            ? FakeNeo4j.Reply(context, 500, """{"errors":[{"code":"Neo.DatabaseError.General.UnknownError","message":"boom"}]}""")
            : FakeNeo4j.Reply(context, 202, OneRow));
        var clock = new RetryClock(TimeSpan.FromMilliseconds(250));
        var client = fake.CreateClient(time: clock);

        var result = await client.RunAsync("RETURN 1 AS ok", cancellationToken: Ct);

        Assert.Equal(1, result.Single()["ok"].AsInt64());
        Assert.Equal(2, fake.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(250)], clock.RetryWaits);
    }

    [Fact]
    public async Task RunAsync_WhenServerKeepsFailingWith500_GivesUpAfterMaxRetries()
    {
        await using var fake = await FakeNeo4j.StartAsync(500, "<html>Internal Server Error</html>");
        var clock = new RetryClock(TimeSpan.FromSeconds(1));
        var client = fake.CreateClient(o => (o.MaxRetries, o.RetryDelay) = (3, TimeSpan.FromSeconds(1)), time: clock);
        var started = clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.Server, ex.Kind);
        Assert.Equal("HTTP 500", ex.Code);
        Assert.Contains("not JSON", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, fake.Requests.Count);

        // The back-off doubles from RetryDelay, and the client waited it out on its clock (7 s that took no real time).
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], clock.RetryWaits);
        Assert.Equal(TimeSpan.FromSeconds(7), clock.GetUtcNow() - started);
    }

    [Fact]
    public async Task RunAsync_WhenServerReportsTransientError_Retries()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, _, n) => n == 1
            ? FakeNeo4j.Reply(context, 400, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
            : FakeNeo4j.Reply(context, 202, OneRow));
        var client = fake.CreateClient();

        var result = await client.RunAsync("RETURN 1 AS ok", cancellationToken: Ct);

        Assert.Equal(1, result.Single()["ok"].AsInt64());
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_WhenConnectionDropsOnce_RetriesAndReturnsTheAnswer()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, _, n) =>
        {
            if (n == 1)
            {
                context.Abort();
                return Task.CompletedTask;
            }

            return FakeNeo4j.Reply(context, 202, OneRow);
        });
        var client = fake.CreateClient();

        var result = await client.RunAsync("RETURN 1 AS ok", cancellationToken: Ct);

        Assert.Equal(1, result.Single()["ok"].AsInt64());
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_WhenConnectionAlwaysDrops_ThrowsConnectionLostAfterRetries()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, _, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        var client = fake.CreateClient(o => o.MaxRetries = 1);

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.ConnectionLost, ex.Kind);
        Assert.True(ex.IsTransient);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_WhenAnswerIsSlowerThanTheTimeout_ThrowsTimeoutWithoutRetrying()
    {
        await using var fake = await FakeNeo4j.StartAsync(async (context, _, _) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await FakeNeo4j.Reply(context, 202, OneRow);
        });
        // The real clock: the timeout has to cancel a real HTTP request.
        var client = fake.CreateClient(o => o.Timeout = TimeSpan.FromMilliseconds(300), time: TimeProvider.System);
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.Timeout, ex.Kind);
        Assert.Contains("0.3 s", ex.Message, StringComparison.Ordinal);
        // Not before the timeout; that it did not wait for the reply, ten seconds on, the Timeout kind already shows
        // (no upper bound on wall time: the suite shares two cores with every other project).
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"gave up after {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenCallerCancels_ThrowsOperationCanceledRatherThanTimeout()
    {
        await using var fake = await FakeNeo4j.StartAsync(async (context, _, _) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        var client = fake.CreateClient();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync("RETURN 1", cancellationToken: cts.Token));
    }

    [Fact]
    public async Task RunAsync_WhenRowsExceedTheCap_KeepsTheCapAndSaysItWasCut()
    {
        var values = string.Join(",", Enumerable.Range(1, 5).Select(i => $$"""[{"$type":"Integer","_value":"{{i}}"}]"""));
        await using var fake = await FakeNeo4j.StartAsync(202, $$$"""{"data":{"fields":["i"],"values":[{{{values}}}]}}""");
        var client = fake.CreateClient();

        var result = await client.RunAsync("UNWIND range(1, 5) AS i RETURN i", options: new QueryOptions(MaxRows: 3), cancellationToken: Ct);

        Assert.True(result.Truncated);
        Assert.Equal([1L, 2L, 3L], result.Rows.Select(r => r["i"].AsInt64()));
    }

    [Fact]
    public async Task RunAsync_WhenAnswerIsLargerThanAllowed_ThrowsNamingTheSetting()
    {
        var big = new string('x', 4000);
        await using var fake = await FakeNeo4j.StartAsync(202, $$$"""{"data":{"fields":["s"],"values":[[{"$type":"String","_value":"{{{big}}}"}]]}}""");
        var client = fake.CreateClient(o => o.MaxResponseBytes = 2048);

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.Protocol, ex.Kind);
        Assert.Contains("MaxResponseBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenErrorUsesTheEarlyErrorKey_StillThrowsIt()
    {
        await using var fake = await FakeNeo4j.StartAsync(400, """{"error":[{"code":"Neo.ClientError.Request.Invalid","message":"Bad request body"}]}""");
        var client = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN 1", cancellationToken: Ct));

        Assert.Equal("Neo.ClientError.Request.Invalid", ex.Code);
    }

    [Fact]
    public async Task RunAsync_WhenValueIsNotTypedJson_ThrowsProtocolErrorNamingRowAndColumn()
    {
        await using var fake = await FakeNeo4j.StartAsync(202, """{"data":{"fields":["n"],"values":[[42]]}}""");
        var client = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN 42 AS n", cancellationToken: Ct));

        Assert.Equal(Neo4jErrorKind.Protocol, ex.Kind);
        Assert.Contains("row 0, column n", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transaction_WhenRunAndCommitted_CarriesTheAffinityHeaderOnEveryCall()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, request, _) => request.Path switch
        {
            "/db/neo4j/query/v2/tx" => FakeNeo4j.Reply(
                context,
                202,
                """{"data":{"fields":[],"values":[]},"transaction":{"id":"tx-7","expires":"2025-01-01T00:01:00Z"}}""",
                new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MTAuMC4wLjE6NzQ3NA==" }),
            "/db/neo4j/query/v2/tx/tx-7" => FakeNeo4j.Reply(context, 202, """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]},"transaction":{"id":"tx-7","expires":"2025-01-01T00:02:00Z"}}"""),
            "/db/neo4j/query/v2/tx/tx-7/commit" => FakeNeo4j.Reply(context, 202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:done"]}"""),
            _ => FakeNeo4j.Reply(context, 404, "{}"),
        });
        var client = fake.CreateClient();

        await using (var tx = await client.BeginTransactionAsync(AccessMode.Write, Ct))
        {
            var row = (await tx.RunAsync("RETURN 1 AS ok", cancellationToken: Ct)).Single();
            Assert.Equal(1, row["ok"].AsInt64());
            Assert.Equal("2025-01-01T00:02:00Z", tx.Expires);
            Assert.Equal(["FB:done"], await tx.CommitAsync(Ct));
        }

        var requests = fake.Requests;
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx-7", "POST /db/neo4j/query/v2/tx/tx-7/commit"], requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Header("neo4j-cluster-affinity"));
        Assert.All(requests.Skip(1), r => Assert.Equal("MTAuMC4wLjE6NzQ3NA==", r.Header("neo4j-cluster-affinity")));
        using var begin = JsonDocument.Parse(requests[0].Body);
        Assert.Equal("Write", begin.RootElement.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Transaction_WhenDisposedUncommitted_RollsBackWithDelete()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, request, _) => request.Method == "DELETE"
            ? FakeNeo4j.Reply(context, 200, "{}")
            : FakeNeo4j.Reply(context, 202, """{"transaction":{"id":"tx-9","expires":"x"}}""", new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "aff" }));
        var client = fake.CreateClient();

        await using (await client.BeginTransactionAsync(AccessMode.Read, Ct))
        {
        }

        var rollback = fake.Requests[^1];
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx-9", "aff"), (rollback.Method, rollback.Path, rollback.Header("neo4j-cluster-affinity")));
    }

    [Fact]
    public async Task Transaction_WhenAStatementFails_RefusesFurtherStatements()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, request, _) => request.Path.EndsWith("/tx", StringComparison.Ordinal)
            ? FakeNeo4j.Reply(context, 202, """{"transaction":{"id":"t1","expires":"x"}}""")
            : request.Method == "DELETE"
                ? FakeNeo4j.Reply(context, 404, """{"errors":[{"code":"Neo.ClientError.Transaction.TransactionNotFound","message":"gone"}]}""")
                : FakeNeo4j.Reply(context, 400, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"bad (line 1, column 1 (offset: 0))"}]}"""));
        var client = fake.CreateClient();

        await using var tx = await client.BeginTransactionAsync(cancellationToken: Ct);
        await Assert.ThrowsAsync<Neo4jQueryException>(() => tx.RunAsync("RETRN 1", cancellationToken: Ct));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => tx.RunAsync("RETURN 1", cancellationToken: Ct));
        Assert.Contains("t1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_WhenCommitFailsTransiently_RollsBackAndRunsTheWorkAgain()
    {
        var commits = 0;
        await using var fake = await FakeNeo4j.StartAsync((context, request, _) =>
        {
            if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
            {
                return FakeNeo4j.Reply(context, 202, """{"transaction":{"id":"t","expires":"x"}}""");
            }

            if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                return ++commits == 1
                    ? FakeNeo4j.Reply(context, 503, """{"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"not now"}]}""")
                    : FakeNeo4j.Reply(context, 202, "{}");
            }

            return request.Method == "DELETE" ? FakeNeo4j.Reply(context, 200, "{}") : FakeNeo4j.Reply(context, 202, OneRow);
        });
        var client = fake.CreateClient();
        var runs = 0;

        var answer = await client.ExecuteInTransactionAsync(
            AccessMode.Write,
            async (tx, ct) =>
            {
                runs++;
                return (await tx.RunAsync("RETURN 1 AS ok", cancellationToken: ct)).Single()["ok"].AsInt64();
            },
            Ct);

        Assert.Equal(1, answer);
        Assert.Equal(2, runs);
        Assert.Equal(2, commits);
        Assert.Contains(fake.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task VerifyConnectivityAsync_WhenServerAnswers_ProbesWithoutThenWithCredentials()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, request, _) => request.Path == "/"
            ? FakeNeo4j.Reply(context, 200, """{"query":"http://localhost:7474/db/{databaseName}/query/v2","neo4j_version":"5.26.0","neo4j_edition":"community"}""")
            : FakeNeo4j.Reply(context, 202, OneRow));
        var client = fake.CreateClient();

        var info = await client.VerifyConnectivityAsync(Ct);

        Assert.Equal(new Neo4jServerInfo("5.26.0", "community"), info);
        var requests = fake.Requests;
        Assert.Equal(["GET /", "POST /db/neo4j/query/v2"], requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Header("Authorization"));
        Assert.NotNull(requests[1].Header("Authorization"));
        using var body = JsonDocument.Parse(requests[1].Body);
        Assert.Equal("Read", body.RootElement.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task VerifyConnectivityAsync_WhenNothingListens_SaysWhichAddressAndSettingToCheck()
    {
        Uri deadUri;
        await using (var fake = await FakeNeo4j.StartAsync(200, "{}"))
        {
            deadUri = fake.Uri;
        }

        var client = FakeNeo4j.CreateClient(deadUri, o => o.MaxRetries = 1);

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.VerifyConnectivityAsync(Ct));

        Assert.Equal(Neo4jErrorKind.Unreachable, ex.Kind);
        Assert.Contains("Cannot reach Neo4j at " + deadUri, ex.Message, StringComparison.Ordinal);
        Assert.Contains("GraphExplorer:Neo4j:Uri", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyConnectivityAsync_WhenCredentialsAreRefused_NamesTheUserAndSettings()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, request, _) => request.Path == "/"
            ? FakeNeo4j.Reply(context, 200, """{"neo4j_version":"5.26.0"}""")
            : FakeNeo4j.Reply(context, 401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}"""));
        var client = fake.CreateClient(o => o.User = "analyst");

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.VerifyConnectivityAsync(Ct));

        Assert.Equal(Neo4jErrorKind.Unauthorized, ex.Kind);
        Assert.Contains("refused the credentials of user 'analyst'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GraphExplorer:Neo4j:Password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyConnectivityAsync_WhenDatabaseIsUnknown_NamesTheDatabaseSetting()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, request, _) => request.Path == "/"
            ? FakeNeo4j.Reply(context, 200, """{"neo4j_version":"5.26.0"}""")
            : FakeNeo4j.Reply(context, 404, """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Graph not found: talent"}]}"""));
        var client = fake.CreateClient(o => o.Database = "talent");

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.VerifyConnectivityAsync(Ct));

        Assert.Equal(Neo4jErrorKind.DatabaseNotFound, ex.Kind);
        Assert.Contains("has no database 'talent' (GraphExplorer:Neo4j:Database)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyConnectivityAsync_WhenQueryApiIsMissing_SaysWhichNeo4jVersionIsNeeded()
    {
        await using var fake = await FakeNeo4j.StartAsync((context, request, _) => request.Path == "/"
            ? FakeNeo4j.Reply(context, 200, """{"neo4j_version":"5.12.0"}""")
            : FakeNeo4j.Reply(context, 404, string.Empty));
        var client = fake.CreateClient();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.VerifyConnectivityAsync(Ct));

        Assert.Contains("5.25 or later", ex.Message, StringComparison.Ordinal);
    }
}
