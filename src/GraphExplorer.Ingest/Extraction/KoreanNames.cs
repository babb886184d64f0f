using System.Reflection;
using System.Text;
using AnyAscii;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Writes a Korean person's name (a Korean surname and a one- or two-syllable given name, 송창현) the way the English
/// press writes Korean names: the surname's usual spelling (이 → Lee, 박 → Park, from <c>Lexicons/Data/hangul-surnames.txt</c>),
/// then the given name's syllables joined by a hyphen in the spelling people choose most often (현 → hyun, 영 → young,
/// 수 → soo), which differs from the official romanisation (hyeon, yeong, su).
/// </summary>
internal static class KoreanNames
{
    private static readonly Lazy<Dictionary<char, string>> s_surnames = new(Load);

    private static readonly Lazy<(string[] Suffixes, HashSet<string> Words, string[] NotSuffixes)> s_titles = new(LoadTitles);

    /// <summary>Korean particles that may follow a title ("대표는", "부사장과", "CTO로").</summary>
    private const string TitleParticles = "은는이가의과와도로을를";

    /// <summary>Two-syllable particles and copulas after a title ("연구원으로", "교수에게", "연구원이자").</summary>
    private static readonly string[] TitleParticlePairs = ["으로", "에게", "이자", "이며", "이다", "에서"];

    /// <summary>Whether <paramref name="rest"/>, what follows a title in its word, is empty or one particle ("은", "으로").</summary>
    public static bool IsParticleOrNothing(string rest) =>
        rest.Length == 0 || (rest.Length == 1 && TitleParticles.Contains(rest[0], StringComparison.Ordinal)) || Array.IndexOf(TitleParticlePairs, rest) >= 0;

    /// <summary>Whether <paramref name="word"/> is a title with nothing glued after it ("연구원", "부사장"), as before a name in apposition.</summary>
    public static bool IsBareTitle(string word) => IsTitle(word) && (word.Length == 1 || !(TitleParticles.Contains(word[^1], StringComparison.Ordinal) && IsTitle(word[..^1])));

    /// <summary>
    /// Whether the word <paramref name="word"/> (one space-separated word, a particle allowed at its end) is a title the
    /// press writes after a name: "대표", "부사장과", "커머스사업부장", "씨가" (<c>Lexicons/Data/korean-titles.txt</c>).
    /// </summary>
    public static bool IsTitle(string word)
    {
        if (Title(word))
        {
            return true;
        }

        return (word.Length > 1 && TitleParticles.Contains(word[^1], StringComparison.Ordinal) && Title(word[..^1]))
            || (word.Length > 2 && Array.Exists(TitleParticlePairs, p => word.EndsWith(p, StringComparison.Ordinal)) && Title(word[..^2]));

        static bool Title(string w)
        {
            var (suffixes, words, notSuffixes) = s_titles.Value;
            return words.Contains(w)
                || (Array.Exists(suffixes, s => w.EndsWith(s, StringComparison.Ordinal) && (s.Length > 1 || w.Length > 1))
                    && !Array.Exists(notSuffixes, n => w.EndsWith(n, StringComparison.Ordinal)));
        }
    }

    private static (string[], HashSet<string>, string[]) LoadTitles()
    {
        const string resource = "lexicons/korean-titles.txt", shape = "<title><TAB>suffix|word|notsuffix";
        var suffixes = new List<string>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        var notSuffixes = new List<string>();
        foreach (var (line, fields) in EmbeddedTable.Rows(resource, 2, shape))
        {
            var list = fields[1] switch
            {
                "suffix" => suffixes,
                "notsuffix" => notSuffixes,
                "word" => null,
                _ => throw EmbeddedTable.BadValue(resource, line, fields[1], shape),
            };
            if (list is null)
            {
                words.Add(fields[0]);
            }
            else
            {
                list.Add(fields[0]);
            }
        }

        return ([.. suffixes], words, [.. notSuffixes]);
    }

    private static readonly Lazy<HashSet<char>> s_common = new(() =>
        EmbeddedTable.Rows("lexicons/hangul-surnames.txt", 2, "<syllable><TAB><spelling>").Take(20).Select(r => r.Fields[0][0]).ToHashSet());

    /// <summary>Whether <paramref name="syllable"/> is one of the twenty commonest surnames (the file lists them first).</summary>
    public static bool IsCommonSurname(char syllable) => s_common.Value.Contains(syllable);

    /// <summary>Gets the surname syllables that may open a Korean person's name.</summary>
    public static bool IsSurname(char syllable) => s_surnames.Value.ContainsKey(syllable);

    /// <summary>"Song Chang-hyun" for 송창현, or null when the text is no Korean name of two to four syllables.</summary>
    public static string? Romanize(string name)
    {
        if (name.Length is < 2 or > 4 || !name.All(c => c is >= '\uAC00' and <= '\uD7A3') || !s_surnames.Value.TryGetValue(name[0], out var surname))
        {
            return null;
        }

        var given = new StringBuilder();
        for (var i = 1; i < name.Length; i++)
        {
            var syllable = Syllable(name[i], first: i == 1);
            given.Append(i == 1 ? NameSounds.Capitalize(syllable) : "-" + syllable);
        }

        return $"{surname} {given}";
    }

