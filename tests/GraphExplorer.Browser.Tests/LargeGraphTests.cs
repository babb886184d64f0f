using System.Text.Json;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// The page on the benchmark's generated graph of 10,000 nodes and 30,000 edges (served in place of <c>/api/graph</c>,
/// the live stream cut): its edges are drawn in steps under a progress bar, and its labels never overlap. The layout
/// is kept still (<c>?layout=off</c>) so that pictures can be compared.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class LargeGraphTests(ExplorerFixture fixture)
{
    /// <summary>Records every state the progress bar shows, from the first script on, so no step goes unseen.</summary>
    private const string WatchProgress = """
        window.__progressSeen = [];
        new MutationObserver(() => {
          const bar = document.querySelector('[data-testid=draw-progress]');
          if (!bar) return;
          const state = { shown: !bar.hidden, percent: Number(bar.getAttribute('aria-valuenow') ?? -1) };
          const last = window.__progressSeen.at(-1);
          if (!last || last.shown !== state.shown || last.percent !== state.percent) window.__progressSeen.push(state);
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'aria-valuenow'] });
        """;

    private static readonly string Payload = RenderBenchmarkTests.GeneratePayload();

    [Fact]
    public async Task Render_LargeGraph_DrawsEdgesInStepsUnderAProgressBarToTheSamePicture()
    {
        await using var explorer = await OpenLargeAsync();
        var page = explorer.Page;
        await page.WaitForFunctionAsync("() => window.__graphExplorer.drawnShare() === 1", null, new() { Timeout = 120_000 });

        var seen = (await page.EvaluateAsync<JsonElement>("() => window.__progressSeen")).EnumerateArray()
            .Select(s => (Shown: s.GetProperty("shown").GetBoolean(), Percent: s.GetProperty("percent").GetInt32()))
            .Where(s => s.Percent >= 0)
            .ToList();
        Assert.Contains(seen, s => s.Shown && s.Percent < 100);
        Assert.True(seen.Count(s => s.Shown) >= 3, $"the bar showed too few steps: {string.Join(", ", seen)}");
        Assert.Equal((false, 100), seen[^1]);
        var percents = seen.Select(s => s.Percent).ToList();
        Assert.Equal(percents.Order(), percents);
        await Expect(page.GetByTestId("draw-progress")).ToBeHiddenAsync();
        Assert.Equal(RenderBenchmarkTests.Edges, await explorer.HookAsync<int>("visibleEdgeCount()"));

        // The legend draws moves the way the graph now does: a plain line, the arrow kept for selected edges.
        await Expect(page.GetByTestId("legend")).ToHaveAttributeAsync("data-edges", "plain");
        Assert.Equal("none", await LegendArrowDisplayAsync(page));
        await Expect(page.GetByTestId("legend")).ToContainTextAsync("Left for (arrow when selected)", new() { UseInnerText = true });

        // The picture drawn in steps is the one a single drawing of everything gives, pixel for pixel.
        var graph = page.GetByTestId("graph");
        await WaitForLabelsAsync(page);
        var stepped = await graph.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Artifacts, "21-large-drawn-in-steps.png") });
        await page.EvaluateAsync("() => { window.__graphExplorer.redraw(); }");
        await WaitForLabelsAsync(page);
        var whole = await graph.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Artifacts, "21-large-drawn-at-once.png") });
        Assert.True(await Pixels.CountInkAsync(page, stepped) > 10_000, "the large graph drew hardly anything");
        Assert.Equal(0, await Pixels.CountDifferentAsync(page, stepped, whole));
        Assert.Empty(explorer.ScriptErrors);
    }

    /// <summary>How the legend's "Left for" sample shows its arrowhead (a CSS pseudo-element): "none" when hidden.</summary>
    internal static Task<string> LegendArrowDisplayAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('[data-testid=legend] .line.left'), '::after').display");

    [Fact]
    public async Task Labels_InALargeGraphAtEveryZoom_NeverOverlap()
    {
        await using var explorer = await OpenLargeAsync();
        var page = explorer.Page;
        await page.WaitForFunctionAsync("() => window.__graphExplorer.drawnShare() === 1", null, new() { Timeout = 120_000 });

        async Task CheckAsync(string when)
        {
            await WaitForLabelsAsync(page);
            await LabelBoxes.AssertNoneOverlapAsync(explorer, when, atLeast: 10);
            await ExplorerFixture.ScreenshotAsync(page, $"22-large-labels-{when}");
        }

        await CheckAsync("fitted");
        // Into the crowd around the busiest lab (the first guess leaves the middle of the picture empty).
        var lab = await explorer.HookAsync<JsonElement>("nodeScreenPosition('lab-0')");
        var graph = (await page.GetByTestId("graph").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(graph.X + lab.GetProperty("x").GetSingle(), graph.Y + lab.GetProperty("y").GetSingle());
        for (var i = 0; i < 3; i++)
        {
            await page.Mouse.WheelAsync(0, -240);
            await WaitForLabelsAsync(page);
        }

        await CheckAsync("zoomed-in");
        for (var i = 0; i < 5; i++)
        {
            await page.GetByTestId("zoom-out").ClickAsync();
        }

        await CheckAsync("zoomed-out");
        Assert.Empty(explorer.ScriptErrors);
    }

    private static Task WaitForLabelsAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.__graphExplorer.labelsSettled()", null, new() { Timeout = 60_000 });

    private Task<ExplorerPage> OpenLargeAsync() =>
        fixture.OpenAsync("/?view=all&layout=off", async page =>
        {
            await page.AddInitScriptAsync(WatchProgress);
            await page.RouteAsync("**/api/graph*", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = Payload }));
            await page.RouteAsync("**/hubs/**", route => route.AbortAsync());
        });
}
