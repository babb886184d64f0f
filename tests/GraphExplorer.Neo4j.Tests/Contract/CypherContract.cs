using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using Engine = GraphExplorer.Cypher;
using Neo = GraphExplorer.Neo4j.QueryApi;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// The seed graph as plain data (people, labs, articles, edges), read from a store's snapshot after the loader resolved
/// the seed facts, so the contract's expected answers are computed here with LINQ, never copied from an engine.
/// </summary>
public sealed class SeedModel(GraphDelta snapshot)
{
    public IReadOnlyList<Entity> People { get; } = [.. snapshot.Entities.Where(e => e.Kind == NodeKind.Person)];

    public IReadOnlyList<Entity> Labs { get; } = [.. snapshot.Entities.Where(e => e.Kind == NodeKind.Lab)];

    public IReadOnlyList<Article> Articles { get; } = snapshot.Articles;

    public IReadOnlyList<Edge> Edges { get; } = snapshot.Edges;

    public IEnumerable<Edge> Of(EdgeType type) => Edges.Where(e => e.Type == type);

    public string Name(string id) => snapshot.Entities.Single(e => e.Id == id).Name;

    public static string? Text(PartialDate? date) => date?.ToString();

    /// <summary>
    /// Shortest undirected paths between two nodes over every relationship, counted as Cypher counts them (each
    /// parallel relationship is its own path): the length and how many paths have it, or null when none joins them.
    /// </summary>
    public (int Length, long Count)? Shortest(string from, string to)
    {
        var neighbours = Edges.SelectMany(e => new[] { (A: e.PersonId, B: e.LabId), (A: e.LabId, B: e.PersonId) })
            .ToLookup(p => p.A, p => p.B);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var ways = new Dictionary<string, long>(StringComparer.Ordinal) { [from] = 1 };
        var frontier = new List<string> { from };
        while (frontier.Count > 0 && !depth.ContainsKey(to))
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var other in neighbours[node])
                {
                    if (!depth.TryGetValue(other, out var d))
                    {
                        depth[other] = depth[node] + 1;
                        ways[other] = 0;
                        next.Add(other);
                        d = depth[other];
                    }

                    if (d == depth[node] + 1)
                    {
                        ways[other] += ways[node];
                    }
                }
            }

            frontier = next;
        }

        return depth.TryGetValue(to, out var length) ? (length, ways[to]) : null;
    }
}

/// <summary>An expected node (by label and id) or relationship (by type and its dated properties) in an answer.</summary>
public sealed record ExpectedNode(string Label, string Id);

public sealed record ExpectedRelationship(string Type, IReadOnlyDictionary<string, string?> Properties);

/// <summary>
/// One value form for both stores' answers, so one expectation checks both: numbers, strings, lists and maps as
/// JSON-like text; a node as <c>(:Label id)</c>; a relationship as <c>[:TYPE {date, end, from, role, start}]</c>
/// (the properties both stores write, leaving out Neo4j's own bookkeeping); a path as its chain of those.
/// </summary>
public static class Canonical
{
    private static readonly string[] s_relationshipKeys = ["date", "end", "from", "role", "start"];

    public static string Row(IEnumerable<object?> cells) => string.Join(" | ", cells.Select(Value));

