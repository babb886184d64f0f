using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Syntax;

internal enum TokenKind
{
    Identifier,
    QuotedIdentifier,
    Integer,
    Float,
    String,
    Parameter,
    Symbol,

    /// <summary>Digits run into letters (<c>1B2c</c>): an error where a number is read, unexpected anywhere else.</summary>
    InvalidNumber,
    End,
}

internal sealed record Token(TokenKind Kind, string Text, int Offset, int Length, object? Value = null)
{
    public bool Is(string keyword) => Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;
}

/// <summary>Splits a query into tokens; comments and white space are dropped, offsets kept for error positions.</summary>
internal static class Lexer
{
    private static readonly string[] Symbols =
    [
        "..", "<>", "!=", "<=", ">=", "=~", "+=", "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "+", "-", "*", "/", "%", "^", "=", "<", ">", "$",
    ];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw Parser.Error(text, i, "Failed to parse comment. A comment starting with '/*' must also have a closing '*/'.");
                }

                i = close + 2;
                continue;
            }

            var start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start, i - start));
                continue;
            }

            if (c == '`')
            {
                var sb = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw Parser.Error(text, start, "Failed to parse quoted identifier: missing closing '`'.");
                    }

                    if (text[i] == '`')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '`')
                        {
                            sb.Append('`');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    sb.Append(text[i++]);
                }

                tokens.Add(new Token(TokenKind.QuotedIdentifier, sb.ToString(), start, i - start));
                continue;
            }

            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && !(tokens.Count > 0 && tokens[^1].IsSymbol(".."))))
            {
                tokens.Add(Number(text, ref i));
                continue;
            }

            if (c is '\'' or '"')
            {
                tokens.Add(StringLiteral(text, ref i));
                continue;
            }

            if (c == '$')
            {
                i++;
                var nameStart = i;
                if (i < text.Length && text[i] == '`')
                {
                    var close = text.IndexOf('`', i + 1);
                    if (close < 0)
                    {
                        throw Parser.Error(text, i, "Failed to parse quoted parameter name.");
                    }

                    tokens.Add(new Token(TokenKind.Parameter, text[(i + 1)..close], start, close + 1 - start));
                    i = close + 1;
                    continue;
                }

                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                if (i == nameStart)
                {
                    throw Parser.Error(text, start, "Invalid input '$': expected a parameter name");
                }

                tokens.Add(new Token(TokenKind.Parameter, text[nameStart..i], start, i - start));
                continue;
            }

            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
            if (symbol is null)
            {
                // A character outside ASCII where a symbol belongs is usually a look-alike (an em dash for '-').
                throw Parser.Error(text, i, $"Invalid input '{c}'", c > '\u007f' ? "InvalidUnicodeCharacter" : "UnexpectedSyntax");
            }

            tokens.Add(new Token(TokenKind.Symbol, symbol, i, symbol.Length));
            i += symbol.Length;
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length, 0));
        return tokens;
    }

    private static Token Number(string text, ref int i)
    {
        var start = i;
        if (text[i] == '0' && i + 1 < text.Length && (text[i + 1] is 'x' or 'X' or 'o' or 'O'))
        {
            var hex = text[i + 1] is 'x' or 'X';
            i += 2;
            var digitsStart = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var digits = text[digitsStart..i];
            ulong value = 0;
            var radix = hex ? 16UL : 8UL;
            foreach (var ch in digits)
            {
                var digit = ch is >= '0' and <= '9' ? (ulong)(ch - '0') : ch is >= 'a' and <= 'f' ? (ulong)(ch - 'a' + 10) : ch is >= 'A' and <= 'F' ? (ulong)(ch - 'A' + 10) : ulong.MaxValue;
                if (digit >= radix)
                {
                    throw Parser.Error(text, start, $"Invalid input '{text[start..i]}'", "InvalidNumberLiteral");
                }

                if (value > (ulong.MaxValue - digit) / radix)
                {
                    throw Parser.Error(text, start, "integer is too large", "IntegerOverflow");
                }

                value = (value * radix) + digit;
            }

            if (digits.Length == 0)
            {
                throw Parser.Error(text, start, $"Invalid input '{text[start..i]}'", "InvalidNumberLiteral");
            }

            // 2^63 fits only negated (the smallest integer); the parser accepts it after a minus sign.
            if (value > 9_223_372_036_854_775_808UL)
            {
                throw Parser.Error(text, start, "integer is too large", "IntegerOverflow");
            }

            return new Token(TokenKind.Integer, text[start..i], start, i - start, value == 9_223_372_036_854_775_808UL ? null : (long)value);
        }

        var isFloat = false;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            isFloat = true;
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }

            if (j < text.Length && char.IsDigit(text[j]))
            {
                isFloat = true;
                i = j;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
        }

        var literal = text[start..i];
        if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
        {
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            return new Token(TokenKind.InvalidNumber, text[start..i], start, i - start);
        }

        if (isFloat)
        {
            var d = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(d))
            {
                throw Parser.Error(text, start, "floating point number is too large", "FloatingPointOverflow");
            }

            return new Token(TokenKind.Float, literal, start, i - start, d);
        }

        // The sign belongs to the parser; an integer literal one beyond long.MaxValue is allowed only when negated.
        if (!long.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var l))
        {
            if (literal.TrimStart('0') == "9223372036854775808")
            {
                return new Token(TokenKind.Integer, literal, start, i - start, null);
            }

            throw Parser.Error(text, start, "integer is too large", "IntegerOverflow");
        }

        return new Token(TokenKind.Integer, literal, start, i - start, l);
    }

    private static Token StringLiteral(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        var sb = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw Parser.Error(text, start, "Failed to parse string literal. The query must contain an even number of non-escaped quotes.");
            }

            var c = text[i];
            if (c == quote)
            {
                i++;
                break;
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                var e = text[i + 1];
                i += 2;
                switch (e)
                {
                    case '\\': sb.Append('\\'); break;
                    case '\'': sb.Append('\''); break;
                    case '"': sb.Append('"'); break;
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u' or 'U':
                        var len = e == 'u' ? 4 : 8;
                        if (i + len > text.Length || !int.TryParse(text.AsSpan(i, len), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Parser.Error(text, i - 2, "Invalid input: invalid unicode escape", "InvalidUnicodeLiteral");
                        }

                        sb.Append(char.ConvertFromUtf32(code));
                        i += len;
                        break;
                    default:
                        sb.Append('\\').Append(e);
                        break;
                }

                continue;
            }

            sb.Append(c);
            i++;
        }

        return new Token(TokenKind.String, text[start..i], start, i - start, sb.ToString());
    }
}
