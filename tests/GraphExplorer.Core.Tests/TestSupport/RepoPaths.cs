using System.Runtime.CompilerServices;

namespace GraphExplorer.Core.Tests.TestSupport;

/// <summary>
/// Finds the repository (the folder holding GraphExplorer.sln) and the shared seed articles beside it. Builds may put
/// the test binaries outside the repository (<c>--artifacts-path</c>), so the search also starts from the working
/// directory and from this source file's compile-time path.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string SeedFacts => Path.Combine(Root, "data", "seed", "seed-facts.jsonl");

    public static string FactsSchema => Path.Combine(Root, "schemas", "facts.schema.json");

    /// <summary>Gets the folder of the seed articles (<c>../shared/seeds</c>), or null when this checkout has none.</summary>
    public static string? SeedArticles
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any() ? folder : null;
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
