using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    private readonly FlatList<int> _runFrom;
    private readonly FlatList<int> _runTo;
    private readonly FlatList<int> _runStart;
    private readonly FlatList<int> _reverse;
    private readonly FlatList<int> _dates;
    private readonly FlatList<int> _people;

    /// <summary>
    /// A table over arrays built here or read from a graph image (where they may lie in its mapping); see
    /// <see cref="FlowTablesImage"/>, which checks every number before it calls this.
    /// </summary>
    internal MoveTable(FlatList<int> runFrom, FlatList<int> runTo, FlatList<int> runStart, FlatList<int> reverse, FlatList<int> dates, FlatList<int> people)
    {
        _runFrom = runFrom;
        _runTo = runTo;
        _runStart = runStart;
        _reverse = reverse;
        _dates = dates;
        _people = people;
    }

    /// <summary>Gets each run's lab left, as a lab ordinal (<see cref="GraphIndex.LabOrdinal"/>).</summary>
    public ReadOnlySpan<int> RunFrom => _runFrom.Span(0, _runFrom.Count);

    /// <summary>Gets each run's lab joined, as a lab ordinal.</summary>
    public ReadOnlySpan<int> RunTo => _runTo.Span(0, _runTo.Count);

    /// <summary>Gets where each run's moves begin (one more entry than runs).</summary>
    public ReadOnlySpan<int> RunStart => _runStart.Span(0, _runStart.Count);

    /// <summary>Gets the run of the opposite direction, or -1.</summary>
    public ReadOnlySpan<int> Reverse => _reverse.Span(0, _reverse.Count);

    /// <summary>Gets each move's date (packed, 0 when unknown).</summary>
    public ReadOnlySpan<int> Dates => _dates.Span(0, _dates.Count);

    /// <summary>Gets each move's person (node).</summary>
    public ReadOnlySpan<int> People => _people.Span(0, _people.Count);

    public int MoveCount => _dates.Count;

    public int Runs => _runFrom.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MoveTable Build(TalentGraph graph, GraphIndex index)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(index);
        var labs = index.LabNodes.Length;
        var labOrdinal = index.LabOrdinal;

        // One pass over the edges gathers the moves (each move's date and person as one number, its order within the
        // pair) and counts them per lab at either end.
        var perTo = new int[labs + 1];
        var perFrom = new int[labs + 1];
        var capacity = Math.Max(16, graph.EdgeCount / 2);
        var movedFrom = new int[capacity];
        var movedTo = new int[capacity];
        var movedKey = new long[capacity];
        var count = 0;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var edge = graph.EdgeAt(e);
            if (edge.Type != EdgeType.LeftFor)
            {
                continue;
            }

            if (count == movedKey.Length)
            {
                Array.Resize(ref movedFrom, count * 2);
                Array.Resize(ref movedTo, count * 2);
                Array.Resize(ref movedKey, count * 2);
            }

            var from = labOrdinal[edge.FromLab];
            var to = labOrdinal[edge.Lab];
            movedFrom[count] = from;
            movedTo[count] = to;
            movedKey[count] = ((long)edge.PackedDate << 32) | (uint)edge.Person;
            perTo[to + 1]++;
            perFrom[from + 1]++;
            count++;
        }

        // Two stable counting sorts (by lab joined, then by lab left) order the moves by pair in time linear in the
        // moves, where a comparison sort of every move costs n log n.
        for (var lab = 1; lab <= labs; lab++)
        {
            perTo[lab] += perTo[lab - 1];
            perFrom[lab] += perFrom[lab - 1];
        }

        var byTo = new int[count];
        for (var m = 0; m < count; m++)
        {
            byTo[perTo[movedTo[m]]++] = m;
        }

        var keys = new long[count];
        var labJoined = new int[count];
        var labLeft = new int[count];
        foreach (var m in byTo)
        {
            var at = perFrom[movedFrom[m]]++;
            labLeft[at] = movedFrom[m];
            labJoined[at] = movedTo[m];
            keys[at] = movedKey[m];
        }

        var runs = 0;
        for (var m = 0; m < count; m++)
        {
            runs += m == 0 || labLeft[m] != labLeft[m - 1] || labJoined[m] != labJoined[m - 1] ? 1 : 0;
        }

        var runFrom = new int[runs];
        var runTo = new int[runs];
        var runStart = new int[runs + 1];
        var r = -1;
        for (var m = 0; m < count; m++)
        {
            if (m == 0 || labLeft[m] != labLeft[m - 1] || labJoined[m] != labJoined[m - 1])
            {
                r++;
                runFrom[r] = labLeft[m];
                runTo[r] = labJoined[m];
                runStart[r] = m;
            }
        }

        runStart[runs] = count;

        // Within a pair: date order (undated first), then person, so a pair lists its people as they moved.
        var dates = new int[count];
        var people = new int[count];
        for (r = 0; r < runs; r++)
        {
            var length = runStart[r + 1] - runStart[r];
            if (length > 1)
            {
                Array.Sort(keys, runStart[r], length);
            }
        }

        for (var m = 0; m < count; m++)
        {
            dates[m] = (int)(keys[m] >> 32);
            people[m] = (int)(keys[m] & 0xFFFFFFFF);
        }

        // Runs are in (lab left, lab joined) order, so the opposite direction is a binary search away.
        var runKeys = new long[runs];
        for (r = 0; r < runs; r++)
        {
            runKeys[r] = ((long)runFrom[r] << 32) | (uint)runTo[r];
        }

        var reverse = new int[runs];
        for (r = 0; r < runs; r++)
        {
            var back = Array.BinarySearch(runKeys, ((long)runTo[r] << 32) | (uint)runFrom[r]);
            reverse[r] = back >= 0 ? back : -1;
        }

        return new MoveTable(Flat(runFrom), Flat(runTo), Flat(runStart), Flat(reverse), Flat(dates), Flat(people));

        static FlatList<int> Flat(int[] values) => new(values, values.Length);
    }
}

