using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Neo4j.Queries;
using GraphExplorer.Neo4j.Tests.Emulator;
using GraphExplorer.Neo4j.Tests.Store;

namespace GraphExplorer.Neo4j.Tests.Queries;

public sealed class Neo4jTalentQueriesTests
{
    private const string Careers = """
        {"type":"ARTICLE","id":"a1","title":"Ada leaves Northwind","published":"2019-02"}
        {"type":"ARTICLE","id":"a2","title":"Unrelated","published":"2020-01"}
        {"type":"WORKED_AT","person":"Ada Quill","lab":"Northwind AI","start":"2015","end":"2018-12","source":"a1"}
        {"type":"WORKED_AT","person":"Bo Fenwick","lab":"Northwind AI","start":"2016","end":"2019-05","source":"a1"}
        {"type":"LEFT_FOR","person":"Ada Quill","from":"Northwind AI","to":"Southgate Labs","date":"2019-01","source":"a1"}
        {"type":"LEFT_FOR","person":"Bo Fenwick","from":"Northwind AI","to":"Southgate Labs","date":"2019-06","source":"a1"}
        {"type":"WORKED_AT","person":"Cy Marlow","lab":"Eastvale Research","start":"2020","source":"a2"}
        """;

    private static readonly string[] s_pathFields = ["nodes", "length", "edges"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindPathsAsync_WithADate_AnswersByTheSharedAsOfRuleAndDressesTheHops()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);
        var mark = setup.Mark();

        var result = (await setup.Queries.FindPathsAsync(new PathQuery("Ada Quill", "bo-fenwick", AsOf: PartialDate.Of(2018, 6)), Ct)).Value!;

        // The as-of rule needs the whole graph (first reports, foundings, next moves): the in-memory copy answers it.
        Assert.DoesNotContain(setup.CallsSince(mark), c => c.File is "shortest-path" or "all-shortest-paths");

