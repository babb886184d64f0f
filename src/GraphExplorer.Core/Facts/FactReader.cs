using System.Buffers;
using System.Runtime.CompilerServices;
using GraphExplorer.Core.Diagnostics;

namespace GraphExplorer.Core.Facts;

/// <summary>One line's outcome: a fact, or an error that names the line and the reason.</summary>
public readonly record struct FactReadResult(Fact? Fact, FactError? Error);

/// <summary>
/// Streams JSON Lines facts from a file or stream without holding the whole input in memory (inputs may be hundreds of
/// MB). Each line is checked for valid UTF-8 before it is parsed; blank lines are skipped; a file with a NUL byte is
/// reported as binary, and an empty file as empty.
/// </summary>
public static class FactReader
{
    /// <summary>Lines longer than this are refused rather than buffered (a fact is a few hundred bytes).</summary>
    public const int MaxLineBytes = 1 << 20;

    // Large enough that the lines cut by a buffer's end (and copied) are few; the buffer is pooled, so its size costs once.
    private const int BufferBytes = 1 << 18;

    public static async IAsyncEnumerable<FactReadResult> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await foreach (var result in ReadAsync(stream, path, cancellationToken))
        {
            yield return result;
        }
    }

    public static async IAsyncEnumerable<FactReadResult> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        var lines = new FactLineSplitter(sourceName);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            {
                FactReadResult? binary;

                // Timed a buffer at a time, not a line at a time: reading a thread's CPU clock is a system call.
                using (LoadPhases.Measure(LoadPhase.Parse))
                {
                    binary = lines.Add(buffer.AsSpan(0, read));
                }

                foreach (var result in lines.Results)
                {
                    yield return result;
                }

                if (binary is { } stop)
                {
                    yield return stop;
                    yield break;
                }
            }

            using (LoadPhases.Measure(LoadPhase.Parse))
            {
                lines.Finish();
            }

            foreach (var result in lines.Results)
            {
                yield return result;
            }

            if (!lines.SawContent)
            {
                yield return new FactReadResult(null, new FactError(new FactLocation(sourceName, 0), "the file is empty: it holds no facts"));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
