using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean ways of stating a move or a founding that the particle reading of one verb misses.</summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>Words after a lab that make it the topic as "also" does: "퍼플렉시티 역시 …", "메타 또한 …".</summary>
    private static readonly string[] TopicAdverbs = [" 역시", " 또한"];

    /// <summary>Whether only an ending follows the verb in its sentence ("設立した。", "創業したという。").</summary>
    private bool EndsTheSentence(Mention verb)
    {
        var end = _state.Sentences[_state.CurrentSentence].End;
        var rest = _text.AsSpan(verb.CharEnd, Math.Max(0, end - verb.CharEnd)).TrimEnd();
        return rest.Length <= 8 && !rest.ContainsAny("、，,") && rest.IndexOfAnyInRange('\u4E00', '\u9FFF') < 0 && rest.IndexOfAnyInRange('\u30A1', '\u30FA') < 0;
    }

    /// <summary>
    /// The founded company of a Korean founding verb with no object: the lab the sentence is about (its topic, or a lab
    /// followed by "역시"/"또한") when a person marked as the subject stands between it and the verb, as the press writes
    /// "오픈AI는 2015년 X와 Y가 설립했다" and "퍼플렉시티 역시 오픈AI 출신인 X가 설립했다". The topic may stand before a
    /// clause that only describes the founder ("출신인"), so the whole sentence before the verb is searched. Null otherwise.
    /// </summary>
    private string? KoreanTopicFounded(List<Mention> ms, int k, List<(Mention Lab, CaseMark? Mark)> labs)
    {
        // Japanese tells it the same way ("ヒバリは、楽天出身の鈴木氏が2023年に創業した"), but its founding verb also ends a
        // clause describing a noun ("山田氏が設立した会社に出資した"): only a verb that ends the sentence counts there.
        if ((!Korean && !EndsTheSentence(ms[k])) || k == 0 || labs.Exists(l => l.Mark == CaseMark.Object))
        {
            return null;
        }

        var subject = ms.FindLastIndex(k - 1, k, m => m.Kind == MentionKind.Person && m.Name is not null && SubjectMarked(m, ms));
        if (subject < 0 || ms.Take(k).Skip(subject + 1).Any(m => m.IsVerb || m.Kind == MentionKind.Lab))
        {
            return null; // no subject, or another verb or lab between it and the founding verb
        }

        for (var i = subject - 1; i >= 0; i--)
        {
            var lab = ms[i];
            if (lab is not { Kind: MentionKind.Lab, Modifier: false, Name: not null })
            {
                continue;
            }

            var topic = MarkAt(lab.CharEnd) == CaseMark.Topic || Array.Exists(TopicAdverbs, a => _text.AsSpan(lab.CharEnd).StartsWith(a, StringComparison.Ordinal));
            if (topic)
            {
                return lab.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a Korean verb of work ends in the connective "-다가"/"-다" before more of the sentence ("AMD에서 근무하다가
    /// 엔비디아를 설립했다", "LG전자에서 디자인을 담당하다 2006년 모토롤라로 옮겨"): the work stopped there for what the
    /// sentence tells next, so the lab is left rather than only worked at.
    /// </summary>
    private bool KoreanWorkedUntil(Mention verb)
    {
        if (!Korean)
        {
            return false;
        }

        var t = verb.End;
        while (t < _tokens.Count && t - verb.End < 3 && _tokens[t].Kind == TokenKind.Cjk && !_tokens[t].SpaceBefore)
        {
            t++;
        }

        var word = _text.AsSpan(verb.Start, Math.Max(0, _tokens[t - 1].End - verb.Start));
        return word.Length > 2 && (word.EndsWith("다가", StringComparison.Ordinal) || word.EndsWith("하다", StringComparison.Ordinal))
            && t < _tokens.Count && _tokens[t].SpaceBefore && _tokens[t].Kind != TokenKind.Punct;
    }

    /// <summary>Nouns a founding verb's attributive form describes in a cleft ("창업한 회사가 B다"): the company founded.</summary>
    private static readonly string[] FoundedCompanyNouns = ["회사가", "회사는", "회사도", "기업이", "기업은", "스타트업이", "스타트업은", "업체가", "업체는", "곳이", "곳은", "곳도"];

    /// <summary>Copula endings that close a cleft on the lab it names ("… 회사가 앤트로픽이다", "… 곳이 캐릭터.AI다").</summary>
    private static readonly string[] CleftCopulas = ["이다", "다.", "다 ", "였다", "이었다", "이라는", "라는"];

    /// <summary>
    /// The company of a Korean founding cleft: "X가 A를 그만두고 창업한 회사가 B다" (the company X founded is B). The
    /// founding verb in the attributive form describes a company noun marked as the subject, and the lab right after it
    /// closes the sentence with the copula. Null otherwise.
    /// </summary>
    private string? KoreanCleftFounded(List<Mention> ms, int k)
    {
        if (!Korean || !ms[k].Has(Cue.Found))
        {
            return null;
        }

        var t = ms[k].End;
        while (t < _tokens.Count && t - ms[k].End < 3 && _tokens[t].Kind == TokenKind.Cjk && !_tokens[t].SpaceBefore)
        {
            t++;
        }

        if (t >= _tokens.Count || !_tokens[t].SpaceBefore || !MoveCues.KoreanAttributive(_text[_tokens[t - 1].End - 1]))
        {
            return null;
        }

        var nounStart = _tokens[t].Start;
        var noun = Array.Find(FoundedCompanyNouns, n => _text.AsSpan(nounStart).StartsWith(n, StringComparison.Ordinal));
        if (noun is null)
        {
            return null;
        }

        var lab = ms.Find(m => m.Start > nounStart);
        return lab is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && lab.Start <= nounStart + noun.Length + 4
            && Array.Exists(CleftCopulas, c => _text.AsSpan(lab.CharEnd).StartsWith(c, StringComparison.Ordinal))
            ? lab.Name
            : null;
    }

    /// <summary>
    /// Where a Korean verb of work places the person when only "에" marks a lab: "LG전자에 5년간 몸담았다가", "메타에
    /// 재직 중인" (몸담다 and 재직 take 에 as often as 에서). Null for other languages or when no lab is so marked.
    /// </summary>
    private Mention? KoreanWorkPlace(List<(Mention Lab, CaseMark? Mark)> labs) =>
        Korean ? labs.FirstOrDefault(l => l.Mark == CaseMark.To).Lab : null;
}
