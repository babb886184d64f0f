using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Neo4j.Queries;
using GraphExplorer.Neo4j.QueryApi;

namespace GraphExplorer.Neo4j.Store;

/// <summary>
/// Brings a graph written before <see cref="Names.Key"/> folded Latin letters through AnyAscii up to date, at start-up
/// and in one transaction. Before, <c>Łukasz Kaiser</c> keyed as <c>łukasz kaiser</c> and got the id <c>ukasz-kaiser</c>,
/// so a later <c>Lukasz Kaiser</c> became a second person. Now:
/// <list type="bullet">
/// <item>every person or lab whose name or alias is not ASCII gets its name keys computed again;</item>
/// <item>one whose id is the old folding's slug of its name (and differs from today's) moves to today's slug, with its
/// edges (whose ids name it) and the <c>from</c> of moves out of it; when a node already has that id (the same person,
/// loaded under the new spelling), the two merge, the survivor keeping its name and taking the other's as an alias;</item>
/// <item>the old id is kept in <c>formerIds</c> and its key among the name keys, so links and commands that use it
/// still resolve (by name, as every store resolves).</item>
/// </list>
/// Idempotent: a second run finds nothing to change, and once <c>:Meta</c> records <see cref="Folding"/> it does not
/// even scan. Ids given explicitly (not a slug of the name) never move.
/// </summary>
internal static class NameFoldingMigration
{
    /// <summary>The folding the graph's keys and ids follow once migrated (1 was the folding without AnyAscii).</summary>
    public const long Folding = 2;

    /// <summary>What a run changed.</summary>
    public sealed record Outcome(int Rekeyed, int Merged, int Refolded, long Revision);

    public static async Task<Outcome> RunAsync(QueryApiClient client, int rowsPerStatement, CancellationToken cancellationToken)
    {
        // A look first, outside any transaction: most start-ups (a new graph, or one migrated already) end here, with at
        // most the mark written.
        var folding = new Dictionary<string, object?> { ["folding"] = Folding };
        var look = await client.RunAsync(CypherFiles.Get("name-folding-candidates"), folding, QueryOptions.ReadOnly, cancellationToken);
        if (look.Rows.Count == 0)
        {
            await client.RunAsync(CypherFiles.Get("name-folding-done"), folding, cancellationToken: cancellationToken);
            return new Outcome(0, 0, 0, 0);
        }

        return await client.ExecuteInTransactionAsync(AccessMode.Write, (tx, ct) => RunAsync(tx, rowsPerStatement, ct), cancellationToken);
    }

    private static async Task<Outcome> RunAsync(QueryApiTransaction tx, int rowsPerStatement, CancellationToken cancellationToken)
    {
        var folding = new Dictionary<string, object?> { ["folding"] = Folding };
        var candidates = (await tx.RunAsync(CypherFiles.Get("name-folding-candidates"), folding, cancellationToken: cancellationToken)).Rows
            .Select(r => new Candidate(GraphRows.ToEntity(r), [.. r["nameKeys"].AsStringList()], [.. r["formerIds"].AsStringList()]))
            .ToList();

        var moves = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var entity = candidate.Entity;
            var slug = Names.Slug(entity.Name, entity.Kind);
            if (entity.Id == LegacySlug(entity.Name, entity.Kind) && slug != entity.Id)
            {
                moves[entity.Id] = slug;
            }
        }

        var stale = candidates.Where(c => !moves.ContainsKey(c.Entity.Id) && !c.NameKeys.ToHashSet(StringComparer.Ordinal).SetEquals(KeysOf(c.Entity.Name, c.Entity.Aliases, c.FormerIds))).ToList();
        if (moves.Count == 0 && stale.Count == 0)
        {
            // Nothing to migrate: only the mark may need writing (a new or an old graph); otherwise nothing is committed.
            var marked = (await tx.RunAsync(CypherFiles.Get("name-folding-done"), folding, cancellationToken: cancellationToken)).Rows.Sum(r => r["marked"].AsInt64());
            if (marked == 0)
            {
                await tx.RollbackAsync(cancellationToken);
            }

            return new Outcome(0, 0, 0, 0);
        }

        var revision = (await tx.RunAsync(CypherFiles.Get("bump-revision"), cancellationToken: cancellationToken)).Single()["revision"].AsInt64();
        var merged = 0;
        var refold = new List<Dictionary<string, object?>>();
        if (moves.Count > 0)
        {
            var moved = candidates.Where(c => moves.ContainsKey(c.Entity.Id)).ToList();
            var edges = await EdgesTouchingAsync(tx, moved.Select(c => c.Entity), cancellationToken);
            var targets = (await tx.RunAsync(CypherFiles.Get("entities-by-id"), new Dictionary<string, object?> { ["ids"] = moves.Values.Distinct(StringComparer.Ordinal).ToList() }, cancellationToken: cancellationToken)).Rows
                .Select(GraphRows.ToEntity)
                .ToDictionary(e => e.Id, StringComparer.Ordinal);

            // The old edges go first: an edge whose id does not name the moved node keeps its id, and Neo4j holds one
            // relationship per id.
            await RunChunkedAsync(tx, "drop-edges", "ids", edges.Select(e => (object?)e.Id).ToList(), rowsPerStatement, cancellationToken);
            await RunChunkedAsync(tx, "drop-entities", "ids", moves.Keys.Select(id => (object?)id).ToList(), rowsPerStatement, cancellationToken);

            var survivors = new Dictionary<string, Entity>(StringComparer.Ordinal);
            var formerIds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var candidate in moved)
            {
                var (entity, newId) = (candidate.Entity, moves[candidate.Entity.Id]);
                var survivor = survivors.GetValueOrDefault(newId) ?? targets.GetValueOrDefault(newId);
                if (survivor is null)
                {
                    survivors[newId] = entity with { Id = newId };
                }
                else
                {
                    merged++;
                    var aliases = survivor.Aliases.Concat(entity.Aliases.Prepend(entity.Name)).Where(a => a != survivor.Name).Distinct(StringComparer.Ordinal).ToList();
                    survivors[newId] = survivor with { Aliases = aliases };
                }

                var former = formerIds.TryGetValue(newId, out var list) ? list : formerIds[newId] = [];
                former.AddRange(candidate.FormerIds.Append(entity.Id).Where(f => !former.Contains(f)));
            }

