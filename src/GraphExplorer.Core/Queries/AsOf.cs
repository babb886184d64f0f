using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// When a fact is known to hold: from <see cref="From"/> (null: never placed in time, so shown only with all of history)
/// until <see cref="Until"/> (null: still holds).
/// </summary>
public readonly record struct KnownSpan(PartialDate? From, PartialDate? Until);

/// <summary>
/// What "the graph as of a date" means (docs/QUERIES.md, "As of a date"), one rule for the page, the paths' <c>asOf</c>
/// and every store. A fact is known to hold no later than the publication date of the earliest article that reports it,
/// and a lab exists from its founding date when known. As of D a fact shows when its own date is not after D or,
/// undated, when it was reported by D; a stay with no end ends at the person's next dated move. Dates compare at the
/// precision known: <c>2024-08</c> holds "as of 2024".
/// </summary>
public static class AsOf
{
    /// <summary>True when a fact known to hold over <paramref name="span"/> holds on <paramref name="date"/>.</summary>
    public static bool Existed(KnownSpan span, PartialDate date) =>
        span.From is { } from && !from.IsAfter(date) && !(span.Until is { } until && until.IsBefore(date));

    /// <summary>True when <paramref name="date"/> may fall in [<paramref name="since"/>, <paramref name="until"/>] (either bound optional).</summary>
    public static bool InWindow(PartialDate date, PartialDate? since, PartialDate? until) =>
        !(since is { } s && date.IsBefore(s)) && !(until is { } u && date.IsAfter(u));

    /// <summary>The span of every edge of <paramref name="graph"/>, by edge number.</summary>
    public static KnownSpan[] Spans(TalentGraph graph) => Packed(graph).ToArray();

    /// <summary>
    /// The span of every edge of <paramref name="graph"/> as two arrays of packed dates: what the queries keep (8 bytes
    /// an edge, where the spans as records take 32 and the facts behind them 80 while they are worked out).
    /// </summary>
    internal static EdgeSpans Packed(TalentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var facts = new GraphFacts(graph, graph.EarliestReportedByList());
        return Compute(ref facts, graph.NodeCount);
    }

