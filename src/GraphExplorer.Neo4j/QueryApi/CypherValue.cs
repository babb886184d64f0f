using System.Globalization;

namespace GraphExplorer.Neo4j.QueryApi;

/// <summary>
/// A value as Neo4j returned it: the small closed set of types the Query API's typed JSON carries. Temporal values,
/// points and byte arrays stay in their text form; nothing here needs calendar arithmetic on them.
/// Equality is structural (two lists with equal items are equal).
/// </summary>
public abstract record CypherValue
{
    private protected CypherValue()
    {
    }

    /// <summary>Gets the Query API's name for the value's type (<c>Integer</c>, <c>Node</c>, …).</summary>
    public abstract string TypeName { get; }

    public bool IsNull => this is CypherNull;

    /// <summary>Gets the text of a String, or null for Null; anything else is an error naming both types.</summary>
    public string? AsString() => this switch
    {
        CypherString s => s.Value,
        CypherNull => null,
        _ => throw Mismatch("String"),
    };

    /// <summary>Gets an Integer's value (a Float with no fraction is accepted too).</summary>
    public long AsInt64() => this switch
    {
        CypherInteger i => i.Value,
        CypherFloat f when f.Value == Math.Floor(f.Value) && Math.Abs(f.Value) < 9.2e18 => (long)f.Value,
        _ => throw Mismatch("Integer"),
    };

    public double AsDouble() => this switch
    {
        CypherFloat f => f.Value,
        CypherInteger i => i.Value,
        _ => throw Mismatch("Float"),
    };

    public bool AsBoolean() => this is CypherBoolean b ? b.Value : throw Mismatch("Boolean");

    /// <summary>Gets a List's items; Null reads as an empty list.</summary>
    public IReadOnlyList<CypherValue> AsList() => this switch
    {
        CypherList l => l.Items,
        CypherNull => [],
        _ => throw Mismatch("List"),
    };

    /// <summary>Gets a list of strings (Null items are skipped); Null reads as an empty list.</summary>
    public IReadOnlyList<string> AsStringList() => AsList().Where(v => !v.IsNull).Select(v => v.AsString()!).ToList();

    /// <summary>Gets a Map's entries, or a node's or relationship's properties.</summary>
    public IReadOnlyDictionary<string, CypherValue> AsMap() => this switch
    {
        CypherMap m => m.Entries,
        CypherNode n => n.Properties,
        CypherRelationship r => r.Properties,
        _ => throw Mismatch("Map"),
    };

    private InvalidOperationException Mismatch(string expected) =>
        new($"Neo4j returned a {TypeName} where a {expected} was expected.");
}

public sealed record CypherNull : CypherValue
{
    private CypherNull()
    {
    }

    public static CypherNull Instance { get; } = new();

    public override string TypeName => "Null";

    public override string ToString() => "null";
}

public sealed record CypherBoolean(bool Value) : CypherValue
{
    public override string TypeName => "Boolean";

    public override string ToString() => Value ? "true" : "false";
}

public sealed record CypherInteger(long Value) : CypherValue
{
    public override string TypeName => "Integer";

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed record CypherFloat(double Value) : CypherValue
{
    public override string TypeName => "Float";

    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

public sealed record CypherString(string Value) : CypherValue
{
    public override string TypeName => "String";

    public override string ToString() => Value;
}

/// <summary>A Date, Time, LocalTime, DateTime, OffsetDateTime, ZonedDateTime, LocalDateTime or Duration, in Neo4j's ISO-8601 text.</summary>
public sealed record CypherTemporal(string Type, string Value) : CypherValue
{
    internal static readonly HashSet<string> Types =
        ["Date", "Time", "LocalTime", "DateTime", "OffsetDateTime", "ZonedDateTime", "LocalDateTime", "Duration"];

    public override string TypeName => Type;

    public override string ToString() => Value;
}

/// <summary>A Point (WKT text), a byte array (Base64 text), or a type this client does not know (its JSON text), kept as given.</summary>
public sealed record CypherOpaque(string Type, string Value) : CypherValue
{
    public override string TypeName => Type;

    public override string ToString() => Value;
}

public sealed record CypherList(IReadOnlyList<CypherValue> Items) : CypherValue
{
    public override string TypeName => "List";

    public bool Equals(CypherList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}

public sealed record CypherMap(IReadOnlyDictionary<string, CypherValue> Entries) : CypherValue
{
    public override string TypeName => "Map";

    public bool Equals(CypherMap? other) => other is not null && Structural.MapsEqual(Entries, other.Entries);

    public override int GetHashCode() => Entries.Count;
}

public sealed record CypherNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, CypherValue> Properties) : CypherValue
{
    public override string TypeName => "Node";

    public bool Equals(CypherNode? other) =>
        other is not null && ElementId == other.ElementId && Labels.SequenceEqual(other.Labels) && Structural.MapsEqual(Properties, other.Properties);

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}

public sealed record CypherRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, CypherValue> Properties) : CypherValue
{
    public override string TypeName => "Relationship";

    public bool Equals(CypherRelationship? other) =>
        other is not null && ElementId == other.ElementId && StartNodeElementId == other.StartNodeElementId
        && EndNodeElementId == other.EndNodeElementId && Type == other.Type && Structural.MapsEqual(Properties, other.Properties);

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}

/// <summary>A path: its nodes in order, and the relationship between each node and the next (one fewer than the nodes).</summary>
public sealed record CypherPath(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships) : CypherValue
{
    public override string TypeName => "Path";

    public bool Equals(CypherPath? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override int GetHashCode() => Nodes.Count;
}

internal static class Structural
{
    public static bool MapsEqual(IReadOnlyDictionary<string, CypherValue> a, IReadOnlyDictionary<string, CypherValue> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && kv.Value.Equals(v));
}
