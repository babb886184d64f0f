using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// In a language that names a person by name and title ("박민재 연구원", "이서연 책임연구원"), the title written right
/// after the name in the sentence that tells the move is the post the person held before it: "네이버에서 … 참여했던 박민재
/// 연구원이 업스테이지로 자리를 옮겼다" names a Naver researcher, not an Upstage one. The sentence rules bind such a title to
/// the lab the sentence moves the person to; it belongs to the lab they left. A title followed by a phrase of taking a
/// post ("하이퍼클로바X 개발 리더로 영입", "한승우 CTO 선임") is the new post and stays.
/// </summary>
internal static partial class DestinationPosts
{
    /// <summary>How many tokens a bracketed gloss of the name may hold between the name and its title ("박지훈(Park Jee-hoon) 리더").</summary>
    private const int NameGlossLength = 12;

    /// <summary>Moves each title bound to a destination, written right after the mover's name in the sentence of the move,
    /// to the one lab the person left.</summary>
    public static void NamedTitles(ArticleState state, List<List<Mention>> mentions)
    {
        if (!state.Lexicon.NamedTitleIsPast)
        {
            return;
        }

        var takings = state.Lexicon.PostsTakenAfter;
        var longest = takings.Count == 0 ? 0 : takings.Max(p => p.Length);
        var moved = new Dictionary<ArticleEvent, ArticleEvent>(ReferenceEqualityComparer.Instance);
        foreach (var mine in state.Events.GroupBy(e => e.Person, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            var left = PostBinding.LabsLeft(mine);
            foreach (var arrival in mine.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null))
            {
                // The origin the person's events give, else the one other lab the sentence names (a name read in two
                // scripts may carry its origin under the other spelling until the names are merged).
                var origins = (arrival.From is { } from ? [from] : left).Where(l => !CareerReasoning.SameEmployer(state, l, arrival.Lab!)).Distinct(StringComparer.Ordinal).ToList();
                if (origins.Count == 0)
                {
                    origins = mentions[arrival.Sentence].Where(m => IsOtherLab(state, m, arrival.Lab!)).Select(m => m.Name!).Distinct(StringComparer.Ordinal).ToList();
                }

                if (origins.Count != 1)
                {
                    continue;
                }

                foreach (var post in mine.Where(e => e is { Kind: EventKind.Role, Former: false, Role: not null, Lab: not null } && e.Sentence == arrival.Sentence
                    && CareerReasoning.SameEmployer(state, e.Lab, arrival.Lab!) && !moved.ContainsKey(e)))
                {
                    if (NamedTitle(state, mentions[post.Sentence], post.Person, post.Role!, longest))
                    {
                        moved[post] = post with { Lab = origins[0], Former = true };
                    }
                }
            }
        }

        // Later sentences name the person the same way ("박 연구원은 …"): the same title, after the name, is the same past post.
        var namings = moved.Values.Select(e => (e.Person, e.Role, e.Sentence, Origin: e.Lab!)).ToList();
        foreach (var post in state.Events.Where(e => e is { Kind: EventKind.Role, Former: false, Role: not null, Lab: not null } && !moved.ContainsKey(e)))
        {
            var naming = namings.Find(n => n.Person == post.Person && n.Role == post.Role && n.Sentence < post.Sentence && !CareerReasoning.SameEmployer(state, n.Origin, post.Lab!));
            if (naming.Origin is not null && NamedTitle(state, mentions[post.Sentence], post.Person, post.Role!, longest))
            {
                moved[post] = post with { Lab = naming.Origin, Former = true };
            }
        }

        for (var i = 0; i < state.Events.Count && moved.Count > 0; i++)
        {
            if (moved.TryGetValue(state.Events[i], out var post))
            {
                state.Events[i] = post;
            }
        }
    }

    /// <summary>Whether the title stands right after the person's name (past a bracketed gloss) and no phrase of taking a
    /// post follows it.</summary>
    private static bool NamedTitle(ArticleState state, List<Mention> ms, string person, string role, int longest)
    {
        foreach (var name in ms.Where(m => m is { Kind: MentionKind.Person, Pronoun: false } && m.Name == person))
        {
            var at = name.End;
            if (at < state.Tokens.Count && state.Tokens[at].Key is "(" or "（")
            {
                var close = Enumerable.Range(at + 1, Math.Max(0, Math.Min(NameGlossLength, state.Tokens.Count - at - 1))).FirstOrDefault(t => state.Tokens[t].Key is ")" or "）");
                at = close > at ? close + 1 : at;
            }
            else if (at < state.Tokens.Count && state.Tokens[at].Key is ")" or "）")
            {
                at++; // the name read is the gloss itself ("서지훈(Seo Ji-hoon) 연구원")
            }

            if (ms.Find(m => m.IsRole && m.First == at) is not { } title || title.Get(Cue.Role)?.Value != role)
            {
                continue;
            }

            var after = AfterGloss(state, title.End, state.Tokens.Count);
            return longest == 0 || !HiringPosts.Phrases(state, state.Lexicon.PostsTakenAfter, after, Math.Min(state.Tokens.Count, after + longest)).Any(p => p.Start == after);
        }

        return false;
    }
}
