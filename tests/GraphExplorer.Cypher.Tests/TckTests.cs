using System.Globalization;
using GraphExplorer.Cypher.Tck;
using GraphExplorer.Tests.Shared;

namespace GraphExplorer.Cypher.Tests;

/// <summary>
/// Runs every scenario of the openCypher TCK (from ../shared/opencypher-tck beside the repository) and fails when the
/// number passed drops below the floor recorded in tck-floor.txt; raise the floor as the engine improves.
/// </summary>
public sealed class TckTests(ITestOutputHelper output)
{
    [Fact]
    public void RunAll_OpenCypherTck_PassesAtLeastTheRecordedFloor()
    {
        var features = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "opencypher-tck", "features"));
        Assert.True(Directory.Exists(features), $"The openCypher TCK feature files were not found at {features}.");
        var floor = int.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "GraphExplorer.Cypher.Tests", "tck-floor.txt")).Trim(), CultureInfo.InvariantCulture);

        var report = TckRunner.RunAll(features);

        output.WriteLine(report.FormatTable());
        foreach (var failure in report.Results.Where(r => r.Outcome != TckOutcome.Passed).Take(50))
        {
            output.WriteLine($"{failure.Outcome}: {failure.Feature} :: {failure.Scenario} :: {failure.Message}");
        }

        Assert.True(report.Total > 3800, $"Only {report.Total} scenarios were found; the feature files look incomplete.");
        Assert.True(report.Passed >= floor, $"{report.Passed} of {report.Total} TCK scenarios passed, below the floor of {floor}.");
    }
}
