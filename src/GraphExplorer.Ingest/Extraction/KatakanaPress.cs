using System.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Romanises one katakana part of a foreign name the way the English press spells such names, for a part that no
/// article spelling, known person or listed name part matches. Katakana gives every consonant a vowel; the foreign
/// name had none there, so a vowel the script only adds is dropped: after ス, ズ, ク, グ, フ, プ, ブ, ル, ム, ツ and ト, ド
/// at the end of the part or before another consonant ("ストイバー" → "Stoiber", "ホルツ" → "Holtz"); a small ッ before
/// ク is "ck" and before ツ "tz" ("ブロックマン" → "Brockman", "メッツ" → "Metz"); a final アー sound is the English "-er".
/// </summary>
internal static class KatakanaPress
{
    /// <summary>Vowels katakana adds to a lone consonant, by the kana that carries them.</summary>
    private static readonly Dictionary<char, string> s_bare = new()
    {
        ['ス'] = "s", ['ズ'] = "z", ['ク'] = "k", ['グ'] = "g", ['フ'] = "f", ['プ'] = "p", ['ブ'] = "b",
        ['ル'] = "l", ['ム'] = "m", ['ツ'] = "ts", ['ト'] = "t", ['ド'] = "d",
    };

    /// <summary>The press spelling of a katakana part, capitalised, or null when the part is not all katakana.</summary>
    public static string? Spell(string part)
    {
        if (part.Length < 2 || !part.All(c => c is >= '\u30A1' and <= '\u30FC'))
        {
            return null;
        }

        return KatakanaNameEndings.Split(part) is var (stem, ending) && Spell(stem) is { } spelledStem
            ? spelledStem + ending
            : Romanize(part);
    }

    private static string? Romanize(string part)
    {
        var units = Units(part);
        var sb = new StringBuilder(part.Length * 2);
        var geminate = false;
        var dropped = false;
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (unit == "ッ")
            {
                geminate = true;
                continue;
            }

            if (unit == "ー")
            {
                // A long a at the end is the English "-er" (バー ber, ター ter); elsewhere the mark only lengthens.
                if (u == units.Count - 1 && units.Count >= 4 && sb.Length > 0 && sb[^1] == 'a')
                {
                    sb.Length--;
                    sb.Append("er");
                }
                else if (u == units.Count - 2 && units[^1] is "ズ" or "ス" && units.Count >= 5 && sb.Length > 0 && sb[^1] == 'a')
                {
                    // ーズ, ース after it: the plural-like "-ers" of Winters, Peters
                    sb.Length--;
                    sb.Append("ers");
                    u++;
                }

                continue;
            }

            var latin = NameSounds.Latin(unit);
            string? bare = null, opening = null;
            var next = u + 1 < units.Count ? units[u + 1] : null;
            var nextLatin = next is null or "ッ" or "ー" ? string.Empty : NameSounds.Latin(next);
            if (unit.Length == 1 && s_bare.TryGetValue(unit[0], out bare) && (!dropped || ClosesLiquidCluster(sb, unit)) && (next is null || ConsonantFirst(next)) && u > 0)
            {
                latin = bare;
            }
            else if (unit.Length == 1 && s_bare.TryGetValue(unit[0], out opening) && u == 0
                     && (unit[0] == 'ス' ? nextLatin.Length > 0 && nextLatin[0] is 't' or 'k' or 'p' or 'm' or 'n' : nextLatin.StartsWith('r') && unit[0] != 'ル' && unit[0] != 'ム'))
            {
                latin = opening; // ス+ト "st", ク+リ "kr", ブ+ロ "br", ト+ラ "tr" open a word
            }

            // Three consonants in a row are not how these names sound: only one vowel in a row is dropped.
            dropped = latin == bare || latin == opening;
            if (geminate && latin.Length > 0)
            {
                latin = latin switch
                {
                    "k" when next == "ス" && u + 2 == units.Count => "x", // ックス at the end: "Max"
                    "ts" => "tz",
                    _ when latin.StartsWith("ch", StringComparison.Ordinal) => "t" + latin, // ッチ: "Fletcher", "Mitchell"
                    _ when latin[0] == 'k' => "c" + latin,
                    _ when dropped => latin, // a final ッド, ッグ: one letter
                    _ when char.IsAsciiLetter(latin[0]) => latin[0] + latin,
                    _ => latin,
                };
                if (latin == "x")
                {
                    sb.Append(latin);
                    geminate = false;
                    u++;
                    continue;
                }
            }

            geminate = false;
            sb.Append(latin);
        }

        return sb.Length == 0 ? null : NameSounds.Capitalize(sb.ToString());
    }

    /// <summary>Whether a bare ド or ト follows a bare ル: "ld" and "lt" close a syllable in these names ("Goldman", "Walt").</summary>
    private static bool ClosesLiquidCluster(StringBuilder spelled, string unit) =>
        unit is "ド" or "ト" && spelled.Length > 1 && spelled[^1] == 'l' && spelled[^2] is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Kana joined with the small kana after them (ジュ, ティ, ヴァ), and the marks ッ and ー on their own.</summary>
    private static List<string> Units(string part)
    {
        var units = new List<string>(part.Length);
        foreach (var c in part)
        {
            if (c is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' or 'ャ' or 'ュ' or 'ョ' or 'ヮ' && units.Count > 0 && units[^1] is not ("ッ" or "ー"))
            {
                units[^1] += c;
                continue;
            }

            units.Add(c.ToString());
        }

        return units;
    }

    /// <summary>Whether a unit opens with a consonant (so a bare consonant before it keeps no vowel); ン and the marks do not.</summary>
    private static bool ConsonantFirst(string unit)
    {
        if (unit is "ー" or "ン")
        {
            return false;
        }

        if (unit == "ッ")
        {
            return true;
        }

        var latin = NameSounds.Latin(unit);
        return latin.Length > 0 && latin[0] is not ('a' or 'e' or 'i' or 'o' or 'u');
    }
}
