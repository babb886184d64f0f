using System.Runtime.CompilerServices;

namespace GraphExplorer.Neo4j.Tests.TestSupport;

/// <summary>
/// Finds the repository (the folder holding GraphExplorer.sln). Builds may put the test binaries outside it
/// (<c>--artifacts-path</c>), so the walk up also starts from the working directory and this source file's path.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string CypherFolder => Path.Combine(Root, "cypher");

    public static string LintFolder => Path.Combine(Root, "tests", "GraphExplorer.Neo4j.Tests", "CypherLint");

    private static string FindRoot() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(ThisFile()) }
            .Select(WalkUp)
            .FirstOrDefault(found => found is not null)
        ?? throw new InvalidOperationException("GraphExplorer.sln not found above the test binaries, the working directory or the test sources.");

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
