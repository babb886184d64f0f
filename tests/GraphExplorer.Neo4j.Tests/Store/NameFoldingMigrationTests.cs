using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.Store;
using GraphExplorer.Neo4j.Tests.Emulator;

namespace GraphExplorer.Neo4j.Tests.Store;

/// <summary>
/// A Neo4j graph written before names were folded through AnyAscii (<c>Łukasz Kaiser</c> keyed <c>łukasz kaiser</c>, id
/// <c>ukasz-kaiser</c>) is migrated when the store opens: today's ids and keys, the old ids still resolving.
/// </summary>
public sealed class NameFoldingMigrationTests
{
    private const string OldPerson = "ukasz-kaiser";
    private const string NewPerson = "lukasz-kaiser";
    private const string OldLab = "rsted-ai";
    private const string NewLab = "orsted-ai";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void LegacySlug_NamesWithLettersWithoutADecomposition_AreWhatTheOldFoldingWrote()
    {
        Assert.Equal(OldPerson, NameFoldingMigration.LegacySlug("Łukasz Kaiser", NodeKind.Person));
        Assert.Equal("s-ren-rsted", NameFoldingMigration.LegacySlug("Søren Ørsted", NodeKind.Person));
        Assert.Equal("łukasz kaiser", NameFoldingMigration.LegacyKey("Łukasz Kaiser"));
        Assert.Equal(Names.Key("José Núñez"), NameFoldingMigration.LegacyKey("José Núñez"));
    }

    [Fact]
    public async Task InitializeAsync_NodesWrittenUnderTheOldFolding_MovesThemToTodaysIdsWithTheirEdges()
    {
        await using var setup = await EmulatedSetup.StartAsync(initialize: false);
        setup.Emulator.Commit(WriteAsTheOldFoldingDid);

        await setup.Store.InitializeAsync(Ct);

        var graph = setup.Emulator.Snapshot();
        Assert.DoesNotContain(OldPerson, graph.Nodes.Keys);
        Assert.DoesNotContain(OldLab, graph.Nodes.Keys);
        var person = graph.Nodes[NewPerson];
        Assert.Equal("Łukasz Kaiser", person.Name);
        Assert.Equal([OldPerson], person.FormerIds);
        Assert.Contains(Names.Key("Łukasz Kaiser"), person.NameKeys);
        Assert.DoesNotContain("łukasz kaiser", person.NameKeys);
        Assert.Equal([OldLab], graph.Nodes[NewLab].FormerIds);

        // Every edge now names the new ids, and its id follows from its content as a fresh load would make it.
        Assert.Equal(2, graph.Relationships.Count);
        Assert.All(graph.Relationships.Values, r => Assert.DoesNotContain(r.PersonId + r.LabId + r.From, OldPerson + OldLab));
        Assert.All(graph.Relationships.Values, r => Assert.Equal(EdgeIdentity.IdOf(ToEdge(r)), r.Id));
        var move = Assert.Single(graph.Relationships.Values, r => r.Type == "LEFT_FOR" && r.PersonId == "ada-quill");
        Assert.Equal(NewLab, move.From);
        Assert.Equal(["a1"], move.Sources);
        Assert.Single(graph.Relationships.Values, r => r.PersonId == NewPerson && r.LabId == NewLab && r.Type == "WORKED_AT");
    }

    [Fact]
    public async Task InitializeAsync_AfterTheMigration_OldIdsAndBothSpellingsResolveToTheOnePerson()
    {
        await using var setup = await EmulatedSetup.StartAsync(initialize: false);
        setup.Emulator.Commit(WriteAsTheOldFoldingDid);
        await setup.Store.InitializeAsync(Ct);

        var people = await setup.Store.ResolveAsync(NodeKind.Person, ["Lukasz Kaiser", "Łukasz Kaiser", OldPerson, NewPerson], Ct);
        var labs = await setup.Store.ResolveAsync(NodeKind.Lab, [OldLab, "Orsted AI", "Ørsted AI"], Ct);
        var page = await setup.Queries.PersonAsync(OldPerson, Ct);

        Assert.All(people.Values, id => Assert.Equal(NewPerson, id));
        Assert.Equal(4, people.Count);
        Assert.All(labs.Values, id => Assert.Equal(NewLab, id));
        Assert.Equal(3, labs.Count);
        Assert.Equal(NewPerson, page.Value?.Person.Id);
    }

    [Fact]
    public async Task LoadAsync_AfterTheMigration_TheAsciiSpellingIsTheSamePersonAndEdge()
    {
        await using var setup = await EmulatedSetup.StartAsync(initialize: false);
        setup.Emulator.Commit(WriteAsTheOldFoldingDid);
        await setup.Store.InitializeAsync(Ct);

        var result = await setup.Sut.LoadAsync("""
            {"type":"ARTICLE","id":"a1","title":"Kaiser at Orsted"}
            {"type":"WORKED_AT","person":"Lukasz Kaiser","lab":"Orsted AI","role":"Researcher","source":"a1"}
            """);

        Assert.Equal(0, result.Counts.PeopleAdded);
        Assert.Equal(0, result.Counts.LabsAdded);
        Assert.Equal(0, result.Counts.EdgesAdded);
        Assert.Equal(4, setup.Emulator.Snapshot().Nodes.Count);
    }

