using System.IO.Hashing;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// The texts of an input decoded once and shared, looked up by their UTF-8 bytes (no decoding to find a text already
/// made). A slot per hash, the newest text winning: a lab's name or an article id, repeated all through a file, stays;
/// a person's name lives while the lines nearby use it. An evicted text is only made again, never wrong.
/// </summary>
/// <remarks>One instance per input, used by one thread.</remarks>
internal sealed class Utf8TextPool
{
    private const int Slots = 1 << 16;

    private readonly byte[]?[] _utf8 = new byte[Slots][];
    private readonly string[] _texts = new string[Slots];
    private readonly string[]?[] _sources = new string[Slots][];

    /// <summary>The text of <paramref name="utf8"/> (valid UTF-8 without escapes), shared with earlier equal ones.</summary>
    public string Text(ReadOnlySpan<byte> utf8) => _texts[Slot(utf8)];

    /// <summary>A one-element source list of <paramref name="utf8"/>'s text, shared with earlier equal ones.</summary>
    public string[] Sources(ReadOnlySpan<byte> utf8)
    {
        var slot = Slot(utf8);
        return _sources[slot] ??= [_texts[slot]];
    }

    private int Slot(ReadOnlySpan<byte> utf8)
    {
        // XxHash3 reads short texts in a few wide steps; HashCode.AddBytes went four bytes at a time and was a tenth of
        // parsing. The pool lives in one process only, so any hash will do.
        var slot = (int)XxHash3.HashToUInt64(utf8) & (Slots - 1);
        if (_utf8[slot] is not { } kept || !kept.AsSpan().SequenceEqual(utf8))
        {
            _utf8[slot] = utf8.ToArray();
            _texts[slot] = System.Text.Encoding.UTF8.GetString(utf8);
            _sources[slot] = null;
        }

        return slot;
    }
}
