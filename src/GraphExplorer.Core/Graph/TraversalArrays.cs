using System.Runtime.CompilerServices;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// The traversal adjacency of a graph of <see cref="Nodes"/> nodes and <see cref="Edges"/> edges: each node's
/// neighbours and the edge to each, contiguous and in neighbour order, so a breadth-first search scans memory in order
/// instead of chasing edge structs. It depends only on which nodes the edges join, so it stays valid until a node or
/// an edge is added; a graph image keeps it, so the first query after a restart does not build it.
/// </summary>
internal sealed class TraversalArrays(int nodes, int edges, FlatList<int> start, FlatList<int> node, FlatList<int> edge)
{
    private readonly FlatList<int> _start = start;
    private readonly FlatList<int> _node = node;
    private readonly FlatList<int> _edge = edge;

    public int Nodes { get; } = nodes;

    public int Edges { get; } = edges;

    /// <summary>The nodes one traversable edge away from <paramref name="node"/> (repeated when several edges join them).</summary>
    public ReadOnlySpan<int> Neighbours(int node) => _node.Span(_start[node], _start[node + 1] - _start[node]);

    /// <summary>The edge behind each entry of <see cref="Neighbours"/>, in the same order.</summary>
    public ReadOnlySpan<int> NeighbourEdges(int node) => _edge.Span(_start[node], _start[node + 1] - _start[node]);

    public int Degree(int node) => _start[node + 1] - _start[node];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TraversalArrays Build(TalentGraph graph)
    {
        var nodes = graph.NodeCount;
        var start = new int[nodes + 1];
        for (var node = 0; node < nodes; node++)
        {
            var traversable = 0;
            foreach (var e in graph.EdgesOf(node))
            {
                traversable += graph.EdgeAt(e).Neighbour(node) >= 0 ? 1 : 0;
            }

            start[node + 1] = start[node] + traversable;
        }

        var neighbours = new int[start[nodes]];
        var edges = new int[start[nodes]];
        for (var node = 0; node < nodes; node++)
        {
            var slot = start[node];
            foreach (var e in graph.EdgesOf(node))
            {
                var neighbour = graph.EdgeAt(e).Neighbour(node);
                if (neighbour >= 0)
                {
                    neighbours[slot] = neighbour;
                    edges[slot] = e;
                    slot++;
                }
            }

            // In neighbour order, so a search marks a big lab's people walking its marks array forwards, not at random.
            Array.Sort(neighbours, edges, start[node], start[node + 1] - start[node]);
        }

        return new TraversalArrays(nodes, graph.EdgeCount, new FlatList<int>(start, start.Length), new FlatList<int>(neighbours, neighbours.Length), new FlatList<int>(edges, edges.Length));
    }

    public void Write(GraphImageWriter writer)
    {
        writer.WriteArray(_start.Span(0, _start.Count));
        writer.WriteArray(_node.Span(0, _node.Count));
        writer.WriteArray(_edge.Span(0, _edge.Count));
    }

    public static TraversalArrays Read(GraphImageReader reader, int nodes, int edges)
    {
        var start = reader.ReadList<int>();
        var node = reader.ReadList<int>();
        var edge = reader.ReadList<int>();
        if (start.Count != nodes + 1 || start[0] != 0 || node.Count != start[nodes] || edge.Count != node.Count)
        {
            throw new InvalidDataException("The image's traversal arrays do not match its graph.");
        }

        for (var i = 0; i < nodes; i++)
        {
            if (start[i + 1] < start[i])
            {
                throw new InvalidDataException("The image's traversal arrays go backwards.");
            }
        }

        for (var i = 0; i < node.Count; i++)
        {
            if ((uint)node[i] >= (uint)nodes || (uint)edge[i] >= (uint)edges)
            {
                throw new InvalidDataException("The image's traversal arrays name a node or edge it does not have.");
            }
        }

        return new TraversalArrays(nodes, edges, start, node, edge);
    }
}
