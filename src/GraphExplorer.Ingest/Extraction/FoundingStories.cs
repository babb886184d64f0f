using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The founding story as news tells it in every Latin-script language: a headline "Ex-A and ex-B engineers found Z"
/// (no founder named), a lead introducing Z, then one sentence per founder about where they came from, then the
/// investors and "the company was founded by …". The company founded is the article's topic: a later "the company" or
/// "la startup" opening a sentence means it, never the fund that led its round nor a lab a founder came from; and the
/// people the body ties to the labs the headline calls their former employers are its founders.
/// </summary>
internal static class FoundingStories
{
    /// <summary>The one company no list knows that a founding phrase names ("fundam Trama", "Halyard, a startup founded
    /// by", "hat … das Start-up Feldwerk gegründet") and the article names again in another sentence, the first when
    /// several are; null when there is none.</summary>
    public static (string Lab, int Sentence)? FoundedCompany(List<Token> tokens, List<List<Mention>> mentions)
    {
        var sentencesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var founded = new List<string>();
        for (var s = 0; s < mentions.Count; s++)
        {
            var hasFounding = mentions[s].Exists(m => m.Kind == MentionKind.Cue && m.Has(Cue.Found));
            for (var i = 0; i < mentions[s].Count; i++)
            {
                if (mentions[s][i] is not { Kind: MentionKind.Lab, Unknown: true, Anaphor: false, Modifier: false, Name: { } lab })
                {
                    continue;
                }

                (sentencesOf.TryGetValue(lab, out var seen) ? seen : sentencesOf[lab] = []).Add(s);
                if (hasFounding && !FormerMarked(tokens, mentions[s], i) && !founded.Contains(lab))
                {
                    founded.Add(lab);
                }
            }
        }

        // The first such company: a fund named in the same sentence ("a startup founded by …, in a round led by F") comes later.
        var first = founded.Find(l => sentencesOf[l].Distinct().Count() >= 2);
        return first is null ? null : (first, sentencesOf[first][0]);
    }

    /// <summary>"The company was co-founded by …", "A startup tem sede em …", "La compañía ha cerrado una ronda": a company
    /// noun opening a sentence (no person, lab or verb before it) after the founded company was introduced names it.</summary>
    public static string? SubjectAnaphor(ArticleState state, int sentence, List<Mention> ms, int at)
    {
        if (state.FoundedCompany is not { } company || sentence <= company.Sentence)
        {
            return null;
        }

        for (var b = 0; b < at; b++)
        {
            if (ms[b].IsVerb || ms[b].Kind == MentionKind.Lab || (ms[b].Kind == MentionKind.Person && ms[b].Name is not null))
            {
                return null;
            }
        }

        return company.Lab;
    }

    /// <summary>
    /// "Ex-iFood e ex-Stone fundam Trama", "Ehemalige SAP- und Siemens-Manager gründen KI-Start-up Feldwerk": a headline
    /// naming the company the article founds and its founders only by their former employers. Each person the body ties to
    /// one of those employers (left it, worked there) founded the company, and left that employer for it.
    /// </summary>
    public static void HeadlineFounders(ArticleState state, List<List<Mention>> mentions)
    {
        if (state.FoundedCompany is not { } company || mentions.Count == 0 || state.Lexicon.HeadFinal)
        {
            return;
        }

        var headline = mentions[0];
        // The headline's own verb need not be read ("fundan" also means "base on"): the article founds the company elsewhere.
        if (!headline.Exists(m => m.Kind == MentionKind.Lab && m.Name == company.Lab)
            || headline.Exists(m => m.Kind == MentionKind.Person && m.Name is not null && !m.Pronoun))
        {
            return;
        }

        var origins = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headline.Count; i++)
        {
            // An origin a founder the body names already came from ("founded by X, who left Anthropic") is explained: anyone
            // else the body ties to it (X's former boss, quoted) is no founder.
            if (headline[i] is { Kind: MentionKind.Lab, Name: { } lab } && lab != company.Lab && !headline[i].Anaphor && AfterFormer(headline, i)
                && !state.Events.Exists(e => e.Kind == EventKind.FoundEvent && e.Lab == company.Lab && e.From == lab))
            {
                origins.Add(lab);
            }
        }

