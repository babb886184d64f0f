using System.Globalization;
using System.Text;
using AnyAscii;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Compares names across scripts by sound. A Korean or Japanese transliteration of a foreign name keeps the name's
/// consonants (vowels are added or shifted to fit the script: "Altman" is 올트먼 ol-teu-meon and アルトマン a-ru-to-ma-n),
/// so both sides are romanised (AnyAscii for Hangul and kana) and reduced to classes of consonant that the two
/// scripts do not tell apart (l/r, p/b/f/v, t/d, k/g, s/z/j/ch/ts); vowels, w and y are dropped.
/// </summary>
internal static class NameSounds
{
    private static readonly char[] s_partSeparators = [' ', '・', '·', '=', '＝', '-', '‐', '\u00A0'];

    /// <summary>The consonant skeleton of one word ("Sutskever" → "SKP"); <paramref name="english"/> applies English
    /// spelling rules (soft c and g, a silent r before a consonant).</summary>
    public static string Skeleton(string word, bool english)
    {
        var s = Latin(word);
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var (emit, width) = c switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' => ('\0', 1),
                'n' when next == 'g' => ('N', 2),
                'c' when next == 'h' => ('S', 2),
                'c' when next == 'k' => ('K', 2),
                'c' => (english && next is 'e' or 'i' or 'y' ? 'S' : 'K', 1),
                's' when next == 'h' => ('S', 2),
                't' when next is 's' or 'z' => ('S', 2),
                't' when next == 'c' && i + 2 < s.Length && s[i + 2] == 'h' => ('S', 3),
                't' when next == 'h' => ('T', 2),
                'p' when next == 'h' => ('P', 2),
                'g' => (english && next is 'e' or 'i' && i == 0 ? 'S' : 'K', 1),
                's' or 'j' or 'z' => ('S', 1),
                'k' or 'q' or 'x' => ('K', 1),
                'p' or 'b' or 'f' or 'v' => ('P', 1),
                't' or 'd' => ('T', 1),
                'l' => ('R', 1),
                'r' => (english && !IsVowel(next) ? '\0' : 'R', 1),
                'm' => ('M', 1),
                'n' => ('N', 1),
                'h' => ('H', 1),
                _ => ('\0', 1),
            };
            Append(emit);
            if (c == 'x')
            {
                Append('S');
            }

