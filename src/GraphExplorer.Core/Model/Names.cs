using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AnyAscii;

namespace GraphExplorer.Core.Model;

/// <summary>Name normalisation shared by ids, alias matching and search, so every part agrees on what "the same name" is.</summary>
public static class Names
{
    /// <summary>
    /// The key two spellings share when they name the same thing: Unicode-compatible form, accents removed, Latin letters
    /// without a decomposition folded to ASCII (<c>Łukasz</c> → <c>lukasz</c>, <c>Weißmann</c> → <c>weissmann</c>,
    /// <c>Søren</c> → <c>soren</c>), case folded, punctuation (including the CJK middle dot in <c>约翰·舒曼</c>) turned
    /// into single spaces. Other scripts keep their letters: a romanisation is not a unique spelling (two different
    /// Chinese names can share one), so merging through it would join different people.
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Ascii.IsValid(name) ? AsciiKey(name) : FoldedKey(name, foldLatin: true);
    }

    /// <summary>
    /// The key before Latin letters without a decomposition were folded through AnyAscii (<c>Łukasz</c> was
    /// <c>łukasz</c>), which stores written then still hold; only the migrations that bring them up to date need it.
    /// </summary>
    public static string KeyBeforeAnyAscii(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Ascii.IsValid(name) ? AsciiKey(name) : FoldedKey(name, foldLatin: false);
    }

    private static string FoldedKey(string name, bool foldLatin)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                if (foldLatin && c > '\u007f' && IsLatin(c))
                {
                    AppendFolded(builder, c);
                }
                else
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    // Letters such as ł, ø, ß, æ, đ, þ have no decomposition, so removing marks leaves them as they are; AnyAscii knows
    // their usual ASCII spelling ("ß" is "ss", "æ" is "ae").
    private static void AppendFolded(StringBuilder builder, char c)
    {
        foreach (var folded in c.ToString().Transliterate())
        {
            if (char.IsAsciiLetterOrDigit(folded))
            {
                builder.Append(char.ToLowerInvariant(folded));
            }
        }
    }

    // The Latin blocks of the Basic Multilingual Plane (Latin-1 Supplement to Latin Extended-E); letters of other
    // scripts are kept, see Key.
    private static bool IsLatin(char c) =>
        c is (>= '\u00c0' and <= '\u02af') or (>= '\u1d00' and <= '\u1dbf') or (>= '\u1e00' and <= '\u1eff')
            or (>= '\u2c60' and <= '\u2c7f') or (>= '\ua720' and <= '\ua7ff') or (>= '\uab30' and <= '\uab6f');

    // The same key as the general path for ASCII text (already normalised, no combining marks), without its
    // normalisation, category lookups and builder: loading calls Key several times per fact.
    private static string AsciiKey(string name)
    {
        Span<char> key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    key[length++] = ' ';
                }

                pendingSpace = false;
                key[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key[..length].SequenceEqual(name) ? name : new string(key[..length]);
    }

    /// <summary>
    /// The id of a canonical English name: lowercase ASCII words joined by hyphens (<c>Thinking Machines Lab</c> →
    /// <c>thinking-machines-lab</c>). A name with no Latin letters gets a stable hashed id (<c>person-1a2b3c4d</c>).
    /// </summary>
    public static string Slug(string name, NodeKind kind) => SlugOfKey(Key(name), kind);

    /// <summary>The id <see cref="Slug"/> makes of a name whose key is <paramref name="key"/>.</summary>
    public static string SlugOfKey(string key, NodeKind kind)
    {
        ArgumentNullException.ThrowIfNull(key);

        // Built in a buffer, not a StringBuilder: a large load makes an id for every new name (a million people).
        Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                buffer[length++] = c;
            }
            else if (length > 0 && buffer[length - 1] != '-')
            {
                buffer[length++] = '-';
            }
        }

        // No hyphen leads (one is only written after a letter or digit); one may trail.
        var slug = buffer[..length].TrimEnd('-');
        if (slug.Length > 0 && slug.Length * 2 >= key.Length - key.AsSpan().Count(' '))
        {
            return slug.SequenceEqual(key) ? key : new string(slug);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var prefix = kind == NodeKind.Person ? "person" : "lab";
        return $"{prefix}-{Convert.ToHexStringLower(hash.AsSpan(0, 4))}";
    }

    /// <summary>True when <paramref name="id"/> has the form of an id (lowercase ASCII letters, digits and single hyphens).</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 200 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
