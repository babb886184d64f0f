using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that lets the client's retry back-off pass at once: a timer whose due time is one
/// of the back-off steps (<c>RetryDelay × 2^n</c>, at most 30 s, as the client computes them) is fired by advancing the
/// fake clock right after it is created, and recorded in <see cref="RetryWaits"/>. Other timers (the request timeout)
/// are left alone, so a timeout never fires by accident. Tests of retries neither sleep nor depend on the machine's speed.
/// </summary>
internal sealed class RetryClock(TimeSpan retryDelay) : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    /// <summary>The back-off waits the client started, in order.</summary>
    public IReadOnlyList<TimeSpan> RetryWaits => [.. _waits];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (IsBackOffStep(dueTime))
        {
            _waits.Enqueue(dueTime);

            // Not inline: the caller (Task.Delay) has not finished setting up until CreateTimer returns.
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }

        return timer;
    }

    private bool IsBackOffStep(TimeSpan dueTime)
    {
        if (retryDelay <= TimeSpan.Zero || dueTime <= TimeSpan.Zero)
        {
            return false;
        }

        for (var step = 0; step <= 16; step++)
        {
            var delay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * (1L << step), TimeSpan.FromSeconds(30).Ticks));
            if (delay == dueTime)
            {
                return true;
            }
        }

        return false;
    }
}
