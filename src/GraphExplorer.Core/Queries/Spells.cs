using System.Runtime.InteropServices;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// One continuous stay of a person at a lab, worked out from every edge that speaks of it: a WORKED_AT tenure, the
/// LEFT_FOR that brought them (its date is the arrival), the FOUNDED edge (a founder's arrival), and the LEFT_FOR that
/// took them away (its date is the end). Dates are packed partial dates, 0 when unknown.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct Spell
{
    public int Lab;
    public int Start;
    public int End;
    public bool Founded;

    /// <summary>A LEFT_FOR edge says the person left (even when it has no date).</summary>
    public bool MovedOut;

    /// <summary>The LEFT_FOR edge that brought the person here, or -1: it ties this stay to the one it ended.</summary>
    public int ArrivalMove;

    /// <summary>The LEFT_FOR edge that took the person away, or -1.</summary>
    public int DepartureMove;

    // No evidence here: the stays table holds a stay per two edges (8 bytes each were 18 MB at a million people) and
    // only a Career, built for the few people an answer names, needs the edges behind each stay.

    /// <summary>Gets whether the person is known to have left: an end date, or a move away.</summary>
    public readonly bool Left => End != 0 || MovedOut;

    public readonly PartialDate? StartDate => Start == 0 ? null : PartialDate.FromPacked(Start);

    public readonly PartialDate? EndDate => End == 0 ? null : PartialDate.FromPacked(End);
}

/// <summary>
/// Derives a person's <see cref="Spell"/>s from their edges. Reusable (keeps its buffers) but not thread-safe.
/// </summary>
/// <remarks>
/// The rules, in order (docs/QUERIES.md explains why):
/// 1. every WORKED_AT is a stay from its start to its end;
/// 2. each arrival (LEFT_FOR into the lab, FOUNDED) joins the stay there whose start it matches at the precision known
///    (or gives an undated stay its start), else it opens a stay of its own; a founding marks the stay as founded;
/// 3. each LEFT_FOR away joins the latest stay there that began by then and has no end or a matching one (giving it
///    its end), else it is a stay with an unknown start;
/// 4. stays at the same lab that are not known to be apart merge (two roles, two reports of one tenure): the earliest
///    start, the latest end, except that a later stay with no end means the person is still there.
/// A more precise date replaces a coarser one it agrees with (<c>2024-09</c> refines <c>2024</c>).
/// </remarks>
internal sealed class SpellBuilder
{
    private readonly List<Raw> _raw = [];
    private readonly List<Link> _links = [];
    private readonly List<Point> _arrivals = [];
    private readonly List<Point> _departures = [];
    private readonly List<int> _scratchEdges = [];
    private readonly List<Emitted> _emitted = [];

    public void Build(TalentGraph graph, int person, List<Spell> output, List<int>? evidence) =>
        Build(graph, person, output, evidence, ranges: null);

    /// <summary>The stays, and with <paramref name="evidence"/> the edges behind each: stay i's are <paramref name="ranges"/>[i] of it.</summary>
    public void Build(TalentGraph graph, int person, List<Spell> output, List<int>? evidence, List<(int Start, int Count)>? ranges)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        _raw.Clear();
        _links.Clear();
        _arrivals.Clear();
        _departures.Clear();
        foreach (var e in graph.EdgesOf(person))
        {
            var edge = graph.EdgeAt(e);
            if (edge.Person != person)
            {
                continue;
            }

            switch (edge.Type)
            {
                case EdgeType.WorkedAt:
                    var end = edge.End?.Packed ?? 0;
                    AddRaw(edge.Lab, edge.Start?.Packed ?? 0, end, founded: false, e, arrivalMove: -1, departureMove: -1);
                    break;
                case EdgeType.LeftFor:
                    var date = edge.Date?.Packed ?? 0;
                    _arrivals.Add(new Point(edge.Lab, date, false, e));
                    _departures.Add(new Point(edge.FromLab, date, false, e));
                    break;
                default:
                    _arrivals.Add(new Point(edge.Lab, edge.Date?.Packed ?? 0, true, e));
                    break;
            }
        }

