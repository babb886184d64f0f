using GraphExplorer.Neo4j.QueryApi;

namespace GraphExplorer.Neo4j.Tests.Emulator;

/// <summary>What each cypher/ file does, in C#, over an <see cref="EmulatedGraph"/> (see <see cref="Neo4jEmulator"/>).</summary>
internal static class Statements
{
    private static readonly string[] s_edgeFields = ["id", "type", "personId", "labId", "fromLabId", "role", "start", "end", "date", "sources"];
    private static readonly string[] s_careerFields = ["person", "lab", "fromLab", "id", "type", "fromLabId", "role", "start", "end", "date", "sources"];
    private static readonly string[] s_pathFields = ["nodes", "length", "edges"];

    public static EmulatedAnswer Run(EmulatedCall call, EmulatedGraph graph, bool gdsInstalled) => call.File switch
    {
        "schema" => Schema(graph),
        "get-revision" => EmulatedAnswer.Of(["revision"], [graph.HasMeta ? graph.Revision : 0L]),
        "bump-revision" => Bump(graph),
        "changes-since" => ChangesSince(graph, call["sinceRevision"].AsInt64()),
        "snapshot-nodes" => Page(graph.Nodes.Values, n => n.Id, n => n.Revision, n => [n.Kind, n.Id, n.Name, n.Aliases, n.Revision], ["kind", "id", "name", "aliases", "revision"], call),
        "snapshot-edges" => Page(graph.Relationships.Values, r => r.Id, r => r.Revision, r => [r.Id, r.Type, r.PersonId, r.LabId, r.From, r.Role, r.Start, r.End, r.Date, r.Sources, r.Revision], [.. s_edgeFields, "revision"], call),
        "snapshot-articles" => Page(graph.Articles.Values, a => a.Id, a => a.Revision, a => [a.Id, a.Title, a.Url, a.Language, a.Published, a.Revision], ["id", "title", "url", "language", "published", "revision"], call),
        "entities-by-id" => EmulatedAnswer.Of(
            ["kind", "id", "name", "aliases"],
            [.. Strings(call["ids"]).Where(graph.Nodes.ContainsKey).Select(id => graph.Nodes[id]).Select(n => new object?[] { n.Kind, n.Id, n.Name, n.Aliases })]),
        "edges-by-id" => EmulatedAnswer.Of(
            s_edgeFields,
            [.. Strings(call["ids"]).Where(graph.Relationships.ContainsKey).Select(id => EdgeRow(graph.Relationships[id]))]),
        "articles-by-id" => EmulatedAnswer.Of(
            ["id", "title", "url", "language", "published"],
            [.. Strings(call["ids"]).Where(graph.Articles.ContainsKey).Select(id => graph.Articles[id]).Select(a => new object?[] { a.Id, a.Title, a.Url, a.Language, a.Published })]),
        "resolve-names" => ResolveNames(graph, Strings(call["keys"]).ToHashSet(StringComparer.Ordinal)),
        "load-entities" => LoadEntities(graph, call["rows"].AsList(), call["revision"].AsInt64()),
        "load-edges" => LoadEdges(graph, call["rows"].AsList(), call["revision"].AsInt64()),
        "load-articles" => LoadArticles(graph, call["rows"].AsList(), call["revision"].AsInt64()),
        "shortest-path" => Paths(graph, call, all: false),
        "all-shortest-paths" => Paths(graph, call, all: true),
        "careers-near-person" => Careers(graph, NearPerson(graph, call["personId"].AsString()!)),
        "careers-at-lab" => Careers(graph, AtLab(graph, call["labId"].AsString()!)),
        "person-career" => Careers(graph, graph.Relationships.Values.Where(r => r.PersonId == call["personId"].AsString())),
        "lab-edges" => Careers(graph, graph.Relationships.Values.Where(r => r.LabId == call["labId"].AsString() || (r.Type == "LEFT_FOR" && r.From == call["labId"].AsString()))),
        "flows" => Flows(graph, call["since"].AsString(), call["until"].AsString()),
        "undated-moves" => EmulatedAnswer.Of(["undated"], [(long)graph.Relationships.Values.Count(r => r.Type == "LEFT_FOR" && r.Date is null)]),
        "gds-available" => EmulatedAnswer.Of(["available"], [gdsInstalled]),
        "name-folding-candidates" => NameFoldingCandidates(graph, call["folding"].AsInt64()),
        "name-folding-done" => NameFoldingDone(graph, call["folding"].AsInt64()),
        "drop-entities" => DropEntities(graph, Strings(call["ids"])),
        "drop-edges" => DropEdges(graph, Strings(call["ids"])),
        "refold-entities" => RefoldEntities(graph, call["rows"].AsList(), call["revision"].AsInt64()),
        _ => EmulatedAnswer.Error(400, "Neo.ClientError.Procedure.ProcedureNotFound", $"The emulator does not run {call.File}.cypher; override it in the test."),
    };

