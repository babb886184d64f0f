using System.Collections.Concurrent;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// An edge's identity is everything it asserts: the same person, labs, role and dates is the same edge (a second article
/// adds a source), while a different date is a different, conflicting edge that is kept beside the first.
/// </summary>
public static class EdgeIdentity
{
    // Roles are few and repeat on most edges; their slugs are cached (bounded, in case a source invents many).
    private const int MaxCachedRoles = 10_000;
    private static readonly ConcurrentDictionary<string, string> s_roleSlugs = new(StringComparer.Ordinal);

    public static string IdOf(EdgeType type, string personId, string labId, string? fromLabId, string? role, PartialDate? start, PartialDate? end, PartialDate? date) =>
        Build(type, personId, labId, fromLabId, role, start, end, date, known: null);

    /// <summary>
    /// The id of <paramref name="edge"/>: <see cref="Edge.Id"/> itself when it is what the content makes (edges made by
    /// <see cref="Create"/>), so checking an edge's id on every load allocates no second copy of it.
    /// </summary>
    public static string IdOf(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return Build(edge.Type, edge.PersonId, edge.LabId, edge.FromLabId, edge.Role, edge.Start, edge.End, edge.Date, edge.Id);
    }

    private static string Build(EdgeType type, string personId, string labId, string? fromLabId, string? role, PartialDate? start, PartialDate? end, PartialDate? date, string? known)
    {
        ArgumentNullException.ThrowIfNull(personId);
        ArgumentNullException.ThrowIfNull(labId);

        // Written into one buffer: ids are built twice per edge when loading millions of edges.
        var prefix = type switch { EdgeType.WorkedAt => "worked-at", EdgeType.LeftFor => "left-for", _ => "founded" };
        var roleSlug = NormaliseRole(role) is { } r ? RoleSlug(r) : null;
        var length = prefix.Length + personId.Length + labId.Length + (fromLabId?.Length ?? 0) + (roleSlug?.Length ?? 0) + 32;
        Span<char> buffer = length <= 512 ? stackalloc char[length] : new char[length];
        var at = 0;
        Append(buffer, ref at, prefix);
        buffer[at++] = ':';
        Append(buffer, ref at, personId);
        buffer[at++] = ':';
        if (fromLabId is not null)
        {
            Append(buffer, ref at, fromLabId);
            buffer[at++] = '>';
        }

        Append(buffer, ref at, labId);
        if (roleSlug is not null)
        {
            buffer[at++] = ':';
            Append(buffer, ref at, roleSlug);
        }

        if (type == EdgeType.WorkedAt)
        {
            buffer[at++] = ':';
            AppendDate(buffer, ref at, start);
            buffer[at++] = '.';
            buffer[at++] = '.';
            AppendDate(buffer, ref at, end);
        }
        else
        {
            buffer[at++] = '@';
            AppendDate(buffer, ref at, date);
        }

        var id = buffer[..at];
        return known is not null && id.SequenceEqual(known) ? known : new string(id);
    }

    /// <summary>Builds an edge whose id follows from its content.</summary>
    public static Edge Create(EdgeType type, string personId, string labId, string? fromLabId, string? role, PartialDate? start, PartialDate? end, PartialDate? date, IReadOnlyList<string> sources)
    {
        var normalisedRole = NormaliseRole(role);
        return new Edge(IdOf(type, personId, labId, fromLabId, normalisedRole, start, end, date), type, personId, labId, fromLabId, normalisedRole, start, end, date, sources);
    }

    /// <summary>Roles compare by their words, so "Researcher " and "researcher" are one role.</summary>
    public static string? NormaliseRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }

        // Most roles are already single-spaced words: return them as they are instead of splitting and joining.
        var clean = !char.IsWhiteSpace(role[0]) && !char.IsWhiteSpace(role[^1]);
        for (var i = 1; clean && i < role.Length; i++)
        {
            clean = !char.IsWhiteSpace(role[i]) || (role[i] == ' ' && !char.IsWhiteSpace(role[i - 1]));
        }

        return clean ? role : string.Join(' ', role.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string RoleSlug(string role)
    {
        if (s_roleSlugs.TryGetValue(role, out var slug))
        {
            return slug;
        }

        slug = Names.Slug(role, NodeKind.Lab);
        if (s_roleSlugs.Count < MaxCachedRoles)
        {
            s_roleSlugs.TryAdd(role, slug);
        }

        return slug;
    }

    private static void Append(Span<char> buffer, ref int at, string text)
    {
        text.AsSpan().CopyTo(buffer[at..]);
        at += text.Length;
    }

    private static void AppendDate(Span<char> buffer, ref int at, PartialDate? date)
    {
        if (date is not { } d)
        {
            buffer[at++] = '?';
            return;
        }

        // Same text as PartialDate.ToString: yyyy, yyyy-mm or yyyy-mm-dd.
        AppendDigits(buffer, ref at, d.Year, 4);
        if (d.Month != 0)
        {
            buffer[at++] = '-';
            AppendDigits(buffer, ref at, d.Month, 2);
            if (d.Day != 0)
            {
                buffer[at++] = '-';
                AppendDigits(buffer, ref at, d.Day, 2);
            }
        }
    }

    private static void AppendDigits(Span<char> buffer, ref int at, int value, int digits)
    {
        for (var i = digits - 1; i >= 0; i--)
        {
            buffer[at + i] = (char)('0' + (value % 10));
            value /= 10;
        }

        at += digits;
    }
}
