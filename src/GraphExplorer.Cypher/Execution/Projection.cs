using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

internal sealed partial class Executor
{
    private (IEnumerable<Row> Rows, List<string> Names) Project(Projection p, IEnumerable<Row> rows, List<string> scope, Expr? where, Func<GroupPlan, GroupTable>? gather = null)
    {
        var items = new List<ProjectionItem>();
        if (p.Star)
        {
            items.AddRange(scope.Where(v => !v.StartsWith(' ')).Order(StringComparer.Ordinal).Select(v => new ProjectionItem(new Variable(v), v, true)));
        }

        items.AddRange(p.Items);
        var names = items.Select(i => i.Name).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CypherSemanticException("SyntaxError", $"Multiple result columns with the same name are not supported ({duplicate.Key})") { Detail = "ColumnNameConflict" };
        }

        // ORDER BY may name a projected expression by its text or alias.
        var order = p.Order.Select(o => o with { Expr = Rewrite(o.Expr, items) }).ToList();
        var aggregating = items.Any(i => Aggregates.Contains(i.Expr));
        var projected = aggregating
            ? Aggregate(items, order, rows, order.Count > 0 || where is not null, gather)
            : rows.Select(row => ProjectRow(items, row));

        if (p.Distinct)
        {
            projected = DistinctProjected(projected, names);
        }

        if (order.Count > 0)
        {
            projected = Sort(projected, order, p.Distinct || aggregating);
        }

        var result = projected;
        if (p.Skip is not null)
        {
            var skip = Count(p.Skip, "SKIP");
            result = result.Skip(skip);
        }

        if (p.Limit is not null)
        {
            var limit = Count(p.Limit, "LIMIT");
            result = result.Take(limit);
        }

        if (where is not null)
        {
            result = result.Where(r => Evaluator.AsBool(Evaluator.Eval(where, r.Scope)) == true);
        }

