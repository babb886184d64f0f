using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphExplorer.Browser.Tests;

/// <summary>The interactive API reference at /scalar: linked from the page, rendered from the app's own OpenAPI document, offline.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ApiReferenceTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task ApiLink_FromThePage_OpensTheReferenceRenderedOffline()
    {
        await using var explorer = await fixture.OpenAsync();
        var link = explorer.Page.GetByTestId("api-reference");
        await Expect(link).ToHaveAttributeAsync("href", "/scalar");

        // Every request that leaves this machine is refused and recorded: the reference must render without them.
        var outside = new List<string>();
        await explorer.Page.Context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost" || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                outside.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var opened = explorer.Page.Context.WaitForPageAsync();
        await link.ClickAsync();
        var reference = await opened;
        await reference.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.StartsWith("/scalar", new Uri(reference.Url).AbsolutePath, StringComparison.Ordinal);
        await Expect(reference).ToHaveTitleAsync("GraphExplorer API");

        // The operations come from /openapi/v1.json: its title, every group of routes, and a route's own summary.
        await Expect(reference.GetByRole(AriaRole.Heading, new() { Name = "GraphExplorer.Web | v1" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        foreach (var group in new[] { "Cypher", "Graph", "Queries", "Articles", "Health" })
        {
            await Expect(reference.GetByText(group, new() { Exact = true }).First).ToBeVisibleAsync();
        }

        // Scalar renders a group's operations when it is opened.
        await reference.GetByText("Cypher", new() { Exact = true }).First.ClickAsync();
        await Expect(reference.GetByText("/api/cypher").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await reference.GetByText("Health", new() { Exact = true }).First.ClickAsync();
        await Expect(reference.GetByText("Whether the store is open and caught up.").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var shot = await ExplorerFixture.ScreenshotAsync(reference, "30-api-reference");

        Assert.True(await Pixels.CountInkAsync(reference, shot) > 5000, "the reference page looks empty");
        Assert.Empty(explorer.ScriptErrors);
        await ExplorerFixture.WriteArtifactAsync("30-api-reference-blocked-requests.txt", string.Join('\n', outside));
    }
}
