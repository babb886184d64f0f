using System.Runtime.CompilerServices;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// Finds the repository (the folder holding GraphExplorer.sln). Builds may put the test binaries outside it
/// (<c>--artifacts-path</c>), so the search also starts from the working directory and this source file's path.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    /// <summary>
    /// Gets where screenshots and the benchmark figure go: <c>GRAPHEXPLORER_TEST_ARTIFACTS</c> when set, else
    /// <c>test-artifacts/browser</c> in the repository (gitignored).
    /// </summary>
    public static string Artifacts
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("GRAPHEXPLORER_TEST_ARTIFACTS") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Root, "test-artifacts", "browser");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(ThisFile()) }
            .Select(WalkUp)
            .FirstOrDefault(found => found is not null)
        ?? throw new InvalidOperationException("GraphExplorer.sln not found above the test binaries, the working directory or the test sources");

    private static string? WalkUp(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
