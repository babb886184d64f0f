using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>Korean hires stated by a hiring verb in the attributive form.</summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>Nouns a hiring verb's attributive form describes in a cleft ("B가 영입한 인물은 X다"): the hired person, named next.</summary>
    private static readonly string[] HiredPersonNouns = ["인물은", "인물이", "인물로", "사람은", "사람이", "주인공은", "주인공이", "인재는", "인재가", "이는"];

    /// <summary>
    /// "LG AI연구원은 … X 엔지니어도 합류했다고 전했다": an arrival with no lab of its own, reported by the lab that opens the
    /// sentence as its topic, is an arrival at that lab. Null when the verb is not reported (<see cref="LanguageLexicon.ReportedBy"/>)
    /// or no lab opens the sentence.
    /// </summary>
    private string? ReportingHirer(Sentence sentence, List<Mention> ms, int k)
    {
        var after = _text[ms[k].CharEnd..Math.Min(sentence.End, ms[k].CharEnd + 12)];
        if (_lexicon.ReportedBy.Count == 0 || !_lexicon.ReportedBy.Exists(r => after.Contains(r, StringComparison.Ordinal))
            || ms[0] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || MarkAfter(ms[0].CharEnd) != CaseMark.Topic)
        {
            return null;
        }

        return lab;
    }

    /// <summary>
    /// A hire stated by a hiring verb in the attributive form, as Korean news writes it: the cleft "카카오가 영입한 인물은
    /// 네이버 출신 X다" (the person Kakao hired is X, named after the verb), and the relative clause "A 출신 X를 영입한
    /// 카카오는 …" (Kakao, which hired X: the lab after the verb is the hirer). The origin is a lab marked "출신" or "에서"
    /// in the sentence, or a post the sentence already gave the person elsewhere. False when the verb is neither.
    /// </summary>
    private bool KoreanAttributiveHire(int index, Sentence sentence, List<Mention> ms, int k, List<ArticleEvent> events)
    {
        if (!Korean || Passive(ms[k]) || AttributiveWordAfter(ms[k]) is not { } next)
        {
            return false;
        }

        Mention? hirer = null;
        var hired = new List<Mention>();
        if (Array.Exists(HiredPersonNouns, n => _text.AsSpan(_tokens[next].Start).StartsWith(n, StringComparison.Ordinal)))
        {
            // The cleft: the hirer is the lab marked as the subject before the verb, the person the first one named after it.
            hirer = ms.Take(k).LastOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && MarkAt(m.CharEnd) == CaseMark.Topic);
            var first = ms.FindIndex(k + 1, m => m.Kind == MentionKind.Person);
            if (first >= 0 && ms[first] is { Pronoun: false, Name: not null } person)
            {
                hired.Add(person);
                // A roster ("구글 출신 X, 메타 출신 Y, 애플 출신 Z 연구원이다"): everyone listed after the first is hired too.
                for (var j = first + 1; j < ms.Count && (ms[j].Kind == MentionKind.Person || ms[j].IsRole || OriginOf(ms[j]) || ms[j].Kind == MentionKind.Cue && ms[j].Has(Cue.Coord)); j++)
                {
                    if (ms[j] is { Kind: MentionKind.Person, Pronoun: false, Name: not null } listed)
                    {
                        hired.Add(listed);
                    }
                }
            }
        }
        else if (ms.Skip(k + 1).FirstOrDefault(m => m.Kind is MentionKind.Lab or MentionKind.Person || m.IsVerb) is { Kind: MentionKind.Lab, Modifier: false, Name: not null } lab
            && lab.First == next && MarkAt(lab.CharEnd) == CaseMark.Topic)
        {
            // The relative clause: the people marked as objects before the verb, the hirer the lab the verb describes.
            hirer = lab;
            hired.AddRange(ms.Take(k).Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && ObjectMarked(m, ms)));
        }

        if (hirer?.Name is not { } hirerName || hired.Count == 0)
        {
            return false;
        }

        var marked = ms.FirstOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m != hirer && m.Name != hirerName
            && MarkAfter(m.CharEnd) is CaseMark.Former or CaseMark.From)?.Name;
        var date = _dateFor(index, ms, k);
        foreach (var person in hired)
        {
            person.Object = true;
            var origin = OriginBefore(ms, person) ?? marked ?? HeldElsewhere(events, person.Name!, hirerName);
            events.Add(new ArticleEvent(EventKind.Join, person.Name!, hirerName, date, 0.8 * (person.Unknown ? 0.9 : 1.0), index, sentence.Start, sentence.End) { From = origin });
        }

        return true;
    }

    /// <summary>Whether the mention is a lab marked as where someone came from ("구글 출신"), or the mark itself.</summary>
    private bool OriginOf(Mention m) =>
        (m is { Kind: MentionKind.Lab, Modifier: false } && MarkAfter(m.CharEnd) == CaseMark.Former) || (m.Kind == MentionKind.Cue && MarkAt(m.Start) == CaseMark.Former);

    /// <summary>The lab marked "출신" right before <paramref name="person"/> ("메타 출신 박하린"), the origin of that person only.</summary>
    private string? OriginBefore(List<Mention> ms, Mention person)
    {
        var lab = ms.LastOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m.CharEnd <= person.Start);
        return lab is not null && _lexicon.IsParticle(CaseMark.Former, _text[lab.CharEnd..person.Start]) ? lab.Name : null;
    }

    /// <summary>The first token of the word after a Korean verb in the attributive form ("영입한 인물은"), or null when the
    /// verb is not in that form or a dependent noun follows ("영입한 뒤": the clause goes on with the same subject).</summary>
    private int? AttributiveWordAfter(Mention verb)
    {
        var t = verb.End;
        while (t < _tokens.Count && t - verb.End < 3 && _tokens[t].Kind == TokenKind.Cjk && !_tokens[t].SpaceBefore)
        {
            t++;
        }

        if (t >= _tokens.Count || !_tokens[t].SpaceBefore || !MoveCues.KoreanAttributive(_text[_tokens[t - 1].End - 1]))
        {
            return null;
        }

        var word = _text.AsSpan(_tokens[t].Start);
        foreach (var dependent in DependentNouns)
        {
            if (word.StartsWith(dependent, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return t;
    }
}
