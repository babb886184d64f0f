using System.Collections;
using System.Collections.Concurrent;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Every move (LEFT_FOR edge) of one revision, sorted by (lab left, lab joined), then date, then person: a flows query
/// is then one pass that keeps the moves in its window, and each run of equal keys is one lab pair.
/// </summary>
internal sealed class MoveTable
{
    private MoveTable(long[] keys, int[] dates, int[] people)
    {
        Keys = keys;
        Dates = dates;
        People = people;
    }

    /// <summary>Gets each move's pair key: lab left &lt;&lt; 32 | lab joined.</summary>
    public long[] Keys { get; }

    /// <summary>Gets each move's date (packed, 0 when unknown).</summary>
    public int[] Dates { get; }

    /// <summary>Gets each move's person (node).</summary>
    public int[] People { get; }

    public static long Key(int from, int to) => ((long)from << 32) | (uint)to;

    public static MoveTable Build(TalentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var moves = new List<int>();
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (graph.EdgeAt(e).Type == EdgeType.LeftFor)
            {
                moves.Add(e);
            }
        }

        var keys = new long[moves.Count];
        var order = new int[moves.Count];
        for (var i = 0; i < moves.Count; i++)
        {
            var edge = graph.EdgeAt(moves[i]);
            keys[i] = Key(edge.FromLab, edge.Lab);
            order[i] = moves[i];
        }

        Array.Sort(keys, order);

        // Within a pair: date order (undated first), then person, so a pair lists its people as they moved.
        var dates = new int[moves.Count];
        var people = new int[moves.Count];
        var secondary = new long[moves.Count];
        for (var i = 0; i < moves.Count; i++)
        {
            var edge = graph.EdgeAt(order[i]);
            dates[i] = edge.Date?.Packed ?? 0;
            people[i] = edge.Person;
            secondary[i] = ((long)dates[i] << 32) | (uint)people[i];
        }

        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(secondary, start, end - start);
                for (var i = start; i < end; i++)
                {
                    dates[i] = (int)(secondary[i] >> 32);
                    people[i] = (int)(secondary[i] & 0xFFFFFFFF);
                }
            }

            start = end;
        }

        return new MoveTable(keys, dates, people);
    }
}

/// <summary>
/// Each dated stay's days as plain numbers (first and last day its start and end can stand for), so retention over a
/// million people is integer comparisons; the "N months later" thresholds are worked out once per N.
/// </summary>
internal sealed class RetentionIndex
{
    private readonly int[] _lab;
    private readonly int[] _startFirst;
    private readonly int[] _startLast;
    private readonly int[] _endFirst;
    private readonly int[] _endLast;
    private readonly bool[] _open;
    private readonly ConcurrentDictionary<int, (int[] Certainly, int[] Possibly)> _thresholds = new();

    private RetentionIndex(int[] lab, int[] startFirst, int[] startLast, int[] endFirst, int[] endLast, bool[] open)
    {
        _lab = lab;
        _startFirst = startFirst;
        _startLast = startLast;
        _endFirst = endFirst;
        _endLast = endLast;
        _open = open;
    }

    public static RetentionIndex Build(SpellTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var dated = table.Spells.Count(s => s.Start != 0);
        var (lab, startFirst, startLast, endFirst, endLast, open) = (new int[dated], new int[dated], new int[dated], new int[dated], new int[dated], new bool[dated]);
        var i = 0;
        foreach (var spell in table.Spells)
        {
            if (spell.Start == 0)
            {
                continue;
            }

            var start = PartialDate.FromPacked(spell.Start);
            lab[i] = spell.Lab;
            startFirst[i] = start.FirstDay.DayNumber;
            startLast[i] = start.LastDay.DayNumber;
            if (spell.End != 0)
            {
                var end = PartialDate.FromPacked(spell.End);
                endFirst[i] = end.FirstDay.DayNumber;
                endLast[i] = end.LastDay.DayNumber;
            }
            else
            {
                endFirst[i] = endLast[i] = -1;
                open[i] = !spell.MovedOut;
            }

            i++;
        }

        return new RetentionIndex(lab, startFirst, startLast, endFirst, endLast, open);
    }

    /// <summary>
    /// Per lab, of the stays that began in the window: how many can be judged at N months and how many lasted. A stay
    /// with an end lasted when it certainly ended N months or more after it certainly began, and did not when it
    /// certainly ended sooner; a stay with no end and no move away is still running, so it lasted once N months have
    /// passed since its start (by <paramref name="today"/>). Anything else cannot be judged at the precision known.
    /// </summary>
    public Dictionary<int, Retention> Measure(FlowQuery query, DateOnly today, int nodeCount)
    {
        ArgumentNullException.ThrowIfNull(query);
        var months = query.RetentionMonths;
        var (certainly, possibly) = _thresholds.GetOrAdd(months, m => Thresholds(m));
        var since = query.Since?.FirstDay.DayNumber ?? int.MinValue;
        var until = query.Until?.LastDay.DayNumber ?? int.MaxValue;
        var todayNumber = today.DayNumber;
        var measured = new int[nodeCount];
        var stayed = new int[nodeCount];
        for (var i = 0; i < _lab.Length; i++)
        {
            // In the window when the start may fall in it (its last day not before since, its first not after until).
            if (_startLast[i] < since || _startFirst[i] > until)
            {
                continue;
            }

            if (_endFirst[i] >= 0)
            {
                if (_endFirst[i] >= certainly[i])
                {
                    measured[_lab[i]]++;
                    stayed[_lab[i]]++;
                }
                else if (_endLast[i] < possibly[i])
                {
                    measured[_lab[i]]++;
                }
            }
            else if (_open[i] && certainly[i] <= todayNumber)
            {
                measured[_lab[i]]++;
                stayed[_lab[i]]++;
            }
        }

        var result = new Dictionary<int, Retention>();
        for (var lab = 0; lab < nodeCount; lab++)
        {
            if (measured[lab] > 0)
            {
                result[lab] = new Retention(months, measured[lab], stayed[lab]);
            }
        }

        return result;
    }

