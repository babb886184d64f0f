namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// Finds a Chromium to drive. Playwright's own browser download does not work offline, so the tests use the system's
/// (Debian's <c>chromium</c> package, which CI installs); without one they skip and say why.
/// </summary>
internal static class Chromium
{
    /// <summary>Flags that keep a headless Chromium quiet and offline in a container (no sandbox, no GPU, no updates).</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private static readonly Lazy<string?> s_path = new(Find);

    /// <summary>Gets the executable: <c>CHROMIUM_PATH</c>, <c>/usr/bin/chromium</c>, or <c>chromium</c> / <c>chromium-browser</c> on the PATH.</summary>
    public static string? ExecutablePath => s_path.Value;

    public static string MissingReason =>
        "No Chromium found (set CHROMIUM_PATH, or install Debian's chromium: apt-get install -y chromium); browser tests need one.";

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
    }
}