        // Dated points first, oldest first, so an undated one joins the stay a dated one already shaped.
        _arrivals.Sort(static (a, b) => ComparePoints(a, b));
        _departures.Sort(static (a, b) => ComparePoints(a, b));
        foreach (var arrival in _arrivals)
        {
            Arrive(arrival);
        }

        foreach (var departure in _departures)
        {
            Depart(departure);
        }

        MergeAndEmit(output, evidence, ranges);
    }

    /// <summary>
    /// True when the person's stay <paramref name="x"/> may have begun before their stay <paramref name="y"/>: the dates
    /// do not put it later, and no chain of moves leads from <paramref name="y"/> to it (a LEFT_FOR orders two stays
    /// even when it has no date).
    /// </summary>
    public static bool Precedes(ReadOnlySpan<Spell> career, int x, int y)
    {
        if (x == y || Leads(career, y, x))
        {
            return false;
        }

        var (start, arrival) = (career[x].Start, career[y].Start);
        return start == 0 || arrival == 0 || !D(start).IsAfter(D(arrival));
    }

    /// <summary>True when two stays may have overlapped (neither is known to have ended before the other began).</summary>
    public static bool Overlap(in Spell a, in Spell b) =>
        !(a.End != 0 && b.Start != 0 && D(a.End).IsBefore(D(b.Start)))
        && !(b.End != 0 && a.Start != 0 && D(b.End).IsBefore(D(a.Start)));

    internal static PartialDate D(int packed) => PartialDate.FromPacked(packed);

    /// <summary>
    /// For each stay y of a career (at most 64), the set of stays x with <see cref="Precedes"/>(x, y), as a bit mask:
    /// the chain walk behind it is worth doing once per person, not once per pair of stays compared.
    /// </summary>
    public static void PrecedesMasks(ReadOnlySpan<Spell> career, Span<ulong> masks)
    {
        var count = Math.Min(career.Length, 64);
        for (var y = 0; y < count; y++)
        {
            var mask = 0UL;
            for (var x = 0; x < count; x++)
            {
                mask |= Precedes(career, x, y) ? 1UL << x : 0;
            }

            masks[y] = mask;
        }
    }

    /// <summary>True when the moves that ended stay <paramref name="from"/>, and those after it, lead to stay <paramref name="to"/>.</summary>
    private static bool Leads(ReadOnlySpan<Spell> career, int from, int to)
    {
        var current = from;
        for (var step = 0; step < career.Length; step++)
        {
            var move = career[current].DepartureMove;
            if (move < 0)
            {
                return false;
            }

            var next = -1;
            for (var i = 0; i < career.Length && next < 0; i++)
            {
                next = career[i].ArrivalMove == move ? i : -1;
            }

            if (next < 0)
            {
                return false;
            }

            if (next == to)
            {
                return true;
            }

            current = next;
        }

        return false;
    }

    private static int ComparePoints(Point a, Point b)
    {
        var unknown = (a.Date == 0).CompareTo(b.Date == 0);
        return unknown != 0 ? unknown : a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Edge.CompareTo(b.Edge);
    }

    private static bool Indistinguishable(int a, int b) => D(a).IsIndistinguishableFrom(D(b));

    /// <summary>The more precise of two dates that agree (the first when equally precise).</summary>
    private static int Refine(int current, int candidate) =>
        current == 0 ? candidate : candidate != 0 && D(candidate).Precision > D(current).Precision ? candidate : current;

    private void AddRaw(int lab, int start, int end, bool founded, int edge, int arrivalMove, int departureMove)
    {
        _links.Add(new Link(edge, -1));
        _raw.Add(new Raw
        {
            Lab = lab,
            Start = start,
            End = end,
            Founded = founded,
            MovedOut = departureMove >= 0,
            ArrivalMove = arrivalMove,
            DepartureMove = departureMove,
            Head = _links.Count - 1,
            Tail = _links.Count - 1,
        });
    }

    private void Attach(int raw, int edge)
    {
        var r = _raw[raw];
        _links.Add(new Link(edge, -1));
        _links[r.Tail] = _links[r.Tail] with { Next = _links.Count - 1 };
        r.Tail = _links.Count - 1;
        _raw[raw] = r;
    }

    private void Arrive(Point arrival)
    {
        // Preference: a stay starting at the same time, then an undated stay it can open, then a stay it falls inside.
        int matchStart = -1, matchUndated = -1, matchInside = -1;
        for (var i = 0; i < _raw.Count; i++)
        {
            var r = _raw[i];
            if (r.Lab != arrival.Lab)
            {
                continue;
            }

            if (arrival.Date == 0)
            {
                matchStart = matchStart < 0 ? i : matchStart;
            }
            else if (r.Start == 0)
            {
                if (matchUndated < 0 && (r.End == 0 || !D(arrival.Date).IsAfter(D(r.End))))
                {
                    matchUndated = i;
                }
            }
            else if (Indistinguishable(r.Start, arrival.Date))
            {
                matchStart = matchStart < 0 ? i : matchStart;
            }
            else if (matchInside < 0 && !D(arrival.Date).IsBefore(D(r.Start)) && (r.End == 0 || !D(arrival.Date).IsAfter(D(r.End))))
            {
                matchInside = i;
            }
        }

        var match = matchStart >= 0 ? matchStart : matchUndated >= 0 ? matchUndated : matchInside;
        if (match < 0)
        {
            AddRaw(arrival.Lab, arrival.Date, 0, arrival.Founded, arrival.Edge, arrival.Founded ? -1 : arrival.Edge, departureMove: -1);
            return;
        }

        var stay = _raw[match];
        if (match != matchInside)
        {
            stay.Start = Refine(stay.Start, arrival.Date);
        }

        stay.Founded |= arrival.Founded;
        if (!arrival.Founded && stay.ArrivalMove < 0)
        {
            stay.ArrivalMove = arrival.Edge;
        }

        _raw[match] = stay;
        Attach(match, arrival.Edge);
    }

    private void Depart(Point departure)
    {
        // The latest stay that had begun by then and has no end, or an end this departure agrees with.
        var match = -1;
        var matchHasEnd = true;
        for (var i = 0; i < _raw.Count; i++)
        {
            var r = _raw[i];
            if (r.Lab != departure.Lab)
            {
                continue;
            }

            bool fits;
            if (departure.Date == 0)
            {
                fits = true;
            }
            else
            {
                var begunBy = r.Start == 0 || !D(r.Start).IsAfter(D(departure.Date));
                fits = begunBy && (r.End == 0 || Indistinguishable(r.End, departure.Date));
            }

            if (!fits)
            {
                continue;
            }

            // An open stay not yet marked as left is the best home; otherwise the latest start.
            var hasEnd = r.End != 0 || r.MovedOut;
            if (match < 0 || (matchHasEnd && !hasEnd) || (matchHasEnd == hasEnd && r.Start >= _raw[match].Start))
            {
                match = i;
                matchHasEnd = hasEnd;
            }
        }

        if (match < 0)
        {
            AddRaw(departure.Lab, 0, departure.Date, founded: false, departure.Edge, arrivalMove: -1, departureMove: departure.Edge);
            return;
        }

        var stay = _raw[match];
        stay.End = Refine(stay.End, departure.Date);
        stay.MovedOut = true;
        if (stay.DepartureMove < 0)
        {
            stay.DepartureMove = departure.Edge;
        }

        _raw[match] = stay;
        Attach(match, departure.Edge);
    }

    private void MergeAndEmit(List<Spell> output, List<int>? evidence, List<(int Start, int Count)>? ranges)
    {
        // Undated starts first within a lab, so they merge into the dated stay that follows.
        _raw.Sort(static (a, b) =>
        {
            var lab = a.Lab.CompareTo(b.Lab);
            if (lab != 0)
            {
                return lab;
            }

            var unknown = (a.Start != 0).CompareTo(b.Start != 0);
            return unknown != 0 ? unknown : a.Start.CompareTo(b.Start);
        });

        _emitted.Clear();
        var current = -1;
        for (var i = 0; i < _raw.Count; i++)
        {
            var next = _raw[i];
            if (current >= 0 && _raw[current].Lab == next.Lab && !Apart(_raw[current], next))
            {
                _raw[current] = Merge(_raw[current], next);
                continue;
            }

            if (current >= 0)
            {
                Emit(_raw[current], evidence);
            }

            current = i;
        }

        if (current >= 0)
        {
            Emit(_raw[current], evidence);
        }

        // Career order: stays with unknown starts first, then by start, then by end. Sorted with their evidence ranges
        // (the same comparisons on the same sequence, so the same order as sorting the stays alone).
        CollectionsMarshal.AsSpan(_emitted).Sort(static (x, y) =>
        {
            var (a, b) = (x.Spell, y.Spell);
            var unknown = (a.Start != 0).CompareTo(b.Start != 0);
            if (unknown != 0)
            {
                return unknown;
            }

            var start = a.Start.CompareTo(b.Start);
            if (start != 0)
            {
                return start;
            }

            var end = (a.End == 0).CompareTo(b.End == 0);
            return end != 0 ? end : a.End != b.End ? a.End.CompareTo(b.End) : a.Lab.CompareTo(b.Lab);
        });
        foreach (var emitted in _emitted)
        {
            output.Add(emitted.Spell);
            ranges?.Add((emitted.EvidenceStart, emitted.EvidenceCount));
        }
    }

    private static bool Apart(in Raw a, in Raw b) =>
        (a.End != 0 && b.Start != 0 && D(a.End).IsBefore(D(b.Start)))
        || (b.End != 0 && a.Start != 0 && D(b.End).IsBefore(D(a.Start)));

    private Raw Merge(Raw earlier, Raw later)
    {
        var merged = earlier;
        merged.Start = earlier.Start == 0
            ? later.Start
            : later.Start != 0 && Indistinguishable(earlier.Start, later.Start) ? Refine(earlier.Start, later.Start) : earlier.Start;
        if (earlier.End != 0 && later.End != 0)
        {
            merged.End = D(later.End).LastDay > D(earlier.End).LastDay ? later.End
                : D(earlier.End).LastDay > D(later.End).LastDay ? earlier.End
                : Refine(earlier.End, later.End);
        }
        else if (later.End == 0 && later.Start != 0 && (earlier.Start == 0 || D(later.Start).IsAfter(D(earlier.Start))))
        {
            // A later role with no end: the person is still there, whatever ended before.
            merged.End = 0;
        }
        else
        {
            merged.End = earlier.End != 0 ? earlier.End : later.End;
        }

        merged.Founded = earlier.Founded || later.Founded;
        merged.MovedOut = earlier.MovedOut || later.MovedOut;
        merged.ArrivalMove = earlier.ArrivalMove >= 0 ? earlier.ArrivalMove : later.ArrivalMove;
        merged.DepartureMove = later.DepartureMove >= 0 ? later.DepartureMove : earlier.DepartureMove;
        _links[earlier.Tail] = _links[earlier.Tail] with { Next = later.Head };
        merged.Tail = later.Tail;
        return merged;
    }

    private void Emit(in Raw raw, List<int>? evidence)
    {
        var spell = new Spell
        {
            Lab = raw.Lab,
            Start = raw.Start,
            End = raw.End,
            Founded = raw.Founded,
            MovedOut = raw.MovedOut,
            ArrivalMove = raw.ArrivalMove,
            DepartureMove = raw.DepartureMove,
        };
        var (evidenceStart, evidenceCount) = (0, 0);
        if (evidence is not null)
        {
            _scratchEdges.Clear();
            for (var link = raw.Head; link >= 0; link = _links[link].Next)
            {
                _scratchEdges.Add(_links[link].Edge);
            }

            _scratchEdges.Sort();
            evidenceStart = evidence.Count;
            var previous = -1;
            foreach (var edge in _scratchEdges)
            {
                if (edge != previous)
                {
                    evidence.Add(edge);
                    previous = edge;
                }
            }

            evidenceCount = evidence.Count - evidenceStart;
        }

        _emitted.Add(new Emitted(spell, evidenceStart, evidenceCount));
    }

    private readonly record struct Emitted(Spell Spell, int EvidenceStart, int EvidenceCount);

    private readonly record struct Point(int Lab, int Date, bool Founded, int Edge);

    private readonly record struct Link(int Edge, int Next);

    [StructLayout(LayoutKind.Auto)]
    private struct Raw
    {
        public int Lab;
        public int Start;
        public int End;
        public bool Founded;
        public bool MovedOut;
        public int ArrivalMove;
        public int DepartureMove;
        public int Head;
        public int Tail;
    }
}

