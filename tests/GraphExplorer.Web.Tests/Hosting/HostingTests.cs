using System.Net;
using System.Text.Json;
using GraphExplorer.Web.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Web.Tests.Hosting;

public sealed class HostingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemDetails()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/no-such-thing", Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("/api/no-such-thing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongMethodOnAnApiRoute_Is405ProblemDetails()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.DeleteAsync("/api/graph", Ct);

        await response.ReadProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task QueryValueThatCannotBind_Is400ProblemDetailsNamingIt()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostFactsAsync(TestFacts.Batch(1), skipInvalid: null);
        using var bad = await client.PostAsync("/api/facts?skipInvalid=perhaps", new StringContent(TestFacts.Batch(2)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problem = await bad.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("skipInvalid", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_IsServedAndDescribesTheGraphRoutes()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/graph", out var graph) && graph.TryGetProperty("get", out _));
        Assert.True(paths.TryGetProperty("/api/facts", out var facts) && facts.TryGetProperty("post", out _));
    }

    [Theory]
    [InlineData("GraphExplorer:MaxRequestBytes", "10", "MaxRequestBytes")]
    [InlineData("GraphExplorer:ApiKey", "short", "ApiKey")]
    [InlineData("GraphExplorer:SnapshotThreshold", "0", "SnapshotThreshold")]
    public async Task Start_WithAnInvalidSetting_FailsNamingTheSetting(string key, string value, string named)
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { [key] = value });

        var failure = factory.StartFailure();

        Assert.Contains($"{nameof(OptionsValidationException)}: GraphExplorer:{named}", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTheNeo4jStoreInThisBuild_FailsWithAClearMessage()
    {
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["GraphExplorer:Store"] = "Neo4j" });

        var failure = factory.StartFailure();

        Assert.Contains("Neo4j", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplorerPage_IsServedAtTheRootAndForPageRoutes_AssetsAsFiles()
    {
        using var webRoot = new TempFolder();
        Directory.CreateDirectory(Path.Combine(webRoot.Path, "app", "assets"));
        await File.WriteAllTextAsync(Path.Combine(webRoot.Path, "app", "index.html"), "<!doctype html><title>GraphExplorer test page</title>", Ct);
        await File.WriteAllTextAsync(Path.Combine(webRoot.Path, "app", "assets", "main-abc123.js"), "console.log('test');", Ct);
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["webroot"] = webRoot.Path });
        using var client = factory.CreateClient();

        using var root = await client.GetAsync("/", Ct);
        using var deep = await client.GetAsync("/people/john-schulman", Ct);
        using var asset = await client.GetAsync("/app/assets/main-abc123.js", Ct);

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Equal("text/html", root.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GraphExplorer test page", await root.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("GraphExplorer test page", await deep.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplorerPage_NotBuilt_RootSaysHowToBuildIt()
    {
        using var webRoot = new TempFolder();
        await using var factory = new ExplorerFactory(new Dictionary<string, string?> { ["webroot"] = webRoot.Path });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/", Ct);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("dotnet build", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
