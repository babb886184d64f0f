namespace GraphExplorer.Cypher;

/// <summary>How a query may run: read-only (writes refused) and how many rows are materialised.</summary>
public sealed record CypherRunOptions(bool ReadOnly = true, int MaxRows = 1000);

/// <summary>The columns and rows of a query; <see cref="Truncated"/> says more rows existed than the cap allowed.</summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, bool Truncated);

/// <summary>A node as a query returns it.</summary>
public sealed record CypherNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as a query returns it.</summary>
public sealed record CypherRelationship(string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: nodes and the relationships between them, in walking order.</summary>
public sealed record CypherPath(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships);

/// <summary>Any error a query raises; <see cref="Kind"/> is the openCypher error name (SyntaxError, TypeError, ...).</summary>
public abstract class CypherException : Exception
{
    protected CypherException(string kind, string message)
        : base(message) => Kind = kind;

    /// <summary>Gets the openCypher error type, for example <c>SyntaxError</c>, <c>SemanticError</c> or <c>TypeError</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets the openCypher error detail when known (for example <c>UndefinedVariable</c>).</summary>
    public string? Detail { get; init; }

    /// <summary>
    /// Gets when the error was raised: <see cref="CypherErrorPhase.CompileTime"/> before the query touched the graph,
    /// <see cref="CypherErrorPhase.Runtime"/> while it ran. The engine sets it where it catches the error.
    /// </summary>
    public CypherErrorPhase Phase { get; internal set; } = CypherErrorPhase.Runtime;
}

/// <summary>When an error was raised, in the openCypher TCK's terms.</summary>
public enum CypherErrorPhase
{
    CompileTime,
    Runtime,
}

/// <summary>The query text does not parse; <see cref="Line"/> and <see cref="Column"/> are 1-based.</summary>
public sealed class CypherSyntaxException : CypherException
{
    public CypherSyntaxException(string message, int line, int column, int offset)
        : base("SyntaxError", message)
    {
        Line = line;
        Column = column;
        Offset = offset;
    }

    public int Line { get; }

    public int Column { get; }

    public int Offset { get; }
}

/// <summary>The query parses but means nothing (unbound variable, misplaced aggregation, type known to be wrong).</summary>
public sealed class CypherSemanticException(string kind, string message) : CypherException(kind, message);

/// <summary>The query writes, but it runs read-only (Neo4j's read access mode).</summary>
public sealed class CypherWriteRefusedException(string message) : CypherException("AccessMode", message);

/// <summary>The query failed while running (a value of the wrong type, a bad argument, a deleted node read, ...).</summary>
public sealed class CypherRuntimeException(string kind, string message) : CypherException(kind, message);
