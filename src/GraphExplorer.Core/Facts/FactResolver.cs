using GraphExplorer.Core.Diagnostics;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// Turns facts (names as written) into a <see cref="GraphBatch"/> (ids): ALIAS facts in the batch group spellings,
/// the store resolves names it already knows, and anything still unknown becomes a new entity whose id is the slug of
/// its canonical name. A new spelling of a known entity is added to its aliases.
/// </summary>
public static class FactResolver
{
    public static Task<GraphBatch> ResolveAsync(IReadOnlyList<Fact> facts, IGraphStore store, CancellationToken cancellationToken = default) =>
        ResolveAsync(facts, store, nameEdges: true, cancellationToken);

    /// <summary>
    /// As <see cref="ResolveAsync(IReadOnlyList{Fact}, IGraphStore, CancellationToken)"/>, with the edges left without
    /// ids unless <paramref name="nameEdges"/> (for a chunk of a batch whose store reads none, see
    /// <see cref="IChunkedBatch.EdgeIdsNeeded"/>).
    /// </summary>
    public static async Task<GraphBatch> ResolveAsync(IReadOnlyList<Fact> facts, IGraphStore store, bool nameEdges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(store);
        using var phase = LoadPhases.Measure(LoadPhase.Resolve);
        var people = new Namespace(NodeKind.Person);
        var labs = new Namespace(NodeKind.Lab);
        foreach (var alias in facts.OfType<AliasFact>())
        {
            (alias.Kind == NodeKind.Person ? people : labs).Declare(alias);
        }

        foreach (var fact in facts)
        {
            switch (fact)
            {
                case WorkedAtFact w:
                    people.Mention(w.Person);
                    labs.Mention(w.Lab);
                    break;
                case LeftForFact l:
                    people.Mention(l.Person);
                    labs.Mention(l.From);
                    labs.Mention(l.To);
                    break;
                case FoundedFact f:
                    people.Mention(f.Person);
                    labs.Mention(f.Lab);
                    break;
            }
        }

        await people.ResolveAsync(store, cancellationToken);
        await labs.ResolveAsync(store, cancellationToken);

        // Nearly every fact is an edge: sized once rather than grown (and copied) a dozen times on a chunk of 50,000.
        var edges = new List<Edge>(facts.Count);
        var articles = new List<Article>();
        Func<EdgeType, string, string, string?, string?, PartialDate?, PartialDate?, PartialDate?, IReadOnlyList<string>, Edge> create =
            nameEdges ? EdgeIdentity.Create : EdgeIdentity.CreateUnnamed;
        foreach (var fact in facts)
        {
            switch (fact)
            {
                case WorkedAtFact w:
                    edges.Add(create(EdgeType.WorkedAt, people.IdOf(w.Person), labs.IdOf(w.Lab), null, w.Role, w.Start, w.End, null, w.Sources));
                    break;
                case LeftForFact l:
                    edges.Add(create(EdgeType.LeftFor, people.IdOf(l.Person), labs.IdOf(l.To), labs.IdOf(l.From), null, null, null, l.Date, l.Sources));
                    break;
                case FoundedFact f:
                    edges.Add(create(EdgeType.Founded, people.IdOf(f.Person), labs.IdOf(f.Lab), null, null, null, null, f.Date, f.Sources));
                    break;
                case ArticleFact a:
                    articles.Add(new Article(a.Id, a.Title, a.Url, a.Language, a.Published));
                    break;
            }
        }

        return new GraphBatch([.. people.Entities(), .. labs.Entities()], edges, articles);
    }

    /// <summary>The names of one kind in one batch: spellings grouped by ALIAS facts, then each group given an id.</summary>
    private sealed class Namespace(NodeKind kind)
    {
        private readonly Dictionary<string, Group> _groupByKey = new(StringComparer.Ordinal);

        // The same spelling recurs on most lines (a lab's name in every tenure): remembering it skips Names.Key.
        private readonly Dictionary<string, Group> _groupBySpelling = new(StringComparer.Ordinal);
        private readonly List<Group> _groups = [];

        public void Declare(AliasFact alias)
        {
            var spellings = alias.Aliases.Prepend(alias.Name).ToList();
            var group = spellings.Select(s => _groupByKey.GetValueOrDefault(Names.Key(s))).FirstOrDefault(g => g is not null);
            if (group is null)
            {
                group = new Group(alias.Name) { DeclaredId = alias.Id };
                _groups.Add(group);
            }

            group.DeclaredId ??= alias.Id;
            foreach (var spelling in spellings)
            {
                Add(group, spelling);
            }
        }

