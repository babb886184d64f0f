namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// The ways a Latin-script name may be pronounced when katakana or Hangul writes it down. The consonant skeleton of
/// <see cref="NameSounds"/> reads a spelling the English way, but transliterations follow the sound of the name's own
/// language or of spoken English: the J of Dutch, German and Nordic names is a y (Jan ヤン, Jens イェンス), the W of
/// German names a v (Wolfgang ヴォルフガング), the kh of Russian names an h (Mikhail ミハイル); English th is heard as s
/// (Keith キース, Smith スミス), ch before r or in Greek names as k (Christopher クリストファー, Michael マイケル), gh
/// and the l of "alk", "alm", "olm" are silent (Leigh リー, Walker ウォーカー, Holmes ホームズ).
/// </summary>
internal static class LatinReadings
{
    /// <summary>Rewrites of a lower-case spelling towards one of its pronunciations, each applied on its own.</summary>
    private static readonly (string Spelling, string Sound, bool OnlyFirst)[] s_rewrites =
    [
        ("j", "y", true),
        ("w", "v", true),
        ("kh", "h", false),
        ("th", "s", false),
        ("ch", "k", false),
        ("gh", string.Empty, false),
        ("alk", "ak", false),
        ("alm", "am", false),
        ("olm", "om", false),
    ];

    /// <summary>The spelling of one name part as written, then each other reading of it (lower-case, no duplicates).</summary>
    public static IEnumerable<string> Of(string part)
    {
        var lower = part.ToLowerInvariant();
        var seen = new HashSet<string>(StringComparer.Ordinal) { part };
        yield return part;
        foreach (var (spelling, sound, onlyFirst) in s_rewrites)
        {
            var read = onlyFirst
                ? lower.StartsWith(spelling, StringComparison.Ordinal) ? sound + lower[spelling.Length..] : lower
                : lower.Replace(spelling, sound, StringComparison.Ordinal);
            if (read != lower && seen.Add(read))
            {
                yield return read;
            }
        }
    }

    /// <summary>The English skeletons of every reading of one part ("Jan" → "SN" and "N").</summary>
    public static string[] Skeletons(string part) =>
        Of(part).Select(r => NameSounds.Skeleton(r, english: true)).Distinct(StringComparer.Ordinal).ToArray();
}
