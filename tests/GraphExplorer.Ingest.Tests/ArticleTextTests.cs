using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Tests;

/// <summary>What the extractor reads from Markdown, HTML and plain text: words only, and the metadata the file states.</summary>
public sealed class ArticleTextTests
{
    private const string Sentence = "John Schulman, who co-founded OpenAI, has left Anthropic and joined Thinking Machines Lab, the startup founded by Mira Murati.";

    [Fact]
    public void Prepare_MarkdownWithEmphasisReferenceLinksAndCodeFences_KeepsOnlyTheWords()
    {
        var markdown = """
            # John Schulman leaves Anthropic

            John Schulman, who co-founded *OpenAI*, has left _Anthropic_ and joined [Thinking Machines Lab][tml], the startup founded by __Mira Murati__.

            [tml]: https://thinkingmachines.ai "Thinking Machines"

            ```python
            print("Bogus Person left OpenAI for Meta")
            ```

                indented code: Other Person joined Apple

            ![portrait](/uploads/2025/02/john-schulman.jpg) > Schulman joined Anthropic in August 2024, see <https://example.org/a> and `notes`.
            """;

        var text = ArticleText.Prepare(markdown, ArticleFormat.Markdown).Text;

        Assert.Contains(Sentence, text, StringComparison.Ordinal);
        Assert.Contains("https://example.org/a", text, StringComparison.Ordinal);
        Assert.Contains("notes", text, StringComparison.Ordinal);
        foreach (var debris in new[] { "*", "_", "[", "]", "```", "`", "thinkingmachines.ai", "Bogus", "Other Person", "uploads", "portrait", "#" })
        {
            Assert.DoesNotContain(debris, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Prepare_MarkdownWithoutFrontMatter_TakesTheTitleFromItsFirstHeading()
    {
        var prepared = ArticleText.Prepare("Intro line.\n\n# John *Schulman* leaves Anthropic\n\nBody text.\n\n# Second heading\n", ArticleFormat.Markdown);

        Assert.Equal("John Schulman leaves Anthropic", prepared.Title);
    }

    [Fact]
    public void Prepare_FrontMatterTitle_WinsOverTheHeading()
    {
        var prepared = ArticleText.Prepare("---\ntitle: From the front matter\npublished: 2025-02-06\nurl: https://example.org/a\n---\n# The heading\n\nBody.\n", ArticleFormat.Auto);

        Assert.Equal(("From the front matter", "2025-02-06", "https://example.org/a"), (prepared.Title, prepared.Published?.ToString(), prepared.Url));
    }

    [Theory]
    [InlineData(ArticleFormat.Text)]
    [InlineData(ArticleFormat.Markdown)]
    [InlineData(ArticleFormat.Auto)]
    public void Extract_PastedImageTagWithTypographicQuotes_LeavesNoDebrisInTheEvidence(ArticleFormat format)
    {
        var content = "<img class=\"wp-image-12\"\n   src=”/uploads/2025/02/john-schulman.jpg”>" + Sentence + "\nSchulman joined <b>Anthropic</b> in August 2024.";

        var result = ArticleExtractor.Default.Extract(new ArticleInput(content, format));

        Assert.DoesNotContain("uploads", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", result.Text, StringComparison.Ordinal);
        Assert.StartsWith(Sentence, result.Text, StringComparison.Ordinal);
        Assert.Contains("Schulman joined Anthropic in August 2024.", result.Text, StringComparison.Ordinal);
        Assert.NotEmpty(result.Facts);
        Assert.All(result.Facts, f => Assert.DoesNotContain("uploads", f.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HtmlWithMarkupEscapedIntoItsText_LeavesNoDebris()
    {
        var html = $"""
            <!doctype html><html><head><title>News</title></head><body><article>
            <p>&lt;img src=”/uploads/2025/02/john-schulman.jpg”&gt;{Sentence}</p>
            </article></body></html>
            """;

        var result = ArticleExtractor.Default.Extract(new ArticleInput(html));

        Assert.Equal(Sentence, result.Text);
    }

    [Fact]
    public void Extract_HtmlWithOnlyJsonLdMetadata_StatesTitleUrlAndDate()
    {
        var html = $$"""
            <!doctype html><html><head>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Schulman joins Thinking Machines","datePublished":"2025-02-06T09:00:00Z","url":"https://example.org/2025/02/schulman"}]}</script>
            <script type="application/ld+json">{ not json</script>
            </head><body><article><p>{{Sentence}}</p></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(new ArticleInput(html)).Article;

        Assert.Equal(("Schulman joins Thinking Machines", "https://example.org/2025/02/schulman", "2025-02-06"), (article.Title, article.Url, article.Published?.ToString()));
    }

    [Fact]
    public void Extract_HtmlWithItempropDate_StatesThePublishedDate()
    {
        var html = $"""
            <html><head><title>Schulman moves</title></head><body><article>
            <span itemprop="datePublished" content="2025-02-06">6 February</span><p>{Sentence}</p></article></body></html>
            """;

        var article = ArticleExtractor.Default.Extract(new ArticleInput(html)).Article;

        Assert.Equal(("Schulman moves", "2025-02-06"), (article.Title, article.Published?.ToString()));
    }
}
