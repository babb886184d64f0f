using GraphExplorer.Tests.Shared;

namespace GraphExplorer.Neo4j.Tests.TestSupport;

/// <summary>
/// Finds the repository (the folder holding GraphExplorer.sln). Builds may put the test binaries outside it
/// (<c>--artifacts-path</c>), so the walk up also starts from the working directory and this source file's path.
/// </summary>
internal static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string CypherFolder => Path.Combine(Root, "cypher");

    public static string LintFolder => Path.Combine(Root, "tests", "GraphExplorer.Neo4j.Tests", "CypherLint");
}
