using System.Threading.Channels;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Live;

/// <summary>
/// Sends every committed batch to every subscribed view, exactly once and in order. One loop handles commits,
/// subscriptions and disconnections one at a time, and it remembers the revision each connection holds: a connection is
/// only ever sent a delta that starts at that revision (or a snapshot), and then holds the delta's end. The loop never
/// waits for a client: it hands each connection's deltas to that connection's own <see cref="Outbox"/>, which sends
/// them in order, merges what queues up behind a slow send and drops a connection that cannot keep up.
/// </summary>
/// <remarks>
/// This is what makes "no gap, no duplicate" hold without reasoning about races. A subscriber catching up reads the
/// store, which may already be ahead of deltas still queued here; those deltas then end at or below what it holds and
/// are skipped for it. A delta that does not start where a connection stands (a connection that lagged, a store that
/// folded another process's batches into a commit) is replaced, for that connection, by the store's changes since the
/// revision the connection holds.
/// </remarks>
public sealed partial class LiveDispatcher : BackgroundService
{
    /// <summary>The most changed elements merged into one delta while commits queue up.</summary>
    private const int MaxCoalescedChanges = 5_000;

    private readonly Channel<Work> _work = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, long> _held = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Outbox> _outboxes = new(StringComparer.Ordinal);
    private readonly IHubContext<GraphHub> _hub;
    private readonly IGraphStore _store;
    private readonly IOptions<GraphExplorerOptions> _options;
    private readonly IOptions<LiveOptions> _liveOptions;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<LiveDispatcher> _logger;
    private CancellationToken _stopping;
    private GraphDelta? _lastSnapshot;
    private int _subscriberCount;

    public LiveDispatcher(
        IHubContext<GraphHub> hub,
        [FromKeyedServices(GraphStoreExtensions.DurableStoreKey)] IGraphStore store,
        IOptions<GraphExplorerOptions> options,
        IOptions<LiveOptions> liveOptions,
        TimeProvider timeProvider,
        ILogger<LiveDispatcher> logger)
    {
        _hub = hub;
        _store = store;
        _options = options;
        _liveOptions = liveOptions;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Gets the number of subscribed connections (for diagnostics and tests).</summary>
    public int SubscriberCount => Volatile.Read(ref _subscriberCount);

    /// <summary>Queues a committed batch's delta; callers queue in commit order.</summary>
    public void Publish(GraphDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        if (delta.Revision > delta.FromRevision || delta.IsSnapshot)
        {
            _work.Writer.TryWrite(new PublishWork(delta));
        }
    }

    /// <summary>
    /// Sends <paramref name="connectionId"/> what it missed after <paramref name="sinceRevision"/> (or the whole graph),
    /// then includes it in every later delta. Returns the revision it holds once caught up. <paramref name="abort"/>
    /// closes the connection when it cannot keep up.
    /// </summary>
    public async Task<long> SubscribeAsync(string connectionId, long sinceRevision, CancellationToken cancellationToken, Action? abort = null)
    {
        var work = new SubscribeWork(connectionId, Math.Max(0, sinceRevision), abort);
        if (!_work.Writer.TryWrite(work))
        {
            throw new HubException("The server is shutting down.");
        }

        return await work.Done.Task.WaitAsync(cancellationToken);
    }

    public void Unsubscribe(string connectionId) => _work.Writer.TryWrite(new UnsubscribeWork(connectionId));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            await foreach (var next in _work.Reader.ReadAllAsync(stoppingToken))
            {
                var work = next is PublishWork publish ? Coalesce(publish) : next;
                try
                {
                    await HandleAsync(work, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // One failed send or read must not stop live updates for everyone. A connection that was not told
                    // keeps the revision it holds and is caught up by the next delta; a failed subscription is dropped
                    // and the client asked to subscribe again.
                    LogDispatchFailed(_logger, work.GetType().Name, ex);
                    if (work is SubscribeWork subscribe)
                    {
                        Forget(subscribe.ConnectionId);
                        subscribe.Done.TrySetException(new HubException("The server could not read the graph; subscribe again."));
                    }
                }
            }
        }
        finally
        {
            _work.Writer.TryComplete();
            while (_work.Reader.TryRead(out var left))
            {
                (left as SubscribeWork)?.Done.TrySetCanceled(stoppingToken);
            }

            foreach (var outbox in _outboxes.Values)
            {
                outbox.Close();
            }
        }
    }

    /// <summary>
    /// While commits arrive faster than they can be sent, the deltas queued back to back behind <paramref name="publish"/>
    /// go out as one (each element in its latest state): every view still gets every batch, in fewer messages, so a
    /// burst of writes does not build a queue of sends. Only consecutive deltas merge; a subscription in between keeps
    /// its place in the order.
    /// </summary>
    private PublishWork Coalesce(PublishWork publish)
    {
        if (publish.Delta.IsSnapshot)
        {
            return publish;
        }

        List<GraphDelta>? run = null;
        var last = publish.Delta;
        var size = last.Size;
        while (size < MaxCoalescedChanges
            && _work.Reader.TryPeek(out var queued)
            && queued is PublishWork { Delta: { IsSnapshot: false } following }
            && following.FromRevision == last.Revision
            && _work.Reader.TryRead(out _))
        {
            (run ??= [publish.Delta]).Add(following);
            last = following;
            size += following.Size;
        }

        return run is null ? publish : new PublishWork(Merge(run));
    }

