using System.Net;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Web.Articles;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Tests.TestSupport;

namespace GraphExplorer.Web.Tests.Articles;

public sealed class ArticleApiTests
{
    /// <summary>Written for these tests (made-up person): Camille Laurent leaves OpenAI for Mistral AI in February 2024.</summary>
    private const string French = """
        Camille Laurent, chercheuse chez OpenAI, a quitté l'entreprise en février 2024 pour rejoindre Mistral AI, a annoncé la start-up parisienne.

        Elle y dirigera l'équipe chargée des modèles multilingues.
        """;

    /// <summary>The same move told in English, as Markdown.</summary>
    private const string EnglishMarkdown = """
        # Moves

        Camille Laurent, a researcher at OpenAI, left the company in February 2024 to join Mistral AI, the Paris startup said.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostArticle_FrenchJson_LoadsTheFactsReturnsTheRevisionAndReachesOpenViews()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();
        await using var view = await LiveView.ConnectAsync(factory.Server, before.Revision);

        var answer = await PostOkAsync(client, JsonBody(new { content = French, title = "Départ vers Mistral AI", published = "2024-03-01" }));

        Assert.True(answer.Loaded);
        Assert.Equal(before.Revision + 1, answer.Revision);
        Assert.Equal("fr", answer.Article.Language);
        Assert.Equal(("Départ vers Mistral AI", "2024-03-01"), (answer.Article.Title, answer.Article.Published));
        var move = Assert.Single(answer.Facts, f => f.Type == EdgeType.LeftFor);
        Assert.Equal(("Camille Laurent", "OpenAI", "Mistral AI", "2024-02"), (move.Person, move.From, move.To, move.Date));
        Assert.Equal([answer.Article.Id], move.Sources);
        Assert.NotNull(move.Evidence);
        Assert.Equal(move.Evidence.Text, French.ReplaceLineEndings("\n")[move.Evidence.Start..move.Evidence.End]);
        Assert.InRange(move.Confidence ?? -1, 0.0, 1.0);
        Assert.Equal(answer.Facts.Count, answer.Extracted.WorkedAt + answer.Extracted.LeftFor + answer.Extracted.Founded);
        Assert.Equal(1, answer.Added.People);
        Assert.Equal(1, answer.Added.Articles);
        Assert.True(answer.Added.Edges >= 1);

        // A client that polls sees the new person, edge and article...
        var changes = await client.GetGraphAsync(before.Revision);
        Assert.Equal(answer.Revision, changes.Revision);
        Assert.Contains(changes.Nodes, n => n.Id == "camille-laurent" && n.Name == "Camille Laurent");
        Assert.Contains(changes.Articles, a => a.Id == answer.Article.Id && a.Language == "fr");
        Assert.Contains(changes.Edges, e => e.Type == EdgeType.LeftFor && e.Source == "camille-laurent" && e.From == "openai" && e.Target == "mistral-ai" && e.Sources.Contains(answer.Article.Id));

        // ...and so does a connected SignalR client, through the live delta of the commit.
        await view.WaitForRevisionAsync(answer.Revision, TimeSpan.FromSeconds(30));
        Assert.Empty(view.Violations);
        Assert.Contains(view.Edges.Values, e => e.Type == EdgeType.LeftFor && e.Source == "camille-laurent" && e.Sources.Contains(answer.Article.Id));
        Assert.Contains(view.Articles.Keys, id => id == answer.Article.Id);
    }

    [Fact]
    public async Task PostArticle_RawMarkdownWithQueryMetadata_UsesTheQueryParameters()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var content = new StringContent(EnglishMarkdown, Encoding.UTF8, "text/markdown");

        var answer = await PostOkAsync(client, content, "?title=Moves%20in%20Paris&url=https%3A%2F%2Fexample.org%2Fmoves&published=2024-03-05&id=moves-2024-03");

        Assert.Equal(new ArticleDto("moves-2024-03", "Moves in Paris", "https://example.org/moves", "en", "2024-03-05"), answer.Article);
        Assert.Contains(answer.Facts, f => f.Type == EdgeType.LeftFor && f.Person == "Camille Laurent" && f.Sources.Contains("moves-2024-03"));
    }

    [Fact]
    public async Task PostArticle_SameArticleTwice_SecondAddsNothingAndKeepsTheRevision()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var first = await PostOkAsync(client, JsonBody(new { content = French }));

        var second = await PostOkAsync(client, JsonBody(new { content = French }));

        Assert.Equal(first.Article.Id, second.Article.Id);
        Assert.Equal(first.Revision, second.Revision);
        Assert.Equal(0, second.Added.People + second.Added.Labs + second.Added.Edges + second.Added.Articles);
        Assert.Equal(first.Added.Edges, second.Existing.Edges);
        var graph = await client.GetGraphAsync();
        var move = Assert.Single(graph.Edges, e => e.Type == EdgeType.LeftFor && e.Source == "camille-laurent");
        Assert.Equal([first.Article.Id], move.Sources);
    }

    [Fact]
    public async Task PostArticle_TwoArticlesStatingTheSameMove_OneEdgeWithBothSources()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var french = await PostOkAsync(client, JsonBody(new { content = French }));

        var english = await PostOkAsync(client, JsonBody(new { content = EnglishMarkdown, format = "markdown" }));

        Assert.NotEqual(french.Article.Id, english.Article.Id);
        Assert.True(english.Existing.Edges >= 1, "the move was already there, so it must count as existing");
        var graph = await client.GetGraphAsync();
        var move = Assert.Single(graph.Edges, e => e.Type == EdgeType.LeftFor && e.Source == "camille-laurent");
        Assert.Equal(new[] { french.Article.Id, english.Article.Id }.Order(StringComparer.Ordinal), move.Sources.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostArticle_DryRun_AnswersTheFactsWithoutLoadingThem()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();

        var answer = await PostOkAsync(client, JsonBody(new { content = French }), "?dryRun=true");

        Assert.False(answer.Loaded);
        Assert.Equal(before.Revision, answer.Revision);
        Assert.Contains(answer.Facts, f => f.Type == EdgeType.LeftFor);
        var after = await client.GetGraphAsync();
        Assert.Equal(before.Revision, after.Revision);
        Assert.DoesNotContain(after.Nodes, n => n.Id == "camille-laurent");
    }

    [Fact]
    public async Task PostArticle_NamesOneLetterApart_AnswersTheUncertainMerge()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var text = EnglishMarkdown + "\nCamille Laurant will lead the multilingual team.\n";

        var answer = await PostOkAsync(client, JsonBody(new { content = text }), "?dryRun=true");

        var merge = Assert.Single(answer.UncertainMerges, m => m.Mention == "Camille Laurant");
        Assert.Equal((NodeKind.Person, "Camille Laurent"), (merge.Kind, merge.Candidate));
        Assert.False(string.IsNullOrWhiteSpace(merge.Reason));
    }

    public static TheoryData<string, string?, byte[], string> BadBodies => new()
    {
        { "empty raw body", "text/plain", [], "empty" },
        { "white space only", "text/plain", "  \n\t "u8.ToArray(), "empty" },
        { "binary content", "application/octet-stream", [.. "PK"u8, 3, 4, 0, 0, 20, 0], "binary content" },
        { "invalid UTF-8", "text/plain", [.. "Caf"u8, 0xE9, .. " au lait: Camille Laurent joined Mistral AI in 2024."u8], "invalid UTF-8 at byte 3" },
        { "unknown language", "text/plain", Encoding.UTF8.GetBytes("Исследователь перешёл из одной лаборатории в другую компанию в прошлом месяце, сообщили источники."), "unknown language" },
        { "malformed JSON", "application/json", "{\"content\": \"unterminated"u8.ToArray(), "not valid JSON" },
        { "JSON array", "application/json", "[\"Camille Laurent\"]"u8.ToArray(), "not an object" },
        { "JSON without a body", "application/json", [], "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task PostArticle_BadBody_Answers400NamingTheProblemAndWritesNothing(string why, string? contentType, byte[] body, string expected)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        using var response = await client.PostAsync("/api/articles", content, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("detail").GetString()!.Contains(expected, StringComparison.Ordinal), $"{why}: {problem}");
        Assert.Equal(before.Revision, (await client.GetGraphAsync()).Revision);
    }

    public static TheoryData<object, string> BadFields => new()
    {
        { new { title = "no content" }, "content" },
        { new { content = "   " }, "content" },
        { new { content = French, published = "2024-13" }, "published" },
        { new { content = French, url = "example.org/no-scheme" }, "url" },
        { new { content = French, format = "pdf" }, "format" },
        { new { content = French, author = "someone" }, "author" },
        { new { content = 42 }, "content" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task PostArticle_BadJsonField_Answers400NamingTheField(object body, string field)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/articles", JsonBody(body), Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task PostArticle_BadQueryParameterWithRawBody_Answers400NamingIt()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var content = new StringContent(French, Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/api/articles?published=last-week", content, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("published", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task PostArticle_MoreCharactersThanAnArticleMayHave_Answers413()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();
        var text = new StringBuilder().Insert(0, EnglishMarkdown + "\n", (Ingest.ArticleExtractor.MaxCharacters / EnglishMarkdown.Length) + 2).ToString();
        using var content = new StringContent(text, Encoding.UTF8, "text/markdown");

        using var response = await client.PostAsync("/api/articles", content, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("characters", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.Revision, (await client.GetGraphAsync()).Revision);
    }

    [Fact]
    public async Task PostArticle_BodyOverTheRequestLimit_Answers413()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:MaxRequestBytes"] = "65536" });
        using var client = factory.CreateClient();
        using var content = new StringContent(new string('a', 70_000), Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/api/articles", content, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("65536", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticle_CharsetOtherThanUtf8_Answers415()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes("Camille Laurent a quitté OpenAI en février 2024 pour rejoindre Mistral AI."));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("text/plain; charset=iso-8859-1");

        using var response = await client.PostAsync("/api/articles", content, Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("iso-8859-1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticle_FromAnotherMachineWithoutAKey_IsRefusedBeforeAnythingIsRead()
    {
        await using var factory = new ExplorerFactory(remoteAddress: IPAddress.Parse("203.0.113.7"));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/articles", JsonBody(new { content = French }), Ct);

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    private static StringContent JsonBody(object body) =>
        new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<ArticleAnswer> PostOkAsync(HttpClient client, HttpContent content, string query = "")
    {
        using var response = await client.PostAsync("/api/articles" + query, content, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /api/articles answered {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<ArticleAnswer>(text, Api.Json)!;
    }
}
