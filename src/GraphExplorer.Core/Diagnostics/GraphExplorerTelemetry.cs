using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphExplorer.Core.Diagnostics;

/// <summary>
/// The application's own metrics and traces, under one name (<see cref="Name"/>) for the <see cref="Meter"/> and the
/// <see cref="ActivitySource"/>. Static, so every layer (stores, extractor, web host, command line) records into the
/// same instruments without a dependency on a container; with no listener attached (no OpenTelemetry configured)
/// recording costs a branch. The web host exports them (see its telemetry settings).
/// </summary>
public static class GraphExplorerTelemetry
{
    /// <summary>The meter's and the activity source's name: what an OpenTelemetry pipeline subscribes to.</summary>
    public const string Name = "GraphExplorer";

    private static readonly ConcurrentDictionary<string, Func<int>> s_liveQueues = new(StringComparer.Ordinal);

    public static Meter Meter { get; } = new(Name);

    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>People, labs, edges and articles a store committed; its rate is the facts loaded per second.</summary>
    public static Counter<long> FactsLoaded { get; } = Meter.CreateCounter<long>(
        "graphexplorer.facts.loaded", "{fact}", "Elements (people, labs, edges, articles) committed by a batch; the rate is facts loaded per second");

    /// <summary>How long a batch took to commit.</summary>
    public static Histogram<double> BatchCommitDuration { get; } = Meter.CreateHistogram<double>(
        "graphexplorer.batch.commit.duration", "s", "Time to commit one batch to the store");

    /// <summary>Time from a commit to its delivery to one live view.</summary>
    public static Histogram<double> LiveUpdateLag { get; } = Meter.CreateHistogram<double>(
        "graphexplorer.live.lag", "s", "Time from a batch's commit to its delivery to a live view");

    /// <summary>Articles the extractor read facts from.</summary>
    public static Counter<long> ArticlesExtracted { get; } = Meter.CreateCounter<long>(
        "graphexplorer.articles.extracted", "{article}", "Articles the extractor read facts from");

    /// <summary>Cypher queries run through the console or the API.</summary>
    public static Counter<long> CypherQueries { get; } = Meter.CreateCounter<long>(
        "graphexplorer.cypher.queries", "{query}", "Cypher queries run");

    /// <summary>How long a Cypher query took.</summary>
    public static Histogram<double> CypherQueryDuration { get; } = Meter.CreateHistogram<double>(
        "graphexplorer.cypher.query.duration", "s", "Time to run one Cypher query");

    /// <summary>
    /// Updates waiting per live connection: observed at each collection rather than pushed, as a queue's depth is a
    /// level (see <see cref="TrackLiveQueue"/>).
    /// </summary>
    public static ObservableGauge<int> LiveQueueDepth { get; } = Meter.CreateObservableGauge(
        "graphexplorer.live.queue.depth",
        ObserveLiveQueues,
        "{update}",
        "Updates waiting to be sent, per live connection");

    /// <summary>Records that a batch of <paramref name="elements"/> elements was committed in <paramref name="elapsed"/>.</summary>
    public static void RecordCommit(string store, int elements, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("store", store);
        FactsLoaded.Add(elements, tag);
        BatchCommitDuration.Record(elapsed.TotalSeconds, tag);
    }

    /// <summary>Records one Cypher query and its time.</summary>
    public static void RecordCypherQuery(string store, TimeSpan elapsed, bool succeeded)
    {
        KeyValuePair<string, object?>[] tags = [new("store", store), new("outcome", succeeded ? "ok" : "error")];
        CypherQueries.Add(1, tags);
        CypherQueryDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Records the lag of one delivery to the live connection <paramref name="connectionId"/>.</summary>
    public static void RecordLiveLag(string connectionId, TimeSpan lag) =>
        LiveUpdateLag.Record(lag.TotalSeconds, new KeyValuePair<string, object?>("connection", connectionId));

    /// <summary>
    /// Reports the depth of a live connection's queue (read by <paramref name="depth"/> at each collection) until the
    /// returned handle is disposed, when the connection closes.
    /// </summary>
    public static IDisposable TrackLiveQueue(string connectionId, Func<int> depth)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        ArgumentNullException.ThrowIfNull(depth);
        s_liveQueues[connectionId] = depth;
        return new Untrack(connectionId);
    }

    private static IEnumerable<Measurement<int>> ObserveLiveQueues()
    {
        foreach (var (connection, depth) in s_liveQueues)
        {
            yield return new Measurement<int>(depth(), new KeyValuePair<string, object?>("connection", connection));
        }
    }

    private sealed class Untrack(string connectionId) : IDisposable
    {
        public void Dispose() => s_liveQueues.TryRemove(connectionId, out _);
    }
}
