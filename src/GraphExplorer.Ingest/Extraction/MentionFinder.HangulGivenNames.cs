namespace GraphExplorer.Ingest.Extraction;

internal sealed partial class MentionFinder
{
    /// <summary>
    /// Whether a Hangul word wanted as a given name is a foreign given name in its usual Hangul form (<see cref="HangulGivenNames"/>:
    /// 캐서린, 세르게이), which the match by sound may miss or take for a part of the other kind.
    /// </summary>
    private static bool HangulGivenName(string word, NamePartKind kind) =>
        kind.HasFlag(NamePartKind.Given) && HangulGivenNames.Spell(word) is not null;

    /// <summary>
    /// Whether the word [<paramref name="index"/>, <paramref name="wordEnd"/>), followed by another word, is a listed
    /// foreign given name (제니퍼, 마이클): though it opens with a Korean surname syllable it is no Korean name, and its
    /// surname, even one no list spells, must not be read as the employer before a title.
    /// </summary>
    private bool ListedGivenNameOpens(int index, int wordEnd) => HangulGivenNames.Spell(Slice(index, wordEnd)) is not null;

    /// <summary>
    /// Whether a listed foreign given name in Hangul starts at <paramref name="index"/> (로라, 로버트): a particle cue that
    /// is its first syllable ("로", towards) must not swallow it, or the name is never read.
    /// </summary>
    private bool OpensListedGivenName(int index, int end, bool sentenceStart)
    {
        if (_lexicon.Code != "ko" || !(_tokens[index].SpaceBefore || sentenceStart))
        {
            return false;
        }

        var (wordEnd, length) = HangulWord(index, end);
        return length > 1 && HangulGivenNames.Spell(Slice(index, wordEnd)) is not null;
    }
}
