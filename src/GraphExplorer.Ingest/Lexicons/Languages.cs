using System.Reflection;
using System.Text.Json;

namespace GraphExplorer.Ingest.Lexicons;

/// <summary>
/// The cue words of every supported language, read once from the embedded data files <c>Lexicons/Data/&lt;lang&gt;.json</c>
/// (general vocabulary of news about hiring and departures: "left", "a quitté", "离开", "meninggalkan"; none of it names
/// a particular person, lab or article). Keeping them as data lets a linguist extend a language without touching code.
/// </summary>
internal static class Languages
{
    private const string Prefix = "lexicons/";

    private static readonly Lazy<Dictionary<string, LanguageLexicon>> s_all = new(Build);

    private static readonly Lazy<HashSet<string>> s_commonNotNames = new(() =>
        ReadJson(Prefix + "common.json", root => Strings(root, "notNames", Prefix + "common.json").ToHashSet(StringComparer.Ordinal)));

    private static readonly Lazy<HashSet<string>> s_investorNameEnds = new(() =>
        ReadJson(Prefix + "common.json", root => Strings(root, "investorNameEnds", Prefix + "common.json").ToHashSet(StringComparer.OrdinalIgnoreCase)));

    private static readonly Lazy<HashSet<string>> s_institutionWords = new(() =>
        ReadJson(Prefix + "common.json", root => Strings(root, "institutionWords", Prefix + "common.json").ToHashSet(StringComparer.Ordinal)));

    private static readonly Lazy<HashSet<string>> s_founderPosts = new(() =>
        ReadJson(Prefix + "common.json", root => Strings(root, "founderPosts", Prefix + "common.json").ToHashSet(StringComparer.Ordinal)));

    private static readonly Lazy<HashSet<string>> s_platforms = new(() =>
        ReadJson(Prefix + "common.json", root => Strings(root, "platforms", Prefix + "common.json").ToHashSet(StringComparer.OrdinalIgnoreCase)));

    private static readonly Lazy<HashSet<string>> s_departmentTitles = new(() =>
        ReadJson(Prefix + "common.json", root => Strings(root, "departmentTitles", Prefix + "common.json").ToHashSet(StringComparer.OrdinalIgnoreCase)));

    /// <summary>Gets the English titles the press of every language writes with a department after "of" ("Head of AI",
    /// "VP of Engineering"), as written.</summary>
    public static HashSet<string> DepartmentTitles => s_departmentTitles.Value;

    /// <summary>Gets the lexicons by language code.</summary>
    public static IReadOnlyDictionary<string, LanguageLexicon> All => s_all.Value;

    /// <summary>Gets the capitalised words (folded) that never start or belong to a person's name, in any language.</summary>
    public static HashSet<string> CommonNotNames => s_commonNotNames.Value;

    /// <summary>Gets the last words of investment firms' names ("Capital", "Ventures"). Such a firm is a lab for its own
    /// staff ("a partner at Lux Capital"), but in a story about a startup it is the backer, never the company "the company"
    /// or "its" refers back to.</summary>
    public static HashSet<string> InvestorNameEnds => s_investorNameEnds.Value;

    /// <summary>Whether a lab's name is an investment firm's ("Sequoia Capital", "Index Ventures").</summary>
    public static bool IsInvestorName(string name)
    {
        foreach (var end in InvestorNameEnds)
        {
            if (name.Length > end.Length && name.EndsWith(end, StringComparison.OrdinalIgnoreCase) && name[^(end.Length + 1)] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the nouns (folded) that open a school's name ("Universidad", "Instituto"): the capitalised words after one
    /// are the rest of that name, never a person.</summary>
    public static HashSet<string> InstitutionWords => s_institutionWords.Value;

    /// <summary>Gets the posts (English titles, as the role cues give them) a founder takes at the company founded ("CEO",
    /// "CTO", "president"): in a founding story such a title beside a founder is held at the new company.</summary>
    public static HashSet<string> FounderPosts => s_founderPosts.Value;

    /// <summary>Gets the networks people post on ("LinkedIn", "X"), as written: named as where a statement was made, they are no employer.</summary>
    public static HashSet<string> Platforms => s_platforms.Value;

    private static Dictionary<string, LanguageLexicon> Build()
    {
        var all = new Dictionary<string, LanguageLexicon>(StringComparer.Ordinal);
        var resources = typeof(Languages).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal) && n != Prefix + "common.json")
            .Order(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            foreach (var lexicon in ReadJson(resource, root => Parse(root, resource)))
            {
                if (!all.TryAdd(lexicon.Code, lexicon))
                {
                    throw new InvalidDataException($"{resource}: language code '{lexicon.Code}' is already defined by another lexicon file");
                }
            }
        }

        return all;
    }

    /// <summary>Reads one lexicon file's JSON; errors name the file and what is wrong in it.</summary>
    internal static List<LanguageLexicon> Read(string json, string file)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Parse(stream, file, root => Parse(root, file));
    }

