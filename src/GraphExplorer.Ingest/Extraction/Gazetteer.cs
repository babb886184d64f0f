using System.Reflection;
using System.Text.Json;
using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>A name the gazetteer recognises in text: which entity it means and how it must be matched.</summary>
internal sealed record GazetteerName(NodeKind Kind, string Canonical, string Alias, bool CaseSensitive, bool Short, bool Partial);

/// <summary>
/// The known labs and people with their spellings in every supported language, shipped as embedded JSON
/// (<c>Gazetteer/labs.json</c>, <c>Gazetteer/people.json</c>) and extended by users with ALIAS facts.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, (NodeKind Kind, string Canonical)> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _foundedBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parents = new(StringComparer.Ordinal);
    private readonly List<GazetteerName> _names = [];
    private PhraseTrie<GazetteerName>? _trie;
    private KnownPeople? _knownPeople;
    private Dictionary<string, int>? _founderCounts;

    private Gazetteer()
    {
    }

    /// <summary>Gets the gazetteer shipped with the project.</summary>
    public static Gazetteer Default { get; } = LoadEmbedded();

    /// <summary>Gets the canonical lab names.</summary>
    public IEnumerable<string> Labs => _names.Where(n => n.Kind == NodeKind.Lab).Select(n => n.Canonical).Distinct(StringComparer.Ordinal);

    /// <summary>Gets the canonical person names.</summary>
    public IEnumerable<string> People => _names.Where(n => n.Kind == NodeKind.Person).Select(n => n.Canonical).Distinct(StringComparer.Ordinal);

    internal PhraseTrie<GazetteerName> Trie => _trie ??= BuildTrie();

    /// <summary>Gets the people by the sound of their names, for transliterations in Hangul and katakana.</summary>
    internal KnownPeople KnownPeople => _knownPeople ??= new KnownPeople(People);

    /// <summary>Gets the people of the store being ingested into, for linking by surname and lab (null without a store).</summary>
    internal StoreLinks? Links { get; private set; }

    /// <summary>A copy of this gazetteer that also knows the people already in a store (entity linking while ingesting).</summary>
    public Gazetteer WithStore(StoreLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var copy = With(links.People);
        copy.Links = links;
        return copy;
    }

    /// <summary>A copy of this gazetteer extended with ALIAS facts (the aliases file format); later names win.</summary>
    public Gazetteer With(IEnumerable<AliasFact> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var copy = new Gazetteer();
        foreach (var name in _names)
        {
            copy.AddName(name);
        }

        foreach (var (person, labs) in _foundedBy)
        {
            copy._foundedBy[person] = [.. labs];
        }

        foreach (var (unit, parent) in _parents)
        {
            copy._parents[unit] = parent;
        }

        foreach (var alias in aliases)
        {
            var canonical = copy.Resolve(alias.Name, alias.Kind) ?? alias.Name.Trim();
            copy.AddName(new GazetteerName(alias.Kind, canonical, alias.Name, false, false, false));
            foreach (var other in alias.Aliases)
            {
                copy.AddName(new GazetteerName(alias.Kind, canonical, other, false, false, false));
            }
        }

        copy.AddPartialLabNames();
        copy.Links = Links;
        return copy;
    }

    /// <summary>Reads an aliases file (ALIAS lines of the facts format) and returns the extended gazetteer, or the errors.</summary>
    public static async Task<(Gazetteer? Gazetteer, IReadOnlyList<FactError> Errors)> LoadAliasesAsync(string path, Gazetteer? baseGazetteer = null, CancellationToken cancellationToken = default)
    {
        var aliases = new List<AliasFact>();
        var errors = new List<FactError>();
        await foreach (var result in FactReader.ReadFileAsync(path, cancellationToken))
        {
            if (result.Error is { } error)
            {
                errors.Add(error);
            }
            else if (result.Fact is AliasFact alias)
            {
                aliases.Add(alias);
            }
            else if (result.Fact is { } other)
            {
                errors.Add(new FactError(other.Location, "an aliases file holds only ALIAS lines"));
            }
        }

        return errors.Count > 0 ? (null, errors) : ((baseGazetteer ?? Default).With(aliases), errors);
    }

    /// <summary>The canonical name a spelling stands for, or null when the gazetteer does not know it.</summary>
    public string? Resolve(string name, NodeKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byKey.TryGetValue(KeyFor(kind, name), out var hit) ? hit.Canonical : null;
    }

    /// <summary>The labs a person is known to have founded (general knowledge, used to resolve "X's startup").</summary>
    public IReadOnlyList<string> FoundedBy(string person) =>
        _foundedBy.TryGetValue(Names.Key(person), out var labs) ? labs : [];

    /// <summary>How many founders of the lab the gazetteer names (general knowledge of who founded it).</summary>
    internal int FoundersListed(string lab) =>
        (_founderCounts ??= _foundedBy.Values.SelectMany(l => l).GroupBy(Names.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal))
            .GetValueOrDefault(Names.Key(lab));

    /// <summary>The company a unit belongs to (Meta for Meta Superintelligence Labs), or null for a lab that is no unit.</summary>
    public string? ParentOf(string lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        return _parents.TryGetValue(Names.Key(Resolve(lab, NodeKind.Lab) ?? lab), out var parent) ? parent : null;
    }

    private static string KeyFor(NodeKind kind, string name) => (kind == NodeKind.Lab ? "L:" : "P:") + Names.Key(name);

    private void AddName(GazetteerName name)
    {
        _names.Add(name);
        if (!name.Short && !name.Partial)
        {
            _byKey[KeyFor(name.Kind, name.Alias)] = (name.Kind, name.Canonical);
            _byKey.TryAdd(KeyFor(name.Kind, name.Canonical), (name.Kind, name.Canonical));
        }

        _trie = null;
        _knownPeople = null;
    }

    /// <summary>
    /// Registers the trailing words of multi-word lab names ("Machines Lab" for "Thinking Machines Lab") so a shortened
    /// name still resolves; a tail shared by two labs is kept as ambiguous and reported when met.
    /// </summary>
    private void AddPartialLabNames()
    {
        var full = new HashSet<string>(_names.Where(n => !n.Partial).Select(n => KeyFor(n.Kind, n.Alias)), StringComparer.Ordinal);
        _names.RemoveAll(n => n.Partial);
        var tails = new Dictionary<string, (string Alias, HashSet<string> Labs)>(StringComparer.Ordinal);
        foreach (var name in _names.Where(n => n.Kind == NodeKind.Lab && !n.Short).ToList())
        {
            var words = name.Alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3 || words.Any(w => w.Any(Tokenizer.IsCjk)))
            {
                continue;
            }

            for (var start = 1; start <= words.Length - 2; start++)
            {
                var tail = string.Join(' ', words[start..]);
                var key = KeyFor(NodeKind.Lab, tail);
                if (full.Contains(key))
                {
                    continue;
                }

                if (!tails.TryGetValue(key, out var entry))
                {
                    entry = (tail, new HashSet<string>(StringComparer.Ordinal));
                    tails[key] = entry;
                }

                entry.Labs.Add(name.Canonical);
            }
        }

        foreach (var (_, (alias, labs)) in tails)
        {
            foreach (var lab in labs)
            {
                _names.Add(new GazetteerName(NodeKind.Lab, lab, alias, true, false, true));
            }
        }

        _trie = null;
    }

    private PhraseTrie<GazetteerName> BuildTrie()
    {
        var trie = new PhraseTrie<GazetteerName>();
        foreach (var name in _names)
        {
            trie.Add(name.Alias, name);
        }

        return trie;
    }

    private static Gazetteer LoadEmbedded()
    {
        var gazetteer = new Gazetteer();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);

        // A spelling listed for two labs (or two people) is read as either, and the mention then names neither: the data
        // must say which one it means, so a duplicate is refused where it is written.
        void Add(string file, GazetteerName name)
        {
            var key = KeyFor(name.Kind, name.Alias);
            if (!name.Short && seen.TryGetValue(key, out var owner) && owner != name.Canonical)
            {
                throw new InvalidOperationException($"{file}: '{name.Alias}' is listed for both '{owner}' and '{name.Canonical}'");
            }

            seen.TryAdd(key, name.Canonical);
            gazetteer.AddName(name);
        }

        using (var labs = OpenResource("gazetteer/labs.json"))
        using (var document = JsonDocument.Parse(labs))
        {
            foreach (var lab in document.RootElement.GetProperty("labs").EnumerateArray())
            {
                var name = lab.GetProperty("name").GetString()!;
                var caseSensitive = lab.TryGetProperty("caseSensitive", out var cs) && cs.GetBoolean();
                Add("gazetteer/labs.json", new GazetteerName(NodeKind.Lab, name, name, caseSensitive, false, false));
                if (lab.TryGetProperty("parent", out var parent))
                {
                    gazetteer._parents[Names.Key(name)] = parent.GetString()!;
                }

                foreach (var alias in Strings(lab, "aliases"))
                {
                    Add("gazetteer/labs.json", new GazetteerName(NodeKind.Lab, name, alias, caseSensitive && !alias.Any(Tokenizer.IsCjk), false, false));
                }

                foreach (var founder in Strings(lab, "founders"))
                {
                    var key = Names.Key(founder);
                    if (!gazetteer._foundedBy.TryGetValue(key, out var list))
                    {
                        list = [];
                        gazetteer._foundedBy[key] = list;
                    }

                    list.Add(name);
                }
            }
        }

        using (var people = OpenResource("gazetteer/people.json"))
        using (var document = JsonDocument.Parse(people))
        {
            foreach (var person in document.RootElement.GetProperty("people").EnumerateArray())
            {
                var name = person.GetProperty("name").GetString()!;
                Add("gazetteer/people.json", new GazetteerName(NodeKind.Person, name, name, false, false, false));
                foreach (var alias in Strings(person, "aliases"))
                {
                    Add("gazetteer/people.json", new GazetteerName(NodeKind.Person, name, alias, false, false, false));
                }

                foreach (var alias in Strings(person, "short"))
                {
                    Add("gazetteer/people.json", new GazetteerName(NodeKind.Person, name, alias, true, true, false));
                }
            }
        }

        gazetteer.AddPartialLabNames();
        return gazetteer;
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) ? array.EnumerateArray().Select(e => e.GetString()!) : [];

    private static Stream OpenResource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
}
