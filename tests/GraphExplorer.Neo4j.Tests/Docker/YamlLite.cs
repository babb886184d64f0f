namespace GraphExplorer.Neo4j.Tests.Docker;

/// <summary>
/// Reads the block-style YAML subset a compose file is written in: nested mappings by indentation, block lists of
/// scalars, comments, quoted scalars. Flow collections (<c>["CMD-SHELL", "…"]</c>) stay as their text. A mapping is a
/// <see cref="Dictionary{TKey, TValue}"/>, a list a <see cref="List{T}"/> of strings, a scalar a string; anything
/// outside the subset is an error naming the line, so the tests never read a file they misunderstand.
/// </summary>
internal static class YamlLite
{
    public static Dictionary<string, object> Parse(string text)
    {
        var root = new Dictionary<string, object>(StringComparer.Ordinal);
        var stack = new Stack<(int Indent, object Container)>();
        stack.Push((-1, root));
        string? pendingKey = null;
        Dictionary<string, object>? pendingParent = null;
        var pendingIndent = -1;
        var lineNumber = 0;

        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = StripComment(raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            var content = line.Trim();

            // The first line below a "key:" decides whether the key holds a mapping or a list.
            if (pendingKey is not null)
            {
                if (indent <= pendingIndent)
                {
                    pendingParent![pendingKey] = string.Empty;
                }
                else
                {
                    object child = content.StartsWith("- ", StringComparison.Ordinal) || content == "-"
                        ? new List<string>()
                        : new Dictionary<string, object>(StringComparer.Ordinal);
                    pendingParent![pendingKey] = child;
                    stack.Push((pendingIndent, child));
                }

                pendingKey = null;
            }

            while (stack.Peek().Indent >= indent)
            {
                stack.Pop();
            }

            var container = stack.Peek().Container;
            if (content.StartsWith("- ", StringComparison.Ordinal))
            {
                if (container is not List<string> list)
                {
                    throw new FormatException($"line {lineNumber}: a list item where a mapping entry was expected");
                }

                var item = content[2..].Trim();
                if (item.Contains(": ", StringComparison.Ordinal) && !IsQuoted(item))
                {
                    throw new FormatException($"line {lineNumber}: lists of mappings are outside the subset this reader knows");
                }

                list.Add(Unquote(item));
                continue;
            }

            if (container is not Dictionary<string, object> map)
            {
                throw new FormatException($"line {lineNumber}: a mapping entry inside a list");
            }

            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"line {lineNumber}: expected 'key: value', got '{content}'");
            }

            var key = Unquote(content[..colon].Trim());
            var value = content[(colon + 1)..].Trim();
            if (map.ContainsKey(key))
            {
                throw new FormatException($"line {lineNumber}: key '{key}' appears twice");
            }

            if (value.Length == 0)
            {
                pendingKey = key;
                pendingParent = map;
                pendingIndent = indent;
                map[key] = string.Empty;
            }
            else
            {
                map[key] = Unquote(value);
            }
        }

        return root;
    }

    public static Dictionary<string, object> Map(this Dictionary<string, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is Dictionary<string, object> child
            ? child
            : throw new KeyNotFoundException($"'{key}' is not a mapping (keys here: {string.Join(", ", map.Keys)})");

    public static string Scalar(this Dictionary<string, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is string s
            ? s
            : throw new KeyNotFoundException($"'{key}' is not a scalar (keys here: {string.Join(", ", map.Keys)})");

    public static List<string> List(this Dictionary<string, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is List<string> list
            ? list
            : throw new KeyNotFoundException($"'{key}' is not a list (keys here: {string.Join(", ", map.Keys)})");

    private static bool IsQuoted(string s) => s.Length >= 2 && ((s[0] == '"' && s[^1] == '"') || (s[0] == '\'' && s[^1] == '\''));

    private static string Unquote(string s) => IsQuoted(s) ? s[1..^1] : s;

    // A '#' starts a comment only outside quotes and after a space (or at the start).
    private static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] == ' '))
            {
                return line[..i];
            }
        }

        return line;
    }
}
