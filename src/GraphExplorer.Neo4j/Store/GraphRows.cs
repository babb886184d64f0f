using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.QueryApi;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// The one translation between the graph's records and what the Cypher files send and return (see cypher/README.md):
/// rows for the <c>load-*</c> statements, and entities, edges and articles read back from rows or maps. Dates travel
/// as their partial ISO text. A value Neo4j holds that is not what the application writes is an error naming it.
/// </summary>
internal static class GraphRows
{
    public static Dictionary<string, object?> EntityRow(Entity entity) => new(StringComparer.Ordinal)
    {
        ["kind"] = KindName(entity.Kind),
        ["id"] = entity.Id,
        ["name"] = entity.Name,
        ["aliases"] = entity.Aliases,
        ["nameKeys"] = entity.Aliases.Prepend(entity.Name).Select(Names.Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
    };

    public static Dictionary<string, object?> EdgeRow(Edge edge) => new(StringComparer.Ordinal)
    {
        ["type"] = edge.Type.ToGraphName(),
        ["id"] = string.IsNullOrEmpty(edge.Id) ? EdgeIdentity.IdOf(edge) : edge.Id,
        ["personId"] = edge.PersonId,
        ["labId"] = edge.LabId,
        ["fromLabId"] = edge.FromLabId,
        ["role"] = edge.Role,
        ["start"] = edge.Start,
        ["end"] = edge.End,
        ["date"] = edge.Date,
        ["sources"] = edge.Sources,
    };

    public static Dictionary<string, object?> ArticleRow(Article article) => new(StringComparer.Ordinal)
    {
        ["id"] = article.Id,
        ["title"] = article.Title,
        ["url"] = article.Url,
        ["language"] = article.Language,
        ["published"] = article.Published,
    };

    public static string KindName(NodeKind kind) => kind == NodeKind.Person ? "Person" : "Lab";

    public static NodeKind Kind(CypherValue value, string where) => value.AsString() switch
    {
        "Person" => NodeKind.Person,
        "Lab" => NodeKind.Lab,
        var other => throw Bad(where, $"kind '{other}' is neither Person nor Lab"),
    };

    /// <summary>An entity from a row or map with <c>kind</c>, <c>id</c>, <c>name</c>, <c>aliases</c>.</summary>
    public static Entity ToEntity(Func<string, CypherValue> get, string where)
    {
        var id = Required(get("id"), "id", where);
        return new Entity(Kind(get("kind"), $"{where} '{id}'"), id, get("name").AsString() ?? id, get("aliases").AsStringList());
    }

    public static Entity ToEntity(QueryRow row) => ToEntity(f => row[f], "a person or lab");

    public static Entity ToEntity(CypherValue map)
    {
        var entries = map.AsMap();
        return ToEntity(f => entries.GetValueOrDefault(f) ?? CypherNull.Instance, "a person or lab");
    }

    /// <summary>An edge from a row or map with the columns of <c>snapshot-edges.cypher</c>.</summary>
    public static Edge ToEdge(Func<string, CypherValue> get)
    {
        var id = Required(get("id"), "id", "an edge");
        var where = $"edge '{id}'";
        var typeName = get("type").AsString();
        if (!EdgeTypeNames.TryParse(typeName, out var type))
        {
            throw Bad(where, $"type '{typeName}' is not WORKED_AT, LEFT_FOR or FOUNDED");
        }

        return new Edge(
            id,
            type,
            Required(get("personId"), "personId", where),
            Required(get("labId"), "labId", where),
            get("fromLabId").AsString(),
            get("role").AsString(),
            Date(get("start"), "start", where),
            Date(get("end"), "end", where),
            Date(get("date"), "date", where),
            get("sources").AsStringList());
    }

    public static Edge ToEdge(QueryRow row) => ToEdge(f => row[f]);

    public static Edge ToEdge(CypherValue map)
    {
        var entries = map.AsMap();
        return ToEdge(f => entries.GetValueOrDefault(f) ?? CypherNull.Instance);
    }

    public static Article ToArticle(QueryRow row)
    {
        var id = Required(row["id"], "id", "an article");
        return new Article(id, row["title"].AsString(), row["url"].AsString(), row["language"].AsString(), Date(row["published"], "published", $"article '{id}'"));
    }

    public static PartialDate? Date(CypherValue value, string field, string where)
    {
        var text = value.AsString();
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date, out var error) ? date : throw Bad(where, $"{field} {error}");
    }

    private static string Required(CypherValue value, string field, string where) =>
        value.AsString() is { Length: > 0 } text ? text : throw Bad(where, $"{field} is missing");

    private static Neo4jQueryException Bad(string where, string problem) =>
        new(Neo4jErrorKind.Protocol, "GraphExplorer.BadGraphData", $"Neo4j holds {where} whose {problem}: it was not written by GraphExplorer, or by an incompatible version.");
}
