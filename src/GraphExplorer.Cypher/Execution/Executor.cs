using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Runs a parsed query clause by clause as a pipeline of row streams.</summary>
internal sealed partial class Executor
{
    public Executor(ICypherGraphAccess graph, IReadOnlyDictionary<string, object?> parameters, CancellationToken token)
    {
        Graph = graph;
        Parameters = parameters;
        Token = token;
        Evaluator = new Evaluator(this);
        Matcher = new Matcher(this);
    }

    public ICypherGraphAccess Graph { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public CancellationToken Token { get; }

    public IReadOnlyDictionary<string, CypherProcedure> ProcedureRegistry { get; init; } = new Dictionary<string, CypherProcedure>();

    /// <summary>Gets the statement clock: date(), time() and the like read it, so one query sees one instant.</summary>
    public DateTimeOffset StatementTime { get; } = TimeProvider.System.GetUtcNow();

    public Evaluator Evaluator { get; }

    public Matcher Matcher { get; }

    public static bool IsUpdating(Query query) =>
        query.Parts.Any(p => p.Clauses.Any(c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause || (c is CallSubqueryClause s && IsUpdating(s.Body))));

    public (List<string> Columns, IEnumerable<Row> Rows) Run(Query query, Row? input = null)
    {
        var eager = IsUpdating(query);
        List<string>? columns = null;
        IEnumerable<Row>? result = null;
        for (var i = 0; i < query.Parts.Count; i++)
        {
            var (cols, rows) = RunSingle(query.Parts[i], input ?? new Row(), eager);
            if (columns is null)
            {
                columns = cols;
                result = rows;
                continue;
            }

            if (!columns.SequenceEqual(cols) && !(columns.Order().SequenceEqual(cols.Order())))
            {
                throw new CypherSemanticException("SemanticError", "All sub queries in an UNION must have the same return column names") { Detail = "DifferentColumnsInUnion" };
            }

            result = result!.Concat(rows);
            if (!query.UnionAll[i - 1])
            {
                result = Distinct(result, columns);
            }
        }

        if (query.UnionAll.Count > 0 && query.UnionAll.Any(a => a) && query.UnionAll.Any(a => !a))
        {
            throw new CypherSemanticException("SyntaxError", "Invalid combination of UNION and UNION ALL") { Detail = "InvalidClauseComposition" };
        }

        if (query.UnionAll.Count > 0 && !query.UnionAll[^1])
        {
            result = Distinct(result!, columns!);
        }

        return (columns!, result!);
    }

    private static IEnumerable<Row> Distinct(IEnumerable<Row> rows, List<string> columns)
    {
        var seen = new HashSet<object?[]>(Values.KeyComparer.Instance);
        foreach (var row in rows)
        {
            if (seen.Add(columns.Select(c => row.GetValueOrDefault(c)).ToArray()))
            {
                yield return row;
            }
        }
    }

    public IEnumerable<Row> RunSubquery(Query query, Row input) => Run(query, input).Rows;

    private (List<string> Columns, IEnumerable<Row> Rows) RunSingle(SingleQuery single, Row input, bool eager)
    {
        IEnumerable<Row> rows = [input];
        var scope = new List<string>(input.Keys);
        var columns = new List<string>();
        var clauses = single.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!eager && i + 1 < clauses.Count && TryGroupedMatch(clauses[i], clauses[i + 1], rows, scope, columns, out var grouped))
            {
                rows = grouped;
                i++;
                continue;
            }

            rows = Apply(clauses[i], rows, scope, columns);
            if (eager)
            {
                rows = rows.ToList();
            }
        }

        if (single.Clauses[^1] is not (ReturnClause or CallClause { Standalone: true }))
        {
            // A query ending in an update returns no rows, but its updates still run.
            rows = eager ? Drain(rows) : [];
        }

