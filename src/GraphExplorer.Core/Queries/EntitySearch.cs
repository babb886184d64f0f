using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Finds people and labs by name, alias or id, in any script, ignoring accents and case: every spelling is compared as
/// its <see cref="Names.Key"/>, so <c>舒曼</c>, <c>Schulman</c> and <c>SCHULMAN</c> all find John Schulman. Built once
/// per revision (sorted spellings and sorted words, so exact, prefix and word-prefix matches are binary searches; a
/// substring scan runs only when those find too little). Also proposes the closest names for an id that matched nothing.
/// </summary>
internal sealed class EntitySearch
{
    // Scores: what kind of match it was, then a small penalty per character the spelling has beyond the query.
    private const double ExactName = 1.0;
    private const double ExactAlias = 0.95;
    private const double Prefix = 0.8;
    private const double WordPrefix = 0.7;
    private const double Substring = 0.5;

    private readonly TalentGraph _graph;
    private readonly string[] _keys;
    private readonly Entry[] _entries;
    private readonly string[] _words;
    private readonly int[] _wordEntry;
    private readonly string[] _distinctWords;

    private EntitySearch(TalentGraph graph, string[] keys, Entry[] entries, string[] words, int[] wordEntry)
    {
        _graph = graph;
        _keys = keys;
        _entries = entries;
        _words = words;
        _wordEntry = wordEntry;
        var distinct = new List<string>();
        foreach (var word in words)
        {
            if (distinct.Count == 0 || !string.Equals(distinct[^1], word, StringComparison.Ordinal))
            {
                distinct.Add(word);
            }
        }

        _distinctWords = [.. distinct];
    }

