using System.Reflection;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// What tells an organisation from a person among capitalised Latin-script names: a closing organisation word
/// ("Acme Robotics", "Foo GmbH") and an employer slot before the name ("at Acme", "chez Acme", "joined Acme",
/// "ex-Acme", "CEO of Acme"). The words are data (<c>Lexicons/Data/organisations.txt</c>); this class only reads them.
/// </summary>
internal static class LatinNames
{
    private const string Resource = "lexicons/organisations.txt";

    private static readonly Lazy<(HashSet<string> Suffixes, HashSet<string> NoOrganisations, Dictionary<string, HashSet<string>> Slots)> s_data = new(() => Parse(Read(), Resource));

    /// <summary>Whether a word (folded) ends an organisation's name: "labs", "gmbh", "tbk".</summary>
    public static bool IsOrganisationSuffix(string key) => s_data.Value.Suffixes.Contains(key);

    /// <summary>Whether a capitalised word (folded) names a department or a place, never an employer on its own ("head of
    /// Research", "at Brasil").</summary>
    public static bool IsNoOrganisation(string key) => s_data.Value.NoOrganisations.Contains(key);

    /// <summary>Whether a word (folded) of the language puts the capitalised name after it in an employer slot.</summary>
    public static bool IsSlotWord(string language, string key) =>
        s_data.Value.Slots.TryGetValue(language, out var words) && words.Contains(key);

    /// <summary>Reads the file's sections; a line outside a section or an unknown section is an error naming its line.</summary>
    internal static (HashSet<string> Suffixes, HashSet<string> NoOrganisations, Dictionary<string, HashSet<string>> Slots) Parse(string text, string file)
    {
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        var noOrganisations = new HashSet<string>(StringComparer.Ordinal);
        var slots = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? section = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1].Trim();
                if (name == "suffixes")
                {
                    section = suffixes;
                }
                else if (name is "departments" or "places" or "times" or "public bodies")
                {
                    section = noOrganisations;
                }
                else if (name.StartsWith("slots ", StringComparison.Ordinal) && name[6..].Trim() is { Length: > 0 } language)
                {
                    section = slots.TryGetValue(language, out var words) ? words : slots[language] = new HashSet<string>(StringComparer.Ordinal);
                }
                else
                {
                    throw new InvalidDataException($"{file}: line {lineNumber}: unknown section '{line}' (expected [suffixes], [departments], [places], [times], [public bodies] or [slots <language>])");
                }

                continue;
            }

            if (section is null)
            {
                throw new InvalidDataException($"{file}: line {lineNumber}: '{line}' stands before any section");
            }

            section.Add(Tokenizer.Fold(line));
        }

        return (suffixes, noOrganisations, slots);
    }

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource '{Resource}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
