using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Seed;
using GraphExplorer.Embedded;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Tests.Graph;

public sealed class GraphApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetGraph_FirstStartWithEmptyStore_ServesTheSeedGraph()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        var graph = await client.GetGraphAsync();

        // The host's graph is exactly what the load pipeline makes of the seed in a store of its own.
        var expected = await LoadSeedIntoFreshStoreAsync(factory.Folder);
        Assert.True(graph.IsSnapshot);
        Assert.Equal(expected.Revision, graph.Revision);
        Assert.Equal(GraphState.Of(expected), GraphState.Of(graph));
        Assert.Contains(graph.Nodes, n => n.Kind == Core.Model.NodeKind.Person);
        Assert.Contains(graph.Nodes, n => n.Kind == Core.Model.NodeKind.Lab);
        Assert.NotEmpty(graph.Edges);
    }

    [Fact]
    public async Task GetGraph_SecondStartOnTheSameFile_KeepsTheGraphAndDoesNotLoadTheSeedAgain()
    {
        using var folder = new TempFolder();
        var dataPath = Path.Combine(folder.Path, "graph.db");
        GraphPayload before;
        await using (var first = new ExplorerFactory(dataPath: dataPath))
        {
            using var client = first.CreateClient();
            await client.LoadAsync(TestFacts.Batch(1));
            before = await client.GetGraphAsync();
        }

        await using var second = new ExplorerFactory(dataPath: dataPath);
        using var secondClient = second.CreateClient();
        var after = await secondClient.GetGraphAsync();

        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(GraphState.Of(before), GraphState.Of(after));
    }

    [Fact]
    public async Task GetGraph_SinceRevision_ReturnsOnlyWhatChangedAfterIt()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();

        var answer = await client.LoadAsync(TestFacts.Batch(1));
        var changes = await client.GetGraphAsync(before.Revision);

        Assert.False(changes.IsSnapshot);
        Assert.Equal(before.Revision, changes.FromRevision);
        Assert.Equal(answer.Revision, changes.Revision);
        Assert.Equal(
            ["Test Lab 1", "Test Lab 2", "Test Person 1"],
            changes.Nodes.Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, changes.Edges.Count);
        Assert.Equal("test-article-1", Assert.Single(changes.Articles).Id);
    }

    [Fact]
    public async Task GetGraph_SinceTheCurrentRevision_ReturnsAnEmptyDelta()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var now = await client.GetGraphAsync();

        var changes = await client.GetGraphAsync(now.Revision);

        Assert.False(changes.IsSnapshot);
        Assert.Equal(now.Revision, changes.Revision);
        Assert.Empty(changes.Nodes);
        Assert.Empty(changes.Edges);
    }

    [Fact]
    public async Task GetGraph_SinceARevisionTheStoreNeverReached_ReturnsASnapshot()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var now = await client.GetGraphAsync();

        var changes = await client.GetGraphAsync(now.Revision + 1000);

        Assert.True(changes.IsSnapshot);
        Assert.Equal(GraphState.Of(now), GraphState.Of(changes));
    }

    [Fact]
    public async Task GetGraph_TooManyChangesSinceTheRevision_ReturnsASnapshot()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:SnapshotThreshold"] = "3" });
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();
        await client.LoadAsync(TestFacts.Batch(1) + TestFacts.Batch(2));

        var changes = await client.GetGraphAsync(before.Revision);

        Assert.True(changes.IsSnapshot);
        Assert.Equal(GraphState.Of(await client.GetGraphAsync()), GraphState.Of(changes));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task GetGraph_SinceRevisionNotAWholeNumber_ProblemNamesTheParameter(string value)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/graph?sinceRevision={value}", Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("sinceRevision", problem.GetProperty("parameter").GetString());
        Assert.Contains(value, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("sinceRevision", out _));
    }

    [Theory]
    [InlineData("1999", 0)] // the seed's earliest fact is OpenAI's founding in 2015
    [InlineData("2023-01", 0)] // Thinking Machines Lab was founded in 2024; the undated moves there were reported in 2025
    [InlineData("2025-03", 6)] // Murati's founding and move, Schulman's move, and the three undated moves reported in Feb 2025
    public async Task GetGraph_AsOfOnSeed_ShowsOnlyWhatWasKnownThen(string asOf, int tmlEdges)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/graph?asOf={asOf}", Ct);
        var graph = (await response.Content.ReadFromJsonAsync<GraphPayload>(Api.Json, Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tmlEdges, graph.Edges.Count(e => e.Target == "thinking-machines-lab"));
        Assert.All(graph.Edges, e => Assert.Contains(graph.Nodes, n => n.Id == e.Source));
        if (asOf == "1999")
        {
            Assert.Empty(graph.Nodes);
        }
    }

    [Theory]
    [InlineData("2024-13", "not a valid date")]
    [InlineData("abc", "yyyy, yyyy-mm or yyyy-mm-dd")]
    public async Task GetGraph_AsOfNotADate_ProblemNamesTheParameterAndWhatIsWrong(string value, string says)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/graph?asOf={value}", Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("asOf", problem.GetProperty("parameter").GetString());
        Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGraph_Json_UsesCamelCaseAndTheGraphsNamesForKindsAndEdgeTypes()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        await client.LoadAsync(TestFacts.Batch(1));

        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/graph", Ct));
        var root = document.RootElement;

        Assert.True(root.GetProperty("isSnapshot").GetBoolean());
        Assert.True(root.GetProperty("revision").GetInt64() > 0);
        var kinds = root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).Distinct().Order().ToList();
        Assert.Equal(["lab", "person"], kinds);
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        var leftFor = edges.Single(e => e.GetProperty("source").GetString() == "test-person-1" && e.GetProperty("type").GetString() == "LEFT_FOR");
        Assert.Equal("test-lab-1", leftFor.GetProperty("from").GetString());
        Assert.Equal("test-lab-2", leftFor.GetProperty("target").GetString());
        Assert.Equal("2024-05", leftFor.GetProperty("date").GetString());
        Assert.Equal(["test-article-1"], leftFor.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var workedAt = edges.Single(e => e.GetProperty("source").GetString() == "test-person-1" && e.GetProperty("type").GetString() == "WORKED_AT");
        Assert.Equal("2021", workedAt.GetProperty("start").GetString());
        Assert.Equal("2024-04", workedAt.GetProperty("end").GetString());
        Assert.False(workedAt.TryGetProperty("date", out _));
        Assert.Contains(edges, e => e.GetProperty("type").GetString() == "FOUNDED");
    }

    /// <summary>The seed loaded by the loader into a store of the test's own, as the API would serve it.</summary>
    private static async Task<GraphPayload> LoadSeedIntoFreshStoreAsync(string folder)
    {
        var path = Path.Combine(folder, "expected-seed.db");
        await using var store = TestStores.Embedded(path);
        await store.InitializeAsync();
        var report = await new FactLoader(store).LoadFactsAsync(await SeedFacts.ReadAsync(), "seed");
        Assert.False(report.HasRejections);
        return (await store.GetChangesSinceAsync(0)).ToPayload();
    }
}
