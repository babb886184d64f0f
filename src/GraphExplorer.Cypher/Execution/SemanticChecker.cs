using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Compile-time checks, as the TCK expects them: unbound variables, a variable reused as another kind of thing,
/// misplaced or nested aggregation, patterns outside predicates, literals of the wrong type under boolean operators,
/// and CREATE/MERGE patterns that cannot be created.
/// </summary>
internal sealed class SemanticChecker
{
    private readonly IReadOnlyDictionary<string, CypherProcedure> _procedures;
    private readonly IReadOnlySet<string> _parameters;

    private SemanticChecker(IReadOnlyDictionary<string, CypherProcedure> procedures, IReadOnlySet<string> parameters)
    {
        _procedures = procedures;
        _parameters = parameters;
    }

    private enum VarType
    {
        Any,
        Node,
        Rel,
        RelList,
        Path,
        Value,
        Map,

        // An element of a list literal of strings or of booleans: arithmetic on it is known to fail.
        String,
        Boolean,

        // A list built from variables: it may hold relationships (a variable-length pattern can reuse it) but never
        // stands for a single node or relationship.
        List,
    }

    private sealed class Scope : Dictionary<string, VarType>
    {
        public Scope()
            : base(StringComparer.Ordinal)
        {
        }

        public Scope(IDictionary<string, VarType> other)
            : base(other, StringComparer.Ordinal)
        {
        }
    }

    private static readonly Dictionary<string, (int Min, int Max)> Arity = new(StringComparer.OrdinalIgnoreCase)
    {
        ["abs"] = (1, 1), ["ceil"] = (1, 1), ["floor"] = (1, 1), ["sqrt"] = (1, 1), ["sign"] = (1, 1), ["toupper"] = (1, 1),
        ["tolower"] = (1, 1), ["tostring"] = (1, 1), ["tointeger"] = (1, 1), ["tofloat"] = (1, 1), ["toboolean"] = (1, 1),
        ["size"] = (1, 1), ["length"] = (1, 1), ["nodes"] = (1, 1), ["relationships"] = (1, 1), ["labels"] = (1, 1),
        ["type"] = (1, 1), ["id"] = (1, 1), ["keys"] = (1, 1), ["properties"] = (1, 1), ["head"] = (1, 1), ["last"] = (1, 1),
        ["tail"] = (1, 1), ["reverse"] = (1, 1), ["range"] = (2, 3), ["substring"] = (2, 3), ["replace"] = (3, 3),
        ["split"] = (2, 2), ["left"] = (2, 2), ["right"] = (2, 2), ["trim"] = (1, 1), ["ltrim"] = (1, 1), ["rtrim"] = (1, 1),
        ["coalesce"] = (1, int.MaxValue), ["startnode"] = (1, 1), ["endnode"] = (1, 1), ["count"] = (1, 1), ["sum"] = (1, 1),
        ["avg"] = (1, 1), ["min"] = (1, 1), ["max"] = (1, 1), ["collect"] = (1, 1), ["stdev"] = (1, 1), ["stdevp"] = (1, 1),
        ["percentilecont"] = (2, 2), ["percentiledisc"] = (2, 2), ["exists"] = (1, 1), ["pi"] = (0, 0), ["e"] = (0, 0),
        ["rand"] = (0, 0), ["round"] = (1, 3), ["log"] = (1, 1), ["log10"] = (1, 1), ["exp"] = (1, 1), ["sin"] = (1, 1),
        ["cos"] = (1, 1), ["tan"] = (1, 1), ["cot"] = (1, 1), ["asin"] = (1, 1), ["acos"] = (1, 1), ["atan"] = (1, 1),
        ["atan2"] = (2, 2), ["degrees"] = (1, 1), ["radians"] = (1, 1), ["haversin"] = (1, 1), ["elementid"] = (1, 1),
        ["timestamp"] = (0, 0), ["randomuuid"] = (0, 0), ["tointegerornull"] = (1, 1), ["tofloatornull"] = (1, 1),
        ["tobooleanornull"] = (1, 1), ["tostringornull"] = (1, 1), ["tobooleanlist"] = (1, 1), ["tointegerlist"] = (1, 1),
        ["tofloatlist"] = (1, 1), ["tostringlist"] = (1, 1), ["rels"] = (1, 1),
        ["date"] = (0, 1), ["localtime"] = (0, 1), ["time"] = (0, 1), ["localdatetime"] = (0, 1), ["datetime"] = (0, 1), ["duration"] = (1, 1),
    };

