using System.Text.RegularExpressions;
using GraphExplorer.Cypher.Execution;

namespace GraphExplorer.Cypher;

/// <summary>
/// A value type in a procedure signature, written as Neo4j lists procedures: <c>INTEGER?</c>, <c>LIST? OF STRING?</c>
/// (a trailing <c>?</c> admits null).
/// </summary>
public sealed record CypherType(string Name, bool Nullable, CypherType? Element = null)
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "ANY", "BOOLEAN", "STRING", "INTEGER", "FLOAT", "NUMBER", "MAP", "LIST", "NODE", "RELATIONSHIP", "PATH",
    };

    /// <summary>Reads a type such as <c>FLOAT?</c> or <c>LIST? OF INTEGER</c>; an unknown name is an <see cref="ArgumentException"/>.</summary>
    public static CypherType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var of = Regex.Match(trimmed, @"^LIST\s*(\?)?\s+OF\s+(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (of.Success)
        {
            return new CypherType("LIST", of.Groups[1].Success, Parse(of.Groups[2].Value));
        }

        var nullable = trimmed.EndsWith('?');
        var name = (nullable ? trimmed[..^1] : trimmed).Trim().ToUpperInvariant();
        return Names.Contains(name)
            ? new CypherType(name, nullable)
            : throw new ArgumentException($"Unknown Cypher type '{text}' (expected one of {string.Join(", ", Names)}, optionally with '?' or as LIST OF ...)", nameof(text));
    }

    /// <summary>Whether a value of the engine's inner form may be passed where this type is declared.</summary>
    internal bool Accepts(object? value) => value switch
    {
        null => Nullable,
        _ when Name == "ANY" => true,
        bool => Name == "BOOLEAN",
        string => Name == "STRING",
        long => Name is "INTEGER" or "FLOAT" or "NUMBER",
        double => Name is "FLOAT" or "NUMBER",
        NodeRef => Name == "NODE",
        RelRef => Name == "RELATIONSHIP",
        PathValue => Name == "PATH",
        IReadOnlyDictionary<string, object?> => Name == "MAP",
        IReadOnlyList<object?> list => Name == "LIST" && (Element is null || list.All(Element.Accepts)),
        _ => false,
    };

    /// <summary>The value as this type holds it: an integer passed for a FLOAT becomes a float.</summary>
    internal object? Coerce(object? value) => value is long l && Name == "FLOAT" ? (double)l : value;

    public override string ToString() => Element is null
        ? Name + (Nullable ? "?" : string.Empty)
        : "LIST" + (Nullable ? "?" : string.Empty) + " OF " + Element;
}

/// <summary>A named, typed input or output of a procedure.</summary>
public sealed record CypherProcedureField(string Name, CypherType Type);

/// <summary>
/// Runs a procedure: receives its arguments (in input order, as a query returns values) and yields its rows, each with
/// one value per output in output order.
/// </summary>
public delegate IEnumerable<IReadOnlyList<object?>> CypherProcedureBody(IReadOnlyList<object?> arguments, CancellationToken cancellationToken);

/// <summary>A read-only procedure a query can <c>CALL</c>, registered with <see cref="CypherEngine.Register"/>.</summary>
public sealed record CypherProcedure(string Name, IReadOnlyList<CypherProcedureField> Inputs, IReadOnlyList<CypherProcedureField> Outputs, CypherProcedureBody Body)
{
    /// <summary>
    /// Builds a procedure from its signature as Neo4j lists it, <c>ns.name(in :: INTEGER?) :: (out :: STRING?)</c>
    /// (<c>:: ()</c> for a procedure with no outputs); a malformed signature is an <see cref="ArgumentException"/>.
    /// </summary>
    public static CypherProcedure Parse(string signature, CypherProcedureBody body)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(body);
        var match = Regex.Match(signature.Trim(), @"^([A-Za-z_][\w.]*)\s*\((.*?)\)\s*::\s*\((.*)\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            throw new ArgumentException($"Malformed procedure signature '{signature}': expected name(input :: TYPE, ...) :: (output :: TYPE, ...)", nameof(signature));
        }

        return new CypherProcedure(match.Groups[1].Value, Fields(match.Groups[2].Value, signature), Fields(match.Groups[3].Value, signature), body);
    }

    private static List<CypherProcedureField> Fields(string text, string signature)
    {
        var fields = new List<CypherProcedureField>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colons = part.IndexOf("::", StringComparison.Ordinal);
            if (colons <= 0)
            {
                throw new ArgumentException($"Malformed field '{part}' in procedure signature '{signature}': expected name :: TYPE", nameof(signature));
            }

            var name = part[..colons].Trim();
            if (fields.Any(f => f.Name == name))
            {
                throw new ArgumentException($"Field '{name}' appears twice in procedure signature '{signature}'", nameof(signature));
            }

            fields.Add(new CypherProcedureField(name, CypherType.Parse(part[(colons + 2)..])));
        }

        return fields;
    }
}