    public static string Value(object? value) => value switch
    {
        null => "null",
        Neo.CypherValue neo => Value(FromNeo4j(neo)),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => JsonSerializer.Serialize(s),
        CanonicalText t => t.Text,
        ExpectedNode n => $"(:{n.Label} {n.Id})",
        ExpectedRelationship r => Relationship(r.Type, r.Properties),
        Engine.CypherNode n => Node(n.Labels, n.Properties.GetValueOrDefault("id")),
        Engine.CypherRelationship r => Relationship(r.Type, RelationshipProperties(r.Properties)),
        Engine.CypherPath p => Path(
            [.. p.Nodes.Select(n => (n.ElementId, Node(n.Labels, n.Properties.GetValueOrDefault("id"))))],
            [.. p.Relationships.Select(r => (r.StartElementId, r.EndElementId, Relationship(r.Type, RelationshipProperties(r.Properties))))]),
        IDictionary<string, object?> map => Map(map.Select(p => (p.Key, p.Value))),
        IReadOnlyDictionary<string, object?> map => Map(map.Select(p => (p.Key, p.Value))),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        IFormattable f => JsonSerializer.Serialize(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonSerializer.Serialize(value.ToString()),
    };

    private static string Map(IEnumerable<(string Key, object? Value)> entries) =>
        "{" + string.Join(", ", entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {Value(e.Value)}")) + "}";

    private static string Node(IEnumerable<string> labels, object? id) =>
        $"(:{string.Join(':', labels.Order(StringComparer.Ordinal))} {id})";

    private static Dictionary<string, string?> RelationshipProperties(IReadOnlyDictionary<string, object?> properties) =>
        s_relationshipKeys.ToDictionary(k => k, k => properties.GetValueOrDefault(k)?.ToString(), StringComparer.Ordinal);

    private static string Relationship(string type, IReadOnlyDictionary<string, string?> properties)
    {
        var shown = s_relationshipKeys.Where(k => properties.GetValueOrDefault(k) is not null).Select(k => $"{k}: {properties[k]}");
        return $"[:{type} {{{string.Join(", ", shown)}}}]";
    }

    private static string Path(IReadOnlyList<(string ElementId, string Text)> nodes, IReadOnlyList<(string Start, string End, string Text)> relationships)
    {
        var text = new StringBuilder(nodes.Count > 0 ? nodes[0].Text : "()");
        for (var i = 0; i < relationships.Count && i + 1 < nodes.Count; i++)
        {
            var forward = relationships[i].Start == nodes[i].ElementId;
            text.Append(forward ? "-" : "<-").Append(relationships[i].Text).Append(forward ? "->" : "-").Append(nodes[i + 1].Text);
        }

        return text.ToString();
    }

    /// <summary>Neo4j's values as the engine's, so one formatter serves both.</summary>
    private static object? FromNeo4j(Neo.CypherValue value) => value switch
    {
        Neo.CypherNull => null,
        Neo.CypherBoolean b => b.Value,
        Neo.CypherInteger i => i.Value,
        Neo.CypherFloat f => f.Value,
        Neo.CypherString s => s.Value,
        Neo.CypherTemporal t => t.Value,
        Neo.CypherOpaque o => o.Value,
        Neo.CypherList l => l.Items.Select(FromNeo4j).ToList(),
        Neo.CypherMap m => m.Entries.ToDictionary(p => p.Key, p => FromNeo4j(p.Value), StringComparer.Ordinal),
        Neo.CypherNode n => Node(n),
        Neo.CypherRelationship r => Relationship(r),
        Neo.CypherPath p => new Engine.CypherPath([.. p.Nodes.Select(Node)], [.. p.Relationships.Select(Relationship)]),
        _ => value.ToString(),
    };

    private static Engine.CypherNode Node(Neo.CypherNode n) =>
        new(n.ElementId, n.Labels, n.Properties.ToDictionary(p => p.Key, p => FromNeo4j(p.Value), StringComparer.Ordinal));

    private static Engine.CypherRelationship Relationship(Neo.CypherRelationship r) =>
        new(r.ElementId, r.Type, r.StartNodeElementId, r.EndNodeElementId, r.Properties.ToDictionary(p => p.Key, p => FromNeo4j(p.Value), StringComparer.Ordinal));
}

/// <summary>
/// A query of the contract: its text and parameters, and its expected rows computed from the seed. Ordered queries
/// are compared row by row; the others as multisets (Cypher promises no order without ORDER BY).
/// </summary>
public sealed record ContractQuery(
    string Name,
    string Text,
    Func<SeedModel, IEnumerable<object?[]>> Expected,
    bool Ordered = true,
    IReadOnlyDictionary<string, object?>? Parameters = null);
