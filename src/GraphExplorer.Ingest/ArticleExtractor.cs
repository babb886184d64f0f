using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Extraction;
using GraphExplorer.Ingest.Language;
using GraphExplorer.Ingest.Learning;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest;

/// <summary>
/// Extracts people, labs, tenures, moves and foundings from one article, offline: text preparation, language
/// detection, sentence splitting, mention finding (gazetteer, cue words, unknown names, dates), per-sentence rules,
/// coreference and article-level reasoning. Thread-safe; one instance can serve every request.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Articles longer than this many characters are refused (a news article is a few thousand).</summary>
    public const int MaxCharacters = 2_000_000;

    /// <param name="gazetteer">The known people and labs (default: the shipped gazetteer).</param>
    /// <param name="pairModel">The learned pair scorer that decides the relations (the <c>model</c> scorer); null keeps the rules' decisions.</param>
    public ArticleExtractor(Gazetteer? gazetteer = null, PairModel? pairModel = null)
    {
        Gazetteer = gazetteer ?? Gazetteer.Default;
        PairModel = pairModel;
    }

    private static readonly Lazy<ArticleExtractor> s_shipped = new(() => new ArticleExtractor(null, PairModel.Default));

    /// <summary>Gets an extractor with the shipped gazetteer whose rules decide every relation.</summary>
    public static ArticleExtractor Default { get; } = new();

    /// <summary>
    /// Gets what users get by default (ingest, eval and the web app): the shipped gazetteer, with the built-in pair model
    /// deciding the relations as it was configured when trained. It is the default because it beat the rules on every
    /// held-out set (README, "The learned pair scorer"); <see cref="Default"/> keeps the rules alone.
    /// </summary>
    public static ArticleExtractor Shipped => s_shipped.Value;

    public Gazetteer Gazetteer { get; }

    /// <summary>Gets the learned scorer deciding each candidate pair's relations, or null when the rules decide.</summary>
    public PairModel? PairModel { get; }

    /// <summary>The stable id of content with no id of its own: "a-" and the first 16 hex digits of its SHA-256.</summary>
    public static string ContentId(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 8));
    }

    /// <summary>Extracts the facts of one article.</summary>
    /// <exception cref="ArticleRejectedException">The article is empty, too long, or in a language the extractor does not read.</exception>
    public ExtractionResult Extract(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TryExtract(input, out var result, out var error) ? result! : throw new ArticleRejectedException(error!);
    }

    /// <summary>Extracts the facts of one article, or says why it cannot (nothing partial is returned).</summary>
    public bool TryExtract(ArticleInput input, out ExtractionResult? result, out IngestError? error) =>
        TryExtract(input, PairModel, null, out result, out error);

    /// <summary>Extracts an article by the rules and also returns its candidate pairs, their people written as in the
    /// facts (what the trainer labels from the gold).</summary>
    internal bool TryExtractPairs(ArticleInput input, out ExtractionResult? result, out List<PairCandidate>? pairs, out IngestError? error)
    {
        pairs = [];
        return TryExtract(input, null, pairs, out result, out error);
    }

    private bool TryExtract(ArticleInput input, PairModel? model, List<PairCandidate>? pairsOut, out ExtractionResult? result, out IngestError? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return TryExtractCore(input, model, pairsOut, out result, out error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A fault in a rule must cost one article, not the batch around it: the caller reports this article as not
            // extracted (with its name) and goes on with the others. Nothing of it was kept.
            result = null;
            error = new IngestError(
                input.SourceName ?? input.Id ?? "article",
                $"the extractor failed on this article ({ex.GetType().Name}: {ex.Message}); nothing from it was kept. This is a fault in GraphExplorer, not in the article: please report it with the article");
            return false;
        }
    }

    private bool TryExtractCore(ArticleInput input, PairModel? model, List<PairCandidate>? pairsOut, out ExtractionResult? result, out IngestError? error)
    {
        result = null;
        var source = input.SourceName ?? input.Id ?? "article";
        if (string.IsNullOrWhiteSpace(input.Content))
        {
            error = new IngestError(source, "the article is empty");
            return false;
        }

        if (input.Content.Length > MaxCharacters)
        {
            error = new IngestError(source, $"the article has {input.Content.Length:N0} characters, more than the {MaxCharacters:N0} an article may have");
            return false;
        }

        var prepared = ArticleText.Prepare(input.Content, input.Format);
        if (string.IsNullOrWhiteSpace(prepared.Text))
        {
            error = new IngestError(source, "the article has no text once markup and front matter are removed");
            return false;
        }

        var detected = LanguageDetector.Detect(prepared.Text);
        if (detected.Code is null || !Languages.All.TryGetValue(detected.Code, out var lexicon))
        {
            error = new IngestError(source, $"unknown language: {detected.Reason} (supported: en, fr, es, de, pt, id, zh-Hans, zh-Hant, ja, ko)");
            return false;
        }

        var id = input.Id ?? prepared.Id ?? ContentId(input.Content);
        if (!IsValidArticleId(id))
        {
            error = new IngestError(source, $"'{id}' is not an article id (letters, digits, '.', '_', ':' and '-', at most 200)");
            return false;
        }

        var published = input.Published ?? prepared.Published;
        var url = input.Url ?? prepared.Url;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            url = null;
        }

        var warnings = new List<string>(prepared.Warnings);
        var (state, mentions) = Analyze(prepared.Text, lexicon, published);
        if (published is null && state.UnresolvedRelativeDates > 0)
        {
            warnings.Add($"{state.UnresolvedRelativeDates} relative date(s) left unresolved: the article has no publication date");
        }

        var reasoned = ArticleReasoner.Reason(state, id);
        reasoned = JapaneseReporters.Drop(reasoned, prepared.Text, lexicon.Code);
        var facts = ScriptNames.Apply(reasoned, prepared.Text, lexicon.Code, Gazetteer.KnownPeople);
        if (model is not null || pairsOut is not null)
        {
            // Each pair's person is written as the facts write people (a Hangul name as its Latin spelling), so the
            // scorer sees one person where the article gives a name in two scripts ("박지훈(Park Ji-hoon)"): it adds a
            // move only for someone the rules gave none, and gold labels spell people that way too.
            var spell = ScriptNames.Speller(prepared.Text, lexicon.Code, Gazetteer.KnownPeople);
            var pairs = PairFeatures.Build(state, mentions, reasoned).ConvertAll(p => p with { Person = spell(p.Person) });
            if (model is not null)
            {
                facts = PairDecider.Decide(model, pairs, facts, id, prepared.Text);
            }

            pairsOut?.AddRange(pairs);
        }

        var article = new ArticleFact(id, input.Title ?? prepared.Title, url, lexicon.Code, published);
        result = new ExtractionResult(article, facts, warnings, state.Merges, prepared.Text);
        error = null;
        return true;
    }

    private (ArticleState State, List<List<Mention>> Mentions) Analyze(string text, LanguageLexicon lexicon, PartialDate? published)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var dates = DateParser.For(lexicon).Find(text, published, tokens);
        var state = new ArticleState(text, tokens, sentences, lexicon, Gazetteer, published)
        {
            UnresolvedRelativeDates = published is null ? dates.Count(d => d.Date is null) : 0,
        };
        var finder = new MentionFinder(Gazetteer, lexicon, text, tokens, dates);
        var mentions = sentences.ConvertAll(finder.Find);
        if (lexicon.Code is "zh-Hans" or "zh-Hant" or "ja" or "ko")
        {
            finder.AddRepeatedNames(sentences, mentions);
            state.IntroducedLabs = finder.AddIntroducedCompanies(sentences, mentions);
            if (lexicon.Code == "ja")
            {
                MentionFinder.ResolveJapaneseSurnames(mentions);
            }
        }
        else
        {
            finder.AddRepeatedCompanies(sentences, mentions);
            finder.CutTrailingCompanies(mentions);
        }

        AuthorFirstPerson.Apply(text, tokens, sentences, mentions, lexicon.Code);
        state.FoundedCompany = FoundingStories.FoundedCompany(tokens, mentions);
        Coreference.Resolve(state, mentions);
        var rules = new SentenceRules(state);
        for (var s = 0; s < sentences.Count; s++)
        {
            state.CurrentSentence = s;
            var ms = mentions[s];
            if (state.PendingList is { } pending)
            {
                if (sentences[s].IsListItem && ms.FirstOrDefault(m => m.Kind == MentionKind.Person && m.Name is not null && !m.Pronoun) is { } member)
                {
                    member.Object = true;
                    state.Events.Add(new ArticleEvent(EventKind.Join, member.Name!, pending.Lab, pending.Date, 0.75, s, sentences[pending.Sentence].Start, sentences[s].End) { From = pending.From });
                }
                else if (!sentences[s].IsListItem && (s == 0 || text.AsSpan(sentences[s - 1].End, sentences[s].Start - sentences[s - 1].End).IndexOfAny('\n', '\r') >= 0))
                {
                    // A sentence on a line of its own ends the list; the next sentence of the same item does not.
                    state.PendingList = null;
                }
            }

            rules.Apply(s, sentences[s], ms);
            BracketedEmployers(state, s, ms);
            QuotedMoves.Apply(state, s, ms);
            if (sentences[s].EndsWithColon)
            {
                var heading = ms.FirstOrDefault(m => m.Kind == MentionKind.Date && m.Date is not null)?.Date
                    ?? (ms.Any(m => m.Kind == MentionKind.Cue && m.Has(Cue.Recency)) ? state.PublishedMonth : null);
                if (heading is { } date)
                {
                    state.NoteHeadingDate(s, date);
                }
            }
        }

        FounderCareers.Apply(state, mentions);
        FoundingStories.HeadlineFounders(state, mentions);
        FoundingStories.FounderCareerChains(state);
        HiringStories.Apply(state, mentions);
        NonFacts.Apply(state);
        RoundUps.Apply(state, mentions);
        PostBinding.Apply(state, mentions);
        DestinationPosts.Apply(state, mentions);
        DestinationPosts.NamedTitles(state, mentions);
        DestinationPosts.DescribedMovers(state, mentions);
        ShortCompanyNames.Apply(state, mentions);
        BareCompanyWords.Apply(state);
        return (state, mentions);
    }

    /// <summary>Words that mark a bracketed lab after a name as a past employer: "(ex-OpenAI)", "(da OpenAI)", "(formerly Google)".</summary>
    private static readonly HashSet<string> s_formerMarkers = new(StringComparer.Ordinal)
    {
        "ex", "former", "formerly", "previously", "from", "da", "do", "de", "del", "dari", "eks", "mantan", "ehemals", "vormals", "zuvor", "ancien", "ancienne", "anciennement", "antes", "antigo", "antiga",
    };

    /// <summary>
    /// A lab in brackets right after a person ("Jane Roe (ex-OpenAI)", "Li Wei (Google)") is where the person works, or
    /// worked when a marker such as "ex" or "da" precedes it; a list of hires often names origins this way.
    /// </summary>
    private static void BracketedEmployers(ArticleState state, int sentence, List<Mention> ms)
    {
        var tokens = state.Tokens;
        for (var i = 0; i + 1 < ms.Count; i++)
        {
            var person = ms[i];
            if (person.Kind != MentionKind.Person || person.Name is null || person.Pronoun || person.End >= tokens.Count || tokens[person.End].Key != "(")
            {
                continue;
            }

            var t = person.End + 1;
            var former = false;
            while (t < tokens.Count && t - person.End <= 3 && (s_formerMarkers.Contains(tokens[t].Key) || tokens[t].Key == "-"))
            {
                former |= tokens[t].Key != "-";
                t++;
            }

            var lab = ms.Find(m => m.Kind == MentionKind.Lab && m.First == t);
            if (lab?.Name is null || lab.End >= tokens.Count || tokens[lab.End].Key != ")")
            {
                continue;
            }

            state.Events.Add(new ArticleEvent(EventKind.Work, person.Name, lab.Name, null, 0.7, sentence, person.Start, tokens[lab.End].End) { Former = former });
        }
    }

    private static bool IsValidArticleId(string id) =>
        id.Length is > 0 and <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');
}
