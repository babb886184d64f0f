using System.Text;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// The text of the search keys, one byte per char when every char is Latin-1 (keys fold Latin names to ASCII, so at a
/// million people they all are: half the memory of the chars), else the chars themselves. A slice is read back as
/// chars, widened into a buffer the caller owns, so comparisons and edit distances see exactly the keys' chars.
/// </summary>
internal sealed class KeyText
{
    private readonly byte[]? _narrow;
    private readonly char[]? _wide;

    private KeyText(byte[]? narrow, char[]? wide, int longest) => (_narrow, _wide, Longest) = (narrow, wide, longest);

    /// <summary>Gets the length of the longest slice a caller reads, which a buffer must hold.</summary>
    public int Longest { get; }

    /// <summary>Gets whether the text is kept one byte per char.</summary>
    public bool IsNarrow => _narrow is not null;

    /// <param name="chars">The text.</param>
    /// <param name="longest">The longest slice that will be read.</param>
    public static KeyText Of(char[] chars, int longest)
    {
        ArgumentNullException.ThrowIfNull(chars);
        if (chars.AsSpan().ContainsAnyExceptInRange('\0', '\u00FF'))
        {
            return new KeyText(null, chars, longest);
        }

        var narrow = new byte[chars.Length];
        Encoding.Latin1.GetBytes(chars, narrow);
        return new KeyText(narrow, null, longest);
    }

    /// <summary>A buffer that holds any slice.</summary>
    public char[] NewBuffer() => _narrow is null ? [] : new char[Longest];

    /// <summary>The chars from <paramref name="start"/> on, <paramref name="length"/> of them, widened into <paramref name="buffer"/> if need be.</summary>
    public ReadOnlySpan<char> Slice(int start, int length, char[] buffer)
    {
        if (_wide is not null)
        {
            return _wide.AsSpan(start, length);
        }

        var chars = buffer.AsSpan(0, length);
        Encoding.Latin1.GetChars(_narrow.AsSpan(start, length), chars);
        return chars;
    }
}
