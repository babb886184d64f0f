using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Resolves short mentions to the full names introduced in the same article ("Schulman" → "John Schulman", "舒曼" →
/// "约翰·舒曼" → John Schulman) and reports, rather than makes, the merges it is unsure of: a short form shared by two
/// people, or a full name one or two letters away from a known one (a misspelling or a different person).
/// </summary>
internal static class Coreference
{
    public static void Resolve(ArticleState state, List<List<Mention>> sentences)
    {
        var gazetteer = state.Gazetteer;
        var parts = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var fullNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in sentences.SelectMany(s => s).Where(m => m.Kind == MentionKind.Person && !m.Pronoun && !m.ShortForm && m.Name is not null))
        {
            if (m.Unknown && gazetteer.Resolve(m.Name!, NodeKind.Person) is { } known)
            {
                m.Name = known;
                m.Unknown = false;
            }

            fullNames.Add(m.Name!);
            foreach (var part in NameParts(m.Surface).Concat(NameParts(m.Name!)))
            {
                Add(parts, part, m.Name!);
            }
        }

        foreach (var m in sentences.SelectMany(s => s).Where(m => m.Kind == MentionKind.Person && m.ShortForm))
        {
            var key = Key(m.Surface);
            var candidates = parts.TryGetValue(key, out var set) ? set : null;
            if (candidates is { Count: 1 })
            {
                m.Name = candidates.First();
            }
            else if (candidates is { Count: > 1 })
            {
                // The gazetteer's own short form wins only if it is one of the candidates.
                if (!m.Unknown && m.Name is not null && candidates.Contains(m.Name))
                {
                    continue;
                }

                state.Merges.Add(new UncertainMerge(NodeKind.Person, m.Surface, string.Join(" | ", candidates.Order(StringComparer.Ordinal)),
                    "the short form fits more than one person named in the article", new Core.Facts.EvidenceSpan(m.Start, m.CharEnd, m.Surface)));
                m.Name = null;
            }
            else if (m.Unknown)
            {
                m.Name = null; // a lone capitalised word that names nobody introduced
            }
        }

        ReportNearMisses(state, sentences, fullNames);
        ReportAmbiguousLabs(state, sentences);
    }

    private static void ReportNearMisses(ArticleState state, List<List<Mention>> sentences, HashSet<string> fullNames)
    {
        var known = fullNames.Concat(state.Gazetteer.People).Distinct(StringComparer.Ordinal).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in sentences.SelectMany(s => s).Where(m => m.Kind == MentionKind.Person && m.Unknown && !m.ShortForm && m.Name is not null))
        {
            foreach (var other in known)
            {
                var pair = m.Name + "\u0000" + other;
                if (other == m.Name || reported.Contains(pair))
                {
                    continue;
                }

                var a = Names.Key(m.Name!).Split(' ');
                var b = Names.Key(other).Split(' ');
                if (a.Length == b.Length && a.Length >= 2 && a[0] == b[0] && a[^1] != b[^1] && a[^1].Length >= 5
                    && Distance(a[^1], b[^1]) <= 2)
                {
                    reported.Add(pair);
                    state.Merges.Add(new UncertainMerge(NodeKind.Person, m.Name!, other, "the names differ by one or two letters (a misspelling, or another person); kept apart",
                        new Core.Facts.EvidenceSpan(m.Start, m.CharEnd, m.Surface)));
                }
            }
        }
    }

    private static void ReportAmbiguousLabs(ArticleState state, List<List<Mention>> sentences)
    {
        foreach (var m in sentences.SelectMany(s => s).Where(m => m.Kind == MentionKind.Lab && m.Partial && m.Name is not null && m.Name.Contains(" | ", StringComparison.Ordinal)))
        {
            state.Merges.Add(new UncertainMerge(NodeKind.Lab, m.Surface, m.Name!, "a shortened name that fits more than one lab", new Core.Facts.EvidenceSpan(m.Start, m.CharEnd, m.Surface)));
            m.Name = null;
        }
    }

    private static IEnumerable<string> NameParts(string name)
    {
        var separators = new[] { ' ', '·', '・', '•', '\u00B7' };
        var pieces = name.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length < 2)
        {
            yield break;
        }

        yield return Key(pieces[^1]);
        yield return Key(pieces[0]);
    }

    private static string Key(string text) => Tokenizer.Fold(text.Replace(" ", string.Empty, StringComparison.Ordinal));

    private static void Add(Dictionary<string, HashSet<string>> parts, string part, string name)
    {
        if (part.Length == 0)
        {
            return;
        }

        if (!parts.TryGetValue(part, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            parts[part] = set;
        }

        set.Add(name);
    }

    /// <summary>Optimal string alignment distance (edits and adjacent swaps), enough to spot "Sustkever" for "Sutskever".</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
