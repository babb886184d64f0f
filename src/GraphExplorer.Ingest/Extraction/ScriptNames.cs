using System.Globalization;
using System.Reflection;
using System.Text;
using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Writes people named in a non-Latin script in their English press spelling: a Latin spelling the article itself
/// gives beside the name, in brackets ("杨植麟（Yang Zhilin）", "ルオミン・パン (Ruoming Pang)"), wins; otherwise a Chinese
/// name in Han characters in a Chinese article is romanised to pinyin, surname first ("吴永辉" → "Wu Yonghui"), from
/// the table derived from Unicode's Unihan readings (<c>Lexicons/Data/pinyin.txt</c>) with surname readings from
/// <c>pinyin-surnames.txt</c>, and takes the article's own Latin spelling of the same name when it has one. Korean
/// and Japanese transliterations (그렉 브록만, ピーター・デン) are matched by sound (<see cref="NameSounds"/>) to a Latin
/// name of the same article, then to a known person (the built-in list, or the store's people when extraction runs
/// against one); a Korean name with a Korean surname (송창현) is written the way the press writes Korean names
/// ("Song Chang-hyun"); a Japanese name in kanji whose surname and given name are both common is read as the press
/// writes it (<see cref="JapaneseNames"/>: "Kenichi Nishimura"); any other takes the press spelling of each part that sounds like a listed name part
/// (<see cref="NameParts"/>: "ジョン" → "John"), and is romanised only when no part does.
/// </summary>
internal static class ScriptNames
{
    private static readonly Lazy<Dictionary<char, string>> s_readings = new(LoadReadings);
    private static readonly Lazy<Dictionary<string, string>> s_surnames = new(LoadSurnames);

