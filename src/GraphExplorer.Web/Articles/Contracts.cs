using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Model;
using GraphExplorer.Ingest;
using GraphExplorer.Web.Graph;

namespace GraphExplorer.Web.Articles;

/// <summary>
/// The JSON body of <c>POST /api/articles</c>: <c>{ content, format?, title?, url?, published?, id? }</c>. A raw
/// text, Markdown or HTML body with the same fields as query parameters is the other way to send an article.
/// </summary>
/// <param name="Content">The article: plain text, Markdown or HTML (required).</param>
/// <param name="Format">text, markdown, html or auto (default auto: detected from the content).</param>
/// <param name="Title">The title; overrides front matter and HTML metadata.</param>
/// <param name="Url">The absolute http(s) address; overrides front matter and HTML metadata.</param>
/// <param name="Published">The publication date (yyyy, yyyy-mm or yyyy-mm-dd) relative dates resolve against.</param>
/// <param name="Id">The article id (default: "a-" and 16 hex digits of the content's SHA-256, so sending it twice gives the same id).</param>
public sealed record ArticleRequest(string Content, string? Format, string? Title, string? Url, string? Published, string? Id);

/// <summary>
/// What <c>POST /api/articles</c> did: the article, every fact extracted from it (names as written in the graph's
/// canonical form, evidence spans into the article's text, confidence), whether they were loaded, the revision the
/// graph is at afterwards, what was added and what was already there (a fact already held gains this article as a
/// source), the extractor's warnings, and the merges it was unsure of and left undone.
/// </summary>
public sealed record ArticleAnswer(
    ArticleDto Article,
    bool Loaded,
    long Revision,
    ElementCounts Added,
    ElementCounts Existing,
    ExtractedCounts Extracted,
    IReadOnlyList<ExtractedFactDto> Facts,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<UncertainMergeDto> UncertainMerges);

/// <summary>How many facts of each type were extracted.</summary>
public sealed record ExtractedCounts(int WorkedAt, int LeftFor, int Founded);

/// <summary>
/// One extracted fact in the facts format's terms: <see cref="Lab"/> for WORKED_AT and FOUNDED, <see cref="From"/> and
/// <see cref="To"/> for LEFT_FOR; dates are partial ISO strings.
/// </summary>
public sealed record ExtractedFactDto(
    EdgeType Type,
    string Person,
    string? Lab,
    string? From,
    string? To,
    string? Role,
    string? Start,
    string? End,
    string? Date,
    IReadOnlyList<string> Sources,
    EvidenceDto? Evidence,
    double? Confidence);

/// <summary>Where the evidence stands in the article's text: characters [start, end), and the text itself.</summary>
public sealed record EvidenceDto(int Start, int End, string? Text);

/// <summary>A mention the extractor did not merge because it was unsure (<c>"Ilya Sustkever"</c> may be <c>"Ilya Sutskever"</c>).</summary>
public sealed record UncertainMergeDto(NodeKind Kind, string Mention, string Candidate, string Reason, EvidenceDto? Evidence);

/// <summary>Extraction results to wire records.</summary>
public static class ArticleContractMapping
{
    public static ArticleDto ToDto(this ArticleFact article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.Id, article.Title, article.Url, article.Language, article.Published?.ToString());
    }

    /// <summary>The relation facts (WORKED_AT, LEFT_FOR, FOUNDED) of a list that may also hold ARTICLE and ALIAS facts.</summary>
    public static List<ExtractedFactDto> ToDtos(IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var dtos = new List<ExtractedFactDto>();
        foreach (var fact in facts)
        {
            var evidence = fact.Evidence is { } e ? new EvidenceDto(e.Start, e.End, e.Text) : null;
            ExtractedFactDto? dto = fact switch
            {
                WorkedAtFact w => new(EdgeType.WorkedAt, w.Person, w.Lab, null, null, w.Role, w.Start?.ToString(), w.End?.ToString(), null, w.Sources, evidence, w.Confidence),
                LeftForFact l => new(EdgeType.LeftFor, l.Person, null, l.From, l.To, null, null, null, l.Date?.ToString(), l.Sources, evidence, l.Confidence),
                FoundedFact f => new(EdgeType.Founded, f.Person, f.Lab, null, null, null, null, null, f.Date?.ToString(), f.Sources, evidence, f.Confidence),
                _ => null,
            };
            if (dto is not null)
            {
                dtos.Add(dto);
            }
        }

        return dtos;
    }

    public static UncertainMergeDto ToDto(this UncertainMerge merge)
    {
        ArgumentNullException.ThrowIfNull(merge);
        var evidence = merge.Evidence is { } e ? new EvidenceDto(e.Start, e.End, e.Text) : null;
        return new(merge.Kind, merge.Mention, merge.Candidate, merge.Reason, evidence);
    }

    public static ExtractedCounts Count(IReadOnlyCollection<ExtractedFactDto> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new(facts.Count(f => f.Type == EdgeType.WorkedAt), facts.Count(f => f.Type == EdgeType.LeftFor), facts.Count(f => f.Type == EdgeType.Founded));
    }
}
