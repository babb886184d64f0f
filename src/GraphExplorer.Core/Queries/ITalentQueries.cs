using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// The questions users bring to the graph, answered by whichever store holds it: in memory over
/// <see cref="Graph.ITalentGraphReader"/> (<see cref="InMemoryTalentQueries"/>) or by a server (Neo4j). Results are
/// store-neutral records; ids that match nothing come back as <see cref="QueryResult{T}.Unknown"/> with suggestions.
/// </summary>
public interface ITalentQueries
{
    /// <summary>Shortest paths between two people or labs through WORKED_AT, LEFT_FOR and FOUNDED edges (direction ignored).</summary>
    Task<QueryResult<PathResult>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>Whom a person followed, who followed them, and whom they moved with (see <c>docs/QUERIES.md</c>).</summary>
    Task<QueryResult<PersonFollowers>> FollowersOfPersonAsync(string personId, FollowerOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>A lab's waves of arrivals: groups that moved together and chains of followers.</summary>
    Task<QueryResult<LabWaves>> FollowersOfLabAsync(string labId, FollowerOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Communities of people (Louvain) and the connected components of the graph.</summary>
    Task<ClusterResult> ClustersAsync(ClusterOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lab-to-lab talent flows in a window, per-lab totals and retention.</summary>
    Task<FlowResult> FlowsAsync(FlowQuery query, CancellationToken cancellationToken = default);

    /// <summary>A person's career, tenures and sources.</summary>
    Task<QueryResult<PersonDetail>> PersonAsync(string personId, CancellationToken cancellationToken = default);

    /// <summary>A lab's people (the first <paramref name="limit"/>), edges, inflow and outflow.</summary>
    Task<QueryResult<LabDetail>> LabAsync(string labId, int limit = 500, CancellationToken cancellationToken = default);

    /// <summary>People and labs whose name, alias or id matches <paramref name="text"/> (any script, accents and case ignored), best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit = 20, NodeKind? kind = null, CancellationToken cancellationToken = default);
}