        return (columns, rows);
    }

    private static IEnumerable<Row> Drain(IEnumerable<Row> rows)
    {
        foreach (var _ in rows)
        {
        }

        yield break;
    }

    private IEnumerable<Row> Apply(Clause clause, IEnumerable<Row> rows, List<string> scope, List<string> columns)
    {
        switch (clause)
        {
            case MatchClause m:
                {
                    var newVars = PatternVariables(m.Patterns).Where(v => !scope.Contains(v)).Distinct().ToList();
                    scope.AddRange(newVars);
                    return Match(m, rows, newVars);
                }

            case UnwindClause u:
                scope.Add(u.Var);
                return Unwind(u, rows);
            case WithClause w:
                {
                    var (result, names) = Project(w.Projection, rows, scope, w.Where);
                    scope.Clear();
                    scope.AddRange(names);
                    return result;
                }

            case ReturnClause r:
                {
                    var (result, names) = Project(r.Projection, rows, scope, null);
                    columns.AddRange(names);
                    return result;
                }

            case CreateClause c:
                scope.AddRange(PatternVariables(c.Patterns).Where(v => !scope.Contains(v)).Distinct().ToList());
                return Create(c, rows);
            case MergeClause mg:
                scope.AddRange(PatternVariables([mg.Pattern]).Where(v => !scope.Contains(v)).Distinct().ToList());
                return Merge(mg, rows);
            case SetClause s:
                return Set(s.Items, rows);
            case RemoveClause rm:
                return Remove(rm.Items, rows);
            case DeleteClause d:
                return Delete(d, rows);
            case CallSubqueryClause cs:
                {
                    var names = cs.Body.Parts[0].Clauses[^1] is ReturnClause ret ? ret.Projection.Items.Select(i => i.Name) : [];
                    scope.AddRange(names.Where(c => !scope.Contains(c)).ToList());
                    return CallSubquery(cs, rows);
                }

            case CallClause call:
                return Procedures.Call(this, call, rows, scope, columns);
            default:
                throw new CypherRuntimeException("NotSupported", $"Clause {clause.GetType().Name} is not supported");
        }
    }

    public static IEnumerable<string> PatternVariables(IEnumerable<PatternPart> parts)
    {
        foreach (var part in parts)
        {
            if (part.PathVar is not null)
            {
                yield return part.PathVar;
            }

            if (part.Start.Var is not null)
            {
                yield return part.Start.Var;
            }

            foreach (var (rel, node) in part.Chain)
            {
                if (rel.Var is not null)
                {
                    yield return rel.Var;
                }

                if (node.Var is not null)
                {
                    yield return node.Var;
                }
            }
        }
    }

    private IEnumerable<Row> Match(MatchClause m, IEnumerable<Row> rows, List<string> newVars)
    {
        foreach (var row in rows)
        {
            Token.ThrowIfCancellationRequested();
            var any = false;
            foreach (var match in Matcher.MatchPattern(m.Patterns, row, m.Where))
            {
                any = true;
                yield return match;
            }

            if (!any && m.Optional)
            {
                var empty = new Row(row);
                foreach (var v in newVars)
                {
                    empty[v] = null;
                }

                yield return empty;
            }
        }
    }

    private IEnumerable<Row> Unwind(UnwindClause u, IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            Token.ThrowIfCancellationRequested();
            var value = Evaluator.Eval(u.Source, row);
            if (value is null)
            {
                continue;
            }

            if (value is IReadOnlyList<object?> list)
            {
                foreach (var item in list)
                {
                    yield return row.With(u.Var, item);
                }
            }
            else
            {
                yield return row.With(u.Var, value);
            }
        }
    }

    private IEnumerable<Row> CallSubquery(CallSubqueryClause cs, IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            var (columns, results) = Run(cs.Body, row);
            if (columns.Count == 0)
            {
                foreach (var _ in results)
                {
                }

                yield return row;
                continue;
            }

            foreach (var result in results)
            {
                var merged = new Row(row);
                foreach (var c in columns)
                {
                    merged[c] = result[c];
                }

                yield return merged;
            }
        }
    }
}