    /// <summary>One file may serve several codes (simplified and traditional Chinese share one vocabulary).</summary>
    private static List<LanguageLexicon> Parse(JsonElement root, string file)
    {
        var codes = Strings(root, "codes", file).ToList();
        if (codes.Count == 0)
        {
            throw new InvalidDataException($"{file}: 'codes' must list at least one language code");
        }

        return codes.ConvertAll(code => Fill(new LanguageLexicon(code), root, file));
    }

    private static LanguageLexicon Fill(LanguageLexicon l, JsonElement root, string file)
    {
        l.HeadFinal = Bool(root, "headFinal", file);
        l.LabBeforeTitle = Bool(root, "labBeforeTitle", file);
        l.NamedTitleIsPast = Bool(root, "namedTitleIsPast", file);
        l.ReadsLabDescriptions = Bool(root, "readsLabDescriptions", file);
        l.LabKindNouns.UnionWith(Strings(root, "labKindNouns", file).Select(n => n.ToLowerInvariant()));
        if (!root.TryGetProperty("cues", out var cues) || cues.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: 'cues' must be an array of cue groups");
        }

        var index = 0;
        foreach (var group in cues.EnumerateArray())
        {
            var where = $"{file}: cues[{index++}]";
            var name = group.TryGetProperty("cue", out var c) ? c.GetString() : null;
            if (!Enum.TryParse<Cue>(name, ignoreCase: false, out var cue) || !Enum.IsDefined(cue))
            {
                throw new InvalidDataException($"{where}: 'cue' is '{name}', not one of {string.Join(", ", Enum.GetNames<Cue>())}");
            }

            if (cue == Cue.Role)
            {
                if (!group.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"{where}: a Role group needs 'roles', an object of local title to English title");
                }

                // Object order is kept: it is the order the titles were written in.
                l.Roles(roles.EnumerateObject().Select(p => (p.Name, p.Value.GetString() ?? p.Name)));
            }
            else
            {
                l.Add(cue, Strings(group, "phrases", where), group.TryGetProperty("past", out var past) && past.GetBoolean());
            }
        }

        l.Stop(Strings(root, "stopwords", file));
        l.WithGrams(Strings(root, "grams", file));
        l.MonthNames(Lists(root, "months", file));
        l.WeekdayNames(Lists(root, "weekdays", file));
        l.NoNames(Strings(root, "notNames", file));
        l.NoNames(Strings(root, "honorifics", file)); // "Frau", "Mme", "Pak": before a name, never part of it
        if (root.TryGetProperty("compoundTitles", out var compoundTitles))
        {
            l.CompoundTitles.AddRange(compoundTitles.EnumerateObject().Select(p => (p.Name, p.Value.GetString() ?? p.Name)));
        }

