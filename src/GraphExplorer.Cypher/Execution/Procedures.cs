using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Procedure calls: the engine knows none, so every CALL names a missing procedure.</summary>
internal static class Procedures
{
    public static IEnumerable<Row> Call(Executor executor, CallClause call, IEnumerable<Row> rows, List<string> scope, List<string> columns)
    {
        _ = executor;
        _ = rows;
        _ = scope;
        _ = columns;
        throw NotFound(call);
    }

    public static CypherSemanticException NotFound(CallClause call) =>
        new("ProcedureError", $"There is no procedure with the name `{call.Procedure}` registered for this database instance.") { Detail = "ProcedureNotFound" };
}
