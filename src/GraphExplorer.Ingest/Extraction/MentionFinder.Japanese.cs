namespace GraphExplorer.Ingest.Extraction;

/// <summary>Japanese full names in kanji found by the title written right after them.</summary>
internal sealed partial class MentionFinder
{
    private static readonly Lazy<string[]> s_japaneseTitles = new(() =>
        [.. EmbeddedTable.Rows("lexicons/japanese-titles.txt", 1, "<title>").Select(r => r.Fields[0]).OrderByDescending(t => t.Length)]);

    /// <summary>
    /// A kanji name directly followed by a title ("山田太郎社長", "佐藤花子教授"; <c>japanese-titles.txt</c>): the run must
    /// start where the kanji start and read as a common surname and given name (<see cref="JapaneseNames"/>), as a title
    /// alone does not mark where a name begins. Returns the token after the name, or 0.
    /// </summary>
    private int TitledJapaneseName(int index, int end)
    {
        if (!IsKanji(_text[_tokens[index].Start]) || (index > 0 && _tokens[index - 1].End == _tokens[index].Start && IsKanji(_text[_tokens[index - 1].Start])))
        {
            return 0;
        }

        var run = index;
        while (run < end && run - index < 7 && IsKanji(_text[_tokens[run].Start]))
        {
            run++;
        }

        for (var stop = Math.Min(run, index + 6); stop >= index + 2; stop--)
        {
            if (stop >= end || !TitleAt(_tokens[stop].Start) || JapaneseNames.Romanize(Slice(index, stop)) is null)
            {
                continue;
            }

            return stop;
        }

        return 0;

        bool TitleAt(int at) => Array.Exists(s_japaneseTitles.Value, t => string.CompareOrdinal(_text, at, t, 0, t.Length) == 0);
    }

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々';
}
