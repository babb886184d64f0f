using Microsoft.Extensions.Logging;

namespace GraphExplorer.Neo4j.QueryApi;

internal static partial class Log
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning,
        Message = "Neo4j {Method} {Path} failed ({Kind}: {Reason}); retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string method, string path, Neo4jErrorKind kind, string reason, int attempt, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Debug, Message = "Neo4j {Method} {Path}: {Rows} rows in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string method, string path, int rows, long elapsedMs);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Debug, Message = "Neo4j transaction {TransactionId} begun ({AccessMode})")]
    public static partial void TransactionBegun(ILogger logger, string transactionId, AccessMode accessMode);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Debug, Message = "Neo4j transaction {TransactionId} committed")]
    public static partial void TransactionCommitted(ILogger logger, string transactionId);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Debug, Message = "Neo4j transaction {TransactionId} rolled back")]
    public static partial void TransactionRolledBack(ILogger logger, string transactionId);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning,
        Message = "Rolling back Neo4j transaction {TransactionId} failed ({Kind}: {Reason}); the server drops it when it expires")]
    public static partial void RollbackFailed(ILogger logger, string transactionId, Neo4jErrorKind kind, string reason);

    [LoggerMessage(EventId = 6107, Level = LogLevel.Warning,
        Message = "Neo4j transaction failed ({Kind}: {Reason}); running the whole unit of work again, try {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void RetryingTransaction(ILogger logger, Neo4jErrorKind kind, string reason, int attempt, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 6108, Level = LogLevel.Information,
        Message = "Connected to Neo4j {Version} ({Edition}) at {Uri}, database {Database}")]
    public static partial void Connected(ILogger logger, string version, string edition, Uri uri, string database);
}
