using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A list of people in which each name carries its own short aside: "trois recrues : A (ex-Meta), B, ancienne d'Owkin,
/// et C", "hired A (formerly Cohere), B, a former Scale AI engineer, and C". The aside says where that one person comes
/// from; it neither ends the list nor belongs to the next name.
/// </summary>
internal sealed partial class SentenceRules
{
    // A description set off by commas ("ancienne d'Owkin", "a former Scale AI engineer") is short; a longer stretch is a clause.
    private const int MaxListedAside = 10;

    /// <summary>How many tokens from <paramref name="from"/> (right after a listed name) are that name's aside before the
    /// next name at <paramref name="to"/>: a bracket, or a description between commas that names a lab and holds no
    /// person and no verb, only the second comma and "and" then standing before the next name. 0 when there is none.</summary>
    private int ListedAside(List<Mention> ms, int from, int to)
    {
        if (MoveCues.BracketedAside(_tokens, from, to) is var bracket and > 0)
        {
            return bracket;
        }

        if (from >= to || !IsComma(from))
        {
            return 0;
        }

        var close = -1;
        for (var t = from + 1; t < to && t - from <= MaxListedAside + 1; t++)
        {
            if (IsComma(t))
            {
                close = t;
                break;
            }
        }

        if (close < 0)
        {
            return 0;
        }

        // After the aside only the comma and "and" that list the next name: ", selon X" or ", told X" is no list.
        for (var t = close + 1; t < to; t++)
        {
            if (!IsComma(t) && !ms.Exists(x => x.Kind == MentionKind.Cue && x.Has(Cue.Coord) && x.First <= t && t < x.End))
            {
                return 0;
            }
        }

        var inside = ms.Where(x => x.First > from && x.End <= close).ToList();
        return inside.Exists(x => x.Kind == MentionKind.Lab) && !inside.Exists(x => x.Kind == MentionKind.Person || x.IsVerb) ? close - from : 0;
    }
}
