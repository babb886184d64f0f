using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Careers told across a whole article (profiles, interviews, career chains): the person is named once, then carried
/// by surname or pronoun, and the employers come in order, one per sentence or paragraph ("She joined SAP in 2016. …
/// Last spring she left Helsing. She now works at Poolside"). Each employer the text shows ended (a leaving, a past
/// post) and the next one it shows begun (a joining, a current post) form a move, but only when the text gives the order:
/// a "then/now/today" word of the language's lexicon at the second stint, or dates that follow one another. Sentence
/// rules read one sentence; this reads the sequence.
/// </summary>
internal static class CareerProfiles
{
    /// <summary>A gap longer than this between leaving one employer and joining the next is distant background (the
    /// labelling rules' "stated gap"), not where the person came from.</summary>
    private const int MaxGapYears = 2;

    /// <summary>
    /// The moves between consecutive stints of the person's career as the article tells it, for employers no stated move
    /// already leaves or reaches. Employers are taken in the order the text first ties the person to them (a unit counts
    /// as its company); a pair is a move when the first is shown ended before the second, the second is shown begun
    /// (a joining or a current post, not a founding: founders' careers have their own rule), and the order is stated.
    /// </summary>
    public static List<ArticleReasoner.Move> OrderedStints(ArticleState state, List<ArticleEvent> mine, List<ArticleReasoner.Move> moves)
    {
        var stints = Employers(state, mine);
        var found = new List<ArticleReasoner.Move>();
        for (var i = 0; i + 1 < stints.Count; i++)
        {
            var (from, before) = stints[i];
            var (to, after) = stints[i + 1];
            if (moves.Exists(m => CareerReasoning.SameEmployer(state, m.From, from) || CareerReasoning.SameEmployer(state, m.To, to))
                || mine.Exists(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle && e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, to)))
            {
                continue;
            }

            // The second employer's first sentence must start the stint (one reading of it may be past, another present).
            var arrival = after.Find(e => e.Sentence == after[0].Sentence && Begun(e));
            if (arrival is not null && Ended(state, before, arrival) is { } leaving && Ordered(state, leaving, arrival))
            {
                var date = arrival.Kind is EventKind.Join or EventKind.Move ? arrival.Date : leaving.Date;
                found.Add(new ArticleReasoner.Move(from, to, date, Math.Min(leaving.Confidence, arrival.Confidence) * 0.5, Math.Min(leaving.Start, arrival.Start), Math.Max(leaving.End, arrival.End)));
            }
        }

        return found;
    }

    /// <summary>The person's employers in the order the text first ties the person to them, each with its events in text
    /// order. Bare titles (a title whose lab was guessed from context) and undirected events are left out.</summary>
    private static List<(string Lab, List<ArticleEvent> Events)> Employers(ArticleState state, List<ArticleEvent> mine)
    {
        var employers = new List<(string Lab, List<ArticleEvent> Events)>();
        foreach (var e in mine.Where(e => e.Lab is not null && !e.BareTitle && e.Kind is EventKind.Join or EventKind.Move or EventKind.Role or EventKind.Work or EventKind.Leave)
            .OrderBy(e => e.Start))
        {
            var at = employers.FindIndex(s => CareerReasoning.SameEmployer(state, s.Lab, e.Lab!));
            if (at < 0)
            {
                employers.Add((e.Lab!, [e]));
            }
            else
            {
                employers[at].Events.Add(e);
            }
        }

        return employers;
    }

    /// <summary>Whether the event starts a stint: a joining, or a post the text does not mark as past.</summary>
    private static bool Begun(ArticleEvent arrival) =>
        arrival.Kind is EventKind.Join or EventKind.Move || (arrival.Kind is EventKind.Role or EventKind.Work && !arrival.Former);

    /// <summary>The event that shows the earlier stint over by the time of the arrival (a leaving, or a past post), told
    /// no later than the arrival; null when the stint is still told after the arrival (the person still holds it, or
    /// the text goes back to it) or nothing ends it.</summary>
    private static ArticleEvent? Ended(ArticleState state, List<ArticleEvent> before, ArticleEvent arrival)
    {
        if (before.Exists(e => e.Sentence > arrival.Sentence && e.Kind != EventKind.Leave))
        {
            return null;
        }

        // Told in the arrival's own sentence, only a leaving ends the stint ("X, who left A last year, now leads B's team").
        // A dated joining told before a later dated joining elsewhere ended with it ("joined A in 2015 … in 2019 moved to B").
        return before.LastOrDefault(e => e.Sentence <= arrival.Sentence && e.Kind == EventKind.Leave)
            ?? before.LastOrDefault(e => e.Sentence < arrival.Sentence && e.Former && e.Kind is EventKind.Role or EventKind.Work)
            ?? before.LastOrDefault(e => e.Sentence < arrival.Sentence && e.Kind is EventKind.Join or EventKind.Move && e.Date is { } joined
                && arrival.Kind is EventKind.Join or EventKind.Move && arrival.Date is { } next && joined.IsBefore(next));
    }

    /// <summary>
    /// Whether the text gives the order leaving → arrival: dates that follow one another within <see cref="MaxGapYears"/>,
    /// or else a "then/now/today" word of the language in the arrival's sentence. A leaving dated before a joining by more
    /// than the gap, or long before publication, is background; an arrival dated before the leaving is an earlier stint.
    /// </summary>
    private static bool Ordered(ArticleState state, ArticleEvent leaving, ArticleEvent arrival)
    {
        var arrived = arrival.Kind is EventKind.Join or EventKind.Move ? arrival.Date : null;
        if (leaving.Kind is EventKind.Join or EventKind.Move)
        {
            // Two dated joinings in text order (checked by Ended): the time between them is the stint, not a gap.
            return true;
        }

        if (leaving.Date is { } left && arrived is { } joined)
        {
            return !joined.IsBefore(left) && joined.Year - left.Year <= MaxGapYears;
        }

        if (leaving.Date is { } leftOn && state.Published is { } published && leftOn.Year < published.Year - MaxGapYears)
        {
            return false;
        }

        return SequelWord(state, arrival.Sentence);
    }

    /// <summary>Whether the sentence holds a word that places what it tells after what came before ("then", "now",
    /// "puis", "heute", "después", "depois", "kemudian"): the language's now, since and sequel words.</summary>
    private static bool SequelWord(ArticleState state, int sentence)
    {
        var s = state.Sentences[sentence];
        for (var t = s.FirstToken; t < s.EndToken; t++)
        {
            var key = state.Tokens[t].Key;
            if (state.Lexicon.NowWords.Contains(key) || state.Lexicon.SinceWords.Contains(key) || state.Lexicon.SequelWords.Contains(key))
            {
                return true;
            }
        }

        return false;
    }
}
