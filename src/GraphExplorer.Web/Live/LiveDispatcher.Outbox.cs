using System.Runtime.CompilerServices;
using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Graph;
using GraphExplorer.Web.Graph;
using Microsoft.AspNetCore.SignalR;

namespace GraphExplorer.Web.Live;

public sealed partial class LiveDispatcher
{
    /// <summary>Each delta's wire form, made once however many connections it goes to.</summary>
    private static readonly ConditionalWeakTable<GraphDelta, GraphPayload> s_payloads = new();

    /// <summary>
    /// One connection's own queue, so a client that reads slowly (or not at all) holds up nobody else. It holds at most
    /// one send in flight and one delta waiting: deltas that arrive while a send is in flight are merged into the waiting
    /// one, so the queue never grows with the number of commits, only with the elements they change. A send that takes
    /// longer than <see cref="LiveOptions.SendTimeout"/>, or a waiting delta over <see cref="LiveOptions.MaxQueuedChanges"/>,
    /// drops the connection: its client reconnects and catches up (or gets the whole graph) from the revision it holds.
    /// </summary>
    private sealed class Outbox(LiveDispatcher owner, string connectionId, Action? abort)
    {
        private readonly Lock _lock = new();
        private GraphDelta? _waiting;
        private List<TaskCompletionSource<long>>? _waiters;
        private bool _sending;
        private bool _closed;
        private long _waitingSince;
        private IDisposable? _depthGauge;

        /// <summary>Reports this connection's queue depth (changed elements waiting) to the telemetry until it closes.</summary>
        public void TrackDepth() => _depthGauge = GraphExplorerTelemetry.TrackLiveQueue(connectionId, Depth);

        private int Depth()
        {
            lock (_lock)
            {
                return _waiting?.Size ?? 0;
            }
        }

        /// <summary>
        /// Queues <paramref name="delta"/>, which starts where the last queued one ends (the dispatcher sees to that), or
        /// replaces everything when it is a snapshot or a fresh catch-up. <paramref name="sent"/> learns the revision the
        /// connection holds once it has been sent.
        /// </summary>
        public void Enqueue(GraphDelta delta, TaskCompletionSource<long>? sent)
        {
            var start = false;
            string? dropReason = null;
            List<TaskCompletionSource<long>>? failed = null;
            lock (_lock)
            {
                if (_closed)
                {
                    sent?.TrySetException(new ConnectionDroppedException());
                    return;
                }

                if (_waiting is null || delta.IsSnapshot || delta.FromRevision != _waiting.Revision)
                {
                    // The lag a viewer sees is counted from the oldest change still waiting.
                    _waitingSince = _waiting is null ? owner._timeProvider.GetTimestamp() : _waitingSince;
                    _waiting = delta;
                }
                else
                {
                    _waiting = Merge([_waiting, delta]);
                    if (_waiting.Size > owner._liveOptions.Value.MaxQueuedChanges)
                    {
                        dropReason = $"{_waiting.Size} changed elements waiting behind a send in flight";
                        failed = CloseLocked();
                    }
                }

                if (dropReason is null)
                {
                    if (sent is not null)
                    {
                        (_waiters ??= []).Add(sent);
                    }

                    start = !_sending;
                    _sending = true;
                }
            }

            if (dropReason is not null)
            {
                Drop(dropReason, failed, sent);
            }
            else if (start)
            {
                _ = Task.Run(PumpAsync);
            }
        }

        /// <summary>Stops sending (the connection is gone); whatever still waits is dropped.</summary>
        public void Close()
        {
            List<TaskCompletionSource<long>>? waiters;
            lock (_lock)
            {
                waiters = CloseLocked();
            }

            foreach (var waiter in waiters ?? [])
            {
                waiter.TrySetCanceled();
            }
        }

        private List<TaskCompletionSource<long>>? CloseLocked()
        {
            _closed = true;
            _waiting = null;
            _depthGauge?.Dispose();
            var waiters = _waiters;
            _waiters = null;
            return waiters;
        }

        private async Task PumpAsync()
        {
            while (true)
            {
                GraphDelta delta;
                long since;
                List<TaskCompletionSource<long>>? waiters;
                lock (_lock)
                {
                    if (_closed || _waiting is null)
                    {
                        _sending = false;
                        return;
                    }

                    delta = _waiting;
                    since = _waitingSince;
                    waiters = _waiters;
                    _waiting = null;
                    _waiters = null;
                }

                try
                {
                    var timeout = owner._liveOptions.Value.SendTimeout;
                    await owner._hub.Clients.Client(connectionId)
                        .SendAsync(GraphHub.DeltaMethod, s_payloads.GetValue(delta, d => d.ToPayload()), owner._stopping)
                        .WaitAsync(timeout, owner._timeProvider, owner._stopping);
                }
                catch (Exception ex)
                {
                    List<TaskCompletionSource<long>>? more;
                    lock (_lock)
                    {
                        _sending = false;
                        more = CloseLocked();
                    }

                    if (!owner._stopping.IsCancellationRequested)
                    {
                        Drop(ex is TimeoutException ? "a send took longer than the send timeout" : $"a send failed ({ex.GetType().Name}: {ex.Message})", waiters, null, more);
                    }

                    return;
                }

                GraphExplorerTelemetry.RecordLiveLag(connectionId, owner._timeProvider.GetElapsedTime(since));
                foreach (var waiter in waiters ?? [])
                {
                    waiter.TrySetResult(delta.Revision);
                }
            }
        }

        private void Drop(string reason, List<TaskCompletionSource<long>>? waiters, TaskCompletionSource<long>? sent, List<TaskCompletionSource<long>>? more = null)
        {
            LogConnectionDropped(owner._logger, connectionId, reason);

            // SignalR closes the connection; its client reconnects and subscribes with the revision it holds.
            abort?.Invoke();
            var error = new ConnectionDroppedException();
            foreach (var waiter in (waiters ?? []).Concat(more ?? []))
            {
                waiter.TrySetException(error);
            }

            sent?.TrySetException(error);
        }
    }

    /// <summary>A Subscribe whose connection was dropped before its catch-up went out (already logged, once, as a warning).</summary>
    internal sealed class ConnectionDroppedException() : HubException("The connection fell too far behind; reconnect and subscribe again.");
}