    [Fact]
    public async Task InitializeAsync_BothSpellingsStoredAsTwoPeople_MergesThemKeepingTheOlderNodesName()
    {
        await using var setup = await EmulatedSetup.StartAsync(initialize: false);
        setup.Emulator.Commit(graph =>
        {
            WriteAsTheOldFoldingDid(graph);
            graph.Nodes[NewPerson] = Node("Person", NewPerson, "Lukasz Kaiser", "lukasz kaiser");
            Relate(graph, new Edge(string.Empty, EdgeType.WorkedAt, NewPerson, "openai", null, null, null, null, null, ["a2"]));
        });

        await setup.Store.InitializeAsync(Ct);

        var graph = setup.Emulator.Snapshot();
        Assert.DoesNotContain(OldPerson, graph.Nodes.Keys);
        var person = graph.Nodes[NewPerson];
        Assert.Equal("Lukasz Kaiser", person.Name);
        Assert.Contains("Łukasz Kaiser", person.Aliases);
        Assert.Equal([OldPerson], person.FormerIds);
        Assert.Equal(["openai", NewLab], graph.Relationships.Values.Where(r => r.PersonId == NewPerson).Select(r => r.LabId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InitializeAsync_RunAgain_WritesNothingEvenWhenItScansAgain()
    {
        await using var setup = await EmulatedSetup.StartAsync(initialize: false);
        setup.Emulator.Commit(WriteAsTheOldFoldingDid);
        await setup.Store.InitializeAsync(Ct);
        var after = setup.Emulator.Snapshot();
        var revision = setup.Emulator.Revision;

        // Once marked, the next start-up does not even scan; with the mark gone it scans and finds nothing to do.
        await using (var again = new Neo4jGraphStore(setup.Emulator.CreateClient(), Microsoft.Extensions.Options.Options.Create(new Neo4jStoreOptions())))
        {
            var mark = setup.Mark();
            await again.InitializeAsync(Ct);
            Assert.DoesNotContain(setup.CallsSince(mark), c => c.File is "bump-revision" or "refold-entities" or "drop-entities");
        }

        setup.Emulator.Commit(graph => graph.NameFolding = 0);
        await using (var scanning = new Neo4jGraphStore(setup.Emulator.CreateClient(), Microsoft.Extensions.Options.Options.Create(new Neo4jStoreOptions())))
        {
            await scanning.InitializeAsync(Ct);
        }

        var final = setup.Emulator.Snapshot();
        Assert.Equal(revision, setup.Emulator.Revision);
        Assert.Equal(after.Nodes.Keys.Order(StringComparer.Ordinal), final.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.All(final.Nodes.Values, n => Assert.Equal(after.Nodes[n.Id].NameKeys, n.NameKeys));
        Assert.Equal(after.Relationships.Keys.Order(StringComparer.Ordinal), final.Relationships.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// What the store held before AnyAscii: Łukasz Kaiser (id ukasz-kaiser) at Ørsted AI (id rsted-ai), and Ada Quill's
    /// move from Ørsted AI to OpenAI, whose id names the old lab id while its ends (Ada, OpenAI) stay.
    /// </summary>
    private static void WriteAsTheOldFoldingDid(EmulatedGraph graph)
    {
        graph.HasMeta = true;
        graph.Revision = 1;
        graph.Nodes[OldPerson] = Node("Person", OldPerson, "Łukasz Kaiser", "łukasz kaiser");
        graph.Nodes[OldLab] = Node("Lab", OldLab, "Ørsted AI", "ørsted ai");
        graph.Nodes["ada-quill"] = Node("Person", "ada-quill", "Ada Quill", "ada quill");
        graph.Nodes["openai"] = Node("Lab", "openai", "OpenAI", "openai");
        Relate(graph, new Edge(string.Empty, EdgeType.WorkedAt, OldPerson, OldLab, null, "Researcher", null, null, null, ["a1"]));
        Relate(graph, new Edge(string.Empty, EdgeType.LeftFor, "ada-quill", "openai", OldLab, null, null, null, null, ["a1"]));
    }

    private static NodeRecord Node(string kind, string id, string name, string key) => new(kind, id, name, [], [key], 1);

    private static void Relate(EmulatedGraph graph, Edge edge)
    {
        var id = EdgeIdentity.IdOf(edge);
        graph.Relationships[id] = new RelationshipRecord(
            id, edge.Type.ToGraphName(), edge.PersonId, edge.LabId, edge.FromLabId, edge.Role, null, null, null, [.. edge.Sources], 1);
    }

    private static Edge ToEdge(RelationshipRecord r)
    {
        Assert.True(EdgeTypeNames.TryParse(r.Type, out var type));
        return new Edge(r.Id, type, r.PersonId, r.LabId, r.From, r.Role, null, null, null, r.Sources);
    }
}
