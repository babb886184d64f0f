namespace GraphExplorer.Cypher;

/// <summary>Which relationships of a node to list.</summary>
public enum CypherDirection
{
    Outgoing,
    Incoming,
    Both,
}

/// <summary>
/// A graph the engine can query. <see cref="Read{T}"/> runs a whole query against one consistent view, so a store
/// that applies batches concurrently holds its read lock for the query's duration.
/// </summary>
public interface ICypherGraph
{
    T Read<T>(Func<ICypherGraphAccess, T> read);
}

/// <summary>
/// Nodes and relationships addressed by numbers the graph chooses (stable for the view's life). Writes throw
/// <see cref="CypherWriteRefusedException"/> on a read-only graph.
/// </summary>
public interface ICypherGraphAccess
{
    bool CanWrite { get; }

    IEnumerable<long> AllNodes();

    IEnumerable<long> NodesWithLabel(string label);

    /// <summary>Nodes with <paramref name="label"/> whose <paramref name="key"/> may equal <paramref name="value"/>, from an index; null when not indexed. The engine re-checks the match.</summary>
    IEnumerable<long>? SeekNodes(string label, string key, object value);

    bool NodeExists(long node);

    string NodeElementId(long node);

    IReadOnlyList<string> NodeLabels(long node);

    bool HasLabel(long node, string label);

    object? NodeProperty(long node, string key);

    IReadOnlyDictionary<string, object?> NodeProperties(long node);

    IEnumerable<long> AllRelationships();

    /// <summary>The relationships at <paramref name="node"/>; a self-loop is listed once even for <see cref="CypherDirection.Both"/>.</summary>
    IEnumerable<long> RelationshipsOf(long node, CypherDirection direction);

    /// <summary>
    /// Appends the relationships at <paramref name="node"/> to <paramref name="into"/>, as <see cref="RelationshipsOf(long, CypherDirection)"/>
    /// lists them: the executor's inner loops reuse one buffer instead of allocating a sequence per node.
    /// </summary>
    void RelationshipsOf(long node, CypherDirection direction, List<long> into) => into.AddRange(RelationshipsOf(node, direction));

    /// <summary>How many relationships <see cref="RelationshipsOf(long, CypherDirection)"/> lists at most; a search uses it to grow its cheaper side.</summary>
    int DegreeOf(long node, CypherDirection direction) => RelationshipsOf(node, direction).Count();

    bool RelationshipExists(long relationship);

    long StartOf(long relationship);

    long EndOf(long relationship);

    string TypeOf(long relationship);

    string RelationshipElementId(long relationship);

    object? RelationshipProperty(long relationship, string key);

    IReadOnlyDictionary<string, object?> RelationshipProperties(long relationship);

    long CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties);

    long CreateRelationship(string type, long start, long end, IEnumerable<KeyValuePair<string, object?>> properties);

    /// <summary>Sets a property; a null value removes it.</summary>
    void SetNodeProperty(long node, string key, object? value);

    void SetRelationshipProperty(long relationship, string key, object? value);

    void AddLabel(long node, string label);

    void RemoveLabel(long node, string label);

    void DeleteNode(long node);

    void DeleteRelationship(long relationship);
}
