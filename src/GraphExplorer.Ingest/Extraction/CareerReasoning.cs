using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Career reasoning across an article's sentences that the pairing of departures and arrivals does not cover: a title
/// held at one lab and a move to another told apart ("X, a researcher at A, …" … "X joins B"), a return to a lab left
/// earlier (left A for B, later rejoined A: B → A), and several stints at one lab (two WORKED_AT with their dates).
/// </summary>
internal static class CareerReasoning
{
    /// <summary>
    /// The one lab the person holds a current title at, when the article also says they join or move to exactly one
    /// other lab and names no departure: news introduces a mover by the post they leave ("A's chief scientist X"), and
    /// the arrival ("X will join B") is a move from it. A unit and its company (Meta and its lab) are one employer.
    /// </summary>
    public static string? ImpliedOrigin(ArticleState state, List<ArticleEvent> mine, ArticleEvent arrival)
    {
        var to = arrival.Lab!;
        if (mine.Any(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive && e.Lab == to))
        {
            return null;
        }

        // The news being reported, not a career's history: an arrival dated a year or more before publication ("joined
        // Google early on") follows no title the article gives as current.
        if (arrival.Date is { } arrived && state.Published is { } published && arrived.Year < published.Year - 1)
        {
            return null;
        }

        // Joining a lab the article says the person has left ("former head of A's team X joins B. X joined A in 2020") is
        // the career's history told after the news, not a move from the current post back to it.
        if (mine.Any(e => (e.Lab is { } lab && (e.Former || e.Kind == EventKind.Leave) && SameEmployer(state, lab, to)) || (e.From is { } from && SameEmployer(state, from, to))))
        {
            return null;
        }

        // The title introduces the mover: in the arrival's sentence or the two before it, never after.
        var origins = mine.Where(e => e.Kind is EventKind.Role or EventKind.Work && !e.Former && !e.BareTitle && e.Lab is not null && !SameEmployer(state, e.Lab, to)
                && e.Sentence <= arrival.Sentence && arrival.Sentence - e.Sentence <= 2)
            .Select(e => e.Lab!)
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return origins.Count == 1 ? origins[0] : null;
    }

