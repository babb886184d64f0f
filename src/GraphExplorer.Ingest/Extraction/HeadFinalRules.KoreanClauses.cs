using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean modifier clauses that place the person they describe at a lab, however long they run.</summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>How many characters a modifier clause may run between its lab and the person it describes.</summary>
    private const int RetrospectiveClauseLength = 40;

    /// <summary>
    /// "삼성전자에서 음성인식 모델 개발을 연구하던 최유나 씨가 …" (but not "삼성전자에서 만났던 X"): a lab marked "에서", then a clause ending in the
    /// retrospective "-던" of a verb of doing or leading (<see cref="LanguageLexicon.PastWorkEndings"/>) right before a person: the person used to work at that lab. The clause
    /// may name no other person, lab or verb of moving in between; the post the person held there is not read.
    /// </summary>
    private void KoreanRetrospectiveClauses(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (!Korean)
        {
            return;
        }

        for (var i = 0; i + 1 < ms.Count; i++)
        {
            if (ms[i] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || MarkAfter(ms[i].CharEnd) != CaseMark.From)
            {
                continue;
            }

            var next = ms.FindIndex(i + 1, m => m.Kind is MentionKind.Person or MentionKind.Lab || m.IsVerb);
            if (next >= 0 && next + 1 < ms.Count && ms[next].IsVerb && ms[next + 1].Kind == MentionKind.Person
                && _lexicon.CameFromEndings.Exists(e => _text[ms[i].CharEnd..ms[next + 1].Start].TrimEnd().EndsWith(e, StringComparison.Ordinal) && ms[next].Start >= ms[next + 1].Start - e.Length - 1))
            {
                next++; // "카카오에서 옮겨온 X": the moving verb is the clause's own ending, so the person it describes came from the lab
            }

            if (next < 0 || ms[next] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } person } described
                || described.Start - ms[i].CharEnd > RetrospectiveClauseLength
                || !_lexicon.PastWorkEndings.Concat(_lexicon.CameFromEndings).Any(e => _text[ms[i].CharEnd..described.Start].TrimEnd().EndsWith(e, StringComparison.Ordinal))
                || events.Exists(e => e.Person == person && e.Lab == lab))
            {
                continue;
            }

            events.Add(new ArticleEvent(EventKind.Work, person, lab, null, 0.8, index, sentence.Start, sentence.End) { Former = true });
        }
    }
}
