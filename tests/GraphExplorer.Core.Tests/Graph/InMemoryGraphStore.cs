using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Graph;

/// <summary>
/// A store that is only the in-memory graph (Plan, then Apply), for testing the resolver and the graph's batch logic
/// without SQLite. It follows the contract: one revision per batch that changes something.
/// </summary>
internal sealed class InMemoryGraphStore : IGraphStore, ITalentGraphReader
{
    public TalentGraph Graph { get; } = new();

    public string Engine => "memory";

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(Graph.Revision);

    public Task<BatchResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        var plan = Graph.Plan(batch);
        if (plan.IsEmpty)
        {
            return Task.FromResult(new BatchResult(Graph.Revision, plan.Counts, new GraphDelta(Graph.Revision, Graph.Revision, false, [], [], [])));
        }

        var delta = Graph.Apply(plan, Graph.Revision + 1);
        return Task.FromResult(new BatchResult(Graph.Revision, plan.Counts, delta));
    }

    public Task<IReadOnlyDictionary<string, string>> ResolveAsync(NodeKind kind, IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in namesOrIds)
        {
            if (Graph.TryFindByName(kind, name, out var node))
            {
                found[name] = Graph.IdOf(node);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(found);
    }

    public Task<GraphDelta> GetChangesSinceAsync(long sinceRevision, int maxChanges = int.MaxValue, CancellationToken cancellationToken = default) =>
        Task.FromResult(Graph.ChangesSince(sinceRevision));

    public Task<GraphDelta?> SyncExternalChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult<GraphDelta?>(null);

    public T Read<T>(Func<TalentGraph, T> read) => read(Graph);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