/// <summary>A person's stays with the edges behind each: what the follower detector reasons about.</summary>
internal sealed class Career
{
    private readonly (int Start, int Count)[] _ranges;

    private Career(int person, Spell[] spells, int[] evidence, (int Start, int Count)[] ranges)
    {
        Person = person;
        Spells = spells;
        Evidence = evidence;
        _ranges = ranges;
    }

    public int Person { get; }

    public Spell[] Spells { get; }

    private int[] Evidence { get; }

    public static Career Of(TalentGraph graph, int person, SpellBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var spells = new List<Spell>(4);
        var evidence = new List<int>(8);
        var ranges = new List<(int Start, int Count)>(4);
        builder.Build(graph, person, spells, evidence, ranges);
        return new Career(person, [.. spells], [.. evidence], [.. ranges]);
    }

    /// <summary>The edges behind stay <paramref name="spell"/> (an index into <see cref="Spells"/>), in edge order.</summary>
    public ReadOnlySpan<int> EvidenceOf(int spell) => Evidence.AsSpan(_ranges[spell].Start, _ranges[spell].Count);

    public bool HasSpellAt(int lab)
    {
        foreach (var spell in Spells)
        {
            if (spell.Lab == lab)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Every person's stays, without evidence (a career with its evidence is built from the person's edges when needed), in
/// one array: for the whole-graph queries (followers, clusters, retention).
/// </summary>
internal sealed class SpellTable
{
    private SpellTable(int[] personNodes, int[] ordinalOf, int[] offsets, Spell[] spells)
    {
        PersonNodes = personNodes;
        OrdinalOf = ordinalOf;
        Offsets = offsets;
        Spells = spells;
        Owner = new int[spells.Length];
        PriorMasks = new ulong[spells.Length];
        for (var p = 0; p < personNodes.Length; p++)
        {
            Owner.AsSpan(offsets[p], offsets[p + 1] - offsets[p]).Fill(p);
            SpellBuilder.PrecedesMasks(spells.AsSpan(offsets[p], offsets[p + 1] - offsets[p]), PriorMasks.AsSpan(offsets[p], Math.Min(64, offsets[p + 1] - offsets[p])));
        }
    }

    /// <summary>Gets the node of each person, by person ordinal (0 to people − 1, in node order).</summary>
    public int[] PersonNodes { get; }

    /// <summary>Gets each node's person ordinal (-1 for a lab).</summary>
    public int[] OrdinalOf { get; }

    /// <summary>Gets the person ordinal owning each stay of <see cref="Spells"/>.</summary>
    public int[] Owner { get; }

    /// <summary>Gets, for each stay, the <see cref="SpellBuilder.PrecedesMasks"/> bit mask of its person's stays that may precede it.</summary>
    public ulong[] PriorMasks { get; }

    /// <summary>Gets where each person's stays begin in <see cref="Spells"/> (one more entry than people).</summary>
    public int[] Offsets { get; }

    public Spell[] Spells { get; }

    public int People => PersonNodes.Length;

    public static SpellTable Build(TalentGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var people = new int[graph.PeopleCount];
        var ordinalOf = new int[graph.NodeCount];
        Array.Fill(ordinalOf, -1);
        var offsets = new int[people.Length + 1];
        // Sized from the shape of careers (about one stay per two edges), so the list rarely grows: at a million people
        // a doubling here would be a few hundred megabytes for a moment.
        var spells = new List<Spell>((graph.EdgeCount / 2) + graph.PeopleCount);
        var builder = new SpellBuilder();
        var ordinal = 0;
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (graph.KindOf(node) != NodeKind.Person)
            {
                continue;
            }

            if ((ordinal & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            people[ordinal] = node;
            ordinalOf[node] = ordinal;
            builder.Build(graph, node, spells, evidence: null);
            offsets[++ordinal] = spells.Count;
        }

        return new SpellTable(people, ordinalOf, offsets, [.. spells]);
    }

    public ReadOnlySpan<Spell> Of(int ordinal) => Spells.AsSpan(Offsets[ordinal], Offsets[ordinal + 1] - Offsets[ordinal]);

    /// <summary>The <see cref="PriorMasks"/> of person <paramref name="ordinal"/>'s stays (the first 64).</summary>
    public ReadOnlySpan<ulong> MasksOf(int ordinal) => PriorMasks.AsSpan(Offsets[ordinal], Math.Min(64, Offsets[ordinal + 1] - Offsets[ordinal]));

    /// <summary>The stays of the person at node <paramref name="person"/>.</summary>
    public ReadOnlySpan<Spell> OfPerson(int person) => Of(OrdinalOf[person]);
}

/// <summary>
/// Every lab's arrivals (stays, by their index in <see cref="SpellTable.Spells"/>): the dated ones in date order, so the
/// arrivals within a window of a date are one binary search away; the undated ones; and the founders.
/// </summary>
internal sealed class ArrivalIndex
{
    private readonly int[] _datedStart;
    private readonly int[] _datedDate;
    private readonly int[] _datedSpell;
    private readonly int[] _datedOwner;
    private readonly ulong[] _datedLabs;
    private readonly int[] _undatedStart;
    private readonly int[] _undatedSpell;
    private readonly int[] _founderStart;
    private readonly int[] _founderSpell;

    // Each lab's ordinal (-1 for a person), which the start arrays are indexed by: one entry per lab, not per node.
    private readonly int[] _ordinal;

    private ArrivalIndex(int[] ordinal, int[] datedStart, int[] datedDate, int[] datedSpell, int[] datedOwner, ulong[] datedLabs, int[] undatedStart, int[] undatedSpell, int[] founderStart, int[] founderSpell)
    {
        _ordinal = ordinal;
        _datedStart = datedStart;
        _datedDate = datedDate;
        _datedSpell = datedSpell;
        _datedOwner = datedOwner;
        _datedLabs = datedLabs;
        _undatedStart = undatedStart;
        _undatedSpell = undatedSpell;
        _founderStart = founderStart;
        _founderSpell = founderSpell;
    }

    /// <summary>Builds the index of <paramref name="table"/>'s stays; <paramref name="labOrdinal"/> numbers the labs 0 to <paramref name="labCount"/> − 1.</summary>
    public static ArrivalIndex Build(SpellTable table, int[] labOrdinal, int labCount)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(labOrdinal);
        var spells = table.Spells;
        var datedStart = new int[labCount + 1];
        var undatedStart = new int[labCount + 1];
        var founderStart = new int[labCount + 1];
        foreach (var spell in spells)
        {
            var lab = labOrdinal[spell.Lab];
            (spell.Start != 0 ? datedStart : undatedStart)[lab + 1]++;
            founderStart[lab + 1] += spell.Founded ? 1 : 0;
        }

        for (var i = 0; i < labCount; i++)
        {
            datedStart[i + 1] += datedStart[i];
            undatedStart[i + 1] += undatedStart[i];
            founderStart[i + 1] += founderStart[i];
        }

        var datedDate = new int[datedStart[labCount]];
        var datedSpell = new int[datedStart[labCount]];
        var undatedSpell = new int[undatedStart[labCount]];
        var founderSpell = new int[founderStart[labCount]];
        var (datedFill, undatedFill, founderFill) = (datedStart[..^1], undatedStart[..^1], founderStart[..^1]);
        for (var i = 0; i < spells.Length; i++)
        {
            var lab = labOrdinal[spells[i].Lab];
            if (spells[i].Start != 0)
            {
                datedDate[datedFill[lab]] = spells[i].Start;
                datedSpell[datedFill[lab]++] = i;
            }
            else
            {
                undatedSpell[undatedFill[lab]++] = i;
            }

            if (spells[i].Founded)
            {
                founderSpell[founderFill[lab]++] = i;
            }
        }

        for (var lab = 0; lab < labCount; lab++)
        {
            Array.Sort(datedDate, datedSpell, datedStart[lab], datedStart[lab + 1] - datedStart[lab]);
        }

        // Beside each arrival, its person and a signature of the labs they were ever at, read in order by a scan.
        var signatures = new ulong[table.People];
        for (var p = 0; p < table.People; p++)
        {
            foreach (var spell in table.Of(p))
            {
                signatures[p] |= Signature(spell.Lab);
            }
        }

        var datedOwner = new int[datedSpell.Length];
        var datedLabs = new ulong[datedSpell.Length];
        for (var i = 0; i < datedSpell.Length; i++)
        {
            datedOwner[i] = table.Owner[datedSpell[i]];
            datedLabs[i] = signatures[datedOwner[i]];
        }

        return new ArrivalIndex(labOrdinal, datedStart, datedDate, datedSpell, datedOwner, datedLabs, undatedStart, undatedSpell, founderStart, founderSpell);
    }

    /// <summary>One bit per lab (by hash): two people whose signatures share no bit were never at the same lab.</summary>
    public static ulong Signature(int lab) => 1UL << (int)(((uint)lab * 2654435761u) >> 26);


    public int Count(int lab)
    {
        var l = _ordinal[lab];
        return l < 0 ? 0 : _datedStart[l + 1] - _datedStart[l] + _undatedStart[l + 1] - _undatedStart[l];
    }

    /// <summary>The dated arrivals at <paramref name="lab"/>, oldest first.</summary>
    public ReadOnlySpan<int> Dated(int lab) => Range(_datedSpell, _datedStart, lab);

    /// <summary>
    /// The dated arrivals at <paramref name="lab"/> whose first day may lie from <paramref name="before"/> months before
    /// <paramref name="date"/>'s first day to <paramref name="after"/> months after it (or up to its last day).
    /// </summary>
    public ReadOnlySpan<int> DatedNear(int lab, int date, int before, int after)
    {
        var (from, to) = DatedRange(lab, date, before, after);
        return _datedSpell.AsSpan(from, to - from);
    }

    /// <summary>The positions of <see cref="DatedNear"/>'s arrivals, for <see cref="OwnerAt"/> and <see cref="LabsAt"/>.</summary>
    public (int From, int To) DatedRange(int lab, int date, int before, int after)
    {
        var day = PartialDate.FromPacked(date);
        var later = day.FirstDay.AddMonths(after);
        var (from, to) = (day.FirstDay.AddMonths(-before), later > day.LastDay ? later : day.LastDay);

        // Packed dates sort by year, month, day with zeros for unknown parts; starting the range at the first year's 0000
        // keeps a year-precise date of that year inside (the followers' rules check the exact lag afterwards).
        var low = from.Year * 10000;
        var high = (to.Year * 10000) + (to.Month * 100) + 99;
        var dates = Range(_datedDate, _datedStart, lab);
        var first = _ordinal[lab] < 0 ? 0 : _datedStart[_ordinal[lab]];
        return (first + LowerBound(dates, low), first + LowerBound(dates, high + 1));
    }

    /// <summary>The person ordinal of the dated arrival at <paramref name="position"/>.</summary>
    public int OwnerAt(int position) => _datedOwner[position];

    /// <summary>The <see cref="Signature"/>s of every lab the person of the dated arrival at <paramref name="position"/> was at.</summary>
    public ulong LabsAt(int position) => _datedLabs[position];

    public ReadOnlySpan<int> Undated(int lab) => Range(_undatedSpell, _undatedStart, lab);

    public ReadOnlySpan<int> Founders(int lab) => Range(_founderSpell, _founderStart, lab);

    /// <summary>The part of <paramref name="values"/> that belongs to the lab at node <paramref name="lab"/>.</summary>
    private ReadOnlySpan<int> Range(int[] values, int[] starts, int lab)
    {
        var l = _ordinal[lab];
        return l < 0 ? [] : values.AsSpan(starts[l], starts[l + 1] - starts[l]);
    }

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