/// <summary>
/// Each dated stay's days as plain numbers (first and last day its start and end can stand for), so retention over a
/// million people is integer comparisons; the "N months later" thresholds are worked out once per N.
/// </summary>
internal sealed class RetentionIndex
{
    private readonly FlatList<int> _lab;
    private readonly FlatList<int> _startFirst;
    private readonly FlatList<int> _startLast;
    private readonly FlatList<int> _endFirst;
    private readonly FlatList<int> _endLast;
    private readonly FlatList<byte> _open;
    private readonly ConcurrentDictionary<int, (int[] Certainly, int[] Possibly)> _thresholds = new();

    /// <summary>
    /// An index over arrays built here or read from a graph image (where they may lie in its mapping); see
    /// <see cref="FlowTablesImage"/>, which checks every number before it calls this. <paramref name="open"/> is 1 for a
    /// stay with no end and no move away.
    /// </summary>
    internal RetentionIndex(FlatList<int> lab, FlatList<int> startFirst, FlatList<int> startLast, FlatList<int> endFirst, FlatList<int> endLast, FlatList<byte> open, int labs)
    {
        _lab = lab;
        _startFirst = startFirst;
        _startLast = startLast;
        _endFirst = endFirst;
        _endLast = endLast;
        _open = open;
        Labs = labs;
    }

    /// <summary>Gets how many labs the ordinals of <see cref="Lab"/> range over.</summary>
    public int Labs { get; }

    /// <summary>Gets each stay's lab ordinal.</summary>
    public ReadOnlySpan<int> Lab => _lab.Span(0, _lab.Count);

    /// <summary>Gets the first day each stay's start can stand for.</summary>
    public ReadOnlySpan<int> StartFirst => _startFirst.Span(0, _startFirst.Count);

    /// <summary>Gets the last day each stay's start can stand for.</summary>
    public ReadOnlySpan<int> StartLast => _startLast.Span(0, _startLast.Count);

    /// <summary>Gets the first day each stay's end can stand for (-1 with no end).</summary>
    public ReadOnlySpan<int> EndFirst => _endFirst.Span(0, _endFirst.Count);

    /// <summary>Gets the last day each stay's end can stand for (-1 with no end).</summary>
    public ReadOnlySpan<int> EndLast => _endLast.Span(0, _endLast.Count);

    /// <summary>Gets 1 for each stay still running (no end, no move away), else 0.</summary>
    public ReadOnlySpan<byte> Open => _open.Span(0, _open.Count);

    /// <summary>Builds the index from everyone's stays, already worked out by <paramref name="table"/>.</summary>
    public static RetentionIndex Build(SpellTable table, GraphIndex index)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(index);
        var days = new StayDays(table.Spells.Length);
        foreach (var spell in table.Spells)
        {
            days.Add(spell, index);
        }

