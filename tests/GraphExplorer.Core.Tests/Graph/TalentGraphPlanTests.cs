using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Graph;

public sealed class TalentGraphPlanTests
{
    private static readonly Entity s_ada = new(NodeKind.Person, "ada-abe", "Ada Abe", []);
    private static readonly Entity s_openAi = new(NodeKind.Lab, "openai", "OpenAI", []);
    private static readonly Entity s_anthropic = new(NodeKind.Lab, "anthropic", "Anthropic", []);

    [Fact]
    public void Plan_NewBatch_CountsEverythingAsAddedAndLeavesGraphUnchanged()
    {
        var graph = new TalentGraph();
        var batch = new GraphBatch([s_ada, s_openAi], [WorkedAt("2020", "a1")], [new Article("a1", "Title", null, "en", null)]);

        var plan = graph.Plan(batch);

        Assert.Equal(new LoadCounts(1, 0, 1, 0, 1, 0, 1, 0), plan.Counts);
        Assert.Equal(2, plan.Entities.Count);
        Assert.Single(plan.Edges);
        Assert.Equal(0, graph.NodeCount);
        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(0, graph.Revision);
    }

    [Fact]
    public void Plan_SameEdgeTwiceInBatch_MergesIntoOneEdgeWithBothSources()
    {
        var graph = new TalentGraph();
        var batch = new GraphBatch([s_ada, s_openAi, s_ada], [WorkedAt("2020", "a1"), WorkedAt("2020", "a2")], []);

        var plan = graph.Plan(batch);

        Assert.Equal(1, plan.Counts.PeopleAdded);
        Assert.Equal(1, plan.Counts.EdgesAdded);
        var edge = Assert.Single(plan.Edges);
        Assert.Equal(["a1", "a2"], edge.Sources);
    }

    [Fact]
    public void Apply_ThenPlanSameBatch_PlansNothingAndCountsExisting()
    {
        var graph = new TalentGraph();
        var batch = new GraphBatch([s_ada, s_openAi], [WorkedAt("2020", "a1")], [new Article("a1", null, null, null, null)]);
        graph.Apply(graph.Plan(batch), 1);

        var again = graph.Plan(batch);

        Assert.True(again.IsEmpty);
        Assert.Equal(new LoadCounts(0, 1, 0, 1, 0, 1, 0, 1), again.Counts);
    }

    [Fact]
    public void Plan_KnownEdgeFromSecondArticle_AddsTheSourceToTheSameEdge()
    {
        var graph = new TalentGraph();
        graph.Apply(graph.Plan(new GraphBatch([s_ada, s_openAi], [WorkedAt("2020", "a1")], [])), 1);

        var plan = graph.Plan(new GraphBatch([s_ada, s_openAi], [WorkedAt("2020", "a2")], []));
        graph.Apply(plan, 2);

        Assert.Equal(1, graph.EdgeCount);
        Assert.Equal(["a1", "a2"], graph.GetEdge(0).Sources);
        Assert.Equal(2, graph.EdgeAt(0).Revision);
    }

    [Fact]
    public void Plan_SameMoveWithAnotherDate_KeepsBothEdges()
    {
        var graph = new TalentGraph();
        graph.Apply(graph.Plan(new GraphBatch([s_ada, s_openAi, s_anthropic], [LeftFor("2024-08", "a1")], [])), 1);

        graph.Apply(graph.Plan(new GraphBatch([s_ada, s_openAi, s_anthropic], [LeftFor("2024-09", "a2")], [])), 2);

        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal(["a1"], graph.GetEdge(0).Sources);
        Assert.Equal(["a2"], graph.GetEdge(1).Sources);
        Assert.NotEqual(graph.GetEdge(0).Id, graph.GetEdge(1).Id);
    }

    [Fact]
    public void Plan_IdUsedForPersonAndLab_ThrowsConflictWithoutChangingGraph()
    {
        var graph = new TalentGraph();
        graph.Apply(graph.Plan(new GraphBatch([s_ada], [], [])), 1);

        var ex = Assert.Throws<GraphConflictException>(() => graph.Plan(new GraphBatch([new Entity(NodeKind.Lab, "ada-abe", "Ada Abe", [])], [], [])));

        Assert.Contains("ada-abe", ex.Message, StringComparison.Ordinal);
        Assert.Equal(NodeKind.Person, graph.KindOf(0));
    }

