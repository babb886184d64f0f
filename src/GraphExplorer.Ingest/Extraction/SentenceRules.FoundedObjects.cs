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

        // "her own startup, Quorra AI", "perusahaan rintisan barunya, X" name the company founded; "an AI startup with
        // former Salesforce co-CEO X" describes a company not named and then a companion.
        var at = ms.FindIndex(k + 1, x => x.IsVerb || x.Kind == MentionKind.Lab && x.Name == objectLab);
        var noun = at > k && ms[at].Kind == MentionKind.Lab ? ms.FindLastIndex(at - 1, at - k - 1, x => x.Kind == MentionKind.Cue && x.Has(Cue.StartupNoun)) : -1;
        if (noun < 0)
        {
            return false;
        }

        // "with former Salesforce co-CEO X", "avec l'ancien PDG de Y": the lab belongs to a companion's title.
        return ms[at].TitleLab || ms.Skip(noun + 1).Take(at - noun - 1).Any(x => x.Kind == MentionKind.Cue && (x.Has(Cue.Comitative) || x.Has(Cue.Former)));
    }
}
