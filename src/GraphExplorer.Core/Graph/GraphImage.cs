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
/// out, and no length is believed beyond what the image still holds, so a damaged or truncated image throws
/// <see cref="InvalidDataException"/> instead of being used.
/// </summary>
/// <remarks>
/// A large image on Linux is mapped into memory (private, populated from the page cache at once) and the graph's big
/// arrays are used where they lie in the mapping: reading a few hundred MB into fresh memory costs a zeroed page and a
/// page fault for every 4 KB, which on a virtual machine was over a second of kernel time, while mapping the cached file
/// costs tens of milliseconds. The mapping is private and writable, so the graph can change an element in place (the
/// kernel copies that page); nothing is ever written back to the file. A mapping that the graph uses is never unmapped:
/// a reader may hold a span into it at any time, and a store opens its image once.
/// </remarks>
public sealed unsafe class GraphImageReader
{
    /// <summary>Images smaller than this are read into arrays: mapping them saves little.</summary>
    public const long MapFrom = 32L << 20;

    private readonly Stream? _stream;
    private byte* _mapped;
    private long _length;
    private long _position;

    public GraphImageReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _length = stream.Length;
    }

    private GraphImageReader(byte* mapped, long length)
    {
        _mapped = mapped;
        _length = length;
    }

    /// <summary>Gets how far the reader has read.</summary>
    public long Position => _stream?.Position ?? _position;

    /// <summary>Gets the image's length in bytes.</summary>
    public long Length => _length;

    /// <summary>True when the image is mapped into memory rather than read.</summary>
    public bool IsMapped => _mapped is not null;

    /// <summary>
    /// A reader over <paramref name="file"/>: mapped when it holds at least <paramref name="mapFrom"/> bytes and the
    /// system allows, else reading the stream.
    /// </summary>
    public static GraphImageReader Open(FileStream file, long mapFrom = MapFrom)
    {
        ArgumentNullException.ThrowIfNull(file);
        var length = file.Length;
        if (OperatingSystem.IsLinux() && length >= mapFrom && length > 0)
        {
            // Populated read-only (a writable private mapping would be populated by copying every page), then made
            // writable: a page is copied only when the graph first changes something on it.
            var address = Mmap(0, (nuint)length, ProtectRead, MapPrivate | MapPopulate, (int)file.SafeFileHandle.DangerousGetHandle(), 0);
            if (address != -1)
            {
                if (Mprotect(address, (nuint)length, ProtectRead | ProtectWrite) == 0)
                {
                    return new GraphImageReader((byte*)address, length);
                }

                _ = Munmap(address, (nuint)length);
            }
        }

        return new GraphImageReader(file);
    }

    /// <summary>Unmaps the image when it was not used after all (damaged): nothing may hold a span into it.</summary>
    public void Release()
    {
        if (_mapped is not null)
        {
            _ = Munmap((nint)_mapped, (nuint)_length);
            _mapped = null;
            _length = 0;
        }
    }

    /// <summary>
    /// Lets go of the mapped pages that opening touched (populating, checksums, range checks), keeping the mapping: a
    /// page comes back from the page cache when a query first reads it. Resident memory then holds only the parts of the
    /// image the queries use (a process that never asks for flows never holds the flows tables, nor the lookup tables
    /// beyond the pages its lookups hit), instead of the whole image from the first second. Call it only before anything
    /// has changed the mapping: a private page the graph wrote would be dropped with its change.
    /// </summary>
    public void DropTouchedPages()
    {
        if (_mapped is not null)
        {
            _ = Madvise((nint)_mapped, (nuint)_length, AdviceDontNeed);
        }
    }

    public T[] ReadArray<T>()
        where T : unmanaged
    {
        if (_stream is null)
        {
            return Section<T>().ToArray();
        }

        var (length, checksum) = Header<T>();
        var values = GC.AllocateUninitializedArray<T>((int)(length / Unsafe.SizeOf<T>()));
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        _stream.ReadExactly(bytes);
        Verify(bytes, checksum);
        Span<byte> padding = stackalloc byte[8];
        _stream.ReadExactly(padding[..GraphImageChecksum.Padding(bytes.Length)]);
        return values;
    }

    /// <summary>A section as a list: where it lies in the mapping, or read into an array.</summary>
    internal FlatList<T> ReadList<T>()
        where T : unmanaged
    {
        if (_stream is not null)
        {
            var values = ReadArray<T>();
            return new FlatList<T>(values, values.Length);
        }

        var section = Section<T>();
        return new FlatList<T>((T*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(section)), section.Length);
    }

    private Span<T> Section<T>()
        where T : unmanaged
    {
        var (length, checksum) = Header<T>();
        var bytes = new Span<byte>(_mapped + _position, (int)length);
        Verify(bytes, checksum);
        _position += length + GraphImageChecksum.Padding((int)length);
        return MemoryMarshal.Cast<byte, T>(bytes);
    }

    private (long Length, long Checksum) Header<T>()
        where T : unmanaged
    {
        Span<long> header = stackalloc long[2];
        if (Length - Position < 16)
        {
            throw new InvalidDataException($"The image ends at offset {Position}, inside a section header.");
        }

        if (_stream is not null)
        {
            _stream.ReadExactly(MemoryMarshal.AsBytes(header));
        }
        else
        {
            new ReadOnlySpan<long>(_mapped + _position, 2).CopyTo(header);
            _position += 16;
        }

        var length = header[0];
        var size = Unsafe.SizeOf<T>();
        if (length < 0 || length % size != 0 || length > Length - Position || length > int.MaxValue || length / size > Array.MaxLength)
        {
            throw new InvalidDataException($"The image has a section of {length} bytes at offset {Position - 16}, which it cannot hold.");
        }

        return (length, header[1]);
    }

    private void Verify(ReadOnlySpan<byte> bytes, long checksum)
    {
        if (unchecked((long)GraphImageChecksum.Of(bytes)) != checksum)
        {
            throw new InvalidDataException($"The image section before offset {Position + bytes.Length} does not match its checksum.");
        }
    }

    private const int ProtectRead = 1;
    private const int ProtectWrite = 2;
    private const int MapPrivate = 0x02;
    private const int MapPopulate = 0x8000;
    private const int AdviceDontNeed = 4;

    [DllImport("libc", EntryPoint = "mmap")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint Mmap(nint address, nuint length, int protection, int flags, int file, nint offset);

    [DllImport("libc", EntryPoint = "mprotect")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Mprotect(nint address, nuint length, int protection);

    [DllImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(nint address, nuint length, int advice);

    [DllImport("libc", EntryPoint = "munmap")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Munmap(nint address, nuint length);
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