        return (result.Select(r => r.Projected), names);
    }

    private int Count(Expr expr, string clause)
    {
        if (Aggregates.Free(expr).Any())
        {
            throw new CypherSemanticException("SyntaxError", $"It is not allowed to refer to variables in {clause}") { Detail = "NonConstantExpression" };
        }

        var value = Evaluator.Eval(expr, new Row());
        if (value is double d && d == Math.Floor(d) && false)
        {
            value = (long)d;
        }

        if (value is not long l)
        {
            throw new CypherRuntimeException("SyntaxError", $"Invalid input. '{Values.ToText(value)}' is not a valid value. Must be a non-negative integer.") { Detail = value is double ? "InvalidArgumentType" : "InvalidArgumentType" };
        }

        if (l < 0)
        {
            throw new CypherRuntimeException("SyntaxError", $"Invalid input. '{l}' is not a valid value. Must be a non-negative integer.") { Detail = "NegativeIntegerArgument" };
        }

        return (int)Math.Min(l, int.MaxValue);
    }

    private static Expr Rewrite(Expr expr, List<ProjectionItem> items)
    {
        var text = Printer.Print(expr);
        foreach (var item in items)
        {
            if (Printer.Print(item.Expr) == text)
            {
                return new Variable(item.Name);
            }
        }

        return Printer.Replace(expr, e =>
        {
            var t = Printer.Print(e);
            var match = items.FirstOrDefault(i => e is not Variable && Printer.Print(i.Expr) == t);
            return match is null ? null : new Variable(match.Name);
        });
    }

    private (Row Projected, Row Scope) ProjectRow(List<ProjectionItem> items, Row row)
    {
        Token.ThrowIfCancellationRequested();
        var projected = new Row();
        foreach (var item in items)
        {
            projected[item.Name] = Evaluator.Eval(item.Expr, row);
        }

        var scope = new Row(row);
        foreach (var (k, v) in projected)
        {
            scope[k] = v;
        }

        return (projected, scope);
    }

    private static IEnumerable<(Row Projected, Row Scope)> DistinctProjected(IEnumerable<(Row Projected, Row Scope)> rows, List<string> names)
    {
        var seen = new HashSet<object?[]>(Values.KeyComparer.Instance);
        foreach (var row in rows)
        {
            if (seen.Add(names.Select(n => row.Projected[n]).ToArray()))
            {
                yield return row;
            }
        }
    }

    private IEnumerable<(Row Projected, Row Scope)> Sort(IEnumerable<(Row Projected, Row Scope)> rows, List<SortItem> order, bool projectedOnly)
    {
        var keyed = rows.Select(r =>
        {
            var scope = r.Scope;
            var previous = Evaluator.Aggregates;
            if (scope.TryGetValue(" aggs", out var aggs))
            {
                Evaluator.Aggregates = (Dictionary<Expr, object?>)aggs!;
            }

            try
            {
                var keys = order.Select(o => Evaluator.Eval(o.Expr, projectedOnly ? Overlay(scope, r.Projected) : scope)).ToArray();
                return (r, keys);
            }
            finally
            {
                Evaluator.Aggregates = previous;
            }
        }).ToList();
        keyed.Sort((a, b) =>
        {
            for (var i = 0; i < order.Count; i++)
            {
                var c = Values.OrderCompare(a.keys[i], b.keys[i]);
                if (c != 0)
                {
                    return order[i].Descending ? -c : c;
                }
            }

            return 0;
        });
        return StableSorted(keyed);

        static IEnumerable<(Row Projected, Row Scope)> StableSorted(List<((Row Projected, Row Scope) r, object?[] keys)> list) => list.Select(k => k.r);
    }

    private static Row Overlay(Row scope, Row projected)
    {
        var r = new Row(scope);
        foreach (var (k, v) in projected)
        {
            r[k] = v;
        }

        return r;
    }

    /// <summary>
    /// Groups <paramref name="rows"/> (or takes the groups <paramref name="gather"/> finds without rows) and projects each
    /// group. The scope row ORDER BY and WITH … WHERE read is built only when <paramref name="needsScope"/>.
    /// </summary>
    private IEnumerable<(Row Projected, Row Scope)> Aggregate(List<ProjectionItem> items, List<SortItem> order, IEnumerable<Row> rows, bool needsScope, Func<GroupPlan, GroupTable>? gather)
    {
        var keyItems = items.Where(i => !Aggregates.Contains(i.Expr)).ToList();
        var calls = items.Where(i => Aggregates.Contains(i.Expr)).SelectMany(i => Aggregates.Calls(i.Expr))
            .Concat(order.SelectMany(o => Aggregates.Calls(o.Expr))).Distinct().ToList();
        var keyIndex = items.Select(i => keyItems.FindIndex(k => ReferenceEquals(k, i))).ToArray();

        // An item that is exactly one of the calls takes the call's value; anything else is evaluated on the group's row.
        var callIndex = items.Select(i => i.Expr is FunctionCall f ? calls.FindIndex(c => ReferenceEquals(c, f)) : -1).ToArray();
        var needsRow = needsScope || items.Where((_, i) => keyIndex[i] < 0 && callIndex[i] < 0).Any();
        var plan = new GroupPlan(keyItems, calls, needsRow);
        var groups = gather is null ? Gather(plan, rows) : gather(plan);
        if (groups.Count == 0 && keyItems.Count == 0)
        {
            groups.Add([], new Row());
        }

        for (var group = 0; group < groups.Count; group++)
        {
            Token.ThrowIfCancellationRequested();
            Dictionary<Expr, object?>? values = null;
            if (needsRow)
            {
                values = new Dictionary<Expr, object?>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < calls.Count; i++)
                {
                    values[calls[i]] = groups.Result(group, i);
                }
            }

            var previous = Evaluator.Aggregates;
            Evaluator.Aggregates = values;
            try
            {
                var projected = new Row();
                for (var i = 0; i < items.Count; i++)
                {
                    projected[items[i].Name] = keyIndex[i] >= 0 ? groups.KeyAt(group, keyIndex[i])
                        : callIndex[i] >= 0 ? groups.Result(group, callIndex[i])
                        : Evaluator.Eval(items[i].Expr, groups.RowOf(group)!);
                }

                if (!needsScope)
                {
                    yield return (projected, projected);
                    continue;
                }

                var scope = new Row(groups.RowOf(group)!);
                foreach (var (k, v) in projected)
                {
                    scope[k] = v;
                }

                // Aggregates named in ORDER BY are evaluated now, while this group's values are at hand.
                scope[" aggs"] = values;

                yield return (projected, scope);
            }
            finally
            {
                Evaluator.Aggregates = previous;
            }
        }
    }

    private GroupTable Gather(GroupPlan plan, IEnumerable<Row> rows)
    {
        var groups = new GroupTable(plan);
        var key = new object?[plan.KeyItems.Count];
        foreach (var row in rows)
        {
            Token.ThrowIfCancellationRequested();
            for (var i = 0; i < key.Length; i++)
            {
                key[i] = Evaluator.Eval(plan.KeyItems[i].Expr, row);
            }

            groups.Add(groups.TryFind(key, out var group) ? group : groups.Insert(key, row), this, row);
        }

        return groups;
    }
}
