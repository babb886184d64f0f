using System.Runtime.CompilerServices;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// The traversal adjacency of a graph of <see cref="Nodes"/> nodes and <see cref="Edges"/> edges: each node's
/// neighbours and the edge to each, contiguous and in neighbour order, so a breadth-first search scans memory in order
/// instead of chasing edge structs. It depends only on which nodes the edges join, so it stays valid until a node or
/// an edge is added; a graph image keeps it, so the first query after a restart does not build it.
/// </summary>
internal sealed record TraversalArrays(int Nodes, int Edges, int[] Start, int[] Node, int[] Edge)
{
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

        return new TraversalArrays(nodes, graph.EdgeCount, start, neighbours, edges);
    }

    public void Write(GraphImageWriter writer)
    {
        writer.WriteArray<int>(Start);
        writer.WriteArray<int>(Node);
        writer.WriteArray<int>(Edge);
    }

    public static TraversalArrays Read(GraphImageReader reader, int nodes, int edges)
    {
        var start = reader.ReadArray<int>();
        var node = reader.ReadArray<int>();
        var edge = reader.ReadArray<int>();
        if (start.Length != nodes + 1 || start[0] != 0 || node.Length != start[^1] || edge.Length != node.Length)
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

        for (var i = 0; i < node.Length; i++)
        {
            if ((uint)node[i] >= (uint)nodes || (uint)edge[i] >= (uint)edges)
            {
                throw new InvalidDataException("The image's traversal arrays name a node or edge it does not have.");
            }
        }

        return new TraversalArrays(nodes, edges, start, node, edge);
    }
}
