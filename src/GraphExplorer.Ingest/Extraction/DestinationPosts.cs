using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The post a mover takes at the lab they went to, in a language where the phrase of taking a post follows the title
/// (<see cref="Lexicons.LanguageLexicon.PostsTakenAfter"/>): "楽天でAI研究を率いてきた田中氏が、同社の最高技術責任者（CTO）に
/// 就任した", "米グーグル出身の鈴木氏をAI統括責任者に迎えた", and, in the sentence after the move with its subject carried
/// over, "ソフトバンクでは法人向けAIサービスの責任者を務める". The sentence rules bind a title with no lab of its own to
/// the nearest lab, which in these sentences is the origin named before the person; the phrase after the title says
/// the post is the one taken, so it is held where the person went.
/// </summary>
internal static partial class DestinationPosts
{
    /// <summary>How many sentences after the one telling the move may still state the post taken: the next one or two
    /// sentences of the story ("中村氏は同社の…に就任する").</summary>
    private const int Following = 2;

    /// <summary>How many tokens a bracketed gloss between the title and the phrase may hold ("最高技術責任者（CTO）に就任").</summary>
    private const int GlossLength = 8;

    /// <summary>Moves each post taken by a phrase after its title from the lab it was bound to by nearness to the one
    /// lab the person went to, or adds it there when no rule read it.</summary>
    public static void Apply(ArticleState state, List<List<Mention>> mentions)
    {
        var takings = state.Lexicon.PostsTakenAfter;
        if (takings.Count == 0 && state.Lexicon.PostVerbs.Count == 0 && state.Lexicon.PostIntroducers.Count == 0)
        {
            return;
        }

        var longest = takings.Count == 0 ? 0 : takings.Max(p => p.Length);
        var moved = new Dictionary<ArticleEvent, ArticleEvent>(ReferenceEqualityComparer.Instance);
        var added = new List<ArticleEvent>();
        foreach (var mine in state.Events.GroupBy(e => e.Person, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            if (PostBinding.NewLab(state, mine, PostBinding.LabsLeft(mine)) is not { } destination)
            {
                continue;
            }

            var person = mine[0].Person;
            // A founder takes the post at the company founded as a hire does at the lab joined ("代表取締役CEOに就いた").
            // Each sentence telling the arrival (a headline, then the lead) opens the sentences that may state the post.
            var tolds = mine.Where(e => e.Kind is EventKind.Join or EventKind.Move or EventKind.FoundEvent or EventKind.FoundTitle && e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, destination))
                .Select(e => e.Sentence).Distinct().Order().ToList();
            if (tolds.Count == 0)
            {
                continue;
            }

            var bySentence = mine.ToLookup(e => e.Sentence);
            // Looked up once per person: a person named in hundreds of sentences must not rescan their events per sentence.
            var held = mine.Exists(e => e.Kind == EventKind.Role && e.Role is not null && e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, destination));
            var following = tolds.SelectMany(t => Enumerable.Range(t, Following + 1)).Where(s => s < state.Sentences.Count).Distinct().Order();
            var latest = 0;
            foreach (var s in following)
            {
                while (latest + 1 < tolds.Count && tolds[latest + 1] <= s)
                {
                    latest++;
                }

                var told = tolds[latest];
                if ((longest == 0 ? null : TakenPost(state, mentions[s], s, person, destination, told, longest)) is not { } role)
                {
                    // A post told before its title or by a verb of leading adds a post where none is held yet.
                    if (!held && LedPost(state, mentions, s, person, destination, told, bySentence[s].Any()) is { } led)
                    {
                        held = true;
                        var span = state.Sentences[s];
                        // Marked as a title with no lab beside it, so the career reasoning reads no employer order from it.
                        added.Add(new ArticleEvent(EventKind.Role, person, destination, null, 0.6, s, span.Start, span.End) { Role = led, LabByNearness = true, BareTitle = true, TakenAtDestination = true });
                    }

                    continue;
                }

                var same = bySentence[s].Where(e => e.Kind == EventKind.Role && e.Role == role).ToList();
                if (same.Exists(e => e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, destination)))
                {
                    continue;
                }

                if (same.Count > 0)
                {
                    same.ForEach(e => moved[e] = e with { Lab = destination, Former = false });
                }
                else
                {
                    var sentence = state.Sentences[s];
                    added.Add(new ArticleEvent(EventKind.Role, person, destination, null, 0.6, s, sentence.Start, sentence.End) { Role = role, LabByNearness = true });
                }
            }
        }

        for (var i = 0; i < state.Events.Count && moved.Count > 0; i++)
        {
            if (moved.TryGetValue(state.Events[i], out var post))
            {
                state.Events[i] = post;
            }
        }

        state.Events.AddRange(added);
    }

    /// <summary>The post (its English value) the sentence says the person takes: a title said of the person (after
    /// their name, or anywhere in the sentence right after the move when it names nobody and so carries its subject
    /// over), followed by a phrase of taking a post, with no other lab than the destination and no mark of the past
    /// before it ("以前、楽天で研究責任者を務めていた" is a post held before).</summary>
    private static string? TakenPost(ArticleState state, List<Mention> ms, int s, string person, string destination, int told, int longest)
    {
        var named = ms.Exists(m => m is { Kind: MentionKind.Person } && m.Name == person);
        if ((!named && (s == told || s > told + 1 || ms.Exists(m => m.Kind == MentionKind.Person))) || HiringPosts.Denied(state, s))
        {
            return null;
        }

        var (first, end) = HiringPosts.SaidOf(state, ms, s, person);
        foreach (var title in ms.Where(m => m.IsRole && !m.Has(Cue.FounderRole) && m.First >= first && m.End <= end))
        {
            var before = ms.Where(m => m.First >= first && m.End <= title.First).ToList();
            if (title.Get(Cue.Role)?.Value is not { } role
                || before.Exists(m => (m is { Kind: MentionKind.Lab, Anaphor: false, Modifier: false, Name: not null } && !CareerReasoning.SameEmployer(state, m.Name, destination))
                    || (m.Kind == MentionKind.Cue && (m.Has(Cue.Former) || m.Has(Cue.Previously)))))
            {
                continue;
            }

            var after = AfterGloss(state, title.End, end);
            if (HiringPosts.Phrases(state, state.Lexicon.PostsTakenAfter, after, Math.Min(end, after + longest)).Any(p => p.Start == after))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>The token after a bracketed gloss that follows a title ("（CTO）"), or the title's end when none does.</summary>
    private static int AfterGloss(ArticleState state, int at, int end)
    {
        if (at >= end || state.Tokens[at].Key is not ("(" or "（"))
        {
            return at;
        }

        for (var t = at + 1; t < end && t <= at + GlossLength; t++)
        {
            if (state.Tokens[t].Key is ")" or "）")
            {
                return t + 1;
            }
        }

        return at;
    }
}
