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
    public static KnownSpan[] Spans(TalentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var facts = new TimedFact[graph.EdgeCount];
        for (var e = 0; e < facts.Length; e++)
        {
            var edge = graph.EdgeAt(e);
            facts[e] = new TimedFact(edge.Type, edge.Person, edge.Lab, edge.Start, edge.End, edge.Date, Reported(edge.Sources, graph.Articles));
        }

        return Spans(facts);
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

        var facts = new TimedFact[edges.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var edge = edges[i];
            facts[i] = new TimedFact(edge.Type, Number(edge.PersonId), Number(edge.LabId), edge.Start, edge.End, edge.Date, Reported(edge.Sources, articles));
        }

        return Spans(facts);
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

    private static KnownSpan[] Spans(TimedFact[] facts)
    {
        // A lab exists from its earliest dated founding; a person's dated moves, in order, end the stays before them.
        var founded = new Dictionary<int, PartialDate>();
        var moves = new Dictionary<int, List<int>>();
        for (var i = 0; i < facts.Length; i++)
        {
            var fact = facts[i];
            if (fact.Type == EdgeType.Founded && fact.Date is { } date && (!founded.TryGetValue(fact.Lab, out var known) || date < known))
            {
                founded[fact.Lab] = date;
            }

            if (fact.Type == EdgeType.LeftFor && fact.Date is not null)
            {
                if (!moves.TryGetValue(fact.Person, out var list))
                {
                    moves[fact.Person] = list = [];
                }

                list.Add(i);
            }
        }

        var spans = new KnownSpan[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var fact = facts[i];
            var from = fact.Arrival ?? Earliest(fact.Type == EdgeType.WorkedAt ? fact.End : null, fact.Reported);
            if (from is { } f && founded.TryGetValue(fact.Lab, out var foundedOn) && foundedOn > f)
            {
                from = foundedOn;
            }

            PartialDate? until = fact.Type == EdgeType.WorkedAt ? fact.End : null;
            if (from is { } start && fact.Type != EdgeType.Founded && moves.TryGetValue(fact.Person, out var personMoves))
            {
                // The next dated move elsewhere ends the stay (a founding is a lasting fact and is not ended).
                PartialDate? next = null;
                foreach (var m in personMoves)
                {
                    if (m != i && facts[m].Lab != fact.Lab && facts[m].Date is { } moved && start.IsBefore(moved) && (next is null || moved < next.Value))
                    {
                        next = moved;
                    }
                }

                until = Sooner(until, next);
            }

            spans[i] = new KnownSpan(from, until);
        }

        return spans;
    }

    private static PartialDate? Earliest(PartialDate? a, PartialDate? b) =>
        a is { } x && b is { } y ? (y < x ? y : x) : a ?? b;

    /// <summary>The sooner of two ends; when the precision cannot order them, the more precise one (2025 and 2025-02 give 2025-02).</summary>
    private static PartialDate? Sooner(PartialDate? a, PartialDate? b)
    {
        if (a is not { } x)
        {
            return b;
        }

        if (b is not { } y)
        {
            return a;
        }

        if (x.IsBefore(y))
        {
            return x;
        }

        return y.IsBefore(x) || y.Precision > x.Precision ? y : x;
    }

    private readonly record struct TimedFact(EdgeType Type, int Person, int Lab, PartialDate? Start, PartialDate? End, PartialDate? Date, PartialDate? Reported)
    {
        public PartialDate? Arrival => Type == EdgeType.WorkedAt ? Start : Date;
    }
}
