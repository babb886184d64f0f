namespace GraphExplorer.Core.Queries;

/// <summary>
/// Items 0..n−1 grouped by a small non-negative key (a community, a component), by counting sort: each group's items in
/// increasing order, all groups in one array. What a dictionary of lists would give, without an object per group.
/// </summary>
internal sealed class Grouping
{
    private readonly int[] _start;
    private readonly int[] _items;

    private Grouping(int[] start, int[] items)
    {
        _start = start;
        _items = items;
    }

    public static Grouping Of(int[] keyOfItem)
    {
        ArgumentNullException.ThrowIfNull(keyOfItem);
        var keys = 0;
        foreach (var key in keyOfItem)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(key, nameof(keyOfItem));
            keys = Math.Max(keys, key + 1);
        }

        var start = new int[keys + 1];
        foreach (var key in keyOfItem)
        {
            start[key + 1]++;
        }

        for (var k = 0; k < keys; k++)
        {
            start[k + 1] += start[k];
        }

        var fill = start[..^1];
        var items = new int[keyOfItem.Length];
        for (var i = 0; i < keyOfItem.Length; i++)
        {
            items[fill[keyOfItem[i]]++] = i;
        }

        return new Grouping(start, items);
    }

    public int Size(int key) => _start[key + 1] - _start[key];

    public ReadOnlySpan<int> ItemsOf(int key) => _items.AsSpan(_start[key], Size(key));

    /// <summary>The keys of groups with at least <paramref name="minimumSize"/> items, largest first, ties by their first item.</summary>
    public IEnumerable<int> Groups(int minimumSize)
    {
        var keys = new List<int>();
        for (var k = 0; k + 1 < _start.Length; k++)
        {
            if (Size(k) >= minimumSize)
            {
                keys.Add(k);
            }
        }

        // Groups are disjoint, so first items differ and the order is total.
        keys.Sort((a, b) => Size(a) != Size(b) ? Size(b).CompareTo(Size(a)) : _items[_start[a]].CompareTo(_items[_start[b]]));
        return keys;
    }

    public int[] Select(int key, Func<int, int> map)
    {
        var items = ItemsOf(key);
        var mapped = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            mapped[i] = map(items[i]);
        }

        return mapped;
    }

    public int[] Where(int key, Func<int, bool> keep)
    {
        var kept = new List<int>();
        foreach (var item in ItemsOf(key))
        {
            if (keep(item))
            {
                kept.Add(item);
            }
        }

        return [.. kept];
    }
}
