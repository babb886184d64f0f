namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Katakana and Hangul words that are never part of a person's name (<c>Lexicons/Data/script-loanwords.txt</c>):
/// a run of them joined by ・ or spaces ("グーグル・クラウド", "딥마인드 리서치") is an organisation, a product or a
/// common noun, so the mention finder does not take it for a transliterated person.
/// </summary>
internal static class Loanwords
{
    private static readonly Lazy<HashSet<string>> s_words = new(() =>
        EmbeddedTable.Rows("lexicons/script-loanwords.txt", 1, "<word>").Select(r => r.Fields[0]).ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether <paramref name="word"/> is one of the listed loanwords.</summary>
    public static bool Contains(string word) => s_words.Value.Contains(word);

    /// <summary>Whether any part of the name-like run <paramref name="surface"/> is a listed loanword.</summary>
    public static bool InName(string surface) => NameSounds.Parts(surface).Any(Contains);
}