    /// <summary>Consecutive deltas as one, each element in its latest state; a run that starts with a snapshot stays one.</summary>
    private static GraphDelta Merge(List<GraphDelta> run)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var delta in run)
        {
            foreach (var entity in delta.Entities)
            {
                entities[entity.Id] = entity;
            }

            foreach (var edge in delta.Edges)
            {
                edges[edge.Id] = edge;
            }

            foreach (var article in delta.Articles)
            {
                articles[article.Id] = article;
            }
        }

        return new GraphDelta(run[0].FromRevision, run[^1].Revision, run[0].IsSnapshot, [.. entities.Values], [.. edges.Values], [.. articles.Values]);
    }

    private Task HandleAsync(Work work, CancellationToken cancellationToken) => work switch
    {
        PublishWork publish => PublishAsync(publish.Delta, cancellationToken),
        SubscribeWork subscribe => SubscribeAsync(subscribe, cancellationToken),
        UnsubscribeWork unsubscribe => Unsubscribe(unsubscribe),
        _ => Task.CompletedTask,
    };

    private async Task PublishAsync(GraphDelta delta, CancellationToken cancellationToken)
    {
        List<string>? direct = null;
        Dictionary<long, List<string>>? lagging = null;
        foreach (var (connectionId, held) in _held)
        {
            if (held >= delta.Revision)
            {
                continue;
            }

            if (delta.IsSnapshot || held == delta.FromRevision)
            {
                (direct ??= []).Add(connectionId);
            }
            else
            {
                lagging ??= [];
                if (!lagging.TryGetValue(held, out var group))
                {
                    lagging[held] = group = [];
                }

                group.Add(connectionId);
            }
        }

        // Marked when queued: a connection that cannot take a delta is dropped and subscribes afresh with what it
        // holds, while one that was queued it must never be queued it again.
        foreach (var connectionId in direct ?? [])
        {
            _held[connectionId] = delta.Revision;
            _outboxes[connectionId].Enqueue(delta, null);
        }

        foreach (var (held, group) in lagging ?? [])
        {
            var catchUp = await ChangesSinceAsync(held, cancellationToken);
            if (catchUp.Revision <= held && !catchUp.IsSnapshot)
            {
                continue;
            }

            LogCatchUp(_logger, group.Count, held, catchUp.Revision, catchUp.IsSnapshot);
            foreach (var connectionId in group)
            {
                _held[connectionId] = catchUp.Revision;
                _outboxes[connectionId].Enqueue(catchUp, null);
            }
        }
    }

    private async Task SubscribeAsync(SubscribeWork work, CancellationToken cancellationToken)
    {
        var catchUp = await ChangesSinceAsync(work.SinceRevision, cancellationToken);
        if (_held.TryAdd(work.ConnectionId, catchUp.Revision))
        {
            Interlocked.Increment(ref _subscriberCount);
            _outboxes[work.ConnectionId] = new Outbox(this, work.ConnectionId, work.Abort);
            _outboxes[work.ConnectionId].TrackDepth();
        }
        else
        {
            _held[work.ConnectionId] = catchUp.Revision;
        }

        // The caller's Subscribe returns once the catch-up is sent (through the outbox, so a client that does not read
        // holds up only its own call), with the revision it then holds.
        _outboxes[work.ConnectionId].Enqueue(catchUp, work.Done);
        LogSubscribed(_logger, work.ConnectionId, work.SinceRevision, catchUp.Revision, catchUp.IsSnapshot);
    }

    private Task Unsubscribe(UnsubscribeWork work)
    {
        Forget(work.ConnectionId);
        return Task.CompletedTask;
    }

    private void Forget(string connectionId)
    {
        if (_held.Remove(connectionId))
        {
            Interlocked.Decrement(ref _subscriberCount);
        }

        if (_outboxes.Remove(connectionId, out var outbox))
        {
            outbox.Close();
        }
    }

    /// <summary>What a connection holding <paramref name="held"/> lacks: a delta, or a snapshot when it is too much.</summary>
    private async Task<GraphDelta> ChangesSinceAsync(long held, CancellationToken cancellationToken)
    {
        // Every view that opens (or a client that reconnects from nothing, again and again) asks for the whole graph;
        // at one revision it is read once, and the loop is not held up reading it again for each of them.
        if (held == 0 && _lastSnapshot is { } cached && await _store.GetRevisionAsync(cancellationToken) == cached.Revision)
        {
            return cached;
        }

        var delta = await _store.GetChangesSinceAsync(held, _options.Value.SnapshotThreshold, cancellationToken);

        // A revision this store never reached: the view came from another store, or from this one before a reset.
        if (delta.Revision < held)
        {
            delta = await _store.GetChangesSinceAsync(0, int.MaxValue, cancellationToken);
        }

        if (delta.IsSnapshot)
        {
            _lastSnapshot = delta;
        }

        return delta;
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "Connection {ConnectionId} subscribed from revision {Since}; now holds {Revision} (snapshot: {Snapshot})")]
    private static partial void LogSubscribed(ILogger logger, string connectionId, long since, long revision, bool snapshot);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "{Count} connection(s) at revision {Held} caught up to {Revision} (snapshot: {Snapshot})")]
    private static partial void LogCatchUp(ILogger logger, int count, long held, long revision, bool snapshot);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Live update step {Step} failed")]
    private static partial void LogDispatchFailed(ILogger logger, string step, Exception exception);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Live connection {ConnectionId} dropped: {Reason}; it catches up when it reconnects")]
    private static partial void LogConnectionDropped(ILogger logger, string connectionId, string reason);

    private abstract record Work;

    private sealed record PublishWork(GraphDelta Delta) : Work;

    private sealed record SubscribeWork(string ConnectionId, long SinceRevision, Action? Abort) : Work
    {
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record UnsubscribeWork(string ConnectionId) : Work;
}