    /// <summary>The Cypher files' date widening: the first or last day a partial date can stand for, as text.</summary>
    public static string? First(string? date) => date is null ? null : date + "-01-01"[(date.Length - 4)..];

    public static string? Last(string? date) => date is null ? null : date + "-12-31"[(date.Length - 4)..];

    /// <summary>The as-of test of shortest-path.cypher: not known to start after the date, not known to end before it.</summary>
    public static bool Holds(RelationshipRecord r, string? asOf)
    {
        var arrival = r.Start ?? r.Date;
        var startsInTime = arrival is null || asOf is null || string.CompareOrdinal(First(arrival), Last(asOf)) <= 0;
        var endsInTime = r.End is null || asOf is null || string.CompareOrdinal(Last(r.End), First(asOf)) >= 0;
        return startsInTime && endsInTime;
    }

    private static EmulatedAnswer Schema(EmulatedGraph graph)
    {
        graph.HasMeta = true;
        return EmulatedAnswer.Empty;
    }

    private static EmulatedAnswer Bump(EmulatedGraph graph)
    {
        if (!graph.HasMeta)
        {
            graph.HasMeta = true;
            graph.Revision = 0;
        }

        graph.Revision++;
        return EmulatedAnswer.Of(["revision"], [graph.Revision]);
    }

    private static EmulatedAnswer ChangesSince(EmulatedGraph graph, long since) => EmulatedAnswer.Of(
        ["revision", "nodes", "edges", "articles"],
        [
            graph.HasMeta ? graph.Revision : 0L,
            (long)graph.Nodes.Values.Count(n => n.Revision > since),
            (long)graph.Relationships.Values.Count(r => r.Revision > since),
            (long)graph.Articles.Values.Count(a => a.Revision > since),
        ]);

    private static EmulatedAnswer Page<T>(IEnumerable<T> items, Func<T, string> id, Func<T, long?> revision, Func<T, object?[]> row, string[] fields, EmulatedCall call)
    {
        var since = call["sinceRevision"].AsInt64();
        var after = call["afterId"].AsString()!;
        var limit = (int)call["limit"].AsInt64();
        return EmulatedAnswer.Of(
            fields,
            [.. items.Where(i => revision(i) > since && string.CompareOrdinal(id(i), after) > 0).OrderBy(id, StringComparer.Ordinal).Take(limit).Select(row)]);
    }

    private static EmulatedAnswer ResolveNames(EmulatedGraph graph, HashSet<string> keys)
    {
        var rows = graph.Nodes.Values
            .SelectMany(n => n.NameKeys.Where(keys.Contains).Select(k => (Key: k, Node: n)))
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .ThenBy(m => m.Node.Kind, StringComparer.Ordinal)
            .ThenBy(m => m.Node.Revision)
            .ThenBy(m => m.Node.Id, StringComparer.Ordinal)
            .Select(m => new object?[] { m.Key, m.Node.Kind, m.Node.Id, m.Node.Name, m.Node.Revision })
            .ToArray();
        return EmulatedAnswer.Of(["key", "kind", "id", "name", "revision"], rows);
    }

