using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Which lab a person's post belongs to, read across the article. A title's own complement ("CEO of B", "B-Chef",
/// "B의 CTO") decides first, and the sentence rules read it; when they could only take a lab by nearness (a bare title,
/// "the company"), the person's move decides next: someone who left A and founded or joined B holds the post stated
/// now at B, not at the A named beside it ("Beatriz, que é CEO da nova empresa, deixou o iFood", "Lucie Fabre,
/// directrice technique de la société", after leaving Hugging Face to found Ondine). A founder or a hire may also be
/// given a post with no lab at all ("Fairbairn is chief executive", "Navarro, que será la consejera delegada"): that
/// post is held at the one lab the person went to.
/// </summary>
internal static class PostBinding
{
    /// <summary>How many tokens may stand between a copula or a phrase of taking a post and the title it predicates: an
    /// article and an adjective ("será la nueva consejera delegada").</summary>
    private const int PredicateGap = 2;

    /// <summary>Moves each current post taken by nearness to a lab the person left over to the one lab they founded or
    /// joined, and adds the posts stated with no lab for people who have such a lab.</summary>
    public static void Apply(ArticleState state, List<List<Mention>> mentions)
    {
        // Lookups built once, so a long article is read in time linear in its length: each person's events by sentence,
        // the sentences naming each person, and the posts to move (replaced in one pass at the end).
        var added = new List<ArticleEvent>();
        var moved = new Dictionary<ArticleEvent, ArticleEvent>(ReferenceEqualityComparer.Instance);
        ILookup<string, int>? namedIn = null;
        foreach (var mine in state.Events.GroupBy(e => e.Person, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            var left = LabsLeft(mine);
            if (NewLab(state, mine, left) is not { } destination)
            {
                continue;
            }

            // A post stated before the article tells the move describes who the person was ("Inês Carvalho, uma das
            // engenheiras mais conhecidas do país, vai mudar-se …"); one stated with the move or after it is the new one.
            var told = mine.Where(e => e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, destination)).Min(e => e.Sentence);
            var bySentence = mine.ToLookup(e => e.Sentence);
            foreach (var post in mine.Where(e => e is { Kind: EventKind.Role, Former: false, LabByNearness: true, Role: not null, Lab: not null }
                && !CareerReasoning.SameEmployer(state, e.Lab, destination) && left.Exists(l => CareerReasoning.SameEmployer(state, l, e.Lab))
                && e.Sentence >= told && HeldAfterLeaving(state, mentions[e.Sentence], bySentence[e.Sentence], e, destination, told)))
            {
                moved[post] = post with { Lab = destination, Confidence = post.Confidence * 0.9 };
            }

            namedIn ??= NamedIn(mentions);
            added.AddRange(PostsWithoutLab(state, mentions, namedIn[mine[0].Person], bySentence, mine[0].Person, destination, told));
        }

        if (moved.Count > 0)
        {
            for (var i = 0; i < state.Events.Count; i++)
            {
                if (moved.TryGetValue(state.Events[i], out var post))
                {
                    state.Events[i] = post;
                }
            }
        }

        state.Events.AddRange(added);
    }

    /// <summary>The sentences, in order, that name each person (not by a pronoun).</summary>
    private static ILookup<string, int> NamedIn(List<List<Mention>> mentions) =>
        Enumerable.Range(0, mentions.Count)
            .SelectMany(s => mentions[s].Where(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null }).Select(m => (Name: m.Name!, Sentence: s)).Distinct())
            .ToLookup(p => p.Name, p => p.Sentence, StringComparer.Ordinal);

    /// <summary>Whether a post taken by nearness at a lab the person left is stated as held after leaving it. A post the
    /// sentence predicates of the person (<see cref="Predicated"/>) is, when its lab is not named in the sentence ("the
    /// company" took it, or the lab the passage was about), or when it is named as the lab left and the destination
    /// is named before the post ("离开商汤科技，加盟百川智能，出任技术副总裁"; "deixou o iFood, onde era engenheiro" is the
    /// post left). A bare title is only in a sentence after the one telling the move
    /// ("… directrice technique de la société"): in that sentence it names the mover as they were ("技术副总裁林浩离开
    /// 商汤科技", "하이퍼클로바X 개발을 총괄하던 박준호 리더는 … 옮겼다"). A lab the sentence names otherwise is where the post
    /// was ("passou sete anos na Stone, como engenheiro"), and a departure from a lab the sentence does not name left
    /// the post's own lab ("技术负责人刘子昂已于上月正式离职").</summary>
    private static bool HeldAfterLeaving(ArticleState state, List<Mention> ms, IEnumerable<ArticleEvent> sameSentence, ArticleEvent post, string destination, int told)
    {
        bool Named(string? lab) => lab is not null && ms.Exists(m => m is { Kind: MentionKind.Lab, Anaphor: false } && m.Name == lab);
        var leaves = sameSentence.Where(e => e.Kind == EventKind.Leave).ToList();
        if (leaves.Exists(e => !Named(e.Lab)))
        {
            return false;
        }

        var predicated = ms.Find(m => m.IsRole && m.Get(Cue.Role)?.Value == post.Role && Predicated(state, ms, m));
        return predicated is not null
            ? !Named(post.Lab) || (leaves.Exists(e => e.Lab == post.Lab) && ms.Exists(m => m is { Kind: MentionKind.Lab, Anaphor: false } && m.Name == destination && m.End <= predicated.First))
            : !Named(post.Lab) && post.Sentence > told;
    }

    /// <summary>Whether the title is said to be the person's post rather than describing them: a copula or a phrase of
    /// taking a post stands right before it ("is chief executive", "que será la consejera delegada", "occupe le poste de
    /// présidente", "出任技术副总裁", "joins as").</summary>
    private static bool Predicated(ArticleState state, List<Mention> ms, Mention title)
    {
        // A comma between ends the predicate: "主な移籍者として、研究科学者・Jane Roe" names the mover by the post left.
        bool Adjoins(int end) => title.First - end <= PredicateGap && !Enumerable.Range(end, title.First - end).Any(t => state.Tokens[t].Key is "," or "、" or "，" or ";" or ":" or "：");
        var before = ms.LastOrDefault(m => m.End <= title.First);
        if (before is { Kind: MentionKind.Cue } cue && cue.Has(Cue.Copula) && Adjoins(cue.End))
        {
            return true;
        }

        return HiringPosts.Phrases(state, state.Lexicon.PostTakings, Math.Max(0, title.First - PredicateGap - 6), title.First).Any(p => Adjoins(p.End));
    }

    /// <summary>The labs the person is told to have left: a departure, the origin of a move, or a post marked as past.</summary>
    internal static List<string> LabsLeft(List<ArticleEvent> mine) =>
        mine.Where(e => e.Kind == EventKind.Leave || (e.Kind is EventKind.Role or EventKind.Work && e.Former)).Select(e => e.Lab)
            .Concat(mine.Select(e => e.From))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The one lab the person founded or joined that is not one they left; null when there is none or several
    /// (a post then has no one place it is held).</summary>
    internal static string? NewLab(ArticleState state, List<ArticleEvent> mine, List<string> left)
    {
        var labs = new List<string>();
        foreach (var lab in mine.Where(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.Join or EventKind.Move).Select(e => e.Lab).OfType<string>())
        {
            if (!left.Exists(l => CareerReasoning.SameEmployer(state, l, lab)) && !labs.Exists(l => CareerReasoning.SameEmployer(state, l, lab)))
            {
                labs.Add(lab);
            }
        }

        return labs.Count == 1 ? labs[0] : null;
    }

    /// <summary>The posts said of the person with no lab named in what is said of them ("X is chief executive", "X, que
    /// será la consejera delegada", "X occupe le poste de présidente"), in sentences that read no post for them: held at
    /// the lab they went to. Only a post the sentence predicates of the person counts (a copula or "the post of" before
    /// it): "X, one of the country's best-known engineers" describes, and holds no post anywhere. A post marked as past,
    /// or one beside a verb or another lab, is not such a post.</summary>
    private static IEnumerable<ArticleEvent> PostsWithoutLab(ArticleState state, List<List<Mention>> mentions, IEnumerable<int> namedIn, ILookup<int, ArticleEvent> bySentence, string person, string destination, int told)
    {
        foreach (var s in namedIn.Where(s => s >= told))
        {
            var ms = mentions[s];
            if (bySentence[s].Any(e => e.Kind is EventKind.Role or EventKind.FoundTitle) || HiringPosts.Denied(state, s))
            {
                continue;
            }

            var (first, end) = HiringPosts.SaidOf(state, ms, s, person);
            var said = ms.Where(m => m.First >= first && m.End <= end).ToList();
            var title = said.FindIndex(m => m.IsRole && !m.Has(Cue.FounderRole));
            if (title < 0 || said[title].Get(Cue.Role)?.Value is not { } role || !Predicated(state, ms, said[title])
                || said.Take(title).Any(m => m.IsVerb || (m.Kind == MentionKind.Cue && (m.Has(Cue.Former) || m.Has(Cue.Previously))))
                || said.Exists(m => m.Kind == MentionKind.Lab && !m.Modifier && m.Name != destination))
            {
                continue;
            }

            var sentence = state.Sentences[s];
            yield return new ArticleEvent(EventKind.Role, person, destination, null, 0.6, s, sentence.Start, sentence.End) { Role = role, LabByNearness = true };
        }
    }
}
