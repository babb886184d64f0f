using Microsoft.AspNetCore.SignalR;

namespace GraphExplorer.Web.Live;

/// <summary>
/// The live stream at <c>/hubs/graph</c>. A view calls <see cref="Subscribe"/> with the revision it holds (0 for none)
/// after connecting and after every reconnect; the server then sends <c>delta</c> messages (a
/// <see cref="Graph.GraphPayload"/> each): first what the view missed, then every committed batch, in revision order.
/// </summary>
public sealed class GraphHub(LiveDispatcher dispatcher) : Hub
{
    /// <summary>The client method every delta is sent to.</summary>
    public const string DeltaMethod = "delta";

    /// <summary>The path the hub is mapped at.</summary>
    public const string Path = "/hubs/graph";

    /// <summary>
    /// Catches the caller up from <paramref name="sinceRevision"/> and subscribes it; the catch-up delta arrives before
    /// this call returns. Returns the revision the caller holds after the catch-up.
    /// </summary>
    public async Task<long> Subscribe(long sinceRevision)
    {
        try
        {
            return await dispatcher.SubscribeAsync(Context.ConnectionId, sinceRevision, Context.ConnectionAborted, Context.Abort);
        }
        catch (Exception ex) when (ex is OperationCanceledException or LiveDispatcher.ConnectionDroppedException)
        {
            // The client left (or was dropped for not reading) before its catch-up went out. Nobody waits for this
            // answer, and a viewer closing its tab is not an error worth a stack trace in the log.
            return sinceRevision;
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        dispatcher.Unsubscribe(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
