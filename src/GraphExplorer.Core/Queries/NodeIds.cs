using System.Collections;
using GraphExplorer.Core.Graph;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// The ids of a list of nodes, read from the graph's string pool each time one is asked for: a whole-graph answer
/// (clusters, components) kept per revision holds four bytes per member instead of a string. Safe outside the graph's
/// lock for the same reason as <see cref="GraphIndex.Ids"/>: a node's id never changes and the graph only appends.
/// </summary>
internal sealed class NodeIds(TalentGraph graph, int[] nodes) : IReadOnlyList<string>
{
    public int[] Nodes { get; } = nodes;

    public int Count => Nodes.Length;

    public string this[int index] => graph.PeekId(Nodes[index]);

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var node in Nodes)
        {
            yield return graph.PeekId(node);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
