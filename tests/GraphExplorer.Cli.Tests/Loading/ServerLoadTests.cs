using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphExplorer.Cli.Tests.Loading;

/// <summary>`load --server`: the facts go to a running explorer's POST /api/facts instead of the store file.</summary>
public sealed class ServerLoadTests : IDisposable
{
    private readonly LoadWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Load_WithServer_PostsEachFileWithTheKeyAndPrintsTheAnswer()
    {
        await using var server = FakeExplorer.Start(HttpStatusCode.OK, """{"revision":7,"added":{"people":1,"labs":1,"edges":1,"articles":0},"existing":{"people":0,"labs":0,"edges":0,"articles":0},"rejected":[]}""");
        var first = _workspace.Write("a.jsonl", Facts.WorkedAt("Ada Abe", "OpenAI"));
        var second = _workspace.Write("b.jsonl", Facts.WorkedAt("Cy Abe", "Anthropic"));

        var run = await LoadWorkspace.RunAsync("load", first, second, "--server", server.Url, "--api-key", "secret");

        Assert.True(run.ExitCode == CliApplication.Ok, run.ToString());
        Assert.Equal(2, server.Requests.Count);
        var request = server.Requests.First();
        Assert.Equal("POST /api/facts?skipInvalid=false", request.Line);
        Assert.Equal("secret", request.ApiKey);
        Assert.Equal("application/x-ndjson", request.ContentType);
        Assert.Equal(await File.ReadAllTextAsync(first, TestContext.Current.CancellationToken), request.Body);
        Assert.Matches(@"People\s*│\s*2\s*│\s*0", run.Output);
        Assert.Contains("the store is at revision 7", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_workspace.DataPath));
    }

    [Fact]
    public async Task Load_WithServerThatRefusesTheKey_ExitsOneSayingHowToGiveIt()
    {
        await using var server = FakeExplorer.Start(HttpStatusCode.Unauthorized, """{"title":"Unauthorized","status":401,"detail":"missing or wrong X-Api-Key"}""");
        var file = _workspace.Write("a.jsonl", Facts.WorkedAt("Ada Abe", "OpenAI"));

        var run = await LoadWorkspace.RunAsync("load", file, "--server", server.Url);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains("--api-key", run.Error, StringComparison.Ordinal);
        Assert.Contains("missing or wrong X-Api-Key", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_WithServerListingRejectedLines_ExitsOneAndListsThem()
    {
        await using var server = FakeExplorer.Start(HttpStatusCode.BadRequest, """{"title":"Bad facts","status":400,"detail":"1 invalid line","revision":3,"rejected":[{"location":"body:2","message":"missing field 'lab'"}]}""");
        var file = _workspace.Write("a.jsonl", Facts.WorkedAt("Ada Abe", "OpenAI"), """{"type":"WORKED_AT","person":"Bob"}""");

        var run = await LoadWorkspace.RunAsync("load", file, "--server", server.Url, "--api-key", "k");

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains("body:2: missing field 'lab'", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 invalid line", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_WithServerNotRunning_ExitsOneWithCleanMessage()
    {
        var file = _workspace.Write("a.jsonl", Facts.WorkedAt("Ada Abe", "OpenAI"));

        var run = await LoadWorkspace.RunAsync("load", file, "--server", $"http://127.0.0.1:{FakeExplorer.FreePort()}");

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains("cannot reach the explorer", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
    }

    public sealed record ReceivedRequest(string Line, string? ApiKey, string? ContentType, string Body);

    /// <summary>A stand-in for the explorer's POST /api/facts that records what it was sent and gives a fixed answer.</summary>
    private sealed class FakeExplorer : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly HttpStatusCode _status;
        private readonly string _answer;
        private readonly Task _loop;

        private FakeExplorer(HttpStatusCode status, string answer)
        {
            _status = status;
            _answer = answer;
            Url = $"http://127.0.0.1:{FreePort()}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

        public static FakeExplorer Start(HttpStatusCode status, string answer) => new(status, answer);

        public static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                Requests.Enqueue(new ReceivedRequest($"{context.Request.HttpMethod} {context.Request.Url!.PathAndQuery}", context.Request.Headers["X-Api-Key"], context.Request.ContentType, body));
                context.Response.StatusCode = (int)_status;
                context.Response.ContentType = _status == HttpStatusCode.OK ? "application/json" : "application/problem+json";
                var bytes = Encoding.UTF8.GetBytes(_answer);
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }
}
