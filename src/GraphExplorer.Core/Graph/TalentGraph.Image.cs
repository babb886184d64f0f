using System.Runtime.CompilerServices;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// The graph as a binary image: the string pool as one UTF-8 block, then the graph's own arrays (nodes, edges, edge and
/// alias lists, source lists, articles), its hash tables and its traversal arrays, each as it lies in memory. Reading
/// it back is a few large reads and range checks: no string, dictionary or per-node array is built, which is what lets
/// a store reopen a million people in well under a second.
/// </summary>
/// <remarks>
/// Reading and writing run once per process, so they are compiled fully optimised at once (AggressiveOptimization):
/// the first, unoptimised compilation of these loops would otherwise run over millions of elements.
/// </remarks>
public sealed partial class TalentGraph
{
    /// <summary>The layout <see cref="WriteImage"/> writes; an image of any other layout is not read.</summary>
    public const int ImageFormat = 3;

    /// <summary>Writes the whole graph (see <see cref="ReadImage"/>). Only reads the graph: readers may run beside it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteImage(GraphImageWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var traversal = Traversal;
        var nodeCount = NodeCount;

        // Lists are packed on the way out: an edge list that moved while the graph grew left its old place unused.
        var nodes = new NodeData[nodeCount];
        long edgeItems = 0, aliasItems = 0;
        for (var i = 0; i < nodeCount; i++)
        {
            edgeItems += _nodes[i].Degree;
            aliasItems += _nodes[i].AliasCount;
        }

        var edgeLists = new int[edgeItems];
        var aliases = new int[aliasItems];
        int edgeAt = 0, aliasAt = 0;
        for (var i = 0; i < nodeCount; i++)
        {
            var node = _nodes[i];
            _edgeItems.Span(node.EdgeStart, node.Degree).CopyTo(edgeLists.AsSpan(edgeAt));
            _aliasItems.Span(node.AliasStart, node.AliasCount).CopyTo(aliases.AsSpan(aliasAt));
            (node.EdgeStart, node.EdgeCapacity, node.AliasStart) = (edgeAt, node.Degree, aliasAt);
            edgeAt += node.Degree;
            aliasAt += node.AliasCount;
            nodes[i] = node;
        }