    public static EntitySearch Build(TalentGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var keys = new List<string>(graph.NodeCount * 2);
        var entries = new List<Entry>(graph.NodeCount * 2);
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if ((node & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Add(graph.NameOf(node), node, isName: true);
            foreach (var alias in graph.AliasesOf(node))
            {
                Add(alias, node, isName: false);
            }
        }

        void Add(string spelling, int node, bool isName)
        {
            var key = Names.Key(spelling);
            if (key.Length > 0)
            {
                keys.Add(key);
                entries.Add(new Entry(node, spelling, isName));
            }
        }

        var keyArray = keys.ToArray();
        var entryArray = entries.ToArray();
        Array.Sort(keyArray, entryArray, StringComparer.Ordinal);
        var words = new List<string>();
        var wordEntry = new List<int>();
        for (var i = 0; i < keyArray.Length; i++)
        {
            var key = keyArray[i];
            var start = 0;
            while (start < key.Length)
            {
                var space = key.IndexOf(' ', start);
                var end = space < 0 ? key.Length : space;
                // Every word, the first included, so a misspelt single-word name still has a word to be near.
                words.Add(key[start..end]);
                wordEntry.Add(i);

                start = end + 1;
            }
        }

        var wordArray = words.ToArray();
        var wordEntryArray = wordEntry.ToArray();
        Array.Sort(wordArray, wordEntryArray, StringComparer.Ordinal);
        return new EntitySearch(graph, keyArray, entryArray, wordArray, wordEntryArray);
    }

    /// <summary>Matches of <paramref name="text"/>, best first, at most <paramref name="limit"/>, optionally of one kind.</summary>
    public IReadOnlyList<SearchHit> Search(string text, int limit, NodeKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = Names.Key(text);
        if (query.Length == 0 || limit <= 0)
        {
            return [];
        }

        var best = new Dictionary<int, (double Score, string Matched)>();
        void Offer(int node, string matched, double score)
        {
            if (kind is { } k && _graph.KindOf(node) != k)
            {
                return;
            }

            if (!best.TryGetValue(node, out var current) || score > current.Score)
            {
                best[node] = (score, matched);
            }
        }

        if (_graph.TryFindNode(text.Trim(), out var byId))
        {
            Offer(byId, _graph.IdOf(byId), ExactName);
        }

        // Enough candidates to rank well without walking a million "a…" names.
        var budget = Math.Max(limit * 50, 1000);
        var (from, to) = PrefixRange(_keys, query);
        for (var i = from; i < to && i - from < budget; i++)
        {
            var entry = _entries[i];
            var exact = _keys[i].Length == query.Length;
            var score = exact ? (entry.IsName ? ExactName : ExactAlias) : Prefix - LengthPenalty(_keys[i], query);
            Offer(entry.Node, entry.Spelling, score);
        }

        (from, to) = PrefixRange(_words, query);
        for (var i = from; i < to && i - from < budget; i++)
        {
            var key = _keys[_wordEntry[i]];
            var entry = _entries[_wordEntry[i]];
            Offer(entry.Node, entry.Spelling, WordPrefix - LengthPenalty(key, query));
        }

        if (best.Count < limit)
        {
            var found = 0;
            for (var i = 0; i < _keys.Length && found < budget; i++)
            {
                if (_keys[i].Contains(query, StringComparison.Ordinal))
                {
                    Offer(_entries[i].Node, _entries[i].Spelling, Substring - LengthPenalty(_keys[i], query));
                    found++;
                }
            }
        }

        return Rank(best, limit);
    }

    /// <summary>
    /// The names closest to <paramref name="text"/> (an id or a name that matched nothing): search matches of the whole
    /// text and of each word, plus names with a word within a small edit distance of one of its words, ranked by how
    /// close the whole name is.
    /// </summary>
    public IReadOnlyList<SearchHit> Suggest(string text, int limit, NodeKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = Names.Key(text);
        if (query.Length == 0)
        {
            return [];
        }

        var candidates = new HashSet<int>();
        foreach (var hit in Search(text, limit * 4, kind))
        {
            _graph.TryFindNode(hit.Entity.Id, out var node);
            candidates.Add(node);
        }

        var queryWords = query.Split(' ');
        foreach (var word in queryWords.Where(w => w.Length >= 2))
        {
            var tolerance = word.Length <= 4 ? 1 : 2;
            foreach (var known in _distinctWords)
            {
                if (Math.Abs(known.Length - word.Length) <= tolerance && EditDistance.Levenshtein(known, word, tolerance) <= tolerance)
                {
                    var (from, to) = PrefixRange(_words, known);
                    for (var i = from; i < to && candidates.Count < 5000; i++)
                    {
                        if (_words[i].Length == known.Length)
                        {
                            candidates.Add(_entries[_wordEntry[i]].Node);
                        }
                    }
                }
            }

            // Names that start with the word ("open" for "openai").
            var (keyFrom, keyTo) = PrefixRange(_keys, word);
            for (var i = keyFrom; i < keyTo && i - keyFrom < 200; i++)
            {
                candidates.Add(_entries[i].Node);
            }
        }

        var scored = new Dictionary<int, (double Score, string Matched)>();
        foreach (var node in candidates)
        {
            if (kind is { } k && _graph.KindOf(node) != k)
            {
                continue;
            }

            foreach (var spelling in _graph.AliasesOf(node).Prepend(_graph.NameOf(node)))
            {
                var key = Names.Key(spelling);
                var longest = Math.Max(key.Length, query.Length);
                var similarity = longest == 0 ? 0 : 1.0 - ((double)EditDistance.Levenshtein(key, query, longest) / longest);
                if (!scored.TryGetValue(node, out var current) || similarity > current.Score)
                {
                    scored[node] = (similarity, spelling);
                }
            }
        }

        return Rank(scored, limit);
    }

    private List<SearchHit> Rank(Dictionary<int, (double Score, string Matched)> scored, int limit) =>
        scored.OrderByDescending(p => p.Value.Score)
            .ThenBy(p => _graph.NameOf(p.Key), StringComparer.Ordinal)
            .ThenBy(p => _graph.IdOf(p.Key), StringComparer.Ordinal)
            .Take(limit)
            .Select(p => new SearchHit(_graph.GetEntity(p.Key), p.Value.Matched, Math.Round(Math.Max(0, p.Value.Score), 4)))
            .ToList();

    private static double LengthPenalty(string key, string query) => Math.Min(0.09, 0.002 * (key.Length - query.Length));

    /// <summary>The range of sorted <paramref name="sorted"/> that starts with <paramref name="prefix"/>.</summary>
    private static (int From, int To) PrefixRange(string[] sorted, string prefix)
    {
        var from = LowerBound(sorted, prefix);
        var to = from;
        while (to < sorted.Length && sorted[to].StartsWith(prefix, StringComparison.Ordinal))
        {
            to++;
        }

        return (from, to);
    }

    private static int LowerBound(string[] sorted, string value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(sorted[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private readonly record struct Entry(int Node, string Spelling, bool IsName);
}
