namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Foreign given names as Korean news writes them in Hangul, with their English press spelling
/// (<c>Lexicons/Data/hangul-given-names.txt</c>: 마이클 → Michael, 데이빗 → David, 얀 → Jan). Matching a given name by
/// sound against hundreds of listed parts goes wrong for short and common names (마이클 sounds nearest "Mike", 얀 "Ian"),
/// while the Hangul forms of common given names are few and fixed, so a lookup is both surer and cheaper.
/// </summary>
internal static class HangulGivenNames
{
    private static readonly Lazy<Dictionary<string, string>> s_spellings = new(Load);

    /// <summary>The press spelling of a Hangul given name ("매튜" → "Matthew"), or null when the table lacks it.</summary>
    public static string? Spell(string hangul) => s_spellings.Value.TryGetValue(hangul, out var spelling) ? spelling : null;

    private static Dictionary<string, string> Load()
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, fields) in EmbeddedTable.Rows("lexicons/hangul-given-names.txt", 2, "<hangul><TAB><spelling>"))
        {
            // The first row of a Hangul form wins: the file lists the usual reading first.
            spellings.TryAdd(fields[0], fields[1]);
        }

        return spellings;
    }
}
