using System.Runtime.InteropServices;

namespace GraphExplorer.Embedded;

/// <summary>
/// Writes a file that is flushed to disk at its end (the graph image) and asks the kernel to start putting each stretch
/// of it on the disk as soon as it is written. Otherwise Linux keeps every page in memory until the flush, which then
/// waits for the whole file (400 MB at a million people) after all the writing is done; started early, the disk works
/// while the rest of the file is prepared and written, and the flush waits only for what is still on its way.
/// </summary>
/// <remarks>
/// Starting the writing early changes nothing about durability: the caller's final flush is still what makes the file
/// safe to rename. Elsewhere than Linux, and when the call fails, the stream only forwards the bytes.
/// </remarks>
internal sealed class WritebackStream(FileStream file) : Stream
{
    // Large enough that each call hands the disk a long sequential run, small enough that the disk starts early.
    private const long Stretch = 16L << 20;

    private const uint SyncFileRangeWrite = 2;

    private long _written;
    private long _startedTo;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        file.Write(buffer);
        _written += buffer.Length;
        if (_written - _startedTo >= Stretch)
        {
            StartWriteback();
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush() => file.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void StartWriteback()
    {
        // The stream's own buffer goes to the kernel first, so the range asked for is all in the page cache.
        file.Flush(flushToDisk: false);
        if (OperatingSystem.IsLinux())
        {
            // Only starts the writing; a failure loses nothing but the head start.
            _ = SyncFileRange((int)file.SafeFileHandle.DangerousGetHandle(), _startedTo, _written - _startedTo, SyncFileRangeWrite);
        }

        _startedTo = _written;
    }

    [DllImport("libc", EntryPoint = "sync_file_range")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SyncFileRange(int file, long offset, long bytes, uint flags);
}
