using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "Notable departures included A, B and C", "Les départs notables incluent A, B et C": a list of departures names people
/// who left the lab the passage is about (a lab before the noun in the sentence, else the lab of the last sentences).
/// </summary>
internal sealed partial class SentenceRules
{
    // The list opener follows the departure noun closely ("departures included", "les départs notables incluent").
    private const int DepartureNounToListReach = 3;

    private void DepartureList(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        var noun = ms.FindIndex(x => x.Kind == MentionKind.Cue && x.Has(Cue.LeaveNoun));
        if (noun < 0 || _lexicon.HeadFinal)
        {
            return;
        }

        var including = ms.FindIndex(noun + 1, x => x.Kind == MentionKind.Cue && x.Has(Cue.Including));
        if (including < 0 || ms[including].First - ms[noun].End > DepartureNounToListReach
            || ms.Skip(noun + 1).Take(including - noun - 1).Any(x => x.Kind is MentionKind.Person or MentionKind.Lab || x.IsVerb))
        {
            return;
        }

        var first = including + 1 < ms.Count ? including + 1 : -1;
        if (first < 0 || ms[first] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null }
            || ms.Skip(first).Any(x => x.Kind == MentionKind.Lab || x.IsVerb)
            || (ArticleState.SentenceLab(ms[noun].First, ms) ?? _state.TopicLab) is not { } lab)
        {
            return;
        }

        var listed = new List<Mention> { ms[first] };
        listed.AddRange(Coordinated(ms, first, forward: true).Where(x => x.Name is not null));
        events.RemoveAll(e => e.Kind == EventKind.Leave && e.Lab is null && listed.Exists(p => p.Name == e.Person));
        foreach (var person in listed)
        {
            events.Add(new ArticleEvent(EventKind.Leave, person.Name!, lab, DateFor(index, ms, noun), 0.7 * NameFactor([person]), index, sentence.Start, sentence.End));
        }
    }
}
