using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "X hat A verlassen und ist zu B gewechselt": a German participle or infinitive closes its clause even when "und"
/// opens the next one, so its object stands before it. Read as a verb whose object follows, "verlassen" took B, the
/// lab of the coordinated clause, and the move was lost.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Whether the German verb at <paramref name="k"/> is followed right away by a coordinator ("und",
    /// "sowie") and the sentence has a lab before the verb: the verb closes its clause before the coordinated one.</summary>
    private bool ClosesGermanClauseBeforeCoordination(List<Mention> ms, int k) =>
        _lexicon.Code == "de" && k + 1 < ms.Count && ms[k + 1] is { Kind: MentionKind.Cue } coord && coord.Has(Cue.Coord)
        && coord.First == ms[k].End && !ms[k].Has(Cue.Recruit) && NonFinitePerfect(ms, k);

    /// <summary>Whether an auxiliary of the perfect or future ("hat", "ist", "wird") stands between the subject and the
    /// verb: the verb is a participle or infinitive, which German puts last in its clause ("hat A verlassen").</summary>
    private bool NonFinitePerfect(List<Mention> ms, int k)
    {
        var from = k > 0 ? ms.FindLastIndex(k - 1, x => x.Kind == MentionKind.Person) : -1;
        if (from < 0)
        {
            return false;
        }

        for (var t = ms[from].End; t < ms[k].First; t++)
        {
            if (LatinMoveCues.GermanAuxiliary(_tokens[t].Key))
            {
                return true;
            }
        }

        return false;
    }
}
