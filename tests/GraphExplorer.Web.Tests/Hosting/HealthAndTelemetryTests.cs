using System.Diagnostics;
using System.Net;
using System.Text.Json;
using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Graph;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraphExplorer.Web.Tests.Hosting;

public sealed class HealthAndTelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_WhenTheHostRuns_Answers200()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_WhenTheStoreIsOpen_SaysSoWithItsRevision()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/readyz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var check = Assert.Single(body.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal(("store", "Healthy"), (check.GetProperty("name").GetString(), check.GetProperty("status").GetString()));
        Assert.Contains("embedded store open and caught up at revision", check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_WhenTheStoreFails_Answers503ProblemNamingTheStore()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.AddSingleton<IGraphStore>(sp => new FailingStore(sp.GetRequiredKeyedService<IGraphStore>(Web.Hosting.GraphStoreExtensions.DurableStoreKey)))))
            .CreateClient();

        using var response = await client.GetAsync("/readyz", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Not ready", body.RootElement.GetProperty("title").GetString());
        Assert.Contains("store: the embedded store does not answer: disk gone", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telemetry_RequestsAndLoads_ReachInMemoryExporters()
    {
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        await using var factory = new ExplorerFactory();
        var host = factory.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(activities));
            services.ConfigureOpenTelemetryMeterProvider(meter => meter.AddInMemoryExporter(metrics));
        }));
        using var client = host.CreateClient();

        using (var graph = await client.GetAsync("/api/graph", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, graph.StatusCode);
        }

        await client.LoadAsync("""{"type":"WORKED_AT","person":"Telemetry Probe","lab":"Probe Lab","start":"2020"}""");
        using var tracked = GraphExplorerTelemetry.TrackLiveQueue("test-connection", () => 3);

        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        // The exporters keep adding from the host's threads (background work ends activities too), so the lists are
        // read as snapshots: enumerating one while an item is added threw "Collection was modified" in 1 run of 3.
        var exported = Snapshot(activities);
        var measured = Snapshot(metrics);
        Assert.Contains(exported, a => a.Kind == ActivityKind.Server && a.GetTagItem("http.route") as string == "api/graph");
        var names = measured.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("http.server.request.duration", names);
        Assert.Contains("graphexplorer.batch.commit.duration", names);
        Assert.Contains("graphexplorer.live.queue.depth", names);
        var loaded = measured.Where(m => m.Name == "graphexplorer.facts.loaded").SelectMany(Points).Sum(p => p.GetSumLong());
        Assert.True(loaded >= 3, $"the batch committed a person, a lab and an edge, but {loaded} facts were counted");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("http://127.0.0.1:4317", true)]
    public async Task Telemetry_OtlpExporter_IsRegisteredOnlyWhenAnEndpointIsConfigured(string? endpoint, bool expected)
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint });
        var registered = new List<string>();
        using var client = factory.WithWebHostBuilder(b => b.ConfigureServices(services =>
            registered.AddRange(services.Select(d => (d.ImplementationType ?? d.ServiceType).FullName ?? string.Empty)))).CreateClient();

        Assert.Equal(expected, registered.Any(name => name.Contains("Otlp", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Logging_InAContainer_WritesJsonToTheConsole()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["DOTNET_RUNNING_IN_CONTAINER"] = "true" });
        _ = factory.CreateClient();

        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
    }

    /// <summary>
    /// The items a list holds now. Copying its array never throws, unlike enumerating it while another thread adds; an
    /// add caught halfway (counted, not yet stored) leaves a null slot, which is dropped.
    /// </summary>
    private static List<T> Snapshot<T>(List<T> list)
        where T : class => [.. list.ToArray().Where(item => item is not null)];

    private static List<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            points.Add(point);
        }

        return points;
    }

    /// <summary>The real store, except that catching up fails as a lost disk or server would.</summary>
    private sealed class FailingStore(IGraphStore inner) : IGraphStore
    {
        public string Engine => inner.Engine;

        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

        public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => inner.GetRevisionAsync(cancellationToken);

        public Task<BatchResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default) => inner.ApplyAsync(batch, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> ResolveAsync(Core.Model.NodeKind kind, IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken = default) =>
            inner.ResolveAsync(kind, namesOrIds, cancellationToken);

        public Task<GraphDelta> GetChangesSinceAsync(long sinceRevision, int maxChanges = int.MaxValue, CancellationToken cancellationToken = default) =>
            inner.GetChangesSinceAsync(sinceRevision, maxChanges, cancellationToken);

        public Task<GraphDelta?> SyncExternalChangesAsync(CancellationToken cancellationToken = default) =>
            throw new IOException("disk gone");

        // The container owns the real store and disposes it.
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