        l.NameNeverEndsWith.AddRange(Strings(root, "nameNeverEndsWith", file));
        l.Particles.AddRange(Particles(root, file));
        l.OrganisationAffixes.AddRange(Strings(root, "organisationAffixes", file));
        l.LocalArms.AddRange(Strings(root, "localArms", file));
        l.Currently.AddRange(Strings(root, "currently", file));
        l.PlaceOfWorkWords.AddRange(Strings(root, "placeOfWorkWords", file));
        l.PastWorkEndings.AddRange(Strings(root, "pastWorkEndings", file));
        l.CurrentlyAt.AddRange(Strings(root, "currentlyAt", file));
        l.FellowArrivals.AddRange(Strings(root, "fellowArrivals", file));
        l.CameFromEndings.AddRange(Strings(root, "cameFromEndings", file));
        l.ReportedBy.AddRange(Strings(root, "reportedBy", file));
        l.ThingPossessives.UnionWith(Strings(root, "thingPossessives", file));
        l.MediumBefore.AddRange(Strings(root, "mediumBefore", file));
        l.LaunchWords.UnionWith(Strings(root, "launchWords", file).Select(w => Text.Tokenizer.Fold(w)));
        l.CompanyNamingNouns.UnionWith(Strings(root, "companyNamingNouns", file).Select(w => Text.Tokenizer.Fold(w)));
        l.InvestorArms.AddRange(Strings(root, "investorArms", file));
        l.CompanyNouns.AddRange(Strings(root, "companyNouns", file));
        l.LatinNameLabels.AddRange(Strings(root, "latinNameLabels", file));
        l.FundingVerbs.UnionWith(Strings(root, "fundingVerbs", file).Select(w => Text.Tokenizer.Fold(w)));
        l.SinceWords.UnionWith(Strings(root, "sinceWords", file).Select(w => Text.Tokenizer.Fold(w)));
        l.UntilWords.UnionWith(Strings(root, "untilWords", file).Select(w => Text.Tokenizer.Fold(w)));
        l.JoinedNonEmployers.UnionWith(Strings(root, "joinedNonEmployers", file).Select(w => Text.Tokenizer.Fold(w)));
        l.StaffPossessives.UnionWith(Strings(root, "staffPossessives", file).Select(w => Text.Tokenizer.Fold(w)));
        l.RelativePronouns.UnionWith(Strings(root, "relativePronouns", file).Select(w => Text.Tokenizer.Fold(w)));
        l.Denials.UnionWith(Strings(root, "denials", file));
        l.NamingWords.UnionWith(Strings(root, "namingWords", file).Select(w => Text.Tokenizer.Fold(w)));
        l.InsertedAdverbs.UnionWith(Strings(root, "insertedAdverbs", file).Select(w => Text.Tokenizer.Fold(w)));
        l.AdverbEndings.AddRange(Strings(root, "adverbEndings", file));
        l.LoseVerbs.UnionWith(Strings(root, "loseVerbs", file).Select(w => Text.Tokenizer.Fold(w)));
        l.NowWords.UnionWith(Strings(root, "nowWords", file).Select(w => Text.Tokenizer.Fold(w)));
        l.SequelWords.UnionWith(Strings(root, "sequelWords", file).Select(w => Text.Tokenizer.Fold(w)));
        l.PossessiveDeterminers.UnionWith(Strings(root, "possessiveDeterminers", file).Select(w => Text.Tokenizer.Fold(w)));
        l.TitleIntroducers.AddRange(WordPhrases(root, "titleIntroducers", file));
        l.DefiniteArticles.UnionWith(Strings(root, "definiteArticles", file).Select(w => Text.Tokenizer.Fold(w)));
        l.PlacePrepositions.UnionWith(Strings(root, "placePrepositions", file).Select(w => Text.Tokenizer.Fold(w)));
        l.UnitNouns.AddRange(Strings(root, "unitNouns", file).OrderByDescending(w => w.Length));
        l.OriginAdjectiveEndings.AddRange(Strings(root, "originAdjectiveEndings", file).Select(w => Text.Tokenizer.Fold(w)));
        l.MotionVerbs.UnionWith(Strings(root, "motionVerbs", file).Select(w => Text.Tokenizer.Fold(w)));
        l.OtherHires.AddRange(WordPhrases(root, "otherHires", file));
        l.LeadVerbs.AddRange(WordPhrases(root, "leadVerbs", file));
        l.PassiveHires.AddRange(WordPhrases(root, "passiveHires", file));
        l.HiringWords.AddRange(TokenPhrases(root, "hiringWords", file));
        l.DepartureHeaders.AddRange(TokenPhrases(root, "departureHeaders", file));
        l.NonFactCues.AddRange(TokenPhrases(root, "nonFactCues", file));
        l.HireArrivals.AddRange(TokenPhrases(root, "hireArrivals", file));
        l.PostTakings.AddRange(TokenPhrases(root, "postTakings", file));
        l.FollowPhrases.AddRange(TokenPhrases(root, "followPhrases", file));
        l.PassiveFollowPhrases.AddRange(TokenPhrases(root, "passiveFollowPhrases", file));
        l.FollowObjectPronouns.UnionWith(Strings(root, "followObjectPronouns", file).Select(w => Text.Tokenizer.Fold(w)));
        l.PostsTakenAfter.AddRange(TokenPhrases(root, "postsTakenAfter", file));
        l.PostVerbs.AddRange(TokenPhrases(root, "postVerbs", file));
        l.PostIntroducers.AddRange(TokenPhrases(root, "postIntroducers", file));
        l.PeriodEntries.UnionWith(Strings(root, "periodEntries", file));
        l.HireCompanions.AddRange(TokenPhrases(root, "hireCompanions", file));
        l.PassiveAway.AddRange(WordPhrases(root, "passiveAway", file));
        l.AgentWords.UnionWith(Strings(root, "agentWords", file).Select(w => Text.Tokenizer.Fold(w)));
        return l;
    }

    /// <summary>A list of phrases, each cut as the article's text is ("junta-se", "l'équipe" are several tokens), folded.</summary>
    private static IEnumerable<string[]> TokenPhrases(JsonElement root, string name, string file) =>
        Strings(root, name, file).Select(w => Text.Tokenizer.Tokenize(w).Select(t => t.Key).ToArray());

    /// <summary>A list of phrases, each split into its folded words (matched token by token).</summary>
    private static IEnumerable<string[]> WordPhrases(JsonElement root, string name, string file) =>
        Strings(root, name, file).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => Text.Tokenizer.Fold(x)).ToArray());

    /// <summary>"particles": an object from a mark ("from", "to", …) to the particles that make it, read longest first.</summary>
    private static List<(string, CaseMark)> Particles(JsonElement root, string file)
    {
        if (!root.TryGetProperty("particles", out var particles))
        {
            return [];
        }

        if (particles.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{file}: 'particles' must be an object from a mark to an array of particles");
        }

        var list = new List<(string, CaseMark)>();
        foreach (var group in particles.EnumerateObject())
        {
            if (!Enum.TryParse<CaseMark>(group.Name, ignoreCase: true, out var mark) || !Enum.IsDefined(mark))
            {
                throw new InvalidDataException($"{file}: 'particles.{group.Name}' is not one of {string.Join(", ", Enum.GetNames<CaseMark>())}");
            }

            list.AddRange(StringArray(group.Value, $"{file}: 'particles.{group.Name}'").Select(p => (p, mark)));
        }

        return list.OrderByDescending(p => p.Item1.Length).ToList();
    }

    private static bool Bool(JsonElement root, string property, string file) =>
        root.TryGetProperty(property, out var value) && (value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new InvalidDataException($"{file}: '{property}' must be true or false"));

    private static List<string> Strings(JsonElement element, string property, string where) =>
        element.TryGetProperty(property, out var array) ? StringArray(array, $"{where}: '{property}'") : [];

    private static List<string> StringArray(JsonElement array, string where) =>
        array.ValueKind == JsonValueKind.Array && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? array.EnumerateArray().Select(e => e.GetString()!).ToList()
            : throw new InvalidDataException($"{where} must be an array of strings");

    /// <summary>Months and weekdays: one array of spellings per month or day, in calendar order.</summary>
    private static List<List<string>> Lists(JsonElement root, string property, string file) =>
        !root.TryGetProperty(property, out var outer) ? []
        : outer.ValueKind == JsonValueKind.Array ? outer.EnumerateArray().Select((e, i) => StringArray(e, $"{file}: {property}[{i}]")).ToList()
        : throw new InvalidDataException($"{file}: '{property}' must be an array of arrays of spellings");

    private static T ReadJson<T>(string resource, Func<JsonElement, T> read)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource '{resource}' is missing");
        return Parse(stream, resource, read);
    }

    private static T Parse<T>(Stream stream, string file, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: line {e.LineNumber + 1}: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // GetString/GetBoolean on an element of the wrong kind.
            throw new InvalidDataException($"{file}: {e.Message}", e);
        }
    }
}
