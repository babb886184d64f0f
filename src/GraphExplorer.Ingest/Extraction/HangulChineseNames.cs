namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Reads a Chinese person's name that a Korean article writes in Hangul by its Mandarin sound (량원펑, 저우훙이) back
/// into pinyin in the English press order, surname first and the given name joined ("Liang Wenfeng"). The syllables come
/// from the Korean standard for writing Mandarin (<c>Lexicons/Data/hangul-mandarin.txt</c>, derived from the pinyin
/// table), the surnames from <c>hangul-chinese-surnames.txt</c>. Korean names share many of these spellings (정, 양, 신),
/// so a name whose surname is also a Korean surname counts as Chinese only when one of its syllables is no Sino-Korean
/// reading (즈, 펑, 샤오): 양즈린 is Yang Zhilin, but 양세영 and 정신아 stay Korean names.
/// </summary>
internal static class HangulChineseNames
{
    private const string SyllablesResource = "lexicons/hangul-mandarin.txt";
    private const string SurnamesResource = "lexicons/hangul-chinese-surnames.txt";

    /// <summary>The longest Hangul spelling of one Mandarin syllable (샤오, 위안) or surname (어우양, 상관).</summary>
    private const int LongestSpelling = 3;

    /// <summary>Readings tried per name: the p/f and similar ambiguities multiply, and a name has few syllables.</summary>
    private const int MaxReadings = 8;

    private static readonly Lazy<Dictionary<string, (string[] Readings, bool MandarinOnly)>> s_syllables = new(LoadSyllables);
    private static readonly Lazy<Dictionary<string, string>> s_surnames = new(LoadSurnames);

    /// <summary>Whether <paramref name="name"/> (Hangul only, no spaces) reads as a Chinese person's name.</summary>
    public static bool IsChineseName(string name) => Readings(name).Count > 0;

    /// <summary>
    /// The pinyin readings of <paramref name="name"/>, likeliest first ("펑" is feng before peng), or none when the name is
    /// no Chinese name in Hangul: a syllable outside the Mandarin table, no Chinese surname first, a given name of more
    /// than two syllables, or a name that may as well be Korean.
    /// </summary>
    public static IReadOnlyList<string> Readings(string name)
    {
        if (name.Length is < 2 or > 6 || !name.All(c => c is >= '\uAC00' and <= '\uD7A3'))
        {
            return [];
        }

        var readings = new List<string>();
        for (var surnameLength = Math.Min(LongestSpelling, name.Length - 1); surnameLength >= 1; surnameLength--)
        {
            if (!s_surnames.Value.TryGetValue(name[..surnameLength], out var surname))
            {
                continue;
            }

            // A one-syllable surname Korean names also use needs a syllable no Korean name has.
            var mayBeKorean = surnameLength == 1 && KoreanNames.IsSurname(name[0]);
            foreach (var given in GivenNames(name[surnameLength..], mayBeKorean))
            {
                readings.Add($"{NameSounds.Capitalize(surname)} {NameSounds.Capitalize(given)}");
                if (readings.Count == MaxReadings)
                {
                    return readings;
                }
            }
        }

        return readings.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The given name's pinyin, one or two Mandarin syllables, in every reading of every way to cut it.</summary>
    private static IEnumerable<string> GivenNames(string hangul, bool needsMandarinSyllable)
    {
        foreach (var cut in Cuts(hangul, 0, maxSyllables: 2))
        {
            if (needsMandarinSyllable && !cut.Exists(s => s_syllables.Value[s].MandarinOnly))
            {
                continue;
            }

            IEnumerable<string> spelled = [string.Empty];
            foreach (var syllable in cut)
            {
                var readings = s_syllables.Value[syllable].Readings;
                spelled = spelled.SelectMany(prefix => readings.Select(r => prefix + r));
            }

            foreach (var given in spelled)
            {
                yield return given;
            }
        }
    }

    /// <summary>The ways to cut <paramref name="hangul"/> from <paramref name="at"/> into Mandarin syllables of the table, longer spellings first.</summary>
    private static IEnumerable<List<string>> Cuts(string hangul, int at, int maxSyllables)
    {
        if (at == hangul.Length)
        {
            yield return [];
            yield break;
        }

        if (maxSyllables == 0)
        {
            yield break;
        }

        for (var length = Math.Min(LongestSpelling, hangul.Length - at); length >= 1; length--)
        {
            var syllable = hangul.Substring(at, length);
            if (!s_syllables.Value.ContainsKey(syllable))
            {
                continue;
            }

            foreach (var rest in Cuts(hangul, at + length, maxSyllables - 1))
            {
                rest.Insert(0, syllable);
                yield return rest;
            }
        }
    }

    private static Dictionary<string, (string[], bool)> LoadSyllables()
    {
        const string shape = "<hangul><TAB><pinyin,pinyin…><TAB>mandarin|shared";
        var map = new Dictionary<string, (string[], bool)>(StringComparer.Ordinal);
        foreach (var (line, fields) in EmbeddedTable.Rows(SyllablesResource, 3, shape))
        {
            var mandarinOnly = fields[2] switch
            {
                "mandarin" => true,
                "shared" => false,
                _ => throw EmbeddedTable.BadValue(SyllablesResource, line, fields[2], shape),
            };
            map[fields[0]] = (fields[1].Split(','), mandarinOnly);
        }

        return map;
    }

    private static Dictionary<string, string> LoadSurnames() =>
        EmbeddedTable.Rows(SurnamesResource, 2, "<hangul><TAB><pinyin>").ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal);
}
