using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Hosting;
using GraphExplorer.Web.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Web.Tests.TestSupport;

/// <summary>
/// A client of <c>/hubs/graph</c> that behaves like the browser page: it holds the graph, applies a delta only when it
/// starts at the revision it holds, replaces everything on a snapshot, and subscribes again with its revision after a
/// reconnect. Every message that does not fit is recorded as a violation instead of being applied.
/// </summary>
/// <remarks>
/// One way it must differ from the page: the .NET client hands messages to handlers on a loop of their own, which it
/// never waits for when a transport dies (see <c>InvocationMessageReceiveTask</c> in SignalR's <c>HubConnection</c>), so
/// a dead transport's last deltas can reach the handler after the automatic reconnect has already subscribed again.
/// The browser's client is single-threaded and has no such overlap. So after <see cref="KillTransport"/>, a delta that
/// the view already holds all or part of is recorded in <see cref="Repeats"/> and applied only for what it adds;
/// anywhere else it is a violation. Connections the view replaced itself (<see cref="DropAsync"/>) are told apart
/// exactly: their late messages are ignored.
/// </remarks>
public sealed class LiveView : IAsyncDisposable
{
    private readonly TestServer _server;
    private readonly HttpTransportType _transport;
    private readonly Lock _lock = new();
    private readonly List<(long Revision, TaskCompletionSource Reached)> _waiters = [];
    private HubConnection? _connection;
    private System.Net.WebSockets.WebSocket? _socket;
    private int _reconnected;
    private int _received;
    private int _generation;
    private int _transportKills;
    private (int After, TaskCompletionSource Done)? _catchUp;

    private LiveView(TestServer server, HttpTransportType transport)
    {
        _server = server;
        _transport = transport;
    }

