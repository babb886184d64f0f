using System.Collections;
using System.Collections.Concurrent;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Every move (LEFT_FOR edge) of one revision, sorted by (lab left, lab joined), then date, then person, and cut into
/// runs: one run per lab pair, each knowing the run of the opposite direction. A flows query is then one pass that
/// counts each run's moves in its window.
/// </summary>
internal sealed class MoveTable
{
    private MoveTable(int[] runFrom, int[] runTo, int[] runStart, int[] reverse, int[] dates, int[] people)
    {
        RunFrom = runFrom;
        RunTo = runTo;
        RunStart = runStart;
        Reverse = reverse;
        Dates = dates;
        People = people;
    }

    /// <summary>Gets each run's lab left, as a lab ordinal (<see cref="GraphIndex.LabOrdinal"/>).</summary>
    public int[] RunFrom { get; }

    /// <summary>Gets each run's lab joined, as a lab ordinal.</summary>
    public int[] RunTo { get; }

    /// <summary>Gets where each run's moves begin (one more entry than runs).</summary>
    public int[] RunStart { get; }

    /// <summary>Gets the run of the opposite direction, or -1.</summary>
    public int[] Reverse { get; }

    /// <summary>Gets each move's date (packed, 0 when unknown).</summary>
    public int[] Dates { get; }

    /// <summary>Gets each move's person (node).</summary>
    public int[] People { get; }

    public int Runs => RunFrom.Length;

