using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Evaluates expressions against a row (variable name to value).</summary>
internal sealed partial class Evaluator
{
    private readonly Executor _executor;

    public Evaluator(Executor executor) => _executor = executor;

    public ICypherGraphAccess Graph => _executor.Graph;

    public DateTimeOffset StatementTime => _executor.StatementTime;

    /// <summary>Values of aggregate calls in the group being projected, by call (reference identity).</summary>
    public Dictionary<Expr, object?>? Aggregates { get; set; }

    /// <summary>
    /// A runtime TypeError. <paramref name="detail"/> is InvalidArgumentType for an operand of the wrong type;
    /// InvalidArgumentValue where a function takes any value but cannot handle this one (toString of a node, labels of
    /// an integer), as the openCypher TCK labels those.
    /// </summary>
    public static CypherRuntimeException TypeError(string message, string detail = "InvalidArgumentType") => new("TypeError", message) { Detail = detail };

    public static CypherRuntimeException ArgumentError(string message, string detail = "InvalidArgumentValue") => new("ArgumentError", message) { Detail = detail };

    public object? Eval(Expr expr, Row row)
    {
        switch (expr)
        {
            case Literal l:
                return l.Value;
            case Parameter p:
                return _executor.Parameters.TryGetValue(p.Name, out var pv)
                    ? pv
                    : throw new CypherSemanticException("ParameterMissing", $"Expected parameter(s): {p.Name}") { Detail = "MissingParameter" };
            case Variable v:
                return row.TryGetValue(v.Name, out var value)
                    ? value
                    : throw new CypherSemanticException("SemanticError", $"Variable `{v.Name}` not defined") { Detail = "UndefinedVariable" };
            case Property p:
                return PropertyOf(Eval(p.Target, row), p.Key);
            case ListLiteral l:
                {
                    var list = new List<object?>(l.Items.Count);
                    foreach (var item in l.Items)
                    {
                        list.Add(Eval(item, row));
                    }

                    return list;
                }

            case MapLiteral m:
                {
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var (k, e) in m.Entries)
                    {
                        map[k] = Eval(e, row);
                    }

                    return map;
                }

            case Binary b:
                return EvalBinary(b, row);
            case Unary u:
                return EvalUnary(u, row);
            case IsNull n:
                return (Eval(n.Operand, row) is null) != n.Negated;
            case Subscript s:
                return EvalSubscript(Eval(s.Target, row), Eval(s.Index, row));
            case Slice s:
                return EvalSlice(s, row);
            case FunctionCall f:
                if (Aggregates is not null && Aggregates.TryGetValue(f, out var agg))
                {
                    return agg;
                }

                return CallFunction(f, row);
            case CaseExpr c:
                return EvalCase(c, row);
            case ListComprehension lc:
                return EvalListComprehension(lc, row);
            case Quantifier q:
                return EvalQuantifier(q, row);
            case Reduce r:
                return EvalReduce(r, row);
            case LabelCheck lc:
                {
                    var target = Eval(lc.Target, row);
                    return target switch
                    {
                        null => null,
                        NodeRef n => lc.Labels.All(label => Graph.HasLabel(n.Id, label)),
                        RelRef r => lc.Labels.All(label => Graph.TypeOf(r.Id) == label),
                        _ => throw TypeError($"Type mismatch: expected Node but was {Values.TypeName(target)}"),
                    };
                }

            case MapProjection mp:
                return EvalMapProjection(mp, row);
            case PatternPredicate pp:
                return _executor.Matcher.MatchPattern([pp.Pattern], row, null).Any();
            case PatternComprehension pc:
                {
                    var list = new List<object?>();
                    foreach (var match in _executor.Matcher.MatchPattern([pc.Pattern], row, pc.Where))
                    {
                        list.Add(Eval(pc.Projection, match));
                    }

                    return list;
                }

