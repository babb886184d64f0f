using GraphExplorer.Core.Graph;
using GraphExplorer.Web.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Live;

/// <summary>
/// Notices batches that reach the store without passing through this host (a <c>graphexplorer load</c> on the same
/// SQLite file, another writer on Neo4j) by asking the store to catch up every
/// <see cref="GraphExplorerOptions.ExternalChangePollInterval"/>; what it finds is published like a local commit.
/// </summary>
public sealed partial class ExternalChangeWatcher(
    IGraphStore store,
    IOptions<GraphExplorerOptions> options,
    TimeProvider timeProvider,
    ILogger<ExternalChangeWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExternalChangePollInterval, timeProvider);
        var failing = false;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // The unkeyed store publishes what it finds.
                var delta = await store.SyncExternalChangesAsync(stoppingToken);
                if (delta is not null)
                {
                    LogExternalChange(logger, delta.FromRevision, delta.Revision, delta.Size);
                }

                if (failing)
                {
                    LogRecovered(logger);
                    failing = false;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A busy or briefly unreachable store is retried on the next tick; it is reported once, not every tick.
                if (!failing)
                {
                    LogCheckFailed(logger, ex);
                    failing = true;
                }
            }
        }
    }

    [LoggerMessage(EventId = 210, Level = LogLevel.Information, Message = "Another process committed revisions {From} to {Revision} ({Size} elements changed); published to open views")]
    private static partial void LogExternalChange(ILogger logger, long from, long revision, int size);

    [LoggerMessage(EventId = 211, Level = LogLevel.Warning, Message = "Checking the store for other processes' batches failed; retrying")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 212, Level = LogLevel.Information, Message = "Checking the store for other processes' batches works again")]
    private static partial void LogRecovered(ILogger logger);
}