    private static CypherSemanticException Error(string detail, string message) => new("SyntaxError", message) { Detail = detail };

    /// <summary>Checks <paramref name="query"/> against the registered procedures and the names of the parameters given.</summary>
    public static void Check(Query query, IReadOnlyDictionary<string, CypherProcedure> procedures, IReadOnlySet<string> parameters) =>
        new SemanticChecker(procedures, parameters).CheckQuery(query, new Scope());

    private List<string> CheckQuery(Query query, Scope outer)
    {
        List<string>? columns = null;
        foreach (var part in query.Parts)
        {
            var cols = CheckSingle(part, new Scope(outer));
            if (columns is not null && query.Parts.Count > 1 && !columns.Order().SequenceEqual(cols.Order()))
            {
                throw Error("DifferentColumnsInUnion", "All sub queries in an UNION must have the same return column names");
            }

            columns ??= cols;
        }

        if (query.UnionAll.Distinct().Count() > 1)
        {
            throw Error("InvalidClauseComposition", "Invalid combination of UNION and UNION ALL");
        }

        return columns ?? [];
    }

    private List<string> CheckSingle(SingleQuery single, Scope scope)
    {
        var columns = new List<string>();
        for (var i = 0; i < single.Clauses.Count; i++)
        {
            var clause = single.Clauses[i];
            if (clause is ReturnClause && i != single.Clauses.Count - 1)
            {
                throw Error("InvalidClauseComposition", "RETURN can only be used at the end of the query");
            }

            switch (clause)
            {
                case MatchClause m:
                    CheckPatterns(m.Patterns, scope, PatternMode.Match);
                    if (m.Where is not null)
                    {
                        CheckExpr(m.Where, scope, new Ctx(Predicate: true));
                    }

                    break;
                case UnwindClause u:
                    CheckExpr(u.Source, scope, default);
                    if (scope.ContainsKey(u.Var))
                    {
                        throw Error("VariableAlreadyBound", $"Variable `{u.Var}` already declared");
                    }

                    scope[u.Var] = VarType.Any;
                    break;
                case WithClause w:
                    {
                        var next = CheckProjection(w.Projection, scope, true);
                        if (w.Where is not null)
                        {
                            var whereScope = Aggregating(w.Projection) ? next : Merge(scope, next);
                            CheckExpr(w.Where, whereScope, new Ctx(Predicate: true));
                        }

                        scope.Clear();
                        foreach (var (k, v) in next)
                        {
                            scope[k] = v;
                        }

                        break;
                    }

                case ReturnClause r:
                    {
                        var next = CheckProjection(r.Projection, scope, false);
                        columns.AddRange(r.Projection.Star ? scope.Keys.Order(StringComparer.Ordinal).Concat(r.Projection.Items.Select(x => x.Name)) : r.Projection.Items.Select(x => x.Name));
                        _ = next;
                        break;
                    }

                case CreateClause c:
                    CheckPatterns(c.Patterns, scope, PatternMode.Create);
                    break;
                case MergeClause mg:
                    CheckPatterns([mg.Pattern], scope, PatternMode.Merge);
                    CheckSetItems(mg.OnCreate, scope);
                    CheckSetItems(mg.OnMatch, scope);
                    break;
                case SetClause s:
                    CheckSetItems(s.Items, scope);
                    break;
                case RemoveClause rm:
                    CheckSetItems(rm.Items, scope);
                    break;
                case DeleteClause d:
                    foreach (var target in d.Targets)
                    {
                        if (target is LabelCheck)
                        {
                            throw Error("InvalidDelete", "DELETE expects a node, relationship or path, not a label check");
                        }

                        if (target is Literal or Binary)
                        {
                            // A literal or arithmetic is a value of the wrong type for DELETE, known before running.
                            throw Error("InvalidArgumentType", "DELETE expects a node, relationship or path");
                        }

                        CheckExpr(target, scope, default);
                    }

                    break;
                case CallSubqueryClause cs:
                    {
                        var cols = CheckQuery(cs.Body, new Scope(scope));
                        foreach (var col in cols)
                        {
                            scope[col] = VarType.Any;
                        }

                        break;
                    }

                case CallClause call:
                    columns.AddRange(CheckCall(call, scope));
                    break;
            }
        }

        var last = single.Clauses[^1];
        if (last is not (ReturnClause or CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or CallSubqueryClause or CallClause { Standalone: true } or CallClause { Yield.Count: 0, YieldStar: false }))
        {
            throw Error("InvalidClauseComposition", "Query cannot conclude with " + last.GetType().Name.Replace("Clause", string.Empty, StringComparison.Ordinal).ToUpperInvariant() + " (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD)");
        }

        return columns;
    }