    private static EmulatedAnswer LoadEntities(EmulatedGraph graph, IReadOnlyList<CypherValue> rows, long revision)
    {
        long loaded = 0, added = 0, updated = 0;
        foreach (var row in rows.Select(r => r.AsMap()))
        {
            var kind = row["kind"].AsString();
            if (kind is not ("Person" or "Lab"))
            {
                continue;
            }

            var id = row["id"].AsString()!;
            var before = graph.Nodes.GetValueOrDefault(id);
            if (before is not null && before.Kind != kind)
            {
                throw new InvalidOperationException($"The emulator keeps one node per id; '{id}' is already a {before.Kind}.");
            }

            var aliases = Union(before?.Aliases ?? [], Strings(row["aliases"]));
            var keys = Union(before?.NameKeys ?? [], Strings(row["nameKeys"]));
            var name = row["name"].AsString();
            var created = before?.Revision is null;
            var changed = before is null || before.Name != name || !before.Aliases.SequenceEqual(aliases) || !before.NameKeys.SequenceEqual(keys);
            graph.Nodes[id] = new NodeRecord(kind, id, name, aliases, keys, created || changed ? revision : before!.Revision) { FormerIds = before?.FormerIds ?? [] };
            loaded++;
            added += created ? 1 : 0;
            updated += changed && !created ? 1 : 0;
        }

        return EmulatedAnswer.Of(["loaded", "added", "updated"], [loaded, added, updated]);
    }

    private static EmulatedAnswer LoadEdges(EmulatedGraph graph, IReadOnlyList<CypherValue> rows, long revision)
    {
        long loaded = 0, added = 0, updated = 0;
        foreach (var row in rows.Select(r => r.AsMap()))
        {
            // MATCH (p:Person {id: row.personId}) MATCH (l:Lab {id: row.labId}): a missing endpoint drops the row.
            var personId = row["personId"].AsString()!;
            var labId = row["labId"].AsString()!;
            if (graph.Nodes.GetValueOrDefault(personId)?.Kind != "Person" || graph.Nodes.GetValueOrDefault(labId)?.Kind != "Lab")
            {
                continue;
            }

            var type = row["type"].AsString()!;
            if (type is not ("WORKED_AT" or "LEFT_FOR" or "FOUNDED"))
            {
                continue;
            }

            var id = row["id"].AsString()!;
            var before = graph.Relationships.GetValueOrDefault(id);
            var current = before ?? new RelationshipRecord(id, type, personId, labId, null, null, null, null, null, [], null);
            current = type switch
            {
                "WORKED_AT" => current with { Role = row["role"].AsString(), Start = row["start"].AsString(), End = row["end"].AsString() },
                "LEFT_FOR" => current with { From = row["fromLabId"].AsString(), Date = row["date"].AsString() },
                _ => current with { Date = row["date"].AsString() },
            };
            current = current with { Sources = Union(before?.Sources ?? [], Strings(row["sources"])) };
            var created = before?.Revision is null;
            var changed = before is null || before.Fingerprint() != current.Fingerprint();
            graph.Relationships[id] = current with { Revision = created || changed ? revision : before!.Revision };
            loaded++;
            added += created ? 1 : 0;
            updated += changed && !created ? 1 : 0;
        }

        return EmulatedAnswer.Of(["loaded", "added", "updated"], [loaded, added, updated]);
    }

    private static EmulatedAnswer LoadArticles(EmulatedGraph graph, IReadOnlyList<CypherValue> rows, long revision)
    {
        long loaded = 0, added = 0, updated = 0;
        foreach (var row in rows.Select(r => r.AsMap()))
        {
            var id = row["id"].AsString()!;
            var before = graph.Articles.GetValueOrDefault(id);
            var after = new ArticleRecord(
                id,
                row["title"].AsString() ?? before?.Title,
                row["url"].AsString() ?? before?.Url,
                row["language"].AsString() ?? before?.Language,
                row["published"].AsString() ?? before?.Published,
                before?.Revision);
            var created = before?.Revision is null;
            var changed = before is null || before != after;
            graph.Articles[id] = after with { Revision = created || changed ? revision : before!.Revision };
            loaded++;
            added += created ? 1 : 0;
            updated += changed && !created ? 1 : 0;
        }

        return EmulatedAnswer.Of(["loaded", "added", "updated"], [loaded, added, updated]);
    }

