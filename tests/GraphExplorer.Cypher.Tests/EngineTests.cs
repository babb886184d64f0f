namespace GraphExplorer.Cypher.Tests;

public sealed class EngineTests
{
    private static CypherResult Run(ICypherGraph graph, string query, bool readOnly = false, int maxRows = 1000, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new CypherEngine(graph).Run(query, parameters, new CypherRunOptions(readOnly, maxRows), CancellationToken.None);

    [Fact]
    public void Run_SyntaxError_ReportsLineColumnAndCaret()
    {
        var error = Assert.Throws<CypherSyntaxException>(() => Run(new InMemoryCypherGraph(), "MATCH (n)\nRETRUN n"));

        Assert.Equal(2, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Equal(10, error.Offset);
        Assert.Contains("(line 2, column 1 (offset: 10))", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("\"RETRUN n\"\n ^", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WriteWhileReadOnly_IsRefused()
    {
        var graph = new InMemoryCypherGraph();

        Assert.Throws<CypherWriteRefusedException>(() => Run(graph, "CREATE (n:Person)", readOnly: true));
        Assert.Equal(0, graph.NodeCount);
    }

    [Fact]
    public void Run_UnboundVariable_IsASemanticError()
    {
        var error = Assert.Throws<CypherSemanticException>(() => Run(new InMemoryCypherGraph(), "MATCH (n) RETURN m"));

        Assert.Equal("UndefinedVariable", error.Detail);
    }

    [Fact]
    public void Run_ErrorBeforeExecution_IsMarkedCompileTime()
    {
        var error = Assert.Throws<CypherSemanticException>(() => Run(new InMemoryCypherGraph(), "MATCH (n) RETURN m"));

        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
    }

    [Fact]
    public void Run_ErrorWhileRunning_IsMarkedRuntime()
    {
        var error = Assert.Throws<CypherRuntimeException>(() => Run(new InMemoryCypherGraph(), "UNWIND [1, 0] AS d RETURN 1 / d"));

        Assert.Equal(CypherErrorPhase.Runtime, error.Phase);
        Assert.Equal("DivisionByZero", error.Detail);
    }

    [Fact]
    public void Run_QueryFailsAfterWriting_LeavesTheInMemoryGraphUnchanged()
    {
        var graph = new InMemoryCypherGraph();
        Run(graph, "CREATE (:Keep {v: 1})-[:R]->(:Keep)");

        Assert.Throws<CypherRuntimeException>(() => Run(graph, "MATCH (k:Keep) SET k.v = 2 CREATE (:New) WITH k RETURN 1 / 0"));

        Assert.Equal(2, graph.NodeCount);
        Assert.Equal(1, graph.RelationshipCount);
        Assert.Equal([1L], Run(graph, "MATCH (k:Keep) WHERE k.v IS NOT NULL RETURN k.v").Rows.Select(r => r[0]));
        Assert.Empty(Run(graph, "MATCH (n:New) RETURN n").Rows);
    }

    [Fact]
    public void Run_MoreRowsThanTheCap_TruncatesAndSaysSo()
    {
        var result = Run(new InMemoryCypherGraph(), "UNWIND range(1, 10) AS i RETURN i", maxRows: 3);

        Assert.True(result.Truncated);
        Assert.Equal([1L, 2L, 3L], result.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Run_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new CypherEngine(new InMemoryCypherGraph()).Run("UNWIND range(1, 100000000) AS i RETURN count(*)", null, new CypherRunOptions(), cancel.Token));
    }

    [Fact]
    public void Run_PathsAndAggregation_ReturnsNodesRelationshipsAndCounts()
    {
        var graph = new InMemoryCypherGraph();
        Run(graph, "CREATE (:P {name: 'a'})-[:KNOWS {since: 2020}]->(:P {name: 'b'})-[:KNOWS]->(:P {name: 'c'})");

        var result = Run(graph, "MATCH p = shortestPath((a:P {name: 'a'})-[:KNOWS*]->(c:P {name: 'c'})) RETURN p, length(p) AS hops, [n IN nodes(p) | n.name] AS names");

        var path = Assert.IsType<CypherPath>(result.Rows[0][0]);
        Assert.Equal(3, path.Nodes.Count);
        Assert.Equal(2020L, path.Relationships[0].Properties["since"]);
        Assert.Equal(2L, result.Rows[0][1]);
        Assert.Equal(["a", "b", "c"], (IEnumerable<object?>)result.Rows[0][2]!);
    }
}
