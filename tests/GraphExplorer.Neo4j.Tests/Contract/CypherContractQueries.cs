using GraphExplorer.Core.Model;

namespace GraphExplorer.Neo4j.Tests.Contract;

/// <summary>
/// The Cypher contract's queries on the seed graph: the product's questions (who left OpenAI for Anthropic and when,
/// the labs that lost most people to Meta, colleagues two hops away, the people labs share), paths, aggregations,
/// OPTIONAL MATCH, subqueries, parameters and the common functions. Each expectation is computed from the seed's facts.
/// </summary>
public static class CypherContractQueries
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public static IReadOnlyList<ContractQuery> All { get; } =
    [
        new("count-people", "MATCH (p:Person) RETURN count(p) AS people", s => [[(long)s.People.Count]]),
        new("count-labs", "MATCH (l:Lab) RETURN count(*) AS labs", s => [[(long)s.Labs.Count]]),
        new("count-articles", "MATCH (a:Article) RETURN count(a) AS articles", s => [[(long)s.Articles.Count]]),
        new(
            "relationships-per-type",
            "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
            s => s.Edges.GroupBy(e => e.Type.ToGraphName()).OrderBy(g => g.Key, Ordinal).Select(g => new object?[] { g.Key, (long)g.Count() })),
        new(
            "left-openai-for-anthropic",
            "MATCH (p:Person)-[m:LEFT_FOR]->(l:Lab {id: 'anthropic'}) WHERE m.from = 'openai' RETURN p.name AS person, m.date AS date ORDER BY person",
            s => s.Of(EdgeType.LeftFor).Where(e => e.LabId == "anthropic" && e.FromLabId == "openai")
                .Select(e => new object?[] { s.Name(e.PersonId), SeedModel.Text(e.Date) }).OrderBy(r => (string)r[0]!, Ordinal)),
        new(
            "left-openai-for-anthropic-dated-by-the-articles",
            "MATCH (p:Person {name: $name})-[m:LEFT_FOR {from: 'openai'}]->(:Lab {name: 'Anthropic'}) RETURN m.date AS date",
            _ => [["2024-08"]],
            Parameters: new Dictionary<string, object?> { ["name"] = "John Schulman" }),
        new(
            "labs-that-lost-most-people-to-meta",
            "MATCH (p:Person)-[m:LEFT_FOR]->(l:Lab) WHERE l.id STARTS WITH 'meta' RETURN m.from AS lab, count(DISTINCT p) AS people ORDER BY people DESC, lab",
            s => s.Of(EdgeType.LeftFor).Where(e => e.LabId.StartsWith("meta", StringComparison.Ordinal)).GroupBy(e => e.FromLabId)
                .Select(g => new object?[] { g.Key, (long)g.Select(e => e.PersonId).Distinct().Count() })
                .OrderByDescending(r => (long)r[1]!).ThenBy(r => (string?)r[0], Ordinal)),
        new(
            "colleagues-two-hops-away",
            "MATCH (me:Person {id: $person})-[w1:WORKED_AT]->(l:Lab)<-[w2:WORKED_AT]-(c:Person) RETURN DISTINCT c.id AS colleague ORDER BY colleague",
            s => Colleagues(s, "john-schulman").Select(c => new object?[] { c }),
            Parameters: new Dictionary<string, object?> { ["person"] = "john-schulman" }),
        new(
            "colleagues-two-hops-variable-length",
            "MATCH (a:Person {id: 'jason-wei'})-[:WORKED_AT*2..2]-(x:Person) RETURN DISTINCT x.id AS other ORDER BY other",
            s => Colleagues(s, "jason-wei").Select(c => new object?[] { c })),
        new(
            "people-lab-pairs-share",
            "MATCH (a:Lab)<-[:WORKED_AT]-(p:Person)-[:WORKED_AT]->(b:Lab) WHERE a.id < b.id RETURN a.id AS lab, b.id AS other, count(DISTINCT p) AS people ORDER BY lab, other",
            s => s.Of(EdgeType.WorkedAt).GroupBy(e => e.PersonId)
                .SelectMany(g => g.Select(e => e.LabId).Distinct().SelectMany(a => g.Select(e => e.LabId).Distinct().Where(b => Ordinal.Compare(a, b) < 0).Select(b => (a, b, p: g.Key))))
                .GroupBy(t => (t.a, t.b)).OrderBy(g => g.Key.a, Ordinal).ThenBy(g => g.Key.b, Ordinal)
                .Select(g => new object?[] { g.Key.a, g.Key.b, (long)g.Select(t => t.p).Distinct().Count() })),
        new(
            "people-every-listed-lab-shares",
            "MATCH (p:Person) WHERE all(lab IN $labs WHERE EXISTS { (p)-[:WORKED_AT]->(:Lab {id: lab}) }) RETURN p.id AS person ORDER BY person",
            s => s.People.Where(p => new[] { "openai", "anthropic" }.All(l => s.Of(EdgeType.WorkedAt).Any(e => e.PersonId == p.Id && e.LabId == l)))
                .Select(p => p.Id).Order(Ordinal).Select(id => new object?[] { id }),
            Parameters: new Dictionary<string, object?> { ["labs"] = new List<object?> { "openai", "anthropic" } }),
        new(
            "shortest-path-length",
            "MATCH (a:Person {id: 'jan-leike'}), (b:Person {id: 'mira-murati'}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS hops",
            s => s.Shortest("jan-leike", "mira-murati") is { } found ? [[(long)found.Length]] : []),
        new(
            "all-shortest-paths",
            "MATCH (a:Person {id: 'jan-leike'}), (b:Person {id: 'john-schulman'}) MATCH p = allShortestPaths((a)-[*..6]-(b)) RETURN min(length(p)) AS hops, count(p) AS paths",
            s => s.Shortest("jan-leike", "john-schulman") is { } found ? [[(long)found.Length, found.Count]] : []),
        new(
            "no-path-between-strangers",
            "MATCH (a:Person {id: 'mark-zuckerberg'}), (b:Person {id: 'john-schulman'}) MATCH p = shortestPath((a)-[*..8]-(b)) RETURN length(p) AS hops",
            s => s.Shortest("mark-zuckerberg", "john-schulman") is { } found ? [[(long)found.Length]] : []),
        new(
            "paths-of-schulmans-moves",
            "MATCH p = (:Person {id: 'john-schulman'})-[m:LEFT_FOR]->(:Lab) RETURN p ORDER BY m.date",
            s => s.Of(EdgeType.LeftFor).Where(e => e.PersonId == "john-schulman").OrderBy(e => SeedModel.Text(e.Date), Ordinal)
                .Select(e => new object?[] { $"(:Person john-schulman)-{Canonical.Value(Rel(e))}->(:Lab {e.LabId})" }).Select(Raw)),
        new(
            "founders-and-who-worked-there",
            "MATCH (f:Person {id: 'ilya-sutskever'})-[:FOUNDED]->(l:Lab)<-[:WORKED_AT]-(c:Person) RETURN l.id AS lab, c.id AS person ORDER BY lab, person",
            s => s.Of(EdgeType.Founded).Where(e => e.PersonId == "ilya-sutskever")
                .SelectMany(f => s.Of(EdgeType.WorkedAt).Where(w => w.LabId == f.LabId).Select(w => (f.LabId, w.PersonId)))
                .OrderBy(t => t.LabId, Ordinal).ThenBy(t => t.PersonId, Ordinal).Select(t => new object?[] { t.LabId, t.PersonId })),
        new(
            "staff-per-lab",
            "MATCH (p:Person)-[:WORKED_AT]->(l:Lab) RETURN l.id AS lab, count(p) AS n ORDER BY n DESC, lab",
            s => s.Of(EdgeType.WorkedAt).GroupBy(e => e.LabId).Select(g => new object?[] { g.Key, (long)g.Count() })
                .OrderByDescending(r => (long)r[1]!).ThenBy(r => (string)r[0]!, Ordinal)),
        new(
            "moves-per-lab-pair",
            "MATCH (p:Person)-[r:LEFT_FOR]->(l:Lab) RETURN r.from AS fromLab, l.id AS toLab, count(*) AS moves",
            s => s.Of(EdgeType.LeftFor).GroupBy(e => (e.FromLabId, e.LabId)).Select(g => new object?[] { g.Key.FromLabId, g.Key.LabId, (long)g.Count() }),
            Ordered: false),
        new(
            "first-and-last-dated-move",
            "MATCH ()-[m:LEFT_FOR]->() WHERE m.date IS NOT NULL RETURN min(m.date) AS first, max(m.date) AS last",
            s =>
            {
                var dates = s.Of(EdgeType.LeftFor).Select(e => SeedModel.Text(e.Date)).OfType<string>().ToList();
                return [[dates.Min(Ordinal), dates.Max(Ordinal)]];
            }),
        new(
            "undated-moves",
            "MATCH ()-[m:LEFT_FOR]->() WHERE m.date IS NULL RETURN count(m) AS undated",
            s => [[(long)s.Of(EdgeType.LeftFor).Count(e => e.Date is null)]]),
        new(
            "optional-match-foundings-per-person",
            "MATCH (p:Person) OPTIONAL MATCH (p)-[:FOUNDED]->(l:Lab) RETURN p.id AS person, count(l) AS founded ORDER BY person",
            s => s.People.OrderBy(p => p.Id, Ordinal).Select(p => new object?[] { p.Id, (long)s.Of(EdgeType.Founded).Count(e => e.PersonId == p.Id) })),
        new(
            "optional-match-gives-null",
            "MATCH (p:Person {id: 'sam-altman'}) OPTIONAL MATCH (p)-[:LEFT_FOR]->(l:Lab) RETURN p.name AS person, l.id AS movedTo",
            s => s.Of(EdgeType.LeftFor).Any(e => e.PersonId == "sam-altman")
                ? s.Of(EdgeType.LeftFor).Where(e => e.PersonId == "sam-altman").Select(e => new object?[] { "Sam Altman", e.LabId })
                : [["Sam Altman", null]]),
        new(
            "founders-by-parameter",
            "MATCH (l:Lab {id: $lab})<-[:FOUNDED]-(p:Person) RETURN p.id AS founder ORDER BY founder",
            s => s.Of(EdgeType.Founded).Where(e => e.LabId == "openai").Select(e => e.PersonId).Distinct().Order(Ordinal).Select(id => new object?[] { id }),
            Parameters: new Dictionary<string, object?> { ["lab"] = "openai" }),
        new(
            "names-by-parameter-list",
            "MATCH (p:Person) WHERE p.id IN $ids RETURN p.name AS name ORDER BY name",
            s => s.People.Where(p => p.Id is "jan-leike" or "ilya-sutskever" or "nobody-at-all").Select(p => p.Name).Order(Ordinal).Select(n => new object?[] { n }),
            Parameters: new Dictionary<string, object?> { ["ids"] = new List<object?> { "jan-leike", "ilya-sutskever", "nobody-at-all" } }),
        new(
            "labs-without-relationships",
            "MATCH (l:Lab) WHERE NOT EXISTS { (l)--() } RETURN l.id AS lab ORDER BY lab",
            s => s.Labs.Where(l => !s.Edges.Any(e => e.LabId == l.Id)).Select(l => l.Id).Order(Ordinal).Select(id => new object?[] { id })),
        new(
            "count-subquery",
            "MATCH (l:Lab) RETURN l.id AS lab, COUNT { (l)<-[:WORKED_AT]-(:Person) } AS staff ORDER BY staff DESC, lab LIMIT 5",
            s => s.Labs.Select(l => new object?[] { l.Id, (long)s.Of(EdgeType.WorkedAt).Count(e => e.LabId == l.Id) })
                .OrderByDescending(r => (long)r[1]!).ThenBy(r => (string)r[0]!, Ordinal).Take(5)),
        new(
            "aliases-are-lists",
            "MATCH (p:Person {id: 'john-schulman'}) RETURN size(p.aliases) AS aliases, '舒曼' IN p.aliases AS chinese",
            s => [[(long)s.People.Single(p => p.Id == "john-schulman").Aliases.Count, s.People.Single(p => p.Id == "john-schulman").Aliases.Contains("舒曼")]]),
        new(
            "names-starting-with",
            "MATCH (p:Person) WHERE p.name STARTS WITH 'J' RETURN p.name AS name ORDER BY name",
            s => s.People.Select(p => p.Name).Where(n => n.StartsWith('J')).Order(Ordinal).Select(n => new object?[] { n })),
        new(
            "lab-names-containing",
            "MATCH (l:Lab) WHERE toLower(l.name) CONTAINS 'super' RETURN l.id AS lab ORDER BY lab",
            s => s.Labs.Where(l => l.Name.Contains("super", StringComparison.OrdinalIgnoreCase)).Select(l => l.Id).Order(Ordinal).Select(id => new object?[] { id })),
        new(
            "facts-per-article",
            "MATCH ()-[r]->() UNWIND r.sources AS source RETURN source, count(*) AS facts ORDER BY source",
            s => s.Edges.SelectMany(e => e.Sources).GroupBy(x => x).OrderBy(g => g.Key, Ordinal).Select(g => new object?[] { g.Key, (long)g.Count() })),
        new(
            "articles-behind-a-move",
            "MATCH (:Person {id: 'john-schulman'})-[m:LEFT_FOR]->(:Lab {id: 'anthropic'}) UNWIND m.sources AS source MATCH (a:Article {id: source}) RETURN a.title AS title ORDER BY title",
            s => s.Of(EdgeType.LeftFor).Where(e => e.PersonId == "john-schulman" && e.LabId == "anthropic").SelectMany(e => e.Sources)
                .Select(id => s.Articles.Single(a => a.Id == id).Title).Order(Ordinal).Select(t => new object?[] { t })),
        new(
            "articles-with-a-date",
            "MATCH (a:Article) WHERE a.published IS NOT NULL RETURN a.id AS article, a.published AS published, a.language AS language ORDER BY article",
            s => s.Articles.Where(a => a.Published is not null).OrderBy(a => a.Id, Ordinal).Select(a => new object?[] { a.Id, SeedModel.Text(a.Published), a.Language })),
        new(
            "moves-per-year-with-case",
            "MATCH (:Person)-[m:LEFT_FOR]->() RETURN CASE WHEN m.date IS NULL THEN 'undated' ELSE left(m.date, 4) END AS year, count(*) AS moves ORDER BY year",
            s => s.Of(EdgeType.LeftFor).GroupBy(e => SeedModel.Text(e.Date)?[..4] ?? "undated").OrderBy(g => g.Key, Ordinal).Select(g => new object?[] { g.Key, (long)g.Count() })),
        new(
            "union-of-founders-and-anthropic-arrivals",
            "MATCH (p:Person)-[:FOUNDED]->() RETURN p.id AS id UNION MATCH (p:Person)-[:LEFT_FOR]->(:Lab {id: 'anthropic'}) RETURN p.id AS id",
            s => s.Of(EdgeType.Founded).Select(e => e.PersonId).Concat(s.Of(EdgeType.LeftFor).Where(e => e.LabId == "anthropic").Select(e => e.PersonId)).Distinct().Select(id => new object?[] { id }),
            Ordered: false),
        new(
            "people-who-moved-more-than-once",
            "MATCH (p:Person)-[:LEFT_FOR]->() WITH p, count(*) AS moves WHERE moves > 1 RETURN p.id AS person, moves ORDER BY person",
            s => s.Of(EdgeType.LeftFor).GroupBy(e => e.PersonId).Where(g => g.Count() > 1).OrderBy(g => g.Key, Ordinal).Select(g => new object?[] { g.Key, (long)g.Count() })),
        new(
            "skip-and-limit",
            "MATCH (p:Person) RETURN p.id AS person ORDER BY person SKIP 3 LIMIT 4",
            s => s.People.Select(p => p.Id).Order(Ordinal).Skip(3).Take(4).Select(id => new object?[] { id })),
        new(
            "distinct-labs-left",
            "MATCH (:Person)-[m:LEFT_FOR]->() RETURN DISTINCT m.from AS lab ORDER BY lab",
            s => s.Of(EdgeType.LeftFor).Select(e => e.FromLabId).Distinct().Order(Ordinal).Select(id => new object?[] { id })),
        new(
            "a-career-in-order",
            "MATCH (:Person {id: 'john-schulman'})-[w:WORKED_AT]->(l:Lab) RETURN l.id AS lab, w.start AS start, w.end AS end ORDER BY start",
            s => s.Of(EdgeType.WorkedAt).Where(e => e.PersonId == "john-schulman").OrderBy(e => SeedModel.Text(e.Start), Ordinal)
                .Select(e => new object?[] { e.LabId, SeedModel.Text(e.Start), SeedModel.Text(e.End) })),
        new(
            "relationships-and-nodes-returned-whole",
            "MATCH (:Person {id: 'ilya-sutskever'})-[f:FOUNDED]->(l:Lab) RETURN f, l ORDER BY l.id",
            s => s.Of(EdgeType.Founded).Where(e => e.PersonId == "ilya-sutskever").OrderBy(e => e.LabId, Ordinal)
                .Select(e => new object?[] { Rel(e), new ExpectedNode("Lab", e.LabId) })),
        new(
            "people-who-joined-a-lab",
            "MATCH (p:Person)-[:LEFT_FOR]->(:Lab {id: 'thinking-machines-lab'}) RETURN p ORDER BY p.id",
            s => s.Of(EdgeType.LeftFor).Where(e => e.LabId == "thinking-machines-lab").Select(e => e.PersonId).Distinct().Order(Ordinal)
                .Select(id => new object?[] { new ExpectedNode("Person", id) })),
        new(
            "pattern-comprehension",
            "MATCH (p:Person {id: 'john-schulman'}) RETURN size([(p)-[:LEFT_FOR]->(l:Lab) | l.id]) AS moves, [x IN range(1, 5) WHERE x % 2 = 1 | x * 10] AS odd",
            s => [[(long)s.Of(EdgeType.LeftFor).Count(e => e.PersonId == "john-schulman"), new List<object?> { 10L, 30L, 50L }]]),
        new(
            "map-projection",
            "MATCH (l:Lab {id: 'anthropic'}) RETURN l {.id, .name} AS lab",
            s => [[new Dictionary<string, object?> { ["id"] = "anthropic", ["name"] = s.Name("anthropic") }]]),
        new(
            "any-quantifier-over-collected-labs",
            "MATCH (p:Person)-[:WORKED_AT]->(l:Lab) WITH p, collect(l.id) AS labs WHERE any(x IN labs WHERE x = 'google') RETURN p.id AS person ORDER BY person",
            s => s.Of(EdgeType.WorkedAt).Where(e => e.LabId == "google").Select(e => e.PersonId).Distinct().Order(Ordinal).Select(id => new object?[] { id })),
        new(
            "tenures-without-a-role",
            "MATCH (:Person)-[w:WORKED_AT]->(:Lab {id: 'openai'}) WHERE w.role IS NULL RETURN count(*) AS unknownRole",
            s => [[(long)s.Of(EdgeType.WorkedAt).Count(e => e.LabId == "openai" && e.Role is null)]]),
        new(
            "coalesce-and-string-functions",
            "MATCH (p:Person)-[w:WORKED_AT]->(:Lab {id: 'openai'}) WHERE p.id IN ['sam-altman', 'jan-leike'] RETURN toUpper(p.name) AS name, coalesce(w.start, 'unknown') AS start ORDER BY name",
            s => s.Of(EdgeType.WorkedAt).Where(e => e.LabId == "openai" && e.PersonId is "sam-altman" or "jan-leike")
                .Select(e => new object?[] { s.Name(e.PersonId).ToUpperInvariant(), SeedModel.Text(e.Start) ?? "unknown" }).OrderBy(r => (string)r[0]!, Ordinal)),
    ];

    /// <summary>People who worked at a lab the person worked at, through a different tenure (Cypher's relationship uniqueness).</summary>
    private static IEnumerable<string> Colleagues(SeedModel s, string person)
    {
        var tenures = s.Of(EdgeType.WorkedAt).ToList();
        return tenures.Where(m => m.PersonId == person)
            .SelectMany(m => tenures.Where(c => c.LabId == m.LabId && c.Id != m.Id).Select(c => c.PersonId))
            .Distinct().Order(Ordinal);
    }

    private static ExpectedRelationship Rel(Edge e) => new(e.Type.ToGraphName(), new Dictionary<string, string?>
    {
        ["date"] = SeedModel.Text(e.Date),
        ["end"] = SeedModel.Text(e.End),
        ["from"] = e.FromLabId,
        ["role"] = e.Role,
        ["start"] = SeedModel.Text(e.Start),
    });

    /// <summary>A row whose single cell is already in canonical form (a path's text).</summary>
    private static object?[] Raw(object?[] row) => [new CanonicalText((string)row[0]!)];
}

/// <summary>A value already written in <see cref="Canonical"/> form.</summary>
public sealed record CanonicalText(string Text);
