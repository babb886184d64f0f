using System.Text;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// One app on Kestrel and one headless Chromium shared by the browser tests (starting them is the slow part); each
/// test opens its own browser context, so pages share nothing but the server's graph.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    /// <summary>A laptop's screen: the page must work at this width.</summary>
    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    private ExplorerServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Http { get; private set; } = new();

    public async ValueTask InitializeAsync()
    {
        if (Chromium.ExecutablePath is null)
        {
            return;
        }

        _server = new ExplorerServer();
        BaseAddress = _server.Start();
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Skips the calling test, with the reason, when this machine has no Chromium.</summary>
    public static void RequireChromium() => Assert.SkipWhen(Chromium.ExecutablePath is null, Chromium.MissingReason);

    /// <summary>Opens the explorer in a fresh context and waits until the graph is loaded and drawn.</summary>
    public async Task<ExplorerPage> OpenAsync(string pathAndQuery = "/", Func<IPage, Task>? beforeNavigation = null, ViewportSize? viewport = null)
    {
        RequireChromium();
        var context = await _browser!.NewContextAsync(new() { ViewportSize = viewport ?? Laptop, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(page, context);
        if (beforeNavigation is not null)
        {
            await beforeNavigation(page);
        }

        await page.GotoAsync(new Uri(BaseAddress, pathAndQuery).ToString());
        await page.WaitForFunctionAsync("() => window.__graphExplorer && window.__graphExplorer.ready", null, new() { Timeout = 30_000 });
        return explorer;
    }

    /// <summary>GETs an API path from the app the page talks to; fails the test on an error status.</summary>
    public async Task<System.Text.Json.JsonDocument> GetJsonAsync(string path)
    {
        RequireChromium();
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonDocument.Parse(body);
    }

    /// <summary>Saves a screenshot as a test artefact and returns its bytes.</summary>
    public static async Task<byte[]> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(RepoPaths.Artifacts, $"{name}.png");
        return await page.ScreenshotAsync(new() { Path = path });
    }

    /// <summary>Writes a figure (a benchmark) next to the screenshots, so CI keeps it.</summary>
    public static async Task WriteArtifactAsync(string name, string text) =>
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}

/// <summary>An open explorer page with its context (closed on dispose) and the script errors it raised.</summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    internal ExplorerPage(IPage page, IBrowserContext context)
    {
        Page = page;
        _context = context;
        page.PageError += (_, error) => _errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Gets uncaught script errors so far: a test fails on them, since the page would be broken for a user.</summary>
    public IReadOnlyList<string> ScriptErrors => _errors;

    /// <summary>Waits until the layout has settled (or 10 s, whichever comes first), for a screenshot worth looking at.</summary>
    public async Task WaitForLayoutAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync("() => !window.__graphExplorer.layoutRunning()", null, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            // Still moving: the screenshot shows it mid-way, which is still worth looking at.
        }
    }

    public Task<T> HookAsync<T>(string expression, object? arg = null) =>
        Page.EvaluateAsync<T>($"(arg) => window.__graphExplorer.{expression}", arg);

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}
