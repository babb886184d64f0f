using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Web.Hosting;

namespace GraphExplorer.Web.Live;

/// <summary>
/// The store as the web host's code sees it: every batch committed through it, and every batch another process
/// committed that it catches up with, is handed to the <see cref="LiveDispatcher"/>. Registered as the unkeyed
/// <see cref="IGraphStore"/>, so no write path in the host can forget to tell the open views.
/// </summary>
/// <remarks>
/// Commits and catch-ups pass one at a time, so their deltas are queued in the order the store committed them. Reads
/// go straight to the store.
/// </remarks>
public sealed class PublishingGraphStore(
    [FromKeyedServices(GraphStoreExtensions.DurableStoreKey)] IGraphStore store,
    LiveDispatcher dispatcher) : IGraphStore
{
    private readonly SemaphoreSlim _commitOrder = new(1, 1);

    public string Engine => store.Engine;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => store.InitializeAsync(cancellationToken);

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => store.GetRevisionAsync(cancellationToken);

    public async Task<BatchResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        await _commitOrder.WaitAsync(cancellationToken);
        try
        {
            // Once admitted, a batch is committed whole even if its caller goes away: the commit and the delta sent to
            // the views must agree.
            var result = await store.ApplyAsync(batch, CancellationToken.None);
            dispatcher.Publish(result.Delta);
            return result;
        }
        finally
        {
            _commitOrder.Release();
        }
    }

    public Task<IReadOnlyDictionary<string, string>> ResolveAsync(NodeKind kind, IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken = default) =>
        store.ResolveAsync(kind, namesOrIds, cancellationToken);

    public Task<GraphDelta> GetChangesSinceAsync(long sinceRevision, int maxChanges = int.MaxValue, CancellationToken cancellationToken = default) =>
        store.GetChangesSinceAsync(sinceRevision, maxChanges, cancellationToken);

    public async Task<GraphDelta?> SyncExternalChangesAsync(CancellationToken cancellationToken = default)
    {
        await _commitOrder.WaitAsync(cancellationToken);
        try
        {
            var delta = await store.SyncExternalChangesAsync(cancellationToken);
            if (delta is not null)
            {
                dispatcher.Publish(delta);
            }

            return delta;
        }
        finally
        {
            _commitOrder.Release();
        }
    }

    /// <summary>The store underneath belongs to the container, which disposes it; this wrapper holds nothing else.</summary>
    public ValueTask DisposeAsync()
    {
        _commitOrder.Dispose();
        return ValueTask.CompletedTask;
    }
}
