using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace GraphExplorer.Ingest.Reading;

/// <summary>How articles are read from disk.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>Gets the largest file read, in bytes (default 20 MiB: a news article is tens of kilobytes, so a bigger
    /// file is a dump or a mistake; it is refused without being read).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Gets a value indicating whether an article's id is its file name without extension (used by the gold
    /// evaluation) instead of the content hash (default false).</summary>
    public bool IdFromFileName { get; init; }

    /// <summary>Gets the extensions read when a folder is given (default .txt, .md, .markdown, .html, .htm).</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [".txt", ".md", ".markdown", ".html", ".htm"];
}

/// <summary>One file's outcome: an article ready for extraction, or the reason it was refused.</summary>
public sealed record ArticleReadResult(string Source, ArticleInput? Input, IngestError? Error);

/// <summary>
/// Reads article files and folders, one result per file, so one bad file never stops the others: an empty file,
/// binary content, invalid UTF-8 (with the byte offset) or a file over the size limit is reported by name.
/// </summary>
public static class ArticleReader
{
    /// <summary>Reads every file named, and every article file (by extension, recursively) in every folder named.</summary>
    public static IEnumerable<ArticleReadResult> Read(IEnumerable<string> paths, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new ArticleReaderOptions();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => options.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    yield return new ArticleReadResult(path, null, new IngestError(path, $"the folder holds no article files ({string.Join(", ", options.Extensions)})"));
                }

                foreach (var file in files)
                {
                    yield return ReadFile(file, options);
                }
            }
            else
            {
                yield return ReadFile(path, options);
            }
        }
    }

    /// <summary>Reads one file.</summary>
    public static ArticleReadResult ReadFile(string path, ArticleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ArticleReaderOptions();
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Fail(path, "no such file or folder");
        }

        if (info.Length == 0)
        {
            return Fail(path, "the file is empty");
        }

        if (info.Length > options.MaxFileBytes)
        {
            return Fail(path, $"the file is {info.Length / 1048576.0:0.0} MiB, over the {options.MaxFileBytes / 1048576.0:0.#} MiB limit for an article; it was not read");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return Fail(path, $"cannot read the file: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail(path, $"cannot read the file: {ex.Message}");
        }

        var decoded = Decode(bytes, out var error);
        if (decoded is null)
        {
            return Fail(path, error!);
        }

        if (decoded.Trim().Length == 0)
        {
            return Fail(path, "the file holds only white space");
        }

        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => ArticleFormat.Markdown,
            ".html" or ".htm" => ArticleFormat.Html,
            _ => ArticleFormat.Auto,
        };
        var id = options.IdFromFileName ? Path.GetFileNameWithoutExtension(path) : null;
        return new ArticleReadResult(path, new ArticleInput(decoded, format, id, SourceName: path), null);
    }

    /// <summary>Decodes strict UTF-8 (a BOM is skipped); null with a reason for binary content or invalid bytes.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            error = "the file is UTF-16; save it as UTF-8";
            return null;
        }

        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in probe)
        {
            if (b == 0)
            {
                error = "binary content (a NUL byte): this is not a text, Markdown or HTML file";
                return null;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                controls++;
            }
        }

        if (controls * 20 > probe.Length)
        {
            error = "binary content (many control bytes): this is not a text, Markdown or HTML file";
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                error = $"invalid UTF-8 at byte {read} (the file must be UTF-8 text)";
                return null;
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static ArticleReadResult Fail(string path, string message) => new(path, null, new IngestError(path, message));
}
