using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// The answer to a query that names an entity: the value, or (when the id is unknown) what was asked for and the
/// closest names, so a caller can say "did you mean…".
/// </summary>
public sealed record QueryResult<T>(T? Value, UnknownEntity? Unknown)
    where T : class
{
    public bool Found => Value is not null;

    public static QueryResult<T> Of(T value) => new(value, null);

    public static QueryResult<T> NotFound(UnknownEntity unknown) => new(null, unknown);
}

/// <summary>An id (or name) that matched nothing: the parameter it came in, the text, and the closest known names.</summary>
public sealed record UnknownEntity(string Parameter, string Text, NodeKind? ExpectedKind, IReadOnlyList<SearchHit> Suggestions);

/// <summary>How a search result matched: the spelling that matched and a score from 0 to 1 (1 is an exact match).</summary>
public sealed record SearchHit(Entity Entity, string Matched, double Score);

/// <summary>A shortest-path request. <see cref="MaxHops"/> counts edges; <see cref="AsOf"/> keeps only edges that existed then.</summary>
public sealed record PathQuery(string From, string To, int MaxHops = PathQuery.DefaultMaxHops, bool All = false, PartialDate? AsOf = null)
{
    public const int DefaultMaxHops = 6;
    public const int MaxAllowedHops = 12;

    /// <summary>All-shortest-path answers stop at this many paths and say they were capped.</summary>
    public const int MaxPaths = 100;
}

/// <summary>
/// Shortest paths between two entities. <see cref="Length"/> is the number of hops (null when there is no path), and
/// <see cref="Reason"/> says why the list is empty. <see cref="Capped"/> is true when more shortest paths exist than were returned.
/// </summary>
public sealed record PathResult(Entity From, Entity To, int MaxHops, bool All, PartialDate? AsOf, int? Length, IReadOnlyList<GraphPath> Paths, bool Capped, string? Reason);

/// <summary>One path: its nodes in order and the hop between each pair of neighbours.</summary>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<PathHop> Hops);

/// <summary>
/// One hop: from a node to the next and the edge that joins them. A person and a lab may be joined by more than one
/// edge (a tenure and the move that began it); the others are listed as <see cref="Alternatives"/>.
/// </summary>
public sealed record PathHop(string From, string To, Edge Edge, IReadOnlyList<Edge> Alternatives);

/// <summary>
/// Settings of the follower detector. <see cref="WindowMonths"/> bounds the lag between two arrivals; a person's answer
/// lists at most <see cref="Limit"/> links of each kind (the counts are totals).
/// </summary>
public sealed record FollowerOptions(int WindowMonths = FollowerOptions.DefaultWindowMonths, int Limit = FollowerOptions.DefaultLimit)
{
    public const int DefaultWindowMonths = 24;

    public const int DefaultLimit = 500;

    /// <summary>A lab's waves stop after this many links (a huge lab could produce millions) and say they were capped.</summary>
    public const int MaxLinksPerLab = 20_000;

    public static FollowerOptions Default { get; } = new();
}

/// <summary>How two arrivals at the same lab relate.</summary>
public enum FollowKind
{
    /// <summary>The follower arrived after the leader (or the leader founded the lab).</summary>
    Followed,

    /// <summary>The arrivals cannot be ordered at the precision known: they moved together.</summary>
    Together,
}

/// <summary>
/// B (<see cref="Follower"/>) followed A (<see cref="Leader"/>) to <see cref="Lab"/>, or (<see cref="FollowKind.Together"/>)
/// they moved there together, because they shared the labs in <see cref="Via"/> beforehand. For together, leader and
/// follower are simply the two people (ordered by id). <see cref="LagMonths"/> is null when a date is unknown (an undated
/// joiner of a founder's lab). <see cref="Sources"/> is the union of the sources of every edge in <see cref="EvidenceEdges"/>.
/// </summary>
public sealed record FollowLink(
    FollowKind Kind,
    Entity Leader,
    Entity Follower,
    Entity Lab,
    PartialDate? LeaderArrival,
    PartialDate? FollowerArrival,
    bool LeaderFounded,
    int? LagMonths,
    IReadOnlyList<Entity> Via,
    IReadOnlyList<string> EvidenceEdges,
    IReadOnlyList<string> Sources);

/// <summary>
/// A person's follows: whom they followed, who followed them, and whom they moved with, each list ordered by lab, then
/// arrival, then name, and cut at the limit asked for; the counts are the totals.
/// </summary>
public sealed record PersonFollowers(
    Entity Person,
    int WindowMonths,
    IReadOnlyList<FollowLink> Followed,
    IReadOnlyList<FollowLink> Followers,
    IReadOnlyList<FollowLink> MovedWith,
    int FollowedCount,
    int FollowersCount,
    int MovedWithCount);

/// <summary>One arrival in a wave.</summary>
public sealed record WaveArrival(Entity Person, PartialDate? Date, bool Founder);

/// <summary>
/// A group of arrivals at a lab joined by follows or moves together (a connected group). <see cref="WaveKind.Together"/>
/// when every link is a move together, <see cref="WaveKind.Chain"/> when someone followed someone.
/// </summary>
public sealed record Wave(int Number, WaveKind Kind, PartialDate? From, PartialDate? Until, IReadOnlyList<WaveArrival> Arrivals, IReadOnlyList<FollowLink> Links);

