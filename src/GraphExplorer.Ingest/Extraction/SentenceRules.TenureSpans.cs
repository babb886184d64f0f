using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "Sie war zuvor sieben Jahre bei A", "Lena Hoffmann war sieben Jahre bei A", "elle a passé trois ans chez A": a span of
/// time at a lab (the lexicon's <c>tenureSpan</c> words right before it) is a stated, past employment of the one person the
/// sentence is about, even when no arrival in the sentence takes it as its origin; a move told later about the same
/// person then starts there.
/// </summary>
internal sealed partial class SentenceRules
{
    private void TenureSpans(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        var people = ms.Where(x => x.Kind == MentionKind.Person && x.Name is not null && !x.Comitative).Select(x => x.Name!).Distinct(StringComparer.Ordinal).ToList();
        if (people.Count != 1 || _lexicon.HeadFinal)
        {
            return;
        }

        var person = people[0];
        for (var c = 0; c + 1 < ms.Count; c++)
        {
            if (ms[c].Kind != MentionKind.Cue || !ms[c].Has(Cue.TenureSpan) || ms[c + 1] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab }
                || ms[c + 1].First - ms[c].End > 1 || events.Exists(e => e.Person == person && e.Lab == lab) || Negated(ms, c))
            {
                continue;
            }

            events.Add(new ArticleEvent(EventKind.Work, person, lab, null, 0.7 * NameFactor(ms.Where(x => x.Name == person)), index, sentence.Start, sentence.End) { Former = true });
        }
    }
}
