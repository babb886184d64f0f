using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "元グーグルの研究者で、現在はメタに所属する X氏", "전 구글 연구원으로 현재는 메타에서 일하는 X", "X曾是前百度研究员，现任腾讯科学家",
/// "X, who left A last year, now works at B": a post marked as former or left and, after a word for "now" (the
/// lexicon's <c>currently</c>, or <c>currentlyAt</c> right before the lab), the lab the person is at today.
/// Reporting states a move this way when the move itself is not the news, so the sentence gives the move from the former
/// lab to the present one.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Adds the move from a former post to the present one stated after "now"; only for a sentence naming one person.</summary>
    private void FormerThenCurrent(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        var now = -1;
        var nowLength = 0;
        var labRightAfter = false;
        foreach (var (words, rightAfter) in new[] { (_lexicon.Currently, false), (_lexicon.CurrentlyAt, true) })
        {
            foreach (var word in words)
            {
                var at = _state.Text.IndexOf(word, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
                if (at >= 0 && (now < 0 || at < now))
                {
                    (now, nowLength, labRightAfter) = (at, word.Length, rightAfter);
                }
            }
        }

        var people = ms.Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null }).Select(m => m.Name!).Distinct(StringComparer.Ordinal).ToList();
        if (now < 0 || people.Count != 1)
        {
            return;
        }

        var person = people[0];
        // The former lab: "元"/"전"/"前" right before it, or a tenure this sentence already marks as past or left.
        string? former = null;
        for (var i = 0; i < ms.Count && ms[i].CharEnd <= now; i++)
        {
            if (ms[i] is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab }
                && ((i > 0 && ms[i - 1].Kind == MentionKind.Cue && ms[i - 1].Has(Lexicons.Cue.Former) && ms[i - 1].End == ms[i].First)
                    || events.Exists(e => e.Person == person && e.Lab == lab && (e.Former || e.Kind == EventKind.Leave))))
            {
                former = lab;
            }
        }

        // A phrase for "now" that ends in a preposition ("now works at", "travaille désormais chez") is followed by the lab
        // itself, at most after an article: "now works at scale with B" says nothing of where the person works.
        var after = now + nowLength;
        var reach = labRightAfter ? 5 : 40 - nowLength;
        var current = ms.FirstOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m.Start >= after && m.Start - after <= reach)?.Name;
        if (former is null || current is null || former == current
            || events.Exists(e => e.Person == person && e.Kind is EventKind.Join or EventKind.Move && e.Lab == current && e.From is not null))
        {
            return;
        }

        if (!events.Exists(e => e.Person == person && e.Lab == former))
        {
            events.Add(new ArticleEvent(EventKind.Work, person, former, null, 0.7, index, sentence.Start, sentence.End) { Former = true });
        }

        events.RemoveAll(e => e.Person == person && e.Kind is EventKind.Join or EventKind.Move && e.Lab == current);
        events.Add(new ArticleEvent(EventKind.Join, person, current, null, 0.7, index, sentence.Start, sentence.End) { From = former });
    }
}
