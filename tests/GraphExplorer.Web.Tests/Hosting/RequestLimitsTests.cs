using System.Net;
using System.Text;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Web.Queries;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Web.Tests.Hosting;

/// <summary>Limits by route (concurrency of expensive reads, body sizes), the answer cache, and framework errors as ProblemDetails.</summary>
public sealed class RequestLimitsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetClusters_BeyondTheConcurrencyLimit_Answers429WithRetryAfterAsProblemDetails()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = new ExplorerFactory(new Dictionary<string, string?>
        {
            ["GraphExplorer:Limits:ExpensivePerAddress"] = "1",
            ["GraphExplorer:Limits:ExpensiveQueue"] = "0",
        });
        using var gated = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<ITalentQueries>(sp => new GatedQueries(new InMemoryTalentQueries(sp.GetRequiredService<ITalentGraphReader>()), entered, gate.Task))));
        using var client = gated.CreateClient();

        var first = client.GetAsync("/api/clusters?seed=7", Ct);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        using (var refused = await client.GetAsync("/api/clusters?seed=8", Ct))
        {
            await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        }

        gate.SetResult();
        using var answered = await first;
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        using var after = await client.GetAsync("/api/clusters?seed=8", Ct);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Clusters_AskedTwiceAtOneRevision_AreComputedOnceAndAgainAfterACommit()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var reader = factory.Services.GetRequiredService<ITalentGraphReader>();
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var counting = new GatedQueries(new InMemoryTalentQueries(reader), null, Task.CompletedTask);
        var cache = new CachingTalentQueries(counting, store, TimeProvider.System);

        var first = await cache.ClustersAsync(new ClusterOptions(3), Ct);
        var second = await cache.ClustersAsync(new ClusterOptions(3), Ct);
        await cache.FlowsAsync(new FlowQuery(), Ct);
        await cache.FlowsAsync(new FlowQuery(), Ct);
        Assert.Same(first, second);
        Assert.Equal(1, counting.Clusters);
        Assert.Equal(1, counting.Flows);

        await cache.ClustersAsync(new ClusterOptions(4), Ct);
        Assert.Equal(2, counting.Clusters);

        await client.LoadAsync(TestFacts.Batch(1));
        await cache.ClustersAsync(new ClusterOptions(3), Ct);
        Assert.Equal(3, counting.Clusters);
    }

    [Fact]
    public async Task PostCypher_BodyOverItsOwnLimit_Answers413ButFactsTakeMore()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var statement = new string('x', 300 * 1024);
        using var cypher = new StringContent($$"""{"query":"RETURN '{{statement}}'"}""", Encoding.UTF8, "application/json");
        using var refused = await client.PostAsync("/api/cypher", cypher, Ct);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("CypherMaxRequestBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The same size of facts is well within POST /api/facts's limit (it is read, and refused only for its content).
        using var facts = await client.PostFactsAsync(statement);
        Assert.Equal(HttpStatusCode.BadRequest, facts.StatusCode);
    }

    [Fact]
    public async Task PostCypher_WithoutContentType_Answers415TitledUnsupportedMediaType()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent("""{"query":"RETURN 1"}"""u8.ToArray());
        using var response = await client.PostAsync("/api/cypher", content, Ct);
        var problem = await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Unsupported media type", problem.GetProperty("title").GetString());
        Assert.Contains("Content-Type", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/hubs/graph", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/hubs/graph", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/hubs/graph?id=nope", HttpStatusCode.NotFound)]
    [InlineData("GET", "/openapi/v2.json", HttpStatusCode.NotFound)]
    public async Task FrameworkRoutes_Errors_AreProblemDetails(string method, string url, HttpStatusCode expected)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        using var response = await client.SendAsync(request, Ct);
        await response.ReadProblemAsync(expected);
    }

    [Fact]
    public async Task OpenApi_TheRealDocument_StillAnswers()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>Counts the expensive questions, and can hold clusters until released.</summary>
    private sealed class GatedQueries(ITalentQueries inner, TaskCompletionSource? entered, Task gate) : ITalentQueries
    {
        private int _clusters;
        private int _flows;

        public int Clusters => Volatile.Read(ref _clusters);

        public int Flows => Volatile.Read(ref _flows);

        public Task<QueryResult<PathResult>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => inner.FindPathsAsync(query, cancellationToken);

        public Task<QueryResult<PersonFollowers>> FollowersOfPersonAsync(string personId, FollowerOptions? options = null, CancellationToken cancellationToken = default) => inner.FollowersOfPersonAsync(personId, options, cancellationToken);

        public Task<QueryResult<LabWaves>> FollowersOfLabAsync(string labId, FollowerOptions? options = null, CancellationToken cancellationToken = default) => inner.FollowersOfLabAsync(labId, options, cancellationToken);

        public async Task<ClusterResult> ClustersAsync(ClusterOptions? options = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _clusters);
            entered?.TrySetResult();
            await gate;
            return await inner.ClustersAsync(options, cancellationToken);
        }

        public Task<FlowResult> FlowsAsync(FlowQuery query, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _flows);
            return inner.FlowsAsync(query, cancellationToken);
        }

        public Task<QueryResult<PersonDetail>> PersonAsync(string personId, CancellationToken cancellationToken = default) => inner.PersonAsync(personId, cancellationToken);

        public Task<QueryResult<LabDetail>> LabAsync(string labId, int limit = 500, CancellationToken cancellationToken = default) => inner.LabAsync(labId, limit, cancellationToken);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit = 20, NodeKind? kind = null, CancellationToken cancellationToken = default) => inner.SearchAsync(text, limit, kind, cancellationToken);
    }
}
