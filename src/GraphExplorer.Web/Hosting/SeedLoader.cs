using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Seed;

namespace GraphExplorer.Web.Hosting;

/// <summary>Loads the seed facts shipped in the Core assembly as one batch, through the same pipeline as any load.</summary>
internal static class SeedLoader
{
    public static async Task<LoadReport> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var facts = await SeedFacts.ReadAsync(cancellationToken);
        var report = await new FactLoader(store).LoadFactsAsync(facts, SeedFacts.ResourceName, cancellationToken);

        // The seed ships with the app, so a refusal is a defect of this build, not something a user can fix.
        return report.HasRejections
            ? throw new InvalidOperationException($"The seed facts were refused: {string.Join("; ", report.Errors.Take(5))}")
            : report;
    }
}
