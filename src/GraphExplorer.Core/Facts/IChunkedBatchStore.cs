using GraphExplorer.Core.Graph;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// A store that can commit one atomic batch handed over in several chunks, so an input too large to hold in memory at
/// once (a file of several hundred MB) still commits entirely or not at all. The loader uses it when a store offers it
/// and an input outgrows <see cref="FactLoadOptions.ChunkSize"/>; otherwise it hands the whole input to
/// <see cref="IGraphStore.ApplyAsync"/>.
/// </summary>
public interface IChunkedBatchStore
{
    /// <summary>Opens the batch: other writers wait until it is committed or disposed.</summary>
    Task<IChunkedBatch> BeginChunkedBatchAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// One batch being written chunk by chunk. Nothing is visible to readers before <see cref="CommitAsync"/>; disposing
/// without committing discards every chunk. Each chunk must carry the entities its edges refer to (as
/// <see cref="FactResolver"/> produces them); chunks may repeat entities, edges and articles, which are merged.
/// </summary>
public interface IChunkedBatch : IAsyncDisposable
{
    /// <summary>
    /// Gets a value indicating whether the chunks' edges must carry their ids. When false, edges may come with an empty
    /// id (<see cref="EdgeIdentity.CreateUnnamed"/>) and the store tells them apart by their content: a batch that
    /// announces no delta reads no edge id, and leaving them out saves a string per edge. True unless a store says so.
    /// </summary>
    bool EdgeIdsNeeded => true;

    /// <summary>Writes one chunk inside the open transaction.</summary>
    /// <exception cref="GraphConflictException">The chunk contradicts the graph or an earlier chunk.</exception>
    Task AddAsync(GraphBatch chunk, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits every chunk as one revision and makes it visible. A batch that changed nothing (every chunk already
    /// stored as it is) commits no revision: the result carries the store's revision as it was.
    /// </summary>
    Task<ChunkedBatchResult> CommitAsync(CancellationToken cancellationToken = default);
}

/// <summary>The outcome of a committed chunked batch. It carries no delta: a batch this large is announced as a new revision.</summary>
public sealed record ChunkedBatchResult(long Revision, LoadCounts Counts);
