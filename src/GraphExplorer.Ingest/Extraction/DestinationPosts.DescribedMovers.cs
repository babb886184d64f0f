using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A title that describes the mover, written before the lab they went to in the sentence that tells the move, is the
/// post they held before it: "Produktchefin Lena Brandt ist zu DeepL gegangen", "Paulo Reis, que era cientista de
/// pesquisa, foi para a Anthropic", "L'ingénieure Claire Roux a rejoint OpenAI", "Juan Gil, investigador en visión,
/// se marchó a Meta". The sentence rules bind such a title, which names no lab of its own, to the nearest lab, the
/// destination; but a post at the destination is stated with a word that takes or introduces it ("joins B as CTO",
/// "para encabezar", "に就任"), or after the destination is named. The title belongs to the lab the person left, and
/// to no lab when the article does not say which that was.
/// </summary>
internal static partial class DestinationPosts
{
    /// <summary>How many tokens may stand between a title put before a name and the name: none but a bracketed
    /// gloss is allowed, so only "engineer X" or "Produktchefin X" counts.</summary>
    private const int TitleBeforeNameGap = 0;

    /// <summary>Moves each title bound to the destination of a move, said of the mover before the destination is named
    /// and not introduced as the post taken, to the one lab the person left, or drops it when there is no such lab.</summary>
    public static void DescribedMovers(ArticleState state, List<List<Mention>> mentions)
    {
        // In a language naming people by name and title the title after the name is read by NamedTitles.
        if (state.Lexicon.NamedTitleIsPast)
        {
            return;
        }

        var takings = state.Lexicon.PostsTakenAfter;
        var longest = takings.Count == 0 ? 0 : takings.Max(p => p.Length);
        var moved = new Dictionary<ArticleEvent, ArticleEvent?>(ReferenceEqualityComparer.Instance);
        foreach (var mine in state.Events.GroupBy(e => e.Person, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            var left = PostBinding.LabsLeft(mine);
            foreach (var arrival in mine.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null))
            {
                var ms = mentions[arrival.Sentence];
                if (ms.Find(m => m.Kind == MentionKind.Lab && m.Name == arrival.Lab) is not { } named)
                {
                    continue;
                }

                var origins = (arrival.From is { } from ? [from] : left).Where(l => !CareerReasoning.SameEmployer(state, l, arrival.Lab!)).Distinct(StringComparer.Ordinal).ToList();
                foreach (var post in mine.Where(e => e is { Kind: EventKind.Role, Former: false, Role: not null, Lab: not null } && e.Sentence == arrival.Sentence
                    && CareerReasoning.SameEmployer(state, e.Lab, arrival.Lab!) && !moved.ContainsKey(e)))
                {
                    if (DescribesMover(state, ms, post.Person, post.Role!, named.First, longest))
                    {
                        moved[post] = origins.Count == 1 ? post with { Lab = origins[0], Former = true } : null;
                    }
                }
            }
        }

        if (moved.Count == 0)
        {
            return;
        }

        var kept = new List<ArticleEvent>(state.Events.Count);
        foreach (var e in state.Events)
        {
            if (!moved.TryGetValue(e, out var post))
            {
                kept.Add(e);
            }
            else if (post is not null)
            {
                kept.Add(post);
            }
        }

        state.Events.Clear();
        state.Events.AddRange(kept);
    }

    /// <summary>Whether the title stands before the destination and describes the person: right before their name, or
    /// after it with no other person between, no other lab stands between it and the destination, and no word that takes or introduces a post stands before it nor a
    /// phrase of taking one after it.</summary>
    private static bool DescribesMover(ArticleState state, List<Mention> ms, string person, string role, int destination, int longest)
    {
        var lexicon = state.Lexicon;
        foreach (var title in ms.Where(m => m.IsRole && !m.Has(Cue.FounderRole) && m.End <= destination && m.Get(Cue.Role)?.Value == role))
        {
            var name = ms.Find(m => m is { Kind: MentionKind.Person, Pronoun: false } && m.Name == person
                && ((m.First >= title.End && m.First - title.End <= TitleBeforeNameGap)
                    || (m.End <= title.First && !ms.Exists(o => o is { Kind: MentionKind.Person, Name: not null } && o.Name != person && o.First >= m.End && o.End <= title.First))));
            // A lab named between the title and the destination is the title's own ("mantan kepala data Gojek, kini
            // memimpin tim AI Grab"): the post at the destination, if any, was read from another word.
            if (name is null || ms.Exists(m => m is { Kind: MentionKind.Lab, Anaphor: false } && m.First >= title.End && m.End <= destination))
            {
                continue;
            }

            var from = Math.Max(0, title.First - IntroducedReach);
            var introduced = HiringPosts.Phrases(state, lexicon.PostIntroducers, from, title.First)
                .Concat(HiringPosts.Phrases(state, lexicon.PostTakings, from, title.First))
                .Concat(HiringPosts.Phrases(state, lexicon.TitleIntroducers, from, title.First))
                .Any(p => p.Start >= (name.End <= title.First ? name.End : from) && p.End <= title.First);
            var after = AfterGloss(state, title.End, state.Tokens.Count);
            var takenAfter = longest > 0 && HiringPosts.Phrases(state, lexicon.PostsTakenAfter, after, Math.Min(state.Tokens.Count, after + longest)).Any(p => p.Start == after);
            return !introduced && !takenAfter;
        }

        return false;
    }
}
