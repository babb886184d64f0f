using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// What a hiring story says about each hire besides where they came from: the post they take at the hirer ("joins as
/// head of reasoning research", "chega como diretora de dados", "prend la tête de l'équipe"), and who came with them
/// ("Elle est accompagnée de Y, un ancien ingénieur de Meta"). Neither names the hirer, so each sentence alone either
/// gives the post to the lab the hire left or tells nothing about the companion's move.
/// </summary>
internal static class HiringPosts
{
    /// <summary>How many tokens may stand between a phrase of taking a post and the title it takes ("joins as the head
    /// of …", "asumirá como nueva directora"): an article or an adjective, no more.</summary>
    private const int TitleGap = 2;

    /// <summary>How many tokens may stand between a phrase of taking a post and a title when a word that introduces a
    /// title ("as", "como", "sebagai") stands right before it ("will start next month as head of …").</summary>
    private const int IntroducedTitleGap = 5;

    /// <summary>How far after a word for "former" its lab may stand ("bislang Leiter des Modelltrainings bei A"): the
    /// title and its complement, not another clause.</summary>
    private const int FormerReach = 6;

    /// <summary>The post the person takes in the sentence: the title right after a phrase of taking a post or of
    /// arriving said after the person, else a head's post when a verb of leading is; null when the sentence says none.</summary>
    public static string? NewPost(ArticleState state, List<Mention> ms, int s, string person)
    {
        var (first, end) = SaidOf(state, ms, s, person);
        var lexicon = state.Lexicon;
        var phraseEnds = PhraseEnds(state, lexicon.PostTakings, first, end)
            .Concat(PhraseEnds(state, lexicon.HireArrivals, first, end))
            .Concat(ms.Where(m => m.Kind == MentionKind.Cue && m.Has(Cue.Join) && m.First >= first && m.End <= end).Select(m => m.End));
        foreach (var after in phraseEnds.Order())
        {
            // "will start next month as head of …": a word that introduces a title may stand a little further on.
            var title = ms.Find(m => m.IsRole && !m.Has(Cue.FounderRole) && m.First >= after && m.First < end
                && (m.First - after <= TitleGap || (m.First - after <= IntroducedTitleGap && lexicon.TitleIntroducers.Exists(p => p.Length <= m.First - after && Phrases(state, [p], m.First - p.Length, m.First).Any()))));
            if (title?.Get(Cue.Role)?.Value is { } role && !Enumerable.Range(after, title.First - after).Any(t => state.Tokens[t].Key is "," or ";"))
            {
                return role;
            }
        }

        return PhraseEnds(state, lexicon.LeadVerbs, first, end).Any() ? "head" : null;
    }

    /// <summary>Whether the sentence denies or calls a rumour what it reports ("denied a report that X was about to
    /// join", "Rumores de que Y … não foram confirmados"): no arrival it tells took place.</summary>
    public static bool Denied(ArticleState state, int s)
    {
        var sentence = state.Sentences[s];
        var denials = state.Lexicon.Denials.Select(d => Tokenizer.Tokenize(d).Select(t => t.Key).ToArray()).ToList();
        return Phrases(state, denials, sentence.FirstToken, sentence.EndToken).Any();
    }

    /// <summary>Whether a phrase of taking a post is said of the person in the sentence ("X, ex-A, asumirá como …"),
    /// not of someone else in it ("…, said Y, a former engineer at A").</summary>
    public static bool TakesPost(ArticleState state, List<Mention> ms, int s, string person)
    {
        var (first, end) = SaidOf(state, ms, s, person);
        return Phrases(state, state.Lexicon.PostTakings, first, end).Any();
    }

    /// <summary>The tokens that speak of the person: from their name to the next person's ("X joins as CTO; Y also
    /// arrives"), or the whole sentence when the person is not named in it.</summary>
    public static (int First, int End) SaidOf(ArticleState state, List<Mention> ms, int s, string person)
    {
        var sentence = state.Sentences[s];
        var first = ms.Find(m => m.Kind == MentionKind.Person && m.Name == person)?.End ?? sentence.FirstToken;
        var end = ms.Find(m => m.Kind == MentionKind.Person && m.Name is not null && m.Name != person && m.First >= first)?.First ?? sentence.EndToken;
        return (first, end);
    }

