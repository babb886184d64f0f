using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean subjects that belong to a clause describing a noun, not to the sentence's own verb.</summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>
    /// Whether every person named before the Korean move verb at <paramref name="k"/> is only the subject of an
    /// attributive clause that describes something else: "무라티가 설립한 싱킹머신즈의 임원 3명이 오픈AI로 합류했다" (the
    /// executives of the company Murati founded joined OpenAI), "저커버그가 이끄는 메타의 연구원이 떠났다". A person marked by
    /// 이/가 (not the topic 은/는, which spans the sentence) and followed by a verb in the attributive form is the subject of
    /// that verb only, so the move is not theirs. A dependent noun after the verb ("X가 떠난 뒤") keeps the subject.
    /// </summary>
    private bool OnlyEmbeddedSubjects(List<Mention> ms, int k)
    {
        if (!Korean)
        {
            return false;
        }

        var any = false;
        for (var i = 0; i < k; i++)
        {
            var person = ms[i];
            if (person.Kind != MentionKind.Person || person.Name is null)
            {
                continue;
            }

            if (person.Pronoun || !EmbeddedSubject(person, ms, i, k))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Whether the person at <paramref name="i"/> is marked by 이/가 and the next mention, before the verb at
    /// <paramref name="k"/>, is a verb in the attributive form that describes a noun (no dependent noun after it).</summary>
    private bool EmbeddedSubject(Mention person, List<Mention> ms, int i, int k)
    {
        var at = AfterPerson(person, ms);
        if (at >= _text.Length || _text[at] is not ('이' or '가') || (at + 1 < _text.Length && char.IsLetter(_text[at + 1])))
        {
            return false;
        }

        var j = i + 1;
        while (j < k && ms[j].Start < at)
        {
            j++; // titles and brackets folded into the person's phrase
        }

        if (j >= k || !ms[j].IsVerb)
        {
            return false;
        }

        return AttributiveWordAfter(ms[j]) is not null;
    }

    /// <summary>Endings of the copula's past attributive form: "A의 연구 책임자였던 X", "A 부사장이었던 X" (X, who was …).</summary>
    private static readonly string[] FormerCopulas = ["였던", "이었던", "이던"];

    /// <summary>
    /// Whether the words between a lab in the genitive and a person describe a post the person held there, closed by the
    /// copula's past attributive form ("오픈AI의 안전 연구 책임자였던 X가 앤트로픽으로 자리를 옮겼다"): the post is a tenure
    /// at that lab, so a move the sentence states next starts there.
    /// </summary>
    private bool KoreanFormerPost(ReadOnlySpan<char> copula, List<Mention> ms, int lab, int person)
    {
        if (!Korean)
        {
            return false;
        }

        foreach (var ending in FormerCopulas)
        {
            if (copula.EndsWith(ending, StringComparison.Ordinal))
            {
                return ms.Skip(lab + 1).Take(person - lab - 1).Any(m => m.IsRole);
            }
        }

        return false;
    }
}