            i += width;
        }

        return sb.ToString();

        void Append(char e)
        {
            if (e != '\0' && (sb.Length == 0 || sb[^1] != e))
            {
                sb.Append(e);
            }
        }
    }

    /// <summary>The parts of a name in any script ("ジェフリー・ヒントン" → two parts).</summary>
    public static string[] Parts(string name) => name.Split(s_partSeparators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The one Latin-script candidate that sounds like <paramref name="foreign"/> (a Hangul or katakana name), or null
    /// when none does or two do equally well: guessing between two people would be worse than keeping the name as written.
    /// </summary>
    /// <param name="strict">
    /// For a person known from elsewhere rather than named in the same article: a short part must sound exactly alike
    /// (얀 라이케 is not Yann LeCun), as the article itself gives no sign that the two are one person.
    /// </param>
    public static string? BestMatch(string foreign, IEnumerable<string> latinCandidates, bool strict = false)
    {
        var parts = Parts(foreign).Select(p => Skeleton(p, english: false)).ToArray();
        if (parts.Length == 0 || parts.Sum(p => p.Length) < 2)
        {
            return null;
        }

        string? best = null;
        var bestScore = int.MaxValue;
        var tie = false;
        foreach (var candidate in latinCandidates.Distinct(StringComparer.Ordinal))
        {
            var score = Distance(parts, Parts(candidate).Select(LatinReadings.Skeletons).ToArray(), strict ? 4 : 3);
            if (score < bestScore)
            {
                (best, bestScore, tie) = (candidate, score, false);
            }
            else if (score == bestScore && score != int.MaxValue)
            {
                tie = true;
            }
        }

        return best is not null && bestScore != int.MaxValue && !tie ? best : null;
    }

    /// <summary>
    /// How far two names' skeletons are apart, or <see cref="int.MaxValue"/> when they are not the same name. Each Latin
    /// part has the skeletons of all its readings (<see cref="LatinReadings"/>); the closest one counts.
    /// </summary>
    private static int Distance(string[] foreign, string[][] latin, int tolerantFrom)
    {
        if (latin.Length is < 2 or > 4)
        {
            return int.MaxValue;
        }

        if (foreign.Length == latin.Length)
        {
            var total = 0;
            for (var k = 0; k < foreign.Length; k++)
            {
                var d = PartDistance(foreign[k], latin[k], tolerantFrom);
                if (d == int.MaxValue)
                {
                    return int.MaxValue;
                }

                total += d;
            }

            return total <= 2 ? total : int.MaxValue;
        }

        // "Hyung Won Chung" may be written in two parts (ヒョンウォン・チョン): the surname must agree, the rest as one.
        if (PartDistance(foreign[^1], latin[^1], tolerantFrom) == int.MaxValue)
        {
            return int.MaxValue;
        }

        var a = string.Concat(foreign[..^1]);
        var rest = int.MaxValue;
        foreach (var b in JoinedReadings(latin[..^1]))
        {
            var d = EditDistance.Levenshtein(a, b);
            if (d <= Tolerance(a, b, tolerantFrom))
            {
                rest = Math.Min(rest, d);
            }
        }

        return rest == int.MaxValue ? int.MaxValue : rest + 1;
    }

    /// <summary>The distance from one foreign part to the closest reading of a Latin part, or <see cref="int.MaxValue"/> when none is close.</summary>
    private static int PartDistance(string foreign, string[] readings, int tolerantFrom)
    {
        var best = int.MaxValue;
        foreach (var reading in readings)
        {
            var d = EditDistance.Levenshtein(foreign, reading);
            if (d <= Tolerance(foreign, reading, tolerantFrom))
            {
                best = Math.Min(best, d);
            }
        }

        return best;
    }

    /// <summary>The parts joined as written, and with one part read another way at a time.</summary>
    private static IEnumerable<string> JoinedReadings(string[][] parts)
    {
        yield return string.Concat(parts.Select(p => p[0]));
        for (var k = 0; k < parts.Length; k++)
        {
            for (var r = 1; r < parts[k].Length; r++)
            {
                yield return string.Concat(parts.Select((p, i) => i == k ? p[r] : p[0]));
            }
        }
    }

    /// <summary>One consonant may differ once the longer skeleton has <paramref name="from"/> consonants.</summary>
    private static int Tolerance(string a, string b, int from) => Math.Max(a.Length, b.Length) >= from ? 1 : 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A romanised spelling for a name no candidate matched: each part transliterated and capitalised.</summary>
    public static string Romanize(string name) =>
        string.Join(' ', Parts(name).Select(p => KatakanaPress.Spell(p) ?? Capitalize(Latin(p))));

    /// <summary>
    /// Lower-case Latin letters for a word of any script. Katakana is read syllable by syllable so that small kana
    /// combine with the one before (ジョ is "jo", not "jiyo"; フィ is "fi"), the small tsu doubles the next consonant
    /// and the long-vowel mark is dropped, as English spellings of such names do.
    /// </summary>
    public static string Latin(string word)
    {
        var sb = new StringBuilder(word.Length * 2);
        var geminate = false;
        var previous = '\0';
        foreach (var c in word)
        {
            var before = previous;
            previous = c;
            if (c is 'ッ' or 'っ')
            {
                geminate = true;
                continue;
            }

            if (c == 'ー')
            {
                continue;
            }

            var latin = c.ToString().Transliterate().ToLowerInvariant();
            if (c is 'ャ' or 'ュ' or 'ョ' or 'ゃ' or 'ゅ' or 'ょ' && sb.Length > 1 && sb[^1] == 'i')
            {
                // シ+ョ → sho, ジ+ョ → jo, キ+ョ → kyo
                var consonantEnds = sb.Length >= 3 && (sb[^2] == 'h' || sb[^2] == 'j');
                sb.Length -= consonantEnds || sb[^2] == 'j' ? 1 : 0;
                if (!consonantEnds && sb[^1] == 'i')
                {
                    sb[^1] = 'y';
                }

                sb.Append(latin.TrimStart('y'));
                continue;
            }

            if (c is 'ァ' or 'ィ' or 'ェ' or 'ォ' && before == 'ウ' && sb.Length > 0 && sb[^1] == 'u')
            {
                sb[^1] = 'w'; // ウ+ォ → wo, ウ+ィ → wi: the English w ("ウォーカー" Walker, "ウィリアム" William)
                sb.Append(latin);
                continue;
            }

            if (c is 'ュ' or 'ゅ' && sb.Length > 1 && sb[^1] == 'e' && sb[^2] is 'd' or 't')
            {
                sb[^1] = 'u'; // デ+ュ → du, テ+ュ → tu ("フェデュス" Fedus)
                continue;
            }

            if (c is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' && sb.Length > 1 && "aeiou".Contains(sb[^1], StringComparison.Ordinal))
            {
                sb.Length--; // フ+ィ → fi, ジ+ェ → je
                sb.Append(latin);
                continue;
            }

            if (geminate && latin.Length > 0 && char.IsAsciiLetter(latin[0]))
            {
                sb.Append(latin[0]);
            }

            geminate = false;
            sb.Append(latin);
        }

        return sb.ToString();
    }

    public static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
}

/// <summary>
/// Known people's names indexed by the sound of their last part, so a transliteration is compared with the few people
/// whose surname sounds alike rather than with everyone in a large store. Keys are the surname skeleton and each form
/// of it with one consonant left out, which finds every surname one edit away.
/// </summary>
internal sealed class KnownPeople
{
    private readonly Dictionary<string, List<string>> _bySurname = new(StringComparer.Ordinal);

    public KnownPeople(IEnumerable<string> people)
    {
        foreach (var person in people)
        {
            var parts = NameSounds.Parts(person);
            if (parts.Length is < 2 or > 4 || parts.Any(p => p.Any(c => c > 0x2E7F)))
            {
                continue;
            }

            foreach (var key in LatinReadings.Skeletons(parts[^1]).SelectMany(Keys).Distinct(StringComparer.Ordinal))
            {
                if (!_bySurname.TryGetValue(key, out var list))
                {
                    _bySurname[key] = list = [];
                }

                list.Add(person);
            }
        }
    }

    /// <summary>The one known person that sounds like the transliterated name, or null.</summary>
    public string? Match(string foreign)
    {
        var parts = NameSounds.Parts(foreign);
        if (parts.Length == 0)
        {
            return null;
        }

        var candidates = Keys(NameSounds.Skeleton(parts[^1], english: false))
            .SelectMany(k => _bySurname.TryGetValue(k, out var list) ? list : []);
        return NameSounds.BestMatch(foreign, candidates, strict: true) is { } match && HangulSurnameAgrees(parts[^1], NameSounds.Parts(match)[^1])
            ? match
            : null;
    }

    /// <summary>
    /// Whether a Hangul surname also sounds like the known person's surname by its vowels (<see cref="PartSound"/>): the
    /// consonant skeleton alone made 파울러 (Fowler) the known Weil, as both are p-r once w is read as v and vowels dropped.
    /// </summary>
    private static bool HangulSurnameAgrees(string foreign, string latin)
    {
        if (!foreign.Any(c => c is >= '\uAC00' and <= '\uD7AF'))
        {
            return true;
        }

        var keys = PartSound.Foreign(foreign);
        return LatinReadings.Of(latin).Select(PartSound.English).Any(english => keys.Exists(k => PartSound.Cost(k, english) <= PartSound.Allowed(k) + 2));
    }

    private static IEnumerable<string> Keys(string skeleton)
    {
        yield return skeleton;
        for (var i = 0; i < skeleton.Length; i++)
        {
            yield return skeleton.Remove(i, 1);
        }
    }
}
