using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

internal sealed partial class Executor
{
    private (IEnumerable<Row> Rows, List<string> Names) Project(Projection p, IEnumerable<Row> rows, List<string> scope, Expr? where)
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
            ? Aggregate(items, order, rows)
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

    private IEnumerable<(Row Projected, Row Scope)> Aggregate(List<ProjectionItem> items, List<SortItem> order, IEnumerable<Row> rows)
    {
        var keyItems = items.Where(i => !Aggregates.Contains(i.Expr)).ToList();
        var calls = items.Where(i => Aggregates.Contains(i.Expr)).SelectMany(i => Aggregates.Calls(i.Expr))
            .Concat(order.SelectMany(o => Aggregates.Calls(o.Expr))).Distinct().ToList();
        var groups = new Dictionary<object?[], (Row Row, Aggregator[] States)>(Values.KeyComparer.Instance);
        var orderList = new List<object?[]>();
        foreach (var row in rows)
        {
            Token.ThrowIfCancellationRequested();
            var key = keyItems.Select(i => Evaluator.Eval(i.Expr, row)).ToArray();
            if (!groups.TryGetValue(key, out var group))
            {
                group = (row, calls.Select(c => new Aggregator(c)).ToArray());
                groups[key] = group;
                orderList.Add(key);
            }

            foreach (var state in group.States)
            {
                state.Add(this, row);
            }
        }

        if (groups.Count == 0 && keyItems.Count == 0)
        {
            var empty = new Row();
            groups[[]] = (empty, calls.Select(c => new Aggregator(c)).ToArray());
            orderList.Add([]);
        }

        foreach (var key in orderList)
        {
            var (row, states) = groups[key];
            var values = new Dictionary<Expr, object?>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < calls.Count; i++)
            {
                values[calls[i]] = states[i].Result();
            }

            var previous = Evaluator.Aggregates;
            Evaluator.Aggregates = values;
            try
            {
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
}
