using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// People a Japanese article names as the source of its news ("X記者", "X氏の報道によれば", "ジャーナリストのX氏" is
/// left to the title rules): a reporter or columnist works for a media outlet, which is no lab, so any employment or move
/// the rules drew for such a person is the news they report about others. The cue words are data
/// (<c>Lexicons/Data/japanese-reporters.txt</c>).
/// </summary>
internal static class JapaneseReporters
{
    private static readonly Lazy<string[]> s_cues = new(() =>
        [.. EmbeddedTable.Rows("lexicons/japanese-reporters.txt", 1, "<word>").Select(r => r.Fields[0])]);

    /// <summary>The facts without those of people the article marks as reporters; other languages pass through.</summary>
    public static List<Fact> Drop(List<Fact> facts, string text, string language)
    {
        if (language != "ja" || facts.Count == 0)
        {
            return facts;
        }

        var reporters = new HashSet<string>(StringComparer.Ordinal);
        var checkedPeople = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (Person(fact) is { Length: > 1 } person && checkedPeople.Add(person) && IsReporter(text, person))
            {
                reporters.Add(person);
            }
        }

        return reporters.Count == 0 ? facts : facts.FindAll(f => Person(f) is not { } p || !reporters.Contains(p));
    }

    /// <summary>Whether some mention of <paramref name="person"/> is followed by a reporter's title or report.</summary>
    public static bool IsReporter(string text, string person)
    {
        for (var at = text.IndexOf(person, StringComparison.Ordinal); at >= 0; at = text.IndexOf(person, at + person.Length, StringComparison.Ordinal))
        {
            var after = Skip(text, at + person.Length);
            if (Array.Exists(s_cues.Value, c => string.CompareOrdinal(text, after, c, 0, c.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Past spaces, a bracketed Latin spelling and an honorific after a name.</summary>
    private static int Skip(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\u3000')
        {
            at++;
        }

        if (at < text.Length && text[at] is '(' or '（')
        {
            var close = text.IndexOfAny([')', '）'], at);
            at = close >= 0 && close - at <= 40 ? close + 1 : at;
        }

        if (at < text.Length && text[at] == '氏')
        {
            at++;
        }
        else if (string.CompareOrdinal(text, at, "さん", 0, 2) == 0)
        {
            at += 2;
        }

        return at;
    }

    private static string? Person(Fact fact) => fact switch
    {
        WorkedAtFact w => w.Person,
        LeftForFact l => l.Person,
        FoundedFact f => f.Person,
        _ => null,
    };
}