    /// <summary>
    /// A return: an arrival at a lab the person left earlier (dated after the leaving) after a move from it to another
    /// lab is a move back from that other lab, dated by the return.
    /// </summary>
    public static IEnumerable<(string From, string To, PartialDate? Date, ArticleEvent Arrival)> Returns(List<ArticleEvent> mine, IReadOnlyCollection<(string From, string To)> moves)
    {
        // Indexed once (the earliest leaving per lab, the destinations per origin), so a person named thousands of times
        // in a long article costs linear time.
        var firstLeaving = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        foreach (var leave in mine.Where(l => l.Kind == EventKind.Leave && l.Lab is not null && l.Date is not null))
        {
            if (!firstLeaving.TryGetValue(leave.Lab!, out var known) || leave.Date!.Value.LastDay < known.LastDay)
            {
                firstLeaving[leave.Lab!] = leave.Date!.Value;
            }
        }

        var wentTo = moves.GroupBy(m => m.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Where(m => m.To != g.Key).Select(m => m.To).Distinct(StringComparer.Ordinal).Take(2).ToList(), StringComparer.Ordinal);
        foreach (var arrival in mine.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && e.Date is not null))
        {
            if (firstLeaving.TryGetValue(arrival.Lab!, out var left) && left.IsBefore(arrival.Date!.Value)
                && wentTo.TryGetValue(arrival.Lab!, out var went) && went.Count == 1)
            {
                yield return (went[0], arrival.Lab!, arrival.Date, arrival);
            }
        }
    }

    /// <summary>
    /// Splits one lab's tenures into stints: a leaving dated before a later joining ends one stint and the joining
    /// starts the next (left in 2017, rejoined in 2023). Undated tenures (titles) belong to the first stint. One stint
    /// when the dates tell no return.
    /// </summary>
    public static List<List<T>> Stints<T>(List<T> tenures, Func<T, PartialDate?> start, Func<T, PartialDate?> end, IReadOnlyCollection<PartialDate> leavings)
    {
        var starts = tenures.Select(start).Where(d => d is not null).Select(d => d!.Value).ToList();
        if (starts.Count == 0)
        {
            return [tenures];
        }

        // Only a stated departure, or an end after a stated joining, closes a stint: a move's date inferred from another
        // sentence is too weak to split a tenure in two. The earliest such end decides (computed in one pass each).
        var firstStart = starts.MinBy(d => d.LastDay);
        var closing = tenures.Select(end).Where(d => d is not null).Select(d => d!.Value).Where(e => leavings.Contains(e) || firstStart.IsBefore(e)).ToList();
        if (closing.Count == 0)
        {
            return [tenures];
        }

        var firstEnd = closing.MinBy(d => d.LastDay);
        var later = starts.Where(s => firstEnd.IsBefore(s)).ToList();
        if (later.Count == 0)
        {
            return [tenures];
        }

        // The second stint holds the return and what is dated after it; the first everything else.
        var back = later.MinBy(d => d.FirstDay);
        var first = new List<T>();
        var second = new List<T>();
        foreach (var t in tenures)
        {
            var inSecond = start(t) is { } s ? !s.IsBefore(back) : end(t) is { } e && !e.IsBefore(back);
            (inSecond ? second : first).Add(t);
        }

        return first.Count == 0 ? [second] : [first, second];
    }

    /// <summary>
    /// Whether a founding read only from a founder title ("co-founder … ex-Google DeepMind") may stand: when the gazetteer
    /// knows who founded the lab, the person is none of them and the article also gives them a tenure there, the title
    /// belongs to another lab of the sentence (the person came from the known lab). A founding verb stands.
    /// </summary>
    public static bool PlausibleFounder(ArticleState state, string person, string lab, IEnumerable<ArticleEvent> events, List<ArticleEvent> mine)
    {
        // Only a title read beside a tenure at the same lab ("co-founder, formerly a researcher at A") is in doubt: a
        // title stated alone ("the co-founder of A") stands.
        if (events.Any(e => e.Kind == EventKind.FoundEvent) || state.Gazetteer.FoundersListed(lab) < 2
            || !mine.Exists(e => e.Kind is EventKind.Role or EventKind.Work && e.Lab == lab))
        {
            // A lab known by one founder only may well have more (startups are founded by teams).
            return true;
        }

        // A name in Hangul or katakana is matched to its English spelling only after the reasoning: match it by sound here.
        var english = state.Gazetteer.Resolve(person, NodeKind.Person) ?? state.Gazetteer.KnownPeople.Match(person) ?? person;
        return state.Gazetteer.FoundedBy(english).Contains(lab, StringComparer.Ordinal);
    }

    /// <summary>
    /// The career told after the news of a departure: X left B; the article then gives X's post at A and X's joining B
    /// ("Greco has left Google. … He was once CTO of Magic Leap. He joined Google in 2021"): A, told in the sentences just
    /// before the joining and after the leaving, is where X came to B from. Exactly one such lab; a post told with or
    /// before the leaving is what the person is now, not where they came from.
    /// </summary>
    public static ArticleReasoner.Move? StintBeforeJoining(ArticleState state, List<ArticleEvent> mine, ArticleEvent leave)
    {
        var left = leave.Lab!;
        var join = mine.Find(e => e.Kind is EventKind.Join or EventKind.Move && e.From is null && e.Lab is not null && SameEmployer(state, e.Lab, left) && e.Sentence > leave.Sentence);
        if (join is null || (join.Date is { } joined && leave.Date is { } leftOn && !joined.IsBefore(leftOn)))
        {
            return null;
        }

        var earlier = mine.Where(e => e.Kind is EventKind.Role or EventKind.Work && !e.BareTitle && e.Lab is not null && !SameEmployer(state, e.Lab, left)
                && e.Sentence > leave.Sentence && e.Sentence <= join.Sentence && join.Sentence - e.Sentence <= 2)
            .ToList();
        if (earlier.Select(e => e.Lab).Distinct(StringComparer.Ordinal).Take(2).Count() != 1)
        {
            return null;
        }

        return new ArticleReasoner.Move(earlier[0].Lab!, left, join.Date, Math.Min(earlier[0].Confidence, join.Confidence) * 0.5, Math.Min(earlier[0].Start, join.Start), Math.Max(earlier[0].End, join.End));
    }

    /// <summary>The person's joining of <paramref name="lab"/> dated after the arrival elsewhere, if any: the arrival was
    /// the earlier stint, not where the person went on leaving the lab. None when the article also places the person at
    /// the lab before the arrival (a joining dated earlier, a leaving in the arrival's sentence or dated by then): that
    /// later joining is a return.</summary>
    public static ArticleEvent? JoinedAfter(List<ArticleEvent> mine, string lab, ArticleEvent arrival)
    {
        if (arrival.Date is not { } arrived || arrival.Kind is not (EventKind.Join or EventKind.Move)
            || mine.Exists(e => e.Lab == lab && ((e.Kind is EventKind.Join or EventKind.Move && e.Date is { } joined && !arrived.IsBefore(joined))
                || (e.Kind == EventKind.Leave && (e.Sentence == arrival.Sentence || (e.Date is { } left && !arrived.IsBefore(left)))))))
        {
            return null;
        }

        return mine.Find(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab == lab && e.Date is { } joined && arrived.IsBefore(joined));
    }

    /// <summary>
    /// The news after a told career: the person went from A to B (left A to found or join B) and now joins C, with no
    /// origin stated for C ("Suleyman left DeepMind to co-found Inflection … Microsoft hired him"): the move to C is from
    /// B, where the chain ends. Only one chain end and one such arrival, the arrival not dated before the move to B nor
    /// more than a year before publication (undated, told before the chain), and C no lab of the chain (a unit counts as
    /// its company).
    /// </summary>
    public static ArticleReasoner.Move? NextFromChainEnd(ArticleState state, List<ArticleEvent> mine, List<ArticleReasoner.Move> moves)
    {
        var ends = moves.Where(m => !moves.Exists(o => o.From == m.To)).Select(m => m.To).Distinct(StringComparer.Ordinal).Take(2).ToList();
        if (ends.Count != 1)
        {
            return null;
        }

        var chain = moves.SelectMany(m => new[] { m.From, m.To }).Distinct(StringComparer.Ordinal).ToList();
        var arrivals = mine.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.From is null && e.Lab is not null && !chain.Exists(l => SameEmployer(state, l, e.Lab))).ToList();
        if (arrivals.Select(e => e.Lab).Distinct(StringComparer.Ordinal).Take(2).Count() != 1
            || mine.Exists(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle && e.Lab == arrivals[0].Lab))
        {
            return null;
        }

        var arrival = arrivals.Find(e => e.Date is not null) ?? arrivals[0];
        var last = moves.First(m => m.To == ends[0]);
        if (arrival.Date is { } arrived && ((last.Date is { } moved && arrived.IsBefore(moved)) || (state.Published is { } published && arrived.Year < published.Year - 1)))
        {
            return null;
        }

        // An undated arrival told after the chain is more history ("early on he joined Google"); news leads with the
        // arrival and tells the career after it.
        if (arrival.Date is null && arrival.Start > last.Start)
        {
            return null;
        }

        return new ArticleReasoner.Move(ends[0], arrival.Lab!, arrival.Date, arrival.Confidence * 0.5, arrival.Start, arrival.End);
    }

    /// <summary>
    /// A departure from A with no arrival told, and a current post at exactly one other lab B told in a later sentence
    /// ("X left A last year. … Today X is CTO of B"): the post is where the person went. Nothing when the
    /// leaving is dated more than a year before publication (distant background, the labelling rules' stated gap), when
    /// the person also holds a current post at A, or when several other labs have one (the order is unclear).
    /// </summary>
    public static ArticleReasoner.Move? TitledAfterLeaving(ArticleState state, List<ArticleEvent> mine, ArticleEvent leave)
    {
        var from = leave.Lab!;
        if (leave.Date is { } left && state.Published is { } published && left.Year < published.Year - 1)
        {
            return null;
        }

        // Only a post told after the leaving's sentence: one told before or beside it is what the person was when they left
        // (or a misread destination of the same sentence).
        var current = mine.Where(e => e.Kind is EventKind.Role or EventKind.Work && !e.Former && !e.BareTitle && e.Lab is not null && e.Sentence > leave.Sentence).ToList();
        var elsewhere = current.Where(e => !SameEmployer(state, e.Lab!, from)).Select(e => e.Lab!).Distinct(StringComparer.Ordinal).Take(2).ToList();
        // A post at A told after the leaving is still held there ("left the board, stays chief scientist"): no move.
        if (elsewhere.Count != 1 || current.Exists(e => SameEmployer(state, e.Lab!, from)))
        {
            return null;
        }

        var post = current.First(e => e.Lab == elsewhere[0]);
        return new ArticleReasoner.Move(from, post.Lab!, leave.Date, Math.Min(leave.Confidence, post.Confidence) * 0.5, Math.Min(leave.Start, post.Start), Math.Max(leave.End, post.End));
    }

    /// <summary>
    /// People named in an arrival's sentence only by a past post at one lab ("Meta hired X, including former Scale AI CEO
    /// Y"; "Sutskever is joined at B by Z, another former OpenAI employee"), with nothing else about them anywhere in the
    /// article: the labelling rules' "former A researcher Y joined B", a move from that lab to the sentence's one
    /// destination. A sentence whose arrivals go to several labs, or a person with any other tie, gets nothing.
    /// </summary>
    public static void FormerStaffInArrivals(ArticleState state, List<List<ArticleEvent>> people, List<List<ArticleReasoner.Move>> moves)
    {
        // The arrivals' destinations per sentence (by employer: a unit counts as its company), at most two kept.
        var destinations = new Dictionary<int, List<ArticleEvent>>();
        foreach (var e in people.SelectMany(p => p))
        {
            if (e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null)
            {
                var here = destinations.TryGetValue(e.Sentence, out var known) ? known : destinations[e.Sentence] = [];
                if (here.Count < 2 && !here.Exists(a => SameEmployer(state, a.Lab!, e.Lab)))
                {
                    here.Add(e);
                }
            }
        }

        for (var p = 0; p < people.Count; p++)
        {
            var mine = people[p];
            if (moves[p].Count > 0 || !mine.TrueForAll(e => e.Kind is EventKind.Role or EventKind.Work && e.Former && e.Lab is not null)
                || mine.Select(e => e.Lab).Distinct(StringComparer.Ordinal).Take(2).Count() != 1)
            {
                continue;
            }

            var past = mine[0];
            if (destinations.TryGetValue(past.Sentence, out var arrivals) && arrivals.Count == 1 && !SameEmployer(state, arrivals[0].Lab!, past.Lab!)
                && mine.TrueForAll(e => e.Sentence == past.Sentence))
            {
                var arrival = arrivals[0];
                moves[p].Add(new ArticleReasoner.Move(past.Lab!, arrival.Lab!, arrival.Date, Math.Min(past.Confidence, arrival.Confidence) * 0.5, Math.Min(past.Start, arrival.Start), Math.Max(past.End, arrival.End)));
            }
        }
    }

    /// <summary>Whether two labs are one employer (the same lab, a unit and its company, two units of one company).</summary>
    public static bool SameEmployer(ArticleState state, string a, string b) =>
        a == b || state.Gazetteer.ParentOf(a) == b || state.Gazetteer.ParentOf(b) == a
        || (state.Gazetteer.ParentOf(a) is { } pa && pa == state.Gazetteer.ParentOf(b));
}
