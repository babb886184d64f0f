using System.Globalization;
using System.Text;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest;
using GraphExplorer.Ingest.Reading;
using GraphExplorer.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Web.Articles;

/// <summary>The article's metadata given as query parameters (used with a raw body, and to fill what a JSON body leaves out).</summary>
public sealed record ArticleQuery(string? Title, string? Url, string? Published, string? Id, string? Format);

/// <summary>
/// Turns a request into one <see cref="ArticleInput"/>, or the ProblemDetails that says what is wrong with it. The
/// content type decides the reading: JSON (<c>application/json</c>, <c>*+json</c>) is an <see cref="ArticleRequest"/>;
/// anything else is the article itself, which must be UTF-8 text (binary content, UTF-16 or invalid bytes are refused
/// as files are, by <see cref="ArticleReader.Decode"/>), read as Markdown for <c>text/markdown</c>, as HTML for
/// <c>text/html</c>, detected otherwise.
/// </summary>
public static class ArticleRequestBody
{
    /// <summary>Where the article came from, in messages.</summary>
    public const string SourceName = "request";

    private static readonly string[] s_fields = ["content", "format", "title", "url", "published", "id"];

    /// <summary>Reads and checks the request; the result holds the article or the problem, never both.</summary>
    public static async Task<(ArticleInput? Input, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, ArticleQuery query, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(query);
        MediaTypeHeaderValue? mediaType = null;
        if (request.ContentType is { Length: > 0 } contentType && !MediaTypeHeaderValue.TryParse(contentType, out mediaType))
        {
            return (null, ApiProblems.BadParameter("Content-Type", $"'{contentType}' is not a media type: send application/json, text/plain, text/markdown or text/html"));
        }

        if (mediaType?.Charset.Value is { Length: > 0 } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(
                detail: $"The body is declared as {charset}; articles are read as UTF-8 only. Convert the text to UTF-8 and send charset=utf-8.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported character set"));
        }

        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken);
        var isJson = mediaType is not null
            && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
        var (fields, problem) = isJson ? ParseJson(body) : ParseRaw(body, query, mediaType);
        return problem is not null ? (null, problem) : Build(fields!, query);
    }

    private static (ArticleRequest? Fields, ProblemHttpResult? Problem) ParseRaw(byte[] body, ArticleQuery query, MediaTypeHeaderValue? mediaType)
    {
        if (body.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return (null, Rejected("The body is empty: send the article's text, Markdown or HTML (or JSON with a 'content' field)."));
        }

        var content = ArticleReader.Decode(body, out var error);
        if (content is null)
        {
            return (null, Rejected($"The body cannot be read as an article: {error}."));
        }

        var format = query.Format ?? (mediaType?.MediaType.Value?.ToLowerInvariant() switch
        {
            "text/markdown" or "text/x-markdown" => "markdown",
            "text/html" or "application/xhtml+xml" => "html",
            _ => null,
        });
        return (new ArticleRequest(content, format, query.Title, query.Url, query.Published, query.Id), null);
    }

    private static (ArticleRequest? Fields, ProblemHttpResult? Problem) ParseJson(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, column {ex.BytePositionInLine + 1}" : string.Empty;
            return (null, Rejected($"The body is not valid JSON{where}. Send {{\"content\": \"...\"}}, or the article itself as text/plain, text/markdown or text/html."));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Rejected($"The JSON body is {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object: send {{\"content\": \"...\", \"title\": ...}}."));
            }

            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            var position = 0;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                position++;
                if (!TryText(() => property.Name, out var name) || name is null)
                {
                    return (null, Rejected($"Field name {position} of the JSON body {Unreadable(JsonMarshal.GetRawUtf8PropertyName(property))}."));
                }

                if (!s_fields.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    return (null, ApiProblems.BadParameter(name, $"'{name}' is not a field of an article: use {string.Join(", ", s_fields)}."));
                }

                if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return (null, ApiProblems.BadParameter(name, $"'{name}' must be a string, not {property.Value.ValueKind.ToString().ToLowerInvariant()}."));
                }

                if (!TryText(() => property.Value.GetString(), out var value))
                {
                    return (null, ApiProblems.BadParameter(name, $"'{name}' {Unreadable(JsonMarshal.GetRawUtf8Value(property.Value))}."));
                }

                values[name] = value;
            }

            if (values.GetValueOrDefault("content") is not { } content)
            {
                return (null, ApiProblems.BadParameter("content", "'content' is missing: it holds the article's text, Markdown or HTML."));
            }

            if (string.IsNullOrWhiteSpace(content))
            {
                return (null, ApiProblems.BadParameter("content", "'content' is empty: the article has no text."));
            }

            // The same rules as for a file: a string that holds binary content (NUL or control bytes) is not an article.
            if (ArticleReader.Decode(Encoding.UTF8.GetBytes(content), out var error) is null)
            {
                return (null, ApiProblems.BadParameter("content", $"'content' cannot be read as an article: {error}."));
            }

            return (new ArticleRequest(content, values.GetValueOrDefault("format"), values.GetValueOrDefault("title"), values.GetValueOrDefault("url"), values.GetValueOrDefault("published"), values.GetValueOrDefault("id")), null);
        }
    }

    /// <summary>Checks the metadata (a body's field wins over the query parameter of the same name) and builds the input.</summary>
    private static (ArticleInput? Input, ProblemHttpResult? Problem) Build(ArticleRequest fields, ArticleQuery query)
    {
        var format = ArticleFormat.Auto;
        if ((fields.Format ?? query.Format) is { } formatText && !TryParseFormat(formatText, out format))
        {
            return (null, ApiProblems.BadParameter("format", $"'{formatText}' is not a format: use text, markdown, html or auto."));
        }

        var url = fields.Url ?? query.Url;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return (null, ApiProblems.BadParameter("url", $"'{url}' is not an absolute http(s) URL."));
        }

        PartialDate? published = null;
        if ((fields.Published ?? query.Published) is { } publishedText)
        {
            if (!PartialDate.TryParse(publishedText, out var date, out var error))
            {
                return (null, ApiProblems.BadParameter("published", error!));
            }

            published = date;
        }

        var title = fields.Title ?? query.Title;
        var id = fields.Id ?? query.Id;
        return (new ArticleInput(fields.Content, format, string.IsNullOrWhiteSpace(id) ? null : id.Trim(), string.IsNullOrWhiteSpace(title) ? null : title.Trim(), url, published, SourceName), null);
    }

    /// <summary>
    /// Reads a JSON string or name as .NET text. JSON may hold what UTF-16 cannot (a lone surrogate escape such as
    /// <c>"\ud800"</c>, or invalid UTF-8 bytes), and System.Text.Json throws for it on reading.
    /// </summary>
    private static bool TryText(Func<string?> read, out string? text)
    {
        try
        {
            text = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static string Unreadable(ReadOnlySpan<byte> raw) => Utf8.IsValid(raw)
        ? "holds a lone surrogate escape (such as \\ud800 without its pair), which is not text: send UTF-8 text"
        : "holds bytes that are not valid UTF-8: send UTF-8 text";

    private static bool TryParseFormat(string text, out ArticleFormat format)
    {
        format = text.Trim().ToLowerInvariant() switch
        {
            "auto" => ArticleFormat.Auto,
            "text" or "plain" => ArticleFormat.Text,
            "markdown" or "md" => ArticleFormat.Markdown,
            "html" => ArticleFormat.Html,
            _ => (ArticleFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    private static ProblemHttpResult Rejected(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Article rejected");

    /// <summary>
    /// Buffers the body up to <paramref name="maxBytes"/> (Kestrel enforces the same limit; in-process servers do not):
    /// a longer body is refused with 413 before more of it is read.
    /// </summary>
    private static async Task<byte[]> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new BadHttpRequestException(
                    string.Create(CultureInfo.InvariantCulture, $"The body is larger than the limit of {maxBytes} bytes (GraphExplorer:MaxRequestBytes); an article may have at most {ArticleExtractor.MaxCharacters:N0} characters."),
                    StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
