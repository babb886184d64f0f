using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The hiring story, read across the article: the headline or lead says one lab is taking people on ("Mistral AI étoffe
/// son équipe", "Nubank contrata ex-cientista da Meta", "Helsing holt Microsoft-Manager"), then later sentences bring in
/// each hire with where they come from but without naming the hirer again ("Parmi eux figure X, ancien ingénieur chez A",
/// "Também chega ao banco digital Y, ex-iFood", "Außerdem kommt Z von C"). Each sentence alone shows only a past post;
/// the article says where those people went.
/// </summary>
internal static class HiringStories
{
    /// <summary>How many sentences of the opening (headline and lead) may name the hirer: a lead runs a few sentences.</summary>
    private const int OpeningSentences = 6;

    /// <summary>Adds, for each person the article brings in as a hire of its one hiring lab, the move from the one lab the
    /// person came from to that lab. A person with a destination of their own, a founder, or one with no origin or
    /// several gets nothing.</summary>
    public static void Apply(ArticleState state, List<List<Mention>> mentions)
    {
        var lexicon = state.Lexicon;
        if (lexicon.HireArrivals.Count == 0 || Hirer(state, mentions) is not { } hirer)
        {
            return;
        }

        var added = new List<ArticleEvent>();
        var dropped = new List<ArticleEvent>();
        foreach (var mine in state.Events.GroupBy(e => e.Person, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            // A founder, a move already told, or a destination of the person's own: the story says where they went.
            if (mine.Exists(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive || (e.From is not null && e.Lab is not null)
                || (e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && !CareerReasoning.SameEmployer(state, e.Lab, hirer) && !PastThere(state, mentions, mine, e))))
            {
                if (!mine.Exists(e => e.Kind is EventKind.FoundEvent or EventKind.FoundTitle or EventKind.FoundPossessive)
                    && mine.Exists(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, hirer)))
                {
                    // A hire the sentence rules already moved to the hirer may take the post in a later sentence ("She
                    // will start next month as head of …", "Dewi akan memimpin tim riset").
                    TakePost(state, mentions, mine, hirer, 0, added, dropped);
                }

                continue;
            }

            // An arrival misread at a lab the sentence places in the past ("wechselt X, bislang Leiter bei A, nach
            // Walldorf") says the person worked there.
            var misread = mine.Where(e => e.Kind is EventKind.Join or EventKind.Move && e.Lab is not null && !CareerReasoning.SameEmployer(state, e.Lab, hirer) && PastThere(state, mentions, mine, e)).ToList();
            var posts = mine.Where(e => e.Kind is EventKind.Role or EventKind.Work or EventKind.Leave && e.Lab is not null && !CareerReasoning.SameEmployer(state, e.Lab, hirer))
                .Concat(misread.Select(e => e with { Kind = EventKind.Work, Former = true })).ToList();
            var named = NamedArrival(state, mentions, mine);
            var hired = mine.Find(e => e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, hirer) && HiringCueAt(state, mentions[e.Sentence], e.Sentence) is not null);
            // Told by a verb of joining or a word for "now" alone ("chega ao banco digital"), the post must be a past one:
            // a current post beside "joins" or "now" may be held while joining something that is no employer.
            var origin = named is { } arrival && !arrival.ByPhrase ? Origin(state, mentions, posts.Where(e => e.Former || e.Kind == EventKind.Leave).ToList(), arrival.Sentence) : Origin(state, mentions, posts, named?.Sentence ?? -1);
            if ((named is null && hired is null) || origin is null)
            {
                continue;
            }

            // The sentence that says the lab hired the person is the better evidence when there is one.
            var sentence = hired?.Sentence ?? named!.Value.Sentence;
            var span = state.Sentences[sentence];
            added.Add(new ArticleEvent(EventKind.Join, mine[0].Person, hirer, null, 0.6, sentence, span.Start, span.End) { From = origin });
            // The arrival at the lab just left is that misread post-taking verb: kept, it would read as a move back.
            dropped.AddRange(misread);
            TakePost(state, mentions, mine, hirer, named?.Sentence ?? sentence, added, dropped);
        }

        state.Events.RemoveAll(e => dropped.Exists(d => ReferenceEquals(d, e)));
        state.Events.AddRange(added);
        HiringPosts.Companions(state, mentions, hirer);
    }

    /// <summary>Adds the post a hire takes at the hirer, from the first of the hire's sentences (from the one given on)
    /// that says one ("X … joins as head of research", "… will head the new unit"), unless the hire already holds one
    /// there. A title the sentence rules gave to the lab left is that same post misplaced, not a second one held there.</summary>
    private static void TakePost(ArticleState state, List<List<Mention>> mentions, List<ArticleEvent> mine, string hirer, int from, List<ArticleEvent> added, List<ArticleEvent> dropped)
    {
        if (mine.Exists(e => e.Kind == EventKind.Role && e.Lab is not null && CareerReasoning.SameEmployer(state, e.Lab, hirer)))
        {
            return;
        }

        var person = mine[0].Person;
        // Every sentence that names the hire, not only those the sentence rules read an event in: "Rizky akan memimpin
        // tim riset" states no lab, so it gives no event.
        var named = Enumerable.Range(from, Math.Max(0, mentions.Count - from)).Where(s => mentions[s].Exists(m => m.Kind == MentionKind.Person && m.Name == person));
        foreach (var s in mine.Select(e => e.Sentence).Where(s => s >= from).Concat(named).Where(s => !HiringPosts.Denied(state, s)).Distinct().Order())
        {
            if (HiringPosts.NewPost(state, mentions[s], s, person) is { } post)
            {
                var taken = state.Sentences[s];
                added.Add(new ArticleEvent(EventKind.Role, person, hirer, null, 0.6, s, taken.Start, taken.End) { Role = post });
                dropped.AddRange(mine.Where(e => e.Kind == EventKind.Role && e.Sentence == s && e.Role == post && e.Lab is not null && !CareerReasoning.SameEmployer(state, e.Lab, hirer)));
                return;
            }
        }
    }

    /// <summary>Whether the arrival's lab is one the same sentence places in the person's past ("Gómez, que dejó
    /// Microsoft …, asumirá el cargo", "X, who spent four years at A, joins as head of …"): a verb of taking up a post
    /// that found no lab after it took the lab left, which is no destination.</summary>
    private static bool PastThere(ArticleState state, List<List<Mention>> mentions, List<ArticleEvent> mine, ArticleEvent arrival) =>
        mine.Exists(e => e.Lab == arrival.Lab && e.Sentence == arrival.Sentence && (e.Kind == EventKind.Leave || (e.Kind is EventKind.Role or EventKind.Work && e.Former)))
        || HiringPosts.MovedPastFormerLab(mentions[arrival.Sentence], arrival.Lab!);

    /// <summary>The one lab the person came from: of the posts given, the only employer (a unit counts as its company),
    /// else the only one stated in the arrival's sentence ("kommt von Microsoft" before "davor bei Siemens").</summary>
    private static string? Origin(ArticleState state, List<List<Mention>> mentions, List<ArticleEvent> posts, int arrivalSentence)
    {
        var labs = Employers(state, posts);
        if (labs.Count > 1)
        {
            labs = Employers(state, posts.Where(e => e.Sentence == arrivalSentence).ToList());
        }

        if (labs.Count > 1 && arrivalSentence >= 0)
        {
            // "Also arriving are X, formerly at A, and Y, an ex-B researcher": a title shared out to both names by the
            // sentence rules is not X's; the lab named in what is said of X is.
            var ms = mentions[arrivalSentence];
            var (first, end) = HiringPosts.SaidOf(state, ms, arrivalSentence, posts[0].Person);
            labs = labs.Where(lab => ms.Exists(m => m.Kind == MentionKind.Lab && m.Name == lab && m.First >= first && m.End <= end)).ToList();
        }

        return labs.Count == 1 ? labs[0] : null;
    }

    private static List<string> Employers(ArticleState state, List<ArticleEvent> posts)
    {
        var labs = new List<string>();
        foreach (var lab in posts.Select(e => e.Lab!))
        {
            if (!labs.Exists(l => CareerReasoning.SameEmployer(state, l, lab)))
            {
                labs.Add(lab);
            }
        }

        return labs;
    }

    /// <summary>The first sentence where one of the person's events stands beside a phrase that brings in one more hire
    /// ("parmi eux", "se suma", "kommt von") or a future verb of leading ("will head", "dirigirá"), or else beside a verb of joining with no lab of its own (or a move read for the person at the lab they left), a phrase of taking a post
    /// ("joins as", "asumirá como") or a word for "now" ("X, qui a quitté A, dirige désormais le laboratoire").</summary>
    private static (int Sentence, bool ByPhrase)? NamedArrival(ArticleState state, List<List<Mention>> mentions, List<ArticleEvent> mine)
    {
        var sentences = mine.Select(e => e.Sentence).Distinct().Where(s => !HiringPosts.Denied(state, s)).Order().ToList();
        foreach (var s in sentences)
        {
            if (PhraseIn(state, state.Lexicon.HireArrivals, state.Sentences[s]) is not null || PhraseIn(state, state.Lexicon.LeadVerbs, state.Sentences[s]) is not null)
            {
                return (s, true);
            }
        }

        foreach (var s in sentences)
        {
            var sentence = state.Sentences[s];
            if (mentions[s].Exists(m => m.Kind == MentionKind.Cue && m.Has(Cue.Join))
                || mine.Exists(e => e.Sentence == s && e.Kind is EventKind.Join or EventKind.Move)
                || HiringPosts.TakesPost(state, mentions[s], s, mine[0].Person)
                || Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Any(t => state.Lexicon.NowWords.Contains(state.Tokens[t].Key)))
            {
                return (s, false);
            }
        }

        return null;
    }

    /// <summary>The one lab that opens a sentence of the headline or lead and is followed by a hiring word ("Helsing
    /// poaches …", "O Nubank anunciou … a contratação de …"); null when no such lab or several.</summary>
    private static string? Hirer(ArticleState state, List<List<Mention>> mentions)
    {
        string? hirer = null;
        var paragraphs = 0;
        for (var s = 0; s < Math.Min(OpeningSentences, state.Sentences.Count); s++)
        {
            if (s > 0 && state.Text.AsSpan(state.Sentences[s - 1].End, state.Sentences[s].Start - state.Sentences[s - 1].End).IndexOfAny('\n', '\r') >= 0
                && !HeadFinalHirers.Dateline(mentions[s - 1]) && ++paragraphs == 2)
            {
                break; // the headline and the lead paragraph make the opening
            }

            var cue = HiringCueAt(state, mentions[s], s) ?? HeadFinalHirers.ReportedArrival(state, mentions[s], state.Sentences[s]);
            if (cue is null || (OpeningLab(mentions[s], cue.Value) ?? HeadFinalHirers.TopicLab(state, mentions[s], cue.Value)) is not { } lab)
            {
                continue;
            }

            if (hirer is not null && !CareerReasoning.SameEmployer(state, hirer, lab))
            {
                return null; // several labs hiring: no one story
            }

            hirer ??= lab;
        }

        return hirer;
    }

    /// <summary>The token where the sentence's first hiring word stands (a hiring verb of the cues or a word of the
    /// lexicon's "hiringWords"), or null.</summary>
    private static int? HiringCueAt(ArticleState state, List<Mention> ms, int s)
    {
        var verb = ms.Find(m => m.Kind == MentionKind.Cue && m.Has(Cue.Recruit))?.First;
        var word = PhraseIn(state, state.Lexicon.HiringWords, state.Sentences[s]);
        return verb is null ? word : word is null ? verb : Math.Min(verb.Value, word.Value);
    }

    /// <summary>The lab that is the subject before the hiring word: the sentence's first lab, with no person, verb, agent,
    /// origin or "former" before it ("Der KI-Spezialist Helsing hat …", "PARIS — Mistral AI étoffe …").</summary>
    private static string? OpeningLab(List<Mention> ms, int cue)
    {
        foreach (var m in ms)
        {
            if (m.First >= cue || m.Kind == MentionKind.Person || (m.Kind == MentionKind.Cue && (m.IsVerb || m.Has(Cue.PassiveBy) || m.Has(Cue.FromPrep) || m.Has(Cue.Former))))
            {
                return null;
            }

            if (m is { Kind: MentionKind.Lab, Anaphor: true } && ms.Find(o => o is { Kind: MentionKind.Lab, Anaphor: false, Modifier: false, Name: not null } && o.First >= m.End && o.First - m.End <= 4 && o.First < cue) is { } named)
            {
                // "La empresa de pagos Clip anunció …": the noun describes the lab named right after it, whatever
                // lab the noun alone would refer back to.
                return named.Name;
            }

            if (m is { Kind: MentionKind.Lab, Modifier: false, Name: not null })
            {
                // "Qonto et Doctolib recrutent": labs hiring together make no one hirer.
                return ms.Exists(o => o is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && o.First > m.First && o.First < cue && o.Name != m.Name) ? null : m.Name;
            }
        }

        return null;
    }

    /// <summary>The first token of the first of the phrases found in the sentence, or null.</summary>
    private static int? PhraseIn(ArticleState state, List<string[]> phrases, Sentence sentence) =>
        HiringPosts.Phrases(state, phrases, sentence.FirstToken, sentence.EndToken).Select(p => (int?)p.Start).FirstOrDefault();
}
