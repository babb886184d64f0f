using System.Reflection;
using System.Text;
using AnyAscii;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Writes a Korean person's name (a Korean surname and a one- or two-syllable given name, 송창현) the way the English
/// press writes Korean names: the surname's usual spelling (이 → Lee, 박 → Park, from <c>Lexicons/Data/hangul-surnames.txt</c>),
/// then the given name's syllables joined by a hyphen in the spelling people choose most often (현 → hyun, 영 → young,
/// 수 → soo), which differs from the official romanisation (hyeon, yeong, su).
/// </summary>
internal static class KoreanNames
{
    private static readonly Lazy<Dictionary<char, string>> s_surnames = new(Load);

    /// <summary>Gets the surname syllables that may open a Korean person's name.</summary>
    public static bool IsSurname(char syllable) => s_surnames.Value.ContainsKey(syllable);

    /// <summary>"Song Chang-hyun" for 송창현, or null when the text is no Korean name of two to four syllables.</summary>
    public static string? Romanize(string name)
    {
        if (name.Length is < 2 or > 4 || !name.All(c => c is >= '\uAC00' and <= '\uD7A3') || !s_surnames.Value.TryGetValue(name[0], out var surname))
        {
            return null;
        }

        var given = new StringBuilder();
        for (var i = 1; i < name.Length; i++)
        {
            var syllable = Syllable(name[i], first: i == 1);
            given.Append(i == 1 ? NameSounds.Capitalize(syllable) : "-" + syllable);
        }

        return $"{surname} {given}";
    }

    /// <summary>The press spelling of one given-name syllable, from its official romanisation.</summary>
    private static string Syllable(char syllable, bool first)
    {
        var s = syllable.ToString().Transliterate().ToLowerInvariant();
        var initial = s.Length > 0 && !"aeiouwy".Contains(s[0], StringComparison.Ordinal) ? s[..1] : string.Empty;
        if (s.StartsWith("ch", StringComparison.Ordinal))
        {
            initial = "ch";
        }

        var rest = s[initial.Length..];
        rest = rest switch
        {
            "yeong" => initial.Length == 0 ? "young" : "yung",
            "yeon" => initial.Length == 0 ? "yeon" : "yun",
            "eong" => "ung",
            "eon" => initial.Length == 0 ? "eon" : "un",
            "u" => initial.Length == 0 ? "woo" : "oo",
            "un" => initial.Length == 0 ? "woon" : "oon",
            "ung" => initial.Length == 0 ? "woong" : "ung",
            _ => rest,
        };

        // 신 and 심 are written Shin and Shim, as the surnames are.
        if (initial == "s" && rest is "in" or "im")
        {
            initial = "sh";
        }

        // The first given syllable keeps the older k for ㄱ (경 → Kyung, 기 → Ki).
        if (first && initial == "g")
        {
            initial = "k";
        }

        return initial + rest;
    }

    private static Dictionary<char, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("lexicons/hangul-surnames.txt")
            ?? throw new InvalidOperationException("embedded resource 'lexicons/hangul-surnames.txt' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (line.Length > 0 && line[0] != '#' && parts.Length == 2 && parts[0].Length == 1)
            {
                map[parts[0][0]] = parts[1];
            }
        }

        return map;
    }
}
