namespace GraphExplorer.Neo4j.QueryApi;

/// <summary>Whether a statement may write. With <see cref="Read"/> the server itself refuses any write.</summary>
public enum AccessMode
{
    Write,
    Read,
}

/// <summary>
/// One statement's answer: column names, the rows (at most the row cap asked for; <see cref="Truncated"/> says when the
/// server returned more), update counters when asked for, the server's notifications and the bookmarks of the commit.
/// </summary>
public sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<QueryRow> Rows,
    bool Truncated,
    IReadOnlyDictionary<string, long> Counters,
    IReadOnlyList<QueryNotification> Notifications,
    IReadOnlyList<string> Bookmarks)
{
    /// <summary>Gets the only row, for statements that return exactly one (an error naming the count otherwise).</summary>
    public QueryRow Single() => Rows.Count == 1
        ? Rows[0]
        : throw new InvalidOperationException($"Expected one row from Neo4j, got {Rows.Count}.");
}

/// <summary>One row, read by column name or position.</summary>
public sealed class QueryRow
{
    private readonly IReadOnlyDictionary<string, int> _index;

    internal QueryRow(IReadOnlyDictionary<string, int> index, IReadOnlyList<CypherValue> values)
    {
        _index = index;
        Values = values;
    }

    public IReadOnlyList<CypherValue> Values { get; }

    public CypherValue this[int position] => Values[position];

    /// <summary>Gets the value of a column; an unknown column is an error listing the columns there are.</summary>
    public CypherValue this[string field] => _index.TryGetValue(field, out var i) && i < Values.Count
        ? Values[i]
        : throw new KeyNotFoundException($"The result has no column '{field}' (columns: {string.Join(", ", _index.Keys)}).");
}

/// <summary>A notification the server attached to a statement (a deprecation, a performance hint, …).</summary>
public sealed record QueryNotification(string Code, string Title, string Description, string Severity);

/// <summary>What the server's discovery document says about it.</summary>
public sealed record Neo4jServerInfo(string? Version, string? Edition);
