namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Foreign given names and surnames in the katakana forms Japanese news writes them in, with their English press
/// spelling (<c>Lexicons/Data/katakana-given-names.txt</c>, <c>katakana-surnames.txt</c>). Matching a part by sound
/// alone misspells common names whose katakana hides letters the English spelling has ("マイケル" sounds like "Maikel",
/// "ホワイト" like "Howait") or sounds like another listed part ("ムーア" near "Meyer"), so a part found here takes its
/// listed spelling before any sound match.
/// </summary>
internal static class KatakanaListedNames
{
    private static readonly Lazy<Dictionary<string, string>> s_given = new(() => Load("lexicons/katakana-given-names.txt"));
    private static readonly Lazy<Dictionary<string, string>> s_surnames = new(() => Load("lexicons/katakana-surnames.txt"));

    /// <summary>
    /// The press spelling of the katakana part <paramref name="katakana"/> used as <paramref name="kind"/> (a part that
    /// may be either looks in the given names first), or null when neither list of that kind has it.
    /// </summary>
    public static string? Spell(string katakana, NamePartKind kind) =>
        (kind.HasFlag(NamePartKind.Given) ? s_given.Value.GetValueOrDefault(katakana) : null)
        ?? (kind.HasFlag(NamePartKind.Surname) ? s_surnames.Value.GetValueOrDefault(katakana) : null);

    private static Dictionary<string, string> Load(string resource) =>
        EmbeddedTable.Rows(resource, 2, "<katakana><TAB><spelling>").ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal);
}
