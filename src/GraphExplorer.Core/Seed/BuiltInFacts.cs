using GraphExplorer.Core.Facts;

namespace GraphExplorer.Core.Seed;

/// <summary>Reads facts files embedded in this assembly (the seed and the talent-moves dataset).</summary>
internal static class BuiltInFacts
{
    public static Stream Open(string resourceName) =>
        typeof(BuiltInFacts).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"The facts resource '{resourceName}' is missing from {typeof(BuiltInFacts).Assembly.GetName().Name}.");

    /// <summary>Reads every fact of the resources in order; an invalid line is a defect of this build and throws.</summary>
    public static async Task<IReadOnlyList<Fact>> ReadAsync(IEnumerable<string> resourceNames, CancellationToken cancellationToken)
    {
        var facts = new List<Fact>();
        foreach (var resourceName in resourceNames)
        {
            await using var stream = Open(resourceName);
            await foreach (var result in FactReader.ReadAsync(stream, resourceName, cancellationToken))
            {
                facts.Add(result.Fact ?? throw new InvalidOperationException($"Invalid built-in fact: {result.Error}"));
            }
        }

        return facts;
    }
}
