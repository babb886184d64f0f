namespace GraphExplorer.Core.Queries;

/// <summary>
/// Runs a build of derived tables and, when it allocated a lot, collects right after it. At a million people the
/// search index, the stays and the clusters each leave hundreds of megabytes of large-object scratch behind; Server GC
/// collects large objects only at a full collection, which may come many queries later, so until then every next
/// build takes fresh memory beside the dead scratch and the process's peak becomes the sum of all of them. One
/// blocking collection per large build (a few hundred milliseconds at 1M, paid once per revision) lets the next build
/// reuse that memory. Small builds never collect, so tests and small graphs pay nothing.
/// </summary>
internal static class ScratchRelease
{
    /// <summary>Allocation (in bytes, by the whole process during the build) above which the build is followed by a collection.</summary>
    internal const long Threshold = 64L << 20;

    public static T After<T>(Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var before = GC.GetTotalAllocatedBytes(precise: false);
        var value = build();
        if (GC.GetTotalAllocatedBytes(precise: false) - before >= Threshold)
        {
            // Aggressive: besides collecting, the GC gives the freed memory back to the system. A forced collection
            // alone left it committed (Server GC keeps freed regions for reuse), so the process stayed hundreds of MB
            // above what it holds after the clusters' build until the next build happened to reuse it.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        return value;
    }
}
