using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "is leaving to launch an AI startup with former Salesforce co-CEO Bret Taylor": the company founded is the startup
/// described and not named; the lab after it belongs to another person's title and was not founded.
/// </summary>
internal sealed partial class SentenceRules
{
    private bool FoundsACompanyOnlyDescribed(List<Mention> ms, int k, string? objectLab)
    {
        if (objectLab is null)
        {
            return false;
        }

        // The startup noun names the lab only when the name follows it at once ("her own startup, Quorra AI",
        // "la start-up Quorra AI"); "an AI startup with former Salesforce co-CEO X" describes a company not named.
        var at = ms.FindIndex(k + 1, x => x.IsVerb || x.Kind == MentionKind.Lab && x.Name == objectLab);
        var noun = at > k && ms[at].Kind == MentionKind.Lab ? ms.FindLastIndex(at - 1, at - k - 1, x => x.Kind == MentionKind.Cue && x.Has(Cue.StartupNoun)) : -1;
        if (noun < 0)
        {
            return false;
        }

        for (var t = ms[noun].End; t < ms[at].First; t++)
        {
            if (_tokens[t].Key is not ("," or ":" or "called" or "named" or "dubbed" or "baptisée" or "baptisé" or "appelée" or "nommée"))
            {
                return true;
            }
        }

        return false;
    }
}