    /// <summary>
    /// The article's own Latin spelling of the Korean name <paramref name="romanised"/> ("Kim Min-joon"), the same name
    /// in another romanisation and in any order ("Min-jun Kim", "Kim Minjun"), or null when the article spells it nowhere.
    /// </summary>
    public static string? SpelledInArticle(string romanised, IEnumerable<string> articleNames)
    {
        var key = VariantKey(romanised);
        return articleNames.FirstOrDefault(n => VariantKey(n) == key);
    }

    /// <summary>A name's parts, each folded over the ways Korean names are romanised (joon/jun, hyun/hyeon, young/yeong,
    /// Chung/Jeong, Shin/Sin, Kyung/Gyeong), in a fixed order.</summary>
    private static string VariantKey(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FoldPart).Order(StringComparer.Ordinal));

    private static string FoldPart(string part)
    {
        var folded = new string(part.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray());
        foreach (var (spelling, sound) in s_variants)
        {
            folded = folded.Replace(spelling, sound, StringComparison.Ordinal);
        }

        return folded.Length > 2 && folded[^1] == 'h' ? folded[..^1] : folded;
    }

    /// <summary>Spellings that romanisations of Korean write for one sound, each folded to one form (in this order).</summary>
    private static readonly (string Spelling, string Sound)[] s_variants =
        [("oo", "u"), ("eo", "u"), ("ou", "u"), ("ee", "i"), ("wu", "u"), ("sh", "s"), ("ch", "j"), ("g", "k"), ("d", "t"), ("b", "p"), ("r", "l")];

    private static readonly Lazy<Dictionary<char, string>> s_givenSyllables = new(() =>
        EmbeddedTable.Rows("lexicons/korean-given-syllables.txt", 2, "<hangul><TAB><spelling>").ToDictionary(r => r.Fields[0][0], r => r.Fields[1]));

    /// <summary>The press spelling of one given-name syllable: the press's own where it differs from the derivation
    /// (<c>Lexicons/Data/korean-given-syllables.txt</c>), else <see cref="DerivedSyllable"/>.</summary>
    internal static string Syllable(char syllable, bool first) =>
        s_givenSyllables.Value.TryGetValue(syllable, out var spelling) ? spelling : DerivedSyllable(syllable, first);

    /// <summary>The press spelling of one given-name syllable, from its official romanisation.</summary>
    internal static string DerivedSyllable(char syllable, bool first)
    {
        var s = syllable.ToString().Transliterate().ToLowerInvariant();
        var initial = s.Length > 0 && !"aeiouwy".Contains(s[0], StringComparison.Ordinal) ? s[..1] : string.Empty;
        if (s.StartsWith("ch", StringComparison.Ordinal))
        {
            initial = "ch";
        }

        var rest = Final(s[initial.Length..]);
        rest = rest switch
        {
            "yeong" => initial.Length == 0 ? "young" : "yung",
            "yeon" => initial.Length == 0 ? "yeon" : "yun",
            "eong" => "ung",
            "eon" => initial.Length == 0 ? "eon" : "un",
            "u" => initial.Length == 0 ? "woo" : "oo",
            "un" => initial.Length == 0 ? "woon" : "oon",
            "ung" => initial.Length == 0 ? "woong" : "ung",
            "yun" => initial.Length == 0 ? "yoon" : "yun",
            "yeok" => initial.Length == 0 ? "yeok" : "yuk",
            _ => rest,
        };

        // ㄹ opening a given-name syllable is written r (예린 → Ye-rin, 하람 → Ha-ram), as the official romanisation does.
        if (initial == "l")
        {
            initial = "r";
        }

        // 신 and 심 are written Shin and Shim, as the surnames are.
        if (initial == "s" && rest is "in" or "im")
        {
            initial = "sh";
        }

        // The first given syllable keeps the older k for ㄱ (경 → Kyung, 기 → Ki).
        if (first && initial == "g")
        {
            initial = "k";
        }

        return initial + rest;
    }

    /// <summary>
    /// The syllable-final consonant as it sounds and as names are written (학 → hak, 석 → seok, 섭 → seop):
    /// the transliteration spells the letter (hag, seog), which no one writes in a name.
    /// </summary>
    private static string Final(string rest)
    {
        if (rest.EndsWith("ng", StringComparison.Ordinal))
        {
            return rest;
        }

        foreach (var (letters, sound) in s_finals)
        {
            if (rest.Length > letters.Length && rest.EndsWith(letters, StringComparison.Ordinal))
            {
                return rest[..^letters.Length] + sound;
            }
        }

        return rest;
    }

    private static readonly (string Letters, string Sound)[] s_finals =
        [("kk", "k"), ("ss", "t"), ("ch", "t"), ("g", "k"), ("b", "p"), ("d", "t"), ("s", "t"), ("j", "t"), ("h", "t")];

    private static Dictionary<char, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("lexicons/hangul-surnames.txt")
            ?? throw new InvalidOperationException("embedded resource 'lexicons/hangul-surnames.txt' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (line.Length > 0 && line[0] != '#' && parts.Length == 2 && parts[0].Length == 1)
            {
                map[parts[0][0]] = parts[1];
            }
        }

        return map;
    }
}
