using GraphExplorer.Tests.Shared;

namespace GraphExplorer.Core.Tests.TestSupport;

/// <summary>
/// Finds the repository (the folder holding GraphExplorer.sln) and the shared seed articles beside it. Builds may put
/// the test binaries outside the repository (<c>--artifacts-path</c>), so the search also starts from the working
/// directory and from this source file's compile-time path.
/// </summary>
internal static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

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
}
