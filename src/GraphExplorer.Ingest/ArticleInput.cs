using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Ingest;

/// <summary>How an article's content is written; <see cref="Auto"/> looks at the content.</summary>
public enum ArticleFormat
{
    Auto,
    Text,
    Markdown,
    Html,
}

/// <summary>
/// One article to extract facts from. <see cref="Id"/>, <see cref="Title"/>, <see cref="Url"/> and
/// <see cref="Published"/> override what front matter or HTML metadata say; without an id, the article's id is
/// "a-" and the first 16 hex digits of the SHA-256 of its content, so loading it twice gives the same id.
/// </summary>
/// <param name="Content">The raw content (text, Markdown or HTML).</param>
/// <param name="Format">How the content is written (default: detected).</param>
/// <param name="Id">The article id, or null for the content hash.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Url">The address, or null.</param>
/// <param name="Published">The publication date relative dates are resolved against, or null.</param>
/// <param name="SourceName">Where it came from (a file path, "request"), for messages.</param>
public sealed record ArticleInput(
    string Content,
    ArticleFormat Format = ArticleFormat.Auto,
    string? Id = null,
    string? Title = null,
    string? Url = null,
    PartialDate? Published = null,
    string? SourceName = null);

/// <summary>A merge the extractor did not make because it was unsure: a mention that may be <see cref="Candidate"/>.</summary>
public sealed record UncertainMerge(NodeKind Kind, string Mention, string Candidate, string Reason, EvidenceSpan? Evidence);

/// <summary>
/// What one article yielded: its ARTICLE fact (with the detected language), the extracted facts with canonical English
/// names, evidence spans into <see cref="Text"/> and confidences, warnings, and merges left undone.
/// </summary>
public sealed record ExtractionResult(
    ArticleFact Article,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<UncertainMerge> UncertainMerges,
    string Text);

/// <summary>Why an article was refused, naming the source; nothing from it is loaded.</summary>
public sealed record IngestError(string Source, string Message)
{
    public override string ToString() => $"{Source}: {Message}";
}

/// <summary>Thrown by <see cref="ArticleExtractor.Extract"/> when an article cannot be read (empty, unknown language).</summary>
public sealed class ArticleRejectedException : Exception
{
    public ArticleRejectedException()
    {
        Error = new IngestError(string.Empty, "article rejected");
    }

    public ArticleRejectedException(string message)
        : base(message)
    {
        Error = new IngestError(string.Empty, message);
    }

    public ArticleRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new IngestError(string.Empty, message);
    }

    public ArticleRejectedException(IngestError error)
        : base(error?.ToString())
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    public IngestError Error { get; }
}
