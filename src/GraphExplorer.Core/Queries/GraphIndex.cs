using System.Collections.Concurrent;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Flat arrays derived from one revision of a <see cref="TalentGraph"/> for the query hot loops: the traversal adjacency
/// (each node's neighbours and the edge to each, contiguous and in neighbour order, so a breadth-first search scans
/// memory in order instead of chasing edge structs), every node's id, and lab ordinals. Built once per revision, read
/// by any number of queries at once; the graph only grows, so node and edge numbers stay valid.
/// </summary>
internal sealed class GraphIndex
{
    private readonly ConcurrentBag<BfsScratch> _scratch = [];
    private readonly TraversalArrays _traversal;
    private EdgeSpans? _spans;
    private string[]? _ids;

    private GraphIndex(TalentGraph graph, int[] labNodes, TraversalArrays traversal)
    {
        Graph = graph;
        LabNodes = labNodes;
        LabOrdinal = new int[graph.NodeCount];
        Array.Fill(LabOrdinal, -1);
        for (var i = 0; i < labNodes.Length; i++)
        {
            LabOrdinal[labNodes[i]] = i;
        }

        Revision = graph.Revision;
        NodeCount = graph.NodeCount;
        EdgeCount = graph.EdgeCount;
        _traversal = traversal;
    }

    public TalentGraph Graph { get; }

    /// <summary>
    /// Gets each node's id, so answers built lazily (after the reader has returned) never touch the graph's lock. Built
    /// on first use: a shortest path needs only a few ids, and a million of them are a million strings. Safe to build
    /// outside the lock: a node's id never changes, and the graph only appends.
    /// </summary>
    public string[] Ids => LazyInitializer.EnsureInitialized(ref _ids, () =>
    {
        var ids = new string[NodeCount];
        for (var node = 0; node < ids.Length; node++)
        {
            ids[node] = Graph.IdOf(node);
        }

        return ids;
    });

    /// <summary>
    /// The id of <paramref name="node"/>: from <see cref="Ids"/> once something has built it, else decoded alone and not
    /// kept, for answers that name some of the people of a large graph (a flows answer names tens of thousands, which
    /// the graph would otherwise keep decoded for as long as it lives). Safe outside the lock for the same reason as
    /// <see cref="Ids"/>.
    /// </summary>
    public string IdOf(int node) => Volatile.Read(ref _ids) is { } ids ? ids[node] : Graph.PeekId(node);

    /// <summary>Gets the node of each lab by lab ordinal (labs are few: per-lab tallies are arrays of this length).</summary>
    public int[] LabNodes { get; }

    /// <summary>Gets each node's lab ordinal (-1 for a person).</summary>
    public int[] LabOrdinal { get; }

    public long Revision { get; }

    public int NodeCount { get; }

    public int EdgeCount { get; }

    /// <summary>Builds the index; the traversal arrays come from the graph (read from its image, or built once and kept).</summary>
    public static GraphIndex Build(TalentGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var labNodes = new List<int>(graph.LabCount);
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (graph.KindOf(node) == NodeKind.Lab)
            {
                labNodes.Add(node);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new GraphIndex(graph, [.. labNodes], graph.Traversal);
    }

    /// <summary>True when this index was built from <paramref name="graph"/> as it is now.</summary>
    public bool IsCurrentFor(TalentGraph graph) =>
        ReferenceEquals(graph, Graph) && graph.Revision == Revision && graph.NodeCount == NodeCount && graph.EdgeCount == EdgeCount;

    /// <summary>The nodes one traversable edge away from <paramref name="node"/> (repeated when several edges join them).</summary>
    public ReadOnlySpan<int> Neighbours(int node) => _traversal.Neighbours(node);

    /// <summary>The edge behind each entry of <see cref="Neighbours"/>, in the same order.</summary>
    public ReadOnlySpan<int> NeighbourEdges(int node) => _traversal.NeighbourEdges(node);

    public int Degree(int node) => _traversal.Degree(node);

    /// <summary>
    /// True when edge <paramref name="edge"/> held on <paramref name="date"/> (see <see cref="AsOf"/>). The spans are
    /// worked out on the first as-of question of a revision: most revisions are never asked one.
    /// </summary>
    public bool Existed(int edge, PartialDate date) => Spans.Existed(edge, date);

    /// <summary>Gets when each edge is known to hold, by edge number.</summary>
    public EdgeSpans Spans => LazyInitializer.EnsureInitialized(ref _spans, () => Graph.KnownSpans);

    public BfsScratch RentScratch() => _scratch.TryTake(out var scratch) ? scratch : new BfsScratch(NodeCount);

    public void ReturnScratch(BfsScratch scratch) => _scratch.Add(scratch);
}

/// <summary>
/// Per-search marks for a bidirectional breadth-first search, reused between searches: a node counts as seen only when
/// its stamp equals the current generation, so nothing is cleared between searches.
/// </summary>
internal sealed class BfsScratch(int nodes)
{
    public int[] SeenA { get; } = new int[nodes];

    public int[] SeenB { get; } = new int[nodes];

    public int[] DistA { get; } = new int[nodes];

    public int[] DistB { get; } = new int[nodes];

    public int[] ParentA { get; } = new int[nodes];

    public int[] ParentB { get; } = new int[nodes];

    // Frontiers of a big lab's people run to hundreds of thousands; reusing them keeps each search off the large-object heap.
    public List<int> FrontierA { get; } = [];

    public List<int> FrontierB { get; } = [];

    public List<int> Next { get; } = [];

    public int Generation { get; private set; }

    public int NextGeneration()
    {
        if (Generation == int.MaxValue)
        {
            Array.Clear(SeenA);
            Array.Clear(SeenB);
            Generation = 0;
        }

        return ++Generation;
    }
}
