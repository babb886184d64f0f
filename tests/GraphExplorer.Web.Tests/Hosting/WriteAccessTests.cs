using System.Net;
using GraphExplorer.Web.Tests.TestSupport;

namespace GraphExplorer.Web.Tests.Hosting;

public sealed class WriteAccessTests
{
    private const string Key = "test-key-0123456789abcdef";

    private static Dictionary<string, string?> WithKey() => new() { ["GraphExplorer:ApiKey"] = Key };

    [Fact]
    public async Task PostFacts_KeyConfiguredAndNoHeader_Is401AndWritesNothing()
    {
        await using var factory = new ExplorerFactory(WithKey());
        using var client = factory.CreateClient();
        var before = await client.GetGraphAsync();

        using var response = await client.PostFactsAsync(TestFacts.Batch(1));

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before.Revision, (await client.GetGraphAsync()).Revision);
    }

    [Fact]
    public async Task PostFacts_KeyConfiguredAndAWrongKey_Is403()
    {
        await using var factory = new ExplorerFactory(WithKey());
        using var client = factory.CreateClient();

        using var response = await client.PostFactsAsync(TestFacts.Batch(1), apiKey: Key + "x");

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PostFacts_KeyConfiguredAndSentInTheHeader_IsAccepted()
    {
        await using var factory = new ExplorerFactory(WithKey(), remoteAddress: IPAddress.Parse("203.0.113.7"));
        using var client = factory.CreateClient();

        var answer = await client.LoadAsync(TestFacts.Batch(1), apiKey: Key);

        Assert.Equal(1, answer.Added.People);
    }

    [Fact]
    public async Task PostFacts_NoKeyConfiguredAndARemoteCaller_Is403NamingTheSetting()
    {
        await using var factory = new ExplorerFactory(remoteAddress: IPAddress.Parse("203.0.113.7"));
        using var client = factory.CreateClient();

        using var response = await client.PostFactsAsync(TestFacts.Batch(1));

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("GraphExplorer:ApiKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("203.0.113.7", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task PostFacts_NoKeyConfiguredAndALoopbackCaller_IsAccepted(string address)
    {
        await using var factory = new ExplorerFactory(remoteAddress: IPAddress.Parse(address));
        using var client = factory.CreateClient();

        var answer = await client.LoadAsync(TestFacts.Batch(1));

        Assert.Equal(1, answer.Added.People);
    }

    [Fact]
    public async Task GetGraph_KeyConfiguredAndARemoteCallerWithoutIt_IsOpen()
    {
        await using var factory = new ExplorerFactory(WithKey(), remoteAddress: IPAddress.Parse("203.0.113.7"));
        using var client = factory.CreateClient();

        var graph = await client.GetGraphAsync();

        Assert.NotEmpty(graph.Nodes);
    }
}
