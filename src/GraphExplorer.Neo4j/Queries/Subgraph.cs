using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.QueryApi;
using GraphExplorer.Neo4j.Store;

namespace GraphExplorer.Neo4j.Queries;

/// <summary>
/// The part of the graph a question needs, fetched with Cypher and held as a small <see cref="TalentGraph"/>, so the
/// application's own rules (stays, who followed whom, tenures) run on it exactly as they run on the whole graph.
/// </summary>
internal sealed class Subgraph
{
    private readonly TalentGraph _graph = new();

    public TalentGraph Graph => _graph;

    public void Add(Entity entity)
    {
        if (!_graph.TryFindNode(entity.Id, out _))
        {
            _graph.Upsert(entity, 1);
        }
    }

    public void Add(Edge edge)
    {
        // A LEFT_FOR also hangs off the lab left, which the graph must hold even when the question never reaches it.
        if (edge.FromLabId is { } from && !_graph.TryFindNode(from, out _))
        {
            _graph.Upsert(new Entity(NodeKind.Lab, from, from, []), 1);
        }

        _graph.Upsert(edge, 1);
    }

    public void Add(Article article) => _graph.Upsert(article, 1);

    /// <summary>
    /// Adds the rows of a careers statement (<c>careers-near-person</c>, <c>careers-at-lab</c>, <c>person-career</c>,
    /// <c>lab-edges</c>): one edge per row with its person, lab and lab left as maps.
    /// </summary>
    public void AddCareerRows(IEnumerable<QueryRow> rows)
    {
        foreach (var row in rows)
        {
            var person = GraphRows.ToEntity(row["person"]);
            var lab = GraphRows.ToEntity(row["lab"]);
            Add(person);
            Add(lab);
            if (!row["fromLab"].IsNull)
            {
                Add(GraphRows.ToEntity(row["fromLab"]));
            }

            Add(GraphRows.ToEdge(field => field switch
            {
                "personId" => new CypherString(person.Id),
                "labId" => new CypherString(lab.Id),
                _ => row[field],
            }));
        }
    }

    /// <summary>The ids of every article the edges cite, to fetch with <c>articles-by-id</c>.</summary>
    public List<string> SourceIds()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < _graph.EdgeCount; e++)
        {
            ids.UnionWith(_graph.EdgeAt(e).Sources);
        }

        return [.. ids];
    }
}
