namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Chinese names written in katakana in the English order ("ボーエン・チャン"): the surname is a katakana rendering of a
/// Chinese surname (<c>Lexicons/Data/katakana-chinese-surnames.txt</c>) and the given name reads as one to three pinyin
/// syllables (the syllables of <c>pinyin.txt</c>), so the press spelling is the pinyin ("Bowen Zhang"), not a Western
/// name that sounds alike ("Bowen Chan"). A given name spelled as a listed Western name ("マーク" → "Mark") is no pinyin.
/// </summary>
internal static class KatakanaChineseNames
{
    private static readonly Lazy<Dictionary<string, string>> s_surnames = new(() =>
        EmbeddedTable.Rows("lexicons/katakana-chinese-surnames.txt", 2, "<katakana><TAB><pinyin>").ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> s_syllables = new(() =>
        EmbeddedTable.Rows("lexicons/pinyin.txt", 2, "<reading><TAB><characters>").Select(r => r.Fields[0]).ToHashSet(StringComparer.Ordinal));

    /// <summary>"Bowen Zhang" for ボーエン・チャン, or null when the name is not a Chinese name in katakana.</summary>
    public static string? Spell(string katakana)
    {
        var parts = NameSounds.Parts(katakana);
        if (parts.Length != 2 || !s_surnames.Value.TryGetValue(parts[1], out var surname))
        {
            return null;
        }

        var given = NameParts.Spell(parts[0], NamePartKind.Given) ?? NameSounds.Latin(parts[0]);
        var key = given.ToLowerInvariant();
        return Syllables(key, 0, 0) ? $"{NameSounds.Capitalize(key)} {surname}" : null;
    }

    /// <summary>Whether <paramref name="word"/> from <paramref name="at"/> splits into at most three pinyin syllables.</summary>
    private static bool Syllables(string word, int at, int count)
    {
        if (at == word.Length)
        {
            return count > 0;
        }

        if (count == 3)
        {
            return false;
        }

        for (var length = Math.Min(6, word.Length - at); length >= 1; length--)
        {
            if (s_syllables.Value.Contains(word.Substring(at, length)) && Syllables(word, at + length, count + 1))
            {
                return true;
            }
        }

        return false;
    }
}
