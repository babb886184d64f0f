using System.Text;
using GraphExplorer.Ingest.Reading;

namespace GraphExplorer.Ingest.Tests;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ingest-{Guid.NewGuid():N}");

    public ArticleReaderTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Ingest_FolderWithBadFiles_ReportsEachByNameAndStillExtractsTheGoodOne()
    {
        File.WriteAllText(Path.Combine(_folder, "good.txt"), "Priya Raman left Google DeepMind to join Anthropic in March 2025, the company said.");
        File.WriteAllText(Path.Combine(_folder, "empty.txt"), string.Empty);
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03]);
        File.WriteAllBytes(Path.Combine(_folder, "latin1.txt"), Encoding.Latin1.GetBytes("Léa a quitté Google pour rejoindre Mistral AI en 2024."));
        File.WriteAllText(Path.Combine(_folder, "finnish.txt"), "Tämä artikkeli on kirjoitettu suomeksi eikä sitä voi lukea, koska kieltä ei tueta lainkaan tässä työkalussa.");
        File.WriteAllText(Path.Combine(_folder, "russian.txt"), "Эта статья написана по-русски, и этот язык не поддерживается инструментом.");

        var outcomes = new ArticleIngestor().Ingest([_folder]).ToDictionary(o => Path.GetFileName(o.Source));

        Assert.True(outcomes["good.txt"].Succeeded);
        Assert.Contains(outcomes["good.txt"].Result!.Moves(), m => m.To == "Anthropic");
        Assert.Contains("empty", outcomes["empty.txt"].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("binary", outcomes["binary.txt"].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8 at byte 1", outcomes["latin1.txt"].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("unknown language", outcomes["finnish.txt"].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("unknown language", outcomes["russian.txt"].Error!.Message, StringComparison.Ordinal);
        Assert.All(outcomes.Values.Where(o => !o.Succeeded), o => Assert.Null(o.Result));
        Assert.All(outcomes.Values.Where(o => !o.Succeeded), o => Assert.Equal(o.Source, o.Error!.Source));
    }

    [Fact]
    public void ReadFile_FiftyMegabyteFile_IsRefusedWithoutBeingRead()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = ArticleReader.ReadFile(path);

        Assert.Null(result.Input);
        Assert.Contains("50.0 MiB, over the 20 MiB limit", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MissingFile_SaysSo()
    {
        var result = ArticleReader.ReadFile(Path.Combine(_folder, "nope.txt"));

        Assert.Equal("no such file or folder", result.Error!.Message);
    }

    [Fact]
    public void Extract_MarkdownWithFrontMatter_TakesMetadataAndStripsMarkup()
    {
        var markdown = "---\ntitle: 'A move'\nurl: https://example.org/a\npublished: 2025-03-12\nid: my-article-1\n---\n\n# Heading\n\n**Nadia Okafor** left [Google](https://example.org) last week to join Cohere.\n";

        var result = ArticleExtractor.Default.Extract(new ArticleInput(markdown));

        Assert.Equal(("my-article-1", "A move", "https://example.org/a", "2025-03-12"), (result.Article.Id, result.Article.Title, result.Article.Url, result.Article.Published?.ToString()));
        Assert.DoesNotContain("**", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", result.Text, StringComparison.Ordinal);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Nadia Okafor", "Google", "Cohere", "2025-03"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_HtmlPage_ReadsMainTextAndMetadataOnly()
    {
        var html = """
            <!doctype html><html><head><title>Talent news</title>
            <meta property="article:published_time" content="2025-03-12T08:00:00Z"><link rel="canonical" href="https://example.org/news/1">
            <script>var x = "Bogus Person left OpenAI for Meta";</script></head>
            <body><nav>Menu: Jane Roe joined Apple</nav>
            <article><h1>A move</h1><p>Nadia Okafor left Google last month to join Cohere, the company said.</p></article>
            <footer>Copyright</footer></body></html>
            """;

        var result = ArticleExtractor.Default.Extract(new ArticleInput(html));

        Assert.Equal(("Talent news", "https://example.org/news/1", "2025-03-12"), (result.Article.Title, result.Article.Url, result.Article.Published?.ToString()));
        Assert.DoesNotContain("Bogus", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Roe", result.Text, StringComparison.Ordinal);
        var move = Assert.Single(result.Moves());
        Assert.Equal(("Nadia Okafor", "Google", "Cohere", "2025-02"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_SameContentTwice_GivesSameIdAndMergedFactsKeepOneCopy()
    {
        const string Text = "Priya Raman left Google DeepMind to join Anthropic in March 2025, the company said.";
        var first = ArticleExtractor.Default.Extract(new ArticleInput(Text));
        var second = ArticleExtractor.Default.Extract(new ArticleInput(Text));
        var other = ArticleExtractor.Default.Extract(new ArticleInput("Anthropic confirmed on Friday that Priya Raman left Google DeepMind to join the company in March 2025."));

        var merged = ArticleIngestor.Merge([first, second, other]);

        Assert.Equal(first.Article.Id, second.Article.Id);
        var move = Assert.Single(merged.OfType<Core.Facts.LeftForFact>());
        Assert.Equal([first.Article.Id, other.Article.Id], move.Sources);
        Assert.Equal(2, merged.OfType<Core.Facts.ArticleFact>().Count());
    }

    [Fact]
    public void FactJson_ToLine_WritesTheFactsFormatThatCoreReadsBack()
    {
        var result = ArticleExtractor.Default.Extract(new ArticleInput("Priya Raman left Google DeepMind to join Anthropic in March 2025, the company said."));
        var writer = new StringWriter();
        FactJson.Write(result, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parsed = lines.Select((l, i) => Core.Facts.FactParser.TryParse(Encoding.UTF8.GetBytes(l), new Core.Facts.FactLocation("dry-run", i + 1), out var fact, out var error) ? fact : throw new InvalidOperationException(error!.ToString())).ToList();

        Assert.IsType<Core.Facts.ArticleFact>(parsed[0]);
        Assert.Contains(parsed, f => f is Core.Facts.LeftForFact { Evidence: not null, Confidence: not null });
    }
}