        var founders = state.Events
            .Where(e => origins.Contains(e.Lab ?? "") && (e.Kind is EventKind.Leave || (e.Kind is EventKind.Work or EventKind.Role && (e.Former || e.Kind == EventKind.Work))))
            .Where(e => !state.Events.Exists(f => f.Person == e.Person && f.Kind is EventKind.FoundEvent or EventKind.FoundTitle && f.Lab is not null && f.Lab != company.Lab))
            .GroupBy(e => e.Person, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        foreach (var origin in founders)
        {
            if (!state.Events.Exists(e => e.Person == origin.Person && e.Kind == EventKind.FoundEvent && e.Lab == company.Lab))
            {
                state.Events.Add(new ArticleEvent(EventKind.FoundEvent, origin.Person, company.Lab, null, 0.6, origin.Sentence, origin.Start, origin.End));
            }

            // The headline calls the employer a former one even where the body's verb does not ("verantwortete bei SAP").
            state.Events.Add(new ArticleEvent(EventKind.Work, origin.Person, origin.Lab, null, 0.6, origin.Sentence, origin.Start, origin.End) { Former = true });
        }
    }

    /// <summary>
    /// "X, ex-A, fundó Z. … dejó A en 2022 y pasó dos años en C antes de lanzar su proyecto", "left A in 2022 and spent
    /// two years at C before founding Z": a founder's career told as a chain in a sentence after the founding's. The
    /// lab the founding names as the origin (A) was left for C, and C is what the founder left for the company.
    /// </summary>
    public static void FounderCareerChains(ArticleState state)
    {
        foreach (var founding in state.Events.Where(e => e.Kind == EventKind.FoundEvent && e.From is not null && e.Lab is not null).ToList())
        {
            var leave = state.Events.Find(e => e.Person == founding.Person && e.Kind == EventKind.Leave && e.Lab == founding.From && e.Sentence > founding.Sentence);
            var between = leave is null ? null : state.Events.Find(e => e.Person == founding.Person && e.Kind == EventKind.Work && e.Former && e.Sentence == leave.Sentence
                && e.Lab is not null && e.Lab != founding.From && e.Lab != founding.Lab);
            // A lab the person moved from into A came before A ("spent years at Meta before moving to OpenAI"), not after.
            if (leave is null || between is null || state.Events.Exists(e => e.Person == founding.Person && e.Kind is EventKind.Join or EventKind.Move && e.Lab == founding.From && e.From == between.Lab))
            {
                continue;
            }

            state.Events[state.Events.IndexOf(founding)] = founding with { From = between.Lab };
            state.Events.Add(new ArticleEvent(EventKind.Join, founding.Person, between.Lab, leave.Date, Math.Min(leave.Confidence, between.Confidence) * 0.9, leave.Sentence, leave.Start, leave.End) { From = leave.Lab });
        }
    }

    /// <summary>Whether a "former" word ("Ex", "Ehemalige", "exinvestigadores") comes before the lab in the headline.</summary>
    private static bool AfterFormer(List<Mention> headline, int lab) =>
        headline.Take(lab).Any(m => m.Kind == MentionKind.Cue && m.Has(Cue.Former));

    /// <summary>Whether the lab right after "ex"/"former" (a hyphen may join them) is a past employer ("ex-Stone",
    /// "ex-Mercado Livre"), not the company founded.</summary>
    private static bool FormerMarked(List<Token> tokens, List<Mention> ms, int lab) =>
        lab > 0 && ms[lab - 1] is { Kind: MentionKind.Cue } before && before.Has(Cue.Former)
        && (before.End == ms[lab].First || (before.End + 1 == ms[lab].First && tokens[before.End].Key == "-"));
}
