using System.Collections.Concurrent;
using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Organisations no list knows, found from the noun news puts before a company it introduces ("la startup Acme", "des
/// Start-ups Acme", "初创公司Acme", "스타트업 Acme"): the capitalised Latin-script name right after such a noun is a lab.
/// The nouns are data (<c>Lexicons/Data/org-cues.txt</c>), per language plus the ones every language borrows.
/// </summary>
internal static class OrganisationNouns
{
    private const string Resource = "lexicons/org-cues.txt";

    private static readonly Lazy<Dictionary<string, List<string[]>>> s_byLanguage = new(Load);

    private static readonly Lazy<ILookup<string, string>> s_written = new(() => EmbeddedTable.Rows(Resource, 2, "<language><TAB><noun>").ToLookup(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal));

    // Per language, the nouns indexed by their last token's key, so a word is checked with one lookup.
    private static readonly ConcurrentDictionary<string, Dictionary<string, List<string[]>>> s_byLastKey = new(StringComparer.Ordinal);

    /// <summary>Whether the tokens just before <paramref name="index"/> (within the sentence from <paramref name="first"/>)
    /// are an organisation noun of the language.</summary>
    public static bool EndsBefore(string language, List<Token> tokens, int first, int index)
    {
        if (index <= first)
        {
            return false;
        }

        var byLast = s_byLastKey.GetOrAdd(language, Index);
        if (!byLast.TryGetValue(tokens[index - 1].Key, out var nouns))
        {
            return false;
        }

        foreach (var noun in nouns)
        {
            var start = index - noun.Length;
            if (start < first)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < noun.Length && matches; k++)
            {
                matches = tokens[start + k].Key == noun[k];
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nouns of the language and the ones every language borrows, as written (for scripts read by characters).</summary>
    public static IEnumerable<string> Nouns(string language) => s_written.Value["*"].Concat(s_written.Value[language]);

    /// <summary>The nouns per language, each as its tokens' keys (a row of the wrong shape is an error naming its line).</summary>
    private static Dictionary<string, List<string[]>> Load()
    {
        var byLanguage = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var (_, fields) in EmbeddedTable.Rows(Resource, 2, "<language><TAB><noun>"))
        {
            (byLanguage.TryGetValue(fields[0], out var nouns) ? nouns : byLanguage[fields[0]] = []).Add(Tokenizer.Tokenize(fields[1]).Select(t => t.Key).ToArray());
        }

        return byLanguage;
    }

    private static Dictionary<string, List<string[]>> Index(string language)
    {
        var byLast = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var all = s_byLanguage.Value;
        foreach (var noun in (all.GetValueOrDefault("*") ?? []).Concat(all.GetValueOrDefault(language) ?? []))
        {
            if (noun.Length > 0)
            {
                (byLast.TryGetValue(noun[^1], out var list) ? list : byLast[noun[^1]] = []).Add(noun);
            }
        }

        return byLast;
    }
}

/// <summary>The mention finder's use of <see cref="OrganisationNouns"/>.</summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// An unknown lab named right after an organisation noun ("the startup Acme Robotics", "初创公司KMind"): up to three
    /// capitalised words (German, which capitalises every noun, only one unless an organisation word closes the name), a
    /// web-address name ("Acme.ai") kept whole. Words this article writes in lower case, known people's words and
    /// place or department words make no lab; null then.
    /// </summary>
    private Mention? NamedAfterOrganisationNoun(int index, int first, int end)
    {
        var token = _tokens[index];
        // A two-letter acronym after the noun is its field ("une startup IA appelée …"), not its name.
        if (token.Kind != TokenKind.Word || !token.Capitalized || (token.AllCaps && token.Length <= 2) || IsCommonWord(token, relativeClauseNouns: false)
            || !(OrganisationNouns.EndsBefore(_lexicon.Code, _tokens, first, index) || NamedByOrganisationNoun(index, first) || NamedAfterOriginAdjective(index, first)))
        {
            return null;
        }

        var stop = index + 1;
        if (stop + 1 < end && _tokens[stop].Key == "." && !_tokens[stop].SpaceBefore && !_tokens[stop + 1].SpaceBefore && _tokens[stop + 1].Key is "ai" or "io" or "com")
        {
            stop += 2;
        }
        else
        {
            // An organisation word ("Labs", "Robotics") always belongs to the name, even one listed as a common word.
            while (stop < end && stop - index < 3 && _tokens[stop] is { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true } next
                && (LatinNames.IsOrganisationSuffix(next.Key) || (_lexicon.Code != "de" && !IsCommonWord(next))))
            {
                stop++;
            }
        }

        for (var k = index; k < stop; k++)
        {
            if (_tokens[k].Kind == TokenKind.Word && _personWords.Contains(_tokens[k].Key))
            {
                return null;
            }
        }

        // A given name and a surname after the noun are the founder ("la startup Jean Dupont" does not occur; "startup
        // founder Jean Dupont" has its own noun): two name parts make a person, not a lab.
        if (stop - index >= 2 && NameParts.IsGiven(token.Key) && NameParts.Kind(_tokens[index + 1].Key) != 0)
        {
            return null;
        }

        var surface = Slice(index, stop);
        return new Mention(MentionKind.Lab, index, stop, token.Start, _tokens[stop - 1].End) { Name = NormalizeName(surface), Surface = surface, Unknown = true };
    }

    /// <summary>"la jeune pousse lyonnaise Acme", "a startup paulistana Acme": where adjectives follow the noun, one
    /// adjective of origin (by its ending, data of the language) may stand between the organisation noun and the name.</summary>
    private bool NamedAfterOriginAdjective(int index, int first) =>
        index - 1 > first && _tokens[index - 1] is { Kind: TokenKind.Word, Capitalized: false } adjective
        && _lexicon.OriginAdjectiveEndings.Exists(e => adjective.Key.Length > e.Length + 2 && adjective.Key.EndsWith(e, StringComparison.Ordinal))
        && OrganisationNouns.EndsBefore(_lexicon.Code, _tokens, first, index - 1);

    /// <summary>
    /// "una startup de IA llamada Acme", "sebuah startup bernama Acme": a naming word right before the name, an
    /// organisation noun before it with at most three words between them that are lower case or a short acronym (the
    /// field, "nueva", "sendiri"). A capitalised word between would be another name the noun introduces.
    /// </summary>
    private bool NamedByOrganisationNoun(int index, int first)
    {
        if (index - 1 <= first || !_lexicon.NamingWords.Contains(_tokens[index - 1].Key))
        {
            return false;
        }

        for (var at = index - 1; at > first && index - 1 - at <= 3; at--)
        {
            if (OrganisationNouns.EndsBefore(_lexicon.Code, _tokens, first, at))
            {
                return true;
            }

            if (_tokens[at - 1] is not { Kind: TokenKind.Word } between || (between.Capitalized && !(between.AllCaps && between.Length <= 3)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Chipmaker Veltrix has hired …": an organisation noun capitalised at the sentence's start introduces the name after
    /// it, as it does in lower case; read as the first word of a capitalised sequence it made the two words a person.
    /// </summary>
    private bool OrganisationNounOpensTheSentence(int index, int first, int end) =>
        index == first && index + 1 < end
        && _tokens[index] is { Kind: TokenKind.Word, Capitalized: true, AllCaps: false }
        && _tokens[index + 1] is { Kind: TokenKind.Word, Capitalized: true, SpaceBefore: true }
        && OrganisationNouns.EndsBefore(_lexicon.Code, _tokens, first, index + 1)
        && MatchGazetteer(index, end).Length == 0;

    /// <summary>Whether the word is a common word of the language, not a name. <paramref name="relativeClauseNouns"/>
    /// false: a German word seen only after a relative pronoun ("…, die Feldwerk leitet") may still be a name, as it is
    /// right after an organisation noun ("das Start-up Feldwerk").</summary>
    private bool IsCommonWord(Token token, bool relativeClauseNouns = true) =>
        _lowercase.ContainsKey(token.Key) || _lexicon.Stopwords.Contains(token.Key) || _lexicon.Months.ContainsKey(token.Key)
        || Languages.CommonNotNames.Contains(token.Key) || _lexicon.NotNames.Contains(token.Key) || LatinNames.IsNoOrganisation(token.Key)
        || (_lexicon.Code == "de" && !token.AllCaps && (relativeClauseNouns ? IsGermanNoun(token.Key) : IsGermanArticleNoun(token.Key)));
}
