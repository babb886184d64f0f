using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Web.Graph;

namespace GraphExplorer.Web.Queries;

// The wire shapes of the query answers (docs/API.md, "Reads"). Nodes, edges and articles use the shared NodeDto, EdgeDto
// and ArticleDto; dates are partial ISO strings. QueryContractMapping is the only place Core results become these.

/// <summary>A search match: <c>{ id, kind, name, matched, score }</c>.</summary>
public sealed record SearchHitDto(string Id, NodeKind Kind, string Name, string Matched, double Score);

/// <summary>A person: their edges (oldest first), the labs those edges name, their tenures as worked out from the edges, and the articles.</summary>
public sealed record PersonAnswer(NodeDto Node, IReadOnlyList<EdgeDto> Edges, IReadOnlyList<NodeDto> Labs, IReadOnlyList<TenureDto> Tenures, IReadOnlyList<ArticleDto> Articles);

/// <summary>One stay at a lab, merged from every edge about it (<see cref="Evidence"/> lists their ids).</summary>
public sealed record TenureDto(string LabId, string LabName, string? Start, string? End, bool Founded, bool Left, IReadOnlyList<string> Evidence);

/// <summary>
/// A lab: its edges and people (the first <c>limit</c> of each; the counts are totals), where arrivals came from and
/// leavers went (LEFT_FOR edges by lab), and the articles behind the edges returned.
/// </summary>
public sealed record LabAnswer(
    NodeDto Node,
    IReadOnlyList<EdgeDto> Edges,
    IReadOnlyList<NodeDto> People,
    int EdgeCount,
    int PeopleCount,
    bool Truncated,
    IReadOnlyList<LabCountDto> Inflow,
    IReadOnlyList<LabCountDto> Outflow,
    IReadOnlyList<ArticleDto> Articles);

/// <summary>A lab and a count (people, moves).</summary>
public sealed record LabCountDto(string LabId, string Name, int Count);

/// <summary>
/// Shortest paths. <see cref="Length"/> is the number of hops (absent when there is no path); with no path,
/// <see cref="Paths"/> is empty and <see cref="Reason"/> says why. <see cref="Capped"/>: more shortest paths exist than listed.
/// </summary>
public sealed record PathsAnswer(NodeDto From, NodeDto To, int MaxHops, bool All, string? AsOf, int? Length, IReadOnlyList<PathDto> Paths, bool Capped, string? Reason);

public sealed record PathDto(IReadOnlyList<NodeDto> Nodes, IReadOnlyList<HopDto> Hops);

/// <summary>One hop: the edge that explains it, and any other edges joining the same person and lab.</summary>
public sealed record HopDto(string From, string To, EdgeDto Edge, IReadOnlyList<EdgeDto> Alternatives);

/// <summary>
/// A follow (<c>kind: "followed"</c>: <see cref="Follower"/> followed <see cref="Leader"/> to <see cref="Lab"/>) or a move
/// together (<c>"together"</c>: the two moved at once; leader and follower are then just the pair in id order).
/// <see cref="Via"/> are the labs they shared beforehand; <see cref="LagMonths"/> is absent when a date is unknown.
/// </summary>
public sealed record FollowDto(
    FollowKind Kind,
    NodeDto Leader,
    NodeDto Follower,
    NodeDto Lab,
    string? LeaderArrival,
    string? FollowerArrival,
    bool LeaderFounded,
    int? LagMonths,
    IReadOnlyList<NodeDto> Via,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> Sources);

/// <summary>
/// A person's follows: <see cref="Followed"/> (whom they followed), <see cref="Followers"/>, <see cref="MovedWith"/>, each
/// the first <c>limit</c> by lab, arrival and name; the counts are totals.
/// </summary>
public sealed record PersonFollowersAnswer(
    NodeDto Person,
    int WindowMonths,
    IReadOnlyList<FollowDto> Followed,
    IReadOnlyList<FollowDto> Followers,
    IReadOnlyList<FollowDto> MovedWith,
    int FollowedCount,
    int FollowersCount,
    int MovedWithCount);

/// <summary>A lab's waves of arrivals, oldest first; <see cref="Arrivals"/> counts every arrival, in a wave or not.</summary>
public sealed record LabWavesAnswer(NodeDto Lab, int WindowMonths, int Arrivals, IReadOnlyList<WaveDto> Waves, bool Capped);

