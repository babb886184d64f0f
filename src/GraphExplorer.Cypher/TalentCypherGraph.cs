using System.Runtime.CompilerServices;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Cypher;

/// <summary>
/// The talent graph as Cypher sees it on Neo4j, read-only: <c>:Person</c> and <c>:Lab</c> nodes with <c>id</c>,
/// <c>name</c>, <c>aliases</c>; <c>:Article</c> nodes with <c>id</c>, <c>title</c>, <c>url</c>, <c>language</c>,
/// <c>published</c>; <c>WORKED_AT {role, start, end, sources}</c>, <c>LEFT_FOR {from, date, sources}</c> and
/// <c>FOUNDED {date, sources}</c> from the person to the lab, dates as the strings the Neo4j store writes
/// (<c>2021</c>, <c>2021-05</c>, <c>2021-05-03</c>). A whole query runs inside one <see cref="ITalentGraphReader.Read{T}"/>,
/// so it sees one revision while loads commit.
/// </summary>
public sealed class TalentCypherGraph(ITalentGraphReader reader) : ICypherGraph
{
    // Exact-spelling name index per graph revision, built on the first seek by name: the graph's own name index is
    // keyed by folded spelling and keeps only the first claimant, which would miss namesakes.
    private readonly ConditionalWeakTable<TalentGraph, NameIndex> _names = new();
    private readonly ITalentGraphReader _reader = reader ?? throw new ArgumentNullException(nameof(reader));

    public T Read<T>(Func<ICypherGraphAccess, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return _reader.Read(graph => read(new Access(graph, this)));
    }

