using System.Runtime.CompilerServices;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// The graph as a binary image: every string once in a pool, then the nodes, edges and lookup tables as arrays of
/// indexes into it. Reading it back allocates the strings and arrays the graph holds and little else, which is what
/// lets a store reopen a million people in well under a second instead of rebuilding them from rows.
/// </summary>
/// <remarks>
/// Reading and writing run once per process, so they are compiled fully optimised at once (AggressiveOptimization):
/// the first, unoptimised compilation of these loops would otherwise run over millions of elements.
/// </remarks>
public sealed partial class TalentGraph
{
    /// <summary>The layout <see cref="WriteImage"/> writes; an image of any other layout is not read.</summary>
    public const int ImageFormat = 1;

    private const int None = -1;

    /// <summary>Writes the whole graph (see <see cref="ReadImage"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteImage(GraphImageWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var pool = new StringPool();
        var sourceLists = new Dictionary<string[], int>(ReferenceEqualityComparer.Instance);
        var listOffsets = new List<int> { 0 };
        var listItems = new List<int>();
        int ListOf(string[]? sources)
        {
            if (sources is null)
            {
                return None;
            }

            if (!sourceLists.TryGetValue(sources, out var list))
            {
                list = sourceLists.Count;
                sourceLists.Add(sources, list);
                foreach (var source in sources)
                {
                    listItems.Add(pool.Of(source));
                }

                listOffsets.Add(listItems.Count);
            }

            return list;
        }

        var nodeCount = NodeCount;
        var kinds = new byte[nodeCount];
        var ids = new int[nodeCount];
        var names = new int[nodeCount];
        var revisions = new long[nodeCount];
        var aliasOffsets = new int[nodeCount + 1];
        var aliases = new List<int>();
        var edgeOffsets = new int[nodeCount + 1];
        var edgeLists = new List<int>(EdgeCount * 2);
        for (var i = 0; i < nodeCount; i++)
        {
            ref readonly var node = ref _nodes[i];
            kinds[i] = (byte)node.Kind;
            ids[i] = pool.Of(node.Id);
            names[i] = pool.Of(node.Name);
            revisions[i] = node.Revision;
            foreach (var alias in node.Aliases ?? [])
            {
                aliases.Add(pool.Of(alias));
            }

            aliasOffsets[i + 1] = aliases.Count;
            edgeLists.AddRange(node.Edges.AsSpan(0, node.Degree));
            edgeOffsets[i + 1] = edgeLists.Count;
        }

        var edgeCount = EdgeCount;
        var types = new byte[edgeCount];
        var ends = new int[edgeCount * 3];
        var dates = new int[edgeCount * 3];
        var roles = new int[edgeCount];
        var sources = new int[edgeCount];
        var edgeRevisions = new long[edgeCount];
        for (var i = 0; i < edgeCount; i++)
        {
            ref readonly var edge = ref _edges[i];
            types[i] = (byte)edge.Type;
            (ends[3 * i], ends[(3 * i) + 1], ends[(3 * i) + 2]) = (edge.Person, edge.Lab, edge.FromLab);
            (dates[3 * i], dates[(3 * i) + 1], dates[(3 * i) + 2]) = (edge.Start, edge.End, edge.Date);
            roles[i] = edge.Role is null ? None : pool.Of(edge.Role);
            sources[i] = ListOf(edge.Sources);
            edgeRevisions[i] = edge.Revision;
        }

        var nameKeys = _nodeByName.Select(byName => byName.Select(pair => (Key: pool.Of(pair.Key), Node: pair.Value)).ToArray()).ToArray();
        var roleKeys = _roles.Select(pair => (Key: pool.Of(pair.Key), Role: pool.Of(pair.Value))).ToArray();
        var singles = _singleSources.Select(pair => (Id: pool.Of(pair.Key), List: ListOf(pair.Value))).ToArray();
        var articles = _articles.Values.Select(a => new ArticleRow(pool.Of(a.Id), pool.OfNullable(a.Title), pool.OfNullable(a.Url), pool.OfNullable(a.Language), a.Published?.Packed ?? 0, _articleRevision[a.Id])).ToArray();

        writer.WriteStrings(pool.Strings);
        writer.WriteArray<long>([ImageFormat, nodeCount, edgeCount, _peopleCount, Revision]);
        writer.WriteArray<byte>(kinds);
        writer.WriteArray<int>(ids);
        writer.WriteArray<int>(names);
        writer.WriteArray<long>(revisions);
        writer.WriteArray<int>(aliasOffsets);
        writer.WriteArray<int>(aliases.ToArray());
        writer.WriteArray<int>(edgeOffsets);
        writer.WriteArray<int>(edgeLists.ToArray());
        writer.WriteArray<byte>(types);
        writer.WriteArray<int>(ends);
        writer.WriteArray<int>(dates);
        writer.WriteArray<int>(roles);
        writer.WriteArray<int>(sources);
        writer.WriteArray<long>(edgeRevisions);
        writer.WriteArray<int>(listOffsets.ToArray());
        writer.WriteArray<int>(listItems.ToArray());
        foreach (var byName in nameKeys)
        {
            writer.WriteArray<(int, int)>(byName);
        }

