using GraphExplorer.Core.Graph;

namespace GraphExplorer.Core.Facts;

/// <summary>How the loader cuts its input into batches and treats bad lines.</summary>
public sealed record FactLoadOptions
{
    /// <summary>
    /// Gets a value indicating whether invalid lines are skipped (and listed) while the valid ones load. Default false:
    /// one invalid line rejects its whole batch and nothing from that batch is written.
    /// </summary>
    public bool SkipInvalid { get; init; }

    /// <summary>
    /// Gets the number of facts per committed batch, or null (the default) to make each input (a file, a stream) one
    /// atomic batch. Benchmarks and very long streams set it; a batch that commits stays committed when a later one fails.
    /// </summary>
    public int? BatchSize { get; init; }

    /// <summary>
    /// Gets how many facts of one input are held in memory at once. Default 250,000 (about 100 MB). A larger input is
    /// still one atomic batch when the store implements <see cref="IChunkedBatchStore"/> and the input can be read twice
    /// (a file): it is validated first, then written chunk by chunk inside one transaction.
    /// </summary>
    public int ChunkSize { get; init; } = 250_000;

    /// <summary>Gets how many rejected lines the report lists; the counts are always complete. Default 1,000.</summary>
    public int MaxListedErrors { get; init; } = 1_000;

    /// <summary>Gets a callback told of every batch committed through <see cref="IGraphStore.ApplyAsync"/> (to push deltas to open views).</summary>
    public Action<BatchResult>? BatchCommitted { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option that is out of range.</summary>
    public void Validate()
    {
        if (BatchSize is < 1)
        {
            throw new ArgumentException($"{nameof(BatchSize)} must be at least 1 (was {BatchSize}).", nameof(BatchSize));
        }

        if (ChunkSize < 1)
        {
            throw new ArgumentException($"{nameof(ChunkSize)} must be at least 1 (was {ChunkSize}).", nameof(ChunkSize));
        }

        if (MaxListedErrors < 0)
        {
            throw new ArgumentException($"{nameof(MaxListedErrors)} must not be negative (was {MaxListedErrors}).", nameof(MaxListedErrors));
        }
    }
}

/// <summary>Where the loader is: bytes read of the current input (when it is a file) and facts read so far.</summary>
public readonly record struct LoadProgress(string Source, long BytesRead, long? TotalBytes, long FactsRead);

/// <summary>
/// What was not loaded: facts of each kind in rejected batches (people and labs are the distinct names they mention),
/// and lines that could not be read at all.
/// </summary>
public sealed record RejectedCounts(int People, int Labs, int Edges, int Articles, int InvalidLines)
{
    public static RejectedCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public bool IsZero => this == Zero;

    public static RejectedCounts operator +(RejectedCounts left, RejectedCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.People + right.People, left.Labs + right.Labs, left.Edges + right.Edges, left.Articles + right.Articles, left.InvalidLines + right.InvalidLines);
    }

    public RejectedCounts Add(RejectedCounts other) => this + other;
}

public enum BatchStatus
{
    /// <summary>The batch was written (possibly changing nothing, when everything was already there).</summary>
    Committed,

    /// <summary>Nothing from the batch was written.</summary>
    Rejected,
}

/// <summary>One batch: which input it came from, how many facts it held, and what became of it.</summary>
public sealed record BatchReport(string Source, int Facts, BatchStatus Status, long Revision, LoadCounts Counts, string? Reason);

/// <summary>
/// The outcome of a load: what was added or already present, what was rejected and why (file:line), and every batch
/// with the revision it committed as.
/// </summary>
public sealed record LoadReport(
    LoadCounts Counts,
    RejectedCounts Rejected,
    IReadOnlyList<FactError> Errors,
    int ErrorCount,
    IReadOnlyList<BatchReport> Batches,
    long Revision)
{
    /// <summary>Gets a value indicating whether a whole batch was refused (invalid lines without skipping, or a conflict).</summary>
    public bool HasRejectedBatches => Batches.Any(b => b.Status == BatchStatus.Rejected);

    /// <summary>Gets a value indicating whether anything at all was refused, a skipped line included.</summary>
    public bool HasRejections => ErrorCount > 0 || HasRejectedBatches;
}
