using GraphExplorer.Core.Facts;

namespace GraphExplorer.Core.Seed;

/// <summary>The facts drawn from the seed articles, shipped inside the assembly so a new user sees a real graph at once.</summary>
public static class SeedFacts
{
    public const string ResourceName = "seed/seed-facts.jsonl";

    public static Stream Open() =>
        typeof(SeedFacts).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The seed facts resource '{ResourceName}' is missing from {typeof(SeedFacts).Assembly.GetName().Name}.");

    /// <summary>Reads every seed fact; the seed is ours, so an invalid line is a build defect and throws.</summary>
    public static async Task<IReadOnlyList<Fact>> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var stream = Open();
        var facts = new List<Fact>();
        await foreach (var result in FactReader.ReadAsync(stream, ResourceName, cancellationToken))
        {
            facts.Add(result.Fact ?? throw new InvalidOperationException($"Invalid seed fact: {result.Error}"));
        }

        return facts;
    }
}
