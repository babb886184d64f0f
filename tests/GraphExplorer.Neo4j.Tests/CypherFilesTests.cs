using GraphExplorer.Neo4j.Tests.TestSupport;

namespace GraphExplorer.Neo4j.Tests;

public sealed class CypherFilesTests
{
    [Fact]
    public void Names_WhenAssemblyIsBuilt_ListEveryFileOfTheCypherFolder()
    {
        var onDisk = Directory.GetFiles(RepoPaths.CypherFolder, "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, CypherFiles.Names);
    }

    [Fact]
    public void Get_WhenNameIsKnown_ReturnsTheFileTextWithOrWithoutExtension()
    {
        var expected = File.ReadAllText(Path.Combine(RepoPaths.CypherFolder, "get-revision.cypher"));

        Assert.Equal(expected, CypherFiles.Get("get-revision"));
        Assert.Equal(expected, CypherFiles.Get("get-revision.cypher"));
    }

    [Fact]
    public void Get_WhenNameIsUnknown_ThrowsListingTheFilesThereAre()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => CypherFiles.Get("no-such-query"));

        Assert.Contains("no-such-query.cypher", ex.Message, StringComparison.Ordinal);
        Assert.Contains("get-revision.cypher", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_WhenSemicolonsAreQuotedOrCommented_SplitsOnlyAtStatementEnds()
    {
        const string Text = """
            // header; not a statement
            RETURN 'a;b' AS `x;y`;
            /* block; comment */ MATCH (n {name: "c;\";d"}) RETURN n;
            // trailing comment;
            """;

        var statements = CypherFiles.Split(Text);

        Assert.Equal(2, statements.Count);
        Assert.EndsWith("RETURN 'a;b' AS `x;y`", statements[0], StringComparison.Ordinal);
        Assert.EndsWith("""MATCH (n {name: "c;\";d"}) RETURN n""", statements[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_WhenFileHoldsOneStatement_ReturnsIt()
    {
        var statements = CypherFiles.Statements("bump-revision");

        Assert.Contains("SET m.revision = m.revision + 1", Assert.Single(statements), StringComparison.Ordinal);
    }
}
