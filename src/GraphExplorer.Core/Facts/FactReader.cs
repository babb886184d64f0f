using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
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
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var line = new ArrayBufferWriter<byte>(1024);
        var lineNumber = 1;
        var sawContent = false;
        var overlong = false;
        var lines = new FactLineParser();
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            {
                // Timed a buffer at a time, not a line at a time: reading a thread's CPU clock is a system call.
                using var phase = LoadPhases.Measure(LoadPhase.Parse);
                var chunk = buffer.AsMemory(0, read);
                var nul = chunk.Span.IndexOf((byte)0);
                if (nul >= 0)
                {
                    // The chunk may start lines ahead of the NUL: name the line that holds it.
                    var nulLine = lineNumber + chunk.Span[..nul].Count((byte)'\n');
                    yield return new FactReadResult(null, new FactError(new FactLocation(sourceName, nulLine), "binary content (a NUL byte): this is not a JSON Lines text file"));
                    yield break;
                }

                while (!chunk.IsEmpty)
                {
                    var newline = chunk.Span.IndexOf((byte)'\n');
                    var part = newline < 0 ? chunk : chunk[..newline];
                    if (!overlong)
                    {
                        if (line.WrittenCount + part.Length > MaxLineBytes)
                        {
                            overlong = true;
                            line.Clear();
                        }
                        else
                        {
                            line.Write(part.Span);
                        }
                    }

                    if (newline < 0)
                    {
                        break;
                    }

                    chunk = chunk[(newline + 1)..];
                    var result = ParseLine(lines, line.WrittenSpan, overlong, new FactLocation(sourceName, lineNumber), ref sawContent);
                    if (result is { } r)
                    {
                        yield return r;
                    }

                    line.Clear();
                    overlong = false;
                    lineNumber++;
                }
            }

            var last = ParseLine(lines, line.WrittenSpan, overlong, new FactLocation(sourceName, lineNumber), ref sawContent);
            if (last is { } l)
            {
                yield return l;
            }

            if (!sawContent)
            {
                yield return new FactReadResult(null, new FactError(new FactLocation(sourceName, 0), "the file is empty: it holds no facts"));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FactReadResult? ParseLine(FactLineParser lines, ReadOnlySpan<byte> bytes, bool overlong, FactLocation location, ref bool sawContent)
    {
        if (overlong)
        {
            sawContent = true;
            return new FactReadResult(null, new FactError(location, $"line longer than {MaxLineBytes / 1024} KiB"));
        }

        bytes = bytes.TrimEnd((byte)'\r');
        if (location.Line == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        sawContent = true;
        if (!Utf8.IsValid(bytes))
        {
            return new FactReadResult(null, new FactError(location, "invalid UTF-8 (the file must be UTF-8 text)"));
        }

        if (lines.TryParse(bytes, location) is { } known)
        {
            return new FactReadResult(known, null);
        }

        return FactParser.TryParse(bytes, location, out var fact, out var error)
            ? new FactReadResult(fact, null)
            : new FactReadResult(null, error);
    }
}
