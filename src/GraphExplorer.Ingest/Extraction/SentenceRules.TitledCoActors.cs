namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A co-actor named with a bare title between "with" and the name ("mendirikan X bersama peneliti Y", "founded it with
/// researcher Y"): the title describes the person, who still acts with the subject.
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
}
