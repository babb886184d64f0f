namespace GraphExplorer.Neo4j.QueryApi;

/// <summary>
/// An explicit transaction on the Query API. Every call carries the transaction's cluster-affinity header. Not
/// thread-safe: one statement at a time. Disposing a transaction that was neither committed nor rolled back rolls it
/// back; a statement that fails leaves it unusable (the server has rolled it back).
/// </summary>
public sealed class QueryApiTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private State _state = State.Open;

    internal QueryApiTransaction(QueryApiClient client, string id, string? affinity, string? expires)
    {
        _client = client;
        Id = id;
        Affinity = affinity;
        Expires = expires;
    }

    private enum State
    {
        Open,
        Failed,
        Committed,
        RolledBack,
    }

    /// <summary>Gets the server's id of the transaction.</summary>
    public string Id { get; }

    /// <summary>Gets the value of the <c>neo4j-cluster-affinity</c> header the server gave when the transaction began.</summary>
    public string? Affinity { get; }

    /// <summary>Gets when the server will drop the transaction if nothing happens in it (its text, as given; refreshed by each call).</summary>
    public string? Expires { get; private set; }

    /// <summary>Gets a value indicating whether statements may still run: not committed, rolled back, or failed.</summary>
    public bool IsOpen => _state == State.Open;

    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        QueryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        EnsureOpen();
        try
        {
            return await _client.RunInTransactionAsync(this, statement, parameters, options, cancellationToken);
        }
        catch
        {
            _state = State.Failed;
            throw;
        }
    }

    /// <summary>Commits the transaction and returns the commit's bookmarks.</summary>
    public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        try
        {
            var bookmarks = await _client.CommitAsync(this, cancellationToken);
            _state = State.Committed;
            return bookmarks;
        }
        catch
        {
            _state = State.Failed;
            throw;
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state is State.Committed or State.RolledBack)
        {
            return;
        }

        _state = State.RolledBack;
        await _client.RollbackAsync(this, cancellationToken);
    }

    /// <summary>Rolls back when still open or failed, never throwing: a rollback that fails only leaves the server to expire the transaction.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state is State.Committed or State.RolledBack)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Neo4jQueryException ex)
        {
            _client.LogRollbackFailed(Id, ex);
        }
    }

    internal void Touch(string? expires)
    {
        if (expires is not null)
        {
            Expires = expires;
        }
    }

    private void EnsureOpen()
    {
        if (_state != State.Open)
        {
            throw new InvalidOperationException($"Neo4j transaction {Id} is {_state.ToString().ToLowerInvariant()}; begin a new one.");
        }
    }
}
