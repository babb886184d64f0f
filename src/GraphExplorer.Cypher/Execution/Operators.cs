using System.Text.RegularExpressions;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Binary operators on values, with Cypher's null and type rules.</summary>
internal static class Operators
{
    public static object? Apply(string op, object? left, object? right)
    {
        switch (op)
        {
            case "=":
                return Values.Equal(left, right);
            case "<>":
                return Values.Equal(left, right) is bool e ? !e : null;
            case "<" or ">" or "<=" or ">=" when IsNaN(left) || IsNaN(right):
                return left is null || right is null ? null : Values.IsNumber(left) && Values.IsNumber(right) ? false : null;
            case "<":
                return Values.Compare(left, right) is int c1 ? c1 < 0 : null;
            case ">":
                return Values.Compare(left, right) is int c2 ? c2 > 0 : null;
            case "<=":
                return Values.Compare(left, right) is int c3 ? c3 <= 0 : null;
            case ">=":
                return Values.Compare(left, right) is int c4 ? c4 >= 0 : null;
            case "IN":
                return In(left, right);
            case "STARTS WITH":
                return left is string a1 && right is string b1 ? a1.StartsWith(b1, StringComparison.Ordinal) : null;
            case "ENDS WITH":
                return left is string a2 && right is string b2 ? a2.EndsWith(b2, StringComparison.Ordinal) : null;
            case "CONTAINS":
                return left is string a3 && right is string b3 ? a3.Contains(b3, StringComparison.Ordinal) : null;
            case "=~":
                if (left is string text && right is string pattern)
                {
                    try
                    {
                        return Regex.IsMatch(text, "^(?:" + pattern + ")$", RegexOptions.None, TimeSpan.FromSeconds(5));
                    }
                    catch (ArgumentException)
                    {
                        throw Evaluator.ArgumentError($"Invalid Regex: {pattern}", "InvalidArgumentValue");
                    }
                }

                return null;
            case "+":
                return Add(left, right);
            case "-":
                return Arithmetic(op, left, right);
            case "*":
                return Arithmetic(op, left, right);
            case "/":
                return Arithmetic(op, left, right);
            case "%":
                return Arithmetic(op, left, right);
            case "^":
                if (left is null || right is null)
                {
                    return null;
                }

                if (!Values.IsNumber(left) || !Values.IsNumber(right))
                {
                    throw Evaluator.TypeError($"Type mismatch: cannot raise {Values.TypeName(left)} to {Values.TypeName(right)}");
                }

                return Math.Pow(Values.ToDouble(left), Values.ToDouble(right));
            default:
                throw new CypherRuntimeException("NotSupported", "Unknown operator " + op);
        }
    }

    private static bool IsNaN(object? v) => v is double d && double.IsNaN(d);

    private static object? In(object? left, object? right)
    {
        if (right is null)
        {
            return null;
        }

        if (right is not IReadOnlyList<object?> list)
        {
            throw Evaluator.TypeError($"Type mismatch: expected List but was {Values.TypeName(right)}");
        }

        var sawNull = false;
        foreach (var item in list)
        {
            var e = Values.Equal(left, item);
            if (e == true)
            {
                return true;
            }

            if (e is null)
            {
                sawNull = true;
            }
        }

        return sawNull ? null : false;
    }

    private static object? Add(object? left, object? right)
    {
        if (left is IReadOnlyList<object?> la)
        {
            var result = new List<object?>(la);
            if (right is IReadOnlyList<object?> lb)
            {
                result.AddRange(lb);
            }
            else
            {
                result.Add(right);
            }

            return result;
        }

        if (right is IReadOnlyList<object?> rl)
        {
            var result = new List<object?>(rl.Count + 1) { left };
            result.AddRange(rl);
            return result;
        }

        if (left is null || right is null)
        {
            return null;
        }

        if (left is string ls)
        {
            return right switch
            {
                string rs => ls + rs,
                long or double => ls + Values.ToText(right),
                _ => throw Evaluator.TypeError($"Type mismatch: cannot add String and {Values.TypeName(right)}"),
            };
        }

        if (right is string s2)
        {
            return left is long or double ? Values.ToText(left) + s2 : throw Evaluator.TypeError($"Type mismatch: cannot add {Values.TypeName(left)} and String");
        }

        if (Temporal.IsTemporal(left) || Temporal.IsTemporal(right))
        {
            return Temporal.Add(left, right, 1);
        }

        return Arithmetic("+", left, right);
    }

    public static object? Arithmetic(string op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (op == "-" && (Temporal.IsTemporal(left) || Temporal.IsTemporal(right)))
        {
            return Temporal.Add(left, right, -1);
        }

        if ((op is "*" or "/") && (left is DurationValue || right is DurationValue))
        {
            return Temporal.Scale(left, right, op == "/");
        }

        if (left is long a && right is long b)
        {
            try
            {
                return op switch
                {
                    "+" => checked(a + b),
                    "-" => checked(a - b),
                    "*" => checked(a * b),
                    "/" => b == 0 ? throw new CypherRuntimeException("ArithmeticError", "/ by zero") { Detail = "DivisionByZero" } : a == long.MinValue && b == -1 ? throw new OverflowException() : a / b,
                    _ => b == 0 ? throw new CypherRuntimeException("ArithmeticError", "/ by zero") { Detail = "DivisionByZero" } : b == -1 ? 0L : a % b,
                };
            }
            catch (OverflowException)
            {
                throw new CypherRuntimeException("ArithmeticError", "long overflow") { Detail = "IntegerOverflow" };
            }
        }

        if (Values.IsNumber(left) && Values.IsNumber(right))
        {
            var x = Values.ToDouble(left);
            var y = Values.ToDouble(right);
            return op switch
            {
                "+" => x + y,
                "-" => x - y,
                "*" => x * y,
                "/" => x / y,
                _ => Math.IEEERemainder(x, y) is var _ ? x % y : 0,
            };
        }

        throw Evaluator.TypeError($"Type mismatch: cannot apply {op} to {Values.TypeName(left)} and {Values.TypeName(right)}");
    }
}
