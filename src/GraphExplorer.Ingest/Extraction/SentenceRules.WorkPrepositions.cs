using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "has been at Acme", "works for Acme", "travaille chez Acme": a tenure phrase ending in its preposition takes the noun
/// phrase right after it as the employer. A lab further on belongs to another phrase ("has been at the centre of the
/// dispute between Google and Microsoft", "has been at odds with Google"), and taking it made the person its employee.
/// </summary>
internal sealed partial class SentenceRules
{
    // Words that may stand between the preposition and the employer's name: articles and possessives ("at the startup
    // Acme", "chez la société Acme"); organisation nouns are cues and capitalised words are part of the name.
    private static readonly HashSet<string> s_employerDeterminers = new(StringComparer.Ordinal)
    {
        "the", "its", "his", "her", "their", "a", "an", "la", "le", "les", "l", "'", "’", "sa", "son", "une", "un",
    };

    private static readonly string[] s_employerPrepositions = [" at", " for", " with", " chez", " pour"];

    private bool EmployerFarFromPreposition(List<Mention> ms, int k, CueEntry cue, string? objectLab)
    {
        if (cue.Cue != Cue.Work || objectLab is null || !Array.Exists(s_employerPrepositions, p => cue.Phrase.EndsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        var lab = ms.FindIndex(k + 1, x => x.Kind == MentionKind.Lab && x.Name == objectLab);
        if (lab < 0)
        {
            return false; // the employer stands before the verb; this rule is about what follows it
        }

        // "at the robotics startup Acme", "chez la jeune pousse lyonnaise Acme": an organisation noun introduces the
        // employer, and the words around it describe it.
        if (ms.FindLastIndex(lab - 1, lab - k - 1, x => x.Kind == MentionKind.Cue && x.Has(Cue.StartupNoun)) > k)
        {
            return false;
        }

        for (var t = ms[k].End; t < ms[lab].First; t++)
        {
            var token = _tokens[t];
            var inCue = ms.Exists(x => x.Kind == MentionKind.Cue && x.First <= t && t < x.End);
            var hyphenated = token.Key == "-" || (!token.SpaceBefore && _tokens[t - 1].Key == "-");
            if (!inCue && !hyphenated && !token.Capitalized && !s_employerDeterminers.Contains(token.Key))
            {
                return true;
            }
        }

        return false;
    }
}
