using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Turns one article's events into facts. Per person it pairs a departure with an arrival stated elsewhere in the
/// article ("left the company." … "Leike joined Anthropic"), a former title with a new lab, and a departure with the
/// lab the person went on to found; it completes a career chain (left A, later left B for C: A → B); it then merges
/// tenures into one WORKED_AT per person and lab (the title, the joining date as start, the leaving date as end).
/// </summary>
internal static class ArticleReasoner
{
    public static List<Fact> Reason(ArticleState state, string articleId)
    {
        var events = ResolveLabsOfPeople(state);
        var facts = new List<Fact>();
        // One pass groups the events by person (in order of first mention): filtering the whole list once per person
        // made an article with thousands of people quadratic.
        var people = events.GroupBy(e => e.Person, StringComparer.Ordinal).Select(g => Distinct(g.ToList())).ToList();
        var allMoves = people.ConvertAll(mine => Moves(state, mine[0].Person, mine));
        MoveInference.SharedOrigins(state, people, allMoves);
        CareerReasoning.FormerStaffInArrivals(state, people, allMoves);
        for (var p = 0; p < people.Count; p++)
        {
            var mine = people[p];
            var person = mine[0].Person;
            var moves = allMoves[p];
            facts.AddRange(moves.Select(m => (Fact)new LeftForFact(person, m.From, m.To, m.Date) with { Confidence = Round(m.Confidence), Evidence = Evidence(state, m.Start, m.End) }));
            facts.AddRange(Founded(state, person, mine));
            facts.AddRange(WorkedAt(state, person, mine, moves));
        }

        return facts.Select(f => f with { Sources = [articleId] }).ToList();
    }

    internal sealed record Move(string From, string To, PartialDate? Date, double Confidence, int Start, int End);

    /// <summary>
    /// The person's events with repeats folded: an event that says again what an earlier one said (same kind, labs,
    /// dates, title and marks) adds no fact, only another place it is said. The most confident of the repeats stands,
    /// at the first one's place in the text. Without this, a long article that names one person again and again made
    /// the per-person reasoning, which compares events pairwise, grow with the square of the article's length.
    /// </summary>
    private static List<ArticleEvent> Distinct(List<ArticleEvent> mine)
    {
        if (mine.Count < 16)
        {
            return mine;
        }

        var kept = new Dictionary<(EventKind, string?, string?, PartialDate?, string?, bool, PartialDate?, bool, string?), int>();
        var result = new List<ArticleEvent>(mine.Count);
        foreach (var e in mine)
        {
            var key = (e.Kind, e.Lab, e.From, e.Date, e.Role, e.Former, e.MoveDate, e.BareTitle, e.LabOfPerson);
            if (kept.TryGetValue(key, out var at))
            {
                if (e.Confidence > result[at].Confidence)
                {
                    result[at] = result[at] with { Confidence = e.Confidence };
                }
            }
            else
            {
                kept[key] = result.Count;
                result.Add(e);
            }
        }

        return result;
    }

    /// <summary>"joined Murati" and "la startup de Murati" name the lab the person founded: from this article's own
    /// FOUNDED statements first, then the gazetteer's general knowledge when it names exactly one lab.</summary>
    private static List<ArticleEvent> ResolveLabsOfPeople(ArticleState state)
    {
        var founded = state.Events.Where(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive && e.Lab is not null)
            .GroupBy(e => e.Person, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Lab!).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var resolved = new List<ArticleEvent>();
        foreach (var e in state.Events)
        {
            if (e.LabOfPerson is null || e.Lab is not null)
            {
                resolved.Add(e);
                continue;
            }

            var labs = founded.TryGetValue(e.LabOfPerson, out var own) && own.Count == 1 ? own : state.Gazetteer.FoundedBy(e.LabOfPerson);
            if (labs.Count == 1)
            {
                resolved.Add(e with { Lab = labs[0], Confidence = e.Confidence * 0.9 });
            }
        }

        return resolved.Where(e => e.Lab is not null || e.Kind == EventKind.Leave).ToList();
    }