        public void Mention(string name)
        {
            if (_groupBySpelling.ContainsKey(name))
            {
                return;
            }

            // A spelling that matches a known name as a key ("Openai" after "OpenAI") is kept as an alias of that group,
            // as it is when it arrives in a later batch. The key is made once here: it is a new string for every name.
            var key = Names.Key(name);
            if (!_groupByKey.TryGetValue(key, out var group))
            {
                group = new Group(name) { Key = key };
                _groups.Add(group);
            }

            Add(group, name, key);
        }

        public async Task ResolveAsync(IGraphStore store, CancellationToken cancellationToken)
        {
            var lookups = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in _groups)
            {
                if (group.DeclaredId is not null)
                {
                    lookups.Add(group.DeclaredId);
                }

                for (var i = 0; i < group.SpellingCount; i++)
                {
                    lookups.Add(group.Spelling(i));
                }
            }

            var known = lookups.Count == 0 ? new Dictionary<string, string>() : await store.ResolveAsync(kind, lookups, cancellationToken);
            foreach (var group in _groups)
            {
                // A declared id wins; otherwise the first spelling the store knows; otherwise a new id from the canonical name.
                group.Id = group.DeclaredId ?? KnownId(group, known);
                if (group.Id is null)
                {
                    var slug = Names.SlugOfKey(group.Key ?? Names.Key(group.Name), kind);
                    group.Id = known.Count > 0 && known.TryGetValue(slug, out var bySlug) ? bySlug : slug;
                }
            }
        }

        public string IdOf(string name) => (_groupBySpelling.TryGetValue(name, out var group) ? group : _groupByKey[Names.Key(name)]).Id!;

        public IEnumerable<Entity> Entities() =>
            _groups.Select(g => new Entity(kind, g.Id!, g.Name, g.Aliases()));

        private static string? KnownId(Group group, IReadOnlyDictionary<string, string> known)
        {
            if (known.Count == 0)
            {
                return null;
            }

            for (var i = 0; i < group.SpellingCount; i++)
            {
                if (known.TryGetValue(group.Spelling(i), out var id))
                {
                    return id;
                }
            }

            return null;
        }

        private void Add(Group group, string spelling) => Add(group, spelling, Names.Key(spelling));

        private void Add(Group group, string spelling, string key)
        {
            group.AddSpelling(spelling);
            _groupByKey.TryAdd(key, group);
            _groupBySpelling.TryAdd(spelling, _groupByKey[key]);
        }

        private sealed class Group(string name)
        {
            // Most names are written one way all through a batch: a list is only made for a second spelling.
            private string? _first;
            private List<string>? _more;

            public string Name { get; } = name;

            public int SpellingCount => _first is null ? 0 : 1 + (_more?.Count ?? 0);

            public string? DeclaredId { get; set; }

            /// <summary>Gets the key of <see cref="Name"/> when it was already made (the id is the slug of it).</summary>
            public string? Key { get; init; }

            public string? Id { get; set; }

            /// <summary>The spellings in the order they came, <paramref name="index"/> below <see cref="SpellingCount"/>.</summary>
            public string Spelling(int index) => index == 0 ? _first! : _more![index - 1];

            public void AddSpelling(string spelling)
            {
                if (_first is null)
                {
                    _first = spelling;
                }
                else if (!string.Equals(_first, spelling, StringComparison.Ordinal) && !(_more?.Contains(spelling, StringComparer.Ordinal) ?? false))
                {
                    (_more ??= []).Add(spelling);
                }
            }

            /// <summary>Every spelling but the name itself.</summary>
            public IReadOnlyList<string> Aliases()
            {
                if (_more is null && (_first is null || string.Equals(_first, Name, StringComparison.Ordinal)))
                {
                    return [];
                }

                var aliases = new List<string>(SpellingCount);
                for (var i = 0; i < SpellingCount; i++)
                {
                    if (!string.Equals(Spelling(i), Name, StringComparison.Ordinal))
                    {
                        aliases.Add(Spelling(i));
                    }
                }

                return aliases;
            }
        }
    }
}
