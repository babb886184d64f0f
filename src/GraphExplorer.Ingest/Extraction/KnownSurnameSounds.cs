using System.Runtime.CompilerServices;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Known people indexed by the sound of their surname, so a Korean article that names a known foreign person by the
/// surname alone, in any of the Hangul spellings the press uses (수츠케버, 서츠케버; 술레이만, 슐레이만), is linked to that
/// person. A surname must have at least three consonant sounds and sound alike on both keys (<see cref="NameSounds"/>'s
/// consonant skeleton and <see cref="PartSound"/>'s finer key), and only one known person may match: a short or
/// shared surname says too little about who is meant.
/// </summary>
internal sealed class KnownSurnameSounds
{
    private const int MinimumConsonants = 3;

    private static readonly ConditionalWeakTable<Gazetteer, KnownSurnameSounds> s_byGazetteer = [];

    private readonly Dictionary<string, List<(string Person, string Surname)>> _bySkeleton = new(StringComparer.Ordinal);

    private KnownSurnameSounds(IEnumerable<string> people)
    {
        foreach (var person in people)
        {
            var parts = NameSounds.Parts(person);
            if (parts.Length is < 2 or > 4 || parts.Any(p => p.Any(c => c > 0x2E7F)))
            {
                continue;
            }

            var skeleton = NameSounds.Skeleton(parts[^1], english: true);
            if (skeleton.Length < MinimumConsonants)
            {
                continue;
            }

            if (!_bySkeleton.TryGetValue(skeleton, out var list))
            {
                _bySkeleton[skeleton] = list = [];
            }

            list.Add((person, parts[^1]));
        }
    }

    /// <summary>The index for the people of <paramref name="gazetteer"/>, built once per gazetteer.</summary>
    public static KnownSurnameSounds For(Gazetteer gazetteer) => s_byGazetteer.GetValue(gazetteer, g => new KnownSurnameSounds(g.People));

    /// <summary>The one known person whose surname sounds like the Hangul word <paramref name="hangul"/>, or null.</summary>
    public string? Match(string hangul)
    {
        var skeleton = NameSounds.Skeleton(hangul, english: false);
        if (skeleton.Length < MinimumConsonants || !_bySkeleton.TryGetValue(skeleton, out var candidates))
        {
            return null;
        }

        var keys = PartSound.Foreign(hangul);
        var matches = candidates
            .Where(c => keys.Exists(k => PartSound.Cost(k, PartSound.English(c.Surname)) <= PartSound.Allowed(k)))
            .Select(c => c.Person)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
