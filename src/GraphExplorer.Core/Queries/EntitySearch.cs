using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Finds people and labs by name, alias or id, in any script, ignoring accents and case: every spelling is compared as
/// its <see cref="Names.Key"/>, so <c>舒曼</c>, <c>Schulman</c> and <c>SCHULMAN</c> all find John Schulman. Built once
/// per revision (sorted spellings and sorted words, so exact, prefix and word-prefix matches are binary searches; a
/// substring scan runs only when those find too little). Also proposes the closest names for an id that matched nothing.
/// Every key lies in one block of text (bytes when all of it is Latin-1, <see cref="KeyText"/>) and is addressed by offset, and a spelling is found again from its
/// node and alias number: at a million people the keys, their words and spellings as strings were some 400 MB of
/// small objects, as flat arrays they are under 70 MB. The keys lie in the block in their sorted order, so a key ends
/// where the next begins and a word at the next space or its key's end: no length is kept for either.
/// </summary>
internal sealed class EntitySearch
{
    // Scores: what kind of match it was, then a small penalty per character the spelling has beyond the query.
    private const double ExactName = 1.0;
    private const double ExactAlias = 0.95;
    private const double Prefix = 0.8;
    private const double WordPrefix = 0.7;
    private const double Substring = 0.5;

    /// <summary>The alias number of an entry that is the node's name.</summary>
    private const int NameEntry = -1;

    private readonly TalentGraph _graph;
    private readonly KeyText _chars;

    // The entries (one per spelling), sorted by key: the key's place in _chars (one more, the block's end, closes the
    // last key), its node, and which spelling it is.
    private readonly int[] _keyStart;
    private readonly int[] _node;
    private readonly int[] _alias;

    // Every word of every key, sorted: its place in _chars and its entry.
    private readonly int[] _wordStart;
    private readonly int[] _wordEntry;

    // The first of each run of equal words.
    private readonly int[] _distinctWords;

    private EntitySearch(TalentGraph graph, KeyText chars, int[] keyStart, int[] node, int[] alias, int[] wordStart, int[] wordEntry)
    {
        _graph = graph;
        _chars = chars;
        _keyStart = keyStart;
        _node = node;
        _alias = alias;
        _wordStart = wordStart;
        _wordEntry = wordEntry;
        var distinct = new List<int>();
        var (a, b) = (chars.NewBuffer(), chars.NewBuffer());
        for (var i = 0; i < wordStart.Length; i++)
        {
            if (distinct.Count == 0 || !Word(distinct[^1], a).SequenceEqual(Word(i, b)))
            {
                distinct.Add(i);
            }
        }

        _distinctWords = [.. distinct];
    }