/// <summary>A group of arrivals joined by follows (<c>"chain"</c>) or only by moves together (<c>"together"</c>).</summary>
public sealed record WaveDto(int Number, WaveKind Kind, string? From, string? Until, IReadOnlyList<ArrivalDto> Arrivals, IReadOnlyList<FollowDto> Links);

public sealed record ArrivalDto(string PersonId, string Name, string? Date, bool Founder);

/// <summary>
/// Communities (two members or more, largest first) and connected components. <see cref="ClusterCount"/> and
/// <see cref="ComponentCount"/> are totals; the lists hold the first <c>limit</c>, each with its first <c>memberLimit</c> members.
/// </summary>
public sealed record ClustersAnswer(
    string Algorithm,
    int Seed,
    long Revision,
    double Modularity,
    int People,
    int PersonEdges,
    int ClusterCount,
    IReadOnlyList<ClusterDto> Clusters,
    int ComponentCount,
    IReadOnlyList<ComponentDto> Components);

/// <summary>A community: <see cref="Name"/> says what sets it apart (its distinctive labs and the period), then its members.</summary>
public sealed record ClusterDto(int Id, string Name, int Size, IReadOnlyList<string> Members, bool MembersTruncated, IReadOnlyList<LabCountDto> DominantLabs, IReadOnlyList<LabCountDto> DistinctiveLabs, string? From, string? Until);

public sealed record ComponentDto(int Id, int PeopleCount, int LabCount, IReadOnlyList<string> People, IReadOnlyList<string> Labs, bool Truncated);

/// <summary>
/// Talent flows in a window. <see cref="Pairs"/> (largest first, the first <c>limit</c>) each list their first
/// <c>peopleLimit</c> people; <see cref="PairCount"/> is the total. <see cref="Labs"/> are the labs those pairs name,
/// busiest first; <see cref="LabCount"/> counts every lab with a move or a retention figure in the window.
/// </summary>
public sealed record FlowsAnswer(
    string? Since,
    string? Until,
    int RetentionMonths,
    int Moves,
    int UndatedMoves,
    int PairCount,
    int LabCount,
    IReadOnlyList<FlowPairDto> Pairs,
    IReadOnlyList<LabFlowDto> Labs);

/// <summary>Moves from one lab to another; <see cref="Net"/> is this direction minus the reverse, <see cref="Ratio"/> this direction's share of both.</summary>
public sealed record FlowPairDto(string From, string FromName, string To, string ToName, int Count, IReadOnlyList<string> People, int Net, double Ratio);

public sealed record LabFlowDto(string LabId, string Name, int In, int Out, int Net, RetentionDto? Retention);

/// <summary>Of <see cref="Measured"/> people who joined in the window and whose dates tell, <see cref="Stayed"/> were still there <see cref="Months"/> months on.</summary>
public sealed record RetentionDto(int Months, int Measured, int Stayed, double Share);

/// <summary>Core query results to wire records.</summary>
public static class QueryContractMapping
{
    public static SearchHitDto ToDto(this SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new(hit.Entity.Id, hit.Entity.Kind, hit.Entity.Name, hit.Matched, hit.Score);
    }

    public static PersonAnswer ToDto(this PersonDetail person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new(
            person.Person.ToDto(),
            person.Edges.Select(ContractMapping.ToDto).ToList(),
            person.Labs.Select(ContractMapping.ToDto).ToList(),
            person.Tenures.Select(t => new TenureDto(t.Lab.Id, t.Lab.Name, t.Start?.ToString(), t.End?.ToString(), t.Founded, t.Left, t.EvidenceEdges)).ToList(),
            person.Articles.Select(ContractMapping.ToDto).ToList());
    }

    public static LabAnswer ToDto(this LabDetail lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        return new(
            lab.Lab.ToDto(),
            lab.Edges.Select(ContractMapping.ToDto).ToList(),
            lab.People.Select(ContractMapping.ToDto).ToList(),
            lab.EdgeCount,
            lab.PeopleCount,
            lab.Truncated,
            lab.Inflow.Select(ToDto).ToList(),
            lab.Outflow.Select(ToDto).ToList(),
            lab.Articles.Select(ContractMapping.ToDto).ToList());
    }

    public static LabCountDto ToDto(this LabCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return new(count.LabId, count.Name, count.Count);
    }

