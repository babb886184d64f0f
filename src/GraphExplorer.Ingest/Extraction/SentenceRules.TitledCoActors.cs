using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A co-actor named with a bare title between "with" and the name ("mendirikan X bersama peneliti Y", "founded it with
/// researcher Y"), or with a former post and its lab ("zusammen mit der früheren SAP-Entwicklerin Y", "avec l'ancienne
/// ingénieure de Criteo Y", "con su antigua compañera de Meta Y"): the words describe the person, who still acts with
/// the subject, and the lab is where the companion worked, not what the subject founded or joined.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>The person right after a title that directly follows the comitative cue at <paramref name="cue"/>, or null.</summary>
    private static Mention? TitledCoActor(List<Mention> ms, int cue)
    {
        if (cue + 2 >= ms.Count || !ms[cue + 1].IsRole || ms[cue + 1].First - ms[cue].End > 0)
        {
            return null;
        }

        var person = ms[cue + 2];
        return person.Kind == MentionKind.Person && !person.Pronoun && person.First - ms[cue + 1].End <= 0 ? person : null;
    }

    // How many mentions may describe a companion between "with" and the name: a former marker, a title, a preposition and a lab.
    private const int CompanionDescriptionReach = 5;

    /// <summary>The person after the comitative cue at <paramref name="cue"/> when only words describing them stand between
    /// (non-verb cues such as "former", a title, "of", and labs), or null.</summary>
    private static Mention? DescribedCoActor(List<Mention> ms, int cue)
    {
        for (var a = cue + 1; a < ms.Count && a - cue <= CompanionDescriptionReach + 1; a++)
        {
            var m = ms[a];
            if (m.Kind == MentionKind.Person)
            {
                // At least one description before the name, and a lab among it (a bare title is TitledCoActor's).
                return !m.Pronoun && m.Name is not null && a > cue + 1 && ms.Skip(cue + 1).Take(a - cue - 1).Any(x => x.Kind == MentionKind.Lab) ? m : null;
            }

            if (m.IsVerb || m.Kind is not (MentionKind.Cue or MentionKind.Lab) || (m.Kind == MentionKind.Cue && m.Has(Cue.Comitative)))
            {
                return null;
            }
        }

        return null;
    }
}
