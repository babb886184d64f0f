using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "worked at Google DeepMind and OpenAI", "previously worked at Microsoft, Amazon and Apple", "a travaillé chez Google et
/// Meta": a tenure verb whose employer is the first of a list holds for every lab of the list. Only the first was taken,
/// so the others were lost from the person's career.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>
    /// The labs listed right after the employer at mention <paramref name="employer"/>: each joined to the one before by a
    /// comma or "and" alone. The list stops at anything else, and at a lab that opens a new clause ("worked at Google and
    /// Microsoft hired him": Microsoft is the next verb's subject).
    /// </summary>
    private List<string> LabsListedAfter(List<Mention> ms, int employer)
    {
        var listed = new List<string>();
        var previous = employer;
        var joined = false;
        for (var i = employer + 1; i < ms.Count && !joined; i++)
        {
            // After "and" the preposition or article may come again ("trabalhou no Google e na Microsoft", "at Google and
            // at Meta").
            var afterAnd = ms[previous].Kind == MentionKind.Cue;
            if (!(afterAnd ? OnlyFunctionWordsBetween(ms[previous].End, ms[i].First) : OnlyCommasBetween(ms[previous].End, ms[i].First)))
            {
                break;
            }

            if (ms[i].Kind == MentionKind.Cue && ms[i].Has(Cue.Coord) && ms[previous].Kind == MentionKind.Lab)
            {
                previous = i;
                continue;
            }

            if (ms[i] is not { Kind: MentionKind.Lab, Modifier: false, TitleLab: false, Name: { } lab }
                || (i + 1 < ms.Count && ms[i + 1].IsVerb && ms[i].End == ms[i + 1].First))
            {
                break;
            }

            joined = ms[previous].Kind == MentionKind.Cue;
            listed.Add(lab);
            previous = i;
        }

        // A bare comma list that never reaches its "and" is no list of employers ("worked at Google, Microsoft said").
        return joined ? listed.Distinct(StringComparer.Ordinal).ToList() : [];
    }

    private bool OnlyFunctionWordsBetween(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!_lexicon.Stopwords.Contains(_tokens[t].Key))
            {
                return false;
            }
        }

        return to - from <= 2;
    }

    private bool OnlyCommasBetween(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (_tokens[t].Key is not ("," or "，"))
            {
                return false;
            }
        }

        return to - from <= 1;
    }
}
