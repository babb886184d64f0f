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

    /// <summary>
    /// Writing the planned rows to SQLite, with the upkeep of the revision indexes (building them once after the rows
    /// instead cost as much: their keys only grow, so each entry is appended).
    /// </summary>
    WriteRows,

    /// <summary>Adding the planned elements to the in-memory graph (a first load's staged graph, or catching up from rows).</summary>
    AddToGraph,

    /// <summary>Committing the transaction (the revision rows and the fsync of the log).</summary>
    Commit,

    /// <summary>Writing the graph's sections of the image after the load.</summary>
    Image,

    /// <summary>Building and writing the derived tables kept in the image (the flows tables).</summary>
    Derived,

    /// <summary>Folding the write-ahead log back into the file when the store closes.</summary>
    Checkpoint,
}

/// <summary>
/// Where the time and the allocations of a load go, phase by phase, for <c>bench load</c>: there is no profiler on the
/// build machine, so the load path marks its own phases. Off unless <see cref="Enabled"/>; then each scope costs two
/// timestamps, two reads of the thread's allocation counter and two of its CPU clock
/// (<see cref="ThreadCpuClock"/>): on a shared machine a phase's wall time is mostly waiting for a core, its CPU time is
/// the figure a change moves. Phases may run on different threads at once (parsing
/// beside writing), so their times can add up to more than the wall time.
/// </summary>
public static class LoadPhases
{
    private static readonly long[] s_ticks = new long[Enum.GetValues<LoadPhase>().Length];
    private static readonly long[] s_bytes = new long[s_ticks.Length];
    private static readonly long[] s_cpu = new long[s_ticks.Length];

    /// <summary>Gets or sets a value indicating whether scopes record anything.</summary>
    public static bool Enabled { get; set; }

    /// <summary>Starts timing <paramref name="phase"/> on this thread until the scope is disposed.</summary>
    public static Scope Measure(LoadPhase phase) =>
        Enabled ? new Scope(phase, Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread(), ThreadCpuClock.Now(), Environment.CurrentManagedThreadId) : default;

    /// <summary>Clears what was recorded.</summary>
    public static void Reset()
    {
        Array.Clear(s_ticks);
        Array.Clear(s_bytes);
        Array.Clear(s_cpu);
    }

    /// <summary>
    /// The wall time, the CPU time of the threads that ran it (zero where the platform has no thread CPU clock) and the
    /// bytes allocated in each phase since the last <see cref="Reset"/>.
    /// </summary>
    public static IReadOnlyList<PhaseFigures> Snapshot() =>
        Enum.GetValues<LoadPhase>()
            .Select(p => new PhaseFigures(
                p,
                Stopwatch.GetElapsedTime(0, Interlocked.Read(ref s_ticks[(int)p])),
                TimeSpan.FromTicks(Interlocked.Read(ref s_cpu[(int)p]) / 100),
                Interlocked.Read(ref s_bytes[(int)p])))
            .ToList();

    /// <summary>One timed stretch of a phase on one thread.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly LoadPhase _phase;
        private readonly long _started;
        private readonly long _allocated;
        private readonly long _cpu;
        private readonly int _thread;

        internal Scope(LoadPhase phase, long started, long allocated, long cpu, int thread)
        {
            _phase = phase;
            _started = started;
            _allocated = allocated;
            _cpu = cpu;
            _thread = thread;
        }

        public void Dispose()
        {
            if (_started == 0)
            {
                return;
            }

            Interlocked.Add(ref s_ticks[(int)_phase], Stopwatch.GetTimestamp() - _started);

            // The counters belong to a thread: a scope that an await moved to another thread only counts its wall time.
            if (Environment.CurrentManagedThreadId == _thread)
            {
                Interlocked.Add(ref s_bytes[(int)_phase], GC.GetAllocatedBytesForCurrentThread() - _allocated);
                Interlocked.Add(ref s_cpu[(int)_phase], ThreadCpuClock.Now() - _cpu);
            }
        }
    }
}

/// <summary>What one phase took: wall time, CPU time of the threads in it, and bytes allocated.</summary>
public readonly record struct PhaseFigures(LoadPhase Phase, TimeSpan Time, TimeSpan Cpu, long AllocatedBytes);
