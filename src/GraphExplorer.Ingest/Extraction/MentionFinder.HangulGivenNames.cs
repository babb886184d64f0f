namespace GraphExplorer.Ingest.Extraction;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// Whether a Hangul word wanted as a given name is a foreign given name in its usual Hangul form (<see cref="HangulGivenNames"/>:
    /// 캐서린, 세르게이), which the match by sound may miss or take for a part of the other kind.
    /// </summary>
    private static bool HangulGivenName(string word, NamePartKind kind) =>
        kind.HasFlag(NamePartKind.Given) && HangulGivenNames.Spell(word) is not null;
}