            await LoadChunkedAsync(tx, "load-entities", [.. survivors.Values.Select(GraphRows.EntityRow)], revision, rowsPerStatement, cancellationToken);
            await LoadChunkedAsync(tx, "load-edges", [.. edges.Select(e => GraphRows.EdgeRow(Moved(e, moves)))], revision, rowsPerStatement, cancellationToken);
            refold.AddRange(survivors.Values.Select(s => RefoldRow(s, formerIds[s.Id])));
        }

        refold.AddRange(stale.Select(c => RefoldRow(c.Entity, c.FormerIds)));
        await LoadChunkedAsync(tx, "refold-entities", refold, revision, rowsPerStatement, cancellationToken);
        await tx.RunAsync(CypherFiles.Get("name-folding-done"), folding, cancellationToken: cancellationToken);
        return new Outcome(moves.Count, merged, refold.Count, revision);
    }

    /// <summary>The key the folding before AnyAscii gave a name (<see cref="Names.KeyBeforeAnyAscii"/>).</summary>
    internal static string LegacyKey(string name) => Names.KeyBeforeAnyAscii(name);

    /// <summary>The id the folding before AnyAscii gave a name.</summary>
    internal static string LegacySlug(string name, NodeKind kind) => Names.SlugOfKey(LegacyKey(name), kind);

    private static HashSet<string> KeysOf(string name, IEnumerable<string> aliases, IEnumerable<string> formerIds) =>
        aliases.Prepend(name).Concat(formerIds).Select(Names.Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, object?> RefoldRow(Entity entity, List<string> formerIds) => new(StringComparer.Ordinal)
    {
        ["id"] = entity.Id,
        ["nameKeys"] = KeysOf(entity.Name, entity.Aliases, formerIds).Order(StringComparer.Ordinal).ToList(),
        ["formerIds"] = formerIds,
    };

    /// <summary>An edge with its person, lab and lab left under their new ids; its id follows when it was derived from them.</summary>
    private static Edge Moved(Edge edge, Dictionary<string, string> moves)
    {
        var moved = edge with
        {
            PersonId = moves.GetValueOrDefault(edge.PersonId, edge.PersonId),
            LabId = moves.GetValueOrDefault(edge.LabId, edge.LabId),
            FromLabId = edge.FromLabId is { } from ? moves.GetValueOrDefault(from, from) : null,
        };
        return edge.Id == EdgeIdentity.IdOf(edge) ? moved with { Id = EdgeIdentity.IdOf(moved) } : moved;
    }

    /// <summary>Every edge of the moving people and labs, and every move out of a moving lab.</summary>
    private static async Task<List<Edge>> EdgesTouchingAsync(QueryApiTransaction tx, IEnumerable<Entity> entities, CancellationToken cancellationToken)
    {
        var subgraph = new Subgraph();
        foreach (var entity in entities)
        {
            var (file, parameter) = entity.Kind == NodeKind.Person ? ("person-career", "personId") : ("lab-edges", "labId");
            var rows = await tx.RunAsync(CypherFiles.Get(file), new Dictionary<string, object?> { [parameter] = entity.Id }, cancellationToken: cancellationToken);
            subgraph.AddCareerRows(rows.Rows);
        }

        return [.. Enumerable.Range(0, subgraph.Graph.EdgeCount).Select(subgraph.Graph.GetEdge)];
    }

    private static async Task RunChunkedAsync(QueryApiTransaction tx, string file, string parameter, List<object?> values, int rowsPerStatement, CancellationToken cancellationToken)
    {
        foreach (var chunk in Chunks.Of(values, rowsPerStatement))
        {
            await tx.RunAsync(CypherFiles.Get(file), new Dictionary<string, object?> { [parameter] = chunk.ToList() }, cancellationToken: cancellationToken);
        }
    }

    private static async Task LoadChunkedAsync(QueryApiTransaction tx, string file, List<Dictionary<string, object?>> rows, long revision, int rowsPerStatement, CancellationToken cancellationToken)
    {
        foreach (var chunk in Chunks.Of(rows, rowsPerStatement))
        {
            await tx.RunAsync(CypherFiles.Get(file), new Dictionary<string, object?> { ["rows"] = chunk.ToList(), ["revision"] = revision }, cancellationToken: cancellationToken);
        }
    }

    private sealed record Candidate(Entity Entity, List<string> NameKeys, List<string> FormerIds);
}
