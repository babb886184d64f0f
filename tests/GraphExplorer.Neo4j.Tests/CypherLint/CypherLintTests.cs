using GraphExplorer.Neo4j.Tests.TestSupport;

namespace GraphExplorer.Neo4j.Tests.CypherLint;

public sealed class CypherLintTests
{
    [Fact]
    public async Task CypherFiles_WhenLintedByNeo4jParser_HaveNoErrors()
    {
        var (report, skip) = await CypherLinter.LintRepositoryAsync();
        if (report is null)
        {
            Assert.Skip(skip!);
        }

        // Warnings fail too: the schema is declared in lint.mjs, so an unknown label or property is a typo here.
        Assert.True(
            report.Diagnostics.Count == 0,
            "Neo4j's parser found problems in cypher/:\n" + string.Join('\n', report.Diagnostics));
        Assert.Equal(0, report.ExitCode);

        // The check must have seen every file, or it proves nothing.
        var onDisk = Directory.GetFiles(RepoPaths.CypherFolder, "*.cypher").Select(f => "cypher/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, report.StatementsPerFile.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CypherFiles_WhenSplitIntoStatements_AgreeWithNeo4jParser()
    {
        var (report, skip) = await CypherLinter.LintRepositoryAsync();
        if (report is null)
        {
            Assert.Skip(skip!);
        }

        foreach (var name in CypherFiles.Names)
        {
            Assert.True(
                report.StatementsPerFile.TryGetValue("cypher/" + name, out var expected),
                $"lint.mjs did not report cypher/{name}");
            Assert.True(
                expected == CypherFiles.Statements(name).Count,
                $"cypher/{name}: Neo4j's parser sees {expected} statements, CypherFiles.Statements {CypherFiles.Statements(name).Count}");
        }
    }

    [Fact]
    public async Task Linter_WhenStatementHasErrors_ReportsEachWithItsPosition()
    {
        var file = Path.Combine(Path.GetTempPath(), $"graphexplorer-broken-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(
            file,
            "MATCH (p:Person)-[:WORKED_AT]->(l:Lab)\nRETURN p.id, q.name;\nMATCH (p:Person RETURN p;\n",
            TestContext.Current.CancellationToken);
        try
        {
            var (report, skip) = await CypherLinter.LintAsync(file);
            if (report is null)
            {
                Assert.Skip(skip!);
            }

            Assert.Equal(1, report.ExitCode);
            var errors = report.Diagnostics.Where(d => d.Severity == "error").ToList();
            Assert.Contains(errors, d => d.Line == 2 && d.Column == 14 && d.Message.Contains("Variable `q` not defined", StringComparison.Ordinal));
            Assert.Contains(errors, d => d.Line == 3 && d.Column == 17 && d.Message.StartsWith("Invalid input 'RETURN'", StringComparison.Ordinal));
            Assert.All(errors, d => Assert.Equal(file, d.File));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Linter_WhenLabelOrPropertyIsMisspelt_Warns()
    {
        var file = Path.Combine(Path.GetTempPath(), $"graphexplorer-typo-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, "MATCH (p:Persn) RETURN p.nmae AS name", TestContext.Current.CancellationToken);
        try
        {
            var (report, skip) = await CypherLinter.LintAsync(file);
            if (report is null)
            {
                Assert.Skip(skip!);
            }

            Assert.Contains(report.Diagnostics, d => d.Severity == "warning" && d.Column == 10 && d.Message.Contains("Persn", StringComparison.Ordinal));
            Assert.Contains(report.Diagnostics, d => d.Severity == "warning" && d.Column == 26 && d.Message.Contains("nmae", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