    public Dictionary<string, NodeDto> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EdgeDto> Edges { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ArticleDto> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the revision the view holds.</summary>
    public long Revision { get; private set; }

    /// <summary>Gets every message applied, in order: (from, to, snapshot).</summary>
    public List<(long From, long To, bool Snapshot)> Applied { get; } = [];

    /// <summary>Gets messages that did not start at the revision held (a gap or a repeat).</summary>
    public List<string> Violations { get; } = [];

    /// <summary>Gets deltas a dead transport delivered late, once its replacement had caught the view up (see remarks).</summary>
    public List<string> Repeats { get; } = [];

    /// <summary>Gets how many messages arrived late from a connection the view had already replaced, and were ignored.</summary>
    public int LateFromReplacedConnections { get; private set; }

    public static async Task<LiveView> ConnectAsync(TestServer server, long sinceRevision = 0, HttpTransportType transport = HttpTransportType.WebSockets)
    {
        var view = new LiveView(server, transport) { Revision = sinceRevision };
        await view.StartAsync();
        return view;
    }

    /// <summary>Drops the connection and comes back on a new one, asking for what it missed.</summary>
    public async Task ReconnectAsync()
    {
        await DropAsync();
        await StartAsync();
    }

    /// <summary>Gets how many times the client reconnected on its own and subscribed again.</summary>
    public int AutomaticReconnects => Volatile.Read(ref _reconnected);

    /// <summary>Kills the WebSocket under the connection, as a network failure would; the client reconnects by itself.</summary>
    public void KillTransport()
    {
        Interlocked.Increment(ref _transportKills);
        _socket?.Abort();
    }

    /// <summary>Drops the connection (deltas committed meanwhile are missed until <see cref="StartAsync"/>).</summary>
    public async Task DropAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async Task StartAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_server.BaseAddress, GraphHub.Path), options =>
            {
                options.Transports = _transport;
                options.HttpMessageHandlerFactory = _ => _server.CreateHandler();
                if (_transport == HttpTransportType.WebSockets)
                {
                    options.SkipNegotiation = true;
                    options.WebSocketFactory = async (context, cancellationToken) =>
                    {
                        var socket = await _server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellationToken);
                        _socket = socket;
                        return socket;
                    };
                }
            })
            .AddJsonProtocol(o => ApiJson.Configure(o.PayloadSerializerOptions))
            .WithAutomaticReconnect(new PatientRetry())
            .Build();
        int generation;
        lock (_lock)
        {
            generation = ++_generation;
        }

        connection.On<GraphPayload>(GraphHub.DeltaMethod, payload => Apply(payload, generation));

        // As the page does: after an automatic reconnect (a new connection), ask for what was missed.
        connection.Reconnected += async _ =>
        {
            long held;
            lock (_lock)
            {
                held = Revision;
            }

            await connection.InvokeAsync<long>(nameof(GraphHub.Subscribe), held);
            Interlocked.Increment(ref _reconnected);
        };
        await connection.StartAsync();
        _connection = connection;
        long since;
        int received;
        TaskCompletionSource caughtUp;
        lock (_lock)
        {
            since = Revision;
            received = _received;
            caughtUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _catchUp = (received, caughtUp);
        }

        // The catch-up is sent before the call returns, but the client runs message handlers apart from call
        // completions, so wait for the message itself: it is the first one after subscribing.
        await connection.InvokeAsync<long>(nameof(GraphHub.Subscribe), since);
        await caughtUp.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Waits until the view holds <paramref name="revision"/> or later.</summary>
    public Task WaitForRevisionAsync(long revision, TimeSpan timeout)
    {
        TaskCompletionSource reached;
        lock (_lock)
        {
            if (Revision >= revision)
            {
                return Task.CompletedTask;
            }

            reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((revision, reached));
        }

        return reached.Task.WaitAsync(timeout);
    }

    /// <summary>The view's graph in the shape of <c>GET /api/graph</c>, for comparing with the server's.</summary>
    public GraphState State()
    {
        lock (_lock)
        {
            return GraphState.Of(Nodes.Values, Edges.Values, Articles.Values);
        }
    }

    public async ValueTask DisposeAsync() => await DropAsync();

    private void Apply(GraphPayload payload, int generation)
    {
        lock (_lock)
        {
            if (generation != _generation)
            {
                LateFromReplacedConnections++;
                return;
            }

            try
            {
                ApplyLocked(payload);
            }
            finally
            {
                // Signalled once the message is fully recorded, so a waiting test sees its effects.
                _received++;
                if (_catchUp is { } catchUp && _received > catchUp.After)
                {
                    catchUp.Done.TrySetResult();
                    _catchUp = null;
                }
            }
        }
    }

    private void ApplyLocked(GraphPayload payload)
    {
        if (payload.IsSnapshot)
        {
            Nodes.Clear();
            Edges.Clear();
            Articles.Clear();
        }
        else if (payload.FromRevision < Revision && Volatile.Read(ref _transportKills) > 0)
        {
            // A dead transport's late delta and its replacement's catch-up overlap (see remarks). A delta carries every
            // element changed since its start in its latest state, so what it adds on top of the revision held is exact.
            Repeats.Add($"delta {payload.FromRevision}->{payload.Revision} arrived while holding {Revision}");
            if (payload.Revision <= Revision)
            {
                return;
            }

            payload = payload with { FromRevision = Revision };
        }
        else if (payload.FromRevision != Revision)
        {
            Violations.Add($"delta {payload.FromRevision}->{payload.Revision} arrived while holding {Revision}");
            return;
        }

        foreach (var node in payload.Nodes)
        {
            Nodes[node.Id] = node;
        }

        foreach (var edge in payload.Edges)
        {
            Edges[edge.Id] = edge;
        }

        foreach (var article in payload.Articles)
        {
            Articles[article.Id] = article;
        }

        Applied.Add((payload.FromRevision, payload.Revision, payload.IsSnapshot));
        Revision = payload.Revision;
        foreach (var waiter in _waiters.Where(w => w.Revision <= Revision).ToList())
        {
            waiter.Reached.TrySetResult();
            _waiters.Remove(waiter);
        }
    }

    /// <summary>
    /// Retries quickly at first and then every half second for 30 s: a fixed list of four attempts can run out on a
    /// machine busy with other test projects, and a view that gave up would fail the test for the wrong reason.
    /// </summary>
    private sealed class PatientRetry : IRetryPolicy
    {
        private static readonly TimeSpan[] s_first = [TimeSpan.Zero, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100)];

        public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
            retryContext.ElapsedTime >= TimeSpan.FromSeconds(30) ? null
            : retryContext.PreviousRetryCount < s_first.Length ? s_first[retryContext.PreviousRetryCount]
            : TimeSpan.FromMilliseconds(500);
    }
}

/// <summary>A graph as sorted JSON lines per kind, so two graphs compare (and differ readably) as text.</summary>
public sealed record GraphState(string Nodes, string Edges, string Articles)
{
    public static GraphState Of(IEnumerable<NodeDto> nodes, IEnumerable<EdgeDto> edges, IEnumerable<ArticleDto> articles)
    {
        var json = ApiJson.Create();
        return new(Lines(nodes, json), Lines(edges, json), Lines(articles, json));
    }

    public static GraphState Of(GraphPayload payload) => Of(payload.Nodes, payload.Edges, payload.Articles);

    private static string Lines<T>(IEnumerable<T> items, System.Text.Json.JsonSerializerOptions json) =>
        string.Join('\n', items.Select(i => System.Text.Json.JsonSerializer.Serialize(i, json)).Order(StringComparer.Ordinal));
}