        return days.ToIndex(index.LabNodes.Length);
    }

    /// <summary>
    /// Builds the index by working out each person's stays as <see cref="SpellTable"/> does (the same
    /// <see cref="SpellBuilder"/>), keeping only what retention reads: a first flows call then does not wait for the
    /// table's evidence lists and ordering masks, which only followers and clusters need.
    /// </summary>
    public static RetentionIndex Build(TalentGraph graph, GraphIndex index)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(index);
        // Each half of the nodes on its own core (a stay's place in the arrays does not matter to retention).
        var middle = graph.NodeCount / 2;
        StayDays? first = null, second = null;
        Parallel.Invoke(() => first = Gather(graph, index, 0, middle), () => second = Gather(graph, index, middle, graph.NodeCount));
        first!.Append(second!);
        return first.ToIndex(index.LabNodes.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static StayDays Gather(TalentGraph graph, GraphIndex index, int fromNode, int toNode)
    {
        var days = new StayDays((toNode - fromNode) * 2);
        var builder = new SpellBuilder();
        var stays = new List<Spell>();
        for (var node = fromNode; node < toNode; node++)
        {
            if (graph.KindOf(node) != NodeKind.Person)
            {
                continue;
            }

            stays.Clear();
            builder.Build(graph, node, stays, evidence: null);
            foreach (var spell in stays)
            {
                days.Add(spell, index);
            }
        }

        return days;
    }

    /// <summary>
    /// Per lab ordinal, of the stays that began in the window: how many can be judged at N months (<c>Measured</c>) and
    /// how many lasted (<c>Stayed</c>). A stay with an end lasted when it certainly ended N months or more after it
    /// certainly began, and did not when it certainly ended sooner; a stay with no end and no move away is still
    /// running, so it lasted once N months have passed since its start (by <paramref name="today"/>). Anything else
    /// cannot be judged at the precision known.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int[] Measured, int[] Stayed) Measure(FlowQuery query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (certainly, possibly) = _thresholds.GetOrAdd(query.RetentionMonths, Thresholds);
        var since = query.Since?.FirstDay.DayNumber ?? int.MinValue;
        var until = query.Until?.LastDay.DayNumber ?? int.MaxValue;
        var todayNumber = today.DayNumber;
        var measured = new int[Labs];
        var stayed = new int[Labs];
        ReadOnlySpan<int> lab = Lab, startFirst = StartFirst, startLast = StartLast, endFirst = EndFirst, endLast = EndLast;
        var open = Open;
        for (var i = 0; i < lab.Length; i++)
        {
            // In the window when the start may fall in it (its last day not before since, its first not after until).
            if (startLast[i] < since || startFirst[i] > until)
            {
                continue;
            }

            if (endFirst[i] >= 0)
            {
                if (endFirst[i] >= certainly[i])
                {
                    measured[lab[i]]++;
                    stayed[lab[i]]++;
                }
                else if (endLast[i] < possibly[i])
                {
                    measured[lab[i]]++;
                }
            }
            else if (open[i] != 0 && certainly[i] <= todayNumber)
            {
                measured[lab[i]]++;
                stayed[lab[i]]++;
            }
        }

        return (measured, stayed);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] Certainly, int[] Possibly) Thresholds(int months)
    {
        var certainly = new int[_lab.Count];
        var possibly = new int[_lab.Count];
        if (_lab.Count == 0)
        {
            return (certainly, possibly);
        }

        // Stays begin on a few thousand distinct days: each day's "N months later" is worked out once.
        var first = Math.Min(Min(StartFirst), Min(StartLast));
        var later = new int[Math.Max(Max(StartFirst), Max(StartLast)) - first + 1];
        int Later(int day)
        {
            ref var known = ref later[day - first];
            if (known == 0)
            {
                known = DateOnly.FromDayNumber(day).AddMonths(months).DayNumber;
            }

            return known;
        }

        for (var i = 0; i < certainly.Length; i++)
        {
            certainly[i] = Later(_startLast[i]);
            possibly[i] = Later(_startFirst[i]);
        }

        return (certainly, possibly);

        static int Min(ReadOnlySpan<int> values)
        {
            var min = int.MaxValue;
            foreach (var value in values)
            {
                min = Math.Min(min, value);
            }

            return min;
        }

        static int Max(ReadOnlySpan<int> values)
        {
            var max = int.MinValue;
            foreach (var value in values)
            {
                max = Math.Max(max, value);
            }

            return max;
        }
    }

    /// <summary>The dated stays' days, gathered before they become a <see cref="RetentionIndex"/>.</summary>
    private sealed class StayDays(int capacity)
    {
        private readonly List<int> _lab = new(capacity);
        private readonly List<int> _startFirst = new(capacity);
        private readonly List<int> _startLast = new(capacity);
        private readonly List<int> _endFirst = new(capacity);
        private readonly List<int> _endLast = new(capacity);
        private readonly List<byte> _open = new(capacity);

        public void Add(in Spell spell, GraphIndex index)
        {
            if (spell.Start == 0)
            {
                return;
            }

            var start = PartialDate.FromPacked(spell.Start);
            _lab.Add(index.LabOrdinal[spell.Lab]);
            _startFirst.Add(start.FirstDay.DayNumber);
            _startLast.Add(start.LastDay.DayNumber);
            if (spell.End != 0)
            {
                var end = PartialDate.FromPacked(spell.End);
                _endFirst.Add(end.FirstDay.DayNumber);
                _endLast.Add(end.LastDay.DayNumber);
                _open.Add(0);
            }
            else
            {
                _endFirst.Add(-1);
                _endLast.Add(-1);
                _open.Add(spell.MovedOut ? (byte)0 : (byte)1);
            }
        }

        public void Append(StayDays other)
        {
            _lab.AddRange(other._lab);
            _startFirst.AddRange(other._startFirst);
            _startLast.AddRange(other._startLast);
            _endFirst.AddRange(other._endFirst);
            _endLast.AddRange(other._endLast);
            _open.AddRange(other._open);
        }

        public RetentionIndex ToIndex(int labs) =>
            new(Flat(_lab), Flat(_startFirst), Flat(_startLast), Flat(_endFirst), Flat(_endLast), Flat(_open), labs);

        private static FlatList<T> Flat<T>(List<T> values)
            where T : unmanaged => new([.. values], values.Count);
    }
}

