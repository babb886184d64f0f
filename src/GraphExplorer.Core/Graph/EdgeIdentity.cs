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
        var roleSlug = RoleKey(role);
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

    /// <summary>
    /// Compares edges by identity, as their ids would compare (same type, person, labs, role words and dates), without
    /// building the ids: a batch's edges are told apart this way whether or not they carry one.
    /// </summary>
    public static IEqualityComparer<Edge> Comparer { get; } = new IdentityComparer();

    /// <summary>Builds an edge whose id follows from its content.</summary>
    public static Edge Create(EdgeType type, string personId, string labId, string? fromLabId, string? role, PartialDate? start, PartialDate? end, PartialDate? date, IReadOnlyList<string> sources) =>
        Create(named: true, type, personId, labId, fromLabId, role, start, end, date, sources);

    /// <summary>
    /// Builds an edge without its id (empty), for a batch where nothing reads edge ids (see
    /// <see cref="Facts.IChunkedBatch.EdgeIdsNeeded"/>): the id is about a third of an edge's memory on a large load.
    /// <see cref="IdOf(Edge)"/> still gives it.
    /// </summary>
    public static Edge CreateUnnamed(EdgeType type, string personId, string labId, string? fromLabId, string? role, PartialDate? start, PartialDate? end, PartialDate? date, IReadOnlyList<string> sources) =>
        Create(named: false, type, personId, labId, fromLabId, role, start, end, date, sources);

    private static Edge Create(bool named, EdgeType type, string personId, string labId, string? fromLabId, string? role, PartialDate? start, PartialDate? end, PartialDate? date, IReadOnlyList<string> sources)
    {
        var normalisedRole = NormaliseRole(role);
        var id = named ? IdOf(type, personId, labId, fromLabId, normalisedRole, start, end, date) : string.Empty;
        return new Edge(id, type, personId, labId, fromLabId, normalisedRole, start, end, date, sources);
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

    /// <summary>The role as the id spells it (null for none), so roles compare as ids compare them.</summary>
    private static string? RoleKey(string? role) => NormaliseRole(role) is { } r ? RoleSlug(r) : null;

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

    /// <summary>Equal exactly when <see cref="Build"/> would make the same id: every part of the id, compared as it is written there.</summary>
    private sealed class IdentityComparer : IEqualityComparer<Edge>
    {
        public bool Equals(Edge? x, Edge? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null)
            {
                return false;
            }

            return x.Type == y.Type
                && string.Equals(x.PersonId, y.PersonId, StringComparison.Ordinal)
                && string.Equals(x.LabId, y.LabId, StringComparison.Ordinal)
                && string.Equals(x.FromLabId, y.FromLabId, StringComparison.Ordinal)
                && SameDates(x, y)
                && (ReferenceEquals(x.Role, y.Role) || string.Equals(RoleKey(x.Role), RoleKey(y.Role), StringComparison.Ordinal));
        }

        public int GetHashCode(Edge obj)
        {
            ArgumentNullException.ThrowIfNull(obj);
            var (first, second) = DatesOf(obj);
            return HashCode.Combine(obj.Type, obj.PersonId, obj.LabId, obj.FromLabId, RoleKey(obj.Role), first, second);
        }

        private static bool SameDates(Edge x, Edge y) => DatesOf(x) == DatesOf(y);

        // A tenure's id holds its start and end, any other edge's its date (see Build).
        private static (int First, int Second) DatesOf(Edge edge) =>
            edge.Type == EdgeType.WorkedAt ? (edge.Start?.Packed ?? 0, edge.End?.Packed ?? 0) : (edge.Date?.Packed ?? 0, 0);
    }
}
