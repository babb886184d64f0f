using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese describes a person by a relative clause closed with "的" before the name: "曾在谷歌工作的陈峰", "百度出身的周杰",
/// "来自阿里巴巴的研究员王磊". The clause states a tenure; when the same sentence has the person arrive somewhere else
/// ("…的陈峰近日加入腾讯"), it is the tenure left, which makes the move.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>How many mentions back a "的" clause is read at most, so a sentence without punctuation stays linear.</summary>
    private const int MaxClauseMentions = 24;

    /// <summary>Adds the tenures stated in a "的" clause before a person's name (former when the person arrives elsewhere).</summary>
    private void ChineseDescribedTenures(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var p = 1; p < ms.Count; p++)
        {
            if (ms[p] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null })
            {
                continue;
            }

            // "的" right before the name, or before a title right before it ("的研究员王磊").
            var head = ms[p - 1].IsRole && ms[p - 1].End == ms[p].First ? p - 1 : p;
            var de = ms[head].First - 1;
            if (de < sentence.FirstToken || _tokens[de].Key != "的")
            {
                continue;
            }

            var lab = DescribedTenureLab(ms, head, de, out var past);
            if (lab is null)
            {
                continue;
            }

            // "曾任职于谷歌的王强和刘洋": the clause describes everyone listed after it, not only the first name.
            foreach (var described in Coordinated(ms, p, forward: true).Prepend(ms[p]))
            {
                if (described.Name is not { } name || described.Pronoun || events.Exists(e => e.Person == name && e.Lab == lab))
                {
                    continue;
                }

                var arrives = events.Exists(e => e.Person == name && e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && e.Lab != lab);
                events.Add(new ArticleEvent(EventKind.Work, name, lab, null, 0.7 * NameFactor([described]), index, sentence.Start, sentence.End) { Former = past || arrives });
            }
        }
    }

    /// <summary>
    /// The lab of a tenure clause ending at the "的" token <paramref name="de"/>: a work verb ("工作", "任职", "出身") with a lab
    /// before it, or "来自" with a lab after it, and no other verb or person in the clause (it starts after the last
    /// punctuation). Null when the clause states no tenure.
    /// </summary>
    private string? DescribedTenureLab(List<Mention> ms, int head, int de, out bool past)
    {
        past = false;
        string? lab = null;
        var work = false;
        for (var b = head - 1; b >= 0 && head - b <= MaxClauseMentions; b--)
        {
            var m = ms[b];
            if (HasClauseBreak(m.End, b + 1 < head ? ms[b + 1].First : de))
            {
                break;
            }

            if (m.Kind == MentionKind.Person || (m.IsVerb && !m.Has(Cue.Work)))
            {
                return null;
            }

            if (m.IsVerb)
            {
                work = true;
                past |= m.Cues!.Exists(c => c.Past);
            }
            else if (m is { Kind: MentionKind.Lab, Modifier: false, Name: { } name } && lab is null)
            {
                lab = name;
                if (AfterComesFrom(m))
                {
                    work = true;
                    past = true;
                }
            }
        }

        return work ? lab : null;
    }

    /// <summary>
    /// "联合创始人林晓则来自腾讯": a co-founder who "comes from" a lab worked there before the company founded, so the stint is
    /// past (and the move to the company follows). Only for founders: "来自腾讯的王浩表示" is as often a current employee.
    /// </summary>
    private void ChineseFounderOrigins(int index, Sentence sentence, List<Mention> ms, List<RoleBinding> roles, List<ArticleEvent> events)
    {
        foreach (var binding in roles.Where(b => b.Founder))
        {
            for (var i = 1; i < ms.Count; i++)
            {
                var p = ms.FindLastIndex(i - 1, x => x.Kind == MentionKind.Person || x.IsVerb);
                if (ms[i] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } || lab == binding.Lab || !AfterComesFrom(ms[i])
                    || p < 0 || ms[p] is not { Kind: MentionKind.Person, Name: { } person } || !binding.People.Contains(person) || ms[i].First - ms[p].End > 3)
                {
                    continue;
                }

                events.Add(new ArticleEvent(EventKind.Work, person, lab, null, binding.Confidence * 0.9, index, sentence.Start, sentence.End) { Former = true });
            }
        }
    }

    /// <summary>Whether the mention follows "来自" ("comes from"), which names where a person worked before.</summary>
    private bool AfterComesFrom(Mention m) =>
        m.Start >= 2 && _state.Text.AsSpan(m.Start - 2, 2) is var before && (before.SequenceEqual("来自") || before.SequenceEqual("來自"));

    private bool HasClauseBreak(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (_tokens[t].Kind == TokenKind.Punct && _tokens[t].Key is "，" or "," or "。" or "；" or ";" or "：" or ":" or "、")
            {
                return true;
            }
        }

        return false;
    }
}
