using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The post a mover takes at the lab they went to when the sentence tells it by a verb of leading or by a word put
/// before the title, in any language: "left A to run applied research at B", "se incorpora a B para liderar su negocio",
/// "kini memimpin tim AI B", "加入B，负责推理框架", "B의 LLM 사업부를 이끌게 되며", "started at B as vice president of
/// infrastructure", "dirige désormais le laboratoire … à titre de vice-présidente", "出任长文本推理方向研究负责人". The
/// sentence rules find no title bound to B in these (a verb is no title, and a title after the arrival is taken by the
/// lab nearest to it, often the origin named in an aside), so the destination had no WORKED_AT of its own although the
/// text gives a role there (labelling rule 3).
/// </summary>
internal static partial class DestinationPosts
{
    /// <summary>How many tokens may stand between a word put before a title and the title ("as the company's new head",
    /// "担任视频生成方向负责人"): a few modifiers, not another clause.</summary>
    private const int IntroducedReach = 8;

    /// <summary>The post the sentence says the person takes or now holds at the destination: a title after a word that
    /// introduces it, or a head's post for a verb of leading; null when none is said, when the sentence denies what it
    /// reports, or when the post is marked as past or belongs to another lab.</summary>
    private static string? LedPost(ArticleState state, List<List<Mention>> mentions, int s, string person, string destination, int told, bool readHere)
    {
        // A sentence naming no one carries the subject of the story's sentences before it, back to the arrival, when they
        // name no one else ("… 中村彩花氏が同社に入社した。" "中村氏は東京大学で…" "研究チームを率いる。").
        var ms = mentions[s];
        var named = ms.Exists(m => m is { Kind: MentionKind.Person } && m.Name == person);
        // The arrival's own sentence may name the mover by a description only ("Este mes se incorporó a B"): the sentence
        // rules read an event of the person there. A pronoun read as no one names no one else.
        var carried = (s > told || readHere) && !ms.Exists(m => m is { Kind: MentionKind.Person, Name: not null } && m.Name != person)
            && Enumerable.Range(told, s - told).All(b => !mentions[b].Exists(m => m is { Kind: MentionKind.Person, Name: not null } && m.Name != person && !Gloss(mentions[b], m, person)));
        if (!named && !carried)
        {
            return null;
        }

        // A later sentence that names another lab and not the destination tells of the post there ("在字节跳动工作近四年，
        // 主要负责强化学习方向" after the move from ByteDance).
        if (s != told && ms.Exists(m => IsOtherLab(state, m, destination)) && !ms.Exists(m => m is { Kind: MentionKind.Lab, Name: not null } && CareerReasoning.SameEmployer(state, m.Name, destination)))
        {
            return null;
        }

        var sentence = state.Sentences[s];
        var clauses = (sentence.FirstToken, sentence.EndToken);
        foreach (var (first, end) in SaidOfEach(ms, sentence, person))
        {
            // The denial is looked for last: it tokenizes its phrases on each call.
            if ((IntroducedTitle(state, ms, first, end, clauses, destination) ?? (LeadVerb(state, ms, first, end, clauses, destination) ? "head" : null)) is { } post)
            {
                return HiringPosts.Denied(state, s) ? null : post;
            }
        }

        return null;
    }

    /// <summary>Whether the name is a gloss of the person's, in brackets right after it ("中村彩花(Ayaka Nakamura)氏").</summary>
    private static bool Gloss(List<Mention> ms, Mention other, string person) =>
        ms.Exists(m => m.Kind == MentionKind.Person && m.Name == person && other.First >= m.End && other.First - m.End <= 1);

    /// <summary>The stretches that speak of the person: from each mention of them to the next other person's ("由X与Y联合
    /// 创立，X担任首席执行官" speaks of X twice), or the whole sentence when it names no one.</summary>
    private static IEnumerable<(int First, int End)> SaidOfEach(List<Mention> ms, Sentence sentence, string person)
    {
        var mine = ms.Where(m => m.Kind == MentionKind.Person && m.Name == person).ToList();
        if (mine.Count == 0)
        {
            yield return (sentence.FirstToken, sentence.EndToken);
            yield break;
        }

        foreach (var m in mine)
        {
            var next = ms.Find(o => o is { Kind: MentionKind.Person, Name: not null } && o.Name != person && o.First >= m.End)?.First ?? sentence.EndToken;
            yield return (m.End, next);
        }
    }

