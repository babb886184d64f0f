using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Tests.Queries;

/// <summary>The answers issue 3 asks for on the seed data (data/seed/seed-facts.jsonl), computed, not written in.</summary>
public class SeedQueryTests
{
    [Theory]
    [InlineData("john-schulman")]
    [InlineData("jonathan-lachman")]
    [InlineData("christian-gibson")]
    [InlineData("mario-saltarelli")]
    public async Task Followers_Seed_FollowedMiraMuratiToThinkingMachinesLab(string person)
    {
        var queries = await SeedGraph.QueriesAsync();

        var answer = (await queries.FollowersOfPersonAsync(person, cancellationToken: TestContext.Current.CancellationToken)).Value!;

        var link = Assert.Single(answer.Followed, l => l.Leader.Id == "mira-murati" && l.Lab.Id == "thinking-machines-lab");
        Assert.True(link.LeaderFounded);
        Assert.Contains(link.Via, v => v.Id == "openai");
        Assert.Contains("000_33cfb662a21939f8", link.Sources);
    }

    [Fact]
    public async Task Followers_Seed_MiraMuratiLedFourPeopleToThinkingMachinesLab()
    {
        var queries = await SeedGraph.QueriesAsync();

        var murati = (await queries.FollowersOfPersonAsync("mira-murati", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(
            ["christian-gibson", "john-schulman", "jonathan-lachman", "mario-saltarelli"],
            murati.Followers.Where(l => l.Lab.Id == "thinking-machines-lab").Select(l => l.Follower.Id).Order(StringComparer.Ordinal));
        var schulman = Assert.Single(murati.Followers, l => l.Follower.Id == "john-schulman");
        Assert.Equal(PartialDate.Of(2024, 9), schulman.LeaderArrival);
        Assert.Equal(PartialDate.Of(2025, 2), schulman.FollowerArrival);
        Assert.Equal(5, schulman.LagMonths);
    }

    [Fact]
    public async Task Followers_Seed_JohnSchulmanFollowedJanLeikeToAnthropic()
    {
        var queries = await SeedGraph.QueriesAsync();

        var schulman = (await queries.FollowersOfPersonAsync("john-schulman", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        var link = Assert.Single(schulman.Followed, l => l.Leader.Id == "jan-leike" && l.Lab.Id == "anthropic");
        Assert.Equal(FollowKind.Followed, link.Kind);
        Assert.Equal(3, link.LagMonths);
        Assert.Equal(PartialDate.Of(2024, 5), link.LeaderArrival);
        Assert.Equal(PartialDate.Of(2024, 8), link.FollowerArrival);
        Assert.Equal(["openai"], link.Via.Select(v => v.Id));
        Assert.Contains("003_d3b0963700054fd5", link.Sources);
        Assert.Contains("001_691e26207e1cda62", link.Sources);
    }

    [Fact]
    public async Task Followers_Seed_JasonWeiAndHyungWonChungMovedTogetherTwice()
    {
        var queries = await SeedGraph.QueriesAsync();

        var wei = (await queries.FollowersOfPersonAsync("jason-wei", cancellationToken: TestContext.Current.CancellationToken)).Value!;
        var chung = (await queries.FollowersOfPersonAsync("hyung-won-chung", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        var together = wei.MovedWith.Where(l => l.Leader.Id == "hyung-won-chung" || l.Follower.Id == "hyung-won-chung").ToList();
        Assert.Equal(["meta-superintelligence-labs", "openai"], together.Select(l => l.Lab.Id).Order(StringComparer.Ordinal));
        Assert.All(together, l => Assert.Equal(FollowKind.Together, l.Kind));
        Assert.Equal(["google"], together.Single(l => l.Lab.Id == "openai").Via.Select(v => v.Id));
        Assert.Contains(together.Single(l => l.Lab.Id == "meta-superintelligence-labs").Via, v => v.Id == "openai");
        Assert.Equal(2, chung.MovedWith.Count(l => l.Leader.Id == "jason-wei" || l.Follower.Id == "jason-wei"));
        Assert.DoesNotContain(wei.Followed, l => l.Leader.Id == "hyung-won-chung");
    }

    [Fact]
    public async Task FollowersOfLab_SeedThinkingMachinesLab_OneWaveLedByItsFounder()
    {
        var queries = await SeedGraph.QueriesAsync();

        var waves = (await queries.FollowersOfLabAsync("thinking-machines-lab", cancellationToken: TestContext.Current.CancellationToken)).Value!;

        var wave = Assert.Single(waves.Waves);
        Assert.Equal(WaveKind.Chain, wave.Kind);
        Assert.Equal("mira-murati", wave.Arrivals[0].Person.Id);
        Assert.True(wave.Arrivals[0].Founder);
        Assert.Equal(5, wave.Arrivals.Count);

        // The three reported in one article without dates moved together.
        Assert.Equal(3, wave.Links.Count(l => l.Kind == FollowKind.Together));
    }

    [Fact]
    public async Task FindPaths_SeedSchulmanToLeike_TwoHopsThroughOpenAiAndAnthropic()
    {
        var queries = await SeedGraph.QueriesAsync();

        var result = (await queries.FindPathsAsync(new PathQuery("john-schulman", "jan-leike", All: true), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(2, result.Length);
        Assert.Equal(["anthropic", "openai"], result.Paths.Select(p => p.Nodes[1].Id).Order(StringComparer.Ordinal));
        Assert.All(result.Paths.SelectMany(p => p.Hops), h => Assert.NotEmpty(h.Edge.Sources));
    }

    [Fact]
    public async Task FindPaths_SeedAsOf2020_SchulmanAndWeiNotYetColleagues()
    {
        var queries = await SeedGraph.QueriesAsync();

        var now = (await queries.FindPathsAsync(new PathQuery("john-schulman", "jason-wei"), cancellationToken: TestContext.Current.CancellationToken)).Value!;
        var then = (await queries.FindPathsAsync(new PathQuery("john-schulman", "jason-wei", AsOf: PartialDate.Of(2020)), cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(2, now.Length);
        Assert.Equal("openai", now.Paths[0].Nodes[1].Id);
        Assert.NotEqual(2, then.Length);
    }

    [Theory]
    [InlineData("舒曼")]
    [InlineData("schulman")]
    [InlineData("SCHULMAN")]
    [InlineData("约翰·舒曼")]
    [InlineData("john schul")]
    public async Task Search_SeedSpellingsOfSchulman_FindHimFirst(string text)
    {
        var queries = await SeedGraph.QueriesAsync();

        var hits = await queries.SearchAsync(text, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("john-schulman", hits[0].Entity.Id);
    }

    [Fact]
    public async Task Flows_Seed_OpenAiToAnthropicIsTheLargestFlow()
    {
        var queries = await SeedGraph.QueriesAsync();

        var flows = await queries.FlowsAsync(new FlowQuery(), cancellationToken: TestContext.Current.CancellationToken);

        var top = flows.Pairs[0];
        Assert.Equal(("openai", "anthropic"), (top.From.Id, top.To.Id));
        Assert.Equal(5, top.Count);
        Assert.Equal(5, top.Net);
        Assert.Equal(1.0, top.Ratio);
        var openai = Assert.Single(flows.Labs, l => l.Lab.Id == "openai");
        Assert.True(openai.Out >= 10);
    }

    [Fact]
    public async Task Clusters_Seed_DeterministicAndCoverThePeopleWithTies()
    {
        var queries = await SeedGraph.QueriesAsync();

        var first = await queries.ClustersAsync(new ClusterOptions(Seed: 3), cancellationToken: TestContext.Current.CancellationToken);
        var again = await new InMemoryTalentQueries(new FixedGraphReader(await SeedGraph.GraphAsync())).ClustersAsync(new ClusterOptions(Seed: 3), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.Clusters.Select(c => c.Members), again.Clusters.Select(c => c.Members));
        Assert.Equal(first.Modularity, again.Modularity);
        Assert.NotEmpty(first.Clusters);
        Assert.Contains(first.Clusters, c => c.DominantLabs[0].LabId == "openai");

        // Wei and Chung moved together twice and worked together at two labs: they share a community.
        Assert.Contains(first.Clusters, c => c.Members.Contains("jason-wei") && c.Members.Contains("hyung-won-chung"));
    }
}
