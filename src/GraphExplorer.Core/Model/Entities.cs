namespace GraphExplorer.Core.Model;

/// <summary>The two kinds of node a talent graph holds besides articles.</summary>
public enum NodeKind
{
    Person,
    Lab,
}

/// <summary>A person or a lab: an id (lowercase ASCII slug of the canonical English name), that name, and other spellings.</summary>
public sealed record Entity(NodeKind Kind, string Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>A news article that states facts; every edge lists the ids of the articles it comes from.</summary>
public sealed record Article(string Id, string? Title, string? Url, string? Language, PartialDate? Published);

/// <summary>The three kinds of edge, named as in the graph (<c>WORKED_AT</c>, <c>LEFT_FOR</c>, <c>FOUNDED</c>).</summary>
public enum EdgeType
{
    WorkedAt,
    LeftFor,
    Founded,
}

/// <summary>
/// One edge from a person to a lab. <see cref="EdgeType.WorkedAt"/> uses <see cref="Role"/>, <see cref="Start"/> and
/// <see cref="End"/>; <see cref="EdgeType.LeftFor"/> uses <see cref="FromLabId"/> (the lab left) and <see cref="Date"/>,
/// with <see cref="LabId"/> the lab joined; <see cref="EdgeType.Founded"/> uses <see cref="Date"/>.
/// </summary>
public sealed record Edge(
    string Id,
    EdgeType Type,
    string PersonId,
    string LabId,
    string? FromLabId,
    string? Role,
    PartialDate? Start,
    PartialDate? End,
    PartialDate? Date,
    IReadOnlyList<string> Sources)
{
    /// <summary>Gets the date the person arrived at <see cref="LabId"/> by this edge, when known.</summary>
    public PartialDate? Arrival => Type == EdgeType.WorkedAt ? Start : Date;
}

public static class EdgeTypeNames
{
    public static string ToGraphName(this EdgeType type) => type switch
    {
        EdgeType.WorkedAt => "WORKED_AT",
        EdgeType.LeftFor => "LEFT_FOR",
        EdgeType.Founded => "FOUNDED",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool TryParse(string? name, out EdgeType type)
    {
        switch (name)
        {
            case "WORKED_AT":
                type = EdgeType.WorkedAt;
                return true;
            case "LEFT_FOR":
                type = EdgeType.LeftFor;
                return true;
            case "FOUNDED":
                type = EdgeType.Founded;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