    /// <summary>The span of each of <paramref name="edges"/> (a whole graph's, so that foundings and later moves are seen), in order.</summary>
    public static KnownSpan[] Spans(IReadOnlyList<Edge> edges, IReadOnlyDictionary<string, Article> articles)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(articles);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string id)
        {
            if (!numbers.TryGetValue(id, out var n))
            {
                numbers[id] = n = numbers.Count;
            }

            return n;
        }

        var facts = new ListFacts(new TimedFact[edges.Count]);
        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            facts.Facts[i] = new TimedFact(edge.Type, Number(edge.PersonId), Number(edge.LabId), Pack(edge.Start), Pack(edge.End), Pack(edge.Date), Pack(Reported(edge.Sources, articles)));
        }

        return Compute(ref facts, numbers.Count).ToArray();
    }

    /// <summary>
    /// The part of a whole graph (<paramref name="snapshot"/>) that held on <paramref name="date"/>: the edges that held,
    /// the people and labs they join, and the articles they cite. A store that holds no graph in memory answers the
    /// page's time slider with this over its snapshot, so every store shows the same picture.
    /// </summary>
    public static GraphDelta Filter(GraphDelta snapshot, PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var articles = snapshot.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var spans = Spans(snapshot.Edges, articles);
        var edges = snapshot.Edges.Where((_, i) => Existed(spans[i], date)).ToList();
        var nodes = new HashSet<string>(edges.SelectMany(e => new[] { e.PersonId, e.LabId }), StringComparer.Ordinal);
        var cited = new HashSet<string>(edges.SelectMany(e => e.Sources), StringComparer.Ordinal);
        return snapshot with
        {
            IsSnapshot = true,
            Entities = snapshot.Entities.Where(e => nodes.Contains(e.Id)).ToList(),
            Edges = edges,
            Articles = snapshot.Articles.Where(a => cited.Contains(a.Id)).ToList(),
        };
    }

    /// <summary>The publication date of the earliest dated article among <paramref name="sources"/>.</summary>
    public static PartialDate? Reported(IReadOnlyList<string> sources, IReadOnlyDictionary<string, Article> articles)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(articles);
        PartialDate? earliest = null;
        foreach (var source in sources)
        {
            if (articles.TryGetValue(source, out var article) && article.Published is { } published && (earliest is null || published < earliest.Value))
            {
                earliest = published;
            }
        }

        return earliest;
    }

    private static int Pack(PartialDate? date) => date?.Packed ?? 0;

    private static PartialDate D(int packed) => PartialDate.FromPacked(packed);

    /// <summary>The rules above over packed dates (0: unknown), for facts numbered 0 to n − 1 whose people and labs are below <paramref name="keys"/>.</summary>
    private static EdgeSpans Compute<TFacts>(ref TFacts facts, int keys)
        where TFacts : struct, IFacts
    {
        // A lab exists from its earliest dated founding; a person's dated moves, in order, end the stays before them.
        // The moves are grouped by person in two flat arrays (counts, then positions), not a list per person.
        var count = facts.Count;
        var founded = new Dictionary<int, int>();
        var moveStart = new int[keys + 1];
        for (var i = 0; i < count; i++)
        {
            facts.Get(i, out var type, out var person, out var lab, out _, out _, out var date, out _);
            if (type == EdgeType.Founded && date != 0 && (!founded.TryGetValue(lab, out var known) || date < known))
            {
                founded[lab] = date;
            }

            if (type == EdgeType.LeftFor && date != 0)
            {
                moveStart[person + 1]++;
            }
        }

        for (var k = 0; k < keys; k++)
        {
            moveStart[k + 1] += moveStart[k];
        }

        var moves = new int[moveStart[keys]];
        var fill = moveStart[..^1];
        for (var i = 0; i < count; i++)
        {
            facts.Get(i, out var type, out var person, out _, out _, out _, out var date, out _);
            if (type == EdgeType.LeftFor && date != 0)
            {
                moves[fill[person]++] = i;
            }
        }

        var spans = new EdgeSpans(new int[count], new int[count]);
        for (var i = 0; i < count; i++)
        {
            facts.Get(i, out var type, out var person, out var lab, out var start, out var end, out var date, out var reported);
            var arrival = type == EdgeType.WorkedAt ? start : date;
            var from = arrival != 0 ? arrival : Earliest(type == EdgeType.WorkedAt ? end : 0, reported);
            if (from != 0 && founded.TryGetValue(lab, out var foundedOn) && foundedOn > from)
            {
                from = foundedOn;
            }

            var until = type == EdgeType.WorkedAt ? end : 0;
            if (from != 0 && type != EdgeType.Founded && moveStart[person + 1] > moveStart[person])
            {
                // The next dated move elsewhere ends the stay (a founding is a lasting fact and is not ended).
                var next = 0;
                var first = D(from);
                for (var k = moveStart[person]; k < moveStart[person + 1]; k++)
                {
                    var m = moves[k];
                    facts.Get(m, out _, out _, out var movedTo, out _, out _, out var moved, out _);
                    if (m != i && movedTo != lab && first.IsBefore(D(moved)) && (next == 0 || moved < next))
                    {
                        next = moved;
                    }
                }

                until = Sooner(until, next);
            }

            spans.From[i] = from;
            spans.Until[i] = until;
        }

        return spans;
    }

    private static int Earliest(int a, int b) => a != 0 && b != 0 ? (b < a ? b : a) : a != 0 ? a : b;

    /// <summary>The sooner of two ends; when the precision cannot order them, the more precise one (2025 and 2025-02 give 2025-02).</summary>
    private static int Sooner(int a, int b)
    {
        if (a == 0)
        {
            return b;
        }

        if (b == 0)
        {
            return a;
        }

        var (x, y) = (D(a), D(b));
        if (x.IsBefore(y))
        {
            return a;
        }

        return y.IsBefore(x) || y.Precision > x.Precision ? b : a;
    }

    /// <summary>The facts the rules read, by number: type, person, lab and packed dates (0: unknown).</summary>
    private interface IFacts
    {
        int Count { get; }

        void Get(int i, out EdgeType type, out int person, out int lab, out int start, out int end, out int date, out int reported);
    }

    /// <summary>A graph's edges, read where they lie.</summary>
    private readonly struct GraphFacts(TalentGraph graph, int[] reportedByList) : IFacts
    {
        public int Count => graph.EdgeCount;

        public void Get(int i, out EdgeType type, out int person, out int lab, out int start, out int end, out int date, out int reported)
        {
            var edge = graph.EdgeAt(i);
            (type, person, lab) = (edge.Type, edge.Person, edge.Lab);
            graph.PackedDates(i, out start, out end, out date, out var sources);
            reported = sources < 0 ? 0 : reportedByList[sources];
        }
    }

    /// <summary>Edges given as records (a store's snapshot), their ids numbered.</summary>
    private readonly struct ListFacts(TimedFact[] facts) : IFacts
    {
        public TimedFact[] Facts => facts;

        public int Count => facts.Length;

        public void Get(int i, out EdgeType type, out int person, out int lab, out int start, out int end, out int date, out int reported)
        {
            ref readonly var fact = ref facts[i];
            (type, person, lab, start, end, date, reported) = (fact.Type, fact.Person, fact.Lab, fact.Start, fact.End, fact.Date, fact.Reported);
        }
    }

    private readonly record struct TimedFact(EdgeType Type, int Person, int Lab, int Start, int End, int Date, int Reported);
}

/// <summary>When each edge is known to hold, as packed dates by edge number (0: never placed in time, or still holds).</summary>
internal sealed class EdgeSpans(int[] from, int[] until)
{
    public int[] From { get; } = from;

    public int[] Until { get; } = until;

    /// <summary>The same rule as <see cref="AsOf.Existed(KnownSpan, PartialDate)"/>, on the packed dates.</summary>
    public bool Existed(int edge, PartialDate date)
    {
        var (from, until) = (From[edge], Until[edge]);
        return from != 0 && !PartialDate.FromPacked(from).IsAfter(date) && !(until != 0 && PartialDate.FromPacked(until).IsBefore(date));
    }

    public KnownSpan[] ToArray()
    {
        var spans = new KnownSpan[From.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = new KnownSpan(From[i] == 0 ? null : PartialDate.FromPacked(From[i]), Until[i] == 0 ? null : PartialDate.FromPacked(Until[i]));
        }

        return spans;
    }
}
