using System.Text;
using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Canonical text of expressions (to match ORDER BY items with projections) and child enumeration.</summary>
internal static class Printer
{
    public static IEnumerable<Expr> Children(Expr expr)
    {
        switch (expr)
        {
            case Property p:
                yield return p.Target;
                break;
            case ListLiteral l:
                foreach (var i in l.Items)
                {
                    yield return i;
                }

                break;
            case MapLiteral m:
                foreach (var (_, v) in m.Entries)
                {
                    yield return v;
                }

                break;
            case Binary b:
                yield return b.Left;
                yield return b.Right;
                break;
            case Unary u:
                yield return u.Operand;
                break;
            case IsNull n:
                yield return n.Operand;
                break;
            case Subscript s:
                yield return s.Target;
                yield return s.Index;
                break;
            case Slice s:
                yield return s.Target;
                if (s.From is not null)
                {
                    yield return s.From;
                }

                if (s.To is not null)
                {
                    yield return s.To;
                }

                break;
            case FunctionCall f:
                foreach (var a in f.Args)
                {
                    yield return a;
                }

                break;
            case CaseExpr c:
                if (c.Subject is not null)
                {
                    yield return c.Subject;
                }

                foreach (var (w, t) in c.Branches)
                {
                    yield return w;
                    yield return t;
                }

                if (c.Else is not null)
                {
                    yield return c.Else;
                }

                break;
            case ListComprehension lc:
                yield return lc.Source;
                if (lc.Where is not null)
                {
                    yield return lc.Where;
                }

                if (lc.Projection is not null)
                {
                    yield return lc.Projection;
                }

                break;
            case Quantifier q:
                yield return q.Source;
                if (q.Where is not null)
                {
                    yield return q.Where;
                }

                break;
            case Reduce r:
                yield return r.Init;
                yield return r.Source;
                yield return r.Body;
                break;
            case LabelCheck lc:
                yield return lc.Target;
                break;
            case MapProjection mp:
                foreach (var item in mp.Items)
                {
                    if (item.Value is not null)
                    {
                        yield return item.Value;
                    }
                }

                break;
            case PatternComprehension pc:
                if (pc.Where is not null)
                {
                    yield return pc.Where;
                }

                yield return pc.Projection;
                break;
        }
    }

    public static string Print(Expr expr)
    {
        var sb = new StringBuilder();
        Print(expr, sb);
        return sb.ToString();
    }

    private static void Print(Expr expr, StringBuilder sb)
    {
        switch (expr)
        {
            case Literal l:
                sb.Append(l.Value is string s ? "'" + s + "'" : Values.ToText(l.Value) + (l.Value is null ? string.Empty : "#" + Values.TypeName(l.Value)));
                break;
            case Parameter p:
                sb.Append('$').Append(p.Name);
                break;
            case Variable v:
                sb.Append('`').Append(v.Name).Append('`');
                break;
            case Property p:
                Print(p.Target, sb);
                sb.Append('.').Append(p.Key);
                break;
            case FunctionCall f:
                sb.Append(f.Name.ToLowerInvariant()).Append('(');
                if (f.Distinct)
                {
                    sb.Append("DISTINCT ");
                }

                if (f.Star)
                {
                    sb.Append('*');
                }

                Join(f.Args, sb);
                sb.Append(')');
                break;
            case Binary b:
                sb.Append('(');
                Print(b.Left, sb);
                sb.Append(' ').Append(b.Op).Append(' ');
                Print(b.Right, sb);
                sb.Append(')');
                break;
            case Unary u:
                sb.Append(u.Op).Append('(');
                Print(u.Operand, sb);
                sb.Append(')');
                break;
            default:
                sb.Append(expr.GetType().Name).Append('{');
                foreach (var child in Children(expr))
                {
                    Print(child, sb);
                    sb.Append(';');
                }

                sb.Append(expr switch
                {
                    ListComprehension lc => lc.Var,
                    Quantifier q => q.Kind + q.Var,
                    IsNull n => n.Negated ? "notnull" : "null",
                    LabelCheck lc => string.Join(":", lc.Labels),
                    MapLiteral m => string.Join(",", m.Entries.Select(e => e.Key)),
                    Reduce r => r.Accumulator + "," + r.Var,
                    MapProjection mp => mp.Var + string.Join(",", mp.Items.Select(i => i.Key + i.AllProperties)),
                    PatternPredicate or PatternComprehension or Subquery => "@" + expr.Offset,
                    _ => string.Empty,
                });
                sb.Append('}');
                break;
        }
    }

    private static void Join(IReadOnlyList<Expr> items, StringBuilder sb)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Print(items[i], sb);
        }
    }

    /// <summary>Rebuilds <paramref name="expr"/> with every subexpression <paramref name="replace"/> maps (to non-null) swapped.</summary>
    public static Expr Replace(Expr expr, Func<Expr, Expr?> replace)
    {
        if (replace(expr) is { } replaced)
        {
            return replaced;
        }

        Expr R(Expr e) => Replace(e, replace);
        return expr switch
        {
            Property p => p with { Target = R(p.Target) },
            Binary b => b with { Left = R(b.Left), Right = R(b.Right) },
            Unary u => u with { Operand = R(u.Operand) },
            IsNull n => n with { Operand = R(n.Operand) },
            FunctionCall f when !Evaluator.IsAggregate(f) => f with { Args = f.Args.Select(R).ToList() },
            ListLiteral l => l with { Items = l.Items.Select(R).ToList() },
            Subscript s => s with { Target = R(s.Target), Index = R(s.Index) },
            CaseExpr c => c with { Subject = c.Subject is null ? null : R(c.Subject), Branches = c.Branches.Select(b => (R(b.When), R(b.Then))).ToList(), Else = c.Else is null ? null : R(c.Else) },
            _ => expr,
        };
    }
}
