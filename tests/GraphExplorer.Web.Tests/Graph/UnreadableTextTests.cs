using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphExplorer.Web.Tests.TestSupport;

namespace GraphExplorer.Web.Tests.Graph;

/// <summary>
/// Text that .NET strings cannot hold (a lone surrogate escape, invalid UTF-8 inside a JSON string) in the bodies of
/// POST /api/facts and POST /api/articles: a 400 that names the line or item and the field, never a 500.
/// </summary>
public sealed class UnreadableTextTests
{
    private const string Good = """{"type":"WORKED_AT","person":"Good Person","lab":"Good Lab","start":"2020"}""";

    private const string BadLine = """{"type":"WORKED_AT","person":"\ud800","lab":"Good Lab"}""";

    private const string BadItem = """{"type":"FOUNDED","person":"X Y","lab":"\ud800"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("""{"type":"WORKED_AT","person":"\ud800","lab":"Good Lab"}""", "person")]
    [InlineData("""{"type":"WORKED_AT","person":"Bad Person","lab":"Good Lab","evidence":{"start":0,"end":2,"text":"\udfff x"}}""", "evidence.text")]
    [InlineData("""{"type":"ALIAS","kind":"lab","name":"Good Lab","aliases":["G\ud800L"]}""", "aliases[0]")]
    public async Task PostFacts_LoneSurrogateInJsonLines_Answers400NamingLineAndField(string bad, string field)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = (await client.GetGraphAsync()).Revision;

        using var response = await client.PostFactsAsync($"{Good}\n{bad}\n");
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").GetProperty("request:2").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains($"field '{field}'", StringComparison.Ordinal) && m.Contains("lone surrogate", StringComparison.Ordinal));
        Assert.Equal(before, (await client.GetGraphAsync()).Revision);
    }

    [Fact]
    public async Task PostFacts_LoneSurrogateWithSkipInvalid_LoadsTheGoodLinesAndListsTheBadOne()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var response = await client.PostFactsAsync($"{Good}\n{BadLine}\n", skipInvalid: true);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Contains("request:2", text, StringComparison.Ordinal);
        Assert.Contains((await client.GetGraphAsync()).Nodes, n => n.Name == "Good Person");
    }

    [Fact]
    public async Task PostFacts_LoneSurrogateInAJsonArray_Answers400NamingTheItem()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var response = await client.PostFactsAsync($"[{Good},{BadItem}]", "application/json");
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("field 'lab'", problem.GetProperty("errors").GetProperty("request:2")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public async Task PostFacts_InvalidUtf8InsideAJsonArray_Answers400NamingTheItem(byte[] bytes)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = (await client.GetGraphAsync()).Revision;
        byte[] body = [.. Encoding.UTF8.GetBytes(Good.Insert(0, "[") + ",\n{\"type\":\"FOUNDED\",\"person\":\"A"), .. bytes, .. " B\",\"lab\":\"Good Lab\"}]"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/facts", content, Ct);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not valid UTF-8", problem.GetProperty("errors").GetProperty("request:2")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await client.GetGraphAsync()).Revision);
    }

    [Theory]
    [InlineData("""{"content":"\ud800 Ann Lee joined OpenAI in 2020."}""", "content", false)]
    [InlineData("""{"content":"\ud800 Ann Lee joined OpenAI in 2020."}""", "content", true)]
    [InlineData("""{"content":"Ann Lee joined OpenAI in 2020.","title":"T\udc00"}""", "title", true)]
    public async Task PostArticle_LoneSurrogateInJson_Answers400NamingTheField(string body, string field, bool dryRun)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(dryRun ? "/api/articles?dryRun=true" : "/api/articles", content, Ct);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
        Assert.Contains("lone surrogate", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticle_InvalidUtf8InsideJsonString_Answers400()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        byte[] body = [.. """{"content":"Ann Lee """u8, 0xC3, 0x28, .. """ joined OpenAI."}"""u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/articles", content, Ct);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