            case Subquery sq:
                return EvalSubquery(sq, row);
            default:
                throw new CypherRuntimeException("NotSupported", $"Expression {expr.GetType().Name} is not supported");
        }
    }

    private object? EvalSubquery(Subquery sq, Row row)
    {
        IEnumerable<Row> rows = sq.Body is not null
            ? _executor.RunSubquery(sq.Body, row)
            : _executor.Matcher.MatchPattern(sq.Patterns!, row, sq.Where);
        return sq.Count ? (object)(long)rows.Count() : rows.Any();
    }

    public object? PropertyOf(object? target, string key)
    {
        switch (target)
        {
            case null:
                return null;
            case NodeRef n:
                return Graph.NodeExists(n.Id) ? Graph.NodeProperty(n.Id, key) : throw Deleted();
            case RelRef r:
                return Graph.RelationshipExists(r.Id) ? Graph.RelationshipProperty(r.Id, key) : throw Deleted();
            case IReadOnlyDictionary<string, object?> m:
                return m.TryGetValue(key, out var v) ? v : null;
            default:
                if (Temporal.IsTemporal(target))
                {
                    return Temporal.Component(target, key);
                }

                throw TypeError($"Type mismatch: expected a map, node or relationship but was {Values.TypeName(target)}");
        }
    }

    private static CypherRuntimeException Deleted() => new("EntityNotFound", "The entity has been deleted in this transaction") { Detail = "DeletedEntityAccess" };

    private object? EvalUnary(Unary u, Row row)
    {
        var v = Eval(u.Operand, row);
        switch (u.Op)
        {
            case "NOT":
                return v switch
                {
                    null => null,
                    bool b => !b,
                    _ => throw TypeError($"Type mismatch: expected Boolean but was {Values.TypeName(v)}"),
                };
            case "-":
                return v switch
                {
                    null => null,
                    long l => l == long.MinValue ? throw ArithmeticOverflow() : -l,
                    double d => -d,
                    DurationValue dur => new DurationValue(-dur.Months, -dur.Days, -dur.Seconds, -dur.Nanos),
                    _ => throw TypeError($"Type mismatch: expected a number but was {Values.TypeName(v)}"),
                };
            default:
                return v is null or long or double or DurationValue ? v : throw TypeError($"Type mismatch: expected a number but was {Values.TypeName(v)}");
        }
    }

    private static CypherRuntimeException ArithmeticOverflow() => new("ArithmeticError", "long overflow") { Detail = "IntegerOverflow" };

    private object? EvalBinary(Binary b, Row row)
    {
        switch (b.Op)
        {
            case "AND":
                {
                    var l = AsBool(Eval(b.Left, row));
                    if (l == false)
                    {
                        // Both sides are still type-checked in Cypher only when evaluated; short-circuit like Neo4j.
                        var rr = Eval(b.Right, row);
                        AsBool(rr);
                        return false;
                    }

                    var r = AsBool(Eval(b.Right, row));
                    return r == false ? false : l is null || r is null ? null : true;
                }

            case "OR":
                {
                    var l = AsBool(Eval(b.Left, row));
                    var r = AsBool(Eval(b.Right, row));
                    return l == true || r == true ? true : l is null || r is null ? null : false;
                }

            case "XOR":
                {
                    var l = AsBool(Eval(b.Left, row));
                    var r = AsBool(Eval(b.Right, row));
                    return l is null || r is null ? null : l != r;
                }
        }

        var left = Eval(b.Left, row);
        var right = Eval(b.Right, row);
        return Operators.Apply(b.Op, left, right);
    }

    public static bool? AsBool(object? v) => v switch
    {
        null => null,
        bool b => b,
        _ => throw TypeError($"Type mismatch: expected Boolean but was {Values.TypeName(v)}"),
    };

    private object? EvalSubscript(object? target, object? index)
    {
        if (target is null || index is null)
        {
            return null;
        }

        switch (target)
        {
            case IReadOnlyList<object?> list:
                {
                    if (index is not long i)
                    {
                        throw TypeError($"Type mismatch: expected Integer but was {Values.TypeName(index)}");
                    }

                    if (i < 0)
                    {
                        i += list.Count;
                    }

                    return i >= 0 && i < list.Count ? list[(int)i] : null;
                }

            case IReadOnlyDictionary<string, object?> map:
                return index is string key ? map.GetValueOrDefault(key) : throw TypeError($"Type mismatch: a map is indexed by a String, not by {Values.TypeName(index)}", "MapElementAccessByNonString");
            case NodeRef or RelRef:
                return index is string k ? PropertyOf(target, k) : throw TypeError($"Type mismatch: expected String but was {Values.TypeName(index)}");
            default:
                throw TypeError($"Type mismatch: expected List or Map but was {Values.TypeName(target)}");
        }
    }

    private object? EvalSlice(Slice s, Row row)
    {
        var target = Eval(s.Target, row);
        var from = s.From is null ? null : Eval(s.From, row);
        var to = s.To is null ? null : Eval(s.To, row);
        if (target is null || (s.From is not null && from is null) || (s.To is not null && to is null))
        {
            return null;
        }

        if (target is not IReadOnlyList<object?> list)
        {
            throw TypeError($"Type mismatch: expected List but was {Values.TypeName(target)}");
        }

        var count = list.Count;
        var start = from is null ? 0 : ToIndex(from);
        var end = to is null ? count : ToIndex(to);
        if (start < 0)
        {
            start += count;
        }

        if (end < 0)
        {
            end += count;
        }

        start = Math.Clamp(start, 0, count);
        end = Math.Clamp(end, 0, count);
        return end <= start ? new List<object?>() : list.Skip((int)start).Take((int)(end - start)).ToList();

        static long ToIndex(object v) => v is long l ? l : throw TypeError($"Type mismatch: expected Integer but was {Values.TypeName(v)}");
    }

    private object? EvalCase(CaseExpr c, Row row)
    {
        if (c.Subject is null)
        {
            foreach (var (when, then) in c.Branches)
            {
                if (Eval(when, row) is true)
                {
                    return Eval(then, row);
                }
            }
        }
        else
        {
            var subject = Eval(c.Subject, row);
            foreach (var (when, then) in c.Branches)
            {
                if (Values.Equal(subject, Eval(when, row)) == true)
                {
                    return Eval(then, row);
                }
            }
        }

        return c.Else is null ? null : Eval(c.Else, row);
    }

    private static IReadOnlyList<object?>? AsList(object? v) => v switch
    {
        null => null,
        IReadOnlyList<object?> l => l,
        _ => throw TypeError($"Type mismatch: expected List but was {Values.TypeName(v)}"),
    };

    private object? EvalListComprehension(ListComprehension lc, Row row)
    {
        var source = AsList(Eval(lc.Source, row));
        if (source is null)
        {
            return null;
        }

        var inner = row.With(lc.Var, null);
        var result = new List<object?>();
        foreach (var item in source)
        {
            inner[lc.Var] = item;
            if (lc.Where is not null && Eval(lc.Where, inner) is not true)
            {
                continue;
            }

            result.Add(lc.Projection is null ? item : Eval(lc.Projection, inner));
        }

        return result;
    }

    private object? EvalQuantifier(Quantifier q, Row row)
    {
        var source = AsList(Eval(q.Source, row));
        if (source is null)
        {
            return null;
        }

        var inner = row.With(q.Var, null);
        int trues = 0, nulls = 0;
        foreach (var item in source)
        {
            inner[q.Var] = item;
            var r = q.Where is null ? item : Eval(q.Where, inner);
            var b = AsBool(r);
            if (b == true)
            {
                trues++;
            }
            else if (b is null)
            {
                nulls++;
            }
        }

        var falses = source.Count - trues - nulls;
        return q.Kind switch
        {
            "all" => falses > 0 ? false : nulls > 0 ? null : true,
            "any" => trues > 0 ? true : nulls > 0 ? null : false,
            "none" => trues > 0 ? false : nulls > 0 ? null : true,
            _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
        };
    }

    private object? EvalReduce(Reduce r, Row row)
    {
        var acc = Eval(r.Init, row);
        var source = AsList(Eval(r.Source, row));
        if (source is null)
        {
            return null;
        }

        var inner = row.With(r.Var, null).With(r.Accumulator, acc);
        foreach (var item in source)
        {
            inner[r.Var] = item;
            inner[r.Accumulator] = acc;
            acc = Eval(r.Body, inner);
        }

        return acc;
    }

    private object? EvalMapProjection(MapProjection mp, Row row)
    {
        var target = Eval(new Variable(mp.Var), row);
        if (target is null)
        {
            return null;
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in mp.Items)
        {
            if (item.AllProperties)
            {
                foreach (var (k, v) in PropertiesOf(target))
                {
                    map[k] = v;
                }
            }
            else if (item.PropertySelector)
            {
                map[item.Key!] = PropertyOf(target, item.Key!);
            }
            else
            {
                map[item.Key!] = Eval(item.Value!, row);
            }
        }

        return map;
    }

    public IReadOnlyDictionary<string, object?> PropertiesOf(object? target) => target switch
    {
        NodeRef n => Graph.NodeExists(n.Id) ? Graph.NodeProperties(n.Id) : throw Deleted(),
        RelRef r => Graph.RelationshipExists(r.Id) ? Graph.RelationshipProperties(r.Id) : throw Deleted(),
        IReadOnlyDictionary<string, object?> m => m,
        _ => throw TypeError($"Type mismatch: expected a map, node or relationship but was {Values.TypeName(target)}"),
    };
}
