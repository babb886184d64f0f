using System.Text;
using AnyAscii;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// A finer sound key for one name part than <see cref="NameSounds.Skeleton"/>, for choosing among hundreds of listed
/// spellings rather than a few people: consonants keep the distinctions katakana and Hangul make (ジ/シ, 조/소: j is not s;
/// チ and 츠: ch and ts are one sound), vowels stay, and each side is first rewritten the way it is pronounced: English
/// spelling rules (a silent final e, r after a vowel colouring it, soft c and g, ee/ew/oo) and the vowels the other
/// script adds (the u of ク, the 으 eu of 드, 어 eo for a schwa). Keys are compared by an edit cost where vowels and
/// close consonants (k/g, t/d, p/b, ch/j) cost half as much as other consonants.
/// </summary>
internal static class PartSound
{
    /// <summary>The key of a name part spelled in Latin letters the English way ("Andrew" → "andru").</summary>
    public static string English(string spelling) => English(spelling, rhotic: false);

    /// <summary>
    /// As <see cref="English(string)"/>, keeping an r after a vowel when <paramref name="rhotic"/>: names from languages
    /// that sound it (Kumar, Oskar) are written with it in Hangul (쿠마르), unlike English ones (밀러 for Miller).
    /// </summary>
    public static string English(string spelling, bool rhotic)
    {
        var w = new string(spelling.Transliterate().ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
        w = w.Replace("tth", "th", StringComparison.Ordinal); // "Matthew" sounds マシュー: one sound, as "th" alone
        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && !IsVowel(w[^3]))
        {
            w = string.Concat(w.AsSpan(0, w.Length - 2), "s"); // "Jones" sounds ジョーンズ, "James" ジェームズ
        }

        if (w.Length > 3 && w[^1] == 'e' && !IsVowel(w[^2]) && w[^3] is 'i' or 'a' && !IsVowel(w[^4]))
        {
            // A silent final e makes the vowel before it long: "Mike" sounds マイク, "Kate" ケイト, "Dave" デイブ.
            // The upper-case letters mark the long vowels: I is the "ai" of Mike, E the "ei" of Kate.
            // The e also keeps a c or g before it soft once it is dropped: "Rice" ends in s, "Page" in j.
            var consonant = w[^2] switch { 'c' => "s", 'g' => "j", _ => w.Substring(w.Length - 2, 1) };
            w = string.Concat(w.AsSpan(0, w.Length - 3), w[^3] == 'i' ? "I" : "E", consonant);
        }

        var sb = new StringBuilder(w.Length);
        var i = 0;
        while (i < w.Length)
        {
            var c = w[i];
            var next = At(w, i + 1);
            var rest = w.AsSpan(i);
            if (rest.StartsWith("tch") || rest.StartsWith("sch"))
            {
                sb.Append(c == 't' ? 'c' : 's');
                i += 3;
                continue;
            }

            var (emit, width) = c switch
            {
                'c' when next == 'h' => (char.IsAsciiLetterLower(At(w, i + 2)) && !IsVowel(At(w, i + 2)) ? "k" : "c", 2),
                's' when next == 'h' => ("s", 2),
                'p' when next == 'h' => ("p", 2),
                't' when next == 'h' => (i == 0 ? "t" : "s", 2), // Thomas トーマス, but Keith キース and Smith スミス
                'c' when next == 'k' => ("k", 2),
                'z' when next == 'h' => ("j", 2),
                'd' when next == 'g' => ("j", 2),
                'w' when next == 'h' => (string.Empty, 2),
                'g' when next == 'h' => (i > 0 && IsVowel(w[i - 1]) ? string.Empty : "g", 2),
                'n' when next == 'g' && (i + 2 == w.Length || !IsVowel(At(w, i + 2))) => ("n", 2),
                'e' when next is 'e' or 'a' => ("i", 2),
                'i' when next == 'e' && i > 0 => ("i", 2),
                'o' when next == 'o' => ("u", 2),
                'e' when next == 'w' => ("u", 2),
                'e' when next == 'y' && i + 2 == w.Length => ("i", 2),
                'o' when next == 'a' => ("o", 2),
                'a' when next == 'w' && !IsVowel(At(w, i + 2)) => ("o", 2), // Shaw ショー, Crawford クロフォード, Lawson ローソン
                'o' when next == 'w' && i > 0 && At(w, i + 2) is 'n' or 'l' => ("au", 2), // Brown 브라운 ブラウン, Powell 파월, Fowler 파울러
                'a' when next == 'u' => ("o", 2),
                'e' when next == 'i' && i + 2 < w.Length => ("i", 2), // Neil, Keith (the pinyin Lei, Wei keep it)
                'a' or 'e' when next is 'i' or 'y' && i + 2 < w.Length => ("e", 2), // Craig, Taylor, Reynolds
                'I' => ("ai", 1),
                'E' => ("e", 1),
                'e' when i + 1 == w.Length && w.Length > 3 && !IsVowel(w[i - 1]) => (string.Empty, 1),
                'c' => (next is 'e' or 'i' or 'y' ? "s" : "k", 1),
                'g' => (i == 0 && next is 'e' or 'i' ? "j" : "g", 1),
                'x' => (i == 0 ? "s" : "ks", 1),
                'q' => (i == 0 && next != 'u' ? "c" : "k", 1),
                'r' when !rhotic && sb.Length > 0 && IsVowel(sb[^1]) && !IsVowel(next) && next != 'y' && w.Length > 3 => (string.Empty, 1),
                _ => (Consonant(c, i == 0), 1),
            };
            if (c == 'r' && emit.Length == 0 && width == 1)
            {
                sb[^1] = sb[^1] == 'o' ? 'o' : 'a'; // "Peter" sounds ピーター, "Mark" マーク, "Gordon" ゴードン
            }

            sb.Append(emit);
            i += width;
        }

        return Collapse(sb);
    }

