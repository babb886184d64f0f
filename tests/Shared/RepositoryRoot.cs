using System.Runtime.CompilerServices;

namespace GraphExplorer.Tests.Shared;

/// <summary>
/// Finds the repository (the folder holding GraphExplorer.sln). Builds may put the test binaries outside it
/// (<c>--artifacts-path</c>), so the walk up also starts from the working directory and from this source file's path.
/// Linked into every test project by Directory.Build.props.
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> s_path = new(Find);

    public static string Path => s_path.Value;

    private static string Find() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), System.IO.Path.GetDirectoryName(ThisFile()) }
            .Select(WalkUp)
            .FirstOrDefault(found => found is not null)
        ?? throw new InvalidOperationException("GraphExplorer.sln not found above the test binaries, the working directory or the test sources.");

    private static string? WalkUp(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GraphExplorer.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
