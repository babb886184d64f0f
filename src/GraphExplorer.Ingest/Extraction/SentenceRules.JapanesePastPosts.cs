using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Japanese news introduces a person by the post held before the news, in the clause before the name:
/// "元AのX氏" (ex-A's X) and "Aの副社長だったX氏", "Aで研究を率いていたX氏" (X, who was vice-president of A / who led
/// research at A). That post is the one the person left, so a founding or an arrival told in the same sentence is a
/// move from A, as "former A researcher X co-founded B" is in English.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Endings of a clause that tells a post held in the past, right before the name it describes.</summary>
    private static readonly string[] s_pastPostEndings = ["だった", "であった", "務めた", "務めていた", "ていた", "でいた"];

    /// <summary>
    /// Marks as former the person's post at a lab told in a past clause right before the name ("Aで研究を率いていたX氏を採用"),
    /// when the sentence also tells the person's founding of or arrival at another lab; the post is added when no other
    /// rule read it.
    /// </summary>
    private void JapanesePastPosts(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.Code != "ja")
        {
            return;
        }

        ExLabPeople(index, sentence, ms, events);

        foreach (var arrival in events.Where(a => a.Kind is EventKind.FoundEvent or EventKind.Join or EventKind.Move && a.From is null && a.Lab is not null).ToList())
        {
            var person = ms.FindIndex(m => m.Kind == MentionKind.Person && m.Name == arrival.Person);
            var labMention = person < 0 ? -1 : ms.FindLastIndex(person, m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m.Name != arrival.Lab);
            if (labMention < 0 || ms[labMention].Name is not { } lab)
            {
                continue;
            }

            var clause = _state.Text[ms[labMention].CharEnd..ms[person].Start].TrimEnd();
            if (clause.Length > 24 || clause.IndexOfAny(['、', '。', ',', '，']) >= 0 || !Array.Exists(s_pastPostEndings, w => clause.EndsWith(w, StringComparison.Ordinal)))
            {
                continue;
            }

            MarkFormerPost(index, sentence, events, arrival.Person, lab);
        }
    }

    /// <summary>Marks the person's posts at the lab as former ones, or adds a former post there when the sentence gave none.</summary>
    private static void MarkFormerPost(int index, Sentence sentence, List<ArticleEvent> events, string person, string lab)
    {
        var marked = false;
        for (var e = 0; e < events.Count; e++)
        {
            if (events[e] is { Kind: EventKind.Role or EventKind.Work } post && post.Person == person && post.Lab == lab)
            {
                events[e] = post with { Former = true };
                marked = true;
            }
        }

        if (!marked)
        {
            events.Add(new ArticleEvent(EventKind.Work, person, lab, null, 0.75, index, sentence.Start, sentence.End) { Former = true });
        }
    }

    /// <summary>
    /// "元アマゾンのX氏": 元 written right before a lab's name, then の and the person: the Japanese "ex-A X". The person's
    /// post at the lab is a former one (the English "ex-OpenAI" takes a hyphen that Japanese does not write).
    /// </summary>
    private void ExLabPeople(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var k = 0; k + 3 < ms.Count; k++)
        {
            if (ms[k] is not { Kind: MentionKind.Cue, IsRole: false } || !ms[k].Has(Cue.Former)
                || ms[k + 1] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || ms[k + 1].Start != ms[k].CharEnd
                || !ms[k + 2].Has(Cue.Genitive) || ms[k + 2].Start != ms[k + 1].CharEnd
                || ms[k + 3] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } person } || ms[k + 3].Start != ms[k + 2].CharEnd)
            {
                continue;
            }

            MarkFormerPost(index, sentence, events, person, lab);
        }
    }
}