    /// <summary>The title right after a word that introduces it ("as", "como", "sebagai", "à titre de", "出任"), in a clause
    /// with no mark of the past and no lab but the destination. A bare "as" counts only after an arrival or a word for
    /// "now" in the sentence ("joined B as CTO"; "worked as an engineer" is no post taken).</summary>
    private static string? IntroducedTitle(ArticleState state, List<Mention> ms, int first, int end, (int First, int End) sentence, string destination)
    {
        var lexicon = state.Lexicon;
        foreach (var title in ms.Where(m => m.IsRole && !m.Has(Cue.FounderRole) && m.First >= first && m.End <= end))
        {
            if (title.Get(Cue.Role)?.Value is not { } role)
            {
                continue;
            }

            var from = Math.Max(first, title.First - IntroducedReach);
            var taking = HiringPosts.Phrases(state, lexicon.PostIntroducers, from, title.First)
                .Concat(HiringPosts.Phrases(state, lexicon.PostTakings, from, title.First))
                .Where(p => Adjoins(state, ms, p.End, title.First, destination)).Select(p => (int?)p.Start).FirstOrDefault();
            var introduced = taking is null
                ? HiringPosts.Phrases(state, lexicon.TitleIntroducers, from, title.First)
                    .Where(p => Adjoins(state, ms, p.End, title.First, destination) && Arrived(state, ms, first, p.Start)).Select(p => (int?)p.Start).FirstOrDefault()
                : taking;
            if (introduced is { } at && !PastInClause(state, ms, sentence.First, at) && !OtherLabInClause(state, ms, title.End, sentence.End, destination))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Whether a verb of leading in a present, future or purpose form is said of the person, in a clause with no
    /// mark of the past and no lab after it but the destination ("to lead its interpretability group", "kini memimpin tim
    /// AI Grab"). A verb that begins a longer title ("负责人") is the title's, not a verb; a verb read as a title of its own
    /// ("now heads") is still the verb.</summary>
    private static bool LeadVerb(ArticleState state, List<Mention> ms, int first, int end, (int First, int End) sentence, string destination) =>
        HiringPosts.Phrases(state, state.Lexicon.PostVerbs, first, end)
            .Concat(HiringPosts.Phrases(state, state.Lexicon.LeadVerbs, first, end))
            .Any(p => !ms.Exists(m => m.IsRole && m.First < p.End && m.End > p.End)
                && !PastInClause(state, ms, sentence.First, p.Start) && !OtherLabInClause(state, ms, p.End, sentence.End, destination));

    /// <summary>Whether only modifiers of the title stand between the introducing word and the title: no clause break, no
    /// verb, no lab but the destination.</summary>
    private static bool Adjoins(ArticleState state, List<Mention> ms, int after, int title, string destination) =>
        !Enumerable.Range(after, title - after).Any(t => IsClauseBreak(state.Tokens[t].Key))
        && !ms.Exists(m => m.First >= after && m.End <= title && (m.IsVerb || IsOtherLab(state, m, destination)));

    /// <summary>Whether a verb of arriving or a word for "now" stands before the introducing word in the sentence.</summary>
    private static bool Arrived(ArticleState state, List<Mention> ms, int first, int at) =>
        ms.Exists(m => m.Kind == MentionKind.Cue && m.First < at && (m.Has(Cue.Join) || m.Has(Cue.Move) || m.Has(Cue.Recruit)))
        || Enumerable.Range(first, Math.Max(0, at - first)).Any(t => state.Lexicon.NowWords.Contains(state.Tokens[t].Key));

    /// <summary>Whether a mark of the past ("former", "previously", "此前", "曾") stands in the clause before the token.</summary>
    private static bool PastInClause(ArticleState state, List<Mention> ms, int sentenceFirst, int at)
    {
        var start = at;
        while (start > sentenceFirst && !IsClauseBreak(state.Tokens[start - 1].Key))
        {
            start--;
        }

        return ms.Exists(m => m.Kind == MentionKind.Cue && m.First >= start && m.End <= at && (m.Has(Cue.Former) || m.Has(Cue.Previously)));
    }

    /// <summary>Whether the clause from the token on names a lab other than the destination: the post is that lab's.</summary>
    private static bool OtherLabInClause(ArticleState state, List<Mention> ms, int from, int sentenceEnd, string destination)
    {
        var end = from;
        while (end < sentenceEnd && !IsClauseBreak(state.Tokens[end].Key))
        {
            end++;
        }

        return ms.Exists(m => m.First >= from && m.First < end && IsOtherLab(state, m, destination));
    }

    private static bool IsOtherLab(ArticleState state, Mention m, string destination) =>
        m is { Kind: MentionKind.Lab, Anaphor: false, Modifier: false, Name: not null } && !CareerReasoning.SameEmployer(state, m.Name, destination);

    private static bool IsClauseBreak(string key) => key is "," or "，" or "、" or ";" or "；" or ":" or "：" or "—" or "–";
}
