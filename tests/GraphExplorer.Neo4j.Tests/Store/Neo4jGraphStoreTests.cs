using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Store;
using GraphExplorer.Neo4j.Tests.Emulator;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests.Store;

public sealed class Neo4jGraphStoreTests
{
    private const string Tenure = """
        {"type":"ARTICLE","id":"a1","title":"Ada joins Northwind","published":"2015-03"}
        {"type":"WORKED_AT","person":"Ada Quill","lab":"Northwind AI","role":"Researcher","start":"2015","source":"a1"}
        {"type":"LEFT_FOR","person":"Ada Quill","from":"Northwind AI","to":"Southgate Labs","date":"2019-01","source":"a1"}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_WhenServerAnswers_ProbesRunsEverySchemaStatementMigratesNamesThenReadsTheRevision()
    {
        await using var setup = await EmulatedSetup.StartAsync(initialize: false);

        await setup.Store.InitializeAsync(Ct);

        var calls = setup.Emulator.Calls;
        Assert.Equal(string.Empty, calls[0].File);
        Assert.Equal("Read", calls[0].AccessMode);
        var schema = calls.Skip(1).TakeWhile(c => c.File == "schema").ToList();
        Assert.Equal(CypherFiles.Statements("schema").Count, schema.Count);
        Assert.All(schema, c => Assert.Null(c.TransactionId));
        // Then the name-folding migration's look, which finds nothing to move on an empty graph and only marks it.
        Assert.Equal(["name-folding-candidates", "name-folding-done"], calls.Skip(schema.Count + 1).Take(2).Select(c => c.File));
        Assert.DoesNotContain(calls, c => c.File == "bump-revision" || c.TransactionId is not null);
        Assert.Equal("get-revision", calls[^1].File);
        Assert.Equal("neo4j", setup.Store.Engine);
    }

    [Fact]
    public async Task InitializeAsync_WhenPasswordIsWrong_NamesTheSettingsToFixAndAppliesNoSchema()
    {
        await using var setup = await EmulatedSetup.StartAsync(initialize: false, configure: o => o.Password = "not-the-password");

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => setup.Store.InitializeAsync(Ct));

        Assert.Equal(Neo4jErrorKind.Unauthorized, ex.Kind);
        Assert.Contains("GraphExplorer:Neo4j:Password", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'neo4j'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.Emulator.Calls, c => c.File == "schema");
        await Assert.ThrowsAsync<InvalidOperationException>(() => setup.Store.GetRevisionAsync(Ct));
    }

    [Fact]
    public async Task ApplyAsync_NewBatch_TakesTheRevisionReadsPlansAndLoadsInOneTransactionThenCommits()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        var mark = setup.Mark();

        var result = await setup.Sut.LoadAsync(Tenure);

        var calls = setup.CallsSince(mark);
        Assert.All(calls.Where(c => c.TransactionId is null), c => Assert.Equal("Read", c.AccessMode));
        Assert.Contains(calls, c => c.File == "resolve-names" && c.TransactionId is null);
        var tx = calls.Where(c => c.TransactionId is not null).ToList();
        Assert.Single(tx.Select(c => c.TransactionId).Distinct());
        Assert.Equal(
            [EmulatedCall.Begin, "bump-revision", "entities-by-id", "edges-by-id", "articles-by-id", "load-entities", "load-edges", "load-articles", EmulatedCall.Commit],
            tx.Select(c => c.File));
        Assert.Equal("Write", tx[0].AccessMode);
        Assert.Equal(["ada-quill", "northwind-ai", "southgate-labs"], tx[2]["ids"].AsStringList().Order(StringComparer.Ordinal));
        var entities = tx[5]["rows"].AsList().Select(r => r.AsMap()).ToList();
        var ada = entities.Single(r => r["id"].AsString() == "ada-quill");
        Assert.Equal(("Person", "Ada Quill"), (ada["kind"].AsString(), ada["name"].AsString()));
        Assert.Equal(["ada quill"], ada["nameKeys"].AsStringList());
        Assert.Equal(1, tx[5]["revision"].AsInt64());
        var move = tx[6]["rows"].AsList().Select(r => r.AsMap()).Single(r => r["type"].AsString() == "LEFT_FOR");
        Assert.Equal(("northwind-ai", "southgate-labs", "2019-01"), (move["fromLabId"].AsString(), move["labId"].AsString(), move["date"].AsString()));
        Assert.Equal((1, 1L), (result.Revision, setup.Emulator.Revision));
        Assert.Equal(new LoadCounts(1, 0, 2, 0, 2, 0, 1, 0), result.Counts);
    }

    [Fact]
    public async Task ApplyAsync_BatchThatChangesNothing_RollsBackWithoutLoadingAndKeepsTheRevision()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Tenure);
        var mark = setup.Mark();

        var again = await setup.Sut.LoadAsync(Tenure);

        var tx = setup.CallsSince(mark).Where(c => c.TransactionId is not null).Select(c => c.File).ToList();
        Assert.Equal([EmulatedCall.Begin, "bump-revision", "entities-by-id", "edges-by-id", "articles-by-id", EmulatedCall.Rollback], tx);
        Assert.Equal((1, 1L), (again.Revision, setup.Emulator.Revision));
        Assert.True(again.Delta.IsEmpty);
        Assert.Equal(new LoadCounts(0, 1, 0, 2, 0, 2, 0, 1), again.Counts);
    }

    [Fact]
    public async Task ApplyAsync_WhenALoadStatementFails_CommitsNothingAndThrowsNeo4jsError()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        setup.Emulator.Override("load-edges", _ => EmulatedAnswer.Error(400, "Neo.ClientError.Statement.TypeError", "Property values can only be of primitive types"));
        var mark = setup.Mark();

        var ex = await Assert.ThrowsAsync<Neo4jQueryException>(() => setup.Sut.LoadAsync(Tenure));

        Assert.Equal("Neo.ClientError.Statement.TypeError", ex.Code);
        Assert.DoesNotContain(setup.CallsSince(mark), c => c.File == EmulatedCall.Commit);
        var graph = setup.Emulator.Snapshot();
        Assert.Empty(graph.Nodes);
        Assert.Equal(0, setup.Emulator.Revision);
        Assert.Equal(0, await setup.Store.GetRevisionAsync(Ct));
    }

    [Fact]
    public async Task ApplyAsync_WhenNeo4jReportsADeadlock_RunsTheWholeBatchAgainInANewTransaction()
    {
        await using var setup = await EmulatedSetup.StartAsync(configure: o => o.RetryDelay = TimeSpan.Zero);
        var failures = 0;
        setup.Emulator.Override("load-articles", _ => Interlocked.Increment(ref failures) == 1
            ? EmulatedAnswer.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : EmulatedAnswer.Of(["loaded", "added", "updated"], [1L, 1L, 0L]));
        var mark = setup.Mark();

        var result = await setup.Sut.LoadAsync(Tenure);

        var calls = setup.CallsSince(mark);
        Assert.Equal(2, calls.Count(c => c.File == EmulatedCall.Begin));
        Assert.Equal(2, calls.Count(c => c.File == "bump-revision"));
        Assert.Single(calls, c => c.File == EmulatedCall.Commit);
        Assert.Equal((1, 1L), (result.Revision, setup.Emulator.Revision));
        Assert.Equal(3, setup.Emulator.Snapshot().Nodes.Count);
    }

    [Fact]
    public async Task ApplyAsync_BatchLargerThanOneStatement_SendsSeveralLoadsInTheSameTransaction()
    {
        await using var setup = await EmulatedSetup.StartAsync(new Neo4jStoreOptions { RowsPerStatement = 2 });
        var mark = setup.Mark();

        await setup.Sut.LoadAsync("""
            {"type":"WORKED_AT","person":"P One","lab":"Lab A"}
            {"type":"WORKED_AT","person":"P Two","lab":"Lab A"}
            {"type":"WORKED_AT","person":"P Three","lab":"Lab B"}
            """);

        var loads = setup.CallsSince(mark).Where(c => c.File == "load-entities").ToList();
        Assert.Equal([2, 2, 1], loads.Select(c => c["rows"].AsList().Count));
        Assert.Single(loads.Select(c => c.TransactionId).Distinct());
        Assert.Equal(2, setup.CallsSince(mark).Count(c => c.File == "load-edges"));
        Assert.Equal(5, setup.Emulator.Snapshot().Nodes.Count);
    }

    [Fact]
    public async Task ApplyAsync_KnownEdgeFromASecondArticle_WritesOnlyThatEdgeWithTheUnionOfSources()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Tenure);
        var mark = setup.Mark();

        var result = await setup.Sut.LoadAsync("""{"type":"WORKED_AT","person":"Ada Quill","lab":"Northwind AI","role":"Researcher","start":"2015","source":"a2"}""");

        var calls = setup.CallsSince(mark);
        Assert.DoesNotContain(calls, c => c.File == "load-entities");
        var row = Assert.Single(Assert.Single(calls, c => c.File == "load-edges")["rows"].AsList()).AsMap();
        Assert.Equal(["a1", "a2"], row["sources"].AsStringList());
        Assert.Equal((0, 1), (result.Counts.EdgesAdded, result.Counts.EdgesExisting));
        Assert.Equal(2, result.Revision);
    }

    [Fact]
    public async Task ApplyAsync_AfterAnotherProcessCommitted_TheDeltaCarriesThatBatchToo()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        setup.Emulator.Commit(g =>
        {
            g.Revision = 1;
            g.Nodes["zed-ro"] = new NodeRecord("Person", "zed-ro", "Zed Ro", [], ["zed ro"], 1);
        });

        var result = await setup.Sut.LoadAsync(Tenure);

        Assert.Equal((0, 2), (result.Delta.FromRevision, result.Delta.Revision));
        Assert.Contains(result.Delta.Entities, e => e.Id == "zed-ro");
        Assert.Contains(result.Delta.Entities, e => e.Id == "ada-quill");
        Assert.Null(await setup.Store.SyncExternalChangesAsync(Ct));
    }

    [Fact]
    public async Task ResolveAsync_SpellingSharedByTwoPeople_PrefersTheOneWhoseOwnNameItIs()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        setup.Emulator.Commit(g =>
        {
            g.Revision = 2;
            g.Nodes["samuel-ro"] = new NodeRecord("Person", "samuel-ro", "Samuel Ro", ["Sam Ro"], ["samuel ro", "sam ro"], 1);
            g.Nodes["sam-ro"] = new NodeRecord("Person", "sam-ro", "Sam Ro", [], ["sam ro"], 2);
            g.Nodes["ro-labs"] = new NodeRecord("Lab", "ro-labs", "Ro Labs", [], ["ro labs"], 2);
        });
        var mark = setup.Mark();

        var found = await setup.Store.ResolveAsync(NodeKind.Person, ["SAM RO", "samuel-ro", "ro-labs", "nobody"], Ct);

        Assert.Equal(new Dictionary<string, string> { ["SAM RO"] = "sam-ro", ["samuel-ro"] = "samuel-ro" }, found.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary());
        var calls = setup.CallsSince(mark);
        Assert.Equal(["resolve-names", "entities-by-id"], calls.Select(c => c.File));
        Assert.All(calls, c => Assert.Equal("Read", c.AccessMode));
        Assert.Equal(["nobody", "ro labs", "sam ro", "samuel ro"], calls[0]["keys"].AsStringList().Order(StringComparer.Ordinal));

        // Only what no name matched is looked up as an id (a name or alias wins, as on the embedded store).
        Assert.Equal(["ro-labs", "nobody"], calls[1]["ids"].AsStringList());
    }

    [Fact]
    public async Task GetChangesSinceAsync_MoreRowsThanAPage_ReadsPageAfterPageFromTheLastId()
    {
        await using var setup = await EmulatedSetup.StartAsync(new Neo4jStoreOptions { PageSize = 100 });
        setup.Emulator.Commit(g =>
        {
            g.Revision = 1;
            for (var i = 0; i < 150; i++)
            {
                var id = $"person-{i:D3}";
                g.Nodes[id] = new NodeRecord("Person", id, $"Person {i}", [], [$"person {i}"], 1);
            }
        });
        var mark = setup.Mark();

        var snapshot = await setup.Store.GetChangesSinceAsync(0, cancellationToken: Ct);

        Assert.Equal(150, snapshot.Entities.Count);
        Assert.Equal(150, snapshot.Entities.Select(e => e.Id).Distinct().Count());
        var pages = setup.CallsSince(mark).Where(c => c.File == "snapshot-nodes").ToList();
        Assert.Equal(["", "person-099"], pages.Select(p => p["afterId"].AsString()));
        Assert.All(pages, p => Assert.Equal((0, 100), (p["sinceRevision"].AsInt64(), p["limit"].AsInt64())));
        Assert.True(snapshot.IsSnapshot);
    }

    [Fact]
    public async Task GetChangesSinceAsync_WhenABatchCommitsDuringTheRead_ReadsAgainUntilTheRevisionHolds()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Tenure);
        var reads = 0;
        setup.Emulator.Override("snapshot-articles", _ =>
        {
            if (Interlocked.Increment(ref reads) == 1)
            {
                // Another process commits between this read's statements.
                setup.Emulator.Commit(g =>
                {
                    g.Revision = 2;
                    g.Nodes["zed-ro"] = new NodeRecord("Person", "zed-ro", "Zed Ro", [], ["zed ro"], 2);
                });
            }

            return EmulatedAnswer.Of(["id", "title", "url", "language", "published", "revision"]);
        });
        var mark = setup.Mark();

        var delta = await setup.Store.GetChangesSinceAsync(0, cancellationToken: Ct);

        Assert.Equal(2, setup.CallsSince(mark).Count(c => c.File == "changes-since"));
        Assert.Equal(2, delta.Revision);
        Assert.Contains(delta.Entities, e => e.Id == "zed-ro");
    }

    [Fact]
    public async Task SyncExternalChangesAsync_WhenAnotherProcessCommits_ReturnsItsChangesOnceThenNull()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        Assert.Null(await setup.Store.SyncExternalChangesAsync(Ct));
        setup.Emulator.Commit(g =>
        {
            g.Revision = 1;
            g.Nodes["zed-ro"] = new NodeRecord("Person", "zed-ro", "Zed Ro", [], ["zed ro"], 1);
        });

        var delta = await setup.Store.SyncExternalChangesAsync(Ct);
        var again = await setup.Store.SyncExternalChangesAsync(Ct);

        Assert.NotNull(delta);
        Assert.Equal((0, 1), (delta.FromRevision, delta.Revision));
        Assert.Equal("zed-ro", Assert.Single(delta.Entities).Id);
        Assert.Null(again);
    }

    [Fact]
    public async Task Create_WithABadStoreSetting_NamesTheKey()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Neo4jGraphStore.Create(
            new Neo4jOptions { Uri = new Uri("http://localhost:7474"), Password = "secret-password" },
            new Neo4jStoreOptions { RowsPerStatement = 0 }));

        Assert.Contains("GraphExplorer:Neo4j:RowsPerStatement", ex.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }
}
