using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>What grouping needs: the key items, the aggregate calls, and whether each group must keep a row.</summary>
internal sealed record GroupPlan(List<ProjectionItem> KeyItems, List<FunctionCall> Calls, bool NeedsRow);

/// <summary>
/// The groups of an aggregation, in the order their keys first appeared. A group is an index: the keys of all groups
/// sit in one array, found through an open-addressing table of group numbers, the state of each call lives in lists,
/// and plain counts (<c>count(*)</c>, <c>count(x)</c>) are numbers in one shared array rather than an object per group.
/// A query with hundreds of thousands of groups so keeps a few large arrays alive for the collector, not an object or
/// two per group.
/// </summary>
internal sealed class GroupTable
{
    // Boxed small counts, shared: most groups count a few rows, and a box per group would outlive the query's scan.
    private static readonly object[] s_smallCounts = [.. Enumerable.Range(0, 1024).Select(i => (object)(long)i)];

    private readonly int _width;
    private object?[] _keys = [];
    private int[] _hashes = [];
    private int[] _buckets = [];
    private int _count;
    private int _lastHash;
    private readonly List<Row?> _rows = [];
    private readonly List<Aggregator?[]> _states = [];
    private readonly FunctionCall[] _calls;
    private readonly bool[] _counts;
    private readonly bool _anyState;
    private long[] _tally = [];

    public GroupTable(GroupPlan plan)
    {
        _width = plan.KeyItems.Count;
        _calls = [.. plan.Calls];
        _counts = [.. _calls.Select(c => c.Star || (!c.Distinct && c.Args.Count == 1 && c.Name.Equals("count", StringComparison.OrdinalIgnoreCase)))];
        _anyState = _counts.Any(c => !c);
    }

    public int Count => _count;

    public object? KeyAt(int group, int item) => _keys[(group * _width) + item];

    public Row? RowOf(int group) => _rows[group];

    /// <summary>Finds the group of <paramref name="key"/>; when there is none, <see cref="Insert"/> may follow with the same key.</summary>
    public bool TryFind(object?[] key, out int group)
    {
        var hash = Values.KeyComparer.Instance.GetHashCode(key);
        _lastHash = hash;
        if (_buckets.Length > 0)
        {
            var mask = _buckets.Length - 1;
            for (var slot = hash & mask; _buckets[slot] != 0; slot = (slot + 1) & mask)
            {
                group = _buckets[slot] - 1;
                if (_hashes[group] == hash && KeyEquals(group, key))
                {
                    return true;
                }
            }
        }

        group = -1;
        return false;
    }

    /// <summary>Adds the group of <paramref name="key"/>, just looked for with <see cref="TryFind"/>, with <paramref name="row"/>.</summary>
    public int Insert(object?[] key, Row? row)
    {
        var group = Add(key, row);
        _hashes[group] = _lastHash;
        if ((_count * 2) > _buckets.Length)
        {
            _buckets = new int[Math.Max(16, _buckets.Length * 2)];
            for (var g = 0; g < _count; g++)
            {
                Place(g);
            }
        }
        else
        {
            Place(group);
        }

        return group;
    }

    private void Place(int group)
    {
        var mask = _buckets.Length - 1;
        var slot = _hashes[group] & mask;
        while (_buckets[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _buckets[slot] = group + 1;
    }

    private bool KeyEquals(int group, object?[] key)
    {
        var start = group * _width;
        for (var i = 0; i < key.Length; i++)
        {
            if (!Values.Equivalent(_keys[start + i], key[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a group (copying <paramref name="key"/>) without indexing it: the one group of an aggregation over no rows.</summary>
    public int Add(object?[] key, Row? row)
    {
        var group = _count++;
        if (_count > _hashes.Length)
        {
            var capacity = Math.Max(16, _hashes.Length * 2);
            Array.Resize(ref _hashes, capacity);
            Array.Resize(ref _keys, capacity * _width);
        }

        Array.Copy(key, 0, _keys, group * _width, _width);
        _rows.Add(row);
        if (_anyState)
        {
            var states = new Aggregator?[_calls.Length];
            for (var i = 0; i < states.Length; i++)
            {
                states[i] = _counts[i] ? null : new Aggregator(_calls[i]);
            }

            _states.Add(states);
        }

        var needed = (group + 1) * _calls.Length;
        if (needed > _tally.Length)
        {
            Array.Resize(ref _tally, Math.Max(needed, _tally.Length * 2));
        }

        return group;
    }

    /// <summary>Adds a value of call <paramref name="call"/>'s first argument (ignored for <c>count(*)</c>); <paramref name="row"/> is read only for a second argument.</summary>
    public void Add(int group, int call, object? value, Executor executor, Row? row)
    {
        if (_counts[call])
        {
            if (value is not null || _calls[call].Star)
            {
                _tally[(group * _calls.Length) + call]++;
            }

            return;
        }

        _states[group][call]!.Add(value, executor, row);
    }

    /// <summary>Adds one row to every call of <paramref name="group"/>, evaluating their arguments on it.</summary>
    public void Add(int group, Executor executor, Row row)
    {
        for (var i = 0; i < _calls.Length; i++)
        {
            var call = _calls[i];
            Add(group, i, call.Star ? null : executor.Evaluator.Eval(call.Args[0], row), executor, row);
        }
    }

    public object? Result(int group, int call)
    {
        if (!_counts[call])
        {
            return _states[group][call]!.Result();
        }

        var count = _tally[(group * _calls.Length) + call];
        return count < s_smallCounts.Length ? s_smallCounts[count] : count;
    }
}