    public static MoveTable Build(TalentGraph graph, GraphIndex index)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(index);
        var count = 0;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            count += graph.EdgeAt(e).Type == EdgeType.LeftFor ? 1 : 0;
        }

        // One sort of plain numbers: pair (two lab ordinals), then date, then the edge for a stable order.
        var keys = new long[count];
        var secondary = new long[count];
        var edges = new int[count];
        var i = 0;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var edge = graph.EdgeAt(e);
            if (edge.Type == EdgeType.LeftFor)
            {
                keys[i] = ((long)index.LabOrdinal[edge.FromLab] << 32) | (uint)index.LabOrdinal[edge.Lab];
                edges[i++] = e;
            }
        }

        Array.Sort(keys, edges);
        var dates = new int[count];
        var people = new int[count];
        var runFrom = new List<int>();
        var runTo = new List<int>();
        var runStart = new List<int>();
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            // Within a pair: date order (undated first), then person, so a pair lists its people as they moved.
            for (var m = start; m < end; m++)
            {
                var edge = graph.EdgeAt(edges[m]);
                secondary[m] = ((long)(edge.Date?.Packed ?? 0) << 32) | (uint)edge.Person;
            }

            Array.Sort(secondary, start, end - start);
            for (var m = start; m < end; m++)
            {
                dates[m] = (int)(secondary[m] >> 32);
                people[m] = (int)(secondary[m] & 0xFFFFFFFF);
            }

            runFrom.Add((int)(keys[start] >> 32));
            runTo.Add((int)(keys[start] & 0xFFFFFFFF));
            runStart.Add(start);
            start = end;
        }

        runStart.Add(count);
        var runKeys = new long[runFrom.Count];
        for (var r = 0; r < runKeys.Length; r++)
        {
            runKeys[r] = ((long)runFrom[r] << 32) | (uint)runTo[r];
        }

        var reverse = new int[runKeys.Length];
        for (var r = 0; r < runKeys.Length; r++)
        {
            var back = Array.BinarySearch(runKeys, ((long)runTo[r] << 32) | (uint)runFrom[r]);
            reverse[r] = back >= 0 ? back : -1;
        }

        return new MoveTable([.. runFrom], [.. runTo], [.. runStart], reverse, dates, people);
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
    private readonly int _labs;
    private readonly ConcurrentDictionary<int, (int[] Certainly, int[] Possibly)> _thresholds = new();

    private RetentionIndex(int[] lab, int[] startFirst, int[] startLast, int[] endFirst, int[] endLast, bool[] open, int labs)
    {
        _lab = lab;
        _startFirst = startFirst;
        _startLast = startLast;
        _endFirst = endFirst;
        _endLast = endLast;
        _open = open;
        _labs = labs;
    }

    public static RetentionIndex Build(SpellTable table, GraphIndex index)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(index);
        var dated = 0;
        foreach (var spell in table.Spells)
        {
            dated += spell.Start != 0 ? 1 : 0;
        }

        var (lab, startFirst, startLast, endFirst, endLast, open) = (new int[dated], new int[dated], new int[dated], new int[dated], new int[dated], new bool[dated]);
        var i = 0;
        foreach (var spell in table.Spells)
        {
            if (spell.Start == 0)
            {
                continue;
            }

            var start = PartialDate.FromPacked(spell.Start);
            lab[i] = index.LabOrdinal[spell.Lab];
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

        return new RetentionIndex(lab, startFirst, startLast, endFirst, endLast, open, index.LabNodes.Length);
    }

    /// <summary>
    /// Per lab ordinal, of the stays that began in the window: how many can be judged at N months (<c>Measured</c>) and
    /// how many lasted (<c>Stayed</c>). A stay with an end lasted when it certainly ended N months or more after it
    /// certainly began, and did not when it certainly ended sooner; a stay with no end and no move away is still
    /// running, so it lasted once N months have passed since its start (by <paramref name="today"/>). Anything else
    /// cannot be judged at the precision known.
    /// </summary>
    public (int[] Measured, int[] Stayed) Measure(FlowQuery query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (certainly, possibly) = _thresholds.GetOrAdd(query.RetentionMonths, Thresholds);
        var since = query.Since?.FirstDay.DayNumber ?? int.MinValue;
        var until = query.Until?.LastDay.DayNumber ?? int.MaxValue;
        var todayNumber = today.DayNumber;
        var measured = new int[_labs];
        var stayed = new int[_labs];
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

        return (measured, stayed);
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
        var counts = new int[moves.Runs];
        var labs = index.LabNodes.Length;
        var into = new int[labs];
        var outOf = new int[labs];
        int total = 0, undated = 0, pairs = 0, largest = 0;
        for (var r = 0; r < moves.Runs; r++)
        {
            var count = 0;
            for (var m = moves.RunStart[r]; m < moves.RunStart[r + 1]; m++)
            {
                var date = moves.Dates[m];
                if (windowed && date == 0)
                {
                    undated++;
                }
                else if (!windowed || AsOf.InWindow(PartialDate.FromPacked(date), query.Since, query.Until))
                {
                    count++;
                }
            }

            counts[r] = count;
            total += count;
            outOf[moves.RunFrom[r]] += count;
            into[moves.RunTo[r]] += count;
            pairs += count > 0 ? 1 : 0;
            largest = Math.Max(largest, count);
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Largest first, ties in pair order: a counting sort, since counts are small whole numbers.
        var startOfCount = new int[largest + 2];
        foreach (var count in counts)
        {
            if (count > 0)
            {
                startOfCount[largest - count + 1]++;
            }
        }

        for (var c = 1; c < startOfCount.Length; c++)
        {
            startOfCount[c] += startOfCount[c - 1];
        }

        var order = new int[pairs];
        for (var r = 0; r < moves.Runs; r++)
        {
            if (counts[r] > 0)
            {
                order[startOfCount[largest - counts[r]]++] = r;
            }
        }

        var (measured, stayed) = retention.Measure(query, today);
        var entities = new Entity?[labs];
        var labFlows = new List<LabFlow>();
        for (var lab = 0; lab < labs; lab++)
        {
            if (into[lab] + outOf[lab] > 0 || measured[lab] > 0)
            {
                var entity = entities[lab] = graph.GetEntity(index.LabNodes[lab]);
                var rate = measured[lab] > 0 ? new Retention(query.RetentionMonths, measured[lab], stayed[lab]) : null;
                labFlows.Add(new LabFlow(entity, into[lab], outOf[lab], into[lab] - outOf[lab], rate));
            }
        }

        var pairList = new FlowPairList(moves, index.Ids, entities, counts, order, query);

        // Busiest first; a stable sort keeps ties in lab order, so the answer does not vary between runs.
        return new FlowResult(query.Since, query.Until, query.RetentionMonths, total, undated, pairList, labFlows.OrderByDescending(l => l.In + l.Out).ToList());
    }

    /// <summary>The pairs of one answer, each made when first read (nothing here touches the graph, so reading later is safe).</summary>
    private sealed class FlowPairList(MoveTable moves, string[] ids, Entity?[] labs, int[] counts, int[] order, FlowQuery query) : IReadOnlyList<FlowPair>
    {
        private readonly FlowPair?[] _made = new FlowPair?[order.Length];

        public int Count => order.Length;

        public FlowPair this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                return _made[index] ??= Make(order[index]);
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

        private FlowPair Make(int run)
        {
            var count = counts[run];
            var back = moves.Reverse[run] >= 0 ? counts[moves.Reverse[run]] : 0;
            return new FlowPair(labs[moves.RunFrom[run]]!, labs[moves.RunTo[run]]!, count, new PairPeople(moves, ids, run, query), count - back, (double)count / (count + back));
        }
    }

    /// <summary>
    /// The distinct people of one pair's counted moves, in the table's order, found only as far as they are read: the
    /// API shows the first hundred of each pair, and a busy pair at a million people has thousands of moves. Answers are
    /// cached and read by concurrent requests, hence the lock.
    /// </summary>
    private sealed class PairPeople(MoveTable moves, string[] ids, int run, FlowQuery query) : IReadOnlyList<string>
    {
        private readonly Lock _lock = new();
        private readonly List<string> _found = [];
        private readonly HashSet<int> _seen = [];
        private readonly bool _windowed = query.Since is not null || query.Until is not null;
        private int _next = moves.RunStart[run];

        public int Count
        {
            get
            {
                lock (_lock)
                {
                    FindUpTo(int.MaxValue);
                    return _found.Count;
                }
            }
        }

        public string this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                lock (_lock)
                {
                    FindUpTo(index + 1);
                    ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _found.Count);
                    return _found[index];
                }
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; ; i++)
            {
                string? person;
                lock (_lock)
                {
                    FindUpTo(i + 1);
                    person = i < _found.Count ? _found[i] : null;
                }

                if (person is null)
                {
                    yield break;
                }

                yield return person;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private void FindUpTo(int wanted)
        {
            var end = moves.RunStart[run + 1];
            while (_found.Count < wanted && _next < end)
            {
                var m = _next++;
                var date = moves.Dates[m];
                var counted = !_windowed || (date != 0 && AsOf.InWindow(PartialDate.FromPacked(date), query.Since, query.Until));
                if (counted && _seen.Add(moves.People[m]))
                {
                    _found.Add(ids[moves.People[m]]);
                }
            }
        }
    }
}
