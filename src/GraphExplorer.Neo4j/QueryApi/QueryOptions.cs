namespace GraphExplorer.Neo4j.QueryApi;

/// <summary>How to run one statement.</summary>
/// <param name="AccessMode">Read to have the server refuse writes; default Write. Ignored inside an explicit transaction, whose mode is set when it begins.</param>
/// <param name="Timeout">The time limit for this call; null for <see cref="Neo4jOptions.Timeout"/>.</param>
/// <param name="MaxRows">Keep at most this many rows (the result says when there were more); null for all.</param>
/// <param name="IncludeCounters">Ask for the update counters (nodes created, properties set, …).</param>
public sealed record QueryOptions(
    AccessMode AccessMode = AccessMode.Write,
    TimeSpan? Timeout = null,
    int? MaxRows = null,
    bool IncludeCounters = false)
{
    public static QueryOptions Default { get; } = new();

    public static QueryOptions ReadOnly { get; } = new(AccessMode.Read);
}
