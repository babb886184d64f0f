using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A unit named right after a known lab, the way Chinese and Korean name a team or an institute inside a company:
/// "百度深度学习研究院科学家", "阿里巴巴通义实验室研究员", "네이버 하이퍼스케일 AI 조직의 이동규 리더". The unit's name joins the
/// lab's mention, so the title or the person after it attaches to the lab as after its bare name; left out, the unit's
/// characters stood between the lab and the title, and "深度学习实验室" was even read as a company of its own. The unit
/// nouns are data (<c>unitNouns</c> in the language's lexicon); the labelling rules name such a unit by its company.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>How many tokens a unit's name may take (Chinese writes one token a character).</summary>
    private const int MaxUnitTokens = 12;

    /// <summary>How many words a Korean unit's name may take ("하이퍼스케일 AI 조직").</summary>
    private const int MaxUnitWords = 3;

    /// <summary>The token after a unit's name that starts at <paramref name="at"/>, right after a known lab, or 0 when no
    /// unit noun closes the characters there.</summary>
    private int UnitAfterKnownLab(int at, int end)
    {
        var korean = _lexicon.Code == "ko";
        if (_lexicon.UnitNouns.Count == 0 || at >= end || (korean && !_tokens[at].SpaceBefore))
        {
            return 0;
        }

        var found = 0;
        var words = 1;
        for (var t = at; t < end && t - at < MaxUnitTokens; t++)
        {
            var token = _tokens[t];
            if (token.Kind is not (TokenKind.Cjk or TokenKind.Word)
                || (token.Kind == TokenKind.Cjk && NameStops.Contains(_text[token.Start], StringComparison.Ordinal))
                || (t > at && token.SpaceBefore && ++words > MaxUnitWords)
                // Another lab ends the unit; Korean names a lab only at a word's start ("하이퍼스케일" holds no "스케일").
                || (t > at && (!korean || token.SpaceBefore) && MatchGazetteer(t, end).Length > 0)
                || (korean && token.SpaceBefore && MatchCues(t, end).Length > 0))
            {
                break;
            }

            if (EndsWithUnitNoun(at, t) && (!korean || WordEndsAt(t + 1, end)))
            {
                found = t + 1;
            }
        }

        return found;
    }

    private bool EndsWithUnitNoun(int at, int last)
    {
        var span = _text.AsSpan(_tokens[at].Start, _tokens[last].End - _tokens[at].Start);
        foreach (var noun in _lexicon.UnitNouns)
        {
            if (span.EndsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A particle may follow a unit's noun ("조직의", "팀에서"); any other syllable makes it a longer word ("팀장", team leader).
    private bool WordEndsAt(int next, int end) =>
        next >= end || _tokens[next].SpaceBefore || _tokens[next].Kind != TokenKind.Cjk
        || (KoreanParticles + "을를에로").Contains(_text[_tokens[next].Start], StringComparison.Ordinal);
}
