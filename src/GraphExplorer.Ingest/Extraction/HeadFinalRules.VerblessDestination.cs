using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Japanese career prose often drops the verb of arrival: "2018年にAを離れ、Bへ。" leaves A and goes to B. The destination
/// stands after the departure verb, so the clause's labs (read backwards from the verb) never include it; it is taken only
/// when the sentence ends right after "へ", so "Bへの出資" or "Bへ向かう途中" stay unread.
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>Sentence-final marks that may follow the bare destination.</summary>
    private static readonly char[] s_closing = ['。', '！', '!', '」', ' ', '\u3000', '\n', '\r'];

    /// <summary>The lab named by a verbless "…、Bへ。" right after the departure verb at <paramref name="k"/>, or null.</summary>
    private string? VerblessDestination(Sentence sentence, List<Mention> ms, int k)
    {
        if (Korean || k + 1 >= ms.Count || ms[k + 1] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } destination } lab)
        {
            return null;
        }

        // Only the verb's continuative ending and a comma stand between ("離れ、", "退社し、", "辞め、").
        var gap = _text.AsSpan(ms[k].CharEnd, lab.Start - ms[k].CharEnd);
        if (gap.Length is 0 or > 3 || gap[^1] != '、' || !gap[..^1].ToString().All(IsHiragana))
        {
            return null;
        }

        var rest = _text.AsSpan(lab.CharEnd, Math.Max(0, sentence.End - lab.CharEnd)).TrimEnd(s_closing);
        return rest is "へ" ? destination : null;
    }
}
