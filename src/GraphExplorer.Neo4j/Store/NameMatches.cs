using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.QueryApi;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// Picks, among the rows of <c>resolve-names</c> for one name key and kind, the entity the embedded store would pick:
/// the one whose own name has the key (a name is claimed when its entity is created, before any alias), then the
/// oldest (lowest revision), then the smallest id.
/// </summary>
internal static class NameMatches
{
    /// <summary>Maps each key to the id of its best match of <paramref name="kind"/>.</summary>
    public static Dictionary<string, string> Best(IEnumerable<QueryRow> rows, NodeKind kind)
    {
        var kindName = GraphRows.KindName(kind);
        var best = new Dictionary<string, (string Id, bool OwnName, long Revision)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row["kind"].AsString() != kindName)
            {
                continue;
            }

            var key = row["key"].AsString() ?? string.Empty;
            var candidate = (
                Id: row["id"].AsString() ?? string.Empty,
                OwnName: Names.Key(row["name"].AsString() ?? string.Empty) == key,
                Revision: row["revision"].IsNull ? long.MaxValue : row["revision"].AsInt64());
            if (candidate.Id.Length > 0 && (!best.TryGetValue(key, out var current) || Better(candidate, current)))
            {
                best[key] = candidate;
            }
        }

        return best.ToDictionary(b => b.Key, b => b.Value.Id, StringComparer.Ordinal);
    }

    private static bool Better((string Id, bool OwnName, long Revision) a, (string Id, bool OwnName, long Revision) b) =>
        a.OwnName != b.OwnName ? a.OwnName : a.Revision != b.Revision ? a.Revision < b.Revision : string.CompareOrdinal(a.Id, b.Id) < 0;
}
