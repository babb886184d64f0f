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

        var values = Allocate<T>((int)(length / size));
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

    /// <summary>
    /// A new array for a section. A large one is asked to sit on 2 MB pages where Linux allows it (madvise): reading a
    /// few hundred MB into 4 KB pages costs a page fault each, over a second of kernel time on a virtual machine, against
    /// a few hundred faults on 2 MB pages. Pinned, so the advice stays with the memory it was given for.
    /// </summary>
    private static T[] Allocate<T>(int count)
        where T : unmanaged
    {
        var bytes = (long)count * Unsafe.SizeOf<T>();
        if (bytes < HugePage * 2 || !OperatingSystem.IsLinux())
        {
            return GC.AllocateUninitializedArray<T>(count);
        }

        var values = GC.AllocateUninitializedArray<T>(count, pinned: true);
        unsafe
        {
            var start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(values));
            var first = (start + HugePage - 1) & ~(HugePage - 1);
            var last = (start + (nint)bytes) & ~(HugePage - 1);
            if (last > first)
            {
                // Only advice: when it is refused the read works as before, on small pages.
                _ = Madvise(first, (nuint)(last - first), AdviseHugePage);
            }
        }

        return values;
    }

    private const nint HugePage = 2 * 1024 * 1024;

    private const int AdviseHugePage = 14;

    [DllImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(nint address, nuint length, int advice);
}

/// <summary>
/// The checksum of a section: XxHash3 of its bytes, which runs at memory speed (a few hundred MB in tens of ms). It
/// guards against damage, not against someone forging an image.
/// </summary>
public static class GraphImageChecksum
{
    public static ulong Of(ReadOnlySpan<byte> data) => System.IO.Hashing.XxHash3.HashToUInt64(data);

    /// <summary>How many zero bytes follow a section of <paramref name="length"/> bytes so the next starts 8-aligned.</summary>
    public static int Padding(int length) => (8 - (length & 7)) & 7;
}
