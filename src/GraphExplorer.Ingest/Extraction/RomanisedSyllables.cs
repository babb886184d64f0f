using AnyAscii;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The syllables East Asian given names are written with in Latin script: every pinyin syllable (<c>pinyin.txt</c>),
/// the Wade-Giles, Taiwanese and Hong Kong spellings of Chinese syllables (<c>chinese-romanisations.txt</c>: "tsung",
/// "hsiao", "wuen", "kwok"), the Korean press spellings the derivation below misses (<c>korean-romanisations.txt</c>:
/// "jee", "chul") and every Korean syllable as the press spells it in a given name ("hyun", "eun", "seok", "woo", both as the first
/// and as a later syllable) and as transliterated ("hyeon"). A hyphenated given
/// name ("Do-hyun", "Ji-eun", "Xiao-ming", "Tsung-dao") is one name word only when both halves are such syllables.
/// </summary>
internal static class RomanisedSyllables
{
    private static readonly Lazy<HashSet<string>> s_syllables = new(Build);

    public static bool Contains(ReadOnlySpan<char> folded) => s_syllables.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    private static HashSet<string> Build()
    {
        var syllables = EmbeddedTable.Rows("lexicons/pinyin.txt", 2, "<reading><TAB><characters>").Select(r => r.Fields[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var table in (string[])["lexicons/chinese-romanisations.txt", "lexicons/korean-romanisations.txt"])
        {
            foreach (var (line, fields) in EmbeddedTable.Rows(table, 1, "<syllable>"))
            {
                // The tables are matched against folded tokens, so anything but lower-case ASCII letters would never match.
                syllables.Add(fields[0].All(char.IsAsciiLetterLower) ? fields[0] : throw EmbeddedTable.BadValue(table, line, fields[0], "lower-case ASCII letters"));
            }
        }

        for (var hangul = '\uAC00'; hangul <= '\uD7A3'; hangul++)
        {
            syllables.Add(KoreanNames.Syllable(hangul, first: true));
            syllables.Add(KoreanNames.Syllable(hangul, first: false));
            syllables.Add(KoreanNames.DerivedSyllable(hangul, first: true)); // "joon", "gyung": spellings the press also uses
            syllables.Add(KoreanNames.DerivedSyllable(hangul, first: false));
            syllables.Add(hangul.ToString().Transliterate().ToLowerInvariant());
        }

        return syllables;
    }
}
