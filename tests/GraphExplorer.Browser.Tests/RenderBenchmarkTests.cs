using System.Globalization;
using System.Text.Json;
using GraphExplorer.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// How fast the page draws a large graph: a generated payload of 10,000 nodes and 30,000 edges is served in place of
/// <c>/api/graph</c> (the live stream is cut so the real seed graph does not replace it), and the page's own clock
/// measures from the data in hand to the first frame drawn with it. The figure is printed and saved, not asserted:
/// timings on shared CI machines say more as a trend than as a gate.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class RenderBenchmarkTests(ExplorerFixture fixture)
{
    internal const int Nodes = 10_000;
    internal const int Edges = 30_000;
    private const int Labs = 250;

    [Fact]
    public async Task Render_GeneratedGraphOf10kNodesAnd30kEdges_PrintsTimeToFirstFrameAndFrameRate()
    {
        var payload = GeneratePayload();
        await using var explorer = await fixture.OpenAsync("/?view=all", async page =>
        {
            await page.RouteAsync("**/api/graph*", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = payload }));
            await page.RouteAsync("**/hubs/**", route => route.AbortAsync());
        });
        var page = explorer.Page;

        Assert.Equal(Nodes, await explorer.HookAsync<int>("nodeCount()"));
        Assert.Equal(Edges, await explorer.HookAsync<int>("edgeCount()"));
        Assert.Equal(Nodes, await explorer.HookAsync<int>("visibleNodeCount()"));

        // The first frame shows the nodes; the edges come in over the next frames (see LargeGraphTests).
        await page.WaitForFunctionAsync("() => window.__graphExplorer.drawnShare() === 1", null, new() { Timeout = 120_000 });
        var timings = await explorer.HookAsync<JsonElement>("timings()");
        var renderMs = timings.GetProperty("renderMs").GetDouble();
        var arrived = timings.GetProperty("dataArrived").GetDouble();
        var applyMs = timings.GetProperty("applied").GetDouble() - arrived;
        var indexMs = timings.GetProperty("indexed").GetDouble() - timings.GetProperty("applied").GetDouble();
        var showMs = timings.GetProperty("rendered").GetDouble() - timings.GetProperty("indexed").GetDouble();
        var completeMs = timings.GetProperty("completeMs").GetDouble();

        // Responsiveness while the layout still runs in its worker: frames drawn during a zoom driven by the keyboard.
        await page.GetByTestId("graph").FocusAsync();
        var fps = await page.EvaluateAsync<double>("""
            async () => {
              let frames = 0;
              let running = true;
              const count = () => { frames++; if (running) requestAnimationFrame(count); };
              requestAnimationFrame(count);
              const started = performance.now();
              const graph = document.getElementById('graph');
              for (let i = 0; i < 6; i++) {
                graph.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? '-' : '+', bubbles: true }));
                await new Promise(r => setTimeout(r, 250));
              }
              running = false;
              return frames / ((performance.now() - started) / 1000);
            }
            """);

        var layoutRunning = await explorer.HookAsync<bool>("layoutRunning()");
        var report = string.Create(
            CultureInfo.InvariantCulture,
            $"Render benchmark: {Nodes:N0} nodes, {Edges:N0} edges drawn {renderMs:F0} ms after the data arrived (model {applyMs:F0} ms, renderer indexing {indexMs:F0} ms, first frame shown {showMs:F0} ms later; every edge drawn {completeMs:F0} ms after the data arrived); {fps:F1} frames/s while zooming (layout worker still running: {layoutRunning}); {Environment.ProcessorCount} cores, WebGL in software.");
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestContext.Current.SendDiagnosticMessage(report);
        await ExplorerFixture.WriteArtifactAsync("render-benchmark.txt", report + Environment.NewLine);
        await ExplorerFixture.ScreenshotAsync(page, "20-benchmark-10k");
        Assert.True(renderMs > 0, "the page did not report its render time");
        Assert.Empty(explorer.ScriptErrors);
    }

    /// <summary>
    /// A talent-graph-shaped payload: labs of very different sizes, every person with a tenure, a move and a second
    /// tenure, and some founders; fixed seed, so every run draws the same graph.
    /// </summary>
    internal static string GeneratePayload()
    {
        var random = new Random(20240806);
        var nodes = new List<object>(Nodes);
        var edges = new List<object>(Edges);
        for (var lab = 0; lab < Labs; lab++)
        {
            nodes.Add(new { id = $"lab-{lab}", kind = "lab", name = $"Lab {lab}", aliases = Array.Empty<string>() });
        }

        // Popular labs attract most people (a power law), as in the real data.
        int PickLab() => (int)Math.Min(Labs - 1, Math.Floor(Labs * Math.Pow(random.NextDouble(), 2.5)));
        var people = Nodes - Labs;
        for (var person = 0; person < people && edges.Count < Edges; person++)
        {
            var id = $"person-{person}";
            nodes.Add(new { id, kind = "person", name = $"Person {person}", aliases = Array.Empty<string>() });
            var first = PickLab();
            var second = PickLab();
            if (second == first)
            {
                second = (first + 1) % Labs;
            }

            var start = 2005 + random.Next(15);
            var move = $"{start + 1 + random.Next(5)}-{1 + random.Next(12):D2}";
            edges.Add(new { id = $"w1-{person}", type = "WORKED_AT", source = id, target = $"lab-{first}", start = start.ToString(CultureInfo.InvariantCulture), end = move, sources = Array.Empty<string>() });
            edges.Add(new { id = $"l-{person}", type = "LEFT_FOR", source = id, target = $"lab-{second}", from = $"lab-{first}", date = move, sources = Array.Empty<string>() });
            edges.Add(new { id = $"w2-{person}", type = "WORKED_AT", source = id, target = $"lab-{second}", start = move, sources = Array.Empty<string>() });
        }

        for (var founder = 0; edges.Count < Edges; founder++)
        {
            edges.Add(new { id = $"f-{founder}", type = "FOUNDED", source = $"person-{founder}", target = $"lab-{founder % Labs}", date = "2010", sources = Array.Empty<string>() });
        }

        return JsonSerializer.Serialize(new { fromRevision = 0, revision = 1, isSnapshot = true, nodes, edges, articles = Array.Empty<object>() });
    }
}
