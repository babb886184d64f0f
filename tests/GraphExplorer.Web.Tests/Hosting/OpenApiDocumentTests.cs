using System.Net;
using System.Text.Json;
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
    /// The browser app's wire types are generated from ClientApp/openapi/v1.json at build time; this keeps that copy
    /// equal to the document the app serves. When the API changes, refresh it with
    /// <c>GRAPHEXPLORER_WRITE_OPENAPI=1 dotnet test --project tests/GraphExplorer.Web.Tests -- --filter-method "*CommittedCopy*"</c>
    /// and rebuild: the page then fails to compile where it reads a shape that changed.
    /// </summary>
    [Fact]
    public async Task Document_CommittedCopyForTheBrowserApp_IsWhatTheAppServes()
    {
        await using var factory = new ExplorerFactory();
        using var client = factory.CreateClient();
        var served = Normalise(await client.GetStringAsync("/openapi/v1.json", Ct));
        var path = Path.Combine(GraphExplorer.Tests.Shared.RepositoryRoot.Path, "src", "GraphExplorer.Web", "ClientApp", "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable("GRAPHEXPLORER_WRITE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served, Ct);
        }

        Assert.True(File.Exists(path), $"{path} is missing; write it with GRAPHEXPLORER_WRITE_OPENAPI=1 (see this test)");
        var committed = (await File.ReadAllTextAsync(path, Ct)).ReplaceLineEndings("\n");
        Assert.True(committed == served, $"{path} differs from the document the app serves; refresh it with GRAPHEXPLORER_WRITE_OPENAPI=1 (see this test) and rebuild the page");
    }

    // The server's own address differs from host to host; everything else is the API.
    private static string Normalise(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }
}
