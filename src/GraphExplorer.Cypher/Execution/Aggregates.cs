using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Finds aggregate calls and free variables in expressions.</summary>
internal static class Aggregates
{
    public static bool Contains(Expr expr) => Calls(expr).Any();

    /// <summary>The outermost aggregate calls in <paramref name="expr"/>.</summary>
    public static IEnumerable<FunctionCall> Calls(Expr expr)
    {
        if (expr is FunctionCall f && Evaluator.IsAggregate(f))
        {
            yield return f;
            yield break;
        }

        if (expr is Subquery or PatternComprehension)
        {
            yield break;
        }

        foreach (var child in Printer.Children(expr))
        {
            foreach (var call in Calls(child))
            {
                yield return call;
            }
        }
    }

    /// <summary>Variables <paramref name="expr"/> reads from its surroundings.</summary>
    public static IEnumerable<string> Free(Expr expr)
    {
        var result = new List<string>();
        Walk(expr, [], result);
        return result;
    }

    private static void Walk(Expr expr, HashSet<string> local, List<string> result)
    {
        switch (expr)
        {
            case Variable v:
                if (!local.Contains(v.Name))
                {
                    result.Add(v.Name);
                }

                return;
            case MapProjection mp:
                if (!local.Contains(mp.Var))
                {
                    result.Add(mp.Var);
                }

                foreach (var item in mp.Items.Where(i => i.Value is not null))
                {
                    Walk(item.Value!, local, result);
                }

                return;
            case ListComprehension lc:
                {
                    Walk(lc.Source, local, result);
                    var inner = new HashSet<string>(local) { lc.Var };
                    if (lc.Where is not null)
                    {
                        Walk(lc.Where, inner, result);
                    }

                    if (lc.Projection is not null)
                    {
                        Walk(lc.Projection, inner, result);
                    }

                    return;
                }

            case Quantifier q:
                {
                    Walk(q.Source, local, result);
                    if (q.Where is not null)
                    {
                        Walk(q.Where, new HashSet<string>(local) { q.Var }, result);
                    }

                    return;
                }

            case Reduce r:
                {
                    Walk(r.Init, local, result);
                    Walk(r.Source, local, result);
                    Walk(r.Body, new HashSet<string>(local) { r.Var, r.Accumulator }, result);
                    return;
                }

            case PatternComprehension or PatternPredicate or Subquery:
                {
                    var patterns = expr switch
                    {
                        PatternComprehension pc => [pc.Pattern],
                        PatternPredicate pp => [pp.Pattern],
                        Subquery sq => sq.Patterns ?? [],
                        _ => (IReadOnlyList<PatternPart>)[],
                    };
                    var inner = new HashSet<string>(local);
                    foreach (var part in patterns)
                    {
                        foreach (var node in part.Nodes)
                        {
                            if (node.Var is not null && !inner.Contains(node.Var) && expr is not PatternPredicate)
                            {
                                inner.Add(node.Var);
                            }
                            else if (node.Var is not null && expr is PatternPredicate && !local.Contains(node.Var))
                            {
                                result.Add(node.Var);
                            }

                            if (node.Properties is not null)
                            {
                                Walk(node.Properties, inner, result);
                            }
                        }

                        foreach (var (rel, _) in part.Chain)
                        {
                            if (rel.Var is not null)
                            {
                                inner.Add(rel.Var);
                            }

                            if (rel.Properties is not null)
                            {
                                Walk(rel.Properties, inner, result);
                            }
                        }

                        if (part.PathVar is not null)
                        {
                            inner.Add(part.PathVar);
                        }
                    }

                    if (expr is PatternComprehension pc2)
                    {
                        if (pc2.Where is not null)
                        {
                            Walk(pc2.Where, inner, result);
                        }

                        Walk(pc2.Projection, inner, result);
                    }
                    else if (expr is Subquery { Where: { } w })
                    {
                        Walk(w, inner, result);
                    }

                    return;
                }

            default:
                foreach (var child in Printer.Children(expr))
                {
                    Walk(child, local, result);
                }

                return;
        }
    }
}

/// <summary>The running state of one aggregate call over one group.</summary>
internal sealed class Aggregator(FunctionCall call)
{
    private readonly string _name = call.Name.ToLowerInvariant();
    private readonly HashSet<object?[]>? _seen = call.Distinct ? new(Values.KeyComparer.Instance) : null;
    private readonly List<object?> _values = [];
    private long _count;

