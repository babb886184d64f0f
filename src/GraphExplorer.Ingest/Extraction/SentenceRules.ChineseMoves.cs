using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese moves the verb rules miss because the move is not a verb with its subject: a hire stated in the passive
/// without an origin ("谷歌研究员张三被Meta挖走", Zhang San was poached by Meta) and an arrival stated by a noun
/// ("随着张三的加盟，某某科技……", "某某科技迎来张三的加入"). In both the lab in the person's own title ("谷歌研究员") is
/// where they came from.
/// </summary>
internal sealed partial class SentenceRules
{
    /// <summary>"张三被甲挖走": the lab right after "被" hires the person before it; false when the sentence is not so built.</summary>
    private bool ChinesePassiveHire(int index, Sentence sentence, List<Mention> ms, int k, List<ArticleEvent> events)
    {
        var by = ms.FindLastIndex(k, x => x.Kind == MentionKind.Cue && x.Has(Cue.PassiveBy));
        if (by < 0 || by + 2 > k || ms[by + 1] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } hirer }
            || ms.Skip(by + 2).Take(k - by - 2).Any(x => x.Kind is MentionKind.Person or MentionKind.Lab || x.IsVerb))
        {
            // "被Meta高薪延揽": words of manner may stand between the hirer and the verb, no other lab or person.
            return false;
        }

        var subject = ms.FindLastIndex(by, x => x.Kind == MentionKind.Person || x.IsVerb);
        if (subject < 0 || ms[subject] is not { Kind: MentionKind.Person, Pronoun: false, Name: not null })
        {
            return false;
        }

        var people = new List<Mention> { ms[subject] };
        people.AddRange(Coordinated(ms, subject, forward: false).Where(x => x.Name is not null));
        var date = DateFor(index, ms, k);
        foreach (var person in people)
        {
            var from = OwnTitleLab(ms, ms.IndexOf(person));
            person.Object = true;
            events.Add(new ArticleEvent(EventKind.Join, person.Name!, hirer, date, 0.8 * NameFactor([person]), index, sentence.Start, sentence.End) { From = from != hirer ? from : null });
        }

        return true;
    }

    /// <summary>
    /// "张三的加盟" / "张三的加入": an arrival as a noun. The lab joined is the first one after the noun ("随着张三的加盟，
    /// 某某科技……") or, when none follows, the one that opens the sentence ("某某科技迎来了张三的加入").
    /// </summary>
    private void ChineseJoinNouns(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        for (var p = 0; p + 2 < ms.Count; p++)
        {
            if (ms[p] is not { Kind: MentionKind.Person, Pronoun: false, Name: { } person }
                || ms[p + 1] is not { Kind: MentionKind.Cue } genitive || !genitive.Has(Cue.Genitive) || genitive.First != ms[p].End
                || !ms[p + 2].Has(Cue.Join) || ms[p + 2].First != genitive.End
                || events.Exists(e => e.Kind is EventKind.Join or EventKind.Move && e.Person == person))
            {
                continue;
            }

            var after = ms.FindIndex(p + 3, x => x.Kind == MentionKind.Person || (x.Kind == MentionKind.Lab && !x.Modifier && !x.TitleLab && !TitleLab(ms, x)));
            var lab = after >= 0 && ms[after].Kind == MentionKind.Lab ? ms[after].Name
                : ms.Count > 0 && ms[0] is { Kind: MentionKind.Lab, Modifier: false, Name: { } opener } && !TitleLab(ms, ms[0]) && ms[0].First - sentence.FirstToken <= 1 ? opener
                : null;
            var from = OwnTitleLab(ms, p);
            if (lab is null || lab == from)
            {
                continue;
            }

            events.Add(new ArticleEvent(EventKind.Join, person, lab, DateFor(index, ms, p + 2), 0.7 * NameFactor([ms[p]]), index, sentence.Start, sentence.End) { From = from });
        }
    }

    /// <summary>
    /// "前阿里巴巴副总裁", "原华为美国研究院的高管": Han lab names are one token a character, so the distance that ties
    /// "前"/"原" to its title in Latin text is too short here. The marker opens the lab, and between the lab and the
    /// title stand at most a unit's name and "的".
    /// </summary>
    private bool ChineseFormerTitle(List<Mention> ms, int marker, int title)
    {
        if (!_lexicon.Code.StartsWith("zh", StringComparison.Ordinal) || marker + 1 >= title
            || ms[marker + 1] is not { Kind: MentionKind.Lab, Modifier: false } lab || lab.First != ms[marker].End)
        {
            return false;
        }

        var between = ms.Skip(marker + 2).Take(title - marker - 2).ToList();
        return between.TrueForAll(x => x.Kind == MentionKind.Cue && x.Has(Cue.Genitive)) && ms[title].First - lab.End <= 6;
    }

    /// <summary>The lab of the title right before a person ("谷歌研究员张三", "前百度高管张三"), or null.</summary>
    private static string? OwnTitleLab(List<Mention> ms, int person)
    {
        var b = person - 1;
        while (b >= 0 && (ms[b].IsRole || (ms[b].Kind == MentionKind.Cue && ms[b].Has(Cue.Former) && !ms[b].IsVerb)))
        {
            b--;
        }

        return b < person - 1 && b >= 0 && ms[b] is { Kind: MentionKind.Lab, Modifier: false, Name: { } lab } && ms[b + 1].First - ms[b].End <= 1 ? lab : null;
    }
}