    private static List<Move> Moves(ArticleState state, string person, List<ArticleEvent> mine)
    {
        var moves = new List<Move>();
        var currentLab = CurrentLab(mine);

        // Departures without a lab ("辞职", "announced his resignation") left the lab the person is titled at.
        var leaves = mine.Where(e => e.Kind == EventKind.Leave).Select(e => e.Lab is null ? e with { Lab = LeftLab(mine, e, currentLab), Confidence = e.Confidence * 0.8 } : e).Where(e => e.Lab is not null).ToList();
        foreach (var e in mine.Where(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent && e.From is not null && e.Lab is not null && e.From != e.Lab))
        {
            if (CareerReasoning.JoinedAfter(mine, e.From!, e) is { } later)
            {
                // An origin the person joined only after this arrival (joined B in 2011, joined A in 2016): B came first.
                moves.Add(new Move(e.Lab!, e.From!, later.Date, Math.Min(later.Confidence, e.Confidence) * 0.5, Math.Min(later.Start, e.Start), Math.Max(later.End, e.End)));
                continue;
            }

            var leaveDate = leaves.Where(l => l.Lab == e.From && l.Date is not null).Select(l => l.Date).FirstOrDefault();
            moves.Add(new Move(e.From!, e.Lab!, leaveDate ?? e.MoveDate ?? e.Date, e.Confidence, e.Start, e.End));
        }

        var founded = mine.Where(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive && e.Lab is not null).Select(e => e.Lab!).ToHashSet(StringComparer.Ordinal);
        var departures = leaves.Where(l => !moves.Exists(m => m.From == l.Lab)).ToList();
        var formerRoles = mine.Where(e => e.Kind is EventKind.Role or EventKind.Work && e.Former && e.Lab is not null && !moves.Exists(m => m.From == e.Lab)).ToList();
        var arrivals = mine.Where(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent or EventKind.FoundPossessive or EventKind.FoundTitle
                && e.Lab is not null && e.From is null && !moves.Exists(m => m.To == e.Lab))
            .ToList();

        var departureLabs = departures.Select(d => d.Lab!).Concat(formerRoles.Select(r => r.Lab!)).Distinct(StringComparer.Ordinal).ToList();
        var arrivalLabs = arrivals.Where(a => !departureLabs.Contains(a.Lab!)).Select(a => a.Lab!).Distinct(StringComparer.Ordinal).ToList();

        // One unexplained departure and one unexplained arrival: the article tells one move across sentences.
        var leaveLabs = departures.Select(d => d.Lab!).Distinct(StringComparer.Ordinal).ToList();
        var fromLabs = leaveLabs.Count == 1 ? leaveLabs : departureLabs.Count == 1 ? departureLabs : [];
        if (fromLabs.Count == 1 && arrivalLabs.Count == 1)
        {
            var from = fromLabs[0];
            var to = arrivalLabs[0];
            var leave = departures.Find(d => d.Lab == from);
            var arrival = arrivals.First(a => a.Lab == to);
            var titleOnly = arrivals.Where(a => a.Lab == to).All(a => a.Kind == EventKind.FoundTitle);
            var foundedBefore = arrival.Date is { } foundedOn && leave?.Date is { } leftOn && foundedOn.IsBefore(leftOn);
            if (CareerReasoning.JoinedAfter(mine, from, arrival) is { } later)
            {
                // "Joined B in 2011 … joined A in 2016 … now leaves A": B came first, so the move was B -> A.
                moves.Add(new Move(to, from, later.Date, Math.Min(later.Confidence, arrival.Confidence) * 0.5, Math.Min(later.Start, arrival.Start), Math.Max(later.End, arrival.End)));
            }
            else if (!foundedBefore && !(leave is null && DistantPasts.EndedYearsBefore(state, formerRoles.Where(r => r.Lab == from), arrival)))
            {
                var confidence = Math.Min(leave?.Confidence ?? 0.7, arrival.Confidence) * (titleOnly ? 0.6 : 0.75);
                var date = leave?.Date ?? (arrival.Kind == EventKind.FoundTitle ? null : arrival.Date);
                moves.Add(new Move(from, to, date, confidence, Math.Min(leave?.Start ?? arrival.Start, arrival.Start), Math.Max(leave?.End ?? arrival.End, arrival.End)));
            }
        }
        else if (leaveLabs.Count >= 1 && arrivalLabs.Count == 0)
        {
            // Career chain: left A, and left B (whose arrival is untold) for C: the person went from A to B.
            var unexplained = moves.Select(m => m.From).Where(b => !moves.Exists(m => m.To == b) && !founded.Contains(b) && !leaveLabs.Contains(b)).Distinct(StringComparer.Ordinal).ToList();
            // A departure from a lab the person is told to have moved to ("joined B from C" … "left B") came after that
            // move, not before it: no chain.
            if (leaveLabs.Count == 1 && unexplained.Count == 1 && !moves.Exists(m => m.To == leaveLabs[0]))
            {
                var leave = departures.First(d => d.Lab == leaveLabs[0]);
                var next = moves.First(m => m.From == unexplained[0]);
                if (!(leave.Date is { } a && next.Date is { } b && b.IsBefore(a)))
                {
                    moves.Add(new Move(leaveLabs[0], unexplained[0], leave.Date, leave.Confidence * 0.5, leave.Start, leave.End));
                }
            }
            else if (moves.Count == 0 && leaveLabs.Count == 1 && CareerReasoning.StintBeforeJoining(state, mine, departures.First(d => d.Lab == leaveLabs[0])) is { } before)
            {
                // "X has left B. … X was formerly CTO of A. X joined B in 2021": the career told after the news.
                moves.Add(before);
            }
            else if (moves.Count == 0 && arrivals.Count == 0 && leaveLabs.Count == 1 && CareerReasoning.TitledAfterLeaving(state, mine, departures.First(d => d.Lab == leaveLabs[0])) is { } since)
            {
                // "X, who left A last year, is now CTO of B": the one current post elsewhere is where the person went.
                moves.Add(since);
            }
        }

        else if (departureLabs.Count == 0 && arrivalLabs.Count == 1 && arrivals.Where(a => a.Lab == arrivalLabs[0]).All(a => a.Kind is EventKind.Join or EventKind.Move)
            && arrivals.First(a => a.Lab == arrivalLabs[0]) is var arrival && CareerReasoning.ImpliedOrigin(state, mine, arrival) is { } origin)
        {
            // A title at A in one sentence, "joins B" in another: the article introduced the mover by the post left.
            moves.Add(new Move(origin, arrival.Lab!, arrival.Date, arrival.Confidence * 0.6, arrival.Start, arrival.End));
        }
        else if (departures.Count == 0 && moves.Count == 0)
        {
            // "Former A researcher X, now CTO of B" and "the founder of A joins B": the stint the text places before the other.
            if ((MoveInference.FormerThenCurrent(state, mine, formerRoles, arrivals) ?? MoveInference.FoundedThenJoined(state, mine, arrivals)) is { } inferred)
            {
                moves.Add(inferred);
            }
        }

        if (IntroducedFounders.CareerBeforeFounding(state, mine, moves) is { } founderOrigin)
        {
            moves.Add(founderOrigin);
        }

        moves.AddRange(DatedCareerChains.Steps(state, mine, moves).ToList());

        if (CareerReasoning.NextFromChainEnd(state, mine, moves) is { } onward)
        {
            moves.Add(onward);
        }

        // A career told across the article, one employer after another ("joined SAP … left Helsing. She now works at Poolside").
        moves.AddRange(CareerProfiles.OrderedStints(state, mine, moves));

        foreach (var (from, to, date, arrival) in CareerReasoning.Returns(mine, moves.ConvertAll(m => (m.From, m.To))).ToList())
        {
            moves.Add(new Move(from, to, date, arrival.Confidence * 0.7, arrival.Start, arrival.End));
        }

        // One fact per (from, to): the most confident, with the most precise date.
        return moves.Where(m => !CareerReasoning.SameEmployer(state, m.From, m.To))
            .GroupBy(m => (m.From, m.To))
            .Select(g => g.OrderByDescending(m => m.Confidence).First() with { Date = BestDate(g.Select(m => m.Date)) })
            .ToList();
    }

