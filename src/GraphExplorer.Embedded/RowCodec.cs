using System.Text.Json;
using System.Text.Json.Serialization;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded;

/// <summary>How lists and dates are written into columns, and the SQL functions that merge them.</summary>
internal static class RowCodec
{
    public static string? EncodeAliases(IReadOnlyList<string> aliases) =>
        aliases.Count == 0 ? null : JsonSerializer.Serialize(aliases as string[] ?? [.. aliases], RowJsonContext.Default.StringArray);

    public static string[] DecodeAliases(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, RowJsonContext.Default.StringArray) ?? [];

    public static string? EncodeSources(IReadOnlyList<string> sources) => sources.Count switch
    {
        0 => null,
        1 => sources[0],
        _ => string.Join(' ', sources),
    };

    public static PartialDate? DecodeDate(long packed) => packed == 0 ? null : PartialDate.FromPacked((int)packed);

    /// <summary>Article ids are joined by spaces, so an id holding white space (or none at all) is refused before writing.</summary>
    public static void CheckSources(GraphBatch batch)
    {
        IReadOnlyList<string>? checkedSources = null;
        foreach (var edge in batch.Edges)
        {
            // Lines citing the same article share one list (the parser keeps them): it is checked once in a row.
            if (ReferenceEquals(edge.Sources, checkedSources))
            {
                continue;
            }

            checkedSources = edge.Sources;
            foreach (var source in edge.Sources)
            {
                if (string.IsNullOrEmpty(source) || source.AsSpan().ContainsAny(" \t\r\n"))
                {
                    throw new ArgumentException($"Edge '{EdgeIdentity.IdOf(edge)}' cites the source '{source}', which is not an article id (no spaces, not empty).", nameof(batch));
                }
            }
        }
    }

    /// <summary>SQL <c>ge_merge_aliases</c>: the stored aliases plus any new spelling (the new name included), in order.</summary>
    public static string? MergeAliases(string id, long storedKind, long newKind, string storedName, string? storedAliases, string newName, string? newAliases)
    {
        if (storedKind != newKind)
        {
            throw new InvalidOperationException($"{StoreSchema.ConflictMarker}'{id}' is already a {KindName(storedKind)}, not a {KindName(newKind)}");
        }

        var merged = new List<string>(DecodeAliases(storedAliases));
        var changed = false;
        foreach (var spelling in DecodeAliases(newAliases).Prepend(newName))
        {
            if (spelling != storedName && !merged.Contains(spelling, StringComparer.Ordinal))
            {
                merged.Add(spelling);
                changed = true;
            }
        }

        return changed ? JsonSerializer.Serialize(merged.ToArray(), RowJsonContext.Default.StringArray) : storedAliases;
    }

    /// <summary>SQL <c>ge_merge_sources</c>: the stored sources plus the new ones, without repeats, in order.</summary>
    public static string? MergeSources(string? stored, string? added)
    {
        if (string.IsNullOrEmpty(added) || stored == added)
        {
            return stored;
        }

        if (string.IsNullOrEmpty(stored))
        {
            return added;
        }

        var merged = new List<string>(stored.Split(' '));
        var changed = false;
        foreach (var source in added.Split(' '))
        {
            if (!merged.Contains(source, StringComparer.Ordinal))
            {
                merged.Add(source);
                changed = true;
            }
        }

        return changed ? string.Join(' ', merged) : stored;
    }

    /// <summary>Two roles are one when their words match as names do (the graph's own rule): "Engineer" and "engineer".</summary>
    public static bool SameRole(string? stored, string? role) =>
        stored is null ? role is null : role is not null && (stored == role || Names.Key(stored) == Names.Key(role));

    private static string KindName(long kind) => ((NodeKind)kind).ToString().ToLowerInvariant();
}

[JsonSerializable(typeof(string[]))]
internal sealed partial class RowJsonContext : JsonSerializerContext;
