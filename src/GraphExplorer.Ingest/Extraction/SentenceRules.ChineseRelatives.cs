using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese relative clauses that describe a person named after them: "2017年加入阿里的王刚" (Wang Gang, who joined
/// Alibaba in 2017), "曾在Meta工作十余年的Anthropic软件工程师Omar Reid". The verb's subject is the person after "的",
/// not the nearest person before the verb, who belongs to another clause of the sentence (an earlier list item).
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Tokens between the verb and "的": the verb's object, a time span ("十余年"), an aspect mark.</summary>
    private const int MaxRelativeClauseTail = 8;

    /// <summary>Han characters between "的" and the person that no lab or title covers ("软件" in "软件工程师").</summary>
    private const int MaxUncoveredBeforeHead = 3;

    /// <summary>The person a Chinese relative clause ending in "的" describes, when the verb at <paramref name="k"/> is in one; else null.</summary>
    private Mention? ChineseRelativeClauseHead(List<Mention> ms, int k)
    {
        if (!_lexicon.Code.StartsWith("zh", StringComparison.Ordinal))
        {
            return null;
        }

        var sentenceEnd = _state.Sentences[_state.CurrentSentence].EndToken;
        var of = -1;
        for (var t = ms[k].End; t < sentenceEnd && t - ms[k].End <= MaxRelativeClauseTail; t++)
        {
            if (_tokens[t].Key is "的")
            {
                of = t;
                break;
            }

            // "曾在Meta工作…的": the work verb that closes a "曾在" phrase is part of the same clause.
            if (_tokens[t].Kind == TokenKind.Punct || ms.Exists(m => m.First == t && ((m.IsVerb && !(ms[k].Has(Cue.Work) && m.Has(Cue.Work))) || m.Kind == MentionKind.Person)))
            {
                return null; // the clause ends, or another verb or a person comes first: no relative clause of this verb
            }
        }

        if (of < 0)
        {
            return null;
        }

        // After "的": at most a lab and a title, then the person ("的Anthropic软件工程师Omar Reid", "的王刚").
        var uncovered = 0;
        for (var t = of + 1; t < sentenceEnd; t++)
        {
            if (ms.FirstOrDefault(m => m.First == t) is { } m)
            {
                if (m.Kind == MentionKind.Person)
                {
                    return m.Name is not null && !m.Pronoun ? m : null;
                }

                if (m.IsVerb || !(m.Kind == MentionKind.Lab || m.IsRole || m.Has(Cue.Former)))
                {
                    return null;
                }

                t = m.End - 1;
                continue;
            }

            if (_tokens[t].Kind == TokenKind.Punct || ++uncovered > MaxUncoveredBeforeHead)
            {
                return null;
            }
        }

        return null;
    }
}
