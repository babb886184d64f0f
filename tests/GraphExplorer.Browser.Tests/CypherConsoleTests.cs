using System.Text.Json;
using System.Text.Json.Nodes;
using GraphExplorer.Browser.Tests.Infrastructure;
using GraphExplorer.Web.Cypher;
using GraphExplorer.Web.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using NeoNode = GraphExplorer.Neo4j.QueryApi.CypherNode;
using NeoRelationship = GraphExplorer.Neo4j.QueryApi.CypherRelationship;
using NeoString = GraphExplorer.Neo4j.QueryApi.CypherString;
using NeoValue = GraphExplorer.Neo4j.QueryApi.CypherValue;

namespace GraphExplorer.Browser.Tests;

/// <summary>
/// The Cypher tab in a real Chromium against the app on its default (embedded) store: Neo4j's editor, the engine's
/// answers as a table and in the main graph view, exports, errors underlined where they are, completion and history.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class CypherConsoleTests(ExplorerFixture fixture)
{
    private const string Question =
        "MATCH (p:Person)-[m:LEFT_FOR]->(l:Lab {id: 'anthropic'}) WHERE m.from = 'openai' RETURN p.name AS person, m.date AS date, p, m, l ORDER BY person";

    [Fact]
    public async Task CypherConsole_OnTheEmbeddedStore_TypedQueryFillsTheTableTheGraphViewAndTheCsv()
    {
        // Expected from the graph the API serves: everyone who left OpenAI for Anthropic.
        using var graph = await GetJsonAsync("api/graph");
        var names = graph.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("name").GetString()!);
        var moves = graph.RootElement.GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "LEFT_FOR" && e.GetProperty("target").GetString() == "anthropic"
                && e.TryGetProperty("from", out var from) && from.GetString() == "openai")
            .Select(e => (Id: e.GetProperty("source").GetString()!, Date: e.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null))
            .OrderBy(m => names[m.Id], StringComparer.Ordinal)
            .ToList();
        Assert.Contains(("john-schulman", "2024-08"), moves);

        await using var explorer = await fixture.OpenAsync();
        var page = explorer.Page;
        await OpenConsoleAsync(page);

        // The parameters box offers an example as a placeholder, never a value of its own.
        await Expect(page.GetByTestId("cypher-params")).ToHaveValueAsync(string.Empty);
        Assert.False(string.IsNullOrWhiteSpace(await page.GetByTestId("cypher-params").GetAttributeAsync("placeholder")));

        await page.GetByTestId("cypher-query").ClickAsync();
        await page.Keyboard.TypeAsync(Question);
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByTestId("cypher-query")).ToHaveTextAsync(Question);
        await page.Keyboard.PressAsync("Control+Enter");

        var table = page.GetByTestId("cypher-table");
        await Expect(table.Locator("th")).ToHaveTextAsync(["person", "date", "p", "m", "l"]);
        await Expect(page.GetByTestId("cypher-row")).ToHaveCountAsync(moves.Count);
        for (var i = 0; i < moves.Count; i++)
        {
            var cells = page.GetByTestId("cypher-row").Nth(i).Locator("td");
            await Expect(cells.Nth(0)).ToHaveTextAsync(names[moves[i].Id]);
            await Expect(cells.Nth(1)).ToHaveTextAsync(moves[i].Date ?? "null");
            await Expect(cells.Nth(2)).ToHaveTextAsync($"(:Person {names[moves[i].Id]})");
            await Expect(cells.Nth(3)).ToHaveTextAsync("[:LEFT_FOR]");
        }

        await Expect(page.GetByTestId("cypher-summary")).ToContainTextAsync($"{moves.Count} row");
        await Expect(page.GetByTestId("panel-cypher")).Not.ToContainTextAsync("Neo4j");

        // The main view shows only the answer: the movers and Anthropic, highlighted, with their moves.
        await Expect(page.GetByTestId("cypher-graph-note")).ToContainTextAsync($"{moves.Count + 1} nodes and {moves.Count} relationships");
        Assert.Equal(moves.Count + 1, await explorer.HookAsync<int>("visibleNodeCount()"));
        var highlighted = await explorer.HookAsync<string[]>("highlightedNodes()");
        Assert.Equal([.. moves.Select(m => m.Id).Append("anthropic").Order(StringComparer.Ordinal)], highlighted.Order(StringComparer.Ordinal));
        Assert.Equal(moves.Count, (await explorer.HookAsync<string[]>("highlightedEdges()")).Length);
        await explorer.WaitForLayoutAsync();
        await ExplorerFixture.ScreenshotAsync(page, "09-cypher-console");

        // CSV: a header of the columns, then each row with the scalars as they are and the elements as JSON.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("cypher-export-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal("person,date,p,m,l", csv[0]);
        Assert.Equal(moves.Count, csv.Length - 1);
        Assert.StartsWith($"John Schulman,2024-08,\"{{", csv.Single(l => l.StartsWith("John Schulman,", StringComparison.Ordinal)), StringComparison.Ordinal);

        var json = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("cypher-export-json").ClickAsync());
        using var exported = JsonDocument.Parse(await File.ReadAllTextAsync((await json.PathAsync())!, TestContext.Current.CancellationToken));
        Assert.Equal(moves.Count, exported.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal("node", exported.RootElement.GetProperty("rows")[0].GetProperty("p").GetProperty("$kind").GetString());

        // Adding to the view keeps what was there and brings in the new answer.
        await page.GetByTestId("cypher-graph-mode").SelectOptionAsync("add");
        await SetQueryAsync(page, "MATCH (l:Lab {id: 'thinking-machines-lab'}) RETURN l");
        await page.GetByTestId("cypher-run").ClickAsync();
        await Expect(page.GetByTestId("cypher-row")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => window.__graphExplorer.isNodeVisible('thinking-machines-lab')");
        Assert.Equal(moves.Count + 2, await explorer.HookAsync<int>("visibleNodeCount()"));
        Assert.Empty(explorer.ScriptErrors);
    }

    [Fact]
    public async Task CypherConsole_SyntaxErrorFromTheEngine_IsUnderlinedInTheEditorWithItsPosition()
    {
        await using var explorer = await fixture.OpenAsync();
        var page = explorer.Page;
        await OpenConsoleAsync(page);

        await page.GetByTestId("cypher-params").FillAsync("{ not json");
        await SetQueryAsync(page, "RETURN 1");
        await page.GetByTestId("cypher-run").ClickAsync();
        await Expect(page.GetByTestId("cypher-error")).ToContainTextAsync("Parameters are not valid");

        await page.GetByTestId("cypher-params").FillAsync(string.Empty);
        await SetQueryAsync(page, "MATCH (p:Person)\nRETRUN p");
        await page.GetByTestId("cypher-run").ClickAsync();

        await Expect(page.GetByTestId("cypher-error")).ToContainTextAsync("Cypher syntax error");
        await Expect(page.GetByTestId("cypher-error")).ToContainTextAsync("line 2, column 1");
        await Expect(page.GetByTestId("cypher-error-position")).ToContainTextAsync("RETRUN p");
        await Expect(page.Locator(".cm-lintRange-error").First).ToBeVisibleAsync();
        await ExplorerFixture.ScreenshotAsync(page, "10-cypher-syntax-error");

        // A write is refused as on Neo4j.
        await SetQueryAsync(page, "CREATE (:Person {id: 'x'})");
        await page.GetByTestId("cypher-run").ClickAsync();
        await Expect(page.GetByTestId("cypher-error")).ToContainTextAsync("Writing is not allowed");
        Assert.Empty(explorer.ScriptErrors);
    }

    [Fact]
    public async Task CypherConsole_Completion_OffersTheGraphsLabelsPropertiesAndFunctions()
    {
        await using var explorer = await fixture.OpenAsync();
        var page = explorer.Page;
        await OpenConsoleAsync(page);
        var completions = page.Locator(".cm-tooltip-autocomplete");

        await page.GetByTestId("cypher-query").ClickAsync();
        await page.Keyboard.TypeAsync("MATCH (p:");
        await Expect(completions).ToContainTextAsync("Person");
        await Expect(completions).ToContainTextAsync("Article");
        await page.Keyboard.PressAsync("Escape");

        await page.Keyboard.TypeAsync("Person)-[:");
        await Expect(completions).ToContainTextAsync("LEFT_FOR");
        await page.Keyboard.PressAsync("Escape");

        await page.Keyboard.TypeAsync("LEFT_FOR]->(l) RETURN p.");
        await Expect(completions).ToContainTextAsync("aliases");
        await page.Keyboard.PressAsync("Escape");

        await page.Keyboard.TypeAsync("name, toUpp");
        await page.Keyboard.PressAsync("Control+Space");
        await Expect(completions).ToContainTextAsync("toUpper");
        await ExplorerFixture.ScreenshotAsync(page, "11-cypher-completion");
        Assert.Empty(explorer.ScriptErrors);
    }

    [Fact]
    public async Task CypherConsole_ExampleRunFromTheList_IsKeptInTheHistoryAcrossAReload()
    {
        await using var explorer = await fixture.OpenAsync();
        var page = explorer.Page;
        await OpenConsoleAsync(page);

        await page.GetByTestId("cypher-examples").SelectOptionAsync(new SelectOptionValue { Label = "Labs that lost most people to Meta" });
        await Expect(page.GetByTestId("cypher-query")).ToContainTextAsync("STARTS WITH 'meta'");
        await page.GetByTestId("cypher-run").ClickAsync();

        // The seed's article: Jason Wei and Hyung Won Chung left OpenAI for Meta's superintelligence lab.
        var first = page.GetByTestId("cypher-row").First.Locator("td");
        await Expect(first.Nth(0)).ToHaveTextAsync("OpenAI");
        await Expect(first.Nth(1)).ToHaveTextAsync("2");

        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => window.__graphExplorer && window.__graphExplorer.ready");
        await OpenConsoleAsync(page);
        var history = page.GetByTestId("cypher-history");
        await Expect(history.Locator("option")).ToHaveCountAsync(2);
        await history.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Expect(page.GetByTestId("cypher-query")).ToContainTextAsync("STARTS WITH 'meta'");
        Assert.Empty(explorer.ScriptErrors);
    }

    /// <summary>
    /// On Neo4j the server writes Neo4j's values in the same shape (<see cref="CypherJson"/>), so the page draws them
    /// the same way. No Neo4j runs here, so the page's request is answered with what the server would send.
    /// </summary>
    [Fact]
    public async Task CypherConsole_WithAnAnswerShapedByTheNeo4jPath_ShowsTheSameTableAndGraph()
    {
        using var graph = await GetJsonAsync("api/graph");
        var names = graph.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("name").GetString()!);
        var tenures = graph.RootElement.GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "WORKED_AT" && e.GetProperty("target").GetString() == "openai")
            .ToList();
        Assert.True(tenures.Count >= 5, "the seed holds OpenAI's people");

        NeoNode Node(string id, string label) => new($"4:{id}", [label], new Dictionary<string, NeoValue> { ["id"] = new NeoString(id), ["name"] = new NeoString(names[id]) });
        var lab = Node("openai", "Lab");
        var rows = tenures.Select(t =>
        {
            var person = Node(t.GetProperty("source").GetString()!, "Person");
            var worked = new NeoRelationship(
                ElementId: $"5:{t.GetProperty("id").GetString()}",
                StartNodeElementId: person.ElementId,
                EndNodeElementId: lab.ElementId,
                Type: "WORKED_AT",
                Properties: new Dictionary<string, NeoValue> { ["id"] = new NeoString(t.GetProperty("id").GetString()!) });
            return new JsonArray(CypherJson.ToJson(person), CypherJson.ToJson(worked), CypherJson.ToJson(lab));
        }).ToList();
        var answer = JsonSerializer.Serialize(new CypherAnswer(["p", "r", "l"], rows, Truncated: false, ElapsedMs: 3), ApiJson.Create());

        await using var explorer = await fixture.OpenAsync(beforeNavigation: page => page.RouteAsync("**/api/cypher", route =>
            route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = answer })));
        var page = explorer.Page;
        await OpenConsoleAsync(page);
        await SetQueryAsync(page, "MATCH (p:Person)-[r:WORKED_AT]->(l:Lab {id: $lab})\nRETURN p, r, l");
        await page.GetByTestId("cypher-params").FillAsync("{ \"lab\": \"openai\" }");
        await page.GetByTestId("cypher-run").ClickAsync();

        await Expect(page.GetByTestId("cypher-table").Locator("th")).ToHaveTextAsync(["p", "r", "l"]);
        await Expect(page.GetByTestId("cypher-row")).ToHaveCountAsync(tenures.Count);
        await Expect(page.GetByTestId("cypher-table")).ToContainTextAsync("Jan Leike");
        var people = tenures.Select(t => t.GetProperty("source").GetString()).Distinct().Count();
        await Expect(page.GetByTestId("cypher-graph-note")).ToContainTextAsync($"{people + 1} nodes and {tenures.Count} relationships");
        Assert.Equal(people + 1, await explorer.HookAsync<int>("visibleNodeCount()"));
        Assert.Empty(explorer.ScriptErrors);
    }

    /// <summary>Replaces the editor's text by typing it, as a user would (Escape first closes a completion list, so Enter starts a line).</summary>
    private static async Task SetQueryAsync(IPage page, string text)
    {
        await page.GetByTestId("cypher-query").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                await page.Keyboard.PressAsync("Escape");
                await page.Keyboard.PressAsync("Enter");
            }

            await page.Keyboard.TypeAsync(lines[i]);
        }

        await page.Keyboard.PressAsync("Escape");
    }

    private static async Task OpenConsoleAsync(IPage page)
    {
        await page.GetByTestId("tab-cypher").ClickAsync();
        await Expect(page.Locator("[data-testid=cypher-editor][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    private Task<JsonDocument> GetJsonAsync(string path) => fixture.GetJsonAsync(path);
}
