namespace GraphExplorer.Ingest.Lexicons;

/// <summary>The kinds of cue word the extraction rules look for; every language fills the same kinds.</summary>
internal enum Cue
{
    /// <summary>Leaving a lab ("left", "a quitté", "离开"). Its object is the lab left.</summary>
    Leave,

    /// <summary>A departure noun ("departure of", "le départ de", "kepergian"): its person usually follows.</summary>
    LeaveNoun,

    /// <summary>Joining a lab ("joined", "rejoint", "加入", "was hired by").</summary>
    Join,

    /// <summary>Moving to a lab ("moved to", "pindah ke", "跳槽到"): a join that implies leaving the current lab.</summary>
    Move,

    /// <summary>Founding ("founded", "a lancé", "创立").</summary>
    Found,

    /// <summary>Working at a lab ("worked at", "travaille chez", "在…工作").</summary>
    Work,

    /// <summary>A lab hiring people ("hired", "a recruté", "merekrut"): the lab is the subject, the people the objects.</summary>
    Recruit,

    /// <summary>A person taking others along to a lab (Chinese "把…带到").</summary>
    Bring,

    /// <summary>"把" (marks the people brought along).</summary>
    BringMarker,

    /// <summary>A job title ("CEO", "chercheur", "研究员"); the entry's value is its English name.</summary>
    Role,

    /// <summary>A founder title ("co-founder", "co-fondateur", "联合创始人").</summary>
    FounderRole,

    /// <summary>Marks a title or tenure as past ("former", "ancien", "前", "mantan").</summary>
    Former,

    /// <summary>Marks a tenure as earlier than the move in the same sentence ("previously", "sebelumnya", "此前").</summary>
    Previously,

    /// <summary>Introduces a destination ("for", "pour", "ke").</summary>
    ToPrep,

    /// <summary>Introduces an origin ("from", "von", "dari", "从").</summary>
    FromPrep,

    /// <summary>A possessive link ("'s", "的", "milik").</summary>
    Genitive,

    /// <summary>Joins names ("and", "et", "和").</summary>
    Coord,

    /// <summary>A singular third-person pronoun ("he", "elle", "ia", "他").</summary>
    Pronoun,

    /// <summary>Words that look like a cue but are not ("其他" contains "他"); matched to shadow the cue.</summary>
    Blocker,

    /// <summary>An anaphoric company ("the company", "la société", "该公司").</summary>
    CompanyAnaphor,

    /// <summary>A startup or company noun for "X's startup" ("startup", "entreprise", "初创公司").</summary>
    StartupNoun,

    /// <summary>Negation before a verb ("not", "pas", "没有").</summary>
    Negation,

    /// <summary>"including"/"notamment": introduces a list of people.</summary>
    Including,

    /// <summary>A passive agent marker after a recruiting verb ("by", "par", "oleh", "被").</summary>
    PassiveBy,

    /// <summary>"said", "announced": verbs that mean a sentence reports, not a new subject.</summary>
    Copula,

    /// <summary>Suffix words after "Lab-" that make the lab a modifier ("backed", "funded").</summary>
    ModifierSuffix,

    /// <summary>"together with", "gemeinsam mit", "junto a": the person after it acts with the subject, not alone.</summary>
    Comitative,

    /// <summary>Marks a recent-news frame (Chinese "刚刚"); resolved to the publication month.</summary>
    Recency,

    /// <summary>A span of years at a lab ("years at", "años en", "Jahren bei"): told with an arrival, the tenure left.</summary>
    TenureSpan,

    /// <summary>"veteran", "alum": a person who worked at the lab named with it ("a Google veteran", "alum of OpenAI").</summary>
    Alumnus,
}

/// <summary>One cue phrase and, for titles, the English role it stands for.</summary>
internal sealed record CueEntry(Cue Cue, string Phrase, string? Value, bool Past);

/// <summary>The words a language contributes: cue phrases, stopwords for detection, and date vocabulary.</summary>
internal sealed class LanguageLexicon
{
    public LanguageLexicon(string code)
    {
        Code = code;
    }

