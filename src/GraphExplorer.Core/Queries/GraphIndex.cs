using System.Collections.Concurrent;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Flat arrays derived from one revision of a <see cref="TalentGraph"/> for the query hot loops: the traversal adjacency
/// (each node's neighbours and the edge to each, contiguous, so a breadth-first search scans memory in order instead of
/// chasing edge structs), every edge's arrival and end for as-of filtering, and each lab's people (sorted, distinct,
/// counting those who only left it) for intersecting two labs' staff. Built once per revision, read by any number of
/// queries at once; the graph only grows, so node and edge numbers stay valid.
/// </summary>
internal sealed class GraphIndex
{
    private readonly ConcurrentBag<BfsScratch> _scratch = [];
    private readonly int[] _adjacencyStart;
    private readonly int[] _adjacencyNode;
    private readonly int[] _adjacencyEdge;
    private readonly int[] _memberStart;
    private readonly int[] _members;

    private GraphIndex(TalentGraph graph, string[] ids, int[] labNodes, int[] adjacencyStart, int[] adjacencyNode, int[] adjacencyEdge, int[] edgeArrival, int[] edgeEnd, int[] memberStart, int[] members)
    {
        Graph = graph;
        Ids = ids;
        LabNodes = labNodes;
        LabOrdinal = new int[ids.Length];
        Array.Fill(LabOrdinal, -1);
        for (var i = 0; i < labNodes.Length; i++)
        {
            LabOrdinal[labNodes[i]] = i;
        }
        Revision = graph.Revision;
        NodeCount = graph.NodeCount;
        EdgeCount = graph.EdgeCount;
        _adjacencyStart = adjacencyStart;
        _adjacencyNode = adjacencyNode;
        _adjacencyEdge = adjacencyEdge;
        EdgeArrival = edgeArrival;
        EdgeEnd = edgeEnd;
        _memberStart = memberStart;
        _members = members;
    }

    public TalentGraph Graph { get; }

    /// <summary>Gets each node's id, so answers built lazily (after the reader has returned) never touch the graph.</summary>
    public string[] Ids { get; }

    /// <summary>Gets the node of each lab by lab ordinal (labs are few: per-lab tallies are arrays of this length).</summary>
    public int[] LabNodes { get; }

    /// <summary>Gets each node's lab ordinal (-1 for a person).</summary>
    public int[] LabOrdinal { get; }

    public long Revision { get; }

    public int NodeCount { get; }

    public int EdgeCount { get; }

    /// <summary>Gets each edge's arrival (packed partial date, 0 when unknown).</summary>
    public int[] EdgeArrival { get; }

    /// <summary>Gets each WORKED_AT edge's end (packed, 0 when unknown or not a tenure).</summary>
    public int[] EdgeEnd { get; }

    public static GraphIndex Build(TalentGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.NodeCount;
        var edges = graph.EdgeCount;
        var edgeArrival = new int[edges];
        var edgeEnd = new int[edges];
        for (var e = 0; e < edges; e++)
        {
            var view = graph.EdgeAt(e);
            edgeArrival[e] = view.Arrival?.Packed ?? 0;
            edgeEnd[e] = view.Type == EdgeType.WorkedAt ? view.End?.Packed ?? 0 : 0;
        }

        var ids = new string[nodes];
        var labNodes = new List<int>(graph.LabCount);
        var adjacencyStart = new int[nodes + 1];
        var memberStart = new int[nodes + 1];
        for (var node = 0; node < nodes; node++)
        {
            ids[node] = graph.IdOf(node);
            if (graph.KindOf(node) == NodeKind.Lab)
            {
                labNodes.Add(node);
            }

            var traversable = 0;
            foreach (var e in graph.EdgesOf(node))
            {
                traversable += graph.EdgeAt(e).Neighbour(node) >= 0 ? 1 : 0;
            }

            adjacencyStart[node + 1] = adjacencyStart[node] + traversable;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var adjacencyNode = new int[adjacencyStart[nodes]];
        var adjacencyEdge = new int[adjacencyStart[nodes]];
        var members = new List<int>(edges + (edges / 4));
        var buffer = new List<int>();
        for (var node = 0; node < nodes; node++)
        {
            var slot = adjacencyStart[node];
            var isLab = graph.KindOf(node) == NodeKind.Lab;
            buffer.Clear();
            foreach (var e in graph.EdgesOf(node))
            {
                var view = graph.EdgeAt(e);
                var neighbour = view.Neighbour(node);
                if (neighbour >= 0)
                {
                    adjacencyNode[slot] = neighbour;
                    adjacencyEdge[slot] = e;
                    slot++;
                }

                if (isLab)
                {
                    buffer.Add(view.Person);
                }
            }

            // In neighbour order, so a search marks a big lab's people walking its marks array forwards, not at random.
            Array.Sort(adjacencyNode, adjacencyEdge, adjacencyStart[node], adjacencyStart[node + 1] - adjacencyStart[node]);

            // Sorted and distinct, so two labs' staff intersect in one linear merge.
            buffer.Sort();
            var previous = -1;
            foreach (var person in buffer)
            {
                if (person != previous)
                {
                    members.Add(person);
                    previous = person;
                }
            }

            memberStart[node + 1] = members.Count;
        }

        return new GraphIndex(graph, ids, [.. labNodes], adjacencyStart, adjacencyNode, adjacencyEdge, edgeArrival, edgeEnd, memberStart, [.. members]);
    }

    /// <summary>True when this index was built from <paramref name="graph"/> as it is now.</summary>
    public bool IsCurrentFor(TalentGraph graph) =>
        ReferenceEquals(graph, Graph) && graph.Revision == Revision && graph.NodeCount == NodeCount && graph.EdgeCount == EdgeCount;

    /// <summary>The nodes one traversable edge away from <paramref name="node"/> (repeated when several edges join them).</summary>
    public ReadOnlySpan<int> Neighbours(int node) => _adjacencyNode.AsSpan(_adjacencyStart[node], _adjacencyStart[node + 1] - _adjacencyStart[node]);

    /// <summary>The edge behind each entry of <see cref="Neighbours"/>, in the same order.</summary>
    public ReadOnlySpan<int> NeighbourEdges(int node) => _adjacencyEdge.AsSpan(_adjacencyStart[node], _adjacencyStart[node + 1] - _adjacencyStart[node]);

    public int Degree(int node) => _adjacencyStart[node + 1] - _adjacencyStart[node];

    /// <summary>Everyone with any edge at <paramref name="lab"/> (worked there, joined it, founded it or left it), sorted by node.</summary>
    public ReadOnlySpan<int> MembersOf(int lab) => _members.AsSpan(_memberStart[lab], _memberStart[lab + 1] - _memberStart[lab]);

    /// <summary>True when edge <paramref name="edge"/> may have existed on <paramref name="date"/> (see <see cref="AsOf"/>).</summary>
    public bool Existed(int edge, PartialDate date) => AsOf.Existed(EdgeArrival[edge], EdgeEnd[edge], date);

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
