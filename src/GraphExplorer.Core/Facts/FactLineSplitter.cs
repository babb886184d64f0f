using System.Buffers;
using System.Text.Unicode;

namespace GraphExplorer.Core.Facts;

/// <summary>
/// Cuts the bytes of a JSON Lines input into lines and parses each, a buffer at a time, without an await or a yield in
/// between: a line that lies whole inside the buffer is parsed where it lies (only a line cut by the buffer's end is
/// copied), and the parse phase's timer then covers parsing alone, not the work the consumer does between two results.
/// </summary>
/// <remarks>One instance per input, used by one thread.</remarks>
internal sealed class FactLineSplitter(string sourceName)
{
    private readonly ArrayBufferWriter<byte> _partial = new(1024);
    private readonly FactLineParser _parser = new();
    private bool _overlong;

    /// <summary>Gets the results of the lines completed by the last call, in input order.</summary>
    public List<FactReadResult> Results { get; } = [];

    /// <summary>Gets a value indicating whether any line held more than blanks.</summary>
    public bool SawContent { get; private set; }

    /// <summary>Gets the number of the line being read.</summary>
    public int LineNumber { get; private set; } = 1;

    /// <summary>
    /// Parses the lines that <paramref name="chunk"/> completes into <see cref="Results"/>; returns the error to stop
    /// at when the chunk holds a NUL byte (and then parses nothing of it).
    /// </summary>
    public FactReadResult? Add(ReadOnlySpan<byte> chunk)
    {
        Results.Clear();
        var nul = chunk.IndexOf((byte)0);
        if (nul >= 0)
        {
            // The chunk may start lines ahead of the NUL: name the line that holds it.
            var nulLine = LineNumber + chunk[..nul].Count((byte)'\n');
            return new FactReadResult(null, new FactError(new FactLocation(sourceName, nulLine), "binary content (a NUL byte): this is not a JSON Lines text file"));
        }

        while (!chunk.IsEmpty)
        {
            var newline = chunk.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Keep(chunk);
                break;
            }

            if (_partial.WrittenCount == 0 && !_overlong)
            {
                var whole = chunk[..newline];
                Complete(whole, whole.Length > FactReader.MaxLineBytes);
            }
            else
            {
                Keep(chunk[..newline]);
                Complete(_partial.WrittenSpan, _overlong);
            }

            chunk = chunk[(newline + 1)..];
        }

        return null;
    }

    /// <summary>Parses the last line (one without a newline after it) into <see cref="Results"/>.</summary>
    public void Finish()
    {
        Results.Clear();
        Complete(_partial.WrittenSpan, _overlong);
    }

    private void Keep(ReadOnlySpan<byte> part)
    {
        if (_overlong)
        {
            return;
        }

        if (_partial.WrittenCount + part.Length > FactReader.MaxLineBytes)
        {
            // Refused rather than buffered: the rest of the line is skipped up to its newline.
            _overlong = true;
            _partial.Clear();
        }
        else
        {
            _partial.Write(part);
        }
    }

    private void Complete(ReadOnlySpan<byte> bytes, bool overlong)
    {
        if (Parse(bytes, overlong, new FactLocation(sourceName, LineNumber)) is { } result)
        {
            Results.Add(result);
        }

        _partial.Clear();
        _overlong = false;
        LineNumber++;
    }

    private FactReadResult? Parse(ReadOnlySpan<byte> bytes, bool overlong, FactLocation location)
    {
        if (overlong)
        {
            SawContent = true;
            return new FactReadResult(null, new FactError(location, $"line longer than {FactReader.MaxLineBytes / 1024} KiB"));
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

        SawContent = true;
        if (!Utf8.IsValid(bytes))
        {
            return new FactReadResult(null, new FactError(location, "invalid UTF-8 (the file must be UTF-8 text)"));
        }

        if (_parser.TryParse(bytes, location) is { } known)
        {
            return new FactReadResult(known, null);
        }

        return FactParser.TryParse(bytes, location, out var fact, out var error)
            ? new FactReadResult(fact, null)
            : new FactReadResult(null, error);
    }
}
