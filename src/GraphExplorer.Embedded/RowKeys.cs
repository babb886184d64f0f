namespace GraphExplorer.Embedded;

/// <summary>
/// The row key of every node and edge of the in-memory graph, by graph index, so a batch can update a stored row
/// without an index on text ids. Rows appended to a file are numbered 1, 2, 3… in the order the graph adds them, so
/// most often the key of index i is i + 1: while that holds, no array is kept at all (an image of a million people
/// then stores two counts instead of 40 MB). Nodes are appended in key order (keys only grow), which lets a key be
/// found by binary search once they are not dense; should that order ever break, a dictionary takes over.
/// </summary>
internal sealed class RowKeys
{
    private long[]? _nodeKeys;
    private long[]? _edgeKeys;
    private int _nodeCount;
    private int _edgeCount;
    private Dictionary<long, int>? _nodeByKey;

    /// <summary>True while the key of node i is i + 1 (no array kept).</summary>
    public bool DenseNodes => _nodeKeys is null;

    /// <summary>True while the key of edge i is i + 1 (no array kept).</summary>
    public bool DenseEdges => _edgeKeys is null;

    /// <summary>Restores the keys saved in a graph image (by graph index); a null array means dense keys.</summary>
    public static RowKeys FromImage(long[]? nodeKeys, int nodeCount, long[]? edgeKeys, int edgeCount)
    {
        var keys = new RowKeys { _nodeKeys = nodeKeys, _edgeKeys = edgeKeys, _nodeCount = nodeCount, _edgeCount = edgeCount };
        if (nodeKeys is not null)
        {
            for (var i = 1; i < nodeCount; i++)
            {
                if (nodeKeys[i - 1] >= nodeKeys[i])
                {
                    keys.IndexNodeKeys();
                    break;
                }
            }
        }

        return keys;
    }

    /// <summary>The keys of the first <paramref name="count"/> nodes, for a graph image (see <see cref="DenseNodes"/>).</summary>
    public ReadOnlySpan<long> NodeKeys(int count) => Materialized(ref _nodeKeys, _nodeCount, count).AsSpan(0, count);

    /// <summary>The keys of the first <paramref name="count"/> edges, for a graph image (see <see cref="DenseEdges"/>).</summary>
    public ReadOnlySpan<long> EdgeKeys(int count) => Materialized(ref _edgeKeys, _edgeCount, count).AsSpan(0, count);

    public long NodeKey(int node) => _nodeKeys is { } keys ? keys[node] : node + 1L;

    public long EdgeKey(int edge) => _edgeKeys is { } keys ? keys[edge] : edge + 1L;

    public void SetNode(int node, long key)
    {
        if (_nodeKeys is null && key != node + 1L)
        {
            _nodeKeys = Materialized(ref _nodeKeys, _nodeCount, node + 1);
        }

        _nodeCount = Math.Max(_nodeCount, node + 1);
        if (_nodeKeys is null)
        {
            return;
        }

        Grow(ref _nodeKeys, node);
        _nodeKeys[node] = key;
        if (_nodeByKey is not null)
        {
            _nodeByKey[key] = node;
        }
        else if ((node > 0 && _nodeKeys[node - 1] >= key) || (node < _nodeCount - 1 && _nodeKeys[node + 1] <= key))
        {
            IndexNodeKeys();
        }
    }

    public void SetEdge(int edge, long key)
    {
        if (_edgeKeys is null && key != edge + 1L)
        {
            _edgeKeys = Materialized(ref _edgeKeys, _edgeCount, edge + 1);
        }

        _edgeCount = Math.Max(_edgeCount, edge + 1);
        if (_edgeKeys is not null)
        {
            Grow(ref _edgeKeys, edge);
            _edgeKeys[edge] = key;
        }
    }

    /// <summary>The graph node stored under <paramref name="key"/>; throws when no node has it (a damaged file).</summary>
    public int NodeOf(long key)
    {
        var keys = _nodeKeys;
        if (keys is null)
        {
            return key >= 1 && key <= _nodeCount ? (int)(key - 1) : Missing(key);
        }

        // Keys are usually dense from 1 (rows are only appended), so the node is most often key - 1.
        if (_nodeByKey is null && key >= 1 && key <= _nodeCount && keys[key - 1] == key)
        {
            return (int)(key - 1);
        }

        var node = _nodeByKey is not null
            ? _nodeByKey.GetValueOrDefault(key, -1)
            : Array.BinarySearch(keys, 0, _nodeCount, key);
        return node >= 0 ? node : Missing(key);
    }

    private static int Missing(long key) => throw new InvalidDataException($"An edge row refers to entity row {key}, which does not exist.");

    private void IndexNodeKeys()
    {
        _nodeByKey = new Dictionary<long, int>(_nodeCount);
        for (var i = 0; i < _nodeCount; i++)
        {
            _nodeByKey[_nodeKeys![i]] = i;
        }
    }

    /// <summary>The key array, made from the dense numbering (i + 1 for the first <paramref name="known"/>) when there is none yet.</summary>
    private static long[] Materialized(ref long[]? keys, int known, int count)
    {
        if (keys is null)
        {
            keys = new long[Math.Max(1024, Math.Max(count, known) * 2)];
            for (var i = 0; i < known; i++)
            {
                keys[i] = i + 1L;
            }
        }

        Grow(ref keys, count - 1);
        return keys;
    }

    private static void Grow(ref long[] keys, int index)
    {
        if (index >= keys.Length)
        {
            Array.Resize(ref keys, Math.Max(index + 1, keys.Length * 2));
        }
    }
}
