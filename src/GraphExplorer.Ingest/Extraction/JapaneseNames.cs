namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Reads a Japanese person's name written in kanji the way the English press writes it, given name first and long
/// vowels unmarked ("西村健一" → "Kenichi Nishimura"), from a table of common surnames and given names with their usual
/// reading (<c>Lexicons/Data/japanese-names.txt</c>). Kanji have several readings, so a name is read only when both its
/// surname and its given name are in the table; any other stays in kanji.
/// </summary>
internal static class JapaneseNames
{
    private static readonly Lazy<(Dictionary<string, string> Surnames, Dictionary<string, string> Given)> s_table = new(Load);

    /// <summary>Whether <paramref name="kanji"/> is a surname of the table (a person named by surname alone: 西村氏).</summary>
    public static bool IsSurname(string kanji) => s_table.Value.Surnames.ContainsKey(kanji);

    /// <summary>"Kenichi Nishimura" for 西村健一 or 西村 健一, or null when the surname or the given name is not in the table.</summary>
    public static string? Romanize(string name)
    {
        var kanji = name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);
        if (kanji.Length is < 2 or > 7)
        {
            return null;
        }

        var (surnames, given) = s_table.Value;
        var space = name.IndexOfAny([' ', '\u3000']);
        for (var length = Math.Min(4, kanji.Length - 1); length >= 1; length--)
        {
            if (space > 0 && name[..space].Trim().Length != length)
            {
                continue; // the article marks where the surname ends
            }

            if (surnames.TryGetValue(kanji[..length], out var surname) && given.TryGetValue(kanji[length..], out var first))
            {
                return $"{first} {surname}";
            }
        }

        return null;
    }

    private static (Dictionary<string, string>, Dictionary<string, string>) Load()
    {
        const string resource = "lexicons/japanese-names.txt", shape = "<kanji><TAB><reading><TAB>surname|given";
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, fields) in EmbeddedTable.Rows(resource, 3, shape))
        {
            var table = fields[2] switch
            {
                "surname" => surnames,
                "given" => given,
                _ => throw EmbeddedTable.BadValue(resource, line, fields[2], shape),
            };
            table.TryAdd(fields[0], fields[1]);
        }

        return (surnames, given);
    }
}
