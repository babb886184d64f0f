using GraphExplorer.Core.Graph;
using GraphExplorer.Neo4j.Store;

namespace GraphExplorer.Neo4j.Queries;

/// <summary>
/// A copy of the graph in Neo4j held in memory, kept in step by revision (<see cref="RefreshAsync"/> reads only what
/// changed since it was last brought up to date). It serves what Cypher cannot answer the way the application does:
/// search and "did you mean" suggestions, retention (which needs everyone's stays), and clusters when the Graph Data
/// Science plugin is absent. Built on first use, so a process that never asks those questions never holds it.
/// </summary>
internal sealed class GraphReplica : ITalentGraphReader, IDisposable
{
    private readonly GraphSnapshotReader _reader;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private TalentGraph _graph = new();
    private bool _loaded;
    private int _disposed;

    public GraphReplica(GraphSnapshotReader reader)
    {
        _reader = reader;
    }

    /// <summary>Brings the copy up to the revision Neo4j holds now; one cheap round trip when nothing changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var since = _loaded ? Read(g => g.Revision) : 0;
            if (_loaded && await _reader.GetRevisionAsync(cancellationToken) == since)
            {
                return;
            }

            var delta = await _reader.ChangesSinceAsync(since, int.MaxValue, cancellationToken);
            if (delta.IsSnapshot)
            {
                // Built aside and swapped in, so readers never see half a graph.
                var graph = new TalentGraph();
                Apply(graph, delta);
                Write(() => _graph = graph);
            }
            else
            {
                try
                {
                    Write(() => Apply(_graph, delta));
                }
                catch
                {
                    // A delta that did not fit (an edge whose person never arrived) leaves the copy suspect: start over next time.
                    _loaded = false;
                    throw;
                }
            }

            _loaded = true;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public T Read<T>(Func<TalentGraph, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _lock.EnterReadLock();
        try
        {
            return read(_graph);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Idempotent: the container may dispose the queries both as themselves and as ITalentQueries.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _lock.Dispose();
            _refresh.Dispose();
        }
    }

    private static void Apply(TalentGraph graph, GraphDelta delta)
    {
        foreach (var entity in delta.Entities)
        {
            graph.Upsert(entity, delta.Revision);
        }

        foreach (var edge in delta.Edges)
        {
            graph.Upsert(edge, delta.Revision);
        }

        foreach (var article in delta.Articles)
        {
            graph.Upsert(article, delta.Revision);
        }

        graph.AdvanceTo(delta.Revision);
    }

    private void Write(Action change)
    {
        _lock.EnterWriteLock();
        try
        {
            change();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
