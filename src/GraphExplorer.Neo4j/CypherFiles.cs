using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace GraphExplorer.Neo4j;

/// <summary>
/// The Cypher statements of <c>cypher/*.cypher</c>, embedded in this assembly (logical name <c>cypher/&lt;file&gt;</c>),
/// so the text the linter checks is exactly the text that runs. See <c>cypher/README.md</c> for each file's parameters.
/// </summary>
public static class CypherFiles
{
    private const string Prefix = "cypher/";
    private static readonly Assembly s_assembly = typeof(CypherFiles).Assembly;
    private static readonly ConcurrentDictionary<string, string> s_cache = new(StringComparer.Ordinal);

    /// <summary>Gets the names of every embedded file (<c>schema.cypher</c>, …), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = s_assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Gets the text of one file, by its name with or without <c>.cypher</c> (<c>"get-revision"</c>). An unknown name is
    /// an error listing the names there are.
    /// </summary>
    public static string Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var file = name.EndsWith(".cypher", StringComparison.Ordinal) ? name : name + ".cypher";
        return s_cache.GetOrAdd(file, static f =>
        {
            using var stream = s_assembly.GetManifestResourceStream(Prefix + f)
                ?? throw new KeyNotFoundException(
                    $"No Cypher file '{f}' is embedded in {s_assembly.GetName().Name} (cypher/{f} missing?). Files: {string.Join(", ", Names)}.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>
    /// Gets the statements of a file that holds several (separated by <c>;</c>), each to be sent on its own: the Query
    /// API runs one statement per request. Semicolons inside strings, quoted names and comments do not split.
    /// </summary>
    public static IReadOnlyList<string> Statements(string name) => Split(Get(name));

    /// <summary>Splits Cypher text at top-level semicolons, dropping parts that hold only whitespace and comments.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var statements = new List<string>();
        var start = 0;
        var hasCode = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                i = text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : text.Length;
                continue;
            }

            if (c is '\'' or '"' or '`')
            {
                hasCode = true;
                i++;
                while (i < text.Length && text[i] != c)
                {
                    // Backslash escapes in strings; a doubled backtick inside a quoted name is one backtick and ends nothing.
                    i += c != '`' && text[i] == '\\' ? 2 : 1;
                }

                i++;
                continue;
            }

            if (c == ';')
            {
                Add(statements, text[start..i], hasCode);
                start = i + 1;
                hasCode = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                hasCode = true;
            }

            i++;
        }

        Add(statements, text[Math.Min(start, text.Length)..], hasCode);
        return statements;

        static void Add(List<string> list, string part, bool hasCode)
        {
            if (hasCode)
            {
                list.Add(part.Trim());
            }
        }
    }
}
