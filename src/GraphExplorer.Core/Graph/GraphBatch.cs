using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// Facts with names already resolved to ids: what a store applies as one atomic batch. Entities carry the aliases to add
/// (an existing entity keeps its name); edges carry the sources to add (an existing edge gains them).
/// </summary>
public sealed record GraphBatch(IReadOnlyList<Entity> Entities, IReadOnlyList<Edge> Edges, IReadOnlyList<Article> Articles)
{
    public static GraphBatch Empty { get; } = new([], [], []);

    public bool IsEmpty => Entities.Count == 0 && Edges.Count == 0 && Articles.Count == 0;
}

/// <summary>How many elements of each kind a batch added and how many were already there (possibly gaining sources or aliases).</summary>
public sealed record LoadCounts(
    int PeopleAdded,
    int PeopleExisting,
    int LabsAdded,
    int LabsExisting,
    int EdgesAdded,
    int EdgesExisting,
    int ArticlesAdded,
    int ArticlesExisting)
{
    public static LoadCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static LoadCounts operator +(LoadCounts left, LoadCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.PeopleAdded + right.PeopleAdded,
            left.PeopleExisting + right.PeopleExisting,
            left.LabsAdded + right.LabsAdded,
            left.LabsExisting + right.LabsExisting,
            left.EdgesAdded + right.EdgesAdded,
            left.EdgesExisting + right.EdgesExisting,
            left.ArticlesAdded + right.ArticlesAdded,
            left.ArticlesExisting + right.ArticlesExisting);
    }

    public LoadCounts Add(LoadCounts other) => this + other;
}

/// <summary>
/// What changed between two revisions: the current state of every entity, edge and article added or changed. A snapshot
/// (<see cref="IsSnapshot"/>) holds the whole graph and replaces whatever the reader had.
/// </summary>
public sealed record GraphDelta(
    long FromRevision,
    long Revision,
    bool IsSnapshot,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Edge> Edges,
    IReadOnlyList<Article> Articles)
{
    public bool IsEmpty => Entities.Count == 0 && Edges.Count == 0 && Articles.Count == 0;

    public int Size => Entities.Count + Edges.Count + Articles.Count;
}

/// <summary>The outcome of a committed batch: its revision, the counts, and the delta to push to open views.</summary>
public sealed record BatchResult(long Revision, LoadCounts Counts, GraphDelta Delta);
