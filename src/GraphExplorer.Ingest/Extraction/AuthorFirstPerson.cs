using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A post its author signs and writes in the first person ("By Tomasz Wierzbicki" under the headline, then "I have left
/// Google DeepMind, and today my co-founder and I are launching Graspwell"): outside quotes, "I" is the author. News
/// signed by a reporter speaks of others in the third person and quotes them, so the reading needs a signature line
/// right under the headline and at least two first-person subjects outside quotes. The words are data per language
/// (<c>Lexicons/Data/first-person.txt</c>, kinds "i" and "byline").
/// </summary>
internal static class AuthorFirstPerson
{
    /// <summary>How many sentences after the headline the signature line may come.</summary>
    private const int BylineReach = 3;

    /// <summary>How many first-person subjects outside quotes make the article a first-person post.</summary>
    private const int MinimumFirstPersonSubjects = 2;

    private static readonly Dictionary<string, HashSet<string>> s_subjects = QuotedMoves.Load("i");
    private static readonly Dictionary<string, HashSet<string>> s_bylines = QuotedMoves.Load("byline");

    /// <summary>Adds a mention of the author for every first-person subject outside quotes after the signature line.</summary>
    public static void Apply(string text, List<Token> tokens, List<Sentence> sentences, List<List<Mention>> mentions, string languageCode)
    {
        var language = QuotedMoves.LanguageKey(languageCode);
        if (!s_subjects.TryGetValue(language, out var subjects) || !s_bylines.TryGetValue(language, out var bylines)
            || Byline(text, sentences, mentions, bylines) is not var (author, signature))
        {
            return;
        }

        var found = new List<(int Sentence, int Token)>();
        for (var s = signature + 1; s < sentences.Count; s++)
        {
            var quotes = QuotedMoves.QuoteSpans(text, sentences[s].Start, sentences[s].End);
            for (var t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var token = tokens[t];
                if (token.Kind == TokenKind.Word && subjects.Contains(token.Key) && !quotes.Exists(q => q.Start <= token.Start && token.Start < q.End)
                    && !mentions[s].Exists(m => m.First <= t && t < m.End))
                {
                    found.Add((s, t));
                }
            }
        }

        if (found.Count < MinimumFirstPersonSubjects)
        {
            return;
        }

        foreach (var (s, t) in found)
        {
            var token = tokens[t];
            var me = new Mention(MentionKind.Person, t, t + 1, token.Start, token.End) { Name = author, Surface = text[token.Start..token.End], Unknown = true };
            var at = mentions[s].FindIndex(m => m.First > t);
            mentions[s].Insert(at < 0 ? mentions[s].Count : at, me);
        }
    }

    /// <summary>The author named on a signature line ("By X", alone on its line) in the first sentences after the
    /// headline, with the line's sentence; null when there is none.</summary>
    private static (string Author, int Sentence)? Byline(string text, List<Sentence> sentences, List<List<Mention>> mentions, HashSet<string> bylines)
    {
        for (var s = 1; s < sentences.Count && s <= BylineReach; s++)
        {
            var line = text[sentences[s].Start..sentences[s].End].Trim();
            var opener = bylines.FirstOrDefault(b => line.Length > b.Length + 1 && line.StartsWith(b + " ", StringComparison.OrdinalIgnoreCase));
            var people = mentions[s].FindAll(m => m is { Kind: MentionKind.Person, Pronoun: false, Name: not null });
            if (opener is not null && people.Count == 1 && !mentions[s].Exists(m => m.Kind == MentionKind.Lab)
                && text.AsSpan(people[0].CharEnd, sentences[s].End - people[0].CharEnd).Trim().Length == 0)
            {
                return (people[0].Name!, s);
            }
        }

        return null;
    }
}
