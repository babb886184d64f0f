using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The people already in a store, for entity linking while ingesting into it: a name found in an article links to a
/// stored person by its folded spelling (any stored alias), by surname when the article names a lab the stored person
/// is tied to ("Kaiser" in an article about OpenAI), or by the sound of a Hangul or katakana transliteration (through the
/// gazetteer's sound index, which then knows the stored people too). Built from a store snapshot; never used by
/// <c>ingest --dry-run</c> without a store, so the measured extraction sees only the built-in lists.
/// </summary>
public sealed class StoreLinks
{
    private readonly Dictionary<string, List<(string Person, HashSet<string> LabKeys)>> _bySurname = new(StringComparer.Ordinal);

    private StoreLinks(List<AliasFact> people)
    {
        People = people;
    }

    /// <summary>Gets the stored people as ALIAS facts (name and every stored spelling), what the gazetteer is extended with.</summary>
    public IReadOnlyList<AliasFact> People { get; }

    /// <summary>The extractor with its gazetteer extended by the stored people (its pair model kept).</summary>
    public ArticleExtractor Apply(ArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return new ArticleExtractor(extractor.Gazetteer.WithStore(this), extractor.PairModel);
    }

    /// <summary>Reads every person, lab and edge of the store (a snapshot) and indexes the people.</summary>
    public static async Task<StoreLinks> LoadAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return FromSnapshot(await store.GetChangesSinceAsync(0, int.MaxValue, cancellationToken));
    }

    /// <summary>Indexes the people of a snapshot: their spellings, and the labs each is tied to by any edge.</summary>
    public static StoreLinks FromSnapshot(GraphDelta snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var labNames = snapshot.Entities.Where(e => e.Kind == NodeKind.Lab).ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var labsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var edge in snapshot.Edges)
        {
            if (!labsOf.TryGetValue(edge.PersonId, out var labs))
            {
                labsOf[edge.PersonId] = labs = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var id in (string?[])[edge.LabId, edge.FromLabId])
            {
                if (id is not null && labNames.TryGetValue(id, out var name))
                {
                    labs.Add(Names.Key(name));
                }
            }
        }

        var people = new List<AliasFact>();
        var links = new StoreLinks(people);
        foreach (var person in snapshot.Entities.Where(e => e.Kind == NodeKind.Person))
        {
            // A one-word name ("Max") would match a common word anywhere: only full names are linked by spelling.
            var spellings = person.Aliases.Prepend(person.Name).Where(IsFullName).Distinct(StringComparer.Ordinal).ToList();
            if (spellings.Count == 0)
            {
                continue;
            }

            people.Add(new AliasFact(NodeKind.Person, person.Name, person.Id, spellings));
            var labs = labsOf.GetValueOrDefault(person.Id) ?? [];
            if (labs.Count > 0 && Surname(person.Name) is { } surname)
            {
                if (!links._bySurname.TryGetValue(surname, out var list))
                {
                    links._bySurname[surname] = list = [];
                }

                list.Add((person.Name, labs));
            }
        }

        return links;
    }

    /// <summary>
    /// The one stored person whose surname is <paramref name="surname"/> and who is tied to one of the article's labs,
    /// or null when none or several are (two stored Kaisers at OpenAI link neither).
    /// </summary>
    internal string? BySurnameAndLab(string surname, IReadOnlyCollection<string> articleLabKeys)
    {
        if (articleLabKeys.Count == 0 || !_bySurname.TryGetValue(Names.Key(surname), out var candidates))
        {
            return null;
        }

        string? found = null;
        foreach (var (person, labs) in candidates)
        {
            if (!articleLabKeys.Any(labs.Contains))
            {
                continue;
            }

            if (found is not null && found != person)
            {
                return null;
            }

            found = person;
        }

        return found;
    }

    private static bool IsFullName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Any(Tokenizer.IsCjk) ? trimmed.Length >= 2 : trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2;
    }

    private static string? Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !name.Any(Tokenizer.IsCjk) ? Names.Key(words[^1]) : null;
    }
}
