using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace GraphExplorer.Neo4j.QueryApi;

/// <summary>What went wrong, in terms a caller can act on.</summary>
public enum Neo4jErrorKind
{
    /// <summary>Any other error in the request (a semantic error, a constraint violation, a type error, …).</summary>
    Client,

    /// <summary>The statement does not parse or fails semantic analysis (Neo4j reports both as SyntaxError).</summary>
    Syntax,

    /// <summary>A write was attempted in a read-only transaction (<see cref="AccessMode.Read"/>).</summary>
    AccessMode,

    /// <summary>The credentials were refused (HTTP 401).</summary>
    Unauthorized,

    /// <summary>The user may not do this (HTTP 403).</summary>
    Forbidden,

    /// <summary>The configured database does not exist.</summary>
    DatabaseNotFound,

    /// <summary>The explicit transaction is unknown to the server (it expired, or a failure already rolled it back).</summary>
    TransactionNotFound,

    /// <summary>The server reported a transient condition (<c>Neo.TransientError.*</c>): the same work may succeed if tried again.</summary>
    Transient,

    /// <summary>The server failed (HTTP 5xx or <c>Neo.DatabaseError.*</c>).</summary>
    Server,

    /// <summary>No connection could be made (refused, no such host).</summary>
    Unreachable,

    /// <summary>The connection dropped before the answer was complete.</summary>
    ConnectionLost,

    /// <summary>No complete answer came within the time limit.</summary>
    Timeout,

    /// <summary>The server answered something that is not the Query API's shape (or too much of it).</summary>
    Protocol,
}

/// <summary>
/// A failure of a Query API call: the Neo4j status code (<c>Neo.ClientError.Statement.SyntaxError</c>, or
/// <c>HTTP 500</c> when the server sent none), its message, and, when the message carries one, where in the statement
/// the error is (1-based line and column).
/// </summary>
public sealed partial class Neo4jQueryException : Exception
{
    public Neo4jQueryException(Neo4jErrorKind kind, string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Code = code;
        StatusCode = statusCode;
        var position = PositionPattern().Match(message);
        if (position.Success)
        {
            Line = int.Parse(position.Groups["line"].Value, CultureInfo.InvariantCulture);
            Column = int.Parse(position.Groups["column"].Value, CultureInfo.InvariantCulture);
            Offset = int.Parse(position.Groups["offset"].Value, CultureInfo.InvariantCulture);
        }
    }

    public Neo4jQueryException()
        : this(Neo4jErrorKind.Client, "Unknown", "The Neo4j request failed.")
    {
    }

    public Neo4jQueryException(string message)
        : this(Neo4jErrorKind.Client, "Unknown", message)
    {
    }

    public Neo4jQueryException(string message, Exception innerException)
        : this(Neo4jErrorKind.Client, "Unknown", message, null, innerException)
    {
    }

    public Neo4jErrorKind Kind { get; }

    /// <summary>Gets Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>; <c>HTTP nnn</c> or a kind name when there was none.</summary>
    public string Code { get; }

    /// <summary>Gets the HTTP status of the answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets the 1-based line in the statement the server pointed at, when it did.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column in the statement the server pointed at, when it did.</summary>
    public int? Column { get; }

    /// <summary>Gets the 0-based character offset in the statement the server pointed at, when it did.</summary>
    public int? Offset { get; }

    /// <summary>Gets a value indicating whether trying the same work again may succeed.</summary>
    public bool IsTransient => Kind is Neo4jErrorKind.Transient or Neo4jErrorKind.Server or Neo4jErrorKind.Unreachable or Neo4jErrorKind.ConnectionLost;

    /// <summary>Classifies a Neo4j status code, falling back on the HTTP status when the code says nothing more.</summary>
    public static Neo4jErrorKind Classify(string code, HttpStatusCode? status)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code switch
        {
            "Neo.ClientError.Statement.SyntaxError" => Neo4jErrorKind.Syntax,
            "Neo.ClientError.Statement.AccessMode" => Neo4jErrorKind.AccessMode,
            "Neo.ClientError.Database.DatabaseNotFound" => Neo4jErrorKind.DatabaseNotFound,
            "Neo.ClientError.Transaction.TransactionNotFound" => Neo4jErrorKind.TransactionNotFound,
            "Neo.ClientError.Security.Forbidden" => Neo4jErrorKind.Forbidden,
            _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) && status == HttpStatusCode.Unauthorized => Neo4jErrorKind.Unauthorized,
            "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" => Neo4jErrorKind.Unauthorized,
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jErrorKind.Transient,
            _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => Neo4jErrorKind.Server,
            _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => status is HttpStatusCode.Unauthorized ? Neo4jErrorKind.Unauthorized : Neo4jErrorKind.Client,
            _ => status switch
            {
                HttpStatusCode.Unauthorized => Neo4jErrorKind.Unauthorized,
                HttpStatusCode.Forbidden => Neo4jErrorKind.Forbidden,
                >= HttpStatusCode.InternalServerError => Neo4jErrorKind.Server,
                _ => Neo4jErrorKind.Client,
            },
        };
    }

    // Neo4j ends a positioned message with "(line 3, column 7 (offset: 42))".
    [GeneratedRegex(@"\(line (?<line>\d+), column (?<column>\d+) \(offset: (?<offset>\d+)\)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();
}
