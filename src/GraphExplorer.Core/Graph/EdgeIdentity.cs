using System.Text;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// An edge's identity is everything it asserts: the same person, labs, role and dates is the same edge (a second article
/// adds a source), while a different date is a different, conflicting edge that is kept beside the first.
/// </summary>
public static class EdgeIdentity
{
    public static string IdOf(EdgeType type, string personId, string labId, string? fromLabId, string? role, PartialDate? start, PartialDate? end, PartialDate? date)
    {
        var builder = new StringBuilder(64);
        builder.Append(type switch { EdgeType.WorkedAt => "worked-at", EdgeType.LeftFor => "left-for", _ => "founded" })
            .Append(':').Append(personId).Append(':');
        if (fromLabId is not null)
        {
            builder.Append(fromLabId).Append('>');
        }

        builder.Append(labId);
        if (NormaliseRole(role) is { } r)
        {
            builder.Append(':').Append(Names.Slug(r, NodeKind.Lab));
        }

        if (type == EdgeType.WorkedAt)
        {
            builder.Append(':').Append(start?.ToString() ?? "?").Append("..").Append(end?.ToString() ?? "?");
        }
        else
        {
            builder.Append('@').Append(date?.ToString() ?? "?");
        }

        return builder.ToString();
    }

    public static string IdOf(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return IdOf(edge.Type, edge.PersonId, edge.LabId, edge.FromLabId, edge.Role, edge.Start, edge.End, edge.Date);
    }

    /// <summary>Builds an edge whose id follows from its content.</summary>
    public static Edge Create(EdgeType type, string personId, string labId, string? fromLabId, string? role, PartialDate? start, PartialDate? end, PartialDate? date, IReadOnlyList<string> sources)
    {
        var normalisedRole = NormaliseRole(role);
        return new Edge(IdOf(type, personId, labId, fromLabId, normalisedRole, start, end, date), type, personId, labId, fromLabId, normalisedRole, start, end, date, sources);
    }

    /// <summary>Roles compare by their words, so "Researcher " and "researcher" are one role.</summary>
    public static string? NormaliseRole(string? role) =>
        string.IsNullOrWhiteSpace(role) ? null : string.Join(' ', role.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