    private static IEnumerable<Fact> Founded(ArticleState state, string person, List<ArticleEvent> mine) =>
        mine.Where(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive && e.Lab is not null)
            .GroupBy(e => e.Lab!, StringComparer.Ordinal)
            .Where(g => CareerReasoning.PlausibleFounder(state, person, g.Key, g, mine))
            // "la empresa de Mark Zuckerberg", "X's company" name whose company it is, not who founded it (the labelling
            // rules take only what the text states): a possessive alone still resolves "joined X's startup", no founding.
            .Where(g => !g.All(e => e.Kind == EventKind.FoundPossessive))
            .Select(g =>
            {
                var best = g.OrderByDescending(e => e.Confidence).First();
                // A founder title stated with a dated joining ("2015年にOpenAIの創業メンバーとして参加") dates the founding.
                var date = BestDate(g.Where(e => e.Kind == EventKind.FoundEvent).Select(e => e.Date))
                    ?? BestDate(mine.Where(e => e.Kind is EventKind.Join && e.Lab == g.Key && g.Any(t => t.Kind == EventKind.FoundTitle && t.Sentence == e.Sentence)).Select(e => e.Date));
                return (Fact)new FoundedFact(person, g.Key, date) with { Confidence = Round(g.Max(e => e.Confidence)), Evidence = Evidence(state, best.Start, best.End) };
            });