    /// <summary>Checks a procedure call and binds what it yields; returns the columns a standalone call produces.</summary>
    private List<string> CheckCall(CallClause call, Scope scope)
    {
        var procedure = Procedures.Find(_procedures, call);
        if (call.Args is null)
        {
            if (!call.Standalone && procedure.Inputs.Count > 0)
            {
                throw Error("InvalidArgumentPassingMode", $"Procedure call inside a query does not support passing arguments implicitly: pass the arguments of {procedure.Name} in parentheses");
            }

            var missing = procedure.Inputs.Where(i => !_parameters.Contains(i.Name)).Select(i => i.Name).ToList();
            if (missing.Count > 0)
            {
                throw new CypherSemanticException("ParameterMissing", $"Expected parameter(s): {string.Join(", ", missing)}") { Detail = "MissingParameter" };
            }
        }
        else
        {
            if (call.Args.Count != procedure.Inputs.Count)
            {
                throw Error("InvalidNumberOfArguments", $"Procedure call does not provide the required number of arguments: {procedure.Name} takes {procedure.Inputs.Count}, got {call.Args.Count}");
            }

            for (var i = 0; i < call.Args.Count; i++)
            {
                CheckExpr(call.Args[i], scope, default);
                if (call.Args[i] is Literal { Value: var value } && !procedure.Inputs[i].Type.Accepts(value))
                {
                    throw Error("InvalidArgumentType", $"Type mismatch for argument `{procedure.Inputs[i].Name}` of {procedure.Name}: expected {procedure.Inputs[i].Type} but was {Values.TypeName(value)}");
                }
            }
        }

        if (call.YieldStar && !call.Standalone)
        {
            throw Error("UnexpectedSyntax", "YIELD * is only allowed in a standalone procedure call");
        }

        var bound = new HashSet<string>(StringComparer.Ordinal);
        var outputs = Procedures.Outputs(procedure, call);
        foreach (var (index, alias) in outputs)
        {
            if (scope.ContainsKey(alias) || !bound.Add(alias))
            {
                throw Error("VariableAlreadyBound", $"Variable `{alias}` already declared");
            }

            scope[alias] = procedure.Outputs[index].Type.Name switch
            {
                "NODE" => VarType.Node,
                "RELATIONSHIP" => VarType.Rel,
                "PATH" => VarType.Path,
                _ => VarType.Any,
            };
        }

        if (call.Where is not null)
        {
            CheckExpr(call.Where, scope, new Ctx(Predicate: true));
        }

        return call.Standalone ? outputs.Select(o => o.Alias).ToList() : [];
    }

    private static Scope Merge(Scope a, Scope b)
    {
        var merged = new Scope(a);
        foreach (var (k, v) in b)
        {
            merged[k] = v;
        }

        return merged;
    }

    private static bool Aggregating(Projection p) => p.Items.Any(i => Aggregates.Contains(i.Expr));

    private void CheckSetItems(IReadOnlyList<SetItem> items, Scope scope)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetProperty sp:
                    CheckExpr(sp.Target.Target, scope, default);
                    if (sp.Value is not null)
                    {
                        CheckExpr(sp.Value, scope, default);
                    }

