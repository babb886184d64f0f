using GraphExplorer.Core.Facts;
using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Seed;

namespace GraphExplorer.Web.Hosting;

/// <summary>Loads a dataset shipped in the Core assembly as one batch, through the same pipeline (and checks) as any load.</summary>
internal static class SeedLoader
{
    /// <summary>The seed articles' facts.</summary>
    public static async Task<LoadReport> LoadSeedAsync(IGraphStore store, CancellationToken cancellationToken) =>
        await LoadAsync(store, await SeedFacts.ReadAsync(cancellationToken), SeedFacts.ResourceName, cancellationToken);

    /// <summary>The "AI talent moves 2015–2026" dataset: the labelled corpus's facts, each citing its article.</summary>
    public static async Task<LoadReport> LoadTalentMovesAsync(IGraphStore store, CancellationToken cancellationToken) =>
        await LoadAsync(store, await TalentMovesFacts.ReadAsync(cancellationToken), TalentMovesFacts.ResourcePrefix, cancellationToken);

    private static async Task<LoadReport> LoadAsync(IGraphStore store, IReadOnlyList<Fact> facts, string name, CancellationToken cancellationToken)
    {
        var report = await new FactLoader(store).LoadFactsAsync(facts, name, cancellationToken);

        // A built-in dataset ships with the app, so a refusal is a defect of this build, not something a user can fix.
        return report.HasRejections
            ? throw new InvalidOperationException($"The built-in facts '{name}' were refused: {string.Join("; ", report.Errors.Take(5))}")
            : report;
    }
}