        // In 2018-06 both were at Northwind; neither had moved to Southgate yet, so the path runs through Northwind.
        Assert.Equal(2, result.Length);
        var path = Assert.Single(result.Paths);
        Assert.Equal(["ada-quill", "northwind-ai", "bo-fenwick"], path.Nodes.Select(n => n.Id));
        Assert.Equal((EdgeType.WorkedAt, "ada-quill", "northwind-ai"), (path.Hops[0].Edge.Type, path.Hops[0].From, path.Hops[0].To));
        Assert.Empty(path.Hops[0].Alternatives);
    }

    [Fact]
    public async Task FindPathsAsync_All_AsksForOneMoreThanTheCapAndSaysWhenItWasCut()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);
        object?[]? row = null;
        setup.Emulator.Override("all-shortest-paths", call =>
        {
            // The same (valid) path 101 times stands for 101 distinct ones: the cap is what is under test.
            row ??= PathRow(setup.Emulator.Snapshot(), ["ada-quill", "northwind-ai", "bo-fenwick"]);
            return new EmulatedAnswer(s_pathFields, Enumerable.Repeat(row, (int)call["limit"].AsInt64()).ToList());
        });
        var mark = setup.Mark();

        var result = (await setup.Queries.FindPathsAsync(new PathQuery("ada-quill", "bo-fenwick", MaxHops: 4, All: true), Ct)).Value!;

        var call = Assert.Single(setup.CallsSince(mark), c => c.File == "all-shortest-paths");
        Assert.Equal((PathQuery.MaxPaths + 1L, 4L, (long)Neo4jTalentQueries.PathLimit), (call["limit"].AsInt64(), call["maxHops"].AsInt64(), call["pathLimit"].AsInt64()));
        Assert.True(result.Capped);
        Assert.Equal(PathQuery.MaxPaths, result.Paths.Count);
    }

    [Fact]
    public async Task FindPathsAsync_SameEntityAtBothEnds_AnswersWithoutAPathStatement()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);
        var mark = setup.Mark();

        var result = (await setup.Queries.FindPathsAsync(new PathQuery("northwind-ai", "Northwind AI"), Ct)).Value!;

        Assert.Equal(0, result.Length);
        Assert.Equal("northwind-ai", Assert.Single(Assert.Single(result.Paths).Nodes).Id);
        Assert.DoesNotContain(setup.CallsSince(mark), c => c.File is "shortest-path" or "all-shortest-paths");
    }

    [Fact]
    public async Task FindPathsAsync_PathLongerThanAsked_SaysThereIsNoPathWithinThatMany()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);

        var result = (await setup.Queries.FindPathsAsync(new PathQuery("ada-quill", "southgate-labs", MaxHops: 1, AsOf: PartialDate.Of(2018)), Ct)).Value!;

        Assert.Null(result.Length);
        Assert.Equal("no path within 1 hops", result.Reason);
    }

    [Fact]
    public async Task FollowersOfPersonAsync_ByName_ResolvesItThenFetchesTheCareersAroundThePersonOnce()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);
        var mark = setup.Mark();

        var bo = (await setup.Queries.FollowersOfPersonAsync("BO FENWICK", cancellationToken: Ct)).Value!;

        Assert.Equal(
            ["entities-by-id", "resolve-names", "entities-by-id", "careers-near-person"],
            setup.CallsSince(mark).Select(c => c.File));
        Assert.Equal("bo-fenwick", setup.CallsSince(mark)[^1]["personId"].AsString());
        Assert.Equal("Bo Fenwick", bo.Person.Name);
        var link = Assert.Single(bo.Followed);
        Assert.Equal(("ada-quill", "southgate-labs", 5), (link.Leader.Id, link.Lab.Id, link.LagMonths));
    }

    [Fact]
    public async Task FollowersOfLabAsync_UnknownLab_SuggestsFromTheLocalCopyAndNamesTheParameter()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);

        var result = await setup.Queries.FollowersOfLabAsync("Northwnd AI", cancellationToken: Ct);

        Assert.False(result.Found);
        Assert.Equal(("lab", NodeKind.Lab), (result.Unknown!.Parameter, result.Unknown.ExpectedKind));
        Assert.Equal("northwind-ai", result.Unknown.Suggestions[0].Entity.Id);
        Assert.DoesNotContain(setup.Emulator.Calls, c => c.File == "careers-at-lab");
    }

    [Fact]
    public async Task FlowsAsync_CountsComeFromCypherAndUndatedMovesAreAskedOnlyForAWindow()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);
        setup.Emulator.Override("flows", _ => EmulatedAnswer.Of(
            ["fromLabId", "toLabId", "count", "people"],
            ["northwind-ai", "southgate-labs", 7L, new List<string> { "bo-fenwick", "ada-quill" }],
            ["southgate-labs", "northwind-ai", 3L, new List<string> { "cy-marlow" }]));
        var mark = setup.Mark();

        var all = await setup.Queries.FlowsAsync(new FlowQuery(), Ct);
        var windowed = await setup.Queries.FlowsAsync(new FlowQuery(PartialDate.Of(2019), PartialDate.Of(2019, 6)), Ct);

        var calls = setup.CallsSince(mark);
        Assert.Equal(1, calls.Count(c => c.File == "undated-moves"));
        var flows = calls.Where(c => c.File == "flows").ToList();
        Assert.True(flows[0]["since"].IsNull && flows[0]["until"].IsNull);
        Assert.Equal(("2019", "2019-06"), (flows[1]["since"].AsString(), flows[1]["until"].AsString()));
        Assert.Equal((10, 0), (all.Moves, all.UndatedMoves));
        var top = all.Pairs[0];
        Assert.Equal(("Northwind AI", "Southgate Labs", 7, 4, 0.7), (top.From.Name, top.To.Name, top.Count, top.Net, top.Ratio));
        Assert.Equal(["bo-fenwick", "ada-quill"], top.People);
        var southgate = all.Labs.Single(l => l.Lab.Id == "southgate-labs");
        Assert.Equal((7, 3, 4), (southgate.In, southgate.Out, southgate.Net));
        Assert.Equal(0, windowed.UndatedMoves);
    }

    [Fact]
    public async Task ClustersAsync_WhenGdsIsInstalled_ProjectsRunsLouvainAndWccReadsThemBackAndDrops()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);
        setup.Emulator.GdsInstalled = true;
        ScriptGds(setup.Emulator);
        var mark = setup.Mark();

        var clusters = await setup.Queries.ClustersAsync(new ClusterOptions(Seed: 7), Ct);

        var gds = setup.CallsSince(mark).Where(c => c.File.StartsWith("gds-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["gds-available", "gds-project", "gds-louvain", "gds-wcc", "gds-node-property", "gds-node-property", "gds-drop"], gds.Select(c => c.File));
        var name = gds[1]["graphName"].AsString();
        Assert.StartsWith("graphexplorer-", name, StringComparison.Ordinal);
        Assert.All(gds.Skip(1), c => Assert.Equal(name, c["graphName"].AsString()));
        Assert.Equal(["community", "component"], gds.Where(c => c.File == "gds-node-property").Select(c => c["property"].AsString()));
        Assert.Equal((Neo4jTalentQueries.GdsAlgorithm, 7, 0.412346, 3, 6), (clusters.Algorithm, clusters.Seed, clusters.Modularity, clusters.People, clusters.PersonEdges));
        var cluster = Assert.Single(clusters.Clusters);
        Assert.Equal(["ada-quill", "bo-fenwick"], cluster.Members);
        Assert.Equal(("northwind-ai", 2), (cluster.DominantLabs[0].LabId, cluster.DominantLabs[0].Count));
        Assert.Equal([["ada-quill", "bo-fenwick"], ["cy-marlow"]], clusters.Components.Select(c => c.People));
        Assert.Equal(["eastvale-research"], clusters.Components[1].Labs);
    }

    [Fact]
    public async Task ClustersAsync_WhenLouvainFailsInNeo4j_StillDropsTheProjection()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        setup.Emulator.GdsInstalled = true;
        ScriptGds(setup.Emulator);
        setup.Emulator.Override("gds-louvain", _ => EmulatedAnswer.Error(400, "Neo.ClientError.Procedure.ProcedureCallFailed", "Louvain ran out of memory"));

        await Assert.ThrowsAsync<GraphExplorer.Neo4j.QueryApi.Neo4jQueryException>(() => setup.Queries.ClustersAsync(cancellationToken: Ct));

        Assert.Single(setup.Emulator.Calls, c => c.File == "gds-drop");
    }

    [Fact]
    public async Task ClustersAsync_WithoutGds_RunsTheApplicationsLouvainAndAsksAboutGdsOnce()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);

        var first = await setup.Queries.ClustersAsync(cancellationToken: Ct);
        var second = await setup.Queries.ClustersAsync(cancellationToken: Ct);

        Assert.Equal(("louvain", "louvain"), (first.Algorithm, second.Algorithm));
        Assert.Single(setup.Emulator.Calls, c => c.File == "gds-available");
        Assert.DoesNotContain(setup.Emulator.Calls, c => c.File == "gds-project");
        Assert.Contains(first.Clusters, c => c.Members.SequenceEqual(["ada-quill", "bo-fenwick"]));
    }

    [Fact]
    public async Task SearchAsync_AfterAWrite_ReadsOnlyWhatChangedIntoTheLocalCopy()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);
        Assert.Empty(await setup.Queries.SearchAsync("Fay Lune", cancellationToken: Ct));
        var loaded = await setup.Sut.LoadAsync("""{"type":"WORKED_AT","person":"Fay Lune","lab":"Southgate Labs","start":"2022"}""");
        var mark = setup.Mark();

        var hits = await setup.Queries.SearchAsync("fay lune", cancellationToken: Ct);

        Assert.Equal("fay-lune", hits[0].Entity.Id);
        // The copy already held the revision before: only the batch since then is read, not the whole graph again.
        var read = Assert.Single(setup.CallsSince(mark), c => c.File == "changes-since");
        Assert.Equal(loaded.Revision - 1, read["sinceRevision"].AsInt64());
        Assert.Equal(loaded.Revision - 1, Assert.Single(setup.CallsSince(mark), c => c.File == "snapshot-nodes")["sinceRevision"].AsInt64());
    }

    [Fact]
    public async Task PersonAsync_KnownPerson_FetchesTheCareerAndOnlyTheArticlesItCites()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);
        var mark = setup.Mark();

        var ada = (await setup.Queries.PersonAsync("ada-quill", Ct)).Value!;

        var calls = setup.CallsSince(mark);
        Assert.Equal(["entities-by-id", "person-career", "articles-by-id"], calls.Select(c => c.File));
        Assert.Equal(["a1"], calls[2]["ids"].AsStringList());
        Assert.Equal(["northwind-ai", "southgate-labs"], ada.Tenures.Select(t => t.Lab.Id));
        Assert.Equal("Ada leaves Northwind", Assert.Single(ada.Articles).Title);
        Assert.Equal(["Northwind AI", "Southgate Labs"], ada.Labs.Select(l => l.Name));
    }

    [Fact]
    public async Task LabAsync_WithALimit_CountsEverythingButReturnsOnlyThatMany()
    {
        await using var setup = await EmulatedSetup.StartAsync();
        await setup.Sut.LoadAsync(Careers);

        var lab = (await setup.Queries.LabAsync("northwind-ai", limit: 1, cancellationToken: Ct)).Value!;

        Assert.Equal((4, 2, true), (lab.EdgeCount, lab.PeopleCount, lab.Truncated));
        Assert.Single(lab.Edges);
        Assert.Equal(("southgate-labs", 2), (lab.Outflow.Single().LabId, lab.Outflow.Single().Count));
    }

    private static object?[] PathRow(EmulatedGraph graph, string[] ids) =>
    [
        ids.Select(id => (object?)graph.Nodes[id].Map()).ToList(),
        (long)(ids.Length - 1),
        graph.Relationships.Values
            .Where(r => Enumerable.Range(0, ids.Length - 1).Any(i => (r.PersonId == ids[i] && r.LabId == ids[i + 1]) || (r.LabId == ids[i] && r.PersonId == ids[i + 1])))
            .Select(r => (object?)r.Map())
            .ToList(),
    ];

    private static void ScriptGds(Neo4jEmulator emulator)
    {
        emulator.Override("gds-project", call => EmulatedAnswer.Of(["graphName", "nodeCount", "relationshipCount"], [call["graphName"].AsString(), 6L, 6L]));
        emulator.Override("gds-louvain", _ => EmulatedAnswer.Of(["modularity", "communityCount"], [0.41234567, 2L]));
        emulator.Override("gds-wcc", _ => EmulatedAnswer.Of(["componentCount"], [2L]));
        emulator.Override("gds-drop", call => EmulatedAnswer.Of(["graphName"], [call["graphName"].AsString()]));
        emulator.Override("gds-node-property", call => call["property"].AsString() == "community"
            ? EmulatedAnswer.Of(
                ["id", "kind", "value"],
                ["ada-quill", "Person", 10L],
                ["bo-fenwick", "Person", 10L],
                ["northwind-ai", "Lab", 10L],
                ["cy-marlow", "Person", 11L],
                ["eastvale-research", "Lab", 11L])
            : EmulatedAnswer.Of(
                ["id", "kind", "value"],
                ["ada-quill", "Person", 0L],
                ["bo-fenwick", "Person", 0L],
                ["northwind-ai", "Lab", 0L],
                ["southgate-labs", "Lab", 0L],
                ["cy-marlow", "Person", 4L],
                ["eastvale-research", "Lab", 4L]));
    }
}
