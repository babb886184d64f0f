using System.Net;
using System.Text;
using System.Text.Json;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Tests.TestSupport;

namespace GraphExplorer.Web.Tests.Graph;

public sealed class FactsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostFacts_JsonLines_CommitsOneBatchAndCountsWhatWasAdded()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();

        var answer = await client.LoadAsync(TestFacts.Batch(1));

        Assert.Equal(before.Revision + 1, answer.Revision);
        Assert.Equal(new ElementCounts(People: 1, Labs: 2, Edges: 2, Articles: 1), answer.Added);
        Assert.Equal(new ElementCounts(0, 0, 0, 0), answer.Existing);
        Assert.Empty(answer.Rejected);
        var graph = await client.GetGraphAsync();
        Assert.Equal(answer.Revision, graph.Revision);
        Assert.Contains(graph.Nodes, n => n.Id == "test-person-1" && n.Name == "Test Person 1");
    }

    [Fact]
    public async Task PostFacts_JsonArray_LoadsLikeJsonLines()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var array = "[" + string.Join(",", TestFacts.Batch(1).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) + "]";

        using var response = await client.PostFactsAsync(array, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonSerializer.Deserialize<FactsAnswer>(await response.Content.ReadAsStringAsync(Ct), Api.Json)!;
        Assert.Equal(new ElementCounts(1, 2, 2, 1), answer.Added);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    [InlineData("application/octet-stream")]
    public async Task PostFacts_WhateverTheBodyIsLabelled_ItIsReadAsFacts(string contentType)
    {
        // `curl --data-binary @facts.jsonl` labels the body as form data; the body itself says what it is.
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostFactsAsync(TestFacts.Batch(1), contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostFacts_SameFactsTwice_SecondAnswerReportsThemExistingAndKeepsTheRevision()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var first = await client.LoadAsync(TestFacts.Batch(1));

        var second = await client.LoadAsync(TestFacts.Batch(1));

        Assert.Equal(first.Revision, second.Revision);
        Assert.Equal(new ElementCounts(0, 0, 0, 0), second.Added);
        Assert.Equal(new ElementCounts(1, 2, 2, 1), second.Existing);
    }

    [Fact]
    public async Task PostFacts_AnInvalidLine_RefusesTheBatchWithItsLocationAndWritesNothing()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();
        var body = """
            {"type":"WORKED_AT","person":"Good Person","lab":"Good Lab"}
            {"type":"WORKED_AT","person":"Bad Person","lab":"Bad Lab","start":"2024-13"}
            {"type":"FOUNDED","person":"Other Person"}
            """;

        using var response = await client.PostFactsAsync(body);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var rejected = problem.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal(["request:2", "request:3"], rejected.Select(r => r.GetProperty("location").GetString()));
        Assert.Contains("start", rejected[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("missing field 'lab'", rejected[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, problem.GetProperty("rejectedCount").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("request:2", out _));
        Assert.Contains("skipInvalid", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await client.GetGraphAsync();
        Assert.Equal(before.Revision, after.Revision);
        Assert.DoesNotContain(after.Nodes, n => n.Name == "Good Person");
    }

    [Fact]
    public async Task PostFacts_AnInvalidArrayItem_IsLocatedByItsIndex()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var body = """[{"type":"WORKED_AT","person":"A Person","lab":"A Lab"}, {"type":"NOPE"}, 42]""";

        using var response = await client.PostFactsAsync(body, "application/json");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            ["request:2", "request:3"],
            problem.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("location").GetString()));
    }

    [Fact]
    public async Task PostFacts_SkipInvalid_LoadsTheGoodFactsAndListsTheRejectedOnes()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var body = """
            {"type":"WORKED_AT","person":"Good Person","lab":"Good Lab"}
            not json
            """;

        using var response = await client.PostFactsAsync(body, skipInvalid: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonSerializer.Deserialize<FactsAnswer>(await response.Content.ReadAsStringAsync(Ct), Api.Json)!;
        Assert.Equal(new ElementCounts(1, 1, 1, 0), answer.Added);
        var rejected = Assert.Single(answer.Rejected);
        Assert.Equal("request:2", rejected.Location);
        Assert.Contains("malformed JSON", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(1, answer.RejectedCount);
        Assert.Contains((await client.GetGraphAsync()).Nodes, n => n.Name == "Good Person");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    [InlineData("[]")]
    [InlineData("[{\"type\":")]
    public async Task PostFacts_NoFactsInTheBody_IsRefusedWithTheReason(string body)
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostFactsAsync(body);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("nothing was written", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostFacts_AnIdUsedForAPersonAndALab_IsAConflictAndWritesNothing()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        await client.LoadAsync("""{"type":"WORKED_AT","person":"Mercury","lab":"Planet Lab"}""");
        var before = await client.GetGraphAsync();

        using var response = await client.PostFactsAsync("""
            {"type":"ALIAS","kind":"lab","name":"Mercury Labs","id":"mercury"}
            {"type":"WORKED_AT","person":"Venus","lab":"Mercury Labs"}
            """);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("mercury", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.Revision, (await client.GetGraphAsync()).Revision);
    }

    [Fact]
    public async Task PostFacts_BodyDeclaredLargerThanTheLimit_Is413ProblemDetails()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:MaxRequestBytes"] = "2048" });
        using var client = factory.CreateClient();
        var body = string.Concat(Enumerable.Range(1, 20).Select(i => TestFacts.Batch(i)));
        Assert.True(Encoding.UTF8.GetByteCount(body) > 2048);

        using var response = await client.PostFactsAsync(body);

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("2048", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostFacts_ChunkedBodyLargerThanTheLimit_Is413ProblemDetailsAndWritesNothing()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:MaxRequestBytes"] = "2048" });
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 20).Select(i => TestFacts.Batch(i))));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/facts") { Content = new UnknownLengthContent(body) };
        using var response = await client.SendAsync(request, Ct);

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before.Revision, (await client.GetGraphAsync()).Revision);
    }

    /// <summary>A body sent without Content-Length, so the limit can only be found while reading it.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
