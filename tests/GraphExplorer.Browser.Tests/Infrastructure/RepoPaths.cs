using GraphExplorer.Tests.Shared;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// Finds the repository (the folder holding GraphExplorer.sln). Builds may put the test binaries outside it
/// (<c>--artifacts-path</c>), so the search also starts from the working directory and this source file's path.
/// </summary>
internal static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

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
}
