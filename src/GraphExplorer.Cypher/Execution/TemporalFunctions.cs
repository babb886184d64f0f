namespace GraphExplorer.Cypher.Execution;

/// <summary>The temporal constructors and functions (date(), duration.between(), ...).</summary>
internal static class TemporalFunctions
{
    public static object? Call(string name, object?[] args)
    {
        _ = args;
        throw new CypherRuntimeException("NotSupported", $"Function {name} is not supported yet");
    }
}

internal static partial class Temporal
{
    public static object? Add(object? left, object? right, int sign)
    {
        _ = sign;
        if (left is null || right is null)
        {
            return null;
        }

        throw Evaluator.TypeError($"Type mismatch: cannot add {Values.TypeName(left)} and {Values.TypeName(right)}");
    }

    public static object? Scale(object? left, object? right, bool divide)
    {
        _ = divide;
        throw Evaluator.TypeError($"Type mismatch: cannot multiply {Values.TypeName(left)} and {Values.TypeName(right)}");
    }

    public static object? Component(object value, string key) =>
        throw Evaluator.TypeError($"Type mismatch: {Values.TypeName(value)} has no component {key}");
}
