using GraphExplorer.Core.Facts;

namespace GraphExplorer.Core.Seed;

/// <summary>The facts drawn from the seed articles, shipped inside the assembly so a new user sees a real graph at once.</summary>
public static class SeedFacts
{
    public const string ResourceName = "seed/seed-facts.jsonl";

    public static Stream Open() => BuiltInFacts.Open(ResourceName);

    /// <summary>Reads every seed fact; the seed is ours, so an invalid line is a build defect and throws.</summary>
    public static Task<IReadOnlyList<Fact>> ReadAsync(CancellationToken cancellationToken = default) =>
        BuiltInFacts.ReadAsync([ResourceName], cancellationToken);
}
