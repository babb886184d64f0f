using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// Writes a binary image as a sequence of sections, each a typed array of plain values: its byte length, a checksum of
/// its bytes, then the bytes themselves padded to 8. Arrays go to the stream as they lie in memory, so writing and
/// reading a million-node graph is a few large sequential copies rather than millions of small writes.
/// </summary>
public sealed class GraphImageWriter(Stream stream)
{
    private static readonly byte[] s_padding = new byte[8];

    public void WriteArray<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values);
        Span<long> header = [bytes.Length, unchecked((long)GraphImageChecksum.Of(bytes))];
        stream.Write(MemoryMarshal.AsBytes(header));
        stream.Write(bytes);
        stream.Write(s_padding, 0, GraphImageChecksum.Padding(bytes.Length));
    }

    /// <summary>Writes strings as one block of UTF-16 text and the offsets where each starts (read back in one go).</summary>
    public void WriteStrings(IReadOnlyList<string> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var offsets = new int[strings.Count + 1];
        long total = 0;
        for (var i = 0; i < strings.Count; i++)
        {
            offsets[i] = checked((int)total);
            total += strings[i].Length;
        }

        offsets[^1] = checked((int)total);
        var text = GC.AllocateUninitializedArray<char>((int)total);
        for (var i = 0; i < strings.Count; i++)
        {
            strings[i].CopyTo(text.AsSpan(offsets[i]));
        }

        WriteArray<int>(offsets);
        WriteArray<char>(text);
    }
}

/// <summary>
/// Reads what <see cref="GraphImageWriter"/> wrote. Every section is checked against its checksum before it is handed
/// out, and no length is believed beyond what the stream still holds, so a damaged or truncated image throws
/// <see cref="InvalidDataException"/> instead of being used.
/// </summary>
public sealed class GraphImageReader(Stream stream)
{
    public T[] ReadArray<T>()
        where T : unmanaged
    {
        Span<long> header = stackalloc long[2];
        stream.ReadExactly(MemoryMarshal.AsBytes(header));
        var length = header[0];
        var size = Unsafe.SizeOf<T>();
        if (length < 0 || length % size != 0 || length > stream.Length - stream.Position || length / size > Array.MaxLength)
        {
            throw new InvalidDataException($"The image has a section of {length} bytes at offset {stream.Position - 16}, which it cannot hold.");
        }

        var values = GC.AllocateUninitializedArray<T>((int)(length / size));
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        stream.ReadExactly(bytes);
        if (unchecked((long)GraphImageChecksum.Of(bytes)) != header[1])
        {
            throw new InvalidDataException($"The image section ending at offset {stream.Position} does not match its checksum.");
        }

        Span<byte> padding = stackalloc byte[8];
        stream.ReadExactly(padding[..GraphImageChecksum.Padding(bytes.Length)]);
        return values;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string[] ReadStrings()
    {
        var offsets = ReadArray<int>();
        var text = ReadArray<char>();
        if (offsets.Length == 0 || offsets[^1] != text.Length)
        {
            throw new InvalidDataException("The image's strings do not match their offsets.");
        }

        var strings = new string[offsets.Length - 1];
        for (var i = 0; i < strings.Length; i++)
        {
            var start = offsets[i];
            var length = offsets[i + 1] - start;
            strings[i] = length == 0 ? string.Empty : new string(text, start, length);
        }

        return strings;
    }
}

/// <summary>
/// A Fletcher-style checksum over 64-bit words (a running sum and a sum of the sums, so a changed, lost or moved word
/// shows), computed several words at a time: it runs at memory speed, so checking a few hundred MB costs tens of ms.
/// It guards against damage, not against someone forging an image.
/// </summary>
public static class GraphImageChecksum
{
    private const ulong Prime = 0x9E3779B97F4A7C15;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Of(ReadOnlySpan<byte> data)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        var vectors = MemoryMarshal.Cast<ulong, Vector<ulong>>(words);
        Vector<ulong> sum = Vector<ulong>.Zero, sumOfSums = Vector<ulong>.Zero;
        foreach (var vector in vectors)
        {
            sum += vector;
            sumOfSums += sum;
        }

        var hash = Mix((ulong)data.Length, Prime);
        for (var lane = 0; lane < Vector<ulong>.Count; lane++)
        {
            hash = Mix(hash, sum[lane]);
            hash = Mix(hash, sumOfSums[lane]);
        }

        for (var i = vectors.Length * Vector<ulong>.Count; i < words.Length; i++)
        {
            hash = Mix(hash, words[i]);
        }

        for (var i = words.Length * sizeof(ulong); i < data.Length; i++)
        {
            hash = Mix(hash, data[i]);
        }

        return hash;
    }

    /// <summary>How many zero bytes follow a section of <paramref name="length"/> bytes so the next starts 8-aligned.</summary>
    public static int Padding(int length) => (8 - (length & 7)) & 7;

    private static ulong Mix(ulong hash, ulong value) => BitOperations.RotateLeft((hash ^ value) * Prime, 29);
}
