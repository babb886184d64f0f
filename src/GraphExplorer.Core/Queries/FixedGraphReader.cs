using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// A reader over a graph that nobody writes to any more: a benchmark's generated graph, a test's hand-built one, a
/// one-shot answer from the command line. No lock, because nothing changes; use a store for a graph that does.
/// </summary>
public sealed class FixedGraphReader(TalentGraph graph) : ITalentGraphReader
{
    public TalentGraph Graph { get; } = graph ?? throw new ArgumentNullException(nameof(graph));

    public T Read<T>(Func<TalentGraph, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return read(Graph);
    }

    /// <summary>
    /// Builds a graph from facts the way a store would (names resolved through aliases, each batch one revision), in
    /// batches of <paramref name="batchSize"/> facts so a generated million people never sit in memory as facts at once.
    /// </summary>
    public static async Task<FixedGraphReader> LoadAsync(IEnumerable<Fact> facts, int batchSize = 50_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var graph = new TalentGraph();
        await using var store = new Loader(graph);
        var batch = new List<Fact>(Math.Min(batchSize, 1 << 16));
        foreach (var fact in facts)
        {
            batch.Add(fact);
            if (batch.Count == batchSize)
            {
                await store.LoadAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await store.LoadAsync(batch, cancellationToken);
        }

        return new FixedGraphReader(graph);
    }

    /// <summary>Just enough of a store for <see cref="FactResolver"/>: names resolve against the graph being built.</summary>
    private sealed class Loader(TalentGraph graph) : IGraphStore
    {
        public string Engine => "memory";

        public async Task LoadAsync(IReadOnlyList<Fact> facts, CancellationToken cancellationToken)
        {
            var batch = await FactResolver.ResolveAsync(facts, this, cancellationToken);
            await ApplyAsync(batch, cancellationToken);
        }

        public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(graph.Revision);

        public Task<BatchResult> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken = default)
        {
            var plan = graph.Plan(batch);
            var revision = graph.Revision + 1;
            var delta = graph.Apply(plan, revision);
            return Task.FromResult(new BatchResult(revision, plan.Counts, delta));
        }

        public Task<IReadOnlyDictionary<string, string>> ResolveAsync(NodeKind kind, IReadOnlyCollection<string> namesOrIds, CancellationToken cancellationToken = default)
        {
            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in namesOrIds)
            {
                if (graph.TryFindByName(kind, name, out var node))
                {
                    found[name] = graph.IdOf(node);
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(found);
        }

        public Task<GraphDelta> GetChangesSinceAsync(long sinceRevision, int maxChanges = int.MaxValue, CancellationToken cancellationToken = default) =>
            Task.FromResult(graph.ChangesSince(sinceRevision));

        public Task<GraphDelta?> SyncExternalChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult<GraphDelta?>(null);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
