using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Locates the repository (the folder holding GraphExplorer.sln) and the shared seed articles beside it.</summary>
internal static class TestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    public static string GoldFile => Path.Combine(RepositoryRoot, "data", "gold", "seeds.gold.jsonl");

    public static string GeneralisationFolder => Path.Combine(AppContext.BaseDirectory, "Generalisation");

    public static ExtractionResult Extract(string text, string? published = null) =>
        ArticleExtractor.Default.Extract(new ArticleInput(text, Published: published is null ? null : Core.Model.PartialDate.Parse(published)));

    public static IEnumerable<LeftForFact> Moves(this ExtractionResult result) => result.Facts.OfType<LeftForFact>();

    public static IEnumerable<FoundedFact> Foundings(this ExtractionResult result) => result.Facts.OfType<FoundedFact>();

    public static IEnumerable<WorkedAtFact> Tenures(this ExtractionResult result) => result.Facts.OfType<WorkedAtFact>();

    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        // The build output is normally inside the repository; with --artifacts-path elsewhere, this source file's
        // own path still is.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GraphExplorer.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"no GraphExplorer.sln above {AppContext.BaseDirectory} or {sourceFile}");
    }
}