    /// <summary>
    /// shortest-path / all-shortest-paths: a breadth-first search from one node to the other over the relationships
    /// that pass the as-of test (a LEFT_FOR joins the person and the lab joined only), at most 12 hops.
    /// </summary>
    private static EmulatedAnswer Paths(EmulatedGraph graph, EmulatedCall call, bool all)
    {
        var from = call["fromId"].AsString()!;
        var to = call["toId"].AsString()!;
        var asOf = call["asOf"].AsString();
        if (from == to || !graph.Nodes.ContainsKey(from) || !graph.Nodes.ContainsKey(to))
        {
            return EmulatedAnswer.Of(s_pathFields);
        }

        var neighbours = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var r in graph.Relationships.Values.Where(r => Holds(r, asOf)))
        {
            Neighbours(neighbours, r.PersonId).Add(r.LabId);
            Neighbours(neighbours, r.LabId).Add(r.PersonId);
        }

        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var frontier = new List<string> { from };
        while (frontier.Count > 0 && !depth.ContainsKey(to) && depth[frontier[0]] < 12)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var n in neighbours.GetValueOrDefault(node) ?? [])
                {
                    if (depth.TryAdd(n, depth[node] + 1))
                    {
                        next.Add(n);
                    }
                }
            }

            frontier = next;
        }

        if (!depth.TryGetValue(to, out var length))
        {
            return EmulatedAnswer.Of(s_pathFields);
        }

        // Every shortest path walks back from the target through nodes one level closer each step.
        var sequences = new List<List<string>>();
        void Back(string node, List<string> suffix)
        {
            if (node == from)
            {
                sequences.Add([from, .. suffix]);
                return;
            }

            foreach (var previous in neighbours[node].Where(p => depth.TryGetValue(p, out var d) && d == depth[node] - 1))
            {
                Back(previous, [node, .. suffix]);
            }
        }

        Back(to, []);
        sequences.Sort((a, b) => string.CompareOrdinal(string.Join('\u0001', a), string.Join('\u0001', b)));
        if (all)
        {
            if (length > call["maxHops"].AsInt64())
            {
                return EmulatedAnswer.Of(s_pathFields);
            }

            sequences = sequences.Take((int)call["limit"].AsInt64()).ToList();
        }
        else
        {
            sequences = sequences.Take(1).ToList();
        }

        return EmulatedAnswer.Of(s_pathFields, [.. sequences.Select(s => PathRow(graph, s, asOf))]);
    }

    private static object?[] PathRow(EmulatedGraph graph, List<string> sequence, string? asOf)
    {
        var edges = new List<object?>();
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            var (x, y) = (sequence[i], sequence[i + 1]);
            edges.AddRange(graph.Relationships.Values
                .Where(r => ((r.PersonId == x && r.LabId == y) || (r.PersonId == y && r.LabId == x)) && Holds(r, asOf))
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => r.Map()));
        }

        return [sequence.Select(id => (object?)graph.Nodes[id].Map()).ToList(), (long)(sequence.Count - 1), edges];
    }

    private static IEnumerable<RelationshipRecord> NearPerson(EmulatedGraph graph, string personId)
    {
        var mine = graph.Relationships.Values.Where(r => r.PersonId == personId).ToList();
        var labs = mine.Select(r => r.LabId).Concat(mine.Select(r => r.From).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        var people = graph.Relationships.Values
            .Where(r => labs.Contains(r.LabId) || (r.Type == "LEFT_FOR" && r.From is not null && labs.Contains(r.From)))
            .Select(r => r.PersonId)
            .ToHashSet(StringComparer.Ordinal);
        return graph.Relationships.Values.Where(r => people.Contains(r.PersonId));
    }

    private static IEnumerable<RelationshipRecord> AtLab(EmulatedGraph graph, string labId)
    {
        var people = graph.Relationships.Values
            .Where(r => r.LabId == labId || (r.Type == "LEFT_FOR" && r.From == labId))
            .Select(r => r.PersonId)
            .ToHashSet(StringComparer.Ordinal);
        return graph.Relationships.Values.Where(r => people.Contains(r.PersonId));
    }

    private static EmulatedAnswer Careers(EmulatedGraph graph, IEnumerable<RelationshipRecord> edges) => EmulatedAnswer.Of(
        s_careerFields,
        [
            .. edges.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new object?[]
            {
                graph.Nodes[r.PersonId].Map(),
                graph.Nodes[r.LabId].Map(),
                r.From is not null && graph.Nodes.TryGetValue(r.From, out var left) ? left.Map() : null,
                r.Id, r.Type, r.From, r.Role, r.Start, r.End, r.Date, r.Sources,
            }),
        ]);

    private static EmulatedAnswer Flows(EmulatedGraph graph, string? since, string? until)
    {
        var windowed = since is not null || until is not null;
        var rows = graph.Relationships.Values
            .Where(m => m.Type == "LEFT_FOR" && m.From is not null && (!windowed || m.Date is not null))
            .Where(m => m.Date is null || since is null || string.CompareOrdinal(Last(m.Date), First(since)) >= 0)
            .Where(m => m.Date is null || until is null || string.CompareOrdinal(First(m.Date), Last(until)) <= 0)
            .GroupBy(m => (From: m.From!, To: m.LabId))
            .Select(g => (g.Key.From, g.Key.To, Count: (long)g.Count(), People: g.OrderBy(m => m.Date is not null).ThenBy(m => m.Date, StringComparer.Ordinal).ThenBy(m => m.PersonId, StringComparer.Ordinal).Select(m => m.PersonId).Distinct().ToList()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.From, StringComparer.Ordinal)
            .ThenBy(g => g.To, StringComparer.Ordinal)
            .Select(g => new object?[] { g.From, g.To, g.Count, g.People })
            .ToArray();
        return EmulatedAnswer.Of(["fromLabId", "toLabId", "count", "people"], rows);
    }

    private static EmulatedAnswer NameFoldingCandidates(EmulatedGraph graph, long folding) => EmulatedAnswer.Of(
        ["kind", "id", "name", "aliases", "nameKeys", "formerIds"],
        [
            .. graph.HasMeta && graph.NameFolding < folding
                ? graph.Nodes.Values
                    .Where(n => n.Aliases.Prepend(n.Name ?? string.Empty).Any(s => s.Any(c => c > '\u007f')))
                    .OrderBy(n => n.Id, StringComparer.Ordinal)
                    .Select(n => new object?[] { n.Kind, n.Id, n.Name, n.Aliases, n.NameKeys, n.FormerIds })
                : [],
        ]);

    private static EmulatedAnswer NameFoldingDone(EmulatedGraph graph, long folding)
    {
        var marked = graph.HasMeta && graph.NameFolding < folding;
        if (marked)
        {
            graph.NameFolding = folding;
        }

        return EmulatedAnswer.Of(["marked"], [marked ? 1L : 0L]);
    }

    /// <summary>DETACH DELETE: the node and every relationship at it (a LEFT_FOR's <c>from</c> is a property, not an end).</summary>
    private static EmulatedAnswer DropEntities(EmulatedGraph graph, List<string> ids)
    {
        var dropped = 0L;
        foreach (var id in ids.Where(graph.Nodes.Remove))
        {
            dropped++;
            foreach (var r in graph.Relationships.Values.Where(r => r.PersonId == id || r.LabId == id).ToList())
            {
                graph.Relationships.Remove(r.Id);
            }
        }

        return EmulatedAnswer.Of(["dropped"], [dropped]);
    }

    private static EmulatedAnswer DropEdges(EmulatedGraph graph, List<string> ids) =>
        EmulatedAnswer.Of(["dropped"], [(long)ids.Count(graph.Relationships.Remove)]);

    private static EmulatedAnswer RefoldEntities(EmulatedGraph graph, IReadOnlyList<CypherValue> rows, long revision)
    {
        var refolded = 0L;
        foreach (var row in rows.Select(r => r.AsMap()))
        {
            var id = row["id"].AsString()!;
            if (graph.Nodes.TryGetValue(id, out var node))
            {
                graph.Nodes[id] = node with { NameKeys = Strings(row["nameKeys"]), FormerIds = Strings(row["formerIds"]), Revision = revision };
                refolded++;
            }
        }

        return EmulatedAnswer.Of(["refolded"], [refolded]);
    }

    private static object?[] EdgeRow(RelationshipRecord r) => [r.Id, r.Type, r.PersonId, r.LabId, r.From, r.Role, r.Start, r.End, r.Date, r.Sources];

    private static SortedSet<string> Neighbours(Dictionary<string, SortedSet<string>> map, string id)
    {
        if (!map.TryGetValue(id, out var set))
        {
            map[id] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static List<string> Strings(CypherValue value) => [.. value.AsStringList()];

    private static List<string> Union(List<string> before, List<string> more) => [.. before, .. more.Where(m => !before.Contains(m))];
}
