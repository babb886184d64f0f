namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Endings of foreign surnames whose press spelling the kana do not show (<c>Lexicons/Data/katakana-name-endings.txt</c>:
/// "スタイン" is "stein", "ビッチ" is "vich"), so a surname romanised kana by kana still ends the way the press writes it.
/// </summary>
internal static class KatakanaNameEndings
{
    /// <summary>Kana a surname keeps before its ending: a listed ending alone, or after one kana, is more likely a whole word.</summary>
    private const int MinimumStem = 2;

    private static readonly Lazy<List<(string Kana, string Spelling)>> s_endings = new(() =>
        [.. EmbeddedTable.Rows("lexicons/katakana-name-endings.txt", 2, "<katakana ending><TAB><spelling>")
            .Select(r => (r.Fields[0], r.Fields[1]))
            .OrderByDescending(e => e.Item1.Length)]);

    /// <summary>The part split before its longest listed ending, with the ending's spelling, or null when it has none.</summary>
    public static (string Stem, string Ending)? Split(string part)
    {
        foreach (var (kana, spelling) in s_endings.Value)
        {
            if (part.Length - kana.Length >= MinimumStem && part.EndsWith(kana, StringComparison.Ordinal))
            {
                return (part[..^kana.Length], spelling);
            }
        }

        return null;
    }
}
