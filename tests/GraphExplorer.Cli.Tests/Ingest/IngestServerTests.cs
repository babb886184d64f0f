using System.Net;
using System.Net.Sockets;
using System.Text;
using GraphExplorer.Core.Facts;

namespace GraphExplorer.Cli.Tests.Ingest;

/// <summary><c>ingest --server</c> against a local stand-in for the explorer that records what it is sent.</summary>
public sealed class IngestServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestServer_GoodAndBadFiles_PostsOneFactsRequestPerGoodFileWithTheKey()
    {
        using var workspace = new IngestWorkspace();
        workspace.WriteArticle("english.md", TestArticles.EnglishMove);
        workspace.WriteArticle("french.txt", TestArticles.FrenchSameMove);
        var empty = workspace.WriteArticle("empty.txt", string.Empty);
        await using var explorer = FakeExplorer.Start();

        var run = await IngestWorkspace.RunAsync("ingest", workspace.Articles, "--server", explorer.Url, "--api-key", "a-key-of-sufficient-length");

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains($"error: {empty}: the file is empty", run.Error, StringComparison.Ordinal);
        var requests = explorer.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(("POST", "/api/facts", "a-key-of-sufficient-length"), (r.Method, r.Path, r.ApiKey)));
        var languages = new List<string?>();
        foreach (var request in requests)
        {
            var facts = new List<Fact>();
            await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(request.Body));
            await foreach (var result in FactReader.ReadAsync(stream, "request", Ct))
            {
                Assert.True(result.Error is null, result.Error?.ToString());
                facts.Add(result.Fact!);
            }

            var article = Assert.Single(facts.OfType<ArticleFact>());
            languages.Add(article.Language);
            Assert.Contains(facts.OfType<LeftForFact>(), m => m.Person == "Jonathan Weber" && m.Sources.Contains(article.Id));
        }

        Assert.Equal(["en", "fr"], languages.Order(StringComparer.Ordinal));
        Assert.Contains($"Loaded into {explorer.Url}", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 batch(es) committed, 0 rejected; the store is at revision 8", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("graphexplorer-ingest-", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestServer_ExplorerRefusesTheWrite_SaysHowToGiveTheKey()
    {
        using var workspace = new IngestWorkspace();
        var file = workspace.WriteArticle("english.md", TestArticles.EnglishMove);
        await using var explorer = FakeExplorer.Start(HttpStatusCode.Unauthorized);

        var run = await IngestWorkspace.RunAsync("ingest", file, "--server", explorer.Url);

        Assert.True(run.ExitCode == CliApplication.Failed, run.ToString());
        Assert.Contains("--api-key", run.Error, StringComparison.Ordinal);
    }

    private sealed record RecordedRequest(string Method, string Path, string? ApiKey, string Body);

    /// <summary>Answers every POST like the explorer's /api/facts does, counting revisions from 6.</summary>
    private sealed class FakeExplorer : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly List<RecordedRequest> _requests = [];
        private readonly HttpStatusCode _status;
        private readonly Task _loop;
        private long _revision = 6;

        private FakeExplorer(HttpStatusCode status)
        {
            _status = status;
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public List<RecordedRequest> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        public static FakeExplorer Start(HttpStatusCode status = HttpStatusCode.OK) => new(status);

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _listener.Close();
        }

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
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
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                lock (_requests)
                {
                    _requests.Add(new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["X-Api-Key"], body));
                }

                context.Response.StatusCode = (int)_status;
                context.Response.ContentType = _status == HttpStatusCode.OK ? "application/json" : "application/problem+json";
                var answer = _status == HttpStatusCode.OK
                    ? $$"""{"revision":{{++_revision}},"added":{"people":1,"labs":2,"edges":3,"articles":1},"existing":{"people":0,"labs":0,"edges":0,"articles":0},"rejected":[],"rejectedCount":0}"""
                    : """{"status":401,"title":"API key required","detail":"Writes need the API key in the X-Api-Key header."}""";
                var bytes = Encoding.UTF8.GetBytes(answer);
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }
}
