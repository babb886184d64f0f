using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Core.Model;

/// <summary>Name normalisation shared by ids, alias matching and search, so every part agrees on what "the same name" is.</summary>
public static class Names
{
    /// <summary>
    /// The key two spellings share when they name the same thing: Unicode-compatible form, accents removed, case folded,
    /// punctuation (including the CJK middle dot in <c>约翰·舒曼</c>) turned into single spaces.
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
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
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The id of a canonical English name: lowercase ASCII words joined by hyphens (<c>Thinking Machines Lab</c> →
    /// <c>thinking-machines-lab</c>). A name with no Latin letters gets a stable hashed id (<c>person-1a2b3c4d</c>).
    /// </summary>
    public static string Slug(string name, NodeKind kind)
    {
        var key = Key(name);
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 0 && slug.Length * 2 >= key.Replace(" ", string.Empty, StringComparison.Ordinal).Length)
        {
            return slug;
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