    private static IEnumerable<Fact> WorkedAt(ArticleState state, string person, List<ArticleEvent> mine, List<Move> moves)
    {
        var founded = mine.Where(e => e.Kind is EventKind.FoundEvent or EventKind.FoundPossessive or EventKind.FoundTitle && e.Lab is not null).Select(e => e.Lab!).ToHashSet(StringComparer.Ordinal);
        var currentLab = CurrentLab(mine);
        var tenures = new List<(string Lab, string? Role, PartialDate? Start, PartialDate? End, double Confidence, int From, int To)>();
        foreach (var e in mine)
        {
            var lab = e.Lab ?? (e.Kind == EventKind.Leave ? LeftLab(mine, e, currentLab) : null);
            switch (e.Kind)
            {
                case EventKind.Role or EventKind.Work when lab is not null:
                    tenures.Add((lab, e.Role, null, null, e.Confidence, e.Start, e.End));
                    break;
                case EventKind.Leave when lab is not null:
                    tenures.Add((lab, null, null, e.Date, e.Confidence * 0.9, e.Start, e.End));
                    break;
                case EventKind.Join or EventKind.Move when lab is not null && !founded.Contains(lab):
                    tenures.Add((lab, null, e.Date, null, e.Confidence * 0.9, e.Start, e.End));
                    break;
            }

            if (e.From is not null && e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent)
            {
                tenures.Add((e.From, null, null, null, e.Confidence * 0.9, e.Start, e.End));
            }
        }

        foreach (var m in moves)
        {
            tenures.Add((m.From, null, null, m.Date, m.Confidence, m.Start, m.End));
            if (!founded.Contains(m.To))
            {
                tenures.Add((m.To, null, null, null, m.Confidence, m.Start, m.End));
            }
        }

        // The labelling rules: a move's destination is a WORKED_AT of its own only when the text gives a title there
        // (the LEFT_FOR already says the person went there); an origin always is.
        var destinations = moves.Select(m => m.To).Except(moves.Select(m => m.From), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var leavings = mine.Where(e => e.Kind == EventKind.Leave && e.Date is not null).Select(e => e.Date!.Value).ToHashSet();

        // Several stints at one lab (left, later rejoined) are one WORKED_AT each.
        // A unit of the destination ("joins Meta's superintelligence lab" after "Meta hired X") is the same arrival.
        var origins = moves.Select(m => m.From).ToHashSet(StringComparer.Ordinal);
        return tenures.GroupBy(t => t.Lab, StringComparer.Ordinal)
            .Where(g => origins.Contains(g.Key) || !destinations.Any(d => CareerReasoning.SameEmployer(state, d, g.Key)) || g.Any(t => t.Role is not null || t.Start is not null))
            .SelectMany(g => CareerReasoning.Stints(g.ToList(), t => t.Start, t => t.End, leavings)).Select(g =>
        {
            var lab = g[0].Lab;
            var best = g.OrderByDescending(t => t.Confidence).First();
            var start = Earliest(g.Select(t => t.Start));
            var end = Latest(g.Select(t => t.End));
            if (start is { } s && end is { } e && e.IsBefore(s))
            {
                end = null;
            }

            return (Fact)new WorkedAtFact(person, lab, g.Select(t => t.Role).FirstOrDefault(r => r is not null), start, end)
                with { Confidence = Round(g.Max(t => t.Confidence)), Evidence = Evidence(state, best.From, best.To) };
        });
    }

    /// <summary>The lab a departure without a named lab left: the person's title or tenure lab, else the lab they co-founded.</summary>
    private static string? CurrentLab(List<ArticleEvent> mine) =>
        mine.Where(e => e.Kind is EventKind.Role or EventKind.Work && e.Lab is not null && !e.TakenAtDestination).Select(e => e.Lab).LastOrDefault()
        ?? OnlyOne(mine.Where(e => e.Kind == EventKind.FoundTitle && e.Lab is not null).Select(e => e.Lab!).Distinct(StringComparer.Ordinal).Take(2).ToList());

    /// <summary>The lab a departure without a named lab left: the title held in its sentence or the latest one before it
    /// ("Naver's AI head X resigned last month" … "X now runs Upstage"), else the person's current lab.</summary>
    private static string? LeftLab(List<ArticleEvent> mine, ArticleEvent leave, string? currentLab) =>
        mine.LastOrDefault(e => e.Kind is EventKind.Role or EventKind.Work && e.Lab is not null && !e.TakenAtDestination && e.Sentence <= leave.Sentence)?.Lab ?? currentLab;

    /// <summary>The single lab of the list, or null when there are none or several (a founder of two labs left neither for sure).</summary>
    private static string? OnlyOne(List<string> labs) => labs.Count == 1 ? labs[0] : null;

    /// <summary>The earliest of the dates (a tenure starts at the first joining); of dates that overlap, the most precise.</summary>
    private static PartialDate? Earliest(IEnumerable<PartialDate?> dates)
    {
        var known = dates.Where(d => d is not null).Select(d => d!.Value).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var first = known.MinBy(d => d.LastDay);
        return known.Where(d => !d.IsBefore(first) && !d.IsAfter(first)).OrderByDescending(d => d.Precision).First();
    }

    /// <summary>The latest of the dates (a tenure ends at the last leaving); of dates that overlap, the most precise.</summary>
    private static PartialDate? Latest(IEnumerable<PartialDate?> dates)
    {
        var known = dates.Where(d => d is not null).Select(d => d!.Value).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var last = known.MaxBy(d => d.FirstDay);
        return known.Where(d => !d.IsBefore(last) && !d.IsAfter(last)).OrderByDescending(d => d.Precision).First();
    }

    /// <summary>The most precise of the dates given, or null.</summary>
    private static PartialDate? BestDate(IEnumerable<PartialDate?> dates) =>
        dates.Where(d => d is not null).Select(d => d!.Value).OrderByDescending(d => d.Precision).Cast<PartialDate?>().FirstOrDefault();

    private static EvidenceSpan Evidence(ArticleState state, int start, int end) =>
        new(start, end, end - start <= 600 ? state.Text[start..end] : state.Text[start..(start + 600)]);

    private static double Round(double confidence) => Math.Round(Math.Clamp(confidence, 0, 1), 2);
}