    public static PathsAnswer ToDto(this PathResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.From.ToDto(),
            result.To.ToDto(),
            result.MaxHops,
            result.All,
            result.AsOf?.ToString(),
            result.Length,
            result.Paths.Select(p => new PathDto(
                p.Nodes.Select(ContractMapping.ToDto).ToList(),
                p.Hops.Select(h => new HopDto(h.From, h.To, h.Edge.ToDto(), h.Alternatives.Select(ContractMapping.ToDto).ToList())).ToList())).ToList(),
            result.Capped,
            result.Reason);
    }

    public static FollowDto ToDto(this FollowLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new(
            link.Kind,
            link.Leader.ToDto(),
            link.Follower.ToDto(),
            link.Lab.ToDto(),
            link.LeaderArrival?.ToString(),
            link.FollowerArrival?.ToString(),
            link.LeaderFounded,
            link.LagMonths,
            link.Via.Select(ContractMapping.ToDto).ToList(),
            link.EvidenceEdges,
            link.Sources);
    }

    public static PersonFollowersAnswer ToDto(this PersonFollowers followers)
    {
        ArgumentNullException.ThrowIfNull(followers);
        return new(
            followers.Person.ToDto(),
            followers.WindowMonths,
            followers.Followed.Select(ToDto).ToList(),
            followers.Followers.Select(ToDto).ToList(),
            followers.MovedWith.Select(ToDto).ToList(),
            followers.FollowedCount,
            followers.FollowersCount,
            followers.MovedWithCount);
    }

    public static LabWavesAnswer ToDto(this LabWaves waves)
    {
        ArgumentNullException.ThrowIfNull(waves);
        return new(
            waves.Lab.ToDto(),
            waves.WindowMonths,
            waves.Arrivals,
            waves.Waves.Select(w => new WaveDto(
                w.Number,
                w.Kind,
                w.From?.ToString(),
                w.Until?.ToString(),
                w.Arrivals.Select(a => new ArrivalDto(a.Person.Id, a.Person.Name, a.Date?.ToString(), a.Founder)).ToList(),
                w.Links.Select(ToDto).ToList())).ToList(),
            waves.Capped);
    }

    public static ClustersAnswer ToDto(this ClusterResult result, int limit, int memberLimit)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.Algorithm,
            result.Seed,
            result.Revision,
            result.Modularity,
            result.People,
            result.PersonEdges,
            result.Clusters.Count,
            result.Clusters.Take(limit)
                .Select(c => new ClusterDto(c.Id, c.Name, c.Members.Count, c.Members.Take(memberLimit).ToList(), c.Members.Count > memberLimit, c.DominantLabs.Select(ToDto).ToList(), c.DistinctiveLabs.Select(ToDto).ToList(), c.From?.ToString(), c.Until?.ToString()))
                .ToList(),
            result.Components.Count,
            result.Components.Take(limit)
                .Select(c => new ComponentDto(
                    c.Id,
                    c.People.Count,
                    c.Labs.Count,
                    c.People.Take(memberLimit).ToList(),
                    c.Labs.Take(memberLimit).ToList(),
                    c.People.Count > memberLimit || c.Labs.Count > memberLimit))
                .ToList());
    }

    public static FlowsAnswer ToDto(this FlowResult result, int limit, int peopleLimit)
    {
        ArgumentNullException.ThrowIfNull(result);

        // A pair's people are looked up as they are read (each id decoded from the graph's strings): the default answer
        // at a million people reads 96,000 of them, so the pairs are made on every core. Each pair is its own list, and
        // the order of the answer is the order of the array.
        var pairs = new FlowPairDto[Math.Min(limit, result.Pairs.Count)];
        Parallel.For(0, pairs.Length, i =>
        {
            var p = result.Pairs[i];
            pairs[i] = new FlowPairDto(p.From.Id, p.From.Name, p.To.Id, p.To.Name, p.Count, p.People.Take(peopleLimit).ToList(), p.Net, Math.Round(p.Ratio, 4));
        });
        return new(
            result.Since?.ToString(),
            result.Until?.ToString(),
            result.RetentionMonths,
            result.Moves,
            result.UndatedMoves,
            result.Pairs.Count,
            result.Labs.Count,
            pairs,
            FlowAnswer.LabsOfFirstPairs(result, limit)
                .Select(l => new LabFlowDto(
                    l.Lab.Id,
                    l.Lab.Name,
                    l.In,
                    l.Out,
                    l.Net,
                    l.Retention is { } r ? new RetentionDto(r.Months, r.Measured, r.Stayed, Math.Round(r.Share, 4)) : null))
                .ToList());
    }
}