public enum WaveKind
{
    Together,
    Chain,
}

/// <summary>A lab's waves of arrivals, oldest first. <see cref="Capped"/> is true when the link cap cut the search short.</summary>
public sealed record LabWaves(Entity Lab, int WindowMonths, int Arrivals, IReadOnlyList<Wave> Waves, bool Capped);

/// <summary>Settings of the cluster detection. The same seed on the same graph gives the same clusters.</summary>
public sealed record ClusterOptions(int Seed = 1, int WindowMonths = FollowerOptions.DefaultWindowMonths, int NeighbourCap = ClusterOptions.DefaultNeighbourCap)
{
    /// <summary>
    /// Each stay (and each arrival) is linked to at most this many neighbours in date order, so huge labs keep the person
    /// graph small. Measured on generated graphs, 3 gives higher modularity than 4 or 6 with a quarter fewer pairs.
    /// </summary>
    public const int DefaultNeighbourCap = 3;
}

/// <summary>
/// Communities of people from Louvain modularity over the weighted person graph, plus the plain connected components of
/// the person–lab graph. <see cref="PersonEdges"/> is the number of weighted person pairs the communities were found in.
/// </summary>
public sealed record ClusterResult(
    string Algorithm,
    int Seed,
    long Revision,
    double Modularity,
    int People,
    int PersonEdges,
    IReadOnlyList<Cluster> Clusters,
    IReadOnlyList<Component> Components);

/// <summary>
/// A community: its members' ids (and how many), and the labs most of them worked at. <see cref="Name"/> says what sets
/// it apart: its <see cref="DistinctiveLabs"/> (the labs its members were at far more often than people overall) and the
/// period its members were there (<see cref="From"/>, <see cref="Until"/>), from <see cref="ClusterNaming"/>.
/// </summary>
public sealed record Cluster(int Id, IReadOnlyList<string> Members, IReadOnlyList<LabCount> DominantLabs)
{
    public string Name { get; init; } = $"Cluster {Id}";

    public IReadOnlyList<LabCount> DistinctiveLabs { get; init; } = [];

    public PartialDate? From { get; init; }

    public PartialDate? Until { get; init; }
}

/// <summary>A lab and how many of a group's people (or moves) it accounts for.</summary>
public sealed record LabCount(string LabId, string Name, int Count);

/// <summary>A connected part of the person–lab graph: the people and labs that can reach each other at all.</summary>
public sealed record Component(int Id, IReadOnlyList<string> People, IReadOnlyList<string> Labs);

/// <summary>A flows request: moves whose date falls in [Since, Until] (either bound optional), retention measured at <see cref="RetentionMonths"/>.</summary>
public sealed record FlowQuery(PartialDate? Since = null, PartialDate? Until = null, int RetentionMonths = FlowQuery.DefaultRetentionMonths)
{
    public const int DefaultRetentionMonths = 12;
}

/// <summary>
/// Lab-to-lab flows in a window. <see cref="Moves"/> counts the moves counted; <see cref="UndatedMoves"/> the moves left
/// out because a window was asked for and their date is unknown.
/// </summary>
public sealed record FlowResult(PartialDate? Since, PartialDate? Until, int RetentionMonths, int Moves, int UndatedMoves, IReadOnlyList<FlowPair> Pairs, IReadOnlyList<LabFlow> Labs);

/// <summary>
/// Moves from one lab to another: how many, who, the net flow (this direction minus the reverse) and the share of the
/// traffic between the two labs that goes this way (<see cref="Ratio"/>, 0 to 1).
/// </summary>
public sealed record FlowPair(Entity From, Entity To, int Count, IReadOnlyList<string> People, int Net, double Ratio);

/// <summary>A lab's totals: moves in and out in the window, their difference, and its retention when measurable.</summary>
public sealed record LabFlow(Entity Lab, int In, int Out, int Net, Retention? Retention);

/// <summary>
/// Of the <see cref="Measured"/> people who joined in the window and whose dates tell, <see cref="Stayed"/> were still
/// there <see cref="Months"/> months later.
/// </summary>
public sealed record Retention(int Months, int Measured, int Stayed)
{
    public double Share => Measured == 0 ? 0 : (double)Stayed / Measured;
}

/// <summary>A tenure as worked out from all of a person's edges at one lab (see <c>docs/QUERIES.md</c>).</summary>
public sealed record Tenure(Entity Lab, PartialDate? Start, PartialDate? End, bool Founded, bool Left, IReadOnlyList<string> EvidenceEdges);

/// <summary>A person: their edges (career, oldest first), the labs they name, their tenures and the articles behind them.</summary>
public sealed record PersonDetail(Entity Person, IReadOnlyList<Edge> Edges, IReadOnlyList<Entity> Labs, IReadOnlyList<Tenure> Tenures, IReadOnlyList<Article> Articles);

/// <summary>
/// A lab: its edges and people (the first <c>limit</c>, with totals), where its people came from and went to (moves in
/// and out by lab), and the articles behind the edges returned.
/// </summary>
public sealed record LabDetail(
    Entity Lab,
    IReadOnlyList<Edge> Edges,
    IReadOnlyList<Entity> People,
    int EdgeCount,
    int PeopleCount,
    bool Truncated,
    IReadOnlyList<LabCount> Inflow,
    IReadOnlyList<LabCount> Outflow,
    IReadOnlyList<Article> Articles);
