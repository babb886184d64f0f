using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class PathFinderTests
{
    [Fact]
    public async Task FindPaths_TwoColleagues_TwoHopsThroughTheirLabWithEdgesAndSources()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2020", null, "engineer", "art-1")
            .Worked("bob", "x", "2021", null, null, "art-2")
            .Queries();

        var result = await queries.FindPathsAsync(new PathQuery("ann", "bob"), cancellationToken: TestContext.Current.CancellationToken);

        var path = Assert.Single(result.Value!.Paths);
        Assert.Equal(2, result.Value.Length);
        Assert.Equal(["ann", "x", "bob"], path.Nodes.Select(n => n.Id));
        Assert.Equal(EdgeType.WorkedAt, path.Hops[0].Edge.Type);
        Assert.Equal("engineer", path.Hops[0].Edge.Role);
        Assert.Equal(["art-1"], path.Hops[0].Edge.Sources);
        Assert.Equal(("x", "bob"), (path.Hops[1].From, path.Hops[1].To));
        Assert.Equal(["art-2"], path.Hops[1].Edge.Sources);
        Assert.False(result.Value.Capped);
        Assert.Null(result.Value.Reason);
    }

    [Fact]
    public async Task FindPaths_TenureAndMoveToTheSameLab_TenureExplainsTheHopAndTheMoveIsAnAlternative()
    {
        var queries = new TestGraph()
            .Worked("ann", "y", "2021-03", null)
            .Left("ann", "x", "y", "2021-03")
            .Worked("bob", "y", "2020", null)
            .Queries();

        var hop = (await queries.FindPathsAsync(new PathQuery("ann", "bob"), cancellationToken: TestContext.Current.CancellationToken)).Value!.Paths[0].Hops[0];

        Assert.Equal(EdgeType.WorkedAt, hop.Edge.Type);
        Assert.Equal(EdgeType.LeftFor, Assert.Single(hop.Alternatives).Type);
    }

    [Fact]
    public async Task FindPaths_All_ListsEveryShortestPathInOrder()
    {
        var queries = new TestGraph()
            .Worked("ann", "l1", null, null).Worked("bob", "l1", null, null)
            .Worked("ann", "l2", null, null).Worked("bob", "l2", null, null)
            .Worked("ann", "l3", null, null).Worked("cat", "l3", null, null).Worked("bob", "l4", null, null).Worked("cat", "l4", null, null)
            .Queries();

        var result = (await queries.FindPathsAsync(new PathQuery("ann", "bob", All: true), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(2, result.Length);
        Assert.Equal(2, result.Paths.Count);
        Assert.Equal(["l1", "l2"], result.Paths.Select(p => p.Nodes[1].Id).Order(StringComparer.Ordinal));
        Assert.False(result.Capped);
    }

    [Fact]
    public async Task FindPaths_AllWithMoreThanTheCap_ReturnsTheCapAndSaysSo()
    {
        var graph = new TestGraph().Worked("ann", "x", null, null).Worked("bob", "y", null, null);
        for (var i = 0; i < 150; i++)
        {
            graph.Worked($"p{i}", "x", null, null).Worked($"p{i}", "y", null, null);
        }

        var result = (await graph.Queries().FindPathsAsync(new PathQuery("ann", "bob", All: true), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(PathQuery.MaxPaths, result.Paths.Count);
        Assert.True(result.Capped);
        Assert.All(result.Paths, p => Assert.Equal(5, p.Nodes.Count));
        Assert.Equal(PathQuery.MaxPaths, result.Paths.Select(p => p.Nodes[2].Id).Distinct().Count());
    }

    [Fact]
    public async Task FindPaths_LongerThanMaxHops_EmptyWithReason()
    {
        var queries = Chain(5).Queries();

        var within = (await queries.FindPathsAsync(new PathQuery("p0", "p5", MaxHops: 10), cancellationToken: TestContext.Current.CancellationToken)).Value!;
        var tooFar = (await queries.FindPathsAsync(new PathQuery("p0", "p5", MaxHops: 9), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(10, within.Length);
        Assert.Empty(tooFar.Paths);
        Assert.Null(tooFar.Length);
        Assert.Equal("no path within 9 hops", tooFar.Reason);
    }

    [Fact]
    public async Task FindPaths_DifferentParts_EmptyBecauseNotConnected()
    {
        var queries = new TestGraph().Worked("ann", "x", null, null).Worked("bob", "y", null, null).Queries();

        var result = (await queries.FindPathsAsync(new PathQuery("ann", "bob", MaxHops: 12), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Empty(result.Paths);
        Assert.Contains("not connected", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindPaths_MoveAway_DoesNotConnectTheLabLeft()
    {
        var queries = new TestGraph()
            .Left("ann", "x", "y", "2020")
            .Worked("bob", "x", null, null)
            .Queries();

        var result = (await queries.FindPathsAsync(new PathQuery("ann", "bob"), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Empty(result.Paths);
    }

    [Theory]
    [InlineData("2015", false)] // before ann arrived
    [InlineData("2019-12", false)] // the month before
    [InlineData("2020", true)] // ann's 2020-06 start cannot be told apart from "2020"
    [InlineData("2021-05", true)]
    [InlineData("2024-03", true)] // bob's last month
    [InlineData("2024-04", false)] // bob had gone
    public async Task FindPaths_AsOf_KeepsOnlyEdgesThatExistedThen(string asOf, bool connected)
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2020-06", null)
            .Worked("bob", "x", "2010", "2024-03")
            .Queries();

        var result = (await queries.FindPathsAsync(new PathQuery("ann", "bob", AsOf: PartialDate.Parse(asOf)), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(connected, result.Paths.Count == 1);
        Assert.Equal(connected ? null : $"no path: the two are not connected as of {asOf}", result.Reason);
    }

    [Theory]
    [InlineData("2011-05", true)] // reported before the date: it held by then
    [InlineData("2013", false)] // reported later: nothing says it held in 2012
    [InlineData(null, false)] // never placed in time
    public async Task FindPaths_AsOfWithUndatedTenure_HoldsFromItsFirstReport(string? published, bool connected)
    {
        var queries = new TestGraph()
            .Article("a1", published)
            .Worked("ann", "x", null, null, null, "a1")
            .Worked("bob", "x", "2010", null)
            .Queries();

        var result = (await queries.FindPathsAsync(new PathQuery("ann", "bob", AsOf: PartialDate.Of(2012)), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(connected, result.Paths.Count == 1);
    }

    [Fact]
    public async Task FindPaths_MoveAsOfBeforeItsDate_MoveDoesNotConnect()
    {
        var queries = new TestGraph().Left("ann", "x", "y", "2022-05").Worked("bob", "y", "2010", null).Queries();

        Assert.Empty((await queries.FindPathsAsync(new PathQuery("ann", "bob", AsOf: PartialDate.Of(2022, 4)), cancellationToken: TestContext.Current.CancellationToken)).Value!.Paths);
        Assert.Single((await queries.FindPathsAsync(new PathQuery("ann", "bob", AsOf: PartialDate.Of(2022, 5, 20)), cancellationToken: TestContext.Current.CancellationToken)).Value!.Paths);
    }

    [Fact]
    public async Task FindPaths_SameNode_ZeroHops()
    {
        var result = (await new TestGraph().Worked("ann", "x", null, null).Queries().FindPathsAsync(new PathQuery("ann", "ann"), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(0, result.Length);
        Assert.Equal("ann", Assert.Single(Assert.Single(result.Paths).Nodes).Id);
    }

    [Fact]
    public async Task FindPaths_UnknownId_NotFoundWithClosestNames()
    {
        var queries = new TestGraph()
            .Person("john-schulman", "John Schulman").Person("jan-leike", "Jan Leike")
            .Worked("john-schulman", "openai", null, null).Worked("jan-leike", "openai", null, null)
            .Queries();

        var result = await queries.FindPathsAsync(new PathQuery("jan-leike", "john-shulman"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Found);
        Assert.Equal("to", result.Unknown!.Parameter);
        Assert.Equal("john-schulman", result.Unknown.Suggestions[0].Entity.Id);
    }

    [Fact]
    public async Task FindPaths_ByNameOrAlias_Resolves()
    {
        var queries = new TestGraph()
            .Person("john-schulman", "John Schulman", "约翰·舒曼").Lab("openai", "OpenAI")
            .Worked("john-schulman", "openai", null, null)
            .Queries();

        var result = (await queries.FindPathsAsync(new PathQuery("约翰 舒曼", "OpenAI"), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(1, result.Length);
    }

    [Fact]
    public async Task FindPaths_RandomGraphs_MatchAPlainBreadthFirstSearch()
    {
        // Lengths and (uncapped) path counts against a straightforward one-sided BFS over the same edges.
        for (var seed = 1; seed <= 30; seed++)
        {
            var random = new Random(seed);
            var graph = new TestGraph();
            for (var p = 0; p < 40; p++)
            {
                graph.Person($"p{p}");
                for (var k = random.Next(0, 3); k > 0; k--)
                {
                    graph.Worked($"p{p}", $"l{random.Next(0, 25)}", null, null);
                }
            }

            var built = graph.Build();
            var queries = new InMemoryTalentQueries(new FixedGraphReader(built));
            for (var q = 0; q < 10; q++)
            {
                var (a, b) = ($"p{random.Next(0, 40)}", $"p{random.Next(0, 40)}");
                var (length, count) = Reference(built, a, b, 12);
                var result = (await queries.FindPathsAsync(new PathQuery(a, b, MaxHops: 12, All: true), cancellationToken: TestContext.Current.CancellationToken)).Value!;
                Assert.Equal(length, result.Length);
                Assert.Equal(Math.Min(count, PathQuery.MaxPaths), result.Paths.Count);
                Assert.All(result.Paths, p => AssertIsPath(built, p, a, b));
            }
        }
    }

    private static TestGraph Chain(int people)
    {
        var graph = new TestGraph();
        for (var i = 0; i < people; i++)
        {
            graph.Worked($"p{i}", $"l{i}", null, null).Worked($"p{i + 1}", $"l{i}", null, null);
        }

        return graph;
    }

    private static void AssertIsPath(TalentGraph graph, GraphPath path, string from, string to)
    {
        Assert.Equal(from, path.Nodes[0].Id);
        Assert.Equal(to, path.Nodes[^1].Id);
        Assert.Equal(path.Nodes.Count - 1, path.Hops.Count);
        for (var i = 0; i < path.Hops.Count; i++)
        {
            var edge = path.Hops[i].Edge;
            Assert.Equal(
                new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(StringComparer.Ordinal),
                new[] { edge.PersonId, edge.LabId }.Order(StringComparer.Ordinal));
        }

        Assert.Equal(path.Nodes.Count, path.Nodes.Select(n => n.Id).Distinct().Count());
        _ = graph;
    }

    /// <summary>Shortest length and number of shortest paths (node sequences) by a one-sided BFS with path counting.</summary>
    private static (int? Length, long Count) Reference(TalentGraph graph, string from, string to, int maxHops)
    {
        graph.TryFindNode(from, out var source);
        graph.TryFindNode(to, out var target);
        var dist = new Dictionary<int, int> { [source] = 0 };
        var ways = new Dictionary<int, long> { [source] = 1 };
        var frontier = new List<int> { source };
        while (frontier.Count > 0 && !dist.ContainsKey(target))
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var neighbours = graph.EdgesOf(node).ToArray().Select(e => graph.EdgeAt(e).Neighbour(node)).Where(n => n >= 0).Distinct();
                foreach (var n in neighbours)
                {
                    if (!dist.TryGetValue(n, out var d))
                    {
                        dist[n] = dist[node] + 1;
                        ways[n] = 0;
                        next.Add(n);
                        d = dist[n];
                    }

                    if (d == dist[node] + 1)
                    {
                        ways[n] += ways[node];
                    }
                }
            }

            frontier = next;
        }

        return dist.TryGetValue(target, out var length) && length <= maxHops ? (length, ways[target]) : (null, 0);
    }
}
