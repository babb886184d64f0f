using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Founders described where the founding is not the sentence's verb: "founded in 2019 by X, who left in 2024 to run B's
/// new unit" (the clause after the founder's name is a move from the company founded to B), and "Mitgründer ist der
/// frühere A-Manager X", "Its co-founder is former A manager X" (X co-founded the company the passage is about; the
/// title's lab A is where X worked, never what X founded).
/// </summary>
internal sealed partial class SentenceRules
{
    // The comma clause after a founder's name reaches its leaving verb within a few tokens ("X, who left in 2024").
    private const int FounderToLeaveReach = 6;

    // "to run B's new unit", "to join B": the destination follows the arrival verb closely.
    private const int ArrivalToLabReach = 3;

    // "Mitgründer ist der frühere Cohere-Manager X": a title chain of a few tokens stands between the copula and the name.
    private const int CopulaToFounderReach = 8;

    private void FounderLeftLater(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.HeadFinal)
        {
            return;
        }

        foreach (var founded in events.Where(e => e.Kind == EventKind.FoundEvent && e.Lab is not null).ToList())
        {
            var p = ms.FindIndex(x => x is { Kind: MentionKind.Person, Pronoun: false } && x.Name == founded.Person);
            var leave = p < 0 ? -1 : ms.FindIndex(p + 1, x => x.Kind != MentionKind.Date);
            if (leave < 0 || !ms[leave].IsVerb || !ms[leave].Has(Cue.Leave) || ms[leave].First - ms[p].End > FounderToLeaveReach
                || !IsComma(ms[p].End) || Negated(ms, leave))
            {
                continue;
            }

            // The leaving verb has no lab of its own ("who left in 2024") or says "the company": the company left is the one
            // founded. The destination follows "for" or an arrival verb ("left for B", "left to join B", "to run B's unit").
            var arrival = ms.FindIndex(leave + 1, x => x.Kind != MentionKind.Date && !(x.Kind == MentionKind.Lab && x.Anaphor)
                && !(x.Kind == MentionKind.Cue && !x.IsVerb && x.Has(Cue.ToPrep) && !IsLabAt(ms, ms.IndexOf(x) + 1)));
            if (arrival < 0 || !(ms[arrival].Has(Cue.ToPrep) || (ms[arrival].IsVerb && (ms[arrival].Has(Cue.Join) || ms[arrival].Has(Cue.Move))))
                || !IsLabAt(ms, arrival + 1) || ms[arrival + 1].Name is not { } to
                || ms[arrival + 1].First - ms[arrival].End > ArrivalToLabReach || to == founded.Lab
                || LooseTokensBetween(ms, ms[leave].End, ms[arrival].First) > 1)
            {
                continue;
            }

            events.RemoveAll(e => e.Person == founded.Person && ((e.Kind == EventKind.Leave && e.Lab is null) || (e.Kind is EventKind.Join or EventKind.Move && e.Lab == to)));
            var date = DateFor(index, ms, leave);
            events.Add(new ArticleEvent(EventKind.Leave, founded.Person, founded.Lab, date, founded.Confidence * 0.9, index, sentence.Start, sentence.End));
            events.Add(new ArticleEvent(EventKind.Join, founded.Person, to, date, founded.Confidence * 0.9, index, sentence.Start, sentence.End) { From = founded.Lab });
        }
    }

    /// <summary>Tokens between two positions outside dates and "the company" mentions: "left in 2024 to join" has one
    /// ("in"; "to" of "to join" is not counted), "left a comment on the post for" many, and then the lab after it is no destination.</summary>
    private static int LooseTokensBetween(List<Mention> ms, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Count(t => !ms.Exists(x => (x.Kind == MentionKind.Date || x.Anaphor || (x.Kind == MentionKind.Cue && x.Has(Cue.ToPrep))) && x.First <= t && t < x.End));

    /// <summary>"fondée par X, ancien de A, aux côtés de Y et Z", "founded by X alongside Y": the people a comitative word
    /// right after the last agent (and its aside) lists found with the agents. "by X, who spoke alongside Y" lists no one.</summary>
    private IEnumerable<string> FoundingAlongside(List<Mention> ms)
    {
        var end = _state.Sentences[_state.CurrentSentence].EndToken;
        var t = AfterAside(ms, ms[ms.FindLastIndex(x => x.Agent)].End, end);
        while (t < end && IsComma(t))
        {
            t++;
        }

        var with = ms.FindIndex(x => x.First == t && x.Kind == MentionKind.Cue && x.Has(Cue.Comitative));
        return with < 0 ? [] : ms.Skip(with + 1).TakeWhile(x => !x.IsVerb).Where(x => x is { Kind: MentionKind.Person, Comitative: true, Name: not null }).Select(x => x.Name!);
    }

    private static bool IsLabAt(List<Mention> ms, int i) => i < ms.Count && ms[i] is { Kind: MentionKind.Lab, Modifier: false, Anaphor: false, Name: not null };

    private void FounderNamedByCopula(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.HeadFinal)
        {
            return;
        }

        // The founder title opens the sentence, at most after a possessive ("Its co-founder is", "Mitgründer ist").
        var title = ms.FindIndex(x => x.Kind == MentionKind.Cue && x.Has(Cue.FounderRole));
        if (title < 0 || title + 1 >= ms.Count || ms[title].First - sentence.FirstToken > 1
            || ms[title + 1] is not { Kind: MentionKind.Cue } copula || !copula.Has(Cue.Copula) || copula.First != ms[title].End)
        {
            return;
        }

        var p = ms.FindIndex(title + 2, x => x.Kind == MentionKind.Person || x.IsVerb);
        if (p < 0 || ms[p] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } person } || ms[p].First - copula.End > CopulaToFounderReach
            || _state.RecentLab(index, sentence.FirstToken, []) is not { } lab
            || ms.Exists(x => x.Kind == MentionKind.Lab && x.Name == lab))
        {
            return;
        }

        foreach (var founder in Coordinated(ms, p, forward: true).Where(x => x.Name is not null).Prepend(ms[p]))
        {
            events.RemoveAll(e => e.Person == founder.Name && e.Kind == EventKind.FoundTitle && e.Lab != lab);
            events.Add(new ArticleEvent(EventKind.FoundTitle, founder.Name!, lab, null, 0.7 * NameFactor([founder]), index, sentence.Start, sentence.End));
        }
    }
}
