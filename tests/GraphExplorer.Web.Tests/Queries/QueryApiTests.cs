using System.Net;
using System.Text.Json;
using GraphExplorer.Web.Tests.TestSupport;

namespace GraphExplorer.Web.Tests.Queries;

/// <summary>One real host (embedded store, seeded on start) shared by the query tests, which only read.</summary>
public sealed class SeededHost : IAsyncLifetime
{
    private ExplorerFactory? _factory;

    public HttpClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new ExplorerFactory();
        Client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

public sealed class QueryApiTests(SeededHost host) : IClassFixture<SeededHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetPaths_SchulmanToLeike_HopsCarryTheirEdges()
    {
        var answer = await GetOkAsync("/api/paths?from=john-schulman&to=jan-leike");

        Assert.Equal("john-schulman", answer.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(2, answer.GetProperty("length").GetInt32());
        var path = answer.GetProperty("paths")[0];
        Assert.Equal(3, path.GetProperty("nodes").GetArrayLength());
        var hop = path.GetProperty("hops")[0];
        Assert.Equal("john-schulman", hop.GetProperty("from").GetString());
        var edge = hop.GetProperty("edge");
        Assert.Equal("WORKED_AT", edge.GetProperty("type").GetString());
        Assert.Equal("john-schulman", edge.GetProperty("source").GetString());
        Assert.NotEqual(0, edge.GetProperty("sources").GetArrayLength());
        Assert.False(answer.GetProperty("capped").GetBoolean());
        Assert.False(answer.TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task GetPaths_All_EveryShortestPath()
    {
        var answer = await GetOkAsync("/api/paths?from=john-schulman&to=jan-leike&all=true");

        var labs = answer.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("nodes")[1].GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["anthropic", "openai"], labs);
    }

    [Fact]
    public async Task GetPaths_NoPathWithinMaxHops_OkWithEmptyListAndReason()
    {
        var answer = await GetOkAsync("/api/paths?from=john-schulman&to=jason-wei&maxHops=1");

        Assert.Equal(0, answer.GetProperty("paths").GetArrayLength());
        Assert.Equal("no path within 1 hops", answer.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task GetPaths_AsOf_OnlyWhatExistedThen()
    {
        var answer = await GetOkAsync("/api/paths?from=john-schulman&to=jason-wei&asOf=2020");

        Assert.Equal("2020", answer.GetProperty("asOf").GetString());
        Assert.Equal(0, answer.GetProperty("paths").GetArrayLength());
        Assert.Contains("as of 2020", answer.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/paths?from=john-schulman&to=jan-leike&maxHops=13", "maxHops")]
    [InlineData("/api/paths?from=john-schulman&to=jan-leike&maxHops=0", "maxHops")]
    [InlineData("/api/paths?from=john-schulman&to=jan-leike&maxHops=six", "maxHops")]
    [InlineData("/api/paths?from=john-schulman&to=jan-leike&all=maybe", "all")]
    [InlineData("/api/paths?from=john-schulman&to=jan-leike&asOf=2024-13", "asOf")]
    [InlineData("/api/paths?to=jan-leike", "from")]
    [InlineData("/api/followers", "person")]
    [InlineData("/api/followers?person=jason-wei&lab=openai", "person")]
    [InlineData("/api/followers?person=jason-wei&window=-1", "window")]
    [InlineData("/api/clusters?seed=x", "seed")]
    [InlineData("/api/flows?since=2025&until=2024", "since")]
    [InlineData("/api/flows?until=24", "until")]
    [InlineData("/api/flows?retention=0", "retention")]
    [InlineData("/api/labs/openai?limit=-5", "limit")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=%C2%B7-%C2%B7", "q")]
    [InlineData("/api/search?q=schulman&limit=1000", "limit")]
    [InlineData("/api/search?q=schulman&kind=robot", "kind")]
    public async Task Get_BadParameter_BadRequestNamingIt(string url, string parameter)
    {
        using var response = await host.Client.GetAsync(url, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/api/paths?from=jan-leike&to=john-shulman", "to", "john-schulman")]
    [InlineData("/api/people/mira-murat", "id", "mira-murati")]
    [InlineData("/api/labs/antropic", "id", "anthropic")]
    [InlineData("/api/followers?person=jason-wie", "person", "jason-wei")]
    [InlineData("/api/followers?lab=thinking-machine-lab", "lab", "thinking-machines-lab")]
    public async Task Get_UnknownId_NotFoundWithTheClosestNames(string url, string parameter, string suggestion)
    {
        using var response = await host.Client.GetAsync(url, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(suggestion, problem.GetProperty("suggestions")[0].GetProperty("id").GetString());
        Assert.Contains(suggestion, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("舒曼")]
    [InlineData("schulman")]
    [InlineData("SCHÜLMAN")]
    public async Task Search_SpellingsOfSchulman_HimFirst(string q)
    {
        var hits = await GetOkAsync($"/api/search?q={Uri.EscapeDataString(q)}");

        var first = hits[0];
        Assert.Equal("john-schulman", first.GetProperty("id").GetString());
        Assert.Equal("person", first.GetProperty("kind").GetString());
        Assert.Equal("John Schulman", first.GetProperty("name").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("matched").GetString()));
    }

    [Fact]
    public async Task GetFollowers_Person_FollowedFollowersAndMovedWith()
    {
        var schulman = await GetOkAsync("/api/followers?person=john-schulman");
        var wei = await GetOkAsync("/api/followers?person=jason-wei");

        var followed = schulman.GetProperty("followed").EnumerateArray().ToList();
        Assert.Contains(followed, f => f.GetProperty("leader").GetProperty("id").GetString() == "mira-murati"
            && f.GetProperty("lab").GetProperty("id").GetString() == "thinking-machines-lab"
            && f.GetProperty("kind").GetString() == "followed"
            && f.GetProperty("lagMonths").GetInt32() == 5);
        Assert.Contains(followed, f => f.GetProperty("leader").GetProperty("id").GetString() == "jan-leike" && f.GetProperty("lagMonths").GetInt32() == 3);
        Assert.Equal(24, schulman.GetProperty("windowMonths").GetInt32());
        Assert.Equal(2, wei.GetProperty("movedWith").EnumerateArray().Count(l => l.GetProperty("kind").GetString() == "together"));
    }

    [Fact]
    public async Task GetFollowers_Lab_WavesLedByTheFounder()
    {
        var answer = await GetOkAsync("/api/followers?lab=thinking-machines-lab");

        var wave = Assert.Single(answer.GetProperty("waves").EnumerateArray());
        Assert.Equal("chain", wave.GetProperty("kind").GetString());
        var first = wave.GetProperty("arrivals")[0];
        Assert.Equal("mira-murati", first.GetProperty("personId").GetString());
        Assert.True(first.GetProperty("founder").GetBoolean());
    }

    [Fact]
    public async Task GetClusters_Seed_CommunitiesAndComponents()
    {
        var answer = await GetOkAsync("/api/clusters?seed=7");

        Assert.Equal("louvain", answer.GetProperty("algorithm").GetString());
        Assert.Equal(7, answer.GetProperty("seed").GetInt32());
        Assert.True(answer.GetProperty("clusterCount").GetInt32() > 0);
        var cluster = answer.GetProperty("clusters")[0];
        Assert.Equal(cluster.GetProperty("size").GetInt32(), cluster.GetProperty("members").GetArrayLength());
        Assert.NotEqual(0, cluster.GetProperty("dominantLabs").GetArrayLength());
        Assert.True(answer.GetProperty("components")[0].GetProperty("peopleCount").GetInt32() > 10);
    }

    [Fact]
    public async Task GetFlows_Window_PairsAndLabs()
    {
        var answer = await GetOkAsync("/api/flows?since=2024&until=2024-12");

        var pair = answer.GetProperty("pairs").EnumerateArray().Single(p => p.GetProperty("from").GetString() == "openai" && p.GetProperty("to").GetString() == "anthropic");
        Assert.Equal(2, pair.GetProperty("count").GetInt32()); // Leike (2024-05) and Schulman (2024-08); the undated moves are left out
        Assert.Equal(["jan-leike", "john-schulman"], pair.GetProperty("people").EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(1.0, pair.GetProperty("ratio").GetDouble());
        Assert.True(answer.GetProperty("undatedMoves").GetInt32() > 0);
        var openai = answer.GetProperty("labs").EnumerateArray().Single(l => l.GetProperty("labId").GetString() == "openai");
        Assert.True(openai.GetProperty("out").GetInt32() >= 2);
        Assert.Equal(-openai.GetProperty("out").GetInt32() + openai.GetProperty("in").GetInt32(), openai.GetProperty("net").GetInt32());
    }

    [Fact]
    public async Task GetFlows_Limit_OnlyTheLabsOfThePairsSentAndTheTotals()
    {
        var all = await GetOkAsync("/api/flows");
        var answer = await GetOkAsync("/api/flows?limit=1&peopleLimit=1");

        var pair = Assert.Single(answer.GetProperty("pairs").EnumerateArray());
        Assert.Equal(1, pair.GetProperty("people").GetArrayLength());
        Assert.Equal(
            new[] { pair.GetProperty("from").GetString(), pair.GetProperty("to").GetString() }.Order(StringComparer.Ordinal),
            answer.GetProperty("labs").EnumerateArray().Select(l => l.GetProperty("labId").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(all.GetProperty("pairCount").GetInt32(), answer.GetProperty("pairCount").GetInt32());
        Assert.Equal(all.GetProperty("labCount").GetInt32(), answer.GetProperty("labCount").GetInt32());
        Assert.True(answer.GetProperty("labCount").GetInt32() > 2);
    }

    [Fact]
    public async Task GetPerson_Seed_CareerTenuresAndArticles()
    {
        var answer = await GetOkAsync("/api/people/john-schulman");

        Assert.Equal("John Schulman", answer.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal(["openai", "anthropic", "thinking-machines-lab"], answer.GetProperty("tenures").EnumerateArray().Select(t => t.GetProperty("labId").GetString()));
        Assert.Equal(("WORKED_AT", "2015"), (answer.GetProperty("edges")[0].GetProperty("type").GetString(), answer.GetProperty("edges")[0].GetProperty("start").GetString()));
        Assert.Equal(4, answer.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task GetLab_Seed_PeopleAndFlows()
    {
        var answer = await GetOkAsync("/api/labs/anthropic");

        Assert.Contains(answer.GetProperty("people").EnumerateArray(), p => p.GetProperty("id").GetString() == "jan-leike");
        var inflow = Assert.Single(answer.GetProperty("inflow").EnumerateArray());
        Assert.Equal(("openai", 5), (inflow.GetProperty("labId").GetString(), inflow.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task OpenApi_DescribesTheQueryRoutes()
    {
        var document = await GetOkAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var route in new[] { "/api/paths", "/api/followers", "/api/clusters", "/api/flows", "/api/people/{id}", "/api/labs/{id}", "/api/search" })
        {
            Assert.True(paths.TryGetProperty(route, out var item), $"{route} is missing from the OpenAPI description");
            var get = item.GetProperty("get");
            Assert.Contains("Queries", get.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.True(get.GetProperty("responses").TryGetProperty("200", out _));
        }

        Assert.True(paths.GetProperty("/api/paths").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(paths.GetProperty("/api/paths").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
    }

    private async Task<JsonElement> GetOkAsync(string url)
    {
        using var response = await host.Client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
