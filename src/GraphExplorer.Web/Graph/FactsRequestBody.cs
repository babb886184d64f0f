using System.Runtime.InteropServices;
using System.Text.Json;
using GraphExplorer.Core.Facts;

namespace GraphExplorer.Web.Graph;

/// <summary>Each fact of a request body in order, or why it could not be read, located as <c>request:N</c>.</summary>
public sealed record FactsRequest(IReadOnlyList<FactReadResult> Results)
{
    public int FactCount => Results.Count(r => r.Fact is not null);

    public IReadOnlyList<FactError> Errors => Results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
}

/// <summary>
/// Reads facts from a request body in the loader's format: JSON Lines (<c>request:N</c> is line N), or a JSON array of
/// the same objects (<c>request:N</c> is item N, from 1). The body decides, not the content type: an array starts
/// with <c>[</c>, so clients that label JSON Lines as JSON still work.
/// </summary>
public static class FactsRequestBody
{
    public const string SourceName = "request";

    public static async Task<FactsRequest> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken);
        return await ParseAsync(body, cancellationToken);
    }

    public static async Task<FactsRequest> ParseAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var start = body.Span.StartsWith("\uFEFF"u8) ? 3 : 0;
        var content = body[start..];
        var first = content.Span.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            return Whole("the body is empty: send facts as JSON Lines or as a JSON array");
        }

        if (content.Span[first] == (byte)'[')
        {
            return ParseArray(content);
        }

        var results = new List<FactReadResult>();
        using var stream = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        await foreach (var result in FactReader.ReadAsync(stream, SourceName, cancellationToken))
        {
            results.Add(result);
        }

        return new(results);
    }

    private static FactsRequest ParseArray(ReadOnlyMemory<byte> content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (body line {line + 1}, column {ex.BytePositionInLine + 1})" : string.Empty;
            return Whole($"malformed JSON array{where}: {ex.Message.Split(" Path:", 2)[0].Split(" LineNumber", 2)[0].TrimEnd('.', ' ')}");
        }

        using (document)
        {
            if (document.RootElement.GetArrayLength() == 0)
            {
                return Whole("the array is empty: it holds no facts");
            }

            var results = new List<FactReadResult>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                index++;
                results.Add(FactParser.TryParse(element, new FactLocation(SourceName, index), out var fact, out var error)
                    ? new FactReadResult(fact, null)
                    : new FactReadResult(null, error));
            }

            return new(results);
        }
    }

    /// <summary>A problem with the body as a whole rather than with one of its facts (location <c>request</c>).</summary>
    private static FactsRequest Whole(string message) => new([new FactReadResult(null, new FactError(new FactLocation(SourceName, 0), message))]);

    /// <summary>
    /// Buffers the body (at most <paramref name="maxBytes"/>, which Kestrel also enforces) so it can be sniffed and an
    /// array parsed; a body that turns out longer than declared is refused with 413 like one declared too long.
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new BadHttpRequestException($"The body is larger than the limit of {maxBytes} bytes (GraphExplorer:MaxRequestBytes). Split the facts into smaller requests.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
