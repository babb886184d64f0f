using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean limits on whom a verb is about.</summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>
    /// Dependent nouns, and abstract nouns of time, cause and report, after a verb in the attributive form: the verb still
    /// belongs to the subject before it ("X는 메타로 이직한 것으로 알려졌다", "합류한 뒤", "떠난 지 1년 만에", "떠난 이유").
    /// </summary>
    private static readonly string[] DependentNouns = ["것", "뒤", "후", "지", "바", "데", "때", "만큼", "이후", "직후", "가운데", "셈", "만에", "뒤에", "후에", "때문", "이래", "상태", "바람에", "이유", "배경", "계기", "소식", "사실", "경험", "이력", "경력", "직후", "이래로", "덕분", "탓", "결과"];

    /// <summary>
    /// Whether the Korean verb at <paramref name="k"/> is in the attributive form and describes a noun after it that is
    /// no person the finder knows ("오픈AI로 이적한 한 연구원", "메타로 옮긴 인력"): the verb is about that noun, so the
    /// person named earlier in the sentence is not its subject.
    /// </summary>
    private bool DescribesUnnamedNoun(List<Mention> ms, int k)
    {
        if (!Korean)
        {
            return false;
        }

        var v = ms[k];
        var t = v.End;
        while (t < _tokens.Count && t - v.End < 3 && _tokens[t].Kind == TokenKind.Cjk && !_tokens[t].SpaceBefore)
        {
            t++;
        }

        if (t >= _tokens.Count || !_tokens[t].SpaceBefore || _tokens[t].Kind != TokenKind.Cjk || !MoveCues.KoreanAttributive(_text[_tokens[t - 1].End - 1]))
        {
            return false;
        }

        var wordEnd = t + 1;
        while (wordEnd < _tokens.Count && !_tokens[wordEnd].SpaceBefore && _tokens[wordEnd].Kind == TokenKind.Cjk)
        {
            wordEnd++;
        }

        var word = _text[_tokens[t].Start.._tokens[wordEnd - 1].End];
        return !Array.Exists(DependentNouns, d => word.StartsWith(d, StringComparison.Ordinal))
            && !ms.Exists(m => m.First >= t && m.First < wordEnd && (m.Kind == MentionKind.Person || m.Kind == MentionKind.Lab || m.Kind == MentionKind.Date || m.IsRole || m.IsVerb));
    }
}