    public void Add(Executor executor, Row row)
    {
        if (call.Star)
        {
            _count++;
            return;
        }

        Add(executor.Evaluator.Eval(call.Args[0], row), executor, row);
    }

    /// <summary>Adds the value of the call's first argument (or one more row, for <c>count(*)</c>); <paramref name="row"/> is read only for a second argument.</summary>
    public void Add(object? value, Executor executor, Row? row)
    {
        if (call.Star)
        {
            _count++;
            return;
        }

        if (value is null)
        {
            return;
        }

        if (_seen is not null && !_seen.Add([value]))
        {
            return;
        }

        if (_name is "percentilecont" or "percentiledisc")
        {
            var p = executor.Evaluator.Eval(call.Args[1], row!);
            if (p is not (long or double) || Values.ToDouble(p!) is < 0 or > 1)
            {
                throw Evaluator.ArgumentError("Number out of range: " + Values.ToText(p), "NumberOutOfRange");
            }

            _percentile = Values.ToDouble(p!);
        }

        _count++;
        if (_name != "count")
        {
            _values.Add(value);
        }
    }

    private double _percentile;

    public object? Result()
    {
        switch (_name)
        {
            case "count":
                return _count;
            case "collect":
                return _values.ToList();
            case "sum":
                {
                    if (_values.Count == 0)
                    {
                        return 0L;
                    }

                    if (_values.Any(v => v is DurationValue))
                    {
                        return _values.Aggregate((a, b) => Operators.Apply("+", a, b));
                    }

                    object? total = 0L;
                    foreach (var v in _values)
                    {
                        total = Operators.Arithmetic("+", total, CheckNumber(v));
                    }

                    return total;
                }

            case "avg":
                {
                    if (_values.Count == 0)
                    {
                        return null;
                    }

                    if (_values.Any(v => v is DurationValue))
                    {
                        var sum = _values.Aggregate((a, b) => Operators.Apply("+", a, b));
                        return Temporal.Scale(sum, (long)_values.Count, true);
                    }

                    return _values.Sum(v => Values.ToDouble(CheckNumber(v)!)) / _values.Count;
                }

            case "min":
                return _values.Count == 0 ? null : _values.Aggregate((a, b) => Values.OrderCompare(b, a) < 0 ? b : a);
            case "max":
                return _values.Count == 0 ? null : _values.Aggregate((a, b) => Values.OrderCompare(b, a) > 0 ? b : a);
            case "stdev":
            case "stdevp":
                {
                    var n = _values.Count;
                    if (n == 0 || (n == 1 && _name == "stdev"))
                    {
                        return 0.0;
                    }

                    var xs = _values.Select(v => Values.ToDouble(CheckNumber(v)!)).ToList();
                    var mean = xs.Average();
                    var ss = xs.Sum(x => (x - mean) * (x - mean));
                    return Math.Sqrt(ss / (_name == "stdev" ? n - 1 : n));
                }

            case "percentilecont":
            case "percentiledisc":
                {
                    if (_values.Count == 0)
                    {
                        return null;
                    }

                    var xs = _values.Select(v => Values.ToDouble(CheckNumber(v)!)).Order().ToList();
                    if (_name == "percentiledisc")
                    {
                        var idx = _percentile == 0 ? 0 : (int)Math.Ceiling(_percentile * xs.Count) - 1;
                        var sorted = _values.OrderBy(v => Values.ToDouble(v!)).ToList();
                        return sorted[Math.Clamp(idx, 0, xs.Count - 1)];
                    }

                    var pos = _percentile * (xs.Count - 1);
                    var lo = (int)Math.Floor(pos);
                    var hi = (int)Math.Ceiling(pos);
                    return xs[lo] + ((xs[hi] - xs[lo]) * (pos - lo));
                }

            default:
                throw new CypherSemanticException("SyntaxError", $"Unknown function '{call.Name}'") { Detail = "UnknownFunction" };
        }
    }

    private static object? CheckNumber(object? v) => v is long or double
        ? v
        : throw Evaluator.TypeError($"Type mismatch: expected Integer or Float but was {Values.TypeName(v)}");
}
