using System.Runtime.InteropServices;

namespace GraphExplorer.Core.Diagnostics;

/// <summary>
/// The calling thread's own time on a CPU (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). On a shared machine a phase's wall
/// time is mostly waiting for a core; its CPU time is what a change to the code moves.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ThreadCpuClockId = 3;

    /// <summary>Gets a value indicating whether this platform has the clock (elsewhere <see cref="Now"/> is always zero).</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The calling thread's CPU time so far, in nanoseconds (0 where there is no such clock).</summary>
    public static long Now() => Available && ClockGetTime(ThreadCpuClockId, out var now) == 0 ? (now.Seconds * 1_000_000_000) + now.Nanoseconds : 0;

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuClockId, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
