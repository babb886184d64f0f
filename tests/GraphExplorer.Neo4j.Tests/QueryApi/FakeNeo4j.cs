using System.Collections.Concurrent;
using System.Text;
using GraphExplorer.Neo4j.QueryApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

/// <summary>A request as the fake server saw it.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
}

/// <summary>
/// A local stand-in for Neo4j's HTTP Query API: real Kestrel on 127.0.0.1 with a free port, answering with whatever
/// the test's handler writes (the documented shapes), and recording every request it got.
/// </summary>
internal sealed class FakeNeo4j : IAsyncDisposable
{
    public const string Password = "fake-password-1";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeNeo4j(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
    }

    public Uri Uri { get; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<FakeNeo4j> StartAsync(Func<HttpContext, RecordedRequest, int, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeNeo4j? fake = null;
        var count = 0;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
            var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, headers, body);
            fake!._requests.Enqueue(recorded);
            await handler(context, recorded, Interlocked.Increment(ref count));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeNeo4j(app, new Uri(address));
        return fake;
    }

    /// <summary>Answers every request the same way.</summary>
    public static Task<FakeNeo4j> StartAsync(int status, string json, IReadOnlyDictionary<string, string>? headers = null) =>
        StartAsync((context, _, _) => Reply(context, status, json, headers));

    public static async Task Reply(HttpContext context, int status, string json, IReadOnlyDictionary<string, string>? headers = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/vnd.neo4j.query";
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(json);
    }

    public QueryApiClient CreateClient(Action<Neo4jOptions>? configure = null, ILogger<QueryApiClient>? logger = null, TimeProvider? time = null) =>
        CreateClient(Uri, configure, logger, time);

    /// <summary>
    /// A client for any address. Unless <paramref name="time"/> says otherwise it runs on a <see cref="RetryClock"/>, so
    /// retries wait their back-off on a fake clock instead of sleeping.
    /// </summary>
    public static QueryApiClient CreateClient(Uri uri, Action<Neo4jOptions>? configure = null, ILogger<QueryApiClient>? logger = null, TimeProvider? time = null)
    {
        var options = new Neo4jOptions
        {
            Uri = uri,
            User = "neo4j",
            Password = Password,
            Timeout = TimeSpan.FromSeconds(5),
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(250),
        };
        configure?.Invoke(options);
        return new QueryApiClient(new HttpClient(), Options.Create(options), logger ?? NullLogger<QueryApiClient>.Instance, time ?? new RetryClock(options.RetryDelay));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
