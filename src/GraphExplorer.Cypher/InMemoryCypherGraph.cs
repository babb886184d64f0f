namespace GraphExplorer.Cypher;

/// <summary>
/// A small writable graph in memory: the scratch graph the TCK builds its scenarios in, and a test double. Not
/// thread-safe; <see cref="Read{T}"/> gives the single caller the graph itself.
/// </summary>
public sealed class InMemoryCypherGraph : ICypherGraph, ICypherGraphAccess
{
    private readonly Dictionary<long, NodeRecord> _nodes = [];
    private readonly Dictionary<long, RelRecord> _rels = [];

    // A relationship deleted earlier in a query still answers type(r), as on Neo4j; ids are never reused.
    private readonly Dictionary<long, string> _deletedTypes = [];
    private long _nextNode;
    private long _nextRel;

    public bool CanWrite => true;

    public int NodeCount => _nodes.Count;

    public int RelationshipCount => _rels.Count;

    public T Read<T>(Func<ICypherGraphAccess, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);

        // A query that fails must leave the graph as it found it, like a transaction rolled back: keep a copy of the
        // records and put it back when the query throws.
        var nodes = _nodes.ToDictionary(p => p.Key, p => p.Value.Copy());
        var rels = _rels.ToDictionary(p => p.Key, p => p.Value.Copy());
        var (nextNode, nextRel) = (_nextNode, _nextRel);
        try
        {
            return read(this);
        }
        catch
        {
            _nodes.Clear();
            _rels.Clear();
            foreach (var (id, record) in nodes)
            {
                _nodes.Add(id, record);
            }

            foreach (var (id, record) in rels)
            {
                _rels.Add(id, record);
            }

            (_nextNode, _nextRel) = (nextNode, nextRel);
            throw;
        }
    }

    public IEnumerable<long> AllNodes() => _nodes.Keys.ToList();

    public IEnumerable<long> NodesWithLabel(string label) => _nodes.Where(n => n.Value.Labels.Contains(label)).Select(n => n.Key).ToList();

    public IEnumerable<long>? SeekNodes(string label, string key, object value) => null;

    public bool NodeExists(long node) => _nodes.ContainsKey(node);

    public string NodeElementId(long node) => "n" + node.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<string> NodeLabels(long node) => Node(node).Labels;

    public bool HasLabel(long node, string label) => Node(node).Labels.Contains(label);

    public object? NodeProperty(long node, string key) => Node(node).Properties.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, object?> NodeProperties(long node) => Node(node).Properties;

    public IEnumerable<long> AllRelationships() => _rels.Keys.ToList();

    public IEnumerable<long> RelationshipsOf(long node, CypherDirection direction)
    {
        var record = Node(node);
        return direction switch
        {
            CypherDirection.Outgoing => record.Out.ToList(),
            CypherDirection.Incoming => record.In.ToList(),
            _ => record.Out.Concat(record.In.Where(r => _rels[r].Start != node)).ToList(),
        };
    }

    public bool RelationshipExists(long relationship) => _rels.ContainsKey(relationship);

    public long StartOf(long relationship) => Rel(relationship).Start;

    public long EndOf(long relationship) => Rel(relationship).End;

    public string TypeOf(long relationship) =>
        !_rels.ContainsKey(relationship) && _deletedTypes.TryGetValue(relationship, out var type) ? type : Rel(relationship).Type;

    public string RelationshipElementId(long relationship) => "r" + relationship.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public object? RelationshipProperty(long relationship, string key) => Rel(relationship).Properties.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, object?> RelationshipProperties(long relationship) => Rel(relationship).Properties;

    public long CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var record = new NodeRecord();
        foreach (var label in labels)
        {
            if (!record.Labels.Contains(label))
            {
                record.Labels.Add(label);
            }
        }

        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                record.Properties[key] = value;
            }
        }

        var id = _nextNode++;
        _nodes.Add(id, record);
        return id;
    }

    public long CreateRelationship(string type, long start, long end, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var record = new RelRecord(type, start, end);
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                record.Properties[key] = value;
            }
        }

        var id = _nextRel++;
        _rels.Add(id, record);
        Node(start).Out.Add(id);
        Node(end).In.Add(id);
        return id;
    }

    public void SetNodeProperty(long node, string key, object? value) => Set(Node(node).Properties, key, value);

    public void SetRelationshipProperty(long relationship, string key, object? value) => Set(Rel(relationship).Properties, key, value);

    public void AddLabel(long node, string label)
    {
        var labels = Node(node).Labels;
        if (!labels.Contains(label))
        {
            labels.Add(label);
        }
    }

    public void RemoveLabel(long node, string label) => Node(node).Labels.Remove(label);

    public void DeleteNode(long node)
    {
        if (_nodes.Remove(node, out var record))
        {
            foreach (var rel in record.Out.Concat(record.In).ToList())
            {
                DeleteRelationship(rel);
            }
        }
    }

    public void DeleteRelationship(long relationship)
    {
        if (_rels.Remove(relationship, out var record))
        {
            _deletedTypes[relationship] = record.Type;
            if (_nodes.TryGetValue(record.Start, out var start))
            {
                start.Out.Remove(relationship);
            }

            if (_nodes.TryGetValue(record.End, out var end))
            {
                end.In.Remove(relationship);
            }
        }
    }

    private static void Set(Dictionary<string, object?> properties, string key, object? value)
    {
        if (value is null)
        {
            properties.Remove(key);
        }
        else
        {
            properties[key] = value;
        }
    }

    private NodeRecord Node(long node) => _nodes.TryGetValue(node, out var record)
        ? record
        : throw new CypherRuntimeException("EntityNotFound", "Node with id " + node + " has been deleted in this transaction");

    private RelRecord Rel(long rel) => _rels.TryGetValue(rel, out var record)
        ? record
        : throw new CypherRuntimeException("EntityNotFound", "Relationship with id " + rel + " has been deleted in this transaction");

    private sealed class NodeRecord
    {
        public List<string> Labels { get; } = [];

        public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

        public List<long> Out { get; } = [];

        public List<long> In { get; } = [];

        public NodeRecord Copy()
        {
            var copy = new NodeRecord();
            copy.Labels.AddRange(Labels);
            copy.Out.AddRange(Out);
            copy.In.AddRange(In);
            foreach (var (key, value) in Properties)
            {
                copy.Properties[key] = value;
            }

            return copy;
        }
    }

    private sealed class RelRecord(string type, long start, long end)
    {
        public string Type { get; } = type;

        public long Start { get; } = start;

        public long End { get; } = end;

        public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

        public RelRecord Copy()
        {
            var copy = new RelRecord(Type, Start, End);
            foreach (var (key, value) in Properties)
            {
                copy.Properties[key] = value;
            }

            return copy;
        }
    }
}
