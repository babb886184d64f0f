using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Web.Queries;

/// <summary>
/// Keeps the expensive answers (clusters, flows, followers) per revision of the graph and per parameters, so asking
/// again costs a dictionary look-up instead of seconds of CPU on a large graph. A commit, or a new day (flows count up to
/// today), starts afresh; at most <see cref="MaxAnswers"/> answers are kept, so callers cannot grow it without bound.
/// </summary>
/// <remarks>
/// The revision is read before the answer is computed, so an answer is never filed under a revision newer than the
/// graph it was computed on. One computation serves every caller who asks for it meanwhile, and runs to the end even if
/// the caller who started it goes away; how many run at once is bounded by the rate limiter in front of these routes.
/// </remarks>
public sealed class CachingTalentQueries(ITalentQueries inner, IGraphStore store, TimeProvider time) : ITalentQueries
{
    /// <summary>The most answers kept for one revision.</summary>
    public const int MaxAnswers = 256;

    private readonly Lock _lock = new();
    private readonly Dictionary<object, Task<object>> _answers = [];
    private (long Revision, DateOnly Day) _filedUnder = (-1, default);

    public Task<QueryResult<PathResult>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        inner.FindPathsAsync(query, cancellationToken);

    public Task<QueryResult<PersonFollowers>> FollowersOfPersonAsync(string personId, FollowerOptions? options = null, CancellationToken cancellationToken = default) =>
        CachedAsync(("person-followers", personId, options), () => inner.FollowersOfPersonAsync(personId, options, CancellationToken.None), cancellationToken);

    public Task<QueryResult<LabWaves>> FollowersOfLabAsync(string labId, FollowerOptions? options = null, CancellationToken cancellationToken = default) =>
        CachedAsync(("lab-followers", labId, options), () => inner.FollowersOfLabAsync(labId, options, CancellationToken.None), cancellationToken);

    public Task<ClusterResult> ClustersAsync(ClusterOptions? options = null, CancellationToken cancellationToken = default) =>
        CachedAsync(("clusters", options), () => inner.ClustersAsync(options, CancellationToken.None), cancellationToken);

    public Task<FlowResult> FlowsAsync(FlowQuery query, CancellationToken cancellationToken = default) =>
        CachedAsync(("flows", query), () => inner.FlowsAsync(query, CancellationToken.None), cancellationToken);

    /// <summary>
    /// The flows answer as GET /api/flows sends it, kept beside the result it is made from: asking again then costs
    /// only writing the JSON. Made on the thread pool, so the answers' lock is not held while it is built.
    /// </summary>
    public Task<FlowsAnswer> FlowsAnswerAsync(FlowQuery query, int limit, int peopleLimit, CancellationToken cancellationToken = default) =>
        CachedAsync(
            ("flows-answer", query, limit, peopleLimit),
            () => Task.Run(async () => (await FlowsAsync(query, CancellationToken.None)).ToDto(limit, peopleLimit), CancellationToken.None),
            cancellationToken);

    public Task<QueryResult<PersonDetail>> PersonAsync(string personId, CancellationToken cancellationToken = default) =>
        inner.PersonAsync(personId, cancellationToken);

    public Task<QueryResult<LabDetail>> LabAsync(string labId, int limit = 500, CancellationToken cancellationToken = default) =>
        inner.LabAsync(labId, limit, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit = 20, NodeKind? kind = null, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(text, limit, kind, cancellationToken);

    private async Task<T> CachedAsync<T>(object key, Func<Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        var revision = await store.GetRevisionAsync(cancellationToken);
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Task<object> answer;
        lock (_lock)
        {
            if (_filedUnder != (revision, day))
            {
                _answers.Clear();
                _filedUnder = (revision, day);
            }

            if (!_answers.TryGetValue(key, out answer!))
            {
                if (_answers.Count >= MaxAnswers)
                {
                    _answers.Clear();
                }

                answer = Box(compute());
                _answers[key] = answer;
            }
        }

        try
        {
            return (T)await answer.WaitAsync(cancellationToken);
        }
        catch (Exception) when (answer.IsFaulted || answer.IsCanceled)
        {
            // A failed answer is not kept: the next caller computes it again.
            lock (_lock)
            {
                if (_answers.TryGetValue(key, out var kept) && kept == answer)
                {
                    _answers.Remove(key);
                }
            }

            throw;
        }
    }

    private static async Task<object> Box<T>(Task<T> task)
        where T : class => await task;
}