    /// <summary>Gets the language code reported on articles (BCP 47: en, fr, zh-Hans, …).</summary>
    public string Code { get; }

    /// <summary>Gets or sets a value indicating whether objects come before verbs (Japanese, Korean).</summary>
    public bool HeadFinal { get; set; }

    /// <summary>Gets or sets a value indicating whether a title comes after the lab it belongs to ("OpenAI的总裁").</summary>
    public bool LabBeforeTitle { get; set; }

    /// <summary>Gets or sets a value indicating whether a title written right after a person's name, in the sentence that
    /// tells their move, names the person as they were: the post held before the move (Korean "박민재 연구원이 …
    /// 업스테이지로 자리를 옮겼다"), unless a phrase of taking a post follows it ("리더로 영입").</summary>
    public bool NamedTitleIsPast { get; set; }

    /// <summary>Gets or sets a value indicating whether a company description ("o banco", "l'entreprise") in a sentence that
    /// names only someone's origin stands for the headline's subject lab (<see cref="Extraction.LabDescriptions"/>).</summary>
    public bool ReadsLabDescriptions { get; set; }

    /// <summary>Gets nouns (folded) of a kind of company narrower than "company" ("bank", "fintech", "banco"): a description
    /// with one ("o banco") stands only for a lab <see cref="Extraction.LabDescriptions"/> places, never for whichever lab
    /// was named last (that may be no bank at all).</summary>
    public HashSet<string> LabKindNouns { get; } = new(StringComparer.Ordinal);

    public List<CueEntry> Entries { get; } = [];

