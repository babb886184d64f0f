using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>What grouping needs: the key items, the aggregate calls, and whether each group must keep a row.</summary>
internal sealed record GroupPlan(List<ProjectionItem> KeyItems, List<FunctionCall> Calls, bool NeedsRow);

/// <summary>
/// The groups of an aggregation, in the order their keys first appeared. A group is an index: its key, its row and the
/// state of each call live in lists, and plain counts (<c>count(*)</c>, <c>count(x)</c>) are numbers in one shared
/// array rather than an object per group, so a query with hundreds of thousands of groups keeps few objects alive for
/// the collector to trace.
/// </summary>
internal sealed class GroupTable
{
    private readonly Dictionary<object?[], int> _index = new(Values.KeyComparer.Instance);
    private readonly List<object?[]> _keys = [];
    private readonly List<Row?> _rows = [];
    private readonly List<Aggregator?[]> _states = [];
    private readonly FunctionCall[] _calls;
    private readonly bool[] _counts;
    private readonly bool _anyState;
    private long[] _tally = [];

    public GroupTable(GroupPlan plan)
    {
        _calls = [.. plan.Calls];
        _counts = [.. _calls.Select(c => c.Star || (!c.Distinct && c.Args.Count == 1 && c.Name.Equals("count", StringComparison.OrdinalIgnoreCase)))];
        _anyState = _counts.Any(c => !c);
    }

    public int Count => _keys.Count;

    public object?[] KeyOf(int group) => _keys[group];

    public Row? RowOf(int group) => _rows[group];

    public bool TryFind(object?[] key, out int group) => _index.TryGetValue(key, out group);

    /// <summary>Adds the group of <paramref name="key"/> (copied, so the caller may reuse its array) with <paramref name="row"/>.</summary>
    public int Insert(object?[] key, Row? row)
    {
        var group = Add([.. key], row);
        _index.Add(_keys[group], group);
        return group;
    }

    /// <summary>Adds a group without indexing its key (the one group of an aggregation over no rows).</summary>
    public int Add(object?[] key, Row? row)
    {
        var group = _keys.Count;
        _keys.Add(key);
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

    public object? Result(int group, int call) => _counts[call] ? _tally[(group * _calls.Length) + call] : _states[group][call]!.Result();
}
