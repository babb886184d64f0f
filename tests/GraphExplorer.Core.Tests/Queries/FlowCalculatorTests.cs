using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class FlowCalculatorTests
{
    [Fact]
    public async Task Flows_MovesBothWays_CountNetRatioAndTotals()
    {
        var queries = new TestGraph()
            .Left("a", "x", "y", "2020-01").Left("b", "x", "y", "2020-05").Left("c", "x", "y", "2021-02")
            .Left("d", "y", "x", "2021-03")
            .Left("e", "y", "z", "2021-04")
            .Queries();

        var flows = await queries.FlowsAsync(new FlowQuery(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(5, flows.Moves);
        var xy = flows.Pairs[0];
        Assert.Equal(("x", "y", 3, 2, 0.75), (xy.From.Id, xy.To.Id, xy.Count, xy.Net, xy.Ratio));
        Assert.Equal(["a", "b", "c"], xy.People);
        var yx = Assert.Single(flows.Pairs, p => p.From.Id == "y" && p.To.Id == "x");
        Assert.Equal((-2, 0.25), (yx.Net, yx.Ratio));
        var y = Assert.Single(flows.Labs, l => l.Lab.Id == "y");
        Assert.Equal((3, 2, 1), (y.In, y.Out, y.Net));
    }

    [Fact]
    public async Task Flows_Window_KeepsMovesThatMayFallInItAndReportsUndated()
    {
        var queries = new TestGraph()
            .Left("a", "x", "y", "2019-12")
            .Left("b", "x", "y", "2020") // a year that overlaps the window counts
            .Left("c", "x", "y", "2020-07-15")
            .Left("d", "x", "y", "2021-01")
            .Left("e", "x", "y", null)
            .Queries();

        var flows = await queries.FlowsAsync(new FlowQuery(PartialDate.Of(2020, 6), PartialDate.Of(2020, 12)), cancellationToken: TestContext.Current.CancellationToken);
        var all = await queries.FlowsAsync(new FlowQuery(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["b", "c"], Assert.Single(flows.Pairs).People);
        Assert.Equal(1, flows.UndatedMoves);
        Assert.Equal(5, all.Moves);
        Assert.Equal(0, all.UndatedMoves);
    }

    [Fact]
    public async Task Flows_Retention_CountsOnlyStaysWhoseDatesTell()
    {
        var queries = new TestGraph()
            .Worked("short", "x", "2020-01", "2020-06") // left after 5 months
            .Worked("long", "x", "2020-02", "2022-01") // stayed
            .Worked("current", "x", "2020-03", null) // still there, and a year has passed by "today"
            .Worked("recent", "x", "2025-03", null) // too recent to tell
            .Worked("vague", "x", "2020", "2021") // could be 1 to 23 months
            .Worked("gone", "x", "2020-04", null).Left("gone", "x", "y", null) // left, date unknown
            .Queries(today: new DateOnly(2025, 6, 1));

        var flows = await queries.FlowsAsync(new FlowQuery(RetentionMonths: 12), cancellationToken: TestContext.Current.CancellationToken);

        var x = Assert.Single(flows.Labs, l => l.Lab.Id == "x");
        Assert.Equal(new Retention(12, 3, 2), x.Retention);
        Assert.Equal(2.0 / 3, x.Retention!.Share, 6);
    }

    [Fact]
    public async Task Flows_RetentionWithWindow_OnlyStaysThatBeganInIt()
    {
        var queries = new TestGraph()
            .Worked("early", "x", "2010-01", "2010-03")
            .Worked("inside", "x", "2020-02", "2022-01")
            .Queries();

        var flows = await queries.FlowsAsync(new FlowQuery(PartialDate.Of(2020), PartialDate.Of(2020)), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new Retention(12, 1, 1), Assert.Single(flows.Labs).Retention);
    }

    [Fact]
    public async Task Flows_SeedOpenAi_LosesTenPeopleYetKeepsEveryStayThatCanBeJudged()
    {
        var queries = await SeedGraph.QueriesAsync();

        var openai = (await queries.FlowsAsync(new FlowQuery(), TestContext.Current.CancellationToken)).Labs.Single(l => l.Lab.Id == "openai");

        // 12 left and 2 (Wei, Chung) arrived. The stays that can be judged at 12 months are those with a dated start and
        // a judgeable end: Schulman and Sutskever (2015 to 2024) and Brockman and Musk (from 2015, no end or move away)
        // all lasted more than a year; everyone else's start is unknown, or (Wei, Chung) their move away has no date.
        Assert.Equal((2, 12, -10), (openai.In, openai.Out, openai.Net));
        Assert.Equal(new Retention(12, 4, 4), openai.Retention);
    }
    [Fact]
    public async Task Flows_MovesAddedOutOfOrder_EachPairListsItsPeopleByDate()
    {
        // Labs and moves first mentioned in an order unlike the pairs' order, so the table's sorting does the work.
        var queries = new TestGraph()
            .Left("p5", "z", "x", "2023-01").Left("p1", "x", "y", "2022-03").Left("p4", "z", "x", "2021-06")
            .Left("p2", "x", "y", "2020-01").Left("p3", "x", "y", null).Left("p6", "y", "z", "2019")
            .Queries();

        var flows = await queries.FlowsAsync(new FlowQuery(), TestContext.Current.CancellationToken);

        Assert.Equal([("x", "y", 3), ("z", "x", 2), ("y", "z", 1)], flows.Pairs.Select(p => (p.From.Id, p.To.Id, p.Count)));
        Assert.Equal(["p3", "p2", "p1"], flows.Pairs[0].People); // undated first, then by date
        Assert.Equal(["p4", "p5"], flows.Pairs[1].People);
    }

    [Fact]
    public async Task Flows_StaysAlreadyBuiltForFollowers_SameRetentionAsWithout()
    {
        TestGraph Graph() => new TestGraph()
            .Worked("ann", "x", "2019-01", "2021-06").Left("ann", "x", "y", "2021-06").Worked("ann", "y", "2021-06", null)
            .Worked("bob", "x", "2020-05", "2020-08").Left("bob", "x", "z", "2020-08") // judged: left within 6 months
            .Founded("cy", "z", "2018-02").Worked("cy", "z", "2018", null)
            .Worked("dee", "y", "2024-11", null);
        var fresh = Graph().Queries();
        var warmed = Graph().Queries();
        await warmed.FollowersOfPersonAsync("ann", cancellationToken: TestContext.Current.CancellationToken);

        var alone = await fresh.FlowsAsync(new FlowQuery(RetentionMonths: 6), TestContext.Current.CancellationToken);
        var afterFollowers = await warmed.FlowsAsync(new FlowQuery(RetentionMonths: 6), TestContext.Current.CancellationToken);

        Assert.Equal(alone.Labs.Select(l => (l.Lab.Id, l.Retention)), afterFollowers.Labs.Select(l => (l.Lab.Id, l.Retention)));
        Assert.Equal(new Retention(6, 2, 1), alone.Labs.Single(l => l.Lab.Id == "x").Retention);
    }

    [Fact]
    public async Task LabsOfFirstPairs_Limit_OnlyTheLabsThosePairsNameInResultOrder()
    {
        var queries = new TestGraph()
            .Left("a", "x", "y", "2020").Left("b", "x", "y", "2021").Left("c", "x", "y", "2022")
            .Left("d", "p", "q", "2020")
            .Worked("e", "r", "2020-01", "2023-01")
            .Queries();
        var flows = await queries.FlowsAsync(new FlowQuery(), TestContext.Current.CancellationToken);

        var labs = FlowAnswer.LabsOfFirstPairs(flows, 1);

        Assert.Equal(["x", "y"], labs.Select(l => l.Lab.Id).Order(StringComparer.Ordinal));
        Assert.Equal(flows.Labs.Where(l => l.Lab.Id is "x" or "y"), labs);
        Assert.Empty(FlowAnswer.LabsOfFirstPairs(flows, 0));
        Assert.Equal(4, FlowAnswer.LabsOfFirstPairs(flows, 10).Count); // r has a retention figure but no move
    }
}