    public HashSet<string> Stopwords { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets character sequences typical of the language (weighted into detection with the stopwords).</summary>
    public List<string> Grams { get; } = [];

    /// <summary>Gets month names (folded) mapped to month numbers.</summary>
    public Dictionary<string, int> Months { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets month names as written (lower case, with accents), for patterns that read raw text.</summary>
    public List<string> MonthSpellings { get; } = [];

    /// <summary>Gets weekday names as written (lower case, with accents).</summary>
    public List<string> WeekdaySpellings { get; } = [];

    /// <summary>Gets weekday names (folded) mapped to days.</summary>
    public Dictionary<string, DayOfWeek> Weekdays { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets capitalised words that never start a person's name in this language (sentence openers, places).</summary>
    public HashSet<string> NotNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets endings of compound words that are a title (German "Technikchef", "KI-Forscherin"), each with its
    /// English title, in file order: the first ending that fits wins, so longer endings come first.</summary>
    public List<(string Suffix, string Title)> CompoundTitles { get; } = [];

    /// <summary>Gets word endings no name has in this language (Korean grammatical endings: "을", "했", "하").</summary>
    public List<string> NameNeverEndsWith { get; } = [];

    /// <summary>Gets the case particles of a verb-final language with what they mark after a lab, longest first.</summary>
    public List<(string Particle, CaseMark Mark)> Particles { get; } = [];

    /// <summary>Whether <paramref name="text"/> (trimmed) is exactly a case particle of the kind <paramref name="mark"/>:
    /// "출신" or "出身" between a lab and the person it describes.</summary>
    public bool IsParticle(CaseMark mark, string text)
    {
        var trimmed = text.Trim();
        return Particles.Exists(p => p.Mark == mark && p.Particle == trimmed);
    }

    /// <summary>Gets word endings and openings that make an unknown word an organisation ("전자", "랩스", "株式会社", "ラボ").</summary>
    public List<string> OrganisationAffixes { get; } = [];

    /// <summary>Gets the words for a company's arm in one country ("日本法人", "한국 지사", "中国区"): the arm stands for the
    /// company ("OpenAIの日本法人に入社" joins OpenAI), as a team or a division does.</summary>
    public List<string> LocalArms { get; } = [];

    /// <summary>Gets the words that make a lab marked only as a place ("ソニーで") the place of the person's work: the work
    /// done ("研究", "担当") or a stretch of time ("5年間"). "ソニーで…の研究をして、メルカリに移った" moves from Sony;
    /// "ソニーで講演したことがあり" does not.</summary>
    public List<string> PlaceOfWorkWords { get; } = [];

    /// <summary>Gets the words that turn a sentence from a past post to the present one ("現在は", "현재는", "现任"): "former A …, now at B".</summary>
    public List<string> Currently { get; } = [];

    /// <summary>Gets the endings of a modifier clause that say what the person it describes used to do at a lab ("연구하던",
    /// "이끌던"): "A에서 … 연구하던 X" places X at A.</summary>
    public List<string> PastWorkEndings { get; } = [];

    /// <summary>Gets the phrases that list more arrivals after the person named before them ("同期加入的还有"): "与X同期加入的还有
    /// A和B" has A and B join where X did.</summary>
    public List<string> FellowArrivals { get; } = [];

    /// <summary>Gets the endings of a modifier clause that say the person it describes came over from a lab ("옮겨온"):
    /// "카카오에서 옮겨온 X" places X at 카카오 before.</summary>
    public List<string> CameFromEndings { get; } = [];

    /// <summary>Gets the reporting verbs a subordinate clause ends before ("…합류했다고 밝혔다"): the lab opening the sentence
    /// as its topic reports an arrival at itself.</summary>
    public List<string> ReportedBy { get; } = [];

    /// <summary>Gets the phrases for "now" that end in a preposition, the present lab right after them ("now works at B", "travaille désormais chez B").</summary>
    public List<string> CurrentlyAt { get; } = [];

    /// <summary>Gets the words (folded) a headline announcing a company's birth opens with ("Nace Lumbre", "Nasce a Maré", "Lahir
    /// Kalam AI"): a verb, never the first word of the company's name.</summary>
    public HashSet<string> LaunchWords { get; } = new(StringComparer.Ordinal);


    /// <summary>Gets the nouns (folded) that, besides the organisation nouns of org-cues.txt, name a company when a naming
    /// word (<see cref="NamingWords"/>) follows ("a company called", "ein Unternehmen namens"), though alone they also precede people's titles.</summary>
    public HashSet<string> CompanyNamingNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the phrases right after a lab that make it an investor in the story ("venture arm", "fonds de capital-risque"):
    /// "Samsung's venture arm also took part" names Samsung as a backer, never the company "the company" later means.</summary>
    public List<string> InvestorArms { get; } = [];

    /// <summary>Nouns that describe a company right before its name in a script without capitals ("スタートアップ",
    /// "기업", "初创公司"): such a noun, then a name with its Latin spelling in brackets, introduces a company.</summary>
    public List<string> CompanyNouns { get; } = [];

    /// <summary>Labels that may open the bracket holding a company's Latin spelling ("英語名", "영문명").</summary>
    public List<string> LatinNameLabels { get; } = [];

    /// <summary>Verbs (folded) of raising money ("raised", "captou", "lève"): a capitalised name no list knows right
    /// before one, with an amount after it, is a company.</summary>
    public HashSet<string> FundingVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the phrases right before a network that make it where something was said ("on", "sur"): "wrote on LinkedIn".</summary>
    public List<string> MediumBefore { get; } = [];

    /// <summary>Gets the words (folded) that make the date after them the start of a state ("since 2019", "depuis 2019"): never when someone left.</summary>
    public HashSet<string> SinceWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the words (folded) that make the year after them the end of a stint ("until 2017", "hasta 2018"):
    /// a stint ended years before a founding or a hire is background, not where the person came from.</summary>
    public HashSet<string> UntilWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the nouns (folded) of things one joins that are no employer ("board", "panel", "call"): "joined the board of B" is no post at B.</summary>
    public HashSet<string> JoinedNonEmployers { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the possessives that stand for a person ("his", "her"): "his deputy, X" names someone who worked under that person.</summary>
    public HashSet<string> StaffPossessives { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the possessives that stand only for a thing, never a person ("its"): "Anthropic said X joined its team" joined Anthropic.</summary>
    public HashSet<string> ThingPossessives { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the words (folded) that open a relative clause set off by commas ("yang"): "X, yang …, dan Y".</summary>
    public HashSet<string> RelativePronouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the negation phrases that deny a whole clause after them ("negó que", "membantah"), however far the
    /// verb: "X negó que vaya a dejar Google para unirse a Meta" states no move. Each is also a negation cue.</summary>
    public HashSet<string> Denials { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the words (folded) that name what an organisation noun introduces ("llamada", "chamada", "bernama"):
    /// "una startup llamada Acme" names Acme, a lab no list may know.</summary>
    public HashSet<string> NamingWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets adverbs (folded) that may stand inside a verb phrase without breaking it ("unirse también a").</summary>
    public HashSet<string> InsertedAdverbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets verbs (folded) by which a lab loses people ("perdió", "verliert"), the lab being their subject.</summary>
    public HashSet<string> LoseVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets words (folded) for "now" that, in an aside after a listed name, put the person at the lab after them
    /// ("X, ahora en B", "Y, hoje na B", "Z, yang kini di B").</summary>
    public HashSet<string> NowWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets possessive determiners (folded: "her", "son", "ihre", "su", "sua") that, opening a sentence, bring in
    /// a person as a relation of the one the story follows ("Her former manager, X, …").</summary>
    public HashSet<string> PossessiveDeterminers { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets words (folded) that place what a sentence tells after what came before ("then", "puis", "danach",
    /// "después", "depois", "kemudian"): in a career told across an article they give the order of its stints.</summary>
    public HashSet<string> SequelWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that introduce the post a person takes on ("as", "en tant que", "devient", "sebagai"): a title right
    /// after them, in a sentence that tells a joining or a hiring, is the person's post at the lab joined.</summary>
    public List<string[]> TitleIntroducers { get; } = [];

    /// <summary>Definite articles (folded): a title right after one that names nobody stands for the person the article
    /// is about ("The researcher said"), where an indefinite one ("A spokesperson declined") is someone else.</summary>
    public HashSet<string> DefiniteArticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Prepositions of place ("in", "em", "à"): a capitalised pair right after one is a town ("em Menlo Park"),
    /// not a person, unless it opens with a known given name.</summary>
    public HashSet<string> PlacePrepositions { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the nouns that close the name of a unit inside a company ("研究院", "实验室", "조직", "팀"): a unit named
    /// right after a known lab ("百度深度学习研究院", "네이버 하이퍼스케일 AI 조직") belongs to that lab. Longest first.</summary>
    public List<string> UnitNouns { get; } = [];

    /// <summary>Endings (folded) of adjectives of origin that follow an organisation noun ("lyonnaise", "paulistana"),
    /// in the languages that put adjectives after the noun.</summary>
    public List<string> OriginAdjectiveEndings { get; } = [];

    /// <summary>
    /// Gets verb forms (folded) that move a person from one place to another, finite or participle ("wechselte", "kam",
    /// "stieß", "gewechselt", "abgeworben"): with "von A zu B" in the clause they state a move wherever the verb stands.
    /// </summary>
    public HashSet<string> MotionVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets phrases (folded, each a phrase of words) for "N others" closing a clause about hires ("otras dos",
    /// "dua talenta lain"): the people listed next were hired by the same company.</summary>
    public List<string[]> OtherHires { get; } = [];

    /// <summary>Gets future verbs (folded, each a phrase of words) of leading a team ("dirigirá", "akan memimpin"): said of
    /// a listed hire, they give the post taken, a head's.</summary>
    public List<string[]> LeadVerbs { get; } = [];

    /// <summary>Gets words (folded, each a phrase of words) of a headline or lead that say a company is taking people on
    /// ("étoffe", "ficha", "holt", "bolsters"), besides the hiring verbs of the cues: the lab that opens such a sentence
    /// is the article's hirer.</summary>
    public List<string[]> HiringWords { get; } = [];

    /// <summary>Gets phrases (cut as the text is) that open a round-up of departures from one lab ("the departures
    /// include", "Zu den Abgängen", "离职的还有", "잇따라 회사를 떠나"): people told to arrive elsewhere in the passage that
    /// follows, with no origin of their own, left that lab.</summary>
    public List<string[]> DepartureHeaders { get; } = [];

    /// <summary>Gets phrases (cut as the text is) that make a sentence's move no fact ("in talks", "denied", "tried to
    /// recruit", "传闻", "噂", "설이"): rumours, denials, offers and approaches state no move (labelling rule 1).</summary>
    public List<string[]> NonFactCues { get; } = [];

    /// <summary>Gets phrases (folded, each a phrase of words) that introduce one more hire without naming where they go
    /// ("parmi eux", "se suma", "kommt von", "turut bergabung"): in a hiring story, the hirer is where they go.</summary>
    public List<string[]> HireArrivals { get; } = [];

    /// <summary>Gets phrases (folded, each a phrase of words) by which a person takes up a post without naming the lab
    /// ("joins as", "asumirá como", "chega como", "devient"): in a hiring story, said of someone with a past post
    /// elsewhere, the post is at the hirer, and a title right after the phrase is that post.</summary>
    public List<string[]> PostTakings { get; } = [];

    /// <summary>Gets phrases (folded, each a phrase of words) by which one person follows another to a new lab: the follower
    /// after them in the passive ("will be followed by", "suivie par", "diikuti oleh"), before them otherwise ("will follow").</summary>
    public List<string[]> FollowPhrases { get; } = [];

    /// <summary>Gets the follow phrases of the passive voice (the follower named after the phrase).</summary>
    public List<string[]> PassiveFollowPhrases { get; } = [];

    /// <summary>Gets the object pronouns (folded) that stand for the person followed, after an active follow phrase
    /// ("will follow her") or inside it ("la siguió", "folgt ihr").</summary>
    public HashSet<string> FollowObjectPronouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets phrases (folded, each a phrase of tokens) that, written right after a title, make it the post a person
    /// takes rather than one they held (head-final: "最高技術責任者に就任した", "責任者を務める", "CTOに迎えた"): in a
    /// sentence telling or following a move, such a post is held at the destination, not at the origin named beside it
    /// (<see cref="Extraction.DestinationPosts"/>).</summary>
    public List<string[]> PostsTakenAfter { get; } = [];

    /// <summary>Gets verbs (folded, each a phrase of tokens) of leading or running something, in forms that speak of the
    /// present or the future or of a purpose ("to lead", "pour diriger", "agora comanda", "untuk memimpin", "负责",
    /// "を率いる", "을 이끌게"): said of a mover in the sentence of the arrival or the next, they give a head's post at the
    /// lab the person went to (<see cref="Extraction.DestinationPosts"/>). Past forms are left out on purpose.</summary>
    public List<string[]> PostVerbs { get; } = [];

    /// <summary>Gets phrases (folded, each a phrase of tokens) written right before a title that make it the post a person
    /// holds now or takes ("to be its", "à titre de", "é agora", "出任", "担任"), besides the title introducers and the
    /// phrases of taking a post (<see cref="Extraction.DestinationPosts"/>).</summary>
    public List<string[]> PostIntroducers { get; } = [];

    /// <summary>Gets the verbs of joining that, right after a date and its particle, enter a period rather than a company
    /// ("今年に入り": "this year"); such a verb joins no one to anything.</summary>
    public HashSet<string> PeriodEntries { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets phrases (folded, each a phrase of words) that bring in a companion ("accompagnée de", "together
    /// with", "junto con"): a person after one, beside a hire of the story, came with that hire.</summary>
    public List<string[]> HireCompanions { get; } = [];

    /// <summary>Gets passive hiring verbs (folded, each a phrase of words) whose agent may go unsaid ("foi contratado",
    /// "fue fichado"): the lab the article is about is then the hirer.</summary>
    public List<string[]> PassiveHires { get; } = [];

    /// <summary>Gets passive phrases that take a person away from a lab, ending with "from" ("was poached from", "a été
    /// débauché de"): the lab after them is the origin, and a lab after the agent word ("by", "par") the hirer.</summary>
    public List<string[]> PassiveAway { get; } = [];

    /// <summary>Gets the words that introduce a passive verb's agent ("by", "par").</summary>
    public HashSet<string> AgentWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets word endings that make a word such an adverb ("-mente": "oficialmente", "finalmente").</summary>
    public List<string> AdverbEndings { get; } = [];

    /// <summary>Whether a token is an adverb that may stand inside a verb phrase of this language.</summary>
    public bool IsInsertedAdverb(Text.Token token) =>
        token.Kind == Text.TokenKind.Word && (InsertedAdverbs.Contains(token.Key) || HasAdverbEnding(token));

    /// <summary>Whether a word ends like an adverb of this language ("atualmente", "inicialmente"); a short word with the
    /// ending ("Clemente") is a name, not an adverb.</summary>
    public bool HasAdverbEnding(Text.Token token) =>
        AdverbEndings.Exists(e => token.Key.Length > e.Length + 3 && token.Key.EndsWith(e, StringComparison.Ordinal));

    public LanguageLexicon Add(Cue cue, IEnumerable<string> phrases, bool past = false)
    {
        foreach (var phrase in phrases)
        {
            Entries.Add(new CueEntry(cue, phrase, null, past));
        }

        return this;
    }

    /// <summary>Adds titles as (local title, English title) pairs, each with its regular plural.</summary>
    public LanguageLexicon Roles(IEnumerable<(string Phrase, string English)> pairs)
    {
        foreach (var (phrase, english) in pairs)
        {
            Entries.Add(new CueEntry(Cue.Role, phrase, english, false));
            if (Plural(phrase) is { } plural && !Entries.Exists(e => e.Cue == Cue.Role && e.Phrase == plural))
            {
                // "former OpenAI researchers" after a list of people is the same title for each of them.
                Entries.Add(new CueEntry(Cue.Role, plural, english, false));
            }
        }

        return this;
    }

    /// <summary>The regular plural of a title in English, French, Spanish and Portuguese (last word only), or null.</summary>
    private string? Plural(string phrase)
    {
        if (phrase.Length < 3 || phrase.All(c => !char.IsLower(c)) || Code is not ("en" or "fr" or "es" or "pt"))
        {
            return null;
        }

        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var (head, rest) = Code is "en" || space < 0 ? (phrase, string.Empty) : (phrase[..space], phrase[space..]);
        var last = head[^1];
        var plural = last is 's' or 'x' or 'z' ? null
            : Code is "es" or "pt" && !"aeiouéó".Contains(last, StringComparison.Ordinal) ? (Code == "pt" && last == 'l' ? head[..^1] + "is" : head + "es")
            : head + "s";
        return plural is null ? null : plural + rest;
    }

    public LanguageLexicon Stop(IEnumerable<string> words)
    {
        Stopwords.UnionWith(words);
        return this;
    }

    public LanguageLexicon NoNames(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            NotNames.Add(Text.Tokenizer.Fold(w));
        }

        return this;
    }

    /// <summary>Month names, one list of spellings per month starting with January.</summary>
    public LanguageLexicon MonthNames(IEnumerable<IEnumerable<string>> perMonth)
    {
        var m = 0;
        foreach (var names in perMonth)
        {
            m++;
            foreach (var name in names)
            {
                Months[Text.Tokenizer.Fold(name)] = m;
                MonthSpellings.Add(name.ToLowerInvariant());
            }
        }

        return this;
    }

    /// <summary>Weekday names, one list of spellings per day starting with Monday.</summary>
    public LanguageLexicon WeekdayNames(IEnumerable<IEnumerable<string>> fromMonday)
    {
        var d = 0;
        foreach (var names in fromMonday)
        {
            d++;
            foreach (var name in names)
            {
                Weekdays[Text.Tokenizer.Fold(name)] = (DayOfWeek)(d % 7);
                WeekdaySpellings.Add(name.ToLowerInvariant());
            }
        }

        return this;
    }

    public LanguageLexicon WithGrams(IEnumerable<string> grams)
    {
        Grams.AddRange(grams);
        return this;
    }
}