        writer.WriteArray<(int, int)>(roleKeys);
        writer.WriteArray<(int, int)>(singles);
        writer.WriteArray<ArticleRow>(articles);
    }

    /// <summary>
    /// Reads a graph written by <see cref="WriteImage"/>. Throws <see cref="InvalidDataException"/> when the image is
    /// damaged or of another layout; the caller then rebuilds the graph from its durable rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TalentGraph ReadImage(GraphImageReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var strings = reader.ReadStrings();
        var counts = reader.ReadArray<long>();
        if (counts.Length != 5 || counts[0] != ImageFormat)
        {
            throw new InvalidDataException($"The image has graph layout {(counts.Length > 0 ? counts[0] : 0)}; this version reads {ImageFormat}.");
        }

        int nodeCount = checked((int)counts[1]), edgeCount = checked((int)counts[2]);
        var graph = new TalentGraph
        {
            NodeCount = nodeCount,
            EdgeCount = edgeCount,
            _peopleCount = checked((int)counts[3]),
            Revision = counts[4],
            _nodes = new NodeData[Math.Max(64, nodeCount)],
            _edges = new EdgeData[Math.Max(64, edgeCount)],
        };

        var kinds = Expect(reader.ReadArray<byte>(), nodeCount);
        var ids = Expect(reader.ReadArray<int>(), nodeCount);
        var names = Expect(reader.ReadArray<int>(), nodeCount);
        var revisions = Expect(reader.ReadArray<long>(), nodeCount);
        var aliasOffsets = Expect(reader.ReadArray<int>(), nodeCount + 1);
        var aliases = reader.ReadArray<int>();
        var edgeOffsets = Expect(reader.ReadArray<int>(), nodeCount + 1);
        var edgeLists = reader.ReadArray<int>();
        graph._nodeById.EnsureCapacity(nodeCount);
        for (var i = 0; i < nodeCount; i++)
        {
            var id = strings[ids[i]];
            int aliasStart = aliasOffsets[i], aliasCount = aliasOffsets[i + 1] - aliasStart;
            string[]? nodeAliases = null;
            if (aliasCount > 0)
            {
                nodeAliases = new string[aliasCount];
                for (var a = 0; a < aliasCount; a++)
                {
                    nodeAliases[a] = strings[aliases[aliasStart + a]];
                }
            }

            var degree = edgeOffsets[i + 1] - edgeOffsets[i];
            graph._nodes[i] = new NodeData
            {
                Kind = (NodeKind)kinds[i],
                Id = id,
                Name = strings[names[i]],
                Aliases = nodeAliases,
                Edges = degree == 0 ? [] : edgeLists.AsSpan(edgeOffsets[i], degree).ToArray(),
                Degree = degree,
                Revision = revisions[i],
            };
            graph._nodeById.Add(id, i);
        }

        var types = Expect(reader.ReadArray<byte>(), edgeCount);
        var ends = Expect(reader.ReadArray<int>(), edgeCount * 3);
        var dates = Expect(reader.ReadArray<int>(), edgeCount * 3);
        var roles = Expect(reader.ReadArray<int>(), edgeCount);
        var sources = Expect(reader.ReadArray<int>(), edgeCount);
        var edgeRevisions = Expect(reader.ReadArray<long>(), edgeCount);
        var listOffsets = reader.ReadArray<int>();
        var listItems = reader.ReadArray<int>();
        var lists = new string[listOffsets.Length - 1][];
        for (var l = 0; l < lists.Length; l++)
        {
            var list = lists[l] = new string[listOffsets[l + 1] - listOffsets[l]];
            for (var s = 0; s < list.Length; s++)
            {
                list[s] = strings[listItems[listOffsets[l] + s]];
            }
        }

        for (var i = 0; i < edgeCount; i++)
        {
            graph._edges[i] = new EdgeData
            {
                Type = (EdgeType)types[i],
                Person = ends[3 * i],
                Lab = ends[(3 * i) + 1],
                FromLab = ends[(3 * i) + 2],
                Role = roles[i] == None ? null : strings[roles[i]],
                Start = dates[3 * i],
                End = dates[(3 * i) + 1],
                Date = dates[(3 * i) + 2],
                Sources = sources[i] == None ? null : lists[sources[i]],
                Revision = edgeRevisions[i],
            };
        }

        foreach (var byName in graph._nodeByName)
        {
            var pairs = reader.ReadArray<(int Key, int Node)>();
            byName.EnsureCapacity(pairs.Length);
            foreach (var (key, node) in pairs)
            {
                byName.Add(strings[key], node);
            }
        }

        foreach (var (key, role) in reader.ReadArray<(int Key, int Role)>())
        {
            graph._roles.Add(strings[key], strings[role]);
        }

        foreach (var (id, list) in reader.ReadArray<(int Id, int List)>())
        {
            graph._singleSources.Add(strings[id], lists[list]);
        }

        foreach (var row in reader.ReadArray<ArticleRow>())
        {
            var article = new Article(strings[row.Id], StringOrNull(strings, row.Title), StringOrNull(strings, row.Url), StringOrNull(strings, row.Language), row.Published == 0 ? null : PartialDate.FromPacked(row.Published));
            graph._articles.Add(article.Id, article);
            graph._articleRevision.Add(article.Id, row.Revision);
        }

        return graph;
    }

    private static T[] Expect<T>(T[] values, int length) =>
        values.Length == length ? values : throw new InvalidDataException($"The image holds {values.Length} values where its counts call for {length}.");

    private static string? StringOrNull(string[] strings, int index) => index == None ? null : strings[index];

    private readonly record struct ArticleRow(int Id, int Title, int Url, int Language, int Published, long Revision);

    /// <summary>Numbers each distinct string once, in first-seen order.</summary>
    private sealed class StringPool
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public List<string> Strings { get; } = [];

        public int Of(string text)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = Strings.Count;
                _indexes.Add(text, index);
                Strings.Add(text);
            }

            return index;
        }

        public int OfNullable(string? text) => text is null ? None : Of(text);
    }
}
