using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.QueryApi;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// Reads what changed in Neo4j after a revision (or everything) with <c>changes-since</c> and the paged
/// <c>snapshot-*</c> statements; shared by the store (deltas for the live view) and the query side's local copy.
/// </summary>
/// <remarks>
/// Neo4j reads at read-committed isolation: a batch that commits between the statements of one read could show up in
/// some of them only (a new edge without its new person). So the revision is read again at the end, and the read is
/// repeated when it moved; batches are rare next to reads, so this settles at once in practice.
/// </remarks>
internal sealed class GraphSnapshotReader(QueryApiClient client, int pageSize)
{
    private const int MaxAttempts = 5;

    public QueryApiClient Client { get; } = client;

    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken) =>
        (await Client.RunAsync(CypherFiles.Get("get-revision"), options: QueryOptions.ReadOnly, cancellationToken: cancellationToken)).Single()["revision"].AsInt64();

    /// <summary>
    /// What changed after <paramref name="sinceRevision"/>, as the embedded store answers it: everything (a snapshot
    /// from 0) when <paramref name="sinceRevision"/> is 0 or ahead of the graph, or when more than
    /// <paramref name="maxChanges"/> elements changed.
    /// </summary>
    public async Task<GraphDelta> ChangesSinceAsync(long sinceRevision, int maxChanges, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var counts = (await Client.RunAsync(
                CypherFiles.Get("changes-since"),
                new Dictionary<string, object?> { ["sinceRevision"] = Math.Max(0, sinceRevision) },
                QueryOptions.ReadOnly,
                cancellationToken)).Single();
            var revision = counts["revision"].AsInt64();
            var changed = counts["nodes"].AsInt64() + counts["edges"].AsInt64() + counts["articles"].AsInt64();
            var from = sinceRevision <= 0 || sinceRevision > revision || changed > maxChanges ? 0 : sinceRevision;

            var entities = await PagesAsync("snapshot-nodes", from, GraphRows.ToEntity, e => e.Id, cancellationToken);
            var edges = await PagesAsync("snapshot-edges", from, GraphRows.ToEdge, e => e.Id, cancellationToken);
            var articles = await PagesAsync("snapshot-articles", from, GraphRows.ToArticle, a => a.Id, cancellationToken);
            if (await GetRevisionAsync(cancellationToken) == revision)
            {
                return new GraphDelta(from, revision, from == 0, entities, edges, articles);
            }

            if (attempt == MaxAttempts)
            {
                throw new Neo4jQueryException(
                    Neo4jErrorKind.Transient,
                    "GraphExplorer.GraphMoving",
                    $"The graph in Neo4j changed during each of {MaxAttempts} attempts to read it consistently; try again.");
            }
        }
    }

    /// <summary>Runs a paged statement (<c>$sinceRevision</c>, <c>$afterId</c>, <c>$limit</c>) until a page comes back short.</summary>
    private async Task<List<T>> PagesAsync<T>(string file, long sinceRevision, Func<QueryRow, T> map, Func<T, string> idOf, CancellationToken cancellationToken)
    {
        var statement = CypherFiles.Get(file);
        var items = new List<T>();
        var afterId = string.Empty;
        while (true)
        {
            var page = await Client.RunAsync(
                statement,
                new Dictionary<string, object?> { ["sinceRevision"] = sinceRevision, ["afterId"] = afterId, ["limit"] = pageSize },
                QueryOptions.ReadOnly,
                cancellationToken);
            foreach (var row in page.Rows)
            {
                items.Add(map(row));
            }

            if (page.Rows.Count < pageSize)
            {
                return items;
            }

            afterId = idOf(items[^1]);
        }
    }
}

/// <summary>Splits a list into runs of at most <c>size</c> items, for statements that carry a bounded number of rows.</summary>
internal static class Chunks
{
    public static IEnumerable<List<T>> Of<T>(IReadOnlyCollection<T> items, int size)
    {
        var chunk = new List<T>(Math.Min(size, items.Count));
        foreach (var item in items)
        {
            chunk.Add(item);
            if (chunk.Count == size)
            {
                yield return chunk;
                chunk = new List<T>(size);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
