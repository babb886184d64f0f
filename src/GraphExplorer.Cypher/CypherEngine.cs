namespace GraphExplorer.Cypher;

/// <summary>Parses, checks and runs openCypher queries against an <see cref="ICypherGraph"/>.</summary>
public sealed class CypherEngine
{
    private readonly ICypherGraph _graph;

    public CypherEngine(ICypherGraph graph) => _graph = graph ?? throw new ArgumentNullException(nameof(graph));

    /// <summary>
    /// Parses, checks and runs <paramref name="query"/>; rows are materialised up to <see cref="CypherRunOptions.MaxRows"/>.
    /// </summary>
    public CypherResult Run(string query, IReadOnlyDictionary<string, object?>? parameters, CypherRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        return _graph.Read<CypherResult>(_ => throw new CypherRuntimeException("NotImplemented", "The engine is being built."));
    }
}
