using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

public class FollowerDetectorTests
{
    [Fact]
    public async Task FollowersOfPerson_ColleagueArrivesThreeMonthsLater_FollowedWithLagAndSources()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2018-01", "2021-02", null, "a1")
            .Worked("bob", "x", "2019-05", "2021-05", null, "a2")
            .Left("ann", "x", "y", "2021-02", "a3")
            .Left("bob", "x", "y", "2021-05", "a4")
            .Worked("cat", "x", "2019", null, null, "a5")
            .Queries();

        var bob = (await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!;
        var ann = (await queries.FollowersOfPersonAsync("ann", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        var link = Assert.Single(bob.Followed);
        Assert.Equal(FollowKind.Followed, link.Kind);
        Assert.Equal(("ann", "bob", "y"), (link.Leader.Id, link.Follower.Id, link.Lab.Id));
        Assert.Equal(3, link.LagMonths);
        Assert.Equal(["x"], link.Via.Select(v => v.Id));
        Assert.Equal(["a1", "a2", "a3", "a4"], link.Sources);
        Assert.Equal(4, link.EvidenceEdges.Count);
        Assert.Empty(bob.Followers);
        Assert.Equal("bob", Assert.Single(ann.Followers).Follower.Id);
        Assert.Empty(ann.Followed);
    }

    [Theory]
    [InlineData("2021-03", "2021-03", FollowKind.Together)]
    [InlineData("2021", "2021-11", FollowKind.Together)] // a year's precision cannot order them
    [InlineData("2021-03-02", "2021-03-30", FollowKind.Followed)]
    [InlineData("2021-03", "2023-03", FollowKind.Followed)] // 24 months: at the window's edge
    public async Task FollowersOfPerson_ArrivalDates_DecideFollowOrTogether(string annArrival, string bobArrival, FollowKind expected)
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2015", "2021")
            .Worked("bob", "x", "2016", "2021")
            .Worked("ann", "y", annArrival, null)
            .Worked("bob", "y", bobArrival, null)
            .Queries();

        var bob = (await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        var links = bob.Followed.Concat(bob.MovedWith).ToList();
        Assert.Equal(expected, Assert.Single(links).Kind);
    }

    [Fact]
    public async Task FollowersOfPerson_ArrivalsFurtherApartThanTheWindow_NoLink()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2015", "2019")
            .Worked("bob", "x", "2016", "2021")
            .Worked("ann", "y", "2019-01", null)
            .Worked("bob", "y", "2021-02", null)
            .Queries();

        Assert.Empty((await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!.Followed);
        Assert.Single((await queries.FollowersOfPersonAsync("bob", new FollowerOptions(30), cancellationToken: TestContext.Current.CancellationToken)).Value!.Followed);
    }

    [Fact]
    public async Task FollowersOfPerson_NoLabSharedBefore_NoLink()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2015", "2019")
            .Worked("bob", "z", "2016", "2021")
            .Worked("ann", "y", "2019-01", null)
            .Worked("bob", "y", "2019-05", null)
            .Queries();

        var bob = (await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Empty(bob.Followed.Concat(bob.Followers).Concat(bob.MovedWith));
    }

    [Fact]
    public async Task FollowersOfPerson_StaysAtXApartButBothLeft_StillLinked()
    {
        // "Overlapping tenures, or both left X": leaving the same lab is enough, as the definition says.
        var queries = new TestGraph()
            .Worked("ann", "x", "2010", "2012-01")
            .Worked("bob", "x", "2014", "2016-06")
            .Worked("ann", "y", "2016-01", null)
            .Worked("bob", "y", "2016-08", null)
            .Queries();

        Assert.Equal("ann", Assert.Single((await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!.Followed).Leader.Id);
    }

    [Fact]
    public async Task FollowersOfPerson_StaysAtXApartAndOneStillThere_NoLink()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2010", "2012-01")
            .Worked("bob", "x", "2014", null)
            .Worked("ann", "y", "2016-01", null)
            .Worked("bob", "y", "2016-08", null)
            .Queries();

        Assert.Empty((await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!.Followed);
    }

    [Fact]
    public async Task FollowersOfPerson_ColleaguesOnlyAfterTheArrival_NoLinkThere()
    {
        // They met at X after both had joined Y: X is not a lab they shared before Y (though Y is one before X).
        var queries = new TestGraph()
            .Worked("ann", "y", "2015-01", null)
            .Worked("bob", "y", "2015-06", null)
            .Worked("ann", "x", "2018", null)
            .Worked("bob", "x", "2018", null)
            .Queries();

        var bob = (await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        var links = bob.Followed.Concat(bob.MovedWith).ToList();
        Assert.DoesNotContain(links, l => l.Lab.Id == "y");
        Assert.Equal(("x", "y"), (Assert.Single(links).Lab.Id, links[0].Via[0].Id));
    }

    [Fact]
    public async Task FollowersOfPerson_FounderAndUndatedJoiner_JoinerFollowedWithUnknownLag()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", null, "2020")
            .Founded("ann", "y", "2020")
            .Worked("bob", "x", null, null)
            .Left("bob", "x", "y", null)
            .Queries();

        var link = Assert.Single((await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!.Followed);

        Assert.Equal("ann", link.Leader.Id);
        Assert.True(link.LeaderFounded);
        Assert.Null(link.LagMonths);
        Assert.Null(link.FollowerArrival);
    }

    [Fact]
    public async Task FollowersOfPerson_UndatedFoundingAndDatedJoiner_NeverFollowed()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", null, null).Worked("bob", "x", "2015", "2024-08")
            .Left("ann", "x", "y", null, "story")
            .Founded("ann", "y", null, "story")
            .Left("bob", "x", "y", "2024-08", "later")
            .Queries();

        var bob = (await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Empty(bob.Followed.Concat(bob.MovedWith));
    }

    [Fact]
    public async Task FollowersOfPerson_SeedSchulmanAtAnthropic_DidNotFollowTheUndatedFounders()
    {
        var queries = await SeedGraph.QueriesAsync();

        var schulman = (await queries.FollowersOfPersonAsync("john-schulman", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.DoesNotContain(schulman.Followed.Concat(schulman.MovedWith), l => l.Leader.Id is "dario-amodei" or "daniela-amodei");
    }

    [Fact]
    public async Task FollowersOfPerson_FounderDatedAfterTheJoiner_FounderStillFirst()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2015", "2020")
            .Worked("bob", "x", "2015", "2020")
            .Founded("ann", "y", "2020-06")
            .Worked("bob", "y", "2020-03", null)
            .Queries();

        var link = Assert.Single((await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!.Followed);

        Assert.Equal(0, link.LagMonths);
    }

    [Fact]
    public async Task FollowersOfPerson_TwoUndatedArrivals_TogetherOnlyWhenOneArticleReportsBoth()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", null, null).Worked("bob", "x", null, null).Worked("cat", "x", null, null)
            .Left("ann", "x", "y", null, "story")
            .Left("bob", "x", "y", null, "story")
            .Left("cat", "x", "y", null, "other")
            .Queries();

        var bob = (await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!;
        var cat = (await queries.FollowersOfPersonAsync("cat", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        var together = Assert.Single(bob.MovedWith);
        Assert.Equal(("ann", "bob"), (together.Leader.Id, together.Follower.Id));
        Assert.Null(together.LagMonths);
        Assert.Empty(cat.MovedWith.Concat(cat.Followed).Concat(cat.Followers));
    }

    [Fact]
    public async Task FollowersOfPerson_DatedAndUndatedArrival_NotGuessed()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2015", "2020").Worked("bob", "x", "2015", "2020")
            .Worked("ann", "y", "2020-03", null)
            .Left("bob", "x", "y", null)
            .Queries();

        var bob = (await queries.FollowersOfPersonAsync("bob", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Empty(bob.Followed.Concat(bob.MovedWith).Concat(bob.Followers));
    }

    [Fact]
    public async Task FollowersOfPerson_Limit_CutsEachListAndKeepsTheTotals()
    {
        var graph = new TestGraph().Worked("lead", "x", "2015", "2020-01").Worked("lead", "y", "2020-01", null);
        foreach (var name in new[] { "cat", "ann", "bob" })
        {
            graph.Worked(name, "x", "2016", "2020-06").Worked(name, "y", "2020-06", null);
        }

        var answer = (await graph.Queries().FollowersOfPersonAsync("lead", new FollowerOptions(Limit: 2), TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(3, answer.FollowersCount);
        Assert.Equal(["ann", "bob"], answer.Followers.Select(l => l.Follower.Id));
    }

    [Fact]
    public async Task FollowersOfPerson_UnknownPerson_NotFoundWithSuggestions()
    {
        var queries = new TestGraph().Person("jason-wei", "Jason Wei").Worked("jason-wei", "openai", null, null).Queries();

        var result = await queries.FollowersOfPersonAsync("jason-wie", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("person", result.Unknown!.Parameter);
        Assert.Equal("jason-wei", result.Unknown.Suggestions[0].Entity.Id);
    }

    [Fact]
    public async Task FollowersOfLab_GroupMoveAndLaterFollower_OneChainWave()
    {
        var queries = new TestGraph()
            .Worked("ann", "x", "2015", "2020-01").Worked("bob", "x", "2016", "2020-01").Worked("cat", "x", "2017", "2020-09")
            .Worked("ann", "y", "2020-01", null)
            .Worked("bob", "y", "2020-01", null)
            .Worked("cat", "y", "2020-10", null)
            .Worked("dan", "y", "2012", null)
            .Worked("eve", "z", "2010", "2014").Worked("fay", "z", "2011", "2014")
            .Worked("eve", "y", "2014-05", null).Worked("fay", "y", "2014-05", null)
            .Queries();

        var waves = (await queries.FollowersOfLabAsync("y", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(6, waves.Arrivals);
        Assert.Equal(2, waves.Waves.Count);
        var first = waves.Waves[0];
        Assert.Equal((1, WaveKind.Together), (first.Number, first.Kind));
        Assert.Equal(["eve", "fay"], first.Arrivals.Select(a => a.Person.Id).Order(StringComparer.Ordinal));
        var second = waves.Waves[1];
        Assert.Equal(WaveKind.Chain, second.Kind);
        Assert.Equal(["ann", "bob", "cat"], second.Arrivals.Select(a => a.Person.Id).Order(StringComparer.Ordinal));
        Assert.Contains(second.Links, l => l.Kind == FollowKind.Together && l.Leader.Id == "ann" && l.Follower.Id == "bob");
        Assert.Contains(second.Links, l => l.Kind == FollowKind.Followed && l.Leader.Id == "ann" && l.Follower.Id == "cat" && l.LagMonths == 9);
        Assert.Equal(PartialDate(2020, 1), second.From);
        Assert.Equal(PartialDate(2020, 10), second.Until);
        Assert.False(waves.Capped);
    }

    [Fact]
    public async Task FollowersOfLab_AgreesWithPerPersonAnswers()
    {
        var random = new Random(7);
        var graph = new TestGraph();
        for (var p = 0; p < 30; p++)
        {
            var month = 1 + random.Next(0, 12);
            graph.Worked($"p{p}", $"x{random.Next(0, 3)}", "2015", $"2019-{month:D2}");
            graph.Worked($"p{p}", "y", $"{2019 + random.Next(0, 2)}-{month:D2}", null);
        }

        var queries = graph.Queries();
        var waves = (await queries.FollowersOfLabAsync("y", cancellationToken: TestContext.Current.CancellationToken)).Value!;
        var fromLab = waves.Waves.SelectMany(w => w.Links).Select(l => (l.Kind, l.Leader.Id, l.Follower.Id)).ToHashSet();
        var fromPeople = new HashSet<(FollowKind, string, string)>();
        for (var p = 0; p < 30; p++)
        {
            var answer = (await queries.FollowersOfPersonAsync($"p{p}", cancellationToken: TestContext.Current.CancellationToken)).Value!;
            foreach (var link in answer.Followed.Concat(answer.Followers).Concat(answer.MovedWith))
            {
                fromPeople.Add((link.Kind, link.Leader.Id, link.Follower.Id));
            }
        }

        Assert.NotEmpty(fromLab);
        Assert.Equal(fromPeople.Order().ToList(), fromLab.Order().ToList());
    }

    private static GraphExplorer.Core.Model.PartialDate PartialDate(int year, int month) => GraphExplorer.Core.Model.PartialDate.Of(year, month);
}
