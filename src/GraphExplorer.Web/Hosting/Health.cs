using GraphExplorer.Core.Graph;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Web.Hosting;

/// <summary>One check of a health answer.</summary>
/// <param name="Name">The check (<c>store</c>).</param>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Description">What the check found.</param>
/// <param name="DurationMs">How long the check took.</param>
public sealed record HealthCheckAnswer(string Name, string Status, string? Description, double DurationMs);

/// <summary>The answer of <c>/healthz</c> and <c>/readyz</c> when all is well.</summary>
/// <param name="Status">Healthy (or Degraded).</param>
/// <param name="Checks">Each check that ran (none for <c>/healthz</c>).</param>
public sealed record HealthAnswer(string Status, IReadOnlyList<HealthCheckAnswer> Checks);

/// <summary>
/// <c>/healthz</c> answers while the process serves requests; <c>/readyz</c> answers 200 once the store is open and
/// caught up with what other processes committed (on Neo4j that also means the server answers and the schema was
/// applied, which opening the store does) and 503 with a ProblemDetails naming what is not ready otherwise. Built on
/// ASP.NET Core health checks (tag <see cref="ReadyTag"/>), so other checks can join readiness.
/// </summary>
public static class HealthExtensions
{
    /// <summary>The tag of the checks <c>/readyz</c> runs.</summary>
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Hosted services start in order: registered after the store's initializer, the gate opens once the store is
        // open and the seed loaded.
        builder.Services.AddSingleton<StoreStartupGate>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StoreStartupGate>());
        builder.Services.AddHealthChecks().AddCheck<StoreReadinessCheck>("store", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(10));
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var health = app.MapGroup(string.Empty).WithTags("Health");
        health.MapGet("healthz", () => TypedResults.Ok(new HealthAnswer(nameof(HealthStatus.Healthy), [])))
            .WithName("Liveness")
            .WithSummary("Whether the process is alive.")
            .WithDescription("Answers 200 while the host serves requests; checks nothing else (see /readyz).");
        health.MapGet("readyz", ReadyAsync)
            .WithName("Readiness")
            .WithSummary("Whether the store is open and caught up.")
            .WithDescription("200 once the store is open and has read every batch other processes committed (on Neo4j: the server answers and the schema is applied); 503 with the reason otherwise.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<HealthAnswer>, ProblemHttpResult>> ReadyAsync(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(r => r.Tags.Contains(ReadyTag), cancellationToken);
        var checks = report.Entries
            .Select(e => new HealthCheckAnswer(e.Key, e.Value.Status.ToString(), e.Value.Description ?? e.Value.Exception?.Message, e.Value.Duration.TotalMilliseconds))
            .ToList();
        if (report.Status != HealthStatus.Unhealthy)
        {
            return TypedResults.Ok(new HealthAnswer(report.Status.ToString(), checks));
        }

        return TypedResults.Problem(
            title: "Not ready",
            detail: string.Join("; ", checks.Where(c => c.Status == nameof(HealthStatus.Unhealthy)).Select(c => $"{c.Name}: {c.Description}")),
            statusCode: StatusCodes.Status503ServiceUnavailable,
            extensions: new Dictionary<string, object?> { ["checks"] = checks });
    }
}

/// <summary>Open once every hosted service registered before it (the store's initializer) has started.</summary>
internal sealed class StoreStartupGate : IHostedService
{
    private volatile bool _open;

    public bool IsOpen => _open;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _open = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _open = false;
        return Task.CompletedTask;
    }
}

/// <summary>
/// Ready when the store is open and caught up: it asks the store to read what other processes committed (as the
/// external-change watcher does on its ticks, and published the same way), which on Neo4j is a round trip to the server.
/// </summary>
internal sealed class StoreReadinessCheck(StoreStartupGate gate, IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!gate.IsOpen)
        {
            return HealthCheckResult.Unhealthy("the store is still opening (or the host is stopping)");
        }

        try
        {
            await store.SyncExternalChangesAsync(cancellationToken);
            var revision = await store.GetRevisionAsync(cancellationToken);
            return HealthCheckResult.Healthy(
                $"{store.Engine} store open and caught up at revision {revision}",
                new Dictionary<string, object> { ["engine"] = store.Engine, ["revision"] = revision });
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"the {store.Engine} store does not answer: {ex.Message}", ex);
        }
    }
}
