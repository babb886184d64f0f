using System.Diagnostics;

namespace GraphExplorer.Core.Diagnostics;

/// <summary>The parts of a load that <see cref="LoadPhases"/> times separately.</summary>
public enum LoadPhase
{
    /// <summary>Reading lines and turning each into a validated fact.</summary>
    Parse,

    /// <summary>Names to ids: grouping spellings and asking the store which it knows.</summary>
    Resolve,

    /// <summary>Working out what a batch adds or changes against the graph.</summary>
    Plan,

    /// <summary>Writing the planned rows to SQLite.</summary>
    WriteRows,

    /// <summary>Adding the planned elements to the in-memory graph.</summary>
    AddToGraph,

    /// <summary>Committing the transaction (and building what a first load deferred to it).</summary>
    Commit,

    /// <summary>Writing the graph image after the load.</summary>
    Image,
}

/// <summary>
/// Where the time and the allocations of a load go, phase by phase, for <c>bench load</c>: there is no profiler on the
/// build machine, so the load path marks its own phases. Off unless <see cref="Enabled"/>; then each scope costs two
/// timestamps and two reads of the thread's allocation counter. Phases may run on different threads at once (parsing
/// beside writing), so their times can add up to more than the wall time.
/// </summary>
public static class LoadPhases
{
    private static readonly long[] s_ticks = new long[Enum.GetValues<LoadPhase>().Length];
    private static readonly long[] s_bytes = new long[s_ticks.Length];

    /// <summary>Gets or sets a value indicating whether scopes record anything.</summary>
    public static bool Enabled { get; set; }

    /// <summary>Starts timing <paramref name="phase"/> on this thread until the scope is disposed.</summary>
    public static Scope Measure(LoadPhase phase) =>
        Enabled ? new Scope(phase, Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread()) : default;

    /// <summary>Clears what was recorded.</summary>
    public static void Reset()
    {
        Array.Clear(s_ticks);
        Array.Clear(s_bytes);
    }

    /// <summary>The time spent and the bytes allocated in each phase since the last <see cref="Reset"/>.</summary>
    public static IReadOnlyList<(LoadPhase Phase, TimeSpan Time, long AllocatedBytes)> Snapshot() =>
        Enum.GetValues<LoadPhase>()
            .Select(p => (p, Stopwatch.GetElapsedTime(0, Interlocked.Read(ref s_ticks[(int)p])), Interlocked.Read(ref s_bytes[(int)p])))
            .ToList();

    /// <summary>One timed stretch of a phase on one thread.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly LoadPhase _phase;
        private readonly long _started;
        private readonly long _allocated;

        internal Scope(LoadPhase phase, long started, long allocated)
        {
            _phase = phase;
            _started = started;
            _allocated = allocated;
        }

        public void Dispose()
        {
            if (_started == 0)
            {
                return;
            }

            Interlocked.Add(ref s_ticks[(int)_phase], Stopwatch.GetTimestamp() - _started);
            Interlocked.Add(ref s_bytes[(int)_phase], GC.GetAllocatedBytesForCurrentThread() - _allocated);
        }
    }
}