    public static EntitySearch Build(TalentGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var chars = new CharBlock(graph.NodeCount * 16);
        var keyStart = new List<int>(graph.NodeCount + (graph.NodeCount / 4));
        var keyLength = new List<int>(keyStart.Capacity);
        var nodes = new List<int>(keyStart.Capacity);
        var aliases = new List<int>(keyStart.Capacity);
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if ((node & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Peeked, not kept: the graph would otherwise hold every name decoded for as long as it lives.
            Add(graph.PeekName(node), node, NameEntry);
            for (var alias = 0; alias < graph.AliasCountOf(node); alias++)
            {
                Add(graph.PeekAlias(node, alias), node, alias);
            }
        }

        void Add(string spelling, int node, int alias)
        {
            var key = Names.Key(spelling);
            if (key.Length > 0)
            {
                keyStart.Add(chars.Append(key));
                keyLength.Add(key.Length);
                nodes.Add(node);
                aliases.Add(alias);
            }
        }

        var block = chars.ToArray();
        var order = new int[keyStart.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Ties keep the order the spellings were added in (node order, the name before its aliases).
        Array.Sort(order, (a, b) =>
        {
            var byKey = block.AsSpan(keyStart[a], keyLength[a]).SequenceCompareTo(block.AsSpan(keyStart[b], keyLength[b]));
            return byKey != 0 ? byKey : a.CompareTo(b);
        });

        // The keys copied into a block of their own in sorted order, so each ends where the next begins.
        var (sortedStart, sortedNode, sortedAlias) = (new int[order.Length + 1], new int[order.Length], new int[order.Length]);
        var sortedBlock = new char[block.Length];
        var at = 0;
        for (var i = 0; i < order.Length; i++)
        {
            (sortedStart[i], sortedNode[i], sortedAlias[i]) = (at, nodes[order[i]], aliases[order[i]]);
            block.AsSpan(keyStart[order[i]], keyLength[order[i]]).CopyTo(sortedBlock.AsSpan(at));
            at += keyLength[order[i]];
        }

        sortedStart[order.Length] = at;
        block = sortedBlock;

        var wordStart = new List<int>(order.Length * 2);
        var wordLength = new List<int>(order.Length * 2);
        var wordEntry = new List<int>(order.Length * 2);
        for (var i = 0; i < order.Length; i++)
        {
            var key = block.AsSpan(sortedStart[i], sortedStart[i + 1] - sortedStart[i]);
            var start = 0;
            while (start < key.Length)
            {
                var space = key[start..].IndexOf(' ');
                var end = space < 0 ? key.Length : start + space;

                // Every word, the first included, so a misspelt single-word name still has a word to be near.
                wordStart.Add(sortedStart[i] + start);
                wordLength.Add(end - start);
                wordEntry.Add(i);
                start = end + 1;
            }
        }

        var words = new int[wordStart.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = i;
        }

        Array.Sort(words, (a, b) =>
        {
            var byWord = block.AsSpan(wordStart[a], wordLength[a]).SequenceCompareTo(block.AsSpan(wordStart[b], wordLength[b]));
            return byWord != 0 ? byWord : a.CompareTo(b);
        });
        var (sortedWordStart, sortedWordEntry) = (new int[words.Length], new int[words.Length]);
        for (var i = 0; i < words.Length; i++)
        {
            (sortedWordStart[i], sortedWordEntry[i]) = (wordStart[words[i]], wordEntry[words[i]]);
        }

        var longest = 0;
        for (var i = 0; i < order.Length; i++)
        {
            longest = Math.Max(longest, sortedStart[i + 1] - sortedStart[i]);
        }

        return new EntitySearch(graph, KeyText.Of(block, longest), sortedStart, sortedNode, sortedAlias, sortedWordStart, sortedWordEntry);
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

        // Each node's best score and the entry it came from (-1: its id); spellings are decoded for the answer only.
        var best = new Dictionary<int, (double Score, int Entry)>();
        void Offer(int node, int entry, double score)
        {
            if (kind is { } k && _graph.KindOf(node) != k)
            {
                return;
            }

            if (!best.TryGetValue(node, out var current) || score > current.Score)
            {
                best[node] = (score, entry);
            }
        }

        if (_graph.TryFindNode(text.Trim(), out var byId))
        {
            Offer(byId, -1, ExactName);
        }

        // Enough candidates to rank well without walking a million "a…" names.
        var budget = Math.Max(limit * 50, 1000);
        var (from, to) = PrefixRange(words: false, query);
        for (var i = from; i < to && i - from < budget; i++)
        {
            var exact = KeyLength(i) == query.Length;
            var score = exact ? (_alias[i] == NameEntry ? ExactName : ExactAlias) : Prefix - LengthPenalty(KeyLength(i), query);
            Offer(_node[i], i, score);
        }

        (from, to) = PrefixRange(words: true, query);
        for (var i = from; i < to && i - from < budget; i++)
        {
            var entry = _wordEntry[i];
            Offer(_node[entry], entry, WordPrefix - LengthPenalty(KeyLength(entry), query));
        }

        if (best.Count < limit)
        {
            var found = 0;
            var buffer = _chars.NewBuffer();
            for (var i = 0; i < _node.Length && found < budget; i++)
            {
                if (Key(i, buffer).IndexOf(query, StringComparison.Ordinal) >= 0)
                {
                    Offer(_node[i], i, Substring - LengthPenalty(KeyLength(i), query));
                    found++;
                }
            }
        }

        return Rank(best.ToDictionary(p => p.Key, p => (p.Value.Score, p.Value.Entry < 0 ? _graph.IdOf(p.Key) : Spelling(p.Value.Entry))), limit);
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
        var (knownBuffer, buffer) = (_chars.NewBuffer(), _chars.NewBuffer());
        foreach (var word in queryWords.Where(w => w.Length >= 2))
        {
            var tolerance = word.Length <= 4 ? 1 : 2;
            foreach (var distinct in _distinctWords)
            {
                var known = Word(distinct, knownBuffer);
                if (Math.Abs(known.Length - word.Length) <= tolerance && EditDistance.Levenshtein(known, word, tolerance) <= tolerance)
                {
                    // The run of this word (sorted, so equal words follow the first).
                    for (var i = distinct; i < _wordStart.Length && candidates.Count < 5000 && Word(i, buffer).SequenceEqual(known); i++)
                    {
                        candidates.Add(_node[_wordEntry[i]]);
                    }
                }
            }

            // Names that start with the word ("open" for "openai").
            var (keyFrom, keyTo) = PrefixRange(words: false, word);
            for (var i = keyFrom; i < keyTo && i - keyFrom < 200; i++)
            {
                candidates.Add(_node[i]);
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

    private ReadOnlySpan<char> Key(int entry, char[] buffer) => _chars.Slice(_keyStart[entry], KeyLength(entry), buffer);

    private int KeyLength(int entry) => _keyStart[entry + 1] - _keyStart[entry];

    /// <summary>Word <paramref name="word"/>: from its start to the next space, or to the end of its key.</summary>
    private ReadOnlySpan<char> Word(int word, char[] buffer)
    {
        var rest = _chars.Slice(_wordStart[word], _keyStart[_wordEntry[word] + 1] - _wordStart[word], buffer);
        var space = rest.IndexOf(' ');
        return space < 0 ? rest : rest[..space];
    }

    /// <summary>The spelling behind an entry, as the graph holds it.</summary>
    private string Spelling(int entry) =>
        _alias[entry] == NameEntry ? _graph.NameOf(_node[entry]) : _graph.AliasesOf(_node[entry])[_alias[entry]];

    private List<SearchHit> Rank(Dictionary<int, (double Score, string Matched)> scored, int limit) =>
        scored.OrderByDescending(p => p.Value.Score)
            .ThenBy(p => _graph.NameOf(p.Key), StringComparer.Ordinal)
            .ThenBy(p => _graph.IdOf(p.Key), StringComparer.Ordinal)
            .Take(limit)
            .Select(p => new SearchHit(_graph.GetEntity(p.Key), p.Value.Matched, Math.Round(Math.Max(0, p.Value.Score), 4)))
            .ToList();

    private static double LengthPenalty(int keyLength, string query) => Math.Min(0.09, 0.002 * (keyLength - query.Length));

    /// <summary>The range of the sorted keys (or, with <paramref name="words"/>, the sorted words) that start with <paramref name="prefix"/>.</summary>
    private (int From, int To) PrefixRange(bool words, ReadOnlySpan<char> prefix)
    {
        var count = words ? _wordStart.Length : _node.Length;
        var buffer = _chars.NewBuffer();
        int low = 0, high = count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if ((words ? Word(middle, buffer) : Key(middle, buffer)).SequenceCompareTo(prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var to = low;
        while (to < count && (words ? Word(to, buffer) : Key(to, buffer)).StartsWith(prefix))
        {
            to++;
        }

        return (low, to);
    }

    /// <summary>A growing block of chars the keys are appended to.</summary>
    private sealed class CharBlock(int capacity)
    {
        private char[] _chars = new char[Math.Max(16, capacity)];
        private int _count;

        public int Append(string text)
        {
            if (_count + text.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_count + text.Length, _chars.Length + (_chars.Length / 2)));
            }

            text.CopyTo(_chars.AsSpan(_count));
            _count += text.Length;
            return _count - text.Length;
        }

        public char[] ToArray() => _chars.AsSpan(0, _count).ToArray();
    }
}
