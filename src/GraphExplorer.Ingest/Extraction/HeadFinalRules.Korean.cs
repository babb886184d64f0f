using GraphExplorer.Ingest.Lexicons;
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

    /// <summary>The lab last marked as a sentence's subject ("삼성전자는 …", "이 회사가 …") and that sentence.</summary>
    private (string Lab, int Sentence)? _subjectLab;

    /// <summary>
    /// Korean drops a subject that continues from the sentences before: "삼성전자가 인재 영입에 나섰다. 최근 A 출신 X 씨를
    /// 부사장으로 영입했다" (Samsung hired X). Notes the first person or lab marked as a subject in each sentence; a person
    /// as subject ends the lab's run.
    /// </summary>
    private void NoteKoreanSubject(int index, List<Mention> ms)
    {
        if (!Korean)
        {
            return;
        }

        // "도" (also) may mark an object too, so only 은/는/이/가 name the subject.
        var first = ms.FirstOrDefault(m => (m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && SubjectParticle(m.CharEnd))
            || (m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && SubjectParticle(AfterPerson(m, ms))));
        if (first is not null)
        {
            _subjectLab = first.Kind == MentionKind.Lab ? (first.Name!, index) : null;
        }
    }

    /// <summary>The hirer of a Korean hiring verb whose sentence names none and no person as its subject: the lab that was
    /// the subject of one of the three sentences before.</summary>
    private string? DroppedHirer(int index, List<Mention> ms, int k) =>
        Korean && _subjectLab is { } s && s.Sentence < index && index - s.Sentence <= 3
            && !ms.Take(k).Any(m => m is { Kind: MentionKind.Person } && SubjectMarked(m, ms) && !AlsoHired(m, ms, k))
            ? s.Lab
            : null;

    /// <summary>
    /// "A 출신 X도 부사장으로 영입했다": before an active hiring verb, "도" (also) stands in for the object particle, so the
    /// person it marks is the one hired, not the hirer, when no other person is marked as the object.
    /// </summary>
    private bool AlsoHired(Mention person, List<Mention> ms, int k)
    {
        if (!Korean)
        {
            return false;
        }

        var at = AfterPerson(person, ms);
        return at < _text.Length && _text[at] == '도' && (at + 1 == _text.Length || !char.IsLetter(_text[at + 1]))
            && !ms.Take(k).Any(m => m.Kind == MentionKind.Person && ObjectMarked(m, ms));
    }

    private bool SubjectParticle(int at) =>
        at < _text.Length && "은는이가".Contains(_text[at], StringComparison.Ordinal) && (at + 1 == _text.Length || !char.IsLetter(_text[at + 1]));
}
