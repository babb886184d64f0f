using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Rules for constructions of Latin-script news that need the sentence rules' own helpers (appositions).</summary>
internal sealed partial class SentenceRules
{
    /// <summary>
    /// "X, a Google veteran, …", "OpenAI alum X", "X, an alumna of DeepMind": a veteran or alumnus of a lab worked there
    /// before, which the article's arrival then makes the origin of the move.
    /// </summary>
    private void LabAlumni(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var c = 0; c < ms.Count; c++)
        {
            if (ms[c].Kind != MentionKind.Cue || !ms[c].Has(Cue.Alumnus))
            {
                continue;
            }

            string? lab = null;
            var labEnd = ms[c].End;
            if (c > 0 && ms[c - 1] is { Kind: MentionKind.Lab, Modifier: false, Name: { } before } && ms[c].First - ms[c - 1].End <= 1)
            {
                lab = before;
            }
            else if (c + 2 < ms.Count && ms[c + 1].Kind == MentionKind.Cue && ms[c + 1].Has(Cue.Genitive) && ms[c + 1].First - ms[c].End <= 1
                && ms[c + 2] is { Kind: MentionKind.Lab, Modifier: false, Name: { } after } && ms[c + 2].First - ms[c + 1].End <= 1)
            {
                lab = after;
                labEnd = ms[c + 2].End; // "el veterano de Google X", "o veterano do Google X": the name follows the lab
            }

            if (lab is null)
            {
                continue;
            }

            var person = AppositivePerson(ms, c);
            var next = ms.FindIndex(c + 1, x => x.Kind == MentionKind.Person || x.IsVerb);
            if (person < 0 && next >= 0 && ms[next] is { Kind: MentionKind.Person, Pronoun: false } && ms[next].First - labEnd <= 1)
            {
                person = next; // "Google veteran Jane Doe"
            }

            if (person >= 0 && ms[person].Name is { } name)
            {
                events.Add(new ArticleEvent(EventKind.Work, name, lab, null, 0.75 * NameFactor([ms[person]]), index, sentence.Start, sentence.End) { Former = true });
            }
        }
    }
}