    /// <summary>The keys of a katakana or Hangul name part: as read, and without a final vowel the script adds ("マーク" → "mak").</summary>
    public static List<string> Foreign(string part)
    {
        var korean = part.Any(c => c is >= '\uAC00' and <= '\uD7AF');
        var w = NameSounds.Latin(part);
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = At(w, i + 1);
            if (korean && c == 'e' && next == 'u' && sb.Length > 0 && !IsVowel(sb[^1]) && sb[^1] != Schwa)
            {
                // 드 deu, 스 seu: the vowel Hangul adds to a lone consonant. It also stands for an unstressed English
                // vowel (제이슨 for "Jason", 잭슨 for "Jackson"), so it stays as a schwa that any vowel or nothing matches.
                sb.Append(Schwa);
                i++;
                continue;
            }

            if (korean && (c, next) is ('e', 'o') or ('a', 'e'))
            {
                sb.Append('a'); // 먼 meon for "man", 샘 saem for "Sam"
                i++;
                continue;
            }

            var (emit, width) = c switch
            {
                'e' when next == 'i' => ("e", 2), // デイ dei, 데이 dei: the English long a
                's' when next == 'h' => ("s", 2),
                'c' when next == 'h' => ("c", 2),
                't' when next == 's' => ("c", 2),
                'n' when next == 'g' && !IsVowel(At(w, i + 2)) => ("n", 2),
                'y' when i > 0 && !IsVowel(w[i - 1]) => (string.Empty, 1), // リュ ryu, 류 ryu: the u of "Andrew"
                _ => (Consonant(c, i == 0), 1),
            };
            sb.Append(emit);
            i += width - 1;
        }

        var key = Collapse(sb);
        var keys = new List<string>(2);
        if (key.Length > 0)
        {
            keys.Add(key);
        }

        if (korean && w.EndsWith("ei", StringComparison.Ordinal) && key.Length > 0 && key[^1] == 'e')
        {
            keys.Add(key + "i"); // 웨이, 레이: the final "ei" of a Chinese syllable (Wei, Lei), which English spells as written
        }

        if (!korean && key.Length > 2 && (key[^1] == 'u' || (key[^1] == 'o' && key[^2] is 't' or 'd')) && !IsVowel(key[^2]) && key[^2] != 'n')
        {
            keys.Add(key[..^1]); // ク ku, ド do: the vowel katakana adds after a final consonant
        }