    private (int[] Certainly, int[] Possibly) Thresholds(int months)
    {
        var certainly = new int[_lab.Length];
        var possibly = new int[_lab.Length];
        for (var i = 0; i < _lab.Length; i++)
        {
            certainly[i] = DateOnly.FromDayNumber(_startLast[i]).AddMonths(months).DayNumber;
            possibly[i] = DateOnly.FromDayNumber(_startFirst[i]).AddMonths(months).DayNumber;
        }

        return (certainly, possibly);
    }
}

/// <summary>
/// Lab-to-lab talent flows: every LEFT_FOR edge is one move from the lab left to the lab joined. A window keeps the
/// moves whose date may fall in it (<see cref="AsOf.InWindow"/>); undated moves are counted only when no window is
/// asked for, and reported apart otherwise. Retention comes from the stays that began in the window (see
/// <see cref="RetentionIndex"/>). Pairs are largest first and built only when read, so a million-move answer costs
/// one pass over the moves however few pairs the caller looks at.
/// </summary>
internal static class FlowCalculator
{
    public static FlowResult Compute(TalentGraph graph, GraphIndex index, MoveTable moves, RetentionIndex retention, FlowQuery query, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(retention);
        ArgumentNullException.ThrowIfNull(query);
        var windowed = query.Since is not null || query.Until is not null;
        var selected = new int[moves.Keys.Length];
        var pairKeys = new List<long>();
        var pairStarts = new List<int>();
        var pairCounts = new List<int>();
        int count = 0, undated = 0;
        for (var i = 0; i < moves.Keys.Length;)
        {
            var key = moves.Keys[i];
            var first = count;
            for (; i < moves.Keys.Length && moves.Keys[i] == key; i++)
            {
                var date = moves.Dates[i];
                if (windowed && date == 0)
                {
                    undated++;
                }
                else if (date == 0 || AsOf.InWindow(PartialDate.FromPacked(date), query.Since, query.Until))
                {
                    selected[count++] = i;
                }
            }

            if (count > first)
            {
                pairKeys.Add(key);
                pairStarts.Add(first);
                pairCounts.Add(count - first);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var into = new int[graph.NodeCount];
        var outOf = new int[graph.NodeCount];
        var keys = pairKeys.ToArray();
        var reverse = new int[keys.Length];
        var order = new long[keys.Length];
        for (var p = 0; p < keys.Length; p++)
        {
            var (from, to) = ((int)(keys[p] >> 32), (int)(keys[p] & 0xFFFFFFFF));
            outOf[from] += pairCounts[p];
            into[to] += pairCounts[p];
            var back = Array.BinarySearch(keys, MoveTable.Key(to, from));
            reverse[p] = back >= 0 ? pairCounts[back] : 0;

            // Largest first, then in key order: one sort of plain numbers.
            order[p] = ((long)(int.MaxValue - pairCounts[p]) << 32) | (uint)p;
        }

        Array.Sort(order);
        var rates = retention.Measure(query, today, graph.NodeCount);
        var entities = new Dictionary<int, Entity>();
        var labs = new List<LabFlow>();
        for (var lab = 0; lab < graph.NodeCount; lab++)
        {
            var rate = rates.GetValueOrDefault(lab);
            if (into[lab] + outOf[lab] > 0 || rate is not null)
            {
                var entity = entities[lab] = graph.GetEntity(lab);
                labs.Add(new LabFlow(entity, into[lab], outOf[lab], into[lab] - outOf[lab], rate));
            }
        }

        var pairs = new FlowPairList(moves, index.Ids, entities, selected, keys, [.. pairStarts], [.. pairCounts], reverse, order);

        // Busiest first; a stable sort keeps ties in node order, so the answer does not vary between runs.
        return new FlowResult(query.Since, query.Until, query.RetentionMonths, count, undated, pairs, labs.OrderByDescending(l => l.In + l.Out).ToList());
    }

    /// <summary>The pairs of one answer, each made when first read (nothing here touches the graph, so reading later is safe).</summary>
    private sealed class FlowPairList(
        MoveTable moves,
        string[] ids,
        Dictionary<int, Entity> labs,
        int[] selected,
        long[] keys,
        int[] starts,
        int[] counts,
        int[] reverse,
        long[] order) : IReadOnlyList<FlowPair>
    {
        private readonly FlowPair?[] _made = new FlowPair?[keys.Length];

        public int Count => keys.Length;

        public FlowPair this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                return _made[index] ??= Make((int)(order[index] & 0xFFFFFFFF));
            }
        }

        public IEnumerator<FlowPair> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private FlowPair Make(int pair)
        {
            var people = new List<string>(counts[pair]);
            var seen = new HashSet<int>();
            for (var i = starts[pair]; i < starts[pair] + counts[pair]; i++)
            {
                var person = moves.People[selected[i]];
                if (seen.Add(person))
                {
                    people.Add(ids[person]);
                }
            }

            var count = counts[pair];
            var from = labs[(int)(keys[pair] >> 32)];
            var to = labs[(int)(keys[pair] & 0xFFFFFFFF)];
            return new FlowPair(from, to, count, people, count - reverse[pair], (double)count / (count + reverse[pair]));
        }
    }
}