        writer.WriteArray<long>([ImageFormat, nodeCount, EdgeCount, _peopleCount, Revision, _seed]);
        _strings.Write(writer);
        writer.WriteArray<NodeData>(nodes);
        writer.WriteArray<int>(edgeLists);
        writer.WriteArray<int>(aliases);
        writer.WriteArray<EdgeData>(_edges.Span(0, EdgeCount));
        writer.WriteArray<ListSpan>(_lists.Span(0, _lists.Count));
        writer.WriteArray<int>(_listItems.Span(0, _listItems.Count));
        writer.WriteArray<ArticleRow>(_articleRows.Span(0, _articleRows.Count));
        writer.WriteArray<(int, int, int)>(_roles.Values.Select(r => (r.Key, r.Role, 0)).ToArray());
        _nodeById.Write(writer);
        _nodeByName[0].Write(writer);
        _nodeByName[1].Write(writer);
        _singleSources.Write(writer);
        _articleById.Write(writer);
        traversal.Write(writer);
    }

    /// <summary>
    /// Reads a graph written by <see cref="WriteImage"/>. Throws <see cref="InvalidDataException"/> when the image is
    /// damaged or of another layout; the caller then rebuilds the graph from its durable rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TalentGraph ReadImage(GraphImageReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counts = reader.ReadArray<long>();
        if (counts.Length != 6 || counts[0] != ImageFormat)
        {
            throw new InvalidDataException($"The image has graph layout {(counts.Length > 0 ? counts[0] : 0)}; this version reads {ImageFormat}.");
        }

        int nodeCount = checked((int)counts[1]), edgeCount = checked((int)counts[2]);
        var strings = GraphStrings.Read(reader);
        var nodes = Expect(reader.ReadList<NodeData>(), nodeCount);
        var edgeLists = reader.ReadList<int>();
        var aliases = reader.ReadList<int>();
        var edges = Expect(reader.ReadList<EdgeData>(), edgeCount);
        var lists = reader.ReadList<ListSpan>();
        var listItems = reader.ReadList<int>();
        var articles = reader.ReadList<ArticleRow>();
        var roles = reader.ReadArray<(int Key, int Role, int Unused)>();
        var graph = new TalentGraph
        {
            _peopleCount = checked((int)counts[3]),
            Revision = counts[4],
            _seed = counts[5],
            _strings = strings,
            _nodes = nodes,
            _edges = edges,
            _edgeItems = edgeLists,
            _aliasItems = aliases,
            _lists = lists,
            _listItems = listItems,
            _articleRows = articles,
            _listCache = new string[]?[lists.Count],
            _articleCache = new Article?[articles.Count],
            _nodeById = TextTable.Read(reader, strings.Count),
            _nodeByName = [TextTable.Read(reader, strings.Count), TextTable.Read(reader, strings.Count)],
            _singleSources = TextTable.Read(reader, strings.Count),
            _articleById = TextTable.Read(reader, strings.Count),
            _traversal = TraversalArrays.Read(reader, nodeCount, edgeCount),
        };

        foreach (var (key, role, _) in roles)
        {
            graph._roles.Add(strings[key], (key, role));
        }

        graph.Check();
        return graph;
    }

    /// <summary>
    /// Every number the arrays hold points inside the arrays it names (one sequential pass), so a damaged image that got
    /// past its checksums fails here instead of in a query.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Check()
    {
        uint strings = (uint)_strings.Count, nodeCount = (uint)NodeCount, edgeCount = (uint)EdgeCount, lists = (uint)_lists.Count;
        var people = 0;
        for (var i = 0; i < NodeCount; i++)
        {
            var node = _nodes[i];
            people += node.Kind == NodeKind.Person ? 1 : 0;
            Require((uint)node.Id < strings && (uint)node.Name < strings && node.Kind is NodeKind.Person or NodeKind.Lab
                && Within(node.EdgeStart, node.Degree, _edgeItems.Count) && node.EdgeCapacity == node.Degree
                && Within(node.AliasStart, node.AliasCount, _aliasItems.Count));
        }

        Require(people == _peopleCount && _nodeById.Count == NodeCount && _articleById.Count == _articleRows.Count);
        foreach (var edge in _edgeItems.Span(0, _edgeItems.Count))
        {
            Require((uint)edge < edgeCount);
        }

        foreach (var alias in _aliasItems.Span(0, _aliasItems.Count))
        {
            Require((uint)alias < strings);
        }

        for (var i = 0; i < EdgeCount; i++)
        {
            ref readonly var edge = ref _edges[i];
            Require((uint)edge.Person < nodeCount && (uint)edge.Lab < nodeCount && (edge.FromLab == NoNode || (uint)edge.FromLab < nodeCount)
                && (edge.Role == NoString || (uint)edge.Role < strings) && (edge.Sources == NoString || (uint)edge.Sources < lists));
        }

        for (var i = 0; i < _lists.Count; i++)
        {
            Require(Within(_lists[i].Start, _lists[i].Count, _listItems.Count));
        }

        foreach (var item in _listItems.Span(0, _listItems.Count))
        {
            Require((uint)item < strings);
        }

        for (var i = 0; i < _articleRows.Count; i++)
        {
            var row = _articleRows[i];
            Require((uint)row.Id < strings && (row.Title == NoString || (uint)row.Title < strings)
                && (row.Url == NoString || (uint)row.Url < strings) && (row.Language == NoString || (uint)row.Language < strings));
        }

        foreach (var (key, role) in _roles.Values)
        {
            Require((uint)key < strings && (uint)role < strings);
        }

        static bool Within(int start, int count, int length) => start >= 0 && count >= 0 && (long)start + count <= length;

        static void Require(bool holds)
        {
            if (!holds)
            {
                throw new InvalidDataException("The image holds a number that points outside its arrays.");
            }
        }
    }

    private static FlatList<T> Expect<T>(FlatList<T> values, int length)
        where T : unmanaged =>
        values.Count == length ? values : throw new InvalidDataException($"The image holds {values.Count} values where its counts call for {length}.");
}
