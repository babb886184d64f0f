using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese hires with their origin: "甲从乙挖走了张三" (A poached Zhang San from B) and the passive "张三被甲从乙挖走",
/// where the lab next to the verb is the one left, not the one joined.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>Adds the moves of a Chinese hire stated with "从" + the lab left; false when the sentence has no such origin.</summary>
    private bool ChineseRecruitFrom(int index, Sentence sentence, List<Mention> ms, int k, List<ArticleEvent> events)
    {
        var from = -1;
        for (var b = k - 1; b >= 0 && !ms[b].IsVerb; b--)
        {
            if (ms[b].Kind == MentionKind.Cue && ms[b].Has(Cue.FromPrep) && b + 1 < k && ms[b + 1] is { Kind: MentionKind.Lab, Modifier: false, Name: not null })
            {
                from = b;
                break;
            }
        }

        if (from < 0)
        {
            return ChinesePassiveHire(index, sentence, ms, k, events);
        }

        var source = ms[from + 1].Name!;
        var by = ms.FindLastIndex(from, x => x.Kind == MentionKind.Cue && x.Has(Cue.PassiveBy));
        string? recruiter = null;
        var people = new List<Mention>();
        if (by >= 0 && by + 1 < from && ms[by + 1] is { Kind: MentionKind.Lab, Modifier: false, Name: { } byLab })
        {
            // "张三被甲从乙挖走": the people before "被".
            recruiter = byLab;
            var subject = ms.FindLastIndex(by, x => x.Kind == MentionKind.Person && x.Name is not null);
            if (subject >= 0)
            {
                people.Add(ms[subject]);
                people.AddRange(Coordinated(ms, subject, forward: false).Where(x => x.Name is not null));
            }
        }
        else
        {
            // "甲从乙挖走了张三": the lab before "从" hires, the people after the verb are hired.
            for (var b = from - 1; b >= 0 && !ms[b].IsVerb && ms[b].Kind != MentionKind.Person; b--)
            {
                if (ms[b] is { Kind: MentionKind.Lab, Modifier: false, Name: { } name })
                {
                    recruiter = name;
                    break;
                }
            }

            var first = ms.FindIndex(k + 1, x => x.Kind == MentionKind.Person || x.IsVerb);
            if (first >= 0 && ms[first] is { Kind: MentionKind.Person, Name: not null })
            {
                people.Add(ms[first]);
                people.AddRange(Coordinated(ms, first, forward: true).Where(x => x.Name is not null));
            }
        }

        if (recruiter is null || recruiter == source || people.Count == 0)
        {
            return false;
        }

        var date = DateFor(index, ms, k);
        foreach (var person in people)
        {
            person.Object = true;
            events.Add(new ArticleEvent(EventKind.Join, person.Name!, recruiter, date, 0.8 * NameFactor([person]), index, sentence.Start, sentence.End) { From = source });
        }

        return true;
    }
}
