using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Procedure calls. In a query, each incoming row calls the procedure once and is joined with the rows it yields (a
/// procedure with no outputs passes the row on); a standalone call takes omitted arguments from the parameters and
/// returns the procedure's outputs as the result.
/// </summary>
internal static class Procedures
{
    public static IEnumerable<Row> Call(Executor executor, CallClause call, IEnumerable<Row> rows, List<string> scope, List<string> columns)
    {
        var procedure = Find(executor.ProcedureRegistry, call);
        var outputs = Outputs(procedure, call);
        scope.AddRange(outputs.Select(o => o.Alias).Where(a => !scope.Contains(a)).ToList());
        if (call.Standalone)
        {
            columns.AddRange(outputs.Select(o => o.Alias));
        }

        return Run(executor, call, procedure, outputs, rows);
    }

    private static IEnumerable<Row> Run(Executor executor, CallClause call, CypherProcedure procedure, List<(int Index, string Alias)> outputs, IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            executor.Token.ThrowIfCancellationRequested();
            var arguments = new List<object?>(procedure.Inputs.Count);
            for (var i = 0; i < procedure.Inputs.Count; i++)
            {
                var input = procedure.Inputs[i];
                var value = call.Args is null
                    ? executor.Parameters.TryGetValue(input.Name, out var p) ? p : throw new CypherSemanticException("ParameterMissing", $"Expected parameter(s): {input.Name}") { Detail = "MissingParameter" }
                    : executor.Evaluator.Eval(call.Args[i], row);
                if (!input.Type.Accepts(value))
                {
                    throw new CypherRuntimeException("TypeError", $"Type mismatch for argument `{input.Name}` of {procedure.Name}: expected {input.Type} but was {Values.TypeName(value)}") { Detail = "InvalidArgumentType" };
                }

                arguments.Add(ValueConversion.ToClient(input.Type.Coerce(value), executor.Graph));
            }

            if (procedure.Outputs.Count == 0)
            {
                // A procedure without outputs runs for its effect; in a query the row goes on unchanged.
                foreach (var _ in procedure.Body(arguments, executor.Token))
                {
                }

                if (!call.Standalone)
                {
                    yield return row;
                }

                continue;
            }

            foreach (var result in procedure.Body(arguments, executor.Token))
            {
                if (result.Count != procedure.Outputs.Count)
                {
                    throw new CypherRuntimeException("ProcedureError", $"Procedure {procedure.Name} yielded a row of {result.Count} values for its {procedure.Outputs.Count} outputs") { Detail = "ProcedureCallFailed" };
                }

                var joined = new Row(row);
                foreach (var (index, alias) in outputs)
                {
                    joined[alias] = ValueConversion.FromClient(result[index]);
                }

                if (call.Where is null || Evaluator.AsBool(executor.Evaluator.Eval(call.Where, joined)) == true)
                {
                    yield return joined;
                }
            }
        }
    }

    /// <summary>The outputs a call binds, as (output index, variable): those it yields, or all of a standalone call's.</summary>
    public static List<(int Index, string Alias)> Outputs(CypherProcedure procedure, CallClause call)
    {
        if (call.Yield.Count == 0)
        {
            return call.Standalone || call.YieldStar ? procedure.Outputs.Select((o, i) => (i, o.Name)).ToList() : [];
        }

        return call.Yield.Select(y =>
        {
            var index = procedure.Outputs.ToList().FindIndex(o => o.Name == y.Field);
            return index >= 0
                ? (index, y.Alias)
                : throw new CypherSemanticException("SyntaxError", $"Unknown procedure output: `{y.Field}` (procedure {procedure.Name} yields {string.Join(", ", procedure.Outputs.Select(o => o.Name))})") { Detail = "UndefinedVariable" };
        }).ToList();
    }

    public static CypherProcedure Find(IReadOnlyDictionary<string, CypherProcedure> registry, CallClause call) =>
        registry.TryGetValue(call.Procedure, out var procedure) ? procedure : throw NotFound(call);

    public static CypherSemanticException NotFound(CallClause call) =>
        new("ProcedureError", $"There is no procedure with the name `{call.Procedure}` registered for this database instance.") { Detail = "ProcedureNotFound" };
}
