using System.Collections.Concurrent;
using AnyAscii;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>What a name part is used as: a given name, a surname, or either.</summary>
[Flags]
internal enum NamePartKind
{
    Given = 1,
    Surname = 2,
    Both = Given | Surname,
}

/// <summary>One name part as the English press writes it ("Andrew", "Schulman"), with its kind and its rank in the file.</summary>
internal sealed record NamePart(string Spelling, NamePartKind Kind, int Rank);

/// <summary>
/// Given names and surnames as the English press writes them (<c>Lexicons/Data/name-parts.txt</c>): a general list of
/// names common among people in tech, so a person written in katakana or Hangul whom no article spelling and no known
/// person matches still gets the press spelling of each part ("ジョン" → "John", "앤드루" → "Andrew") rather than a
/// mechanical romanisation ("Jon", "Aendeuru"). Latin-script rules may use <see cref="IsGiven"/> as a cue that a
/// capitalised word opens a person's name.
/// </summary>
internal static class NameParts
{
    private static readonly Lazy<Table> s_table = new(Load);
    private static readonly ConcurrentDictionary<string, string?> s_spelled = new(StringComparer.Ordinal);

    /// <summary>Gets every name part in file order.</summary>
    public static IReadOnlyList<NamePart> All => s_table.Value.Parts;

    /// <summary>Whether <paramref name="word"/> (any case, accents folded) is a given name of the list.</summary>
    public static bool IsGiven(string word) => Kind(word).HasFlag(NamePartKind.Given);

    /// <summary>Whether <paramref name="word"/> (any case, accents folded) is a surname of the list.</summary>
    public static bool IsSurname(string word) => Kind(word).HasFlag(NamePartKind.Surname);

    /// <summary>The kind of <paramref name="word"/>, or none (0) when the list does not have it.</summary>
    public static NamePartKind Kind(string word) =>
        s_table.Value.ByKey.TryGetValue(Fold(word), out var part) ? part.Kind : 0;

    /// <summary>
    /// The press spelling of one katakana or Hangul name part ("シュルマン" → "Schulman"), or null when no part of the
    /// list sounds close enough. Of two that sound equally close, the earlier in the file (the more common) wins.
    /// </summary>
    public static string? Spell(string foreignPart) => Spell(foreignPart, NamePartKind.Both);

    /// <summary>
    /// As <see cref="Spell(string)"/>, preferring a part of kind <paramref name="expected"/> among those that sound
    /// equally close (the last part of "マーク・リー" is a surname: "Lee", not the given name "Leah").
    /// </summary>
    public static string? Spell(string foreignPart, NamePartKind expected)
    {
        if (KatakanaListedNames.Spell(foreignPart, expected) is { } listed)
        {
            return listed;
        }

        var cacheKey = $"{(int)expected}{foreignPart}";
        if (s_spelled.TryGetValue(cacheKey, out var known))
        {
            return known;
        }

        var spelled = s_table.Value.Closest(foreignPart, expected);
        if (s_spelled.Count < 50_000)
        {
            s_spelled[cacheKey] = spelled;
        }

        return spelled;
    }

    /// <summary>
    /// The press spelling of a whole katakana or Hangul name: each part spelled from the list, and a part the list lacks
    /// romanised ("ジミー・バ" → "Jimmy Ba"); null when no part matches, which is no evidence of a name.
    /// </summary>
    public static string? SpellName(string foreign)
    {
        var parts = NameSounds.Parts(foreign);
        if (parts.Length is < 2 or > 4)
        {
            return null;
        }

        // A compound given name is written as two parts (ジャン・リュック): it is one given name, hyphenated in English.
        if (parts.Length >= 3 && KatakanaListedNames.Spell(parts[0] + parts[1], NamePartKind.Given) is { } compound)
        {
            var rest = parts[2..].Select((p, i) => Spell(p, i == parts.Length - 3 ? NamePartKind.Surname : NamePartKind.Both));
            return string.Join(' ', rest.Zip(parts[2..], (spelled, p) => spelled ?? KatakanaPress.Spell(p) ?? NameSounds.Capitalize(NameSounds.Latin(p))).Prepend(compound));
        }

        // Transliterations keep the English order: given name first, surname last. A Hangul given name's usual
        // spelling is looked up before any match by sound (HangulGivenNames).
        var spelled = parts.Select((p, i) => (i < parts.Length - 1 ? HangulGivenNames.Spell(p) : null)
            ?? Spell(p, i == 0 ? NamePartKind.Given : i == parts.Length - 1 ? NamePartKind.Surname : NamePartKind.Both)).ToArray();
        if (spelled.All(s => s is null))
        {
            return null;
        }

        return string.Join(' ', parts.Select((p, i) => spelled[i] ?? KatakanaPress.Spell(p) ?? NameSounds.Capitalize(NameSounds.Latin(p))));
    }

