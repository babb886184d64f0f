using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class EntityDetailTests
{
    [Fact]
    public async Task Person_Seed_CareerOldestFirstWithTenuresAndArticles()
    {
        var queries = await SeedGraph.QueriesAsync();

        var schulman = (await queries.PersonAsync("john-schulman", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal("John Schulman", schulman.Person.Name);
        Assert.Contains("舒曼", schulman.Person.Aliases);
        Assert.Equal(PartialDate.Of(2015), schulman.Edges[0].Arrival);
        Assert.Equal(["openai", "anthropic", "thinking-machines-lab"], schulman.Tenures.Select(t => t.Lab.Id));
        Assert.True(schulman.Tenures[0].Founded);
        Assert.Equal(PartialDate.Of(2025, 2), schulman.Tenures[1].End);
        Assert.Equal(new[] { "openai", "anthropic", "thinking-machines-lab" }.Order(StringComparer.Ordinal), schulman.Labs.Select(l => l.Id).Order(StringComparer.Ordinal));
        Assert.Equal(4, schulman.Articles.Count);
    }

    [Fact]
    public async Task Lab_Seed_PeopleInflowOutflow()
    {
        var queries = await SeedGraph.QueriesAsync();

        var anthropic = (await queries.LabAsync("anthropic", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Contains(anthropic.People, p => p.Id == "jan-leike");
        Assert.Equal(new LabCount("openai", "OpenAI", 5), Assert.Single(anthropic.Inflow));
        Assert.Equal(new LabCount("thinking-machines-lab", "Thinking Machines Lab", 1), Assert.Single(anthropic.Outflow));
        Assert.False(anthropic.Truncated);
        Assert.Equal(anthropic.People.Count, anthropic.PeopleCount);
    }

    [Fact]
    public async Task Lab_LimitSmallerThanTheLab_TruncatedWithTotals()
    {
        var queries = new TestGraph().Worked("a", "x", null, null).Worked("b", "x", null, null).Worked("c", "x", null, null).Queries();

        var lab = (await queries.LabAsync("x", limit: 2, cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal((2, 2, 3, 3, true), (lab.People.Count, lab.Edges.Count, lab.PeopleCount, lab.EdgeCount, lab.Truncated));
    }

    [Fact]
    public async Task Lab_LimitSmallerThanTheLab_FirstPageInCareerAndNameOrder()
    {
        // Undated last, oldest first, ties by type then id; people by name then id: the page is the head of the full list.
        var queries = new TestGraph()
            .Person("a", "Zed").Person("b", "Amy").Person("c", "Amy").Person("d", "Bo")
            .Worked("a", "x", "2020", null).Worked("b", "x", "2018-05", null).Worked("c", "x", null, null).Worked("d", "x", "2018-05", null)
            .Founded("d", "x", "2018-05")
            .Queries();

        var all = (await queries.LabAsync("x", limit: 10, cancellationToken: TestContext.Current.CancellationToken)).Value!;
        var page = (await queries.LabAsync("x", limit: 3, cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(["b", "d", "d", "a", "c"], all.Edges.Select(e => e.PersonId));
        Assert.Equal([EdgeType.WorkedAt, EdgeType.WorkedAt, EdgeType.Founded], all.Edges.Take(3).Select(e => e.Type));
        Assert.Equal(all.Edges.Take(3).Select(e => e.Id), page.Edges.Select(e => e.Id));
        Assert.Equal(["b", "c", "d", "a"], all.People.Select(p => p.Id));
        Assert.Equal(["b", "c", "d"], page.People.Select(p => p.Id));
    }

    [Fact]
    public async Task Person_IdOfALab_NotFound()
    {
        var queries = new TestGraph().Worked("a", "x", null, null).Queries();

        var result = await queries.PersonAsync("x", cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Found);
        Assert.Equal(NodeKind.Person, result.Unknown!.ExpectedKind);
    }

    [Fact]
    public async Task Queries_AfterTheGraphChanges_SeeTheNewRevision()
    {
        var graph = new TestGraph().Worked("a", "x", null, null).Worked("b", "y", null, null).Build();
        var queries = new InMemoryTalentQueries(new FixedGraphReader(graph));
        Assert.Empty((await queries.FindPathsAsync(new PathQuery("a", "b"), cancellationToken: TestContext.Current.CancellationToken)).Value!.Paths);

        var edge = GraphExplorer.Core.Graph.EdgeIdentity.Create(EdgeType.WorkedAt, "b", "x", null, null, null, null, null, ["a2"]);
        graph.Apply(graph.Plan(new GraphExplorer.Core.Graph.GraphBatch([], [edge], [])), 2);

        Assert.Equal(2, (await queries.FindPathsAsync(new PathQuery("a", "b"), cancellationToken: TestContext.Current.CancellationToken)).Value!.Length);
    }
}
