using System.Text;
using GraphExplorer.Core.Facts;

namespace GraphExplorer.Core.Tests.Facts;

public sealed class FactReaderTests
{
    private const string Founded = """{"type":"FOUNDED","person":"Mira Murati","lab":"Thinking Machines Lab"}""";
    private const string Article = """{"type":"ARTICLE","id":"a1"}""";

    private static async Task<List<FactReadResult>> ReadAsync(byte[] bytes, int maxChunk = int.MaxValue)
    {
        await using var stream = new ChunkedStream(bytes, maxChunk);
        var results = new List<FactReadResult>();
        await foreach (var result in FactReader.ReadAsync(stream, "in.jsonl", TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return results;
    }

    private static Task<List<FactReadResult>> ReadAsync(string text, int maxChunk = int.MaxValue) =>
        ReadAsync(Encoding.UTF8.GetBytes(text), maxChunk);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public async Task ReadAsync_ValidLines_GivesFactsWithTheirLineNumbers()
    {
        var results = await ReadAsync($"{Article}\n\n   \n{Founded}\n\t\n{Article}");
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["in.jsonl:1", "in.jsonl:4", "in.jsonl:6"], results.Select(r => r.Fact!.Location.ToString()));
    }

    [Fact]
    public async Task ReadAsync_BadLines_ErrorsNameFileAndLineAndReadingGoesOn()
    {
        var results = await ReadAsync($"{Article}\n{{\"type\":\"FOUNDED\",\"person\":\"A\"}}\n{Founded}\n[oops\n");
        Assert.Equal(4, results.Count);
        Assert.Equal("in.jsonl:2: missing field 'lab'", results[1].Error!.ToString());
        Assert.IsType<FoundedFact>(results[2].Fact);
        Assert.StartsWith("in.jsonl:4: malformed JSON", results[3].Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8Line_IsReportedAndOtherLinesStillRead()
    {
        var bytes = Concat(Encoding.UTF8.GetBytes(Article + "\n"), "{\"type\":\"ARTICLE\",\"id\":\"a\",\"title\":\""u8.ToArray(), [0xC3, 0x28], "\"}\n"u8.ToArray(), Encoding.UTF8.GetBytes(Founded));
        var results = await ReadAsync(bytes);
        Assert.Equal(3, results.Count);
        Assert.Equal("in.jsonl:2: invalid UTF-8 (the file must be UTF-8 text)", results[1].Error!.ToString());
        Assert.NotNull(results[0].Fact);
        Assert.NotNull(results[2].Fact);
    }

    [Fact]
    public async Task ReadAsync_NulByte_ReportsBinaryAtTheLineHoldingItAndStops()
    {
        var bytes = Concat(Encoding.UTF8.GetBytes($"{Article}\n{Article}\n"), [0x41, 0x00, 0x42], Encoding.UTF8.GetBytes($"\n{Founded}\n"));
        var results = await ReadAsync(bytes);
        var last = Assert.Single(results, r => r.Error is not null);
        Assert.Same(last.Error, results[^1].Error);
        Assert.Equal("in.jsonl:3: binary content (a NUL byte): this is not a JSON Lines text file", last.Error!.ToString());
        Assert.DoesNotContain(results, r => r.Fact is FoundedFact);
    }

    [Fact]
    public async Task ReadAsync_Utf16File_IsReportedAsBinary()
    {
        var results = await ReadAsync(Encoding.Unicode.GetBytes(Article + "\n"));
        Assert.Contains("binary content", Assert.Single(results).Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \r\n\t\n")]
    public async Task ReadAsync_EmptyOrBlankFile_SaysItIsEmpty(string text)
    {
        var error = Assert.Single(await ReadAsync(text)).Error;
        Assert.Equal("in.jsonl: the file is empty: it holds no facts", error!.ToString());
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMark_IsSkippedOnTheFirstLineOnly()
    {
        var results = await ReadAsync(Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes($"{Article}\n"), [0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(Article)));
        Assert.IsType<ArticleFact>(results[0].Fact);
        Assert.StartsWith("in.jsonl:2: malformed JSON", results[1].Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CrLfLineEnds_AreAccepted()
    {
        var results = await ReadAsync($"{Article}\r\n\r\n{Founded}\r\n");
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal([1, 3], results.Select(r => r.Fact!.Location.Line));
    }

    [Fact]
    public async Task ReadAsync_OneByteReads_GiveTheSameResultsAsOneRead()
    {
        var text = $"\uFEFF{Article}\r\n{{\"type\":\"ALIAS\",\"kind\":\"person\",\"name\":\"John Schulman\",\"aliases\":[\"约翰·舒曼\"]}}\n\n{{\"type\":\"FOUNDED\"}}\n{Founded}";
        var whole = await ReadAsync(text);
        var trickled = await ReadAsync(text, maxChunk: 1);
        Assert.Equal(4, whole.Count);
        Assert.Equal(whole.Select(r => r.Fact?.ToString() ?? r.Error!.ToString()), trickled.Select(r => r.Fact?.ToString() ?? r.Error!.ToString()));
        Assert.Equal(["约翰·舒曼"], Assert.IsType<AliasFact>(trickled[1].Fact).Aliases);
    }

    [Fact]
    public async Task ReadAsync_LineOverOneMiB_IsRefusedAndTheNextLinesAreRead()
    {
        // The long line spans many 64 KiB reads, so the reader must drop it without buffering it whole.
        var padding = new string(' ', FactReader.MaxLineBytes);
        var results = await ReadAsync($"{Article}\n{{\"type\":\"ARTICLE\",\"id\":\"x\"{padding}}}\n{Founded}\n");
        Assert.Equal(3, results.Count);
        Assert.Equal("in.jsonl:2: line longer than 1024 KiB", results[1].Error!.ToString());
        Assert.Equal(3, results[2].Fact!.Location.Line);
    }

    [Fact]
    public async Task ReadAsync_LastLineOverOneMiBWithoutNewline_IsRefused()
    {
        var results = await ReadAsync(Article + "\n" + new string('x', FactReader.MaxLineBytes + 1));
        Assert.Equal("in.jsonl:2: line longer than 1024 KiB", results[^1].Error!.ToString());
    }

    [Fact]
    public async Task ReadAsync_LineOfExactlyOneMiB_IsStillParsed()
    {
        var start = """{"type":"ARTICLE","id":"x"}""";
        var line = start + new string(' ', FactReader.MaxLineBytes - start.Length);
        var result = Assert.Single(await ReadAsync(line + "\n"));
        Assert.IsType<ArticleFact>(result.Fact);
    }

    [Fact]
    public async Task ReadFileAsync_File_LocationsUseThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"facts-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, $"{Article}\n{{\"type\":\"NOPE\"}}\n", TestContext.Current.CancellationToken);
        try
        {
            var results = new List<FactReadResult>();
            await foreach (var result in FactReader.ReadFileAsync(path, TestContext.Current.CancellationToken))
            {
                results.Add(result);
            }

            Assert.Equal($"{path}:1", results[0].Fact!.Location.ToString());
            Assert.StartsWith($"{path}:2: unknown fact type 'NOPE'", results[1].Error!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A read-only stream that hands out at most a given number of bytes per read, like a slow network.</summary>
    private sealed class ChunkedStream(byte[] data, int maxChunk) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, maxChunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, maxChunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, maxChunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, maxChunk), cancellationToken);
    }
}
