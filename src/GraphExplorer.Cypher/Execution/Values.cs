using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Execution;

internal sealed record NodeRef(long Id);

internal sealed record RelRef(long Id);

internal sealed record PathValue(IReadOnlyList<long> Nodes, IReadOnlyList<long> Rels);

/// <summary>Equality, ordering and type rules of openCypher values.</summary>
internal static class Values
{
    public static bool IsNumber(object? v) => v is long or double;

    public static string TypeName(object? v) => v switch
    {
        null => "Null",
        bool => "Boolean",
        long => "Integer",
        double => "Float",
        string => "String",
        IReadOnlyList<object?> => "List",
        IReadOnlyDictionary<string, object?> => "Map",
        NodeRef => "Node",
        RelRef => "Relationship",
        PathValue => "Path",
        _ => v.GetType().Name,
    };

    /// <summary>Three-valued equality (<c>=</c>): null when either side is or contains an undecidable null.</summary>
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                return la == lb;
            case long or double when b is long or double:
                return NumEquals(a, b);
            case string sa when b is string sb:
                return string.Equals(sa, sb, StringComparison.Ordinal);
            case bool ba when b is bool bb:
                return ba == bb;
            case IReadOnlyList<object?> la when b is IReadOnlyList<object?> lb:
                {
                    if (la.Count != lb.Count)
                    {
                        return false;
                    }

                    bool? result = true;
                    for (var i = 0; i < la.Count; i++)
                    {
                        var e = Equal(la[i], lb[i]);
                        if (e == false)
                        {
                            return false;
                        }

                        if (e is null)
                        {
                            result = null;
                        }
                    }

                    return result;
                }

            case IReadOnlyDictionary<string, object?> ma when b is IReadOnlyDictionary<string, object?> mb:
                {
                    if (ma.Count != mb.Count || ma.Keys.Any(k => !mb.ContainsKey(k)))
                    {
                        return false;
                    }

                    bool? result = true;
                    foreach (var (k, v) in ma)
                    {
                        var e = Equal(v, mb[k]);
                        if (e == false)
                        {
                            return false;
                        }

                        if (e is null)
                        {
                            result = null;
                        }
                    }

                    return result;
                }

            case NodeRef na when b is NodeRef nb:
                return na.Id == nb.Id;
            case RelRef ra when b is RelRef rb:
                return ra.Id == rb.Id;
            case PathValue pa when b is PathValue pb:
                return pa.Nodes.SequenceEqual(pb.Nodes) && pa.Rels.SequenceEqual(pb.Rels);
            default:
                if (Temporal.IsTemporal(a) && Temporal.IsTemporal(b))
                {
                    return Temporal.Equal(a, b);
                }

