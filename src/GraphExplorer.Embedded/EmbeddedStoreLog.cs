using Microsoft.Extensions.Logging;

namespace GraphExplorer.Embedded;

internal static partial class EmbeddedStoreLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Opened {Path} at revision {Revision}: {People} people, {Labs} labs, {Edges} edges, {Articles} articles in {ElapsedMs} ms")]
    public static partial void Opened(ILogger logger, string path, long revision, int people, int labs, int edges, int articles, long elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Committed revision {Revision}: {Entities} entities, {Edges} edges, {Articles} articles written in {ElapsedMs} ms")]
    public static partial void Committed(ILogger logger, long revision, int entities, int edges, int articles, long elapsedMs);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Caught up with revisions {FromRevision} to {ToRevision} written by another process ({Changes} changes)")]
    public static partial void CaughtUp(ILogger logger, long fromRevision, long toRevision, int changes);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Committed chunked batch as revision {Revision} ({Chunks} chunks) in {ElapsedMs} ms")]
    public static partial void ChunkedCommitted(ILogger logger, long revision, int chunks, long elapsedMs);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Rolled back a batch: {Reason}")]
    public static partial void RolledBack(ILogger logger, string reason);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "The in-memory graph may differ from {Path} after a failure; reloading it from the file")]
    public static partial void Reloading(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Read the graph image {Path} (revision {Revision}, {Megabytes} MB) and {Rows} rows committed after it")]
    public static partial void OpenedFromImage(ILogger logger, string path, long revision, long megabytes, int rows);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Not using the graph image {Path}: {Reason}; reading every row instead")]
    public static partial void ImageUnused(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "Not using the flows tables of the graph image {Path}: {Reason}; the first flows call builds them")]
    public static partial void FlowTablesUnused(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Wrote the graph image {Path} at revision {Revision} ({Megabytes} MB) in {ElapsedMs} ms")]
    public static partial void ImageWritten(ILogger logger, string path, long revision, long megabytes, long elapsedMs);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Could not write the graph image {Path}; the next start reads the rows instead")]
    public static partial void ImageWriteFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "The store holds {Kind} '{Id}' twice; row {Key} is ignored")]
    public static partial void DuplicateRow(ILogger logger, string kind, string id, long key);
}
