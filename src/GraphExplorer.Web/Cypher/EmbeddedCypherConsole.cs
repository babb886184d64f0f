using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphExplorer.Cypher;

namespace GraphExplorer.Web.Cypher;

/// <summary>
/// Runs the console's queries on the embedded store with our own Cypher engine, each on a thread-pool thread so the
/// request can answer when the time limit passes; the same token stops the engine there. <see cref="Running"/> counts
/// the queries still executing (what a timed-out query leaves behind until the engine sees the token).
/// </summary>
public sealed class EmbeddedCypherConsole(CypherEngine engine, ICypherGraph graph)
{
    private int _running;

    /// <summary>Gets how many queries the engine is executing now.</summary>
    public int Running => Volatile.Read(ref _running);

    public Task<CypherResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CypherRunOptions options, CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                Interlocked.Increment(ref _running);
                try
                {
                    return engine.Run(query, parameters, options, cancellationToken);
                }
                finally
                {
                    Interlocked.Decrement(ref _running);
                }
            },
            cancellationToken);

    /// <summary>
    /// The labels, relationship types and property keys the graph holds, for the editor's completion: every node's
    /// labels and every relationship's type, and the property keys of up to <paramref name="samplePerKind"/> of each.
    /// </summary>
    public CypherSchema Schema(int samplePerKind = 1_000) => graph.Read(access =>
    {
        var labels = new SortedSet<string>(StringComparer.Ordinal);
        var types = new SortedSet<string>(StringComparer.Ordinal);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var sampled = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in access.AllNodes())
        {
            var nodeLabels = access.NodeLabels(node);
            labels.UnionWith(nodeLabels);
            var kind = string.Join(':', nodeLabels);
            if (NextCount(sampled, kind) <= samplePerKind)
            {
                keys.UnionWith(access.NodeProperties(node).Where(p => p.Value is not null).Select(p => p.Key));
            }
        }

        foreach (var relationship in access.AllRelationships())
        {
            var type = access.TypeOf(relationship);
            types.Add(type);
            if (NextCount(sampled, "-" + type) <= samplePerKind)
            {
                keys.UnionWith(access.RelationshipProperties(relationship).Where(p => p.Value is not null).Select(p => p.Key));
            }
        }

        return new CypherSchema([.. labels], [.. types], [.. keys]);
    });

    private static int NextCount(Dictionary<string, int> counts, string key)
    {
        counts.TryGetValue(key, out var count);
        counts[key] = ++count;
        return count;
    }

    /// <summary>A request's JSON parameters as the engine's values (long or double, string, bool, list, map, null).</summary>
    public static Dictionary<string, object?> Parameters(JsonElement parameters) =>
        parameters.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value, p.Name, 0), StringComparer.Ordinal);

    private static object? Value(JsonElement value, string name, int depth)
    {
        if (depth > 32)
        {
            throw new ArgumentException($"parameter '{name}' is nested more than 32 levels deep");
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.Array => value.EnumerateArray().Select(v => Value(v, name, depth + 1)).ToList(),
            _ => value.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value, name, depth + 1), StringComparer.Ordinal),
        };
    }

    /// <summary>An engine value as the JSON the browser reads, in the same shape as Neo4j's (see <see cref="CypherJson"/>).</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),

        // JSON has no NaN or infinity: those stay text, as on the Neo4j path.
        double d => double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(d.ToString(CultureInfo.InvariantCulture)),
        string s => JsonValue.Create(s),
        CypherNode n => Node(n),
        CypherRelationship r => Relationship(r),
        CypherPath p => new JsonObject
        {
            [CypherJson.KindProperty] = "path",
            ["nodes"] = new JsonArray(p.Nodes.Select(n => (JsonNode?)Node(n)).ToArray()),
            ["relationships"] = new JsonArray(p.Relationships.Select(r => (JsonNode?)Relationship(r)).ToArray()),
        },
        IReadOnlyDictionary<string, object?> map => Properties(map),
        IReadOnlyList<object?> list => new JsonArray(list.Select(ToJson).ToArray()),

        // Temporal values print as ISO-8601, as Neo4j writes them.
        IFormattable formattable => JsonValue.Create(formattable.ToString(null, CultureInfo.InvariantCulture)),
        System.Collections.IEnumerable items => new JsonArray(items.Cast<object?>().Select(ToJson).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonObject Node(CypherNode node) => new()
    {
        [CypherJson.KindProperty] = "node",
        ["id"] = node.ElementId,
        ["labels"] = new JsonArray(node.Labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        ["properties"] = Properties(node.Properties),
    };

    private static JsonObject Relationship(CypherRelationship relationship) => new()
    {
        [CypherJson.KindProperty] = "relationship",
        ["id"] = relationship.ElementId,
        ["type"] = relationship.Type,
        ["start"] = relationship.StartElementId,
        ["end"] = relationship.EndElementId,
        ["properties"] = Properties(relationship.Properties),
    };

    private static JsonObject Properties(IReadOnlyDictionary<string, object?> entries)
    {
        var json = new JsonObject();
        foreach (var (key, value) in entries)
        {
            json[key] = ToJson(value);
        }

        return json;
    }
}

/// <summary>What the Cypher editor completes: the graph's labels, relationship types and property keys.</summary>
public sealed record CypherSchema(IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes, IReadOnlyList<string> PropertyKeys);