        return keys;
    }

    /// <summary>How many vowels of a katakana key the script only adds (the u after a consonant, the o of ト and ド, before another consonant or at the end).</summary>
    public static int AddedVowels(string key)
    {
        var count = 0;
        for (var i = 1; i < key.Length; i++)
        {
            var previous = key[i - 1];
            var following = At(key, i + 1);
            var closes = following == '\0' || (!IsVowel(following) && following != 'n');
            count += closes && ((key[i] == 'u' && !IsVowel(previous) && previous != 'n') || (key[i] == 'o' && previous is 't' or 'd')) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The index bucket of a key: its first sound, with close consonants together and any vowel as one.</summary>
    public static char Onset(string key) => key.Length == 0 ? '\0' : key[0] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => 'V',
        'g' => 'k',
        'd' => 't',
        'b' => 'p',
        'j' => 'c',
        var c => c,
    };

    /// <summary>The schwa of a Hangul key: the 으 (eu) Hangul adds after a lone consonant, matched by any vowel or by nothing.</summary>
    public const char Schwa = '@';

    /// <summary>The number of sounds a key has that count for its length (a schwa does not).</summary>
    public static int Sounds(string key) => key.Length - key.Count(c => c == Schwa);

    /// <summary>The largest cost at which a listed part still counts as the same name: none for one syllable.</summary>
    public static int Allowed(string key) => Sounds(key) switch
    {
        <= 2 => 0,
        <= 4 => 1,
        <= 6 => 2,
        _ => 3,
    };

    /// <summary>The edit cost from a transliteration's key to an English key: a vowel or a close consonant costs 1, any other consonant 2.</summary>
    public static int Cost(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + Weight(b[j - 1]);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var dropped = Dropped(a, i - 1);
            current[0] = previous[0] + dropped;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(
                    previous[j - 1] + Substitution(a[i - 1], b[j - 1]),
                    Math.Min(previous[j] + dropped, current[j - 1] + Weight(b[j - 1])));
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    private static int Weight(char c) => IsVowel(c) ? 1 : 2;

    /// <summary>
    /// The cost of a sound of the transliteration that the English spelling lacks: cheap only for the vowels the script
    /// adds between consonants (the u of ク and ス, the o of ト and ド, the i of チ and 지); any other vowel was heard, so
    /// "ポーレン" is not "Flynn".
    /// </summary>
    private static int Dropped(string a, int i)
    {
        var previous = i > 0 ? a[i - 1] : '\0';
        return a[i] switch
        {
            Schwa => 0,
            'u' => 1,
            'o' when previous is 't' or 'd' => 1,
            'i' when previous is 'c' or 'j' => 1,
            _ => 2,
        };
    }

    private static int Substitution(char a, char b)
    {
        if (a == b || (a == Schwa && IsVowel(b)))
        {
            return 0;
        }

        if (IsVowel(a) && IsVowel(b))
        {
            return 1;
        }

        return (a, b) switch
        {
            ('k', 'g') or ('g', 'k') or ('t', 'd') or ('d', 't') or ('p', 'b') or ('b', 'p') or ('c', 'j') or ('j', 'c') or ('t', 's') or ('s', 't') => 1,
            _ => 2,
        };
    }

    /// <summary>One letter mapped to the key's alphabet: f is p and v is b (Hangul has neither), l is r, z is s, y is i; w and a non-initial h are dropped.</summary>
    private static string Consonant(char c, bool initial) => c switch
    {
        'f' => "p",
        'v' => "b",
        'l' => "r",
        'z' => "s",
        'y' => "i",
        'w' => string.Empty,
        'h' => initial ? "h" : string.Empty,
        'q' => "k",
        'x' => "ks",
        'c' => "k",
        _ when char.IsAsciiLetterLower(c) => c.ToString(),
        _ => string.Empty,
    };

    private static string Collapse(StringBuilder sb)
    {
        var result = new StringBuilder(sb.Length);
        foreach (var c in sb.ToString())
        {
            if (result.Length == 0 || result[^1] != c)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
