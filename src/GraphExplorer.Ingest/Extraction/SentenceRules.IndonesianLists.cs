using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Indonesian reports name a group's members after the move, in the same sentence: "Tiga peneliti OpenAI bergabung
/// dengan Meta, yakni A, B, dan C" (three OpenAI researchers joined Meta, namely A, B and C). The group's move (remembered
/// from its title subject) is then each listed person's move.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Adds the group's move for the people listed after "yakni"/"yaitu"/"termasuk" in the sentence that tells it.</summary>
    private void IndonesianNamedGroup(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.Code != "id" || _state.Group is not { } group || group.Sentence != index)
        {
            return;
        }

        var including = ms.FindIndex(x => x.Kind == MentionKind.Cue && x.Has(Cue.Including));
        if (including < 0 || !ms.Take(including).Any(x => x.IsVerb))
        {
            return;
        }

        var first = ms.FindIndex(including + 1, x => x.Kind == MentionKind.Person || x.IsVerb || x.Kind == MentionKind.Lab);
        if (first < 0 || ms[first] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null })
        {
            return;
        }

        var listed = new List<Mention> { ms[first] };
        listed.AddRange(Coordinated(ms, first, forward: true).Where(x => x.Name is not null));
        foreach (var person in listed)
        {
            if (events.Exists(e => e.Person == person.Name && e.Kind is EventKind.Join or EventKind.Move or EventKind.Leave or EventKind.FoundEvent))
            {
                continue;
            }

            person.Object = true;
            events.Add(new ArticleEvent(EventKind.Join, person.Name!, group.To, group.Date, 0.7 * NameFactor([person]), index, sentence.Start, sentence.End) { From = group.From });
        }
    }
}
