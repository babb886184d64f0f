using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

/// <summary>The as-of rule of docs/QUERIES.md: what is known to hold at a date, on small graphs and on the seed.</summary>
public class AsOfTests
{
    [Fact]
    public async Task Spans_Seed1999_NothingHolds()
    {
        var graph = await SeedGraph.GraphAsync();

        var spans = AsOf.Spans(graph);

        Assert.DoesNotContain(spans, s => AsOf.Existed(s, PartialDate.Of(1999)));
    }

    [Theory]
    [InlineData("2023-01", false)] // founded in 2024, and the undated moves there were reported in 2025
    [InlineData("2025-03", true)]
    public async Task Spans_SeedThinkingMachinesLab_NoArrivalsBeforeItExisted(string asOf, bool any)
    {
        var graph = await SeedGraph.GraphAsync();
        graph.TryFindNode("thinking-machines-lab", out var lab);
        var spans = AsOf.Spans(graph);

        var arrivals = graph.EdgesOf(lab).ToArray().Count(e => AsOf.Existed(spans[e], PartialDate.Parse(asOf)));

        Assert.Equal(any, arrivals > 0);
    }

    [Theory]
    [InlineData("2021", false)] // the founding has no date and was first reported in August 2024
    [InlineData("2024-07", false)]
    [InlineData("2024-08-08", true)]
    public async Task FindPaths_SeedAmodeisFoundingAnthropic_KnownFromItsReport(string asOf, bool connected)
    {
        var queries = await SeedGraph.QueriesAsync();

        var result = (await queries.FindPathsAsync(new PathQuery("dario-amodei", "anthropic", MaxHops: 1, AsOf: PartialDate.Parse(asOf)), TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(connected, result.Paths.Count == 1);
    }

    [Theory]
    [InlineData("2025-02", true)] // the month he moved on: both may hold
    [InlineData("2025-03", false)] // the tenure says only "until 2025"; his dated move to Thinking Machines Lab ends it
    public async Task FindPaths_SeedSchulmanAtAnthropic_EndsAtHisNextDatedMove(string asOf, bool connected)
    {
        var queries = await SeedGraph.QueriesAsync();

        var result = (await queries.FindPathsAsync(new PathQuery("john-schulman", "anthropic", MaxHops: 1, AsOf: PartialDate.Parse(asOf)), TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(connected, result.Paths.Count == 1);
    }

    [Fact]
    public async Task FindPaths_AsOfBeforeLabFounding_TenureThereDoesNotHold()
    {
        var queries = new TestGraph()
            .Founded("ann", "lab", "2024-03")
            .Worked("bob", "lab", "2020", null)
            .Queries();

        var before = (await queries.FindPathsAsync(new PathQuery("bob", "lab", AsOf: PartialDate.Of(2022)), TestContext.Current.CancellationToken)).Value!;
        var after = (await queries.FindPathsAsync(new PathQuery("bob", "lab", AsOf: PartialDate.Of(2024, 4)), TestContext.Current.CancellationToken)).Value!;

        Assert.Empty(before.Paths);
        Assert.Single(after.Paths);
    }

    [Fact]
    public void Spans_GraphAndEdgeList_AgreeEdgeForEdge()
    {
        var graph = new TestGraph()
            .Article("a1", "2021-06")
            .Founded("ann", "lab", "2019")
            .Worked("bob", "lab", null, null, null, "a1")
            .Left("bob", "lab", "other", "2023-02")
            .Worked("cat", "other", "2018", "2022")
            .Build();
        var edges = Enumerable.Range(0, graph.EdgeCount).Select(graph.GetEdge).ToList();

        Assert.Equal(AsOf.Spans(graph), AsOf.Spans(edges, graph.Articles));
        Assert.Equal(new KnownSpan(PartialDate.Of(2021, 6), PartialDate.Of(2023, 2)), AsOf.Spans(graph)[1]);
    }
}