    /// <summary>Adds, for each person a phrase of company brings in beside a hire of the story ("She is joined,
    /// together with Y, formerly of A"), the move from the one lab the sentence places in that person's past to the
    /// hirer. Someone with a destination of their own, a founder, or no past post stated there gets nothing.</summary>
    public static void Companions(ArticleState state, List<List<Mention>> mentions, string hirer)
    {
        if (state.Lexicon.HireCompanions.Count == 0)
        {
            return;
        }

        var hires = state.Events.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, hirer))
            .Select(e => e.Person).ToHashSet(StringComparer.Ordinal);
        var added = new List<ArticleEvent>();
        for (var s = 0; s < state.Sentences.Count; s++)
        {
            var sentence = state.Sentences[s];
            var ms = mentions[s];
            if (Denied(state, s))
            {
                continue;
            }

            foreach (var after in PhraseEnds(state, state.Lexicon.HireCompanions, sentence.FirstToken, sentence.EndToken))
            {
                var companion = ms.Find(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null } && m.First >= after && m.First - after <= 1);
                if (companion is null || hires.Contains(companion.Name!)
                    || !ms.Exists(m => m is { Kind: MentionKind.Person, Name: not null } && m.First < after && hires.Contains(m.Name!)))
                {
                    continue;
                }

                var mine = state.Events.Where(e => e.Person == companion.Name).ToList();
                if (mine.Exists(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive or EventKind.Join or EventKind.Move))
                {
                    continue;
                }

                // The sentence rules may read no post for someone after "accompanied by" (an agent's place): a lab
                // named after a word for "former" in what is said of the companion is the past post then.
                var (first, end) = SaidOf(state, ms, s, companion.Name!);
                var past = mine.Where(e => e.Sentence == s && e.Lab is not null && (e.Kind == EventKind.Leave || (e.Kind is EventKind.Role or EventKind.Work && e.Former))).Select(e => e.Lab!)
                    .Concat(ms.Where(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m.First >= first && m.End <= end && FormerLab(ms, m.Name!)).Select(m => m.Name!))
                    .Where(lab => !CareerReasoning.SameEmployer(state, lab, hirer)).Distinct(StringComparer.Ordinal).ToList();
                if (past is [var origin])
                {
                    added.Add(new ArticleEvent(EventKind.Join, companion.Name!, hirer, null, 0.6, s, sentence.Start, sentence.End) { From = origin });
                    hires.Add(companion.Name!);
                }
            }
        }

        state.Events.AddRange(added);
    }

    /// <summary>Whether the sentence names the lab a few words after a word for "former" with no verb between ("X,
    /// bislang Leiter des Modelltrainings bei A", "Y, formerly a staff engineer at A"): the lab is one the person left.</summary>
    public static bool FormerLab(List<Mention> ms, string lab) => FormerLab(ms, lab, -1);

    /// <summary>Whether a verb of joining or moving comes before an aside that names the lab after a word for "former"
    /// ("wechselt X, bislang Leiter bei A, nach Walldorf"): the verb found no lab of its own, and took the one left.
    /// After the aside ("X, ex-A, … la llegada de …") the verb may be someone else's.</summary>
    public static bool MovedPastFormerLab(List<Mention> ms, string lab) =>
        ms.Exists(v => v.Kind == MentionKind.Cue && (v.Has(Cue.Join) || v.Has(Cue.Move)) && FormerLab(ms, lab, v.End));

    private static bool FormerLab(List<Mention> ms, string lab, int after) =>
        ms.Exists(l => l is { Kind: MentionKind.Lab, Modifier: false } && l.Name == lab
            && ms.Exists(f => f.Kind == MentionKind.Cue && f.Has(Cue.Former) && f.First >= after && f.End <= l.First && l.First - f.End <= FormerReach
                && !ms.Exists(v => v.IsVerb && v.First >= f.End && v.First < l.First)));

    /// <summary>The token after each place one of the phrases stands between the tokens given.</summary>
    private static IEnumerable<int> PhraseEnds(ArticleState state, List<string[]> phrases, int first, int end) =>
        Phrases(state, phrases, first, end).Select(p => p.End);

    /// <summary>Each place, in order, one of the phrases stands between the tokens given: its first token and the token
    /// after it.</summary>
    public static IEnumerable<(int Start, int End)> Phrases(ArticleState state, List<string[]> phrases, int first, int end)
    {
        // Every token against every phrase of a lexicon list runs on every sentence of every article, so it compares
        // in place: no per-token allocation.
        for (var t = first; t < end; t++)
        {
            foreach (var phrase in phrases)
            {
                if (t + phrase.Length <= end && Matches(state, phrase, t))
                {
                    yield return (t, t + phrase.Length);
                }
            }
        }
    }

    private static bool Matches(ArticleState state, string[] phrase, int at)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (state.Tokens[at + i].Key != phrase[i])
            {
                return false;
            }
        }

        return true;
    }
}
