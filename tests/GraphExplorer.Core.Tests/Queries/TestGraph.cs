using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Seed;

namespace GraphExplorer.Core.Tests.Queries;

/// <summary>
/// Builds small graphs for the query tests in a line each: <c>Worked("ann", "lab-x", "2020-01", "2022")</c>. People and
/// labs named by an edge are created on first mention (id = name). Dates are partial ISO strings or null.
/// </summary>
internal sealed class TestGraph
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly List<Edge> _edges = [];
    private readonly List<Article> _articles = [];

    public TestGraph Person(string id, string? name = null, params string[] aliases)
    {
        _entities[id] = new Entity(NodeKind.Person, id, name ?? id, aliases);
        return this;
    }

    public TestGraph Lab(string id, string? name = null, params string[] aliases)
    {
        _entities[id] = new Entity(NodeKind.Lab, id, name ?? id, aliases);
        return this;
    }

    public TestGraph Article(string id, string? published = null)
    {
        _articles.Add(new Article(id, $"Article {id}", null, "en", published is null ? null : PartialDate.Parse(published)));
        return this;
    }

    public TestGraph Worked(string person, string lab, string? start, string? end, string? role = null, params string[] sources) =>
        Add(EdgeType.WorkedAt, person, lab, null, role, start, end, null, sources);

    public TestGraph Left(string person, string from, string to, string? date, params string[] sources) =>
        Add(EdgeType.LeftFor, person, to, from, null, null, null, date, sources);

    public TestGraph Founded(string person, string lab, string? date, params string[] sources) =>
        Add(EdgeType.Founded, person, lab, null, null, null, null, date, sources);

    public TalentGraph Build()
    {
        var graph = new TalentGraph();
        var plan = graph.Plan(new GraphBatch([.. _entities.Values], _edges, _articles));
        graph.Apply(plan, 1);
        return graph;
    }

    public InMemoryTalentQueries Queries(DateOnly? today = null) =>
        new(new FixedGraphReader(Build()), new FixedClock(today ?? new DateOnly(2025, 6, 1)));

    private TestGraph Add(EdgeType type, string person, string lab, string? from, string? role, string? start, string? end, string? date, string[] sources)
    {
        _entities.TryAdd(person, new Entity(NodeKind.Person, person, person, []));
        _entities.TryAdd(lab, new Entity(NodeKind.Lab, lab, lab, []));
        if (from is not null)
        {
            _entities.TryAdd(from, new Entity(NodeKind.Lab, from, from, []));
        }

        _edges.Add(EdgeIdentity.Create(type, person, lab, from, role, Parse(start), Parse(end), Parse(date), sources.Length == 0 ? ["a1"] : sources));
        return this;
    }

    private static PartialDate? Parse(string? text) => text is null ? null : PartialDate.Parse(text);
}

/// <summary>A clock stopped at one day, so retention ("still there N months on") does not depend on when tests run.</summary>
internal sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

/// <summary>The seed facts (data/seed/seed-facts.jsonl, embedded in Core) loaded once into a graph for all seed tests.</summary>
internal static class SeedGraph
{
    private static readonly Lazy<Task<FixedGraphReader>> s_reader = new(async () => await FixedGraphReader.LoadAsync(await SeedFacts.ReadAsync()));

    public static async Task<InMemoryTalentQueries> QueriesAsync() => new(await s_reader.Value, new FixedClock(new DateOnly(2025, 6, 1)));

    public static async Task<TalentGraph> GraphAsync() => (await s_reader.Value).Graph;
}