    /// <summary>The facts with every non-Latin person name rewritten where a spelling is known; facts that become equal are kept once.</summary>
    public static List<Fact> Apply(List<Fact> facts, string text, string language, KnownPeople? known = null)
    {
        var map = Speller(text, language, known);
        var result = new List<Fact>(facts.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var mapped = fact switch
            {
                LeftForFact l => l with { Person = map(l.Person) },
                FoundedFact f => f with { Person = map(f.Person) },
                WorkedAtFact w => w with { Person = map(w.Person) },
                _ => fact,
            };
            var key = mapped switch
            {
                LeftForFact l => $"L|{Core.Model.Names.Key(l.Person)}|{l.From}|{l.To}",
                FoundedFact f => $"F|{Core.Model.Names.Key(f.Person)}|{f.Lab}",
                WorkedAtFact w => $"W|{Core.Model.Names.Key(w.Person)}|{w.Lab}|{w.Start}|{w.End}",
                _ => null,
            };
            if (key is null || seen.Add(key))
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    /// <summary>
    /// Writes a person of the article in its facts' spelling: a non-Latin name as the Latin spelling known for it, any
    /// other as it is. The article is read once, however many names are asked for, and each name is spelled once.
    /// </summary>
    public static Func<string, string> Speller(string text, string language, KnownPeople? known = null)
    {
        var chinese = language is "zh-Hans" or "zh-Hant";
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        List<string>? articleNames = null;
        var fullNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        string Map(string person)
        {
            if (language == "ja" && JapaneseNames.IsSurname(person))
            {
                // 西村氏 after 西村健一氏: the one person of the article with that surname
                if (!fullNames.TryGetValue(person, out var full))
                {
                    fullNames[person] = full = FullJapaneseName(text, person);
                }

                person = full ?? person;
            }

            if (!names.TryGetValue(person, out var latin))
            {
                latin = IsLatin(person) ? null : BracketedSpelling(text, person) ?? Spell(person);
                names[person] = latin;
            }

            return latin ?? person;
        }

        string? Spell(string person)
        {
            articleNames ??= LatinNames(text);
            if (chinese)
            {
                return Romanize(person) is { } pinyin ? SameParts(pinyin, articleNames) ?? pinyin : null;
            }

            if (language == "ja" && JapaneseNames.Romanize(person) is { } reading)
            {
                return SameParts(reading, articleNames) ?? reading;
            }

            // A Chinese person in kanji (王小明氏): two or three characters opening with a Chinese surname that no
            // Japanese surname of the table starts with, read in pinyin as the English press writes Chinese names.
            if (language == "ja" && person.Length is 2 or 3 && person.All(Tokenizer.IsCjk) && MentionFinder.IsChineseSurname(person[0])
                && !JapaneseNames.IsSurname(person[..1]) && !JapaneseNames.IsSurname(person[..2]) && Romanize(person) is { } hanReading)
            {
                return SameParts(hanReading, articleNames) ?? hanReading;
            }

            if (!IsPhonetic(person))
            {
                return null;
            }

            // A Chinese person in Hangul (량원펑): the reading the article spells in Latin letters, else the likeliest.
            if (language == "ko" && HangulChineseNames.Readings(person) is { Count: > 0 } mandarin)
            {
                return mandarin.Select(r => SameParts(r, articleNames)).FirstOrDefault(r => r is not null) ?? mandarin[0];
            }

            // A Korean name the article also writes in Latin letters, in whatever romanisation ("Min-jun Kim" for 김민준).
            if (language == "ko" && KoreanNames.Romanize(person) is { } korean && KoreanNames.SpelledInArticle(korean, articleNames) is { } spelled)
            {
                return spelled;
            }

            return NameSounds.BestMatch(person, articleNames)
                ?? known?.Match(person)
                ?? (language == "ja" ? KatakanaChineseNames.Spell(person) : null)
                ?? (language == "ko" ? KoreanNames.Romanize(person) : null)
                ?? NameParts.SpellName(person)
                ?? NameSounds.Romanize(person);
        }

        return Map;
    }

    /// <summary>The one full name in the article (surname and given name both readable) that starts with <paramref name="surname"/>, or null.</summary>
    private static string? FullJapaneseName(string text, string surname)
    {
        string? found = null;
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            var start = at + surname.Length;
            var gap = start < text.Length && text[start] is ' ' or '\u3000' ? 1 : 0;
            var length = 0;
            while (length < 3 && start + gap + length < text.Length && Tokenizer.IsCjk(text[start + gap + length]) && !IsKana(text[start + gap + length]))
            {
                length++;
            }

            for (var k = length; k >= 1; k--)
            {
                var candidate = text.Substring(at, surname.Length + gap + k);
                if (JapaneseNames.Romanize(candidate) is not null)
                {
                    if (found is not null && found.Replace(" ", string.Empty, StringComparison.Ordinal) != candidate.Replace(" ", string.Empty, StringComparison.Ordinal))
                    {
                        return null; // two people share the surname
                    }

                    found = candidate;
                    break;
                }
            }
        }

        return found;
    }

    private static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF';

    /// <summary>Pinyin for a Chinese name of two to four Han characters, surname first ("Ouyang Nana"); null when a character is unknown.</summary>
    public static string? Romanize(string name)
    {
        var han = name.Replace("·", string.Empty, StringComparison.Ordinal).Replace("・", string.Empty, StringComparison.Ordinal);
        if (han.Length is < 2 or > 4 || !han.All(Tokenizer.IsCjk) || han != name)
        {
            return null;
        }

        var surnameLength = han.Length >= 3 && s_surnames.Value.ContainsKey(han[..2]) ? 2 : 1;
        var surname = s_surnames.Value.TryGetValue(han[..surnameLength], out var s) ? s : Reading(han[0]);
        var given = new StringBuilder();
        for (var i = surnameLength; i < han.Length; i++)
        {
            if (Reading(han[i]) is not { } r)
            {
                return null;
            }

            given.Append(r);
        }

        return surname is null || given.Length == 0 ? null : $"{Capitalize(surname)} {Capitalize(given.ToString())}";
    }

    /// <summary>Han characters read as one pinyin word ("生数" → "Shengshu"), the way the press spells a Chinese company's name; null when a character is unknown.</summary>
    public static string? Pinyin(string han)
    {
        var word = new StringBuilder();
        foreach (var c in han)
        {
            if (Reading(c) is not { } r)
            {
                return null;
            }

            word.Append(r);
        }

        return word.Length == 0 ? null : Capitalize(word.ToString());
    }

    /// <summary>A Latin spelling of two to four capitalised words in brackets right after the name, or null.</summary>
    private static string? BracketedSpelling(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var i = at + name.Length;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length || text[i] is not ('(' or '（'))
            {
                continue;
            }

            var close = text.IndexOfAny([')', '）'], i + 1);
            if (close < 0 || close - i > 60)
            {
                continue;
            }

            var inside = text[(i + 1)..close].Trim();
            var words = inside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '.' or '\'')) && IsLatin(inside))
            {
                return string.Join(' ', words);
            }
        }

        return null;
    }

    private static bool IsLatin(string s) => s.All(c => c < 0x2E80);

    /// <summary>Written in Hangul or katakana (and separators) only: a spelling of sounds that can be compared.</summary>
    private static bool IsPhonetic(string s) =>
        s.Any(c => c is >= '\uAC00' and <= '\uD7AF' or >= '\u30A1' and <= '\u30FA')
        && s.All(c => c is >= '\uAC00' and <= '\uD7AF' or >= '\u30A0' and <= '\u30FF' or ' ' or '·' or '=' or '＝');

    /// <summary>
    /// Capitalised Latin word pairs and triples of the article ("Ruoming Pang"): the spellings it gives itself. Only a
    /// Latin letter around the name makes it part of a longer word: Chinese and Japanese put a title or particle right
    /// after a Latin name with no space ("Ruoming Pang氏は").
    /// </summary>
    private static List<string> LatinNames(string text) =>
        s_latinName.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    private static readonly System.Text.RegularExpressions.Regex s_latinName = new(
        @"(?<![\p{IsBasicLatin}\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsLatinExtended-B}-[\P{L}]]|\p{M})\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}]+)?(?: \p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}]+)?){1,2}(?![\p{IsBasicLatin}\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsLatinExtended-B}-[\P{L}]]|\p{M})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The article's spelling with the same parts in any order ("Zhilin Yang" for the pinyin "Yang Zhilin").</summary>
    private static string? SameParts(string pinyin, List<string> articleNames)
    {
        var key = string.Join(' ', pinyin.ToLowerInvariant().Split(' ').Order(StringComparer.Ordinal));
        return articleNames.Find(n => string.Join(' ', Core.Model.Names.Key(n).Split(' ').Order(StringComparer.Ordinal)) == key);
    }

    private static string? Reading(char c) => s_readings.Value.TryGetValue(c, out var r) ? r : null;

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];

    private static Dictionary<char, string> LoadReadings()
    {
        var map = new Dictionary<char, string>();
        foreach (var line in Lines("lexicons/pinyin.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            foreach (var c in line[(tab + 1)..])
            {
                map.TryAdd(c, line[..tab]);
            }
        }

        return map;
    }

    private static Dictionary<string, string> LoadSurnames() =>
        Lines("lexicons/pinyin-surnames.txt").Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static IEnumerable<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource '{resource}' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && line.Contains('\t', StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
