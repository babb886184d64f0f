using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// The contract every graph store implements (the embedded SQLite store, Neo4j). Writes are atomic batches that each
/// get the next revision; readers catch up by revision. Names are resolved to ids by the store because only it knows
/// every alias already loaded.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Gets a short name of the engine for messages and answers ("embedded", "neo4j").</summary>
    string Engine { get; }

    /// <summary>Opens the store, creates its schema when missing, and loads what it needs into memory.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the revision of the last committed batch as the durable store sees it (other writers included).</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken = default);

    /// <summary>Commits <paramref name="batch"/> entirely or not at all; an empty change still gets no new revision.</summary>
    Task<BatchResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Maps each of <paramref name="namesOrIds"/> that names a known entity of <paramref name="kind"/> (by id, name or alias) to its id.</summary>
    Task<IReadOnlyDictionary<string, string>> ResolveAsync(NodeKind kind, IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken = default);

    /// <summary>What changed after <paramref name="sinceRevision"/>; a snapshot when it is 0 or when more than <paramref name="maxChanges"/> changed.</summary>
    Task<GraphDelta> GetChangesSinceAsync(long sinceRevision, int maxChanges = int.MaxValue, CancellationToken cancellationToken = default);

    /// <summary>
    /// Catches up with batches other processes committed to the same durable store and returns them as one delta
    /// (null when nothing moved), so open views can be told.
    /// </summary>
    Task<GraphDelta?> SyncExternalChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>A store that keeps the whole graph in memory lets the application's own algorithms read it directly.</summary>
public interface ITalentGraphReader
{
    /// <summary>Runs <paramref name="read"/> against a consistent graph (no batch is applied meanwhile).</summary>
    T Read<T>(Func<TalentGraph, T> read);
}