    private static string Fold(string word) => word.Transliterate().ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal);

    private static Table Load()
    {
        const string resource = "lexicons/name-parts.txt", shape = "<spelling><TAB>given|surname|both";
        var parts = new List<NamePart>();
        foreach (var (line, fields) in EmbeddedTable.Rows(resource, 2, shape))
        {
            var kind = fields[1] switch
            {
                "given" => NamePartKind.Given,
                "surname" => NamePartKind.Surname,
                "both" => NamePartKind.Both,
                _ => throw EmbeddedTable.BadValue(resource, line, fields[1], shape),
            };
            parts.Add(new NamePart(fields[0], kind, parts.Count));
        }

        return new Table(parts);
    }

    /// <summary>The parts indexed by spelling and by the sound of their first consonant.</summary>
    private sealed class Table
    {
        private readonly Dictionary<char, List<(NamePart Part, string Key)>> _byOnset = [];

        /// <summary>The parts whose key differs when an r after a vowel is sounded, by onset, for a Hangul part ending in 르.</summary>
        private readonly Dictionary<char, List<(NamePart Part, string Key)>> _rhoticByOnset = [];

        public Table(List<NamePart> parts)
        {
            Parts = parts;
            foreach (var part in parts)
            {
                ByKey.TryAdd(Fold(part.Spelling), part);
                var key = PartSound.English(part.Spelling);
                var onset = PartSound.Onset(key);
                if (!_byOnset.TryGetValue(onset, out var list))
                {
                    _byOnset[onset] = list = [];
                }

                list.Add((part, key));
                if (PartSound.English(part.Spelling, rhotic: true) is var rhotic && rhotic != key)
                {
                    if (!_rhoticByOnset.TryGetValue(onset, out var rhotics))
                    {
                        _rhoticByOnset[onset] = rhotics = [];
                    }

                    rhotics.Add((part, rhotic));
                }
            }
        }

        public List<NamePart> Parts { get; }

        public Dictionary<string, NamePart> ByKey { get; } = new(StringComparer.Ordinal);

        public string? Closest(string foreignPart, NamePartKind expected)
        {
            var keys = PartSound.Foreign(foreignPart);
            if (keys.Count == 0)
            {
                return null;
            }

            NamePart? best = null;
            var bestScore = int.MaxValue;
            var katakana = foreignPart.Any(c => c is >= '\u30A1' and <= '\u30FA');
            foreach (var key in keys)
            {
                if (!_byOnset.TryGetValue(PartSound.Onset(key), out var candidates))
                {
                    continue;
                }

                // Katakana keeps the sounds it hears: only the vowels it adds may be missing, or one sound differ ("ヒントン" is not "Hanson").
                var allowed = katakana ? Math.Min(PartSound.Allowed(key), Math.Max(1, PartSound.AddedVowels(key))) : PartSound.Allowed(key);
                // A final 르 is an r the name sounds (쿠마르 Kumar): compare with the spellings read with that r too.
                IEnumerable<(NamePart Part, string Key)> pool = foreignPart.EndsWith('르') && _rhoticByOnset.TryGetValue(PartSound.Onset(key), out var rhotics)
                    ? candidates.Concat(rhotics)
                    : candidates;
                foreach (var (part, english) in pool)
                {
                    if (Math.Abs(english.Length - PartSound.Sounds(key)) > allowed)
                    {
                        continue;
                    }

                    var cost = PartSound.Cost(key, english);
                    if (cost > allowed)
                    {
                        continue;
                    }

                    // A part of the other kind ranks as if one sound further away; it still counts when nothing else is close.
                    var score = cost + ((part.Kind & expected) == 0 ? 1 : 0);
                    if (score < bestScore || (score == bestScore && part.Rank < best!.Rank))
                    {
                        (best, bestScore) = (part, score);
                    }
                }
            }

            return best?.Spelling;
        }
    }
}
