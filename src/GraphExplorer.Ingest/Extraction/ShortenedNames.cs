using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// One person written with more or fewer words in one article. A headline capitalises every word, so a common word
/// before a name reads as part of it ("Perjalanan Bagus Santoso di Dunia AI" over "Bagus Santoso bergabung …"), and a
/// headline or a later sentence shortens a full name to its first words ("Daniela Restrepo deja Rappi" over "Daniela
/// Restrepo Vélez, directora …"). Each is the article's one full name; unsure cases (two candidates) are left alone.
/// </summary>
internal static class ShortenedNames
{
    /// <summary>
    /// A name of three or more words whose first word is no known name part, standing where any word is capitalised (the
    /// headline, a sentence's start, after a colon), is the name its other words make when the article writes that name
    /// on its own elsewhere: the first word was glued on.
    /// </summary>
    public static void DropGluedOpeners(ArticleState state, List<List<Mention>> sentences)
    {
        var people = sentences.SelectMany(s => s).Where(IsFullUnknownName).ToList();
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in people)
        {
            byKey.TryAdd(Names.Key(m.Name!), m.Name!);
        }

        var openers = state.Sentences.Select(s => s.FirstToken).ToHashSet();
        var headlineEnd = state.Sentences.Count > 0 ? state.Sentences[0].EndToken : 0;
        foreach (var m in people)
        {
            var key = Names.Key(m.Name!);
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || key.IndexOf(' ', space + 1) < 0 || !byKey.TryGetValue(key[(space + 1)..], out var shorter)
                || NameParts.Kind(Tokenizer.Fold(key.Substring(0, space))) != 0)
            {
                continue;
            }

            var capitalisedAnyway = m.First < headlineEnd || openers.Contains(m.First) || (m.First > 0 && state.Tokens[m.First - 1].Key == ":");
            if (capitalisedAnyway)
            {
                m.Name = shorter;
            }
        }
    }

    /// <summary>
    /// A name of two or more words that is the opening words of exactly one longer name of the article ("Daniela
    /// Restrepo" of "Daniela Restrepo Vélez") is that person.
    /// </summary>
    public static void LinkOpeningWords(List<List<Mention>> sentences)
    {
        // Done before the article's surnames are indexed, so that a lone surname later ("Restrepo") finds one person.
        var byHead = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in sentences.SelectMany(s => s).Where(IsFullUnknownName).Select(m => m.Name!).Distinct(StringComparer.Ordinal))
        {
            var key = Names.Key(name);
            for (var space = key.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = key.IndexOf(' ', space + 1))
            {
                var head = key[..space];
                if (head.Contains(' ', StringComparison.Ordinal))
                {
                    if (!byHead.TryGetValue(head, out var set))
                    {
                        set = new HashSet<string>(StringComparer.Ordinal);
                        byHead[head] = set;
                    }

                    set.Add(name);
                }
            }
        }

        foreach (var m in sentences.SelectMany(s => s).Where(IsFullUnknownName))
        {
            if (byHead.TryGetValue(Names.Key(m.Name!), out var longer) && longer.Count == 1)
            {
                m.Name = longer.First();
            }
        }
    }

    /// <summary>
    /// A headline capitalises common words ("Pulang Kampung, Dimas … Kembali ke Tokopedia"); a person the article names in
    /// its headline is named again in its body. So an unknown two- or three-word "name" of the headline none of whose
    /// words is a known name part or any person's word in the body is no person, and is dropped.
    /// </summary>
    public static void DropHeadlineOnlyNames(ArticleState state, List<List<Mention>> sentences)
    {
        if (sentences.Count < 2 || state.Sentences.Count < 2 || state.Lexicon.Code is not ("en" or "fr" or "es" or "de" or "pt" or "id"))
        {
            return;
        }

        // Only a headline: a first line of its own that does not end as a sentence does.
        var headline = state.Sentences[0];
        var last = state.Tokens[headline.EndToken - 1].Key;
        if (last is "." or "!" or "?" || !state.Text.AsSpan(headline.End, state.Sentences[1].Start - headline.End).Contains('\n'))
        {
            return;
        }

        var bodyWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in sentences.Skip(1).SelectMany(s => s).Where(m => m is { Kind: MentionKind.Person, Pronoun: false }))
        {
            for (var k = m.First; k < m.End; k++)
            {
                bodyWords.Add(state.Tokens[k].Key);
            }
        }

        sentences[0].RemoveAll(m => IsFullUnknownName(m) && m.End - m.First is 2 or 3
            && Enumerable.Range(m.First, m.End - m.First).All(k => state.Tokens[k].Kind == Text.TokenKind.Word && NameParts.Kind(state.Tokens[k].Key) == 0 && !bodyWords.Contains(state.Tokens[k].Key)));
    }

    private static bool IsFullUnknownName(Mention m) => m is { Kind: MentionKind.Person, Unknown: true, ShortForm: false, Pronoun: false, Name: not null };
}
