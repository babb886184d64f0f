namespace GraphExplorer.Ingest.Text;

/// <summary>
/// Matches multi-token phrases (lexicon entries, lab and person names) at a token position in one walk. A phrase token
/// ending in <c>*</c> matches any token starting with the rest ("join*" matches "joined", "joining").
/// </summary>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    public void Add(string phrase, T value)
    {
        var keys = Keys(phrase);
        if (keys.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var key in keys)
        {
            if (key.Length > 1 && key[^1] == '*')
            {
                var prefix = key[..^1];
                node.Wildcards ??= [];
                var existing = node.Wildcards.FindIndex(w => w.Prefix == prefix);
                if (existing < 0)
                {
                    node.Wildcards.Add((prefix, new Node()));
                    existing = node.Wildcards.Count - 1;
                }

                node = node.Wildcards[existing].Next;
            }
            else
            {
                node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(key, out var next))
                {
                    next = new Node();
                    node.Children[key] = next;
                }

                node = next;
            }
        }

        node.Values ??= [];
        node.Values.Add(value);
    }

    /// <summary>Tokenises a phrase the way article text is tokenised, so both sides agree on the keys.</summary>
    public static List<string> Keys(string phrase)
    {
        var star = phrase.EndsWith('*');
        var tokens = Tokenizer.Tokenize(star ? phrase[..^1] : phrase);
        var keys = tokens.ConvertAll(t => t.Key);
        if (star && keys.Count > 0)
        {
            keys[^1] += "*";
        }

        return keys;
    }

    /// <summary>The longest phrase starting at <paramref name="index"/> (token count and values), or 0 tokens when none.</summary>
    public (int Length, List<T>? Values) Longest(List<Token> tokens, int index, int end)
    {
        var best = (0, (List<T>?)null);
        Walk(_root, tokens, index, index, end, ref best, null, 0, false);
        return best;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="index"/>, letting up to two tokens <paramref name="insertable"/>
    /// accepts stand inside it ("unirse también a", "se juntou oficialmente à"): an adverb does not break a verb phrase.
    /// </summary>
    public (int Length, List<T>? Values) Longest(List<Token> tokens, int index, int end, Func<Token, bool> insertable)
    {
        var best = (0, (List<T>?)null);
        Walk(_root, tokens, index, index, end, ref best, insertable, 2, false);
        return best;
    }

    private static void Walk(Node node, List<Token> tokens, int start, int position, int end, ref (int Length, List<T>? Values) best, Func<Token, bool>? insertable, int skips, bool skipped)
    {
        if (!skipped && node.Values is not null && position - start > best.Length)
        {
            best = (position - start, node.Values);
        }

        if (position >= end)
        {
            return;
        }

        var key = tokens[position].Key;
        if (node.Children is not null && node.Children.TryGetValue(key, out var next))
        {
            Walk(next, tokens, start, position + 1, end, ref best, insertable, skips, false);
        }

        // Only inside a phrase: a phrase never starts or ends with the inserted word (the best match is taken at a node
        // holding values, reached by a phrase token).
        if (skips > 0 && position > start && node.Children is not null && insertable is not null && insertable(tokens[position]))
        {
            Walk(node, tokens, start, position + 1, end, ref best, insertable, skips - 1, true);
        }

        if (node.Wildcards is not null)
        {
            foreach (var (prefix, wild) in node.Wildcards)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal) && tokens[position].Kind == TokenKind.Word)
                {
                    Walk(wild, tokens, start, position + 1, end, ref best, insertable, skips, false);
                }
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<(string Prefix, Node Next)>? Wildcards { get; set; }

        public List<T>? Values { get; set; }
    }
}
