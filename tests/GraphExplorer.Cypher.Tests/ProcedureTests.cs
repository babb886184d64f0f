namespace GraphExplorer.Cypher.Tests;

public sealed class ProcedureTests
{
    private static readonly CypherRunOptions Options = new(ReadOnly: true, MaxRows: 1000);

    // Yields i and i * i for i from 1 to n, so a result can only come from running the body with the argument given.
    private static CypherEngine EngineWithSquares()
    {
        var engine = new CypherEngine(new InMemoryCypherGraph());
        engine.Register(CypherProcedure.Parse("demo.squares(n :: INTEGER?) :: (i :: INTEGER?, square :: INTEGER?)", (args, _) =>
            args[0] is long n ? Enumerable.Range(1, (int)n).Select(i => (IReadOnlyList<object?>)[(long)i, (long)i * i]) : []));
        return engine;
    }

    private static CypherResult Run(CypherEngine engine, string query, IReadOnlyDictionary<string, object?>? parameters = null) =>
        engine.Run(query, parameters, Options, CancellationToken.None);

    [Fact]
    public void Run_StandaloneCall_ReturnsEveryOutputAsAColumn()
    {
        var result = Run(EngineWithSquares(), "CALL demo.squares(3)");

        Assert.Equal(["i", "square"], result.Columns);
        Assert.Equal([[1L, 1L], [2L, 4L], [3L, 9L]], result.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public void Run_InQueryCallWithRenamedYieldAndWhere_JoinsEachRowWithItsResults()
    {
        var result = Run(EngineWithSquares(), "UNWIND [2, 3] AS n CALL demo.squares(n) YIELD square AS s WHERE s > 1 RETURN n, s");

        Assert.Equal([[2L, 4L], [3L, 4L], [3L, 9L]], result.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public void Run_StandaloneCallWithoutArguments_TakesThemFromParameters()
    {
        var result = Run(EngineWithSquares(), "CALL demo.squares", new Dictionary<string, object?> { ["n"] = 2 });

        Assert.Equal(2, result.Rows.Count);
    }

    [Theory]
    [InlineData("CALL demo.squares", "MissingParameter")]
    [InlineData("CALL demo.squares('three')", "InvalidArgumentType")]
    [InlineData("CALL demo.squares(1, 2)", "InvalidNumberOfArguments")]
    [InlineData("RETURN 1 AS x UNION CALL demo.squares", "InvalidArgumentPassingMode")]
    [InlineData("CALL demo.squares(2) YIELD i, square AS i RETURN i", "VariableAlreadyBound")]
    [InlineData("CALL demo.squares(2) YIELD cube RETURN cube", "UndefinedVariable")]
    [InlineData("CALL demo.cubes(2)", "ProcedureNotFound")]
    public void Run_CallThatCannotWork_IsACompileTimeError(string query, string detail)
    {
        var error = Assert.Throws<CypherSemanticException>(() => Run(EngineWithSquares(), query));

        Assert.Equal(detail, error.Detail);
        Assert.Equal(CypherErrorPhase.CompileTime, error.Phase);
    }

    [Fact]
    public void Run_ComputedArgumentOfTheWrongType_IsARuntimeTypeError()
    {
        var error = Assert.Throws<CypherRuntimeException>(() => Run(EngineWithSquares(), "WITH 'three' AS n CALL demo.squares(n) YIELD i RETURN i"));

        Assert.Equal("TypeError", error.Kind);
        Assert.Equal(CypherErrorPhase.Runtime, error.Phase);
    }

    [Fact]
    public void Run_CallOfAProcedureWithoutOutputs_PassesEachRowOnAndRunsOncePerRow()
    {
        var engine = new CypherEngine(new InMemoryCypherGraph());
        var calls = 0;
        engine.Register(CypherProcedure.Parse("demo.touch() :: ()", (_, _) =>
        {
            calls++;
            return [];
        }));

        var result = Run(engine, "UNWIND [1, 2, 3] AS x CALL demo.touch() RETURN x");

        Assert.Equal(3, result.Rows.Count);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Register_SameNameTwice_IsRefused()
    {
        var engine = EngineWithSquares();

        Assert.Throws<ArgumentException>(() => engine.Register(CypherProcedure.Parse("demo.squares() :: ()", (_, _) => [])));
    }

    [Theory]
    [InlineData("demo.p(in INTEGER) :: ()")]
    [InlineData("demo.p(in :: WHOLE) :: ()")]
    [InlineData("demo.p(in :: INTEGER)")]
    public void Parse_MalformedSignature_IsAnArgumentException(string signature)
    {
        Assert.Throws<ArgumentException>(() => CypherProcedure.Parse(signature, (_, _) => []));
    }

    [Fact]
    public void Parse_ListType_ReadsItsElementType()
    {
        var procedure = CypherProcedure.Parse("demo.p(names :: LIST? OF STRING?) :: (n :: FLOAT)", (_, _) => []);

        Assert.Equal("LIST? OF STRING?", procedure.Inputs[0].Type.ToString());
        Assert.False(procedure.Outputs[0].Type.Nullable);
    }
}
