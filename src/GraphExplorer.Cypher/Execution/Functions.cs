using System.Globalization;
using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

internal sealed partial class Evaluator
{
    public static readonly HashSet<string> AggregateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentilecont", "percentiledisc",
    };

    public static bool IsAggregate(FunctionCall f) => f.Star || AggregateNames.Contains(f.Name);

    private object? CallFunction(FunctionCall f, Row row)
    {
        var name = f.Name.ToLowerInvariant();
        if (IsAggregate(f))
        {
            throw new CypherSemanticException("SyntaxError", $"Invalid use of aggregating function {f.Name}(...) in this context") { Detail = "InvalidAggregation" };
        }

        var args = new object?[f.Args.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Eval(f.Args[i], row);
        }

        if (name.Contains('.', StringComparison.Ordinal) || Temporal.IsConstructor(name))
        {
            return Temporal.Call(name, args, this);
        }

        return CallScalar(name, f.Name, args);
    }

    private object? CallScalar(string name, string displayName, object?[] args)
    {
        object? A(int i) => i < args.Length ? args[i] : null;
        switch (name)
        {
            case "coalesce":
                return args.FirstOrDefault(a => a is not null);
            case "id":
                return A(0) switch
                {
                    null => null,
                    NodeRef n => n.Id,
                    RelRef r => r.Id,
                    var v => throw TypeError($"Type mismatch: expected Node or Relationship but was {Values.TypeName(v)}"),
                };
            case "elementid":
                return A(0) switch
                {
                    null => null,
                    NodeRef n => Graph.NodeElementId(n.Id),
                    RelRef r => Graph.RelationshipElementId(r.Id),
                    var v => throw TypeError($"Type mismatch: expected Node or Relationship but was {Values.TypeName(v)}"),
                };
            case "type":
                return A(0) switch
                {
                    null => null,
                    RelRef r => Graph.TypeOf(r.Id),
                    var v => throw TypeError($"Type mismatch: expected Relationship but was {Values.TypeName(v)}", "InvalidArgumentValue"),
                };
            case "labels":
                return A(0) switch
                {
                    null => null,
                    NodeRef n => Graph.NodeExists(n.Id) ? Graph.NodeLabels(n.Id).Cast<object?>().ToList() : throw Deleted(),
                    var v => throw TypeError($"Type mismatch: expected Node but was {Values.TypeName(v)}", "InvalidArgumentValue"),
                };
            case "keys":
                return A(0) switch
                {
                    null => null,
                    NodeRef or RelRef or IReadOnlyDictionary<string, object?> => PropertiesOf(A(0)).Keys.Cast<object?>().ToList(),
                    var v => throw TypeError($"Type mismatch: expected Node, Relationship or Map but was {Values.TypeName(v)}"),
                };
            case "properties":
                return A(0) switch
                {
                    null => null,
                    NodeRef or RelRef or IReadOnlyDictionary<string, object?> => new Dictionary<string, object?>(PropertiesOf(A(0))),
                    var v => throw TypeError($"Type mismatch: expected Node, Relationship or Map but was {Values.TypeName(v)}"),
                };
            case "startnode":
                return A(0) switch
                {
                    null => null,
                    RelRef r => new NodeRef(Graph.StartOf(r.Id)),
                    var v => throw TypeError($"Type mismatch: expected Relationship but was {Values.TypeName(v)}"),
                };
            case "endnode":
                return A(0) switch
                {
                    null => null,
                    RelRef r => new NodeRef(Graph.EndOf(r.Id)),
                    var v => throw TypeError($"Type mismatch: expected Relationship but was {Values.TypeName(v)}"),
                };
            case "exists":
                return A(0) is not null;
            case "size":
                return A(0) switch
                {
                    null => null,
                    string s => (long)new StringInfo(s).LengthInTextElements,
                    IReadOnlyList<object?> l => (long)l.Count,
                    var v => throw TypeError($"Type mismatch: expected String or List but was {Values.TypeName(v)}"),
                };
            case "length":
                return A(0) switch
                {
                    null => null,
                    PathValue p => (long)p.Rels.Count,
                    var v => throw TypeError($"Type mismatch: expected Path but was {Values.TypeName(v)}"),
                };
            case "nodes":
                return A(0) switch
                {
                    null => null,
                    PathValue p => p.Nodes.Select(n => (object?)new NodeRef(n)).ToList(),
                    var v => throw TypeError($"Type mismatch: expected Path but was {Values.TypeName(v)}"),
                };
            case "relationships":
            case "rels":
                return A(0) switch
                {
                    null => null,
                    PathValue p => p.Rels.Select(r => (object?)new RelRef(r)).ToList(),
                    var v => throw TypeError($"Type mismatch: expected Path but was {Values.TypeName(v)}"),
                };
            case "head":
                return A(0) switch
                {
                    null => null,
                    IReadOnlyList<object?> l => l.Count > 0 ? l[0] : null,
                    var v => throw TypeError($"Type mismatch: expected List but was {Values.TypeName(v)}"),
                };
            case "last":
                return A(0) switch
                {
                    null => null,
                    IReadOnlyList<object?> l => l.Count > 0 ? l[^1] : null,
                    var v => throw TypeError($"Type mismatch: expected List but was {Values.TypeName(v)}"),
                };
            case "tail":
                return A(0) switch
                {
                    null => null,
                    IReadOnlyList<object?> l => l.Skip(1).ToList(),
                    var v => throw TypeError($"Type mismatch: expected List but was {Values.TypeName(v)}"),
                };
            case "reverse":
                return A(0) switch
                {
                    null => null,
                    string s => new string(s.Reverse().ToArray()),
                    IReadOnlyList<object?> l => l.Reverse().ToList(),
                    var v => throw TypeError($"Type mismatch: expected String or List but was {Values.TypeName(v)}"),
                };
            case "range":
                {
                    if (args.Any(a => a is null))
                    {
                        return null;
                    }

                    if (args.Any(a => a is not long))
                    {
                        throw ArgumentError("range() expects integer arguments", "InvalidArgumentType");
                    }

                    var start = Int(A(0), "range");
                    var end = Int(A(1), "range");
                    var step = args.Length > 2 ? Int(A(2), "range") : 1;
                    if (step == 0)
                    {
                        throw ArgumentError("Step argument to range() can't be 0", "NumberOutOfRange");
                    }

                    var list = new List<object?>();
                    for (var i = start; step > 0 ? i <= end : i >= end; i += step)
                    {
                        list.Add(i);
                    }

                    return list;
                }

            case "tointeger":
                return ToInteger(A(0));
            case "tofloat":
                return ToFloat(A(0));
            case "toboolean":
                return ToBoolean(A(0));
            case "tostring":
                return A(0) switch
                {
                    null => null,
                    string or long or double or bool => Values.ToText(A(0)),
                    var v when Temporal.IsTemporal(v) => v.ToString(),
                    var v => throw TypeError($"Type mismatch: expected a value convertible to String but was {Values.TypeName(v)}", "InvalidArgumentValue"),
                };
            case "tointegerornull":
                return Try(() => ToInteger(A(0)));
            case "tofloatornull":
                return Try(() => ToFloat(A(0)));
            case "tobooleanornull":
                return Try(() => ToBoolean(A(0)));
            case "tostringornull":
                return A(0) is string or long or double or bool ? Values.ToText(A(0)) : null;
            case "tobooleanlist":
            case "tointegerlist":
            case "tofloatlist":
            case "tostringlist":
                return A(0) switch
                {
                    null => null,
                    IReadOnlyList<object?> l => l.Select(x => Try(() => CallScalar(name[..^4] + (name.StartsWith("tostring", StringComparison.Ordinal) ? "ornull" : "ornull"), displayName, [x]))).ToList(),
                    var v => throw TypeError($"Type mismatch: expected List but was {Values.TypeName(v)}"),
                };
            case "toupper":
                return Str(A(0), s => s.ToUpperInvariant());
            case "tolower":
                return Str(A(0), s => s.ToLowerInvariant());
            case "trim":
                return Str(A(0), s => s.Trim());
            case "ltrim":
                return Str(A(0), s => s.TrimStart());
            case "rtrim":
                return Str(A(0), s => s.TrimEnd());
            case "replace":
                if (args.Any(a => a is null))
                {
                    return null;
                }

                return StrArg(A(0)).Replace(StrArg(A(1)), StrArg(A(2)), StringComparison.Ordinal);
            case "split":
                if (args.Any(a => a is null))
                {
                    return null;
                }

                return StrArg(A(0)).Split(StrArg(A(1))).Cast<object?>().ToList();
            case "substring":
                {
                    if (A(0) is null)
                    {
                        return null;
                    }

                    var s = StrArg(A(0));
                    var start = Int(A(1), "substring");
                    if (start < 0 || (args.Length > 2 && A(2) is long l0 && l0 < 0))
                    {
                        throw ArgumentError("substring: negative start or length", "NumberOutOfRange");
                    }

                    if (start >= s.Length)
                    {
                        return string.Empty;
                    }

                    var len = args.Length > 2 ? Int(A(2), "substring") : s.Length;
                    return s.Substring((int)start, (int)Math.Min(len, s.Length - start));
                }

            case "left":
            case "right":
                {
                    if (A(0) is null)
                    {
                        return null;
                    }

                    var s = StrArg(A(0));
                    if (A(1) is null)
                    {
                        throw ArgumentError($"{displayName}: length must not be null", "NumberOutOfRange");
                    }

                    var len = Int(A(1), name);
                    if (len < 0)
                    {
                        throw ArgumentError($"{displayName}: negative length", "NumberOutOfRange");
                    }

                    len = Math.Min(len, s.Length);
                    return name == "left" ? s[..(int)len] : s[(s.Length - (int)len)..];
                }

            case "abs":
                return A(0) switch
                {
                    null => null,
                    long l => Math.Abs(l),
                    double d => Math.Abs(d),
                    var v => throw TypeError($"Type mismatch: expected a number but was {Values.TypeName(v)}"),
                };
            case "sign":
                return A(0) switch
                {
                    null => null,
                    long l => (long)Math.Sign(l),
                    double d => (long)Math.Sign(d),
                    var v => throw TypeError($"Type mismatch: expected a number but was {Values.TypeName(v)}"),
                };
            case "ceil":
                return Num(A(0), Math.Ceiling);
            case "floor":
                return Num(A(0), Math.Floor);
            case "round":
                return Num(A(0), x => Math.Floor(x + 0.5));
            case "sqrt":
                return Num(A(0), Math.Sqrt);
            case "exp":
                return Num(A(0), Math.Exp);
            case "log":
                return Num(A(0), Math.Log);
            case "log10":
                return Num(A(0), Math.Log10);
            case "sin":
                return Num(A(0), Math.Sin);
            case "cos":
                return Num(A(0), Math.Cos);
            case "tan":
                return Num(A(0), Math.Tan);
            case "cot":
                return Num(A(0), x => 1 / Math.Tan(x));
            case "asin":
                return Num(A(0), Math.Asin);
            case "acos":
                return Num(A(0), Math.Acos);
            case "atan":
                return Num(A(0), Math.Atan);
            case "atan2":
                return A(0) is null || A(1) is null ? null : Math.Atan2(Dbl(A(0)), Dbl(A(1)));
            case "haversin":
                return Num(A(0), x => (1 - Math.Cos(x)) / 2);
            case "degrees":
                return Num(A(0), x => x * 180 / Math.PI);
            case "radians":
                return Num(A(0), x => x * Math.PI / 180);
            case "pi":
                return Math.PI;
            case "e":
                return Math.E;
            case "rand":
                return Random.Shared.NextDouble();
            case "randomuuid":
                return Guid.NewGuid().ToString();
            case "timestamp":
                return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            default:
                throw new CypherSemanticException("SyntaxError", $"Unknown function '{displayName}'") { Detail = "UnknownFunction" };
        }
    }

    private static object? Try(Func<object?> f)
    {
        try
        {
            return f();
        }
        catch (CypherException)
        {
            return null;
        }
    }

    private static long Int(object? v, string function) => v switch
    {
        long l => l,
        _ => throw TypeError($"Type mismatch: {function} expected Integer but was {Values.TypeName(v)}"),
    };

    private static double Dbl(object? v) => v switch
    {
        long l => l,
        double d => d,
        _ => throw TypeError($"Type mismatch: expected a number but was {Values.TypeName(v)}"),
    };

    private static object? Num(object? v, Func<double, double> f) => v is null ? null : f(Dbl(v));

    private static string StrArg(object? v) => v as string ?? throw TypeError($"Type mismatch: expected String but was {Values.TypeName(v)}");

    private static object? Str(object? v, Func<string, string> f) => v is null ? null : f(StrArg(v));

    public static object? ToInteger(object? v)
    {
        switch (v)
        {
            case null:
                return null;
            case long:
                return v;
            case double d:
                return double.IsNaN(d) || double.IsInfinity(d) ? null : (long)Math.Truncate(d);
            case bool b:
                return b ? 1L : 0L;
            case string s:
                {
                    s = s.Trim();
                    if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                    {
                        return l;
                    }

                    if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d2) && !double.IsInfinity(d2) && !double.IsNaN(d2))
                    {
                        return (long)Math.Truncate(d2);
                    }

                    return null;
                }

            default:
                throw TypeError($"Type mismatch: expected a value convertible to Integer but was {Values.TypeName(v)}", "InvalidArgumentValue");
        }
    }

    public static object? ToFloat(object? v)
    {
        switch (v)
        {
            case null:
                return null;
            case long l:
                return (double)l;
            case double:
                return v;
            case string s:
                return double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
            default:
                throw TypeError($"Type mismatch: expected a value convertible to Float but was {Values.TypeName(v)}", "InvalidArgumentValue");
        }
    }

    public static object? ToBoolean(object? v)
    {
        switch (v)
        {
            case null:
                return null;
            case bool:
                return v;
            case string s:
                return s.Trim().ToLowerInvariant() switch
                {
                    "true" => true,
                    "false" => false,
                    _ => null,
                };
            case long l:
                return l != 0;
            default:
                throw TypeError($"Type mismatch: expected a value convertible to Boolean but was {Values.TypeName(v)}", "InvalidArgumentValue");
        }
    }
}