                    break;
                case SetAllProperties sa:
                    Require(sa.Var, scope);
                    CheckExpr(sa.Value, scope, default);
                    break;
                case SetLabels sl:
                    Require(sl.Var, scope);
                    break;
            }
        }
    }

    private static void Require(string name, Scope scope)
    {
        if (!scope.ContainsKey(name))
        {
            throw Error("UndefinedVariable", $"Variable `{name}` not defined");
        }
    }

    private Scope CheckProjection(Projection p, Scope scope, bool isWith)
    {
        if (p.Star && scope.Count == 0 && !isWith)
        {
            throw Error("NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope");
        }

        var next = new Scope();
        if (p.Star)
        {
            foreach (var (k, v) in scope)
            {
                next[k] = v;
            }
        }

        var aggregating = Aggregating(p);
        var keys = p.Items.Where(i => !Aggregates.Contains(i.Expr)).Select(i => Printer.Print(i.Expr)).ToHashSet(StringComparer.Ordinal);
        CypherSemanticException? unaliased = null;
        foreach (var item in p.Items)
        {
            if (isWith && !item.Aliased && item.Expr is not Variable)
            {
                // Reported after ORDER BY is checked: an ambiguous aggregation there is the more specific problem.
                unaliased ??= Error("NoExpressionAlias", "Expression in WITH must be aliased (use AS)");
            }

            CheckExpr(item.Expr, scope, new Ctx(AggregatesAllowed: true));
            if (aggregating && Aggregates.Contains(item.Expr))
            {
                CheckGrouping(item.Expr, keys);
            }

            if (next.ContainsKey(item.Name) && !p.Star)
            {
                throw Error("ColumnNameConflict", $"Multiple result columns with the same name are not supported ({item.Name})");
            }

            next[item.Name] = item.Expr is Variable v && scope.TryGetValue(v.Name, out var t) ? t : TypeOf(item.Expr);
        }

        var orderScope = aggregating || p.Distinct ? Merge(next, new Scope()) : Merge(scope, next);
        foreach (var sort in p.Order)
        {
            if (!aggregating && Aggregates.Contains(sort.Expr))
            {
                throw Error("InvalidAggregation", "Cannot use aggregation in ORDER BY if there are no aggregate expressions in the preceding RETURN or WITH");
            }

            var rewritten = sort.Expr;
            var text = Printer.Print(sort.Expr);
            var item = p.Items.FirstOrDefault(i => Printer.Print(i.Expr) == text);
            if (item is not null)
            {
                continue;
            }

            if (unaliased is not null && aggregating && Aggregates.Contains(sort.Expr))
            {
                // An unaliased grouping expression reused inside an aggregating sort key is ambiguous, which says more
                // than the missing alias.
                CheckGrouping(sort.Expr, keys);
            }

            if (aggregating || p.Distinct)
            {
                // Only projected expressions (or their aliases) can be sorted on after DISTINCT or aggregation.
                var projectedTexts = p.Items.ToDictionary(i => Printer.Print(i.Expr), i => i.Name, StringComparer.Ordinal);
                rewritten = Printer.Replace(sort.Expr, e => e is not Variable && projectedTexts.TryGetValue(Printer.Print(e), out var n) ? new Variable(n) : null);
                var extended = new Scope(orderScope);
                foreach (var (k, v) in scope)
                {
                    if (p.Items.Any(i => i.Expr is Variable iv && iv.Name == k))
                    {
                        extended.TryAdd(k, v);
                    }
                }

                CheckExpr(rewritten, extended, new Ctx(AggregatesAllowed: aggregating));
                if (aggregating && Aggregates.Contains(sort.Expr))
                {
                    // Beside an aggregate a sort key may reuse only projected variables, properties or aliases: a
                    // larger projected expression inside it is as ambiguous as in the projection itself.
                    CheckGrouping(sort.Expr, [.. keys, .. p.Items.Select(i => Printer.Print(new Variable(i.Name)))]);
                }

                continue;
            }

            CheckExpr(rewritten, orderScope, new Ctx(AggregatesAllowed: aggregating));
        }

        if (unaliased is not null)
        {
            throw unaliased;
        }

        foreach (var e in new[] { p.Skip, p.Limit })
        {
            if (e is null)
            {
                continue;
            }

            if (Aggregates.Free(e).Any())
            {
                throw Error("NonConstantExpression", "It is not allowed to refer to variables in SKIP or LIMIT");
            }

            if (e is Literal { Value: var lv })
            {
                if (lv is long l && l < 0)
                {
                    throw Error("NegativeIntegerArgument", $"Invalid input. '{l}' is not a valid value. Must be a non-negative integer.");
                }

                if (lv is not long)
                {
                    throw Error("InvalidArgumentType", "SKIP and LIMIT take a non-negative integer");
                }
            }
            else if (e is Unary { Op: "-", Operand: Literal { Value: long } })
            {
                throw Error("NegativeIntegerArgument", "Invalid input. Must be a non-negative integer.");
            }
        }

        return next;
    }

    private static void CheckGrouping(Expr expr, HashSet<string> keys)
    {
        if (expr is FunctionCall f && Evaluator.IsAggregate(f))
        {
            return;
        }

        if (keys.Contains(Printer.Print(expr)))
        {
            // Only a variable or a property may be reused from the grouping keys inside an aggregating expression.
            if (expr is not (Variable or Property or Literal or Parameter))
            {
                throw Error("AmbiguousAggregationExpression", "Aggregation column contains implicit grouping expressions");
            }

            return;
        }

        if (expr is Variable v)
        {
            throw Error("AmbiguousAggregationExpression", $"Aggregation column contains implicit grouping expressions: variable `{v.Name}` is not a grouping key");
        }

        if (expr is Property { Target: Variable } && !keys.Contains(Printer.Print(expr)))
        {
            throw Error("AmbiguousAggregationExpression", "Aggregation column contains implicit grouping expressions");
        }

        if (expr is ListComprehension or Quantifier or Reduce or PatternComprehension or Subquery)
        {
            return;
        }

        foreach (var child in Printer.Children(expr))
        {
            CheckGrouping(child, keys);
        }
    }

    private static VarType TypeOf(Expr expr) => expr switch
    {
        Literal { Value: null } => VarType.Any,
        Literal => VarType.Value,

        // A list is never a node or relationship, whatever it holds; a map may have its keys read but is no entity.
        ListLiteral l when l.Items.All(i => i is Literal) => VarType.Value,
        ListLiteral => VarType.List,
        MapLiteral => VarType.Map,
        _ => VarType.Any,
    };

    private enum PatternMode
    {
        Match,
        Create,
        Merge,
        Expression,
    }

    private void CheckPatterns(IReadOnlyList<PatternPart> parts, Scope scope, PatternMode mode)
    {
        var introduced = new HashSet<string>(StringComparer.Ordinal);
        var relsHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.PathVar is not null)
            {
                if (scope.ContainsKey(part.PathVar) || introduced.Contains(part.PathVar))
                {
                    throw Error("VariableAlreadyBound", $"Variable `{part.PathVar}` already declared");
                }
            }

            if (part.Kind != PathKind.Normal && (part.Chain.Count != 1 || mode != PatternMode.Match))
            {
                throw Error("InvalidArgumentType", "shortestPath requires a pattern with a single relationship");
            }

            if (mode is PatternMode.Create or PatternMode.Merge && part.Chain.Count == 0 && part.Start.Var is { } lone && scope.ContainsKey(lone))
            {
                // A lone node that is already bound would create or merge nothing.
                throw Error("VariableAlreadyBound", $"Variable `{lone}` already declared");
            }

            foreach (var node in part.Nodes)
            {
                CheckNode(node, scope, introduced, mode);
            }

            foreach (var (rel, _) in part.Chain)
            {
                if (rel.Properties is Parameter)
                {
                    throw Error("InvalidParameterUse", "Parameter maps cannot be used in MATCH patterns (use a literal map instead)");
                }

                if (rel.Properties is not null)
                {
                    CheckExpr(rel.Properties, scope, default);
                }

                if (mode is PatternMode.Create or PatternMode.Merge)
                {
                    // A bound variable is the first thing wrong with the relationship: report it before its type.
                    if (rel.Var is not null && scope.ContainsKey(rel.Var))
                    {
                        throw Error("VariableAlreadyBound", $"Can't create relationship `{rel.Var}` that is already declared");
                    }

                    if (rel.Types.Count != 1)
                    {
                        throw Error("NoSingleRelationshipType", "A single relationship type must be specified for " + mode.ToString().ToUpperInvariant());
                    }

                    if (rel.VarLength)
                    {
                        throw Error("CreatingVarLength", "Variable length relationships cannot be used in " + mode.ToString().ToUpperInvariant());
                    }

                    if (rel.Direction == Direction.Both && mode == PatternMode.Create)
                    {
                        throw Error("RequiresDirectedRelationship", "Only directed relationships are supported in CREATE");
                    }

                }

                if (rel.Var is null)
                {
                    continue;
                }

                if (!relsHere.Add(rel.Var))
                {
                    throw Error(mode == PatternMode.Match ? "RelationshipUniquenessViolation" : "VariableAlreadyBound", $"Cannot use the same relationship variable '{rel.Var}' for multiple relationships");
                }

                if (introduced.Contains(rel.Var))
                {
                    throw Error("VariableTypeConflict", $"Type mismatch: `{rel.Var}` defined with conflicting type");
                }

                if (scope.TryGetValue(rel.Var, out var existing))
                {
                    if (existing is not (VarType.Rel or VarType.Any or VarType.RelList or VarType.List) || (existing is VarType.RelList or VarType.List && !rel.VarLength) || (existing == VarType.Rel && rel.VarLength))
                    {
                        throw Error("VariableTypeConflict", $"Type mismatch: `{rel.Var}` defined with conflicting type");
                    }
                }
                else
                {
                    scope[rel.Var] = rel.VarLength ? VarType.RelList : VarType.Rel;
                    introduced.Add(rel.Var);
                }
            }

            if (part.PathVar is not null)
            {
                if (Executor.PatternVariables([part with { PathVar = null }]).Contains(part.PathVar, StringComparer.Ordinal))
                {
                    throw Error("VariableAlreadyBound", $"Variable `{part.PathVar}` already declared");
                }

                scope[part.PathVar] = VarType.Path;
                introduced.Add(part.PathVar);
            }
        }
    }

    private void CheckNode(NodePattern node, Scope scope, HashSet<string> introduced, PatternMode mode)
    {
        if (node.Properties is Parameter && mode is PatternMode.Match or PatternMode.Merge)
        {
            throw Error("InvalidParameterUse", "Parameter maps cannot be used in MATCH patterns (use a literal map instead)");
        }

        if (node.Var is not null && scope.TryGetValue(node.Var, out var existing))
        {
            if (existing is not (VarType.Node or VarType.Any))
            {
                throw Error("VariableTypeConflict", $"Type mismatch: `{node.Var}` defined with conflicting type");
            }

            if (mode is PatternMode.Create or PatternMode.Merge && !introduced.Contains(node.Var) && (node.Labels.Count > 0 || node.Properties is not null))
            {
                throw Error("VariableAlreadyBound", $"Can't create node `{node.Var}` with labels or properties here. The variable is already declared in this context");
            }

            if (mode is PatternMode.Create or PatternMode.Merge && introduced.Contains(node.Var) && (node.Labels.Count > 0 || node.Properties is not null))
            {
                throw Error("VariableAlreadyBound", $"Can't create node `{node.Var}` with labels or properties here. The variable is already declared in this context");
            }
        }

        if (node.Properties is not null)
        {
            CheckExpr(node.Properties, scope, default);
        }

        if (node.Var is not null && !scope.ContainsKey(node.Var))
        {
            scope[node.Var] = VarType.Node;
            introduced.Add(node.Var);
        }
    }

    private readonly record struct Ctx(bool AggregatesAllowed = false, bool Predicate = false, bool InAggregate = false);

    private void CheckExpr(Expr expr, Scope scope, Ctx ctx)
    {
        switch (expr)
        {
            case Binary { Op: "IN", Right: Literal { Value: not null } or MapLiteral }:
                throw Error("InvalidArgumentType", "Type mismatch: expected List");
            case Property { Target: Variable pv } when scope.TryGetValue(pv.Name, out var pt) && pt == VarType.Path:
                throw Error("InvalidArgumentType", "Type mismatch: expected Map, Node or Relationship but was Path");
            case Property { Target: Variable lv } when scope.TryGetValue(lv.Name, out var lt) && lt is VarType.Value or VarType.String or VarType.Boolean:
                // The variable holds a literal number, string, boolean or list: no property can be read from it, and
                // that is known before anything runs.
                throw new CypherSemanticException("TypeError", $"Type mismatch: `{lv.Name}` is not a map, node or relationship") { Detail = "InvalidArgumentType" };
            case FunctionCall { Args: [Variable fv] } fc when scope.TryGetValue(fv.Name, out var ft)
                && ((fc.Name.Equals("size", StringComparison.OrdinalIgnoreCase) && ft == VarType.Path)
                    || (fc.Name.Equals("length", StringComparison.OrdinalIgnoreCase) && ft is VarType.Node or VarType.Rel)
                    || (fc.Name.Equals("labels", StringComparison.OrdinalIgnoreCase) && ft is VarType.Path or VarType.Rel)
                    || (fc.Name.Equals("type", StringComparison.OrdinalIgnoreCase) && ft is VarType.Path or VarType.Node)):
                throw Error("InvalidArgumentType", $"Type mismatch: {fc.Name}() does not take a {ft}");
            case FunctionCall { Args: [Literal { Value: not null } or ListLiteral] } pf when pf.Name.Equals("properties", StringComparison.OrdinalIgnoreCase):
                throw Error("InvalidArgumentType", "Type mismatch: properties() expects a node, relationship or map");
            case Variable v:
                if (!scope.TryGetValue(v.Name, out var type))
                {
                    throw Error("UndefinedVariable", $"Variable `{v.Name}` not defined");
                }

                if (ctx.Predicate && type is VarType.Node or VarType.Rel or VarType.Path)
                {
                    throw Error("InvalidArgumentType", $"Type mismatch: expected Boolean but was {type}");
                }

                return;
            case Literal l:
                if (ctx.Predicate && l.Value is not (null or bool))
                {
                    throw Error("InvalidArgumentType", $"Type mismatch: expected Boolean but was {Values.TypeName(l.Value)}");
                }

                return;
            case ListLiteral or MapLiteral when ctx.Predicate:
                throw Error("InvalidArgumentType", "Type mismatch: expected Boolean");
            case Binary { Op: "AND" or "OR" or "XOR" } b:
                CheckExpr(b.Left, scope, ctx with { Predicate = true });
                CheckExpr(b.Right, scope, ctx with { Predicate = true });
                return;
            case Unary { Op: "NOT" } u:
                CheckExpr(u.Operand, scope, ctx with { Predicate = true });
                return;
            case Unary { Op: "-" or "+", Operand: Literal { Value: string or bool } or ListLiteral or MapLiteral }:
                throw Error("InvalidArgumentType", "Type mismatch: expected a number");
            case Binary { Op: "*" or "/" or "%" or "^" or "-" } ar when IsNonNumeric(ar.Left, scope) || IsNonNumeric(ar.Right, scope):
                throw Error("InvalidArgumentType", $"Type mismatch: cannot apply {ar.Op} to these values");
            case FunctionCall f:
                {
                    var name = f.Name.ToLowerInvariant();
                    if (Evaluator.IsAggregate(f))
                    {
                        if (ctx.InAggregate)
                        {
                            throw Error("NestedAggregation", "Can't use aggregate functions inside of aggregate functions.");
                        }

                        if (!ctx.AggregatesAllowed)
                        {
                            throw Error("InvalidAggregation", $"Invalid use of aggregating function {f.Name}(...) in this context");
                        }
                    }

                    if (ctx.InAggregate && name == "rand")
                    {
                        // An aggregate over random values has no defined result to plan for.
                        throw Error("NonConstantExpression", "Can't use non-deterministic (random) functions inside of aggregate functions.");
                    }

                    if (!f.Star && Arity.TryGetValue(name, out var arity) && (f.Args.Count < arity.Min || f.Args.Count > arity.Max))
                    {
                        throw Error("InvalidNumberOfArguments", $"Insufficient or too many parameters for function '{f.Name}'");
                    }

                    if (!Arity.ContainsKey(name) && !name.Contains('.', StringComparison.Ordinal))
                    {
                        throw Error("UnknownFunction", $"Unknown function '{f.Name}'");
                    }

                    var inner = ctx with { Predicate = false, InAggregate = ctx.InAggregate || Evaluator.IsAggregate(f) };
                    if (name == "exists" && f.Args.Count == 1 && f.Args[0] is PatternPredicate)
                    {
                        inner = inner with { Predicate = true };
                    }

                    if (name is "tointeger" or "tofloat" or "toboolean" or "tostring" && f.Args.Count == 1 && f.Args[0] is ListLiteral or MapLiteral)
                    {
                        throw Error("InvalidArgumentType", $"Type mismatch: {f.Name} cannot convert a list or map");
                    }

                    foreach (var arg in f.Args)
                    {
                        CheckExpr(arg, scope, inner);
                    }

                    return;
                }

            case ListComprehension lc:
                {
                    CheckExpr(lc.Source, scope, ctx with { Predicate = false });
                    var inner = new Scope(scope) { [lc.Var] = ElementType(lc.Source) };
                    if (lc.Where is not null)
                    {
                        CheckExpr(lc.Where, inner, ctx with { Predicate = true, AggregatesAllowed = false });
                    }

                    if (lc.Projection is not null)
                    {
                        CheckExpr(lc.Projection, inner, ctx with { Predicate = false, AggregatesAllowed = false });
                    }

                    return;
                }

            case Quantifier q:
                {
                    CheckExpr(q.Source, scope, ctx with { Predicate = false });
                    if (q.Where is not null)
                    {
                        CheckExpr(q.Where, new Scope(scope) { [q.Var] = ElementType(q.Source) }, ctx with { Predicate = true, AggregatesAllowed = false });
                    }

                    return;
                }

            case Reduce r:
                CheckExpr(r.Init, scope, ctx with { Predicate = false });
                CheckExpr(r.Source, scope, ctx with { Predicate = false });
                CheckExpr(r.Body, new Scope(scope) { [r.Var] = VarType.Any, [r.Accumulator] = VarType.Any }, ctx with { Predicate = false, AggregatesAllowed = false });
                return;
            case PatternPredicate pp:
                if (!ctx.Predicate)
                {
                    throw Error("UnexpectedSyntax", "A pattern expression should only be used in order to test the existence of a pattern");
                }

                foreach (var name in Executor.PatternVariables([pp.Pattern]))
                {
                    if (!scope.ContainsKey(name))
                    {
                        throw Error("UndefinedVariable", $"Variable `{name}` not defined");
                    }
                }

                CheckPatterns([pp.Pattern with { PathVar = null }], new Scope(scope), PatternMode.Expression);
                return;
            case PatternComprehension pc:
                {
                    var inner = new Scope(scope);
                    CheckPatterns([pc.Pattern], inner, PatternMode.Expression);
                    if (pc.Where is not null)
                    {
                        CheckExpr(pc.Where, inner, new Ctx(Predicate: true));
                    }

                    CheckExpr(pc.Projection, inner, default);
                    return;
                }

            case Subquery sq:
                {
                    var inner = new Scope(scope);
                    if (sq.Body is not null)
                    {
                        if (Executor.IsUpdating(sq.Body))
                        {
                            throw Error("InvalidClauseComposition", "An EXISTS or COUNT subquery cannot contain an updating clause");
                        }

                        CheckQuery(sq.Body, inner);
                        return;
                    }

                    CheckPatterns(sq.Patterns!, inner, PatternMode.Expression);
                    if (sq.Where is not null)
                    {
                        CheckExpr(sq.Where, inner, new Ctx(Predicate: true));
                    }

                    return;
                }

            case MapProjection mp:
                Require(mp.Var, scope);
                foreach (var item in mp.Items.Where(i => i.Value is not null))
                {
                    CheckExpr(item.Value!, scope, ctx with { Predicate = false });
                }

                return;
            case Subscript s when s.Target is MapLiteral && s.Index is Literal { Value: not string and not null }:
                throw Error("InvalidArgumentType", "Map element access by non-string");
            default:
                foreach (var child in Printer.Children(expr))
                {
                    CheckExpr(child, scope, ctx with { Predicate = false });
                }

                return;
        }
    }

    private static bool IsNonNumeric(Expr e, Scope scope) =>
        e is Literal { Value: string or bool } or ListLiteral or MapLiteral
        || (e is Variable v && scope.TryGetValue(v.Name, out var t) && t is VarType.String or VarType.Boolean);

    /// <summary>The type of a list literal's elements when all are strings or all booleans; otherwise unknown.</summary>
    private static VarType ElementType(Expr source) => source is ListLiteral { Items.Count: > 0 } list
        ? list.Items.All(i => i is Literal { Value: string }) ? VarType.String
            : list.Items.All(i => i is Literal { Value: bool }) ? VarType.Boolean
            : VarType.Any
        : VarType.Any;
}
