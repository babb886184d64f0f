using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// "元グーグルの研究者2人が新AI企業を設立した", "OpenAIを退社したX氏が新会社を立ち上げた": the company founded is named
/// only by a common noun, so the sentence states no founding of a named company; the lab in the genitive before the
/// person ("グーグルの") is where they worked, never what they founded. A company as the subject founds a unit or a
/// company of its own, which no person in the sentence founded.
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>Nouns that name a company by its kind, not by its name.</summary>
    private static readonly string[] s_companyNouns = ["企業", "会社", "法人", "スタートアップ", "ベンチャー", "研究所", "ラボ"];

    /// <summary>
    /// Whether the founding verb at <paramref name="k"/> founds no named company for a person: its object is a company
    /// named only by its kind ("新AI企業を設立"), or a company is its subject and founds a unit ("Google Brainが東京チームを設立").
    /// </summary>
    private bool FoundsUnnamedCompany(List<Mention> ms, int k, List<(Mention Lab, CaseMark? Mark)> labs)
    {
        if (Korean)
        {
            return false;
        }

        if (labs.Exists(l => l.Mark == CaseMark.Topic))
        {
            return true;
        }

        var at = ms[k].Start;
        while (at > 0 && _text[at - 1] == ' ')
        {
            at--;
        }

        if (at < 2 || _text[at - 1] != 'を')
        {
            return false;
        }

        var end = at - 1;
        if (ms.Exists(m => m.Kind == MentionKind.Lab && m.CharEnd >= end - 1 && m.CharEnd <= end))
        {
            return false; // a named lab stands in the slot
        }

        var start = end;
        while (start > 0 && end - start < 20 && !char.IsWhiteSpace(_text[start - 1]) && !char.IsPunctuation(_text[start - 1]) && !IsHiragana(_text[start - 1]))
        {
            start--;
        }

        var word = _text[start..end];
        foreach (var noun in s_companyNouns)
        {
            if (word.EndsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return _lexicon.Entries.Exists(c => c.Cue == Cue.StartupNoun && word.EndsWith(c.Phrase, StringComparison.Ordinal));
    }
}
