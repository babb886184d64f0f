using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Web.Graph;

// The wire shapes of docs/API.md, shared by every endpoint and the hub. They are kept apart from the domain records so
// the API can stay stable while the model changes: ContractMapping is the only place the two meet.

/// <summary>Domain records to wire records.</summary>
public static class ContractMapping
{
    public static NodeDto ToDto(this Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new(entity.Id, entity.Kind, entity.Name, entity.Aliases);
    }

    public static EdgeDto ToDto(this Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return new(edge.Id, edge.Type, edge.PersonId, edge.LabId, edge.FromLabId, edge.Role, edge.Start?.ToString(), edge.End?.ToString(), edge.Date?.ToString(), edge.Sources);
    }

    public static ArticleDto ToDto(this Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.Id, article.Title, article.Url, article.Language, article.Published?.ToString());
    }

    public static GraphPayload ToPayload(this GraphDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        return new(
            delta.FromRevision,
            delta.Revision,
            delta.IsSnapshot,
            delta.Entities.Select(ToDto).ToList(),
            delta.Edges.Select(ToDto).ToList(),
            delta.Articles.Select(ToDto).ToList());
    }
}

/// <summary>A person or a lab: <c>{ id, kind: "person" | "lab", name, aliases }</c>.</summary>
public sealed record NodeDto(string Id, NodeKind Kind, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// An edge from a person (<see cref="Source"/>) to a lab (<see cref="Target"/>); <see cref="From"/> is the lab left by a
/// LEFT_FOR edge. Dates are partial ISO strings (<c>"2024"</c>, <c>"2024-08"</c>, <c>"2024-08-06"</c>).
/// </summary>
public sealed record EdgeDto(
    string Id,
    EdgeType Type,
    string Source,
    string Target,
    string? From,
    string? Role,
    string? Start,
    string? End,
    string? Date,
    IReadOnlyList<string> Sources);

/// <summary>A source article.</summary>
public sealed record ArticleDto(string Id, string? Title, string? Url, string? Language, string? Published);

/// <summary>
/// The graph, or what changed in it from <see cref="FromRevision"/> to <see cref="Revision"/>. A client applies a delta
/// only when it holds <see cref="FromRevision"/>; a snapshot (<see cref="IsSnapshot"/>) replaces whatever it held.
/// </summary>
public sealed record GraphPayload(
    long FromRevision,
    long Revision,
    bool IsSnapshot,
    IReadOnlyList<NodeDto> Nodes,
    IReadOnlyList<EdgeDto> Edges,
    IReadOnlyList<ArticleDto> Articles);

/// <summary>How many people, labs, edges and articles.</summary>
public sealed record ElementCounts(int People, int Labs, int Edges, int Articles);

/// <summary>A fact that was not loaded: where it was in the request (<c>request:3</c>) and why.</summary>
public sealed record RejectedFact(string Location, string Message)
{
    public static RejectedFact From(FactError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(error.Location.ToString(), error.Message);
    }
}

/// <summary>
/// The answer to <c>POST /api/facts</c>: the revision the graph is at after the batch (unchanged when nothing was new),
/// what was added, what was already there, and what was rejected (at most <see cref="FactsAnswer.MaxListedRejections"/>
/// listed; <see cref="RejectedCount"/> counts them all).
/// </summary>
public sealed record FactsAnswer(long Revision, ElementCounts Added, ElementCounts Existing, IReadOnlyList<RejectedFact> Rejected, int RejectedCount)
{
    /// <summary>Answers stay small however bad the input: the first rejections say enough to fix the rest.</summary>
    public const int MaxListedRejections = 1000;

    public static FactsAnswer From(long revision, LoadCounts counts, IReadOnlyList<FactError> rejected)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(rejected);
        return new(
            revision,
            new ElementCounts(counts.PeopleAdded, counts.LabsAdded, counts.EdgesAdded, counts.ArticlesAdded),
            new ElementCounts(counts.PeopleExisting, counts.LabsExisting, counts.EdgesExisting, counts.ArticlesExisting),
            rejected.Take(MaxListedRejections).Select(RejectedFact.From).ToList(),
            rejected.Count);
    }
}