/// <summary>
/// Lab-to-lab talent flows: every LEFT_FOR edge is one move from the lab left to the lab joined. A window keeps the
/// moves whose date may fall in it (<see cref="AsOf.InWindow"/>); undated moves are counted only when no window is
/// asked for, and reported apart otherwise. Retention comes from the stays that began in the window (see
/// <see cref="RetentionIndex"/>). Pairs are largest first and built only when read, so a million-move answer costs
/// one pass over the moves however few pairs the caller looks at.
/// </summary>
/// <remarks>
/// The loops over every move, stay and pair person are compiled fully optimised at once (AggressiveOptimization): a
/// first flows call after a restart otherwise runs them as unoptimised code over millions of elements.
/// </remarks>
internal static class FlowCalculator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        var pairList = new FlowPairList(moves, index, entities, counts, order, query);

        // Busiest first; a stable sort keeps ties in lab order, so the answer does not vary between runs.
        return new FlowResult(query.Since, query.Until, query.RetentionMonths, total, undated, pairList, labFlows.OrderByDescending(l => l.In + l.Out).ToList());
    }

    /// <summary>
    /// The pairs of one answer, each made when first read. People's ids come from <see cref="GraphIndex.IdOf"/>, safe
    /// after the reader has returned (the graph only appends); only the people read are looked up, where taking every
    /// node's id would make a million strings for the hundred thousand an answer shows.
    /// </summary>
    private sealed class FlowPairList(MoveTable moves, GraphIndex index, Entity?[] labs, int[] counts, int[] order, FlowQuery query) : IReadOnlyList<FlowPair>
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
            return new FlowPair(labs[moves.RunFrom[run]]!, labs[moves.RunTo[run]]!, count, new PairPeople(moves, index, run, query), count - back, (double)count / (count + back));
        }
    }

    /// <summary>
    /// The distinct people of one pair's counted moves, in the table's order, found only as far as they are read: the
    /// API shows the first hundred of each pair, and a busy pair at a million people has thousands of moves. Answers are
    /// cached and read by concurrent requests, hence the lock.
    /// </summary>
    private sealed class PairPeople(MoveTable moves, GraphIndex index, int run, FlowQuery query) : IReadOnlyList<string>
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

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                    _found.Add(index.IdOf(moves.People[m]));
                }
            }
        }
    }
}
