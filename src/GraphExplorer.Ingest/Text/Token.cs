using System.Globalization;
using System.Text;

namespace GraphExplorer.Ingest.Text;

/// <summary>What a token is made of; CJK characters are one token each because those scripts do not separate words.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Cjk,
    Punct,
}

/// <summary>
/// One token of an article's text: its character range, a folded key (lower case, no accents) used for matching, and the
/// casing facts name recognition needs.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Key, bool SpaceBefore, bool Capitalized, bool AllCaps)
{
    public int Length => End - Start;
}

/// <summary>Splits text into tokens once per article; every later stage works on token indexes and keeps character offsets.</summary>
internal static partial class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 4);
        var i = 0;
        var spaceBefore = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                spaceBefore = true;
                i++;
                continue;
            }

            if (IsCjk(c) || char.IsSurrogate(c))
            {
                var len = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new Token(i, i + len, TokenKind.Cjk, text.Substring(i, len), spaceBefore, false, false));
                i += len;
                spaceBefore = false;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var allDigits = true;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsMark(text[i])) && !IsCjk(text[i]))
                {
                    allDigits &= char.IsDigit(text[i]);
                    i++;
                    if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && char.IsUpper(text[i + 1]) && IsNameBeforeApostrophe(text.AsSpan(start, i - start)))
                    {
                        // O'Brien, Marc'Aurelio: one name word, not a name cut at its apostrophe.
                        i++;
                    }
                }

                var raw = text.AsSpan(start, i - start);
                var upper = char.IsUpper(raw[0]);
                var allCaps = raw.Length > 1 && IsAllCaps(raw);
                tokens.Add(new Token(start, i, allDigits ? TokenKind.Number : TokenKind.Word, Fold(raw), spaceBefore, upper, allCaps));
                spaceBefore = false;
                continue;
            }

            if (PinyinReadingLength(text, i) is var reading and > 0)
            {
                i += reading;
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punct, NormalizePunct(c), spaceBefore, false, false));
            i++;
            spaceBefore = false;
        }

        JoinHyphenatedGivenNames(text, tokens);
        return tokens;
    }

    /// <summary>
    /// Whether a capitalised word before an apostrophe and a capital letter starts a name that goes on after it (O'Brien,
    /// Marc'Aurelio). Not French elisions, which also meet capitals at a sentence's start (L'OpenAI, D'Anthropic,
    /// Qu'OpenAI, Lorsqu'Apple): one letter other than O, or a word ending in "qu".
    /// </summary>
    private static bool IsNameBeforeApostrophe(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0])
        && (word is "O" || (word.Length >= 3 && !word.EndsWith("qu", StringComparison.OrdinalIgnoreCase) && !IsAllCaps(word)));

    /// <summary>Lower case without diacritics, so "Quitté", "quitte" and "QUITTE" share a key.</summary>
    public static string Fold(ReadOnlySpan<char> raw)
    {
        var ascii = true;
        foreach (var ch in raw)
        {
            if (ch > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return string.Create(raw.Length, raw.ToString(), static (span, s) =>
            {
                for (var k = 0; k < s.Length; k++)
                {
                    span[k] = char.ToLowerInvariant(s[k]);
                }
            });
        }

        var decomposed = raw.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (!IsMark(ch))
            {
                builder.Append(ch == 'ß' ? "ss" : char.ToLowerInvariant(ch).ToString());
            }
        }

        return builder.ToString();
    }

    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') // hiragana, katakana
            or (>= '\u3400' and <= '\u4DBF') // CJK extension A
            or (>= '\u4E00' and <= '\u9FFF') // CJK unified ideographs
            or (>= '\uF900' and <= '\uFAFF') // compatibility ideographs
            or (>= '\uAC00' and <= '\uD7AF') // Hangul syllables
            or (>= '\u1100' and <= '\u11FF') // Hangul jamo
            or (>= '\u3130' and <= '\u318F') // Hangul compatibility jamo
            or '\u3005' or '\u30FC'; // 々 and the katakana long vowel mark

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsAllCaps(ReadOnlySpan<char> raw)
    {
        foreach (var ch in raw)
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Typographic variants of one mark share a key, so lexicons list each mark once.</summary>
    private static string NormalizePunct(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => "'",
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u300C' or '\u300D' or '\u300E' or '\u300F' => "\"",
        '\u00B7' or '\u30FB' or '\u2022' or '\u2027' or '\uFF65' => "·",
        '\u2013' or '\u2014' or '\u2212' or '\u2010' or '\u2011' => "-",
        '\uFF0C' => "，",
        '\uFF1A' => ":",
        '\uFF08' => "(",
        '\uFF09' => ")",
        '\uFF1B' => ";",
        '\u3001' => "、",
        _ => c.ToString(),
    };
}
