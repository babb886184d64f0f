using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "山田太郎氏（元グーグル）", "王磊（前百度研究员）", "최성호(전 구글 연구원)": Japanese, Korean and Chinese news give a person's
/// former employer in brackets right after the name. The bracket states a past tenure, which the sentence's arrival
/// ("…がメタに入社した") turns into the move.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Adds a past tenure for each person followed by a bracket that opens with "former" and names a lab.</summary>
    private void FormerInBrackets(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var p = 0; p + 2 < ms.Count; p++)
        {
            if (ms[p] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } person })
            {
                continue;
            }

            // The bracket opens right after the name or its honorific (氏, さん, 씨).
            var open = ms[p].End;
            while (open < sentence.EndToken && open - ms[p].End < 2 && _tokens[open].Key is "氏" or "さ" or "ん" or "씨")
            {
                open++;
            }

            if (open >= sentence.EndToken || _tokens[open].Key != "(" || ms[p + 1] is not { Kind: MentionKind.Cue } former || !former.Has(Cue.Former)
                || former.First != open + 1 || ms[p + 2] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || ms[p + 2].First != former.End)
            {
                continue;
            }

            if (!events.Exists(e => e.Person == person && e.Lab == lab))
            {
                events.Add(new ArticleEvent(EventKind.Work, person, lab, null, 0.7, index, sentence.Start, sentence.End) { Former = true });
            }
        }
    }
}
