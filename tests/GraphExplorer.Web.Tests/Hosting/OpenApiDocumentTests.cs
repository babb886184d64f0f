using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphExplorer.Web.Tests.TestSupport;

namespace GraphExplorer.Web.Tests.Hosting;

/// <summary>The OpenAPI document the reference at /scalar shows: every route with its parameters, answers and errors.</summary>
public sealed class OpenApiDocumentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Document_EveryOperation_HasASummaryASuccessAnswerAndProblemDetailsForErrors()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));

        var missing = new List<string>();
        var operations = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var body = operation.Value;
                if (!body.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                {
                    missing.Add($"{name}: no summary");
                }

                var responses = body.GetProperty("responses").EnumerateObject().ToList();
                if (!responses.Any(r => r.Name.StartsWith('2')))
                {
                    missing.Add($"{name}: no success answer");
                }

                var problems = responses.Where(r => !r.Name.StartsWith('2')).ToList();
                if (problems.Count == 0 || !problems.All(r => r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _)))
                {
                    missing.Add($"{name}: an error answer without application/problem+json ({string.Join(", ", problems.Select(p => p.Name))})");
                }

                var takesInput = body.TryGetProperty("parameters", out var parameters) && parameters.GetArrayLength() > 0 || body.TryGetProperty("requestBody", out _);
                if (takesInput && !responses.Any(r => r.Name == "400"))
                {
                    missing.Add($"{name}: takes input but documents no 400");
                }
            }
        }

        Assert.True(operations >= 10, $"only {operations} operations in the document");
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public async Task Document_HealthRoutes_AreListedWithTheReadinessProblem()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/healthz").TryGetProperty("get", out _));
        var ready = paths.GetProperty("/readyz").GetProperty("get");
        Assert.True(ready.GetProperty("responses").GetProperty("503").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task Scalar_AtItsPath_ServesTheReferencePagePointingAtTheDocument()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/scalar", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GraphExplorer API", html, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The build writes the document the page's wire types are generated from by running the app in the document tool,
    /// where no hosted service starts (no store, no seed): what it wrote must still be what a running app serves.
    /// </summary>
    [Fact]
    public async Task Document_WrittenByTheBuild_IsWhatTheAppServes()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var served = Normalise(await client.GetStringAsync("/openapi/v1.json", Ct));

        Assert.True(File.Exists(PageTypes.BuildDocument), $"{PageTypes.BuildDocument} is missing: the web project's build writes it (GenerateOpenApiDocuments, ClientApp.targets)");
        var built = Normalise(await File.ReadAllTextAsync(PageTypes.BuildDocument, Ct));
        Assert.True(built == served, $"{PageTypes.BuildDocument} differs from the document the app serves");
    }

    /// <summary>
    /// The point of generating the page's types: a DTO field renamed on the server (here NodeDto.name, in the document
    /// the build wrote) makes the page's type check fail where it reads the field, while the document as built passes.
    /// The page's sources are checked in a copy, so the working tree is never touched.
    /// </summary>
    [Fact]
    public async Task PageTypeCheck_NodeNameRenamedInTheDocument_FailsWhereThePageReadsIt()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(PageTypes.BuildDocument, Ct))!;
        using var page = PageTypes.CopyOfThePage();

        var asBuilt = await page.CheckAsync(document.ToJsonString(), Ct);
        Assert.True(asBuilt.ExitCode == 0, $"the page should type-check against the document as built:\n{asBuilt.Output}");

        var node = document["components"]!["schemas"]!["NodeDto"]!;
        var properties = node["properties"]!.AsObject();
        var name = properties["name"]!;
        properties.Remove("name");
        properties["displayName"] = name;
        var required = node["required"]!.AsArray();
        required.Remove(required.Single(r => r!.GetValue<string>() == "name"));
        required.Add("displayName");

        var renamed = await page.CheckAsync(document.ToJsonString(), Ct);
        Assert.NotEqual(0, renamed.ExitCode);
        Assert.Matches(@"src/[\w/.]+\.ts\(\d+,\d+\): error TS\d+: Property 'name' does not exist", renamed.Output);
    }

    // The server's own address differs from host to host; everything else is the API.
    private static string Normalise(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }
}
