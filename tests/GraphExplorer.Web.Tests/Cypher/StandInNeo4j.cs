using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using GraphExplorer.Neo4j;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Web.Tests.Cypher;

/// <summary>A statement the stand-in received: its text, parameters (typed JSON) and access mode.</summary>
public sealed record ReceivedStatement(string Statement, JsonElement Parameters, string AccessMode);

/// <summary>
/// Just enough of Neo4j's HTTP Query API for the web host to start on it (discovery, the credentials probe, the schema,
/// the revision, empty snapshots) and for a test to answer the console's own statement however it needs to: rows in
/// typed JSON, an error, or nothing for a while. Real Kestrel on a free loopback port.
/// </summary>
public sealed class StandInNeo4j : IAsyncDisposable
{
    public const string Password = "stand-in-password";

    private static readonly Dictionary<string, string> s_files = CypherFiles.Names
        .Select(n => Path.GetFileNameWithoutExtension(n))
        .SelectMany(n => CypherFiles.Statements(n).Select(s => (Text: s, File: n)).Append((Text: CypherFiles.Get(n), File: n)))
        .DistinctBy(p => p.Text)
        .ToDictionary(p => p.Text, p => p.File, StringComparer.Ordinal);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedStatement> _console = new();
    private readonly ConcurrentQueue<string> _files = new();

    private StandInNeo4j(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
    }

    public Uri Uri { get; }

    /// <summary>Gets the statements that were not the application's own files (what the console sent).</summary>
    public IReadOnlyList<ReceivedStatement> ConsoleStatements => [.. _console];

    /// <summary>Gets the application's own statements, by file name, in the order received.</summary>
    public IReadOnlyList<string> Files => [.. _files];

    /// <summary>Answers the console's statements: the HTTP status and the JSON body to send.</summary>
    public Func<ReceivedStatement, Task<(int Status, string Body)>> Console { get; set; } =
        _ => Task.FromResult((202, """{"data":{"fields":[],"values":[]}}"""));

    public static async Task<StandInNeo4j> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        StandInNeo4j? standIn = null;
        app.Run(context => standIn!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn = new StandInNeo4j(app, new Uri(address));
        return standIn;
    }

    /// <summary>The settings that put the web host on this stand-in.</summary>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["GraphExplorer:Store"] = "Neo4j",
            ["GraphExplorer:Neo4j:Uri"] = Uri.ToString(),
            ["GraphExplorer:Neo4j:Password"] = Password,
            ["GraphExplorer:Neo4j:RetryDelay"] = "00:00:00.010",
            ["GraphExplorer:LoadSeedWhenEmpty"] = "false",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Method == "GET" && context.Request.Path == "/")
        {
            await Reply(context, 200, """{"neo4j_version":"5.26.0","neo4j_edition":"community"}""");
            return;
        }

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password));
        if (context.Request.Headers.Authorization.ToString() != expected)
        {
            await Reply(context, 401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""");
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        using var body = JsonDocument.Parse(await reader.ReadToEndAsync(context.RequestAborted));
        var statement = body.RootElement.GetProperty("statement").GetString()!;
        if (statement == "RETURN 1 AS ok")
        {
            await Reply(context, 202, """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]}}""");
            return;
        }

        if (s_files.TryGetValue(statement, out var file))
        {
            _files.Enqueue(file);
            await Reply(context, 202, file switch
            {
                "get-revision" => """{"data":{"fields":["revision"],"values":[[{"$type":"Integer","_value":"0"}]]}}""",
                "changes-since" => """{"data":{"fields":["revision","nodes","edges","articles"],"values":[[{"$type":"Integer","_value":"0"},{"$type":"Integer","_value":"0"},{"$type":"Integer","_value":"0"},{"$type":"Integer","_value":"0"}]]}}""",
                _ => """{"data":{"fields":[],"values":[]}}""",
            });
            return;
        }

        var received = new ReceivedStatement(
            statement,
            body.RootElement.TryGetProperty("parameters", out var p) ? p.Clone() : default,
            body.RootElement.TryGetProperty("accessMode", out var mode) ? mode.GetString() ?? "Write" : "Write");
        _console.Enqueue(received);
        var (status, json) = await Console(received);
        await Reply(context, status, json);
    }

    private static async Task Reply(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/vnd.neo4j.query";
        await context.Response.WriteAsync(json);
    }
}