    [Fact]
    public void Plan_EdgeToUnknownLab_ThrowsConflictNamingIt()
    {
        var graph = new TalentGraph();

        var ex = Assert.Throws<GraphConflictException>(() => graph.Plan(new GraphBatch([s_ada], [WorkedAt("2020", "a1")], [])));

        Assert.Contains("openai", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NewSpellingOfKnownEntity_AddsAliasAndKeepsName()
    {
        var graph = new TalentGraph();
        graph.Apply(graph.Plan(new GraphBatch([s_openAi], [], [])), 1);

        var plan = graph.Plan(new GraphBatch([s_openAi with { Name = "Openai" }], [], []));
        graph.Apply(plan, 2);

        Assert.True(graph.TryFindNode("openai", out var node));
        Assert.Equal("OpenAI", graph.NameOf(node));
        Assert.Equal(["Openai"], graph.AliasesOf(node));
        Assert.Equal(new LoadCounts(0, 0, 0, 1, 0, 0, 0, 0), plan.Counts);
    }

    [Fact]
    public void Plan_ArticleRestated_FillsBlanksWithoutErasing()
    {
        var graph = new TalentGraph();
        graph.Apply(graph.Plan(new GraphBatch([], [], [new Article("a1", "Title", null, null, null)])), 1);

        graph.Apply(graph.Plan(new GraphBatch([], [], [new Article("a1", "Other title", "https://example.org/a", "en", null)])), 2);

        var article = graph.Articles["a1"];
        Assert.Equal("Title", article.Title);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void ChangesSince_AfterTwoBatches_ReturnsOnlyWhatTheSecondChanged()
    {
        var graph = new TalentGraph();
        graph.Apply(graph.Plan(new GraphBatch([s_ada, s_openAi], [WorkedAt("2020", "a1")], [])), 1);
        graph.Apply(graph.Plan(new GraphBatch([s_ada, s_anthropic], [LeftFor("2024-08", "a2")], [])), 2);

        var delta = graph.ChangesSince(1);

        Assert.False(delta.IsSnapshot);
        Assert.Equal(2, delta.Revision);
        Assert.Equal(["anthropic"], delta.Entities.Select(e => e.Id));
        Assert.Equal(EdgeType.LeftFor, Assert.Single(delta.Edges).Type);
        Assert.Equal(2, graph.CountChangesSince(1));
    }

    [Fact]
    public void Plan_RoleSpelledDifferently_IsTheSameEdge()
    {
        var graph = new TalentGraph();
        var first = EdgeIdentity.Create(EdgeType.WorkedAt, "ada-abe", "openai", null, "Research Scientist", PartialDate.Parse("2020"), null, null, ["a1"]);
        graph.Apply(graph.Plan(new GraphBatch([s_ada, s_openAi], [first], [])), 1);

        var second = EdgeIdentity.Create(EdgeType.WorkedAt, "ada-abe", "openai", null, "research  scientist", PartialDate.Parse("2020"), null, null, ["a2"]);
        var plan = graph.Plan(new GraphBatch([s_ada, s_openAi], [second], []));

        Assert.Equal(1, plan.Counts.EdgesExisting);
        Assert.Equal(["a1", "a2"], Assert.Single(plan.Edges).Sources);
    }

    [Fact]
    public void Plan_UnnamedEdgesAssertingTheSame_MergesThemAndLeavesThemUnnamed()
    {
        var graph = new TalentGraph();
        var first = EdgeIdentity.CreateUnnamed(EdgeType.WorkedAt, "ada-abe", "openai", null, "Research Scientist", PartialDate.Parse("2020"), null, null, ["a1"]);
        var second = EdgeIdentity.CreateUnnamed(EdgeType.WorkedAt, "ada-abe", "openai", null, "research  scientist", PartialDate.Parse("2020"), null, null, ["a2"]);
        var otherRole = EdgeIdentity.CreateUnnamed(EdgeType.WorkedAt, "ada-abe", "openai", null, "Engineer", PartialDate.Parse("2020"), null, null, ["a3"]);

        var plan = graph.Plan(new GraphBatch([s_ada, s_openAi], [first, second, otherRole], []), nameEdges: false);

        Assert.Equal(2, plan.Counts.EdgesAdded);
        Assert.Equal([["a1", "a2"], ["a3"]], plan.Edges.Select(e => e.Sources.ToArray()));
        Assert.All(plan.Edges, e => Assert.Equal(string.Empty, e.Id));
    }

    [Fact]
    public void Plan_UnnamedEdgeByDefault_GetsItsId()
    {
        var graph = new TalentGraph();
        var unnamed = EdgeIdentity.CreateUnnamed(EdgeType.LeftFor, "ada-abe", "anthropic", "openai", null, null, null, PartialDate.Parse("2024-08"), ["a1"]);

        var plan = graph.Plan(new GraphBatch([s_ada, s_openAi, s_anthropic], [unnamed, LeftFor("2024-08", "a2")], []));

        var edge = Assert.Single(plan.Edges);
        Assert.Equal(LeftFor("2024-08", "a2").Id, edge.Id);
        Assert.Equal(["a1", "a2"], edge.Sources);
    }

    private static Edge WorkedAt(string start, string source) =>
        EdgeIdentity.Create(EdgeType.WorkedAt, "ada-abe", "openai", null, null, PartialDate.Parse(start), null, null, [source]);

    private static Edge LeftFor(string date, string source) =>
        EdgeIdentity.Create(EdgeType.LeftFor, "ada-abe", "anthropic", "openai", null, null, null, PartialDate.Parse(date), [source]);
}

public sealed class EdgeIdentityTests
{
    [Theory]
    [InlineData(EdgeType.WorkedAt, null, " Research   Scientist ", "2019-04", "2021-11-30", null, "worked-at:ada-abe:openai:research-scientist:2019-04..2021-11-30")]
    [InlineData(EdgeType.WorkedAt, null, null, null, null, null, "worked-at:ada-abe:openai:?..?")]
    [InlineData(EdgeType.LeftFor, "anthropic", null, null, null, "2024", "left-for:ada-abe:anthropic>openai@2024")]
    [InlineData(EdgeType.Founded, null, null, null, null, "2015-12-11", "founded:ada-abe:openai@2015-12-11")]
    public void Create_Content_GivesIdNamingEverythingAsserted(EdgeType type, string? from, string? role, string? start, string? end, string? date, string expected)
    {
        var edge = EdgeIdentity.Create(type, "ada-abe", "openai", from, role, Date(start), Date(end), Date(date), []);

        Assert.Equal(expected, edge.Id);
        Assert.Equal(expected, EdgeIdentity.IdOf(edge));
    }

    [Theory]
    [InlineData("Engineer", "Engineer")]
    [InlineData("  Member of\tTechnical  Staff ", "Member of Technical Staff")]
    [InlineData("   ", null)]
    public void NormaliseRole_Whitespace_CollapsesToSingleSpaces(string role, string? expected) =>
        Assert.Equal(expected, EdgeIdentity.NormaliseRole(role));

    private static readonly Edge s_tenure = Tenure("Researcher", "2020", "2022");

    public static TheoryData<Edge> Others => new()
    {
        Tenure("Researcher", "2020", "2022"),
        Tenure("researcher ", "2020", "2022"),
        Tenure(" RESEARCHER", "2020", "2022"),
        Tenure("Engineer", "2020", "2022"),
        Tenure(null, "2020", "2022"),
        Tenure("Researcher", "2020-01", "2022"),
        Tenure("Researcher", "2020", null),
        s_tenure with { Date = PartialDate.Parse("2021"), Sources = ["other"] },
        s_tenure with { LabId = "anthropic" },
        s_tenure with { PersonId = "alan-abe" },
        s_tenure with { FromLabId = "anthropic" },
        s_tenure with { Type = EdgeType.Founded },
        EdgeIdentity.CreateUnnamed(EdgeType.LeftFor, "ada-abe", "openai", "anthropic", null, null, null, PartialDate.Parse("2024"), ["a1"]),
        EdgeIdentity.CreateUnnamed(EdgeType.LeftFor, "ada-abe", "openai", "anthropic", null, PartialDate.Parse("2019"), null, PartialDate.Parse("2024"), ["a1"]),
    };

    [Theory]
    [MemberData(nameof(Others))]
    public void Comparer_AnyTwoEdges_EqualExactlyWhenTheirIdsAre(Edge other)
    {
        var sameId = EdgeIdentity.IdOf(s_tenure) == EdgeIdentity.IdOf(other);

        Assert.Equal(sameId, EdgeIdentity.Comparer.Equals(s_tenure, other));
        if (sameId)
        {
            Assert.Equal(EdgeIdentity.Comparer.GetHashCode(s_tenure), EdgeIdentity.Comparer.GetHashCode(other));
        }
    }

    [Fact]
    public void Comparer_LeftForEdgesDifferingOnlyInStart_AreEqualAsTheirIdsAre()
    {
        var move = EdgeIdentity.CreateUnnamed(EdgeType.LeftFor, "ada-abe", "openai", "anthropic", null, null, null, PartialDate.Parse("2024"), ["a1"]);

        Assert.True(EdgeIdentity.Comparer.Equals(move, move with { Start = PartialDate.Parse("2019") }));
        Assert.False(EdgeIdentity.Comparer.Equals(move, move with { Date = PartialDate.Parse("2024-01") }));
    }

    [Fact]
    public void CreateUnnamed_AnyEdge_HasNoIdButIdOfGivesTheNamedOne()
    {
        string[] sources = ["a1"];
        var unnamed = EdgeIdentity.CreateUnnamed(EdgeType.WorkedAt, "ada-abe", "openai", null, " Researcher", PartialDate.Parse("2020"), null, null, sources);
        var named = EdgeIdentity.Create(EdgeType.WorkedAt, "ada-abe", "openai", null, " Researcher", PartialDate.Parse("2020"), null, null, sources);

        Assert.Equal(string.Empty, unnamed.Id);
        Assert.Equal(named.Id, EdgeIdentity.IdOf(unnamed));
        Assert.Equal(named, unnamed with { Id = named.Id });
    }

    private static Edge Tenure(string? role, string start, string? end) =>
        EdgeIdentity.Create(EdgeType.WorkedAt, "ada-abe", "openai", null, role, PartialDate.Parse(start), end is null ? null : PartialDate.Parse(end), null, ["a1"]);

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);
}
