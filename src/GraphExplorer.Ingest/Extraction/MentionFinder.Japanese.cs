using GraphExplorer.Ingest.Text;

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

    /// <summary>
    /// Points each person named by a surname alone (田中氏, 高橋さん) at the one full name of the article that starts with
    /// it (田中健一), before the events are read: a move told in one sentence and its origin in the next ("田中健一氏は
    /// ソニーに移籍した。田中氏は楽天で…を務めていた。") are then one person's career. The full names are indexed by
    /// their surname once, so the article is read in time linear in its length; a surname two full names share stays.
    /// </summary>
    public static void ResolveJapaneseSurnames(List<List<Mention>> mentions)
    {
        var bySurname = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var m in mentions.SelectMany(s => s))
        {
            if (m is { Kind: MentionKind.Person, Pronoun: false, Name: { Length: > 2 } name } && IsKanji(name[0]) && !JapaneseNames.IsSurname(name))
            {
                for (var length = 1; length <= 3 && length < name.Length; length++)
                {
                    if (JapaneseNames.IsSurname(name[..length]))
                    {
                        if (!bySurname.TryGetValue(name[..length], out var full))
                        {
                            bySurname[name[..length]] = full = new HashSet<string>(StringComparer.Ordinal);
                        }

                        full.Add(name);
                    }
                }
            }
        }

        foreach (var m in mentions.SelectMany(s => s))
        {
            if (m is { Kind: MentionKind.Person, Pronoun: false, Name: { } surname } && bySurname.TryGetValue(surname, out var full) && full.Count == 1)
            {
                m.Name = full.First();
            }
        }
    }

    /// <summary>
    /// A kanji name before an honorific that starts with a common surname (中村明氏, 鈴木一郎さん): the surname table marks
    /// where the name begins, so characters that usually end a Chinese name (中, 一, 前) may stand inside it, and a verb
    /// ending right before it (去った中村明氏) does not cut it. Returns the token of the honorific, or 0.
    /// </summary>
    private int SurnameFirstKanjiName(int index, int end)
    {
        var run = KanjiRun(index, end, 6);
        if (run - index < 2 || run >= end || !HonorificAt(run))
        {
            return 0;
        }

        for (var length = Math.Min(3, run - index - 1); length >= 1; length--)
        {
            if (JapaneseNames.IsSurname(Slice(index, index + length)) && !IsBoundary(index))
            {
                return run;
            }
        }

        // A surname alone before the honorific names someone already introduced (田中氏, 中村氏, 中島さん): such
        // surnames hold characters that usually end a name (中, 前, 原), which the general rule stops at.
        return run - index <= 3 && JapaneseNames.IsSurname(Slice(index, run)) && !IsBoundary(index) ? run : 0;
    }

    /// <summary>
    /// A kanji name with neither title nor honorific ("山田太郎は", "、佐藤花子が"): the whole run of kanji, standing alone
    /// between non-kanji, must read as a common surname followed by a common given name of the table, and be followed by
    /// a particle or punctuation, as names are in running text. Three characters at least: two-character runs that split
    /// into a surname and a given name are too often ordinary words.
    /// </summary>
    private int BareJapaneseName(int index, int end)
    {
        if (index > 0 && _tokens[index - 1].End == _tokens[index].Start && IsKanji(_text[_tokens[index - 1].Start]))
        {
            return 0;
        }

        var run = KanjiRun(index, end, 6);
        if (run - index < 3 || run >= end || _text[_tokens[run].Start] is not ('は' or 'が' or 'を' or 'に' or 'と' or 'も' or 'の' or '、' or '，' or '（' or '(' or '。'))
        {
            return 0;
        }

        for (var k = index; k < run; k++)
        {
            if (IsBoundary(k))
            {
                return 0;
            }
        }

        return JapaneseNames.Romanize(Slice(index, run)) is null ? 0 : run;
    }

    /// <summary>The end of the run of single kanji tokens glued together from <paramref name="index"/>, at most <paramref name="max"/> long (the honorific 氏 is a kanji but ends a name).</summary>
    private int KanjiRun(int index, int end, int max)
    {
        var run = index;
        while (run < end && run - index < max && _tokens[run].Kind == TokenKind.Cjk && _tokens[run].Length == 1 && IsKanji(_text[_tokens[run].Start])
               && _text[_tokens[run].Start] != '氏' && (run == index || _tokens[run - 1].End == _tokens[run].Start))
        {
            run++;
        }

        return run;
    }

    private bool HonorificAt(int token) =>
        _text[_tokens[token].Start] == '氏' || _text.AsSpan(_tokens[token].Start).StartsWith("さん", StringComparison.Ordinal);

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々';
}
