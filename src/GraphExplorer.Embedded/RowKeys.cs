namespace GraphExplorer.Embedded;

/// <summary>
/// The row key of every node and edge of the in-memory graph, by graph index, so a batch can update a stored row
/// without an index on text ids. Nodes are appended in key order (keys only grow), which lets a key be found by binary
/// search; should that order ever break, a dictionary takes over.
/// </summary>
internal sealed class RowKeys
{
    private long[] _nodeKeys = new long[1024];
    private long[] _edgeKeys = new long[4096];
    private int _nodeCount;
    private Dictionary<long, int>? _nodeByKey;

    /// <summary>Restores the keys saved in a graph image (by graph index).</summary>
    public static RowKeys FromImage(long[] nodeKeys, long[] edgeKeys)
    {
        var keys = new RowKeys { _nodeKeys = nodeKeys, _edgeKeys = edgeKeys, _nodeCount = nodeKeys.Length };
        for (var i = 1; i < nodeKeys.Length; i++)
        {
            if (nodeKeys[i - 1] >= nodeKeys[i])
            {
                keys._nodeByKey = new Dictionary<long, int>(nodeKeys.Length);
                for (var j = 0; j < nodeKeys.Length; j++)
                {
                    keys._nodeByKey[nodeKeys[j]] = j;
                }

                break;
            }
        }

        return keys;
    }

    /// <summary>The keys of the first <paramref name="count"/> nodes, for a graph image.</summary>
    public ReadOnlySpan<long> NodeKeys(int count)
    {
        Grow(ref _nodeKeys, count);
        return _nodeKeys.AsSpan(0, count);
    }

    /// <summary>The keys of the first <paramref name="count"/> edges, for a graph image.</summary>
    public ReadOnlySpan<long> EdgeKeys(int count)
    {
        Grow(ref _edgeKeys, count);
        return _edgeKeys.AsSpan(0, count);
    }

    public long NodeKey(int node) => _nodeKeys[node];

    public long EdgeKey(int edge) => _edgeKeys[edge];

    public void SetNode(int node, long key)
    {
        Grow(ref _nodeKeys, node);
        _nodeKeys[node] = key;
        _nodeCount = Math.Max(_nodeCount, node + 1);
        if (_nodeByKey is not null)
        {
            _nodeByKey[key] = node;
        }
        else if ((node > 0 && _nodeKeys[node - 1] >= key) || (node < _nodeCount - 1 && _nodeKeys[node + 1] <= key))
        {
            _nodeByKey = [];
            for (var i = 0; i < _nodeCount; i++)
            {
                _nodeByKey[_nodeKeys[i]] = i;
            }
        }
    }

    public void SetEdge(int edge, long key)
    {
        Grow(ref _edgeKeys, edge);
        _edgeKeys[edge] = key;
    }

    /// <summary>The graph node stored under <paramref name="key"/>; throws when no node has it (a damaged file).</summary>
    public int NodeOf(long key)
    {
        // Keys are usually dense from 1 (rows are only appended), so the node is most often key - 1.
        if (_nodeByKey is null && key >= 1 && key <= _nodeCount && _nodeKeys[key - 1] == key)
        {
            return (int)(key - 1);
        }

        var node = _nodeByKey is not null
            ? _nodeByKey.GetValueOrDefault(key, -1)
            : Array.BinarySearch(_nodeKeys, 0, _nodeCount, key);
        return node >= 0 ? node : throw new InvalidDataException($"An edge row refers to entity row {key}, which does not exist.");
    }

    private static void Grow(ref long[] keys, int index)
    {
        if (index >= keys.Length)
        {
            Array.Resize(ref keys, Math.Max(index + 1, keys.Length * 2));
        }
    }
}
