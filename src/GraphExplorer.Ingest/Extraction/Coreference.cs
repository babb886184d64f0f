using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Lexicons;
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
        ShortenedNames.DropHeadlineOnlyNames(state, sentences);
        ShortenedNames.DropGluedOpeners(state, sentences);
        ShortenedNames.LinkOpeningWords(sentences);
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

            if (KoreanNames.Romanize(m.Surface) is not null)
            {
                Add(parts, Key(m.Surface[..1]), m.Name!); // "한 상무" after 한지민: a Korean name's first syllable is its surname
            }
        }

        // A shorter multi-word name inside a longer one ("De Freitas" in "Daniel De Freitas") is the same person. Each
        // full name is indexed under its trailing word sequences once, so the lookup does not scan every name.
        var byTail = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in fullNames)
        {
            var key = Names.Key(name);
            for (var space = key.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = key.IndexOf(' ', space + 1))
            {
                Add(byTail, key[(space + 1)..], name);
            }
        }

        foreach (var m in sentences.SelectMany(s => s).Where(m => m.Kind == MentionKind.Person && m.Unknown && !m.ShortForm && m.Name is not null))
        {
            if (byTail.TryGetValue(Names.Key(m.Name!), out var longer) && longer.Count(n => n != m.Name && n.Length > m.Name!.Length) == 1)
            {
                m.Name = longer.First(n => n != m.Name && n.Length > m.Name!.Length);
            }
        }

        HashSet<string>? articleLabs = null;
        var mononyms = Mononyms.Find(state, sentences);
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
                m.Ambiguous = true;
            }
            else if (m.Unknown)
            {
                // A lone capitalised word that names nobody introduced, unless the store being ingested into holds one
                // person of that surname tied to a lab the article names.
                m.Name = gazetteer.Links is { } links ? links.BySurnameAndLab(m.Surface, articleLabs ??= ArticleLabKeys(sentences)) : null;
                if (m.Name is null && mononyms.Contains(Tokenizer.Fold(m.Surface)))
                {
                    m.Name = m.Surface; // a person known by one name
                }
            }
        }

        PromoteUnknownLabs(state, sentences);
        ReportNearMisses(state, sentences, fullNames);
        ReportAmbiguousLabs(state, sentences);
    }

    private static HashSet<string> ArticleLabKeys(List<List<Mention>> sentences) =>
        sentences.SelectMany(s => s).Where(m => m.Kind == MentionKind.Lab && m.Name is not null).Select(m => Names.Key(m.Name!)).ToHashSet(StringComparer.Ordinal);

    private const int MaxNearMissCandidates = 256;
    private const int MaxNearMissReports = 4;

    private static void ReportNearMisses(ArticleState state, List<List<Mention>> sentences, HashSet<string> fullNames)
    {
        // Index the known names by their first word once; each distinct unknown name is compared only with names
        // sharing its first word.
        var byFirst = new Dictionary<string, List<(string Name, string Last)>>(StringComparer.Ordinal);
        foreach (var name in fullNames.Concat(state.Gazetteer.People).Distinct(StringComparer.Ordinal))
        {
            var words = NameWords(name);
            if (words.Length < 2)
            {
                continue;
            }

            if (!byFirst.TryGetValue(words[0], out var list))
            {
                list = [];
                byFirst[words[0]] = list;
            }

            list.Add((name, words[^1]));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in sentences.SelectMany(s => s).Where(m => m.Kind == MentionKind.Person && m.Unknown && !m.ShortForm && m.Name is not null))
        {
            if (!seen.Add(m.Name!))
            {
                continue;
            }

            var words = NameWords(m.Name!);
            if (words.Length < 2 || words[^1].Length < 5 || !byFirst.TryGetValue(words[0], out var candidates))
            {
                continue;
            }

            // Bounded work per name: a real article names a handful of people per first name, and these are only
            // reports; a huge list sharing one first name must not make the article quadratic.
            var examined = 0;
            var reported = 0;
            foreach (var (other, last) in candidates)
            {
                if (examined++ >= MaxNearMissCandidates || reported >= MaxNearMissReports)
                {
                    break;
                }

                if (other != m.Name && last != words[^1] && Math.Abs(last.Length - words[^1].Length) <= 2 && Distance(words[^1], last) <= 2)
                {
                    reported++;
                    state.Merges.Add(new UncertainMerge(NodeKind.Person, m.Name!, other, "the names differ by one or two letters (a misspelling, or another person); kept apart",
                        new Core.Facts.EvidenceSpan(m.Start, m.CharEnd, m.Surface)));
                }
            }
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> s_nameWords = new(StringComparer.Ordinal);

    private static string[] NameWords(string name) =>
        s_nameWords.Count < 100_000 ? s_nameWords.GetOrAdd(name, n => Names.Key(n).Split(' ')) : Names.Key(name).Split(' ');

    /// <summary>
    /// A capitalised word that names nobody, standing right before a title ("Instagram co-founder", "GitHub CEO") or
    /// right after a founding, joining or leaving verb ("co-founded Artifact"), is a lab the gazetteer does not know.
    /// </summary>
    private static void PromoteUnknownLabs(ArticleState state, List<List<Mention>> sentences)
    {
        foreach (var ms in sentences)
        {
            for (var i = 0; i < ms.Count; i++)
            {
                var m = ms[i];
                if (m.Kind != MentionKind.Person || m.Name is not null || !m.Unknown || m.Ambiguous || m.Pronoun || m.Surface.Length < 3 || !char.IsUpper(m.Surface[0]))
                {
                    continue;
                }

                // "wechselt zum Kölner Übersetzungsspezialisten DeepL": a word right before a lab's name describes that lab.
                if (i + 1 < ms.Count && ms[i + 1] is { Kind: MentionKind.Lab, Modifier: false } named && named.First == m.End)
                {
                    ms.RemoveAt(i--);
                    continue;
                }

                // Only in Latin-script text: Chinese and Japanese titles also follow team and product names ("Seed负责人").
                var latin = state.Lexicon.Code is "en" or "fr" or "es" or "de" or "pt" or "id";
                var beforeTitle = latin && i + 1 < ms.Count && ms[i + 1].IsRole && ms[i + 1].First - m.End <= 1 && !ms[i + 1].Has(Cue.Copula);
                var afterVerb = i > 0 && ms[i - 1].IsVerb && (ms[i - 1].Has(Cue.Found) || ms[i - 1].Has(Cue.Join) || ms[i - 1].Has(Cue.Leave) || ms[i - 1].Has(Cue.Move))
                    && m.First - ms[i - 1].End <= 1 && !state.Lexicon.HeadFinal;
                // "wechselt einige Tage später zum …": a word of time or a department is never an employer.
                if ((beforeTitle || afterVerb) && !(m.End - m.First == 1 && LatinNames.IsNoOrganisation(state.Tokens[m.First].Key)))
                {
                    ms[i] = new Mention(MentionKind.Lab, m.First, m.End, m.Start, m.CharEnd) { Name = m.Surface, Surface = m.Surface, Unknown = true };
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
