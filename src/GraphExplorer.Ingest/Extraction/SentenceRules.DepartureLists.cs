using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "Notable departures included A, B and C", "Les départs notables incluent A, B et C", "Several researchers have left,
/// including A and B": a list of departures names people who left the lab the passage is about (a lab before the list
/// opener in the sentence, else the lab of the last sentences). Each listed name may carry an aside saying where the
/// person went ("A, who joined B in March, and C, now at D", "A (now at B)"); the aside is stepped over, and the
/// destination it names is read by <see cref="AsideDestinations"/>.
/// </summary>
internal sealed partial class SentenceRules
{
    // The list opener follows the departure noun closely ("departures included", "les départs notables incluent"), or
    // a leaving verb and its object ("have left Cohere, including", "sont partis, comme").
    private const int DepartureNounToListReach = 3;

    private void DepartureList(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.HeadFinal)
        {
            return;
        }

        var noun = ms.FindIndex(x => x.Kind == MentionKind.Cue && (x.Has(Cue.LeaveNoun) || (x.IsVerb && x.Has(Cue.Leave))));
        if (noun < 0)
        {
            return;
        }

        // A leaving verb may take its lab as object before the list ("have left Cohere, including"); a noun may not.
        var verb = ms[noun].IsVerb;
        var including = ms.FindIndex(noun + 1, x => x.Kind == MentionKind.Cue && x.Has(Cue.Including));
        var between = including < 0 ? [] : ms.Skip(noun + 1).Take(including - noun - 1).Where(x => x.Kind != MentionKind.Date).ToList();
        var objectLab = verb && between is [{ Kind: MentionKind.Lab, Modifier: false }] ? between[0] : null;
        if (including < 0 || ms[including].First - (objectLab ?? ms[noun]).End > DepartureNounToListReach
            || (objectLab is null && between.Exists(x => x.Kind is MentionKind.Person or MentionKind.Lab || x.IsVerb))
            || (verb && (Negated(ms, noun) || ms.Take(noun).Any(x => x is { Kind: MentionKind.Person, Pronoun: false }))))
        {
            return;
        }

        var first = including + 1 < ms.Count ? including + 1 : -1;
        if (first < 0 || ms[first] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null }
            || (ms.LastOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: not null } && m.End <= ms[including].First)?.Name
                ?? _state.TopicLab) is not { } lab)
        {
            return;
        }

        var listed = ListedAcrossAsides(ms, first);
        if (listed is null)
        {
            return;
        }

        events.RemoveAll(e => e.Kind == EventKind.Leave && e.Lab is null && listed.Exists(p => p.Name == e.Person));
        foreach (var person in listed)
        {
            events.Add(new ArticleEvent(EventKind.Leave, person.Name!, lab, DateFor(index, ms, noun), 0.7 * NameFactor([person]), index, sentence.Start, sentence.End));
        }
    }

    /// <summary>
    /// The people of a list starting at <paramref name="first"/>: names joined by commas and "and", each possibly followed
    /// by an aside in brackets or a comma clause ("who joined B in March", "now at B") that ends at the next comma or "and".
    /// Null when something other than such a list follows (a verb or lab outside an aside: "X, and Google hired Y").
    /// </summary>
    private List<Mention>? ListedAcrossAsides(List<Mention> ms, int first)
    {
        var sentence = _state.Sentences[_state.CurrentSentence];
        var listed = new List<Mention> { ms[first] };
        var t = ms[first].End;
        while (t < sentence.EndToken)
        {
            t = AfterAside(ms, t, sentence.EndToken);
            var next = t;
            while (next < sentence.EndToken && (IsComma(next) || CoordAt(ms, next) is not null))
            {
                next = CoordAt(ms, next)?.End ?? next + 1;
            }

            if (next == t || ms.Find(x => x.First == next) is not { Kind: MentionKind.Person, Pronoun: false, Name: not null } person)
            {
                // The list ends: only its end, a full stop or a clause outside any aside may follow.
                return ms.Exists(x => x.First >= t && x.First < sentence.EndToken && (x.Kind is MentionKind.Lab or MentionKind.Person || x.IsVerb)
                    && !InAsideOf(ms, listed, x)) ? null : listed;
            }

            listed.Add(person);
            t = person.End;
        }

        return listed;
    }

    /// <summary>The token after an aside opening at <paramref name="t"/>: a bracket to its closing bracket, or a comma
    /// clause opened by a lower-case word (not "and") up to the next comma or "and"; <paramref name="t"/> itself otherwise.</summary>
    private int AfterAside(List<Mention> ms, int t, int end)
    {
        if (t < end && _tokens[t].Key == "(")
        {
            var close = t + 1;
            while (close < end && _tokens[close].Key != ")")
            {
                close++;
            }

            return Math.Min(close + 1, end);
        }

        if (t + 1 < end && IsComma(t) && _tokens[t + 1] is { Kind: TokenKind.Word, Capitalized: false } && CoordAt(ms, t + 1) is null)
        {
            var stop = t + 1;
            while (stop < end && !IsComma(stop) && CoordAt(ms, stop) is null)
            {
                stop++;
            }

            return stop;
        }

        return t;
    }

    private bool InAsideOf(List<Mention> ms, List<Mention> listed, Mention x)
    {
        var sentence = _state.Sentences[_state.CurrentSentence];
        return listed.Exists(p => p.End <= x.First && AfterAside(ms, p.End, sentence.EndToken) > x.First);
    }

    private static Mention? CoordAt(List<Mention> ms, int t) => ms.Find(x => x.First == t && x.Kind == MentionKind.Cue && x.Has(Cue.Coord));
}
