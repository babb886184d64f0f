using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Hosting;
using GraphExplorer.Web.Live;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Tests.Live;

/// <summary>
/// The dispatcher on its own, with a real store and a hub that records what it is asked to send, so the orderings that
/// are races over a network can be set up exactly.
/// </summary>
public sealed class LiveDispatcherTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly RecordingHub _hub = new();
    private IGraphStore _store = null!;
    private LiveDispatcher _dispatcher = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = TestStores.Embedded(Path.Combine(_folder.Path, "graph.db"));
        await _store.InitializeAsync(Ct);
        _dispatcher = new LiveDispatcher(_hub, _store, Options.Create(new GraphExplorerOptions()), Options.Create(new LiveOptions()), TimeProvider.System, NullLogger<LiveDispatcher>.Instance);
        await _dispatcher.StartAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _dispatcher.StopAsync(CancellationToken.None);
        _dispatcher.Dispose();
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Publish_DeltasQueuedBehindASlowSend_GoOutAsOneMergedDelta()
    {
        await _dispatcher.SubscribeAsync("c1", 0, Ct);
        _hub.Hold();
        var first = await CommitAsync(1);
        _dispatcher.Publish(first.Delta);
        await _hub.WaitForSendsAsync(2);

        // The loop is stuck sending the first delta; two more commits queue up behind it.
        var second = await CommitAsync(2);
        var third = await CommitAsync(3);
        _dispatcher.Publish(second.Delta);
        _dispatcher.Publish(third.Delta);
        _hub.Release();
        await _hub.WaitForSendsAsync(3);

        var merged = _hub.Sends[2].Payload;
        Assert.Equal((first.Revision, third.Revision, false), (merged.FromRevision, merged.Revision, merged.IsSnapshot));
        Assert.Contains(merged.Nodes, n => n.Name == "Test Person 2");
        Assert.Contains(merged.Nodes, n => n.Name == "Test Person 3");
        Assert.Equal(second.Delta.Edges.Count + third.Delta.Edges.Count, merged.Edges.Count);
    }

    [Fact]
    public async Task Publish_ADeltaNotStartingWhereTheConnectionStands_SendsItTheStoreChangesSinceItsRevision()
    {
        await CommitAsync(0);
        var held = await _dispatcher.SubscribeAsync("c1", 0, Ct);
        await CommitAsync(1);
        var second = await CommitAsync(2);

        // Only the second batch is announced (as when a store folds another process's batch into a commit).
        _dispatcher.Publish(second.Delta);
        await _hub.WaitForSendsAsync(2);

        var caughtUp = _hub.Sends[1].Payload;
        Assert.Equal((held, second.Revision, false), (caughtUp.FromRevision, caughtUp.Revision, caughtUp.IsSnapshot));
        Assert.Contains(caughtUp.Nodes, n => n.Name == "Test Person 1");
        Assert.Contains(caughtUp.Nodes, n => n.Name == "Test Person 2");
    }

    [Fact]
    public async Task Publish_ToAConnectionAlreadyPastTheDelta_SendsItNothing()
    {
        // The subscriber reads the store after the commit but before its delta is published: it already holds it.
        var first = await CommitAsync(1);
        var held = await _dispatcher.SubscribeAsync("c1", 0, Ct);
        Assert.Equal(first.Revision, held);

        _dispatcher.Publish(first.Delta);
        var second = await CommitAsync(2);
        _dispatcher.Publish(second.Delta);
        await _hub.WaitForSendsAsync(2);
        await Task.Delay(100, Ct);

        Assert.Equal(2, _hub.Sends.Count);
        Assert.Equal((first.Revision, second.Revision), (_hub.Sends[1].Payload.FromRevision, _hub.Sends[1].Payload.Revision));
    }

    [Fact]
    public async Task Unsubscribe_ThenPublish_SendsNothingToTheGoneConnection()
    {
        await _dispatcher.SubscribeAsync("c1", 0, Ct);
        _dispatcher.Unsubscribe("c1");
        var first = await CommitAsync(1);
        _dispatcher.Publish(first.Delta);
        await _dispatcher.SubscribeAsync("c2", first.Revision, Ct);

        Assert.Equal(["c1", "c2"], _hub.Sends.Select(s => s.ConnectionIds.Single()));
        Assert.Equal(0 + 1, _dispatcher.SubscriberCount);
    }

    private async Task<BatchResult> CommitAsync(int index)
    {
        BatchResult? result = null;
        var loader = new FactLoader(_store, new FactLoadOptions { BatchCommitted = r => result = r });
        await loader.LoadStreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(TestFacts.Batch(index))), "test", Ct);
        return result ?? throw new InvalidOperationException("nothing was committed");
    }

    /// <summary>A hub context that records each send and can be made to hang in one, as a slow client would.</summary>
    private sealed class RecordingHub : IHubContext<GraphHub>, IHubClients
    {
        private readonly Lock _lock = new();
        private TaskCompletionSource _open = Opened();

        public List<(IReadOnlyList<string> ConnectionIds, GraphPayload Payload)> Sends { get; } = [];

        public IHubClients Clients => this;

        public IGroupManager Groups => throw new NotSupportedException();

        public IClientProxy All => throw new NotSupportedException();

        public void Hold()
        {
            lock (_lock)
            {
                _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        public void Release()
        {
            lock (_lock)
            {
                _open.TrySetResult();
            }
        }

        public async Task WaitForSendsAsync(int count)
        {
            var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
            while (Count() < count)
            {
                Assert.True(DateTimeOffset.UtcNow < deadline, $"{Count()} sends, expected {count}");
                await Task.Delay(5, Ct);
            }
        }

        public IClientProxy Client(string connectionId) => new Proxy(this, [connectionId]);

        IClientProxy IHubClients<IClientProxy>.Clients(IReadOnlyList<string> connectionIds) => new Proxy(this, connectionIds);

        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IClientProxy Group(string groupName) => throw new NotSupportedException();

        IClientProxy IHubClients<IClientProxy>.Groups(IReadOnlyList<string> groupNames) => throw new NotSupportedException();

        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IClientProxy User(string userId) => throw new NotSupportedException();

        public IClientProxy Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            open.SetResult();
            return open;
        }

        private int Count()
        {
            lock (_lock)
            {
                return Sends.Count;
            }
        }

        private sealed class Proxy(RecordingHub hub, IReadOnlyList<string> connectionIds) : IClientProxy
        {
            public async Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
            {
                Assert.Equal(GraphHub.DeltaMethod, method);
                Task open;
                lock (hub._lock)
                {
                    hub.Sends.Add(([.. connectionIds], (GraphPayload)args[0]!));
                    open = hub._open.Task;
                }

                await open;
            }
        }
    }
}
