using GraphExplorer.Core.Model;
using Move = GraphExplorer.Ingest.Extraction.ArticleReasoner.Move;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Moves that news states as two tenures rather than with a moving verb: a past stint and a current post ("former A
/// researcher X, now CTO of B"), a founder who joins another lab ("A's co-founder X returns to B"), and people named
/// as joining the same lab as the article's other movers ("X, Y and Z also joined B") who share those movers' origin.
/// </summary>
internal static class MoveInference
{
    /// <summary>
    /// One lab the person is marked as having left ("former", "ex-", "ancien de", "元", "출신") and one other lab where
    /// they hold a current title, with no arrival or departure stated: the text presents the past lab as where they
    /// came from. Several past labs or several current ones leave the order unclear, so nothing is inferred.
    /// </summary>
    public static Move? FormerThenCurrent(ArticleState state, List<ArticleEvent> mine, List<ArticleEvent> formerRoles, List<ArticleEvent> arrivals)
    {
        if (arrivals.Count > 0)
        {
            return null;
        }

        var past = formerRoles.Select(e => e.Lab!).Distinct(StringComparer.Ordinal).Take(2).ToList();
        if (past.Count != 1)
        {
            return null;
        }

        var current = mine.Where(e => e.Kind is EventKind.Role or EventKind.Work && !e.Former && !e.BareTitle && e.Lab is not null && !CareerReasoning.SameEmployer(state, e.Lab, past[0]))
            .ToList();
        // The past lab must have no current title of its own: "former head, now adviser at A" is no move.
        if (current.Select(e => e.Lab).Distinct(StringComparer.Ordinal).Take(2).Count() != 1
            || mine.Exists(e => e.Kind is EventKind.Role or EventKind.Work && !e.Former && e.Lab == past[0]))
        {
            return null;
        }

        var former = formerRoles.First(e => e.Lab == past[0]);
        var now = current[0];
        return new Move(past[0], now.Lab!, null, Math.Min(former.Confidence, now.Confidence) * 0.6, Math.Min(former.Start, now.Start), Math.Max(former.End, now.End));
    }

    /// <summary>
    /// A founder of one lab who joins or moves to one other lab ("the co-founder of A, X, returns to B"; "left school to
    /// found A … now joins B") went from the lab founded to the lab joined, unless the joining is dated before the
    /// founding or told before it without dates (a career told in order: "joined B in 2012, later founded A").
    /// </summary>
    public static Move? FoundedThenJoined(ArticleState state, List<ArticleEvent> mine, List<ArticleEvent> arrivals)
    {
        // A founder title given to the company the article introduced is the story's present: a move told with it came before.
        var foundings = arrivals.Where(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive && !e.BareTitle).ToList();
        var joins = arrivals.Where(e => e.Kind is EventKind.Join or EventKind.Move).ToList();
        var founded = foundings.Select(e => e.Lab!).Distinct(StringComparer.Ordinal).Take(2).ToList();
        var joined = joins.Select(e => e.Lab!).Where(l => !founded.Contains(l, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Take(2).ToList();
        if (founded.Count != 1 || joined.Count != 1 || CareerReasoning.SameEmployer(state, founded[0], joined[0])
            || !CareerReasoning.PlausibleFounder(state, mine[0].Person, founded[0], foundings, mine))
        {
            return null;
        }

        // A founder title alone at a lab whose founders are known, for someone not among them, is another lab's title
        // misplaced ("the other founder, X" after a known lab is named): no move is built on it.
        if (!foundings.Exists(e => e.Kind == EventKind.FoundEvent) && state.Gazetteer.FoundersListed(founded[0]) >= 2
            && !state.Gazetteer.FoundedBy(state.Gazetteer.Resolve(mine[0].Person, NodeKind.Person) ?? state.Gazetteer.KnownPeople.Match(mine[0].Person) ?? mine[0].Person).Contains(founded[0], StringComparer.Ordinal))
        {
            return null;
        }

        var founding = foundings[0];
        var join = joins.First(e => e.Lab == joined[0]);
        var foundedOn = foundings.Select(e => e.Date).FirstOrDefault(d => d is not null);
        var inOrder = (join.Date, foundedOn) switch
        {
            ({ } j, { } f) => f.IsBefore(j),
            (null, _) => join.Sentence >= founding.Sentence,
            ({ } j, null) => state.Published is not { } published || j.Year >= published.Year - 1,
        };
        return inOrder
            ? new Move(founded[0], joined[0], join.Date, Math.Min(founding.Confidence, join.Confidence) * 0.6, Math.Min(founding.Start, join.Start), Math.Max(founding.End, join.End))
            : null;
    }

    /// <summary>
    /// People who only join a lab, with no origin and no other lab anywhere in the article, in an article whose other
    /// movers to that lab (or its units) all came from one lab: the list shares that origin ("after Chu, Apple engineers
    /// such as X and Y also moved to Meta"; "X, Y and Z likewise joined Meta's new lab"). Several origins, or none,
    /// leave them as they are.
    /// </summary>
    public static void SharedOrigins(ArticleState state, List<List<ArticleEvent>> people, List<List<Move>> moves)
    {
        // The stated moves' origins, indexed by the destination's employer (a unit counts as its company), so an article
        // of thousands of movers stays linear.
        // Each origin keeps the dates it was stated with, so a list joining in one year never takes the origin of a move
        // to the same lab years apart ("joined Meta in 2018 from A" … "in 2025, X and Y also joined Meta").
        var originsByEmployer = new Dictionary<string, List<(string From, PartialDate? Date)>>(StringComparer.Ordinal);
        foreach (var m in moves.SelectMany(m => m))
        {
            if (!CareerReasoning.SameEmployer(state, m.From, m.To))
            {
                var origins = originsByEmployer.TryGetValue(Employer(state, m.To), out var known) ? known : originsByEmployer[Employer(state, m.To)] = [];
                if (origins.Count < MaxOriginsKept && !origins.Contains((m.From, m.Date)))
                {
                    origins.Add((m.From, m.Date));
                }
            }
        }

        if (originsByEmployer.Count == 0)
        {
            return;
        }

        // A list is what shares an origin: several people joining in one sentence, or an item of a bulleted list. A lone
        // joiner elsewhere in the article may come from anywhere.
        var joinersPerSentence = people.SelectMany(mine => mine.Where(e => e.Kind is EventKind.Join or EventKind.Move).Select(e => (e.Sentence, e.Person)).Distinct())
            .GroupBy(x => x.Sentence)
            .ToDictionary(g => g.Key, g => g.Count());

        var sentencesWithMoves = moves.SelectMany(m => m).Select(m => SentenceAt(state, m.Start)).ToHashSet();
        for (var p = 0; p < people.Count; p++)
        {
            if (moves[p].Count > 0 || Joined(state, people[p]) is not { } join
                || (joinersPerSentence.GetValueOrDefault(join.Sentence) < 2 && !state.Sentences[join.Sentence].IsListItem)
                || !originsByEmployer.TryGetValue(Employer(state, join.Lab!), out var stated))
            {
                continue;
            }

            var origins = stated.Where(o => SameTime(o.Date, join.Date)).Select(o => o.From).Distinct(StringComparer.Ordinal).Take(2).ToList();
            // A sentence that already gives its movers their own origins ("X, and Y from Google, joined B") gives none
            // to the one it leaves without: that one came from elsewhere.
            if (origins.Count == 1 && !sentencesWithMoves.Contains(join.Sentence))
            {
                moves[p].Add(new Move(origins[0], join.Lab!, join.Date, join.Confidence * 0.5, join.Start, join.End));
            }
        }
    }

    /// <summary>Origins kept per destination: enough to tell one shared origin from several, bounded so the pass stays linear.</summary>
    private const int MaxOriginsKept = 8;

    /// <summary>Whether two moves may be one wave of hires: either is undated, or their years lie at most one apart.</summary>
    private static bool SameTime(PartialDate? a, PartialDate? b) => a is not { } x || b is not { } y || Math.Abs(x.Year - y.Year) <= 1;

    /// <summary>The index of the sentence holding a character offset (sentences are in text order).</summary>
    private static int SentenceAt(ArticleState state, int offset)
    {
        var sentences = state.Sentences;
        int low = 0, high = sentences.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (sentences[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>The company a lab belongs to, or the lab itself: the key under which a unit and its company meet.</summary>
    private static string Employer(ArticleState state, string lab) => state.Gazetteer.ParentOf(lab) ?? lab;

    /// <summary>The person's arrival when their events are joinings or moves to one lab, with no origin, and titles held
    /// there (a unit or its company counts as there); null when anything ties them to another lab.</summary>
    private static ArticleEvent? Joined(ArticleState state, List<ArticleEvent> mine)
    {
        var join = mine.Find(e => e.Kind is EventKind.Join or EventKind.Move);
        if (join?.Lab is null)
        {
            return null;
        }

        foreach (var e in mine)
        {
            var there = e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, join.Lab);
            var fits = e.Kind switch
            {
                EventKind.Join or EventKind.Move => there && e.From is null,
                EventKind.Role or EventKind.Work => there && !e.Former,
                // "X and Y left and joined B": a departure naming no lab is the list's shared one, not another tie.
                EventKind.Leave => e.Lab is null,
                _ => false,
            };
            if (!fits)
            {
                return null;
            }
        }

        return join;
    }
}