    private Dictionary<string, int[]> NamesOf(TalentGraph graph)
    {
        lock (_names)
        {
            if (_names.TryGetValue(graph, out var cached) && cached.Revision == graph.Revision && cached.NodeCount == graph.NodeCount)
            {
                return cached.ByName;
            }

            var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var node = 0; node < graph.NodeCount; node++)
            {
                Add(byName, graph.NameOf(node), node);
                foreach (var alias in graph.AliasesOf(node))
                {
                    Add(byName, alias, node);
                }
            }

            var index = new NameIndex(graph.Revision, graph.NodeCount, byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
            _names.AddOrUpdate(graph, index);
            return index.ByName;
        }

        static void Add(Dictionary<string, List<int>> byName, string name, int node)
        {
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }

            if (list.Count == 0 || list[^1] != node)
            {
                list.Add(node);
            }
        }
    }

    // Articles in id order, so their node numbers hold for a revision; sorted once per revision, not per query.
    private readonly ConditionalWeakTable<TalentGraph, ArticleIndex> _articles = new();

    private Article[] ArticlesOf(TalentGraph graph)
    {
        lock (_articles)
        {
            if (_articles.TryGetValue(graph, out var cached) && cached.Revision == graph.Revision && cached.Articles.Length == graph.Articles.Count)
            {
                return cached.Articles;
            }

            var index = new ArticleIndex(graph.Revision, [.. graph.Articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal)]);
            _articles.AddOrUpdate(graph, index);
            return index.Articles;
        }
    }

    private sealed record ArticleIndex(long Revision, Article[] Articles);

    private sealed record NameIndex(long Revision, int NodeCount, Dictionary<string, int[]> ByName);

    private sealed class Access : ICypherGraphAccess
    {
        private const string ArticlePrefix = "article:";
        private readonly TalentGraph _graph;
        private readonly TalentCypherGraph _owner;
        private readonly int _nodeCount;
        private Article[]? _articles;
        private Dictionary<string, int>? _articleIndex;

        public Access(TalentGraph graph, TalentCypherGraph owner)
        {
            _graph = graph;
            _owner = owner;
            _nodeCount = graph.NodeCount;
        }

        public bool CanWrite => false;

        private Article[] Articles => _articles ??= _owner.ArticlesOf(_graph);

        public IEnumerable<long> AllNodes()
        {
            for (long i = 0; i < _nodeCount + Articles.Length; i++)
            {
                yield return i;
            }
        }

        public IEnumerable<long> NodesWithLabel(string label)
        {
            switch (label)
            {
                case "Person":
                    return _graph.Nodes(NodeKind.Person).Select(n => (long)n);
                case "Lab":
                    return _graph.Nodes(NodeKind.Lab).Select(n => (long)n);
                case "Article":
                    return Enumerable.Range(_nodeCount, Articles.Length).Select(n => (long)n);
                default:
                    return [];
            }
        }

        public IEnumerable<long>? SeekNodes(string label, string key, object value)
        {
            if (value is not string text)
            {
                return key is "id" or "name" or "aliases" && label is "Person" or "Lab" or "Article" ? [] : null;
            }

            if (label == "Article")
            {
                if (key != "id")
                {
                    return null;
                }

                _articleIndex ??= Enumerable.Range(0, Articles.Length).ToDictionary(i => Articles[i].Id, StringComparer.Ordinal);
                return _articleIndex.TryGetValue(text, out var a) ? [_nodeCount + a] : [];
            }

            if (label is not ("Person" or "Lab"))
            {
                return null;
            }

            var kind = label == "Person" ? NodeKind.Person : NodeKind.Lab;
            switch (key)
            {
                case "id":
                    return _graph.TryFindNode(text, out var node) && _graph.KindOf(node) == kind ? [node] : [];
                case "name":
                case "aliases":
                    return _owner.NamesOf(_graph).TryGetValue(text, out var nodes)
                        ? nodes.Where(n => _graph.KindOf(n) == kind).Select(n => (long)n).ToList()
                        : [];
                default:
                    return null;
            }
        }

        public bool NodeExists(long node) => node >= 0 && (node < _nodeCount || node < _nodeCount + Articles.Length);

        public string NodeElementId(long node) => node < _nodeCount ? _graph.IdOf((int)node) : ArticlePrefix + Article(node).Id;

        public IReadOnlyList<string> NodeLabels(long node) =>
            node >= _nodeCount ? ["Article"] : _graph.KindOf((int)node) == NodeKind.Person ? ["Person"] : ["Lab"];

        public bool HasLabel(long node, string label) => label switch
        {
            "Person" => node < _nodeCount && _graph.KindOf((int)node) == NodeKind.Person,
            "Lab" => node < _nodeCount && _graph.KindOf((int)node) == NodeKind.Lab,
            "Article" => node >= _nodeCount,
            _ => false,
        };

        public object? NodeProperty(long node, string key)
        {
            if (node >= _nodeCount)
            {
                var article = Article(node);
                return key switch
                {
                    "id" => article.Id,
                    "title" => article.Title,
                    "url" => article.Url,
                    "language" => article.Language,
                    "published" => article.Published?.ToString(),
                    _ => null,
                };
            }

            var n = (int)node;
            return key switch
            {
                "id" => _graph.IdOf(n),
                "name" => _graph.NameOf(n),
                "aliases" => _graph.AliasesOf(n).Cast<object?>().ToList(),
                _ => null,
            };
        }

        public IReadOnlyDictionary<string, object?> NodeProperties(long node)
        {
            string[] keys = node >= _nodeCount ? ["id", "title", "url", "language", "published"] : ["id", "name", "aliases"];
            return Collect(keys, k => NodeProperty(node, k));
        }

        public IEnumerable<long> AllRelationships()
        {
            for (long i = 0; i < _graph.EdgeCount; i++)
            {
                yield return i;
            }
        }

        public IEnumerable<long> RelationshipsOf(long node, CypherDirection direction)
        {
            var list = new List<long>();
            RelationshipsOf(node, direction, list);
            return list;
        }

        public void RelationshipsOf(long node, CypherDirection direction, List<long> into)
        {
            if (!Connects(node, direction))
            {
                return;
            }

            // A LEFT_FOR edge is also listed under the lab left, which it does not connect (Neighbour is -1 there).
            var n = (int)node;
            foreach (var e in _graph.EdgesOf(n))
            {
                if (_graph.EdgeAt(e).Neighbour(n) >= 0)
                {
                    into.Add(e);
                }
            }
        }

        public int DegreeOf(long node, CypherDirection direction) => Connects(node, direction) ? _graph.EdgesOf((int)node).Length : 0;

        // Every edge points from the person to the lab; articles have no relationships.
        private bool Connects(long node, CypherDirection direction)
        {
            if (node >= _nodeCount)
            {
                return false;
            }

            var person = _graph.KindOf((int)node) == NodeKind.Person;
            return !((person && direction == CypherDirection.Incoming) || (!person && direction == CypherDirection.Outgoing));
        }

        public bool RelationshipExists(long relationship) => relationship >= 0 && relationship < _graph.EdgeCount;

        public long StartOf(long relationship) => _graph.EdgeAt((int)relationship).Person;

        public long EndOf(long relationship) => _graph.EdgeAt((int)relationship).Lab;

        public string TypeOf(long relationship) => _graph.EdgeAt((int)relationship).Type.ToGraphName();

        public string RelationshipElementId(long relationship) => _graph.EdgeAt((int)relationship).Id;

        public object? RelationshipProperty(long relationship, string key)
        {
            var edge = _graph.EdgeAt((int)relationship);
            return (edge.Type, key) switch
            {
                (_, "sources") => edge.Sources.Cast<object?>().ToList(),
                (EdgeType.WorkedAt, "role") => edge.Role,
                (EdgeType.WorkedAt, "start") => edge.Start?.ToString(),
                (EdgeType.WorkedAt, "end") => edge.End?.ToString(),
                (EdgeType.LeftFor, "from") => edge.FromLab < 0 ? null : _graph.IdOf(edge.FromLab),
                (EdgeType.LeftFor or EdgeType.Founded, "date") => edge.Date?.ToString(),
                _ => null,
            };
        }

        public IReadOnlyDictionary<string, object?> RelationshipProperties(long relationship)
        {
            string[] keys = _graph.EdgeAt((int)relationship).Type switch
            {
                EdgeType.WorkedAt => ["role", "start", "end", "sources"],
                EdgeType.LeftFor => ["from", "date", "sources"],
                _ => ["date", "sources"],
            };
            return Collect(keys, k => RelationshipProperty(relationship, k));
        }

        public long CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties) => throw Refused();

        public long CreateRelationship(string type, long start, long end, IEnumerable<KeyValuePair<string, object?>> properties) => throw Refused();

        public void SetNodeProperty(long node, string key, object? value) => throw Refused();

        public void SetRelationshipProperty(long relationship, string key, object? value) => throw Refused();

        public void AddLabel(long node, string label) => throw Refused();

        public void RemoveLabel(long node, string label) => throw Refused();

        public void DeleteNode(long node) => throw Refused();

        public void DeleteRelationship(long relationship) => throw Refused();

        private static CypherWriteRefusedException Refused() =>
            new("The talent graph is read-only through Cypher: facts enter through the loader, with their sources.");

        // Neo4j stores no property whose value is null, so a missing value is no key at all.
        private static Dictionary<string, object?> Collect(string[] keys, Func<string, object?> get)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var value = get(key);
                if (value is not null)
                {
                    map[key] = value;
                }
            }

            return map;
        }

        private Article Article(long node) => Articles[(int)(node - _nodeCount)];
    }
}
