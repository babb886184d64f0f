using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphExplorer.Web.Live;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Web.Tests.Live;

/// <summary>
/// Viewers that subscribe and then stop reading their socket, on a real Kestrel server, beside normal viewers: the
/// normal ones must not notice them. The server's and the hostile clients' socket buffers are made small so that their
/// sends block after a few kilobytes instead of a few megabytes, which is the state a stalled client reaches on any
/// network after a while.
/// </summary>
public sealed class HostileClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_WithClientsThatStopReading_NormalViewersGetEveryDeltaAndNewSubscribesAreAnswered()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?>
        {
            ["GraphExplorer:Live:SendTimeout"] = "00:00:02",
        });
        var errors = new ErrorLog();
        var (server, services) = StartKestrel(factory, smallSendBuffers: true, errors);
        using var http = new HttpClient { BaseAddress = server };

        // Five clients subscribe from zero (the whole graph) and never read again.
        var hostile = new List<WebSocket>();
        for (var i = 0; i < 5; i++)
        {
            hostile.Add(await ConnectRawAsync(server, subscribeFrom: 0));
        }

        // Enough to fill every stalled client's buffers: from here on, a send to them blocks.
        await http.LoadAsync(BigBatch(400));

        // Viewers arriving now are answered and caught up although five sends are blocked.
        var viewers = new List<Viewer>();
        for (var i = 0; i < 3; i++)
        {
            viewers.Add(await Viewer.ConnectAsync(server));
        }

        // Small writes one after another: every viewer gets every one, in order. How fast is `graphexplorer bench live
        // --hostile 5`'s question (a figure, not an assertion: this suite shares two cores with every other project).
        for (var i = 0; i < 60; i++)
        {
            var answer = await http.LoadAsync(TestFacts.Batch(i, "Hostile"));
            foreach (var viewer in viewers)
            {
                await viewer.WaitForAsync(answer.Revision, TimeSpan.FromSeconds(30));
            }
        }

        foreach (var viewer in viewers)
        {
            Assert.Empty(viewer.Violations);
        }

        // The stalled clients cost only themselves: their sends time out and they are dropped, the viewers stay.
        var dispatcher = services.GetRequiredService<LiveDispatcher>();
        var deadline = Stopwatch.StartNew();
        while (dispatcher.SubscriberCount > viewers.Count && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50, Ct);
        }

        Assert.Equal(viewers.Count, dispatcher.SubscriberCount);

        // Dropping them is routine: a warning each from the dispatcher, no error with a stack trace from SignalR.
        Assert.Empty(errors.Entries);
        foreach (var socket in hostile)
        {
            socket.Abort();
            socket.Dispose();
        }

        foreach (var viewer in viewers)
        {
            await viewer.DisposeAsync();
        }
    }

    [Fact]
    public async Task Connect_MoreThanTheCapFromOneAddress_IsRefusedWith429ProblemDetails()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?>
        {
            ["GraphExplorer:Live:MaxConnectionsPerAddress"] = "2",
        });
        var (server, _) = StartKestrel(factory, smallSendBuffers: false, new ErrorLog());
        var first = await ConnectRawAsync(server, subscribeFrom: null);
        var second = await ConnectRawAsync(server, subscribeFrom: null);

        using var http = new HttpClient { BaseAddress = server };
        using var third = new HttpRequestMessage(HttpMethod.Post, "/hubs/graph/negotiate?negotiateVersion=1");
        using var response = await http.SendAsync(third, Ct);
        var problem = await response.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("MaxConnectionsPerAddress", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);

        // Closing one makes room again.
        first.Abort();
        first.Dispose();
        var deadline = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(50, Ct);
            using var again = await http.PostAsync("/hubs/graph/negotiate?negotiateVersion=1", null, Ct);
            status = again.StatusCode;
        }
        while (status != HttpStatusCode.OK && deadline.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, status);
        second.Abort();
        second.Dispose();
    }

    /// <summary>Starts the host on Kestrel at a free port; with small send buffers, a client that stops reading blocks sends soon.</summary>
    private static (Uri Server, IServiceProvider Services) StartKestrel(ExplorerFactory factory, bool smallSendBuffers, ErrorLog errors)
    {
        var configured = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(l => l.AddProvider(errors)).ConfigureServices(services =>
        {
            if (smallSendBuffers)
            {
                // Accepted sockets inherit the listening socket's buffer sizes.
                services.Configure<SocketTransportOptions>(o => o.CreateBoundListenSocket = endpoint =>
                {
                    var socket = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                    socket.SendBufferSize = 4096;
                    return socket;
                });
            }
        }));
        configured.UseKestrel(0);
        configured.StartServer();
        var address = configured.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address);
        return (new UriBuilder(uri) { Host = "127.0.0.1" }.Uri, configured.Services);
    }

    /// <summary>
    /// A SignalR client written by hand over a raw WebSocket with a tiny receive buffer: it shakes hands, optionally
    /// subscribes, and then never reads what the server sends.
    /// </summary>
    private static async Task<WebSocket> ConnectRawAsync(Uri server, long? subscribeFrom)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 2048 };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var client = new ClientWebSocket();
        await client.ConnectAsync(new Uri($"ws://{server.Authority}/hubs/graph"), new HttpMessageInvoker(handler), Ct);
        await SendAsync(client, """{"protocol":"json","version":1}""");
        if (subscribeFrom is { } since)
        {
            await SendAsync(client, $$"""{"type":1,"invocationId":"1","target":"Subscribe","arguments":[{{since}}]}""");
        }

        return client;
    }

    private static Task SendAsync(WebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + "\u001e"), WebSocketMessageType.Text, endOfMessage: true, Ct);

    private static string BigBatch(int people)
    {
        var text = new StringBuilder();
        for (var i = 0; i < people; i++)
        {
            text.Append(TestFacts.Batch(i, "Filler"));
        }

        return text.ToString();
    }

    /// <summary>Collects what the host logs as an error or worse.</summary>
    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Entries.Enqueue($"{logLevel} {eventId}: {formatter(state, exception)} {exception?.GetType().Name}");
            }
        }

        public void Dispose()
        {
        }
    }

    /// <summary>A normal viewer over a real WebSocket: it notes when each revision reached it.</summary>
    private sealed class Viewer : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly Lock _lock = new();
        private readonly List<(long Revision, long At, TaskCompletionSource<long> Reached)> _waiters = [];
        private long _held;

        private Viewer(HubConnection connection) => _connection = connection;

        public List<string> Violations { get; } = [];

        public static async Task<Viewer> ConnectAsync(Uri server)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(server, "/hubs/graph"), o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                })
                .Build();
            var viewer = new Viewer(connection);
            connection.On<JsonElement>(GraphHub.DeltaMethod, viewer.OnDelta);
            await connection.StartAsync(Ct);
            var held = await connection.InvokeAsync<long>(nameof(GraphHub.Subscribe), 0L, Ct);
            lock (viewer._lock)
            {
                viewer._held = Math.Max(viewer._held, held);
            }

            return viewer;
        }

        public async Task<long> WaitForAsync(long revision, TimeSpan timeout)
        {
            TaskCompletionSource<long> reached;
            lock (_lock)
            {
                if (_held >= revision)
                {
                    return Stopwatch.GetTimestamp();
                }

                reached = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((revision, 0, reached));
            }

            return await reached.Task.WaitAsync(timeout, Ct);
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();

        private void OnDelta(JsonElement delta)
        {
            var now = Stopwatch.GetTimestamp();
            var from = delta.GetProperty("fromRevision").GetInt64();
            var to = delta.GetProperty("revision").GetInt64();
            var snapshot = delta.TryGetProperty("isSnapshot", out var s) && s.GetBoolean();
            lock (_lock)
            {
                if (!snapshot && from != _held && to > _held)
                {
                    Violations.Add($"delta {from}..{to} while holding {_held}");
                }

                _held = Math.Max(_held, to);
                foreach (var waiter in _waiters.Where(w => w.Revision <= _held).ToList())
                {
                    waiter.Reached.TrySetResult(now);
                    _waiters.Remove(waiter);
                }
            }
        }
    }
}
