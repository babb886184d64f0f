using GraphExplorer.Core.Facts;

namespace GraphExplorer.Core.Seed;

/// <summary>
/// "AI talent moves 2015–2026": the hand-labelled facts of the real-article corpus (<c>data/corpus/*.gold.jsonl</c>),
/// shipped inside the assembly as a second built-in dataset. Each fact cites its article, whose <c>ARTICLE</c> line
/// carries the URL, title, language and publication date; the article texts themselves are not shipped.
/// </summary>
public static class TalentMovesFacts
{
    public const string Title = "AI talent moves 2015–2026";

    /// <summary>The prefix of the dataset's resources, one per corpus language file.</summary>
    public const string ResourcePrefix = "talent-moves/";

    /// <summary>Gets the dataset's resources in a stable order, so every start loads the same batch.</summary>
    public static IReadOnlyList<string> ResourceNames { get; } = typeof(TalentMovesFacts).Assembly
        .GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Reads every fact of the dataset; it ships with the app, so an invalid line is a build defect and throws.</summary>
    public static Task<IReadOnlyList<Fact>> ReadAsync(CancellationToken cancellationToken = default) =>
        BuiltInFacts.ReadAsync(ResourceNames, cancellationToken);
}