                return false;
        }
    }

    private static bool NumEquals(object a, object b)
    {
        if (a is long la && b is double db)
        {
            return !double.IsNaN(db) && (double)la == db && (db >= 9.2e18 || db <= -9.2e18 || (long)db == la);
        }

        if (a is double da && b is long lb)
        {
            return NumEquals(lb, da);
        }

        return (double)a == (double)b;
    }

    /// <summary>Comparison for <c>&lt;</c> and friends: null when the values are not comparable.</summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                return la.CompareTo(lb);
            case long or double when b is long or double:
                {
                    var da = ToDouble(a);
                    var db = ToDouble(b);
                    if (double.IsNaN(da) || double.IsNaN(db))
                    {
                        return null;
                    }

                    if (a is long l1 && b is double d1 && Math.Abs(d1) < 9e15)
                    {
                        return ((decimal)l1).CompareTo((decimal)d1);
                    }

                    if (a is double d2 && b is long l2 && Math.Abs(d2) < 9e15)
                    {
                        return ((decimal)d2).CompareTo((decimal)l2);
                    }

                    return da.CompareTo(db);
                }

            case string sa when b is string sb:
                return string.CompareOrdinal(sa, sb);
            case bool ba when b is bool bb:
                return ba.CompareTo(bb);
            case IReadOnlyList<object?> la when b is IReadOnlyList<object?> lb:
                {
                    for (var i = 0; i < Math.Min(la.Count, lb.Count); i++)
                    {
                        if (la[i] is null || lb[i] is null)
                        {
                            return null;
                        }

                        var c = Compare(la[i], lb[i]);
                        if (c is null)
                        {
                            return null;
                        }

                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return la.Count.CompareTo(lb.Count);
                }

            default:
                if (Temporal.IsTemporal(a) && Temporal.IsTemporal(b))
                {
                    return Temporal.Compare(a, b);
                }

                return null;
        }
    }

    public static double ToDouble(object v) => v is long l ? l : (double)v;

    private static int OrderRank(object? v) => v switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeRef => 1,
        RelRef => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        string => 6,
        bool => 7,
        double d when double.IsNaN(d) => 9,
        long or double => 8,
        null => 10,
        _ => 5,
    };

    /// <summary>The total order of ORDER BY: maps, nodes, relationships, lists, paths, temporals, strings, booleans, numbers, NaN, null.</summary>
    public static int OrderCompare(object? a, object? b)
    {
        var ra = OrderRank(a);
        var rb = OrderRank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        switch (a)
        {
            case null:
                return 0;
            case long or double:
                {
                    if (a is double da && double.IsNaN(da))
                    {
                        return 0;
                    }

                    return Compare(a, b) ?? 0;
                }

            case string or bool:
                return Compare(a, b) ?? 0;
            case NodeRef na:
                return na.Id.CompareTo(((NodeRef)b!).Id);
            case RelRef rr:
                return rr.Id.CompareTo(((RelRef)b!).Id);
            case IReadOnlyList<object?> la:
                {
                    var lb = (IReadOnlyList<object?>)b!;
                    for (var i = 0; i < Math.Min(la.Count, lb.Count); i++)
                    {
                        var c = OrderCompare(la[i], lb[i]);
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return la.Count.CompareTo(lb.Count);
                }

            case IReadOnlyDictionary<string, object?> ma:
                {
                    var mb = (IReadOnlyDictionary<string, object?>)b!;
                    var ka = ma.Keys.Order(StringComparer.Ordinal).ToList();
                    var kb = mb.Keys.Order(StringComparer.Ordinal).ToList();
                    for (var i = 0; i < Math.Min(ka.Count, kb.Count); i++)
                    {
                        var c = string.CompareOrdinal(ka[i], kb[i]);
                        if (c != 0)
                        {
                            return c;
                        }

                        c = OrderCompare(ma[ka[i]], mb[kb[i]]);
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return ka.Count.CompareTo(kb.Count);
                }

            case PathValue pa:
                {
                    var pb = (PathValue)b!;
                    return OrderCompare(pa.Nodes.Select(n => (object?)n).ToList(), pb.Nodes.Select(n => (object?)n).ToList());
                }

            default:
                return Temporal.OrderCompare(a, b!);
        }
    }

    /// <summary>Equivalence for DISTINCT and grouping: like equality, but null equals null and NaN equals NaN.</summary>
    public static bool Equivalent(object? a, object? b)
    {
        // Grouping compares keys that are mostly strings: settle those before the list and map checks.
        if (a is string sa && b is string sb)
        {
            return string.Equals(sa, sb, StringComparison.Ordinal);
        }

        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is double da && b is double db && double.IsNaN(da) && double.IsNaN(db))
        {
            return true;
        }

        if (a is IReadOnlyList<object?> la && b is IReadOnlyList<object?> lb)
        {
            if (la.Count != lb.Count)
            {
                return false;
            }

            for (var i = 0; i < la.Count; i++)
            {
                if (!Equivalent(la[i], lb[i]))
                {
                    return false;
                }
            }

            return true;
        }

        if (a is IReadOnlyDictionary<string, object?> ma && b is IReadOnlyDictionary<string, object?> mb)
        {
            return ma.Count == mb.Count && ma.All(p => mb.TryGetValue(p.Key, out var v) && Equivalent(p.Value, v));
        }

        return Equal(a, b) == true;
    }

    public static int Hash(object? v) => v switch
    {
        null => 0,
        long l => ((double)l).GetHashCode(),
        double d => d.GetHashCode(),
        string s => s.GetHashCode(StringComparison.Ordinal),
        IReadOnlyList<object?> list => list.Aggregate(17, (h, e) => (h * 31) + Hash(e)),
        IReadOnlyDictionary<string, object?> map => map.Aggregate(19, (h, p) => h ^ (p.Key.GetHashCode(StringComparison.Ordinal) + Hash(p.Value))),
        PathValue p => p.Nodes.Count,
        _ => Temporal.IsTemporal(v) ? Temporal.Hash(v) : v.GetHashCode(),
    };

    public sealed class KeyComparer : IEqualityComparer<object?[]>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x!.Length != y!.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!Equivalent(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] obj)
        {
            // A loop, not Aggregate: grouping hashes one key per row.
            var hash = 23;
            foreach (var v in obj)
            {
                hash = (hash * 31) + Hash(v);
            }

            return hash;
        }
    }

    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(d))
        {
            return "Infinity";
        }

        if (double.IsNegativeInfinity(d))
        {
            return "-Infinity";
        }

        var s = d.ToString("R", CultureInfo.InvariantCulture);
        if (s.Contains('E', StringComparison.Ordinal))
        {
            // Java prints 1.0E10, 1.0E-5.
            var parts = s.Split('E');
            var mantissa = parts[0].Contains('.', StringComparison.Ordinal) ? parts[0] : parts[0] + ".0";
            var exp = int.Parse(parts[1], CultureInfo.InvariantCulture);
            return mantissa + "E" + exp.ToString(CultureInfo.InvariantCulture);
        }

        if (Math.Abs(d) >= 1e7 && !s.Contains('.', StringComparison.Ordinal))
        {
            var exp = (int)Math.Floor(Math.Log10(Math.Abs(d)));
            var mant = d / Math.Pow(10, exp);
            var ms = mant.ToString("R", CultureInfo.InvariantCulture);
            return (ms.Contains('.', StringComparison.Ordinal) ? ms : ms + ".0") + "E" + exp.ToString(CultureInfo.InvariantCulture);
        }

        return s.Contains('.', StringComparison.Ordinal) ? s : s + ".0";
    }

    /// <summary>The text toString() gives.</summary>
    public static string ToText(object? v) => v switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatFloat(d),
        _ => v.ToString() ?? string.Empty,
    };

    public static string Describe(object? v)
    {
        var sb = new StringBuilder();
        Describe(v, sb);
        return sb.ToString();
    }

    private static void Describe(object? v, StringBuilder sb)
    {
        switch (v)
        {
            case string s:
                sb.Append('\'').Append(s).Append('\'');
                break;
            case IReadOnlyList<object?> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Describe(list[i], sb);
                }

                sb.Append(']');
                break;
            case IReadOnlyDictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var (k, val) in map)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    sb.Append(k).Append(": ");
                    Describe(val, sb);
                }

                sb.Append('}');
                break;
            default:
                sb.Append(ToText(v));
                break;
        }
    }
}
