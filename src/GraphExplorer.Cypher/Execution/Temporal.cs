namespace GraphExplorer.Cypher.Execution;

/// <summary>Temporal values (date, time, datetime, duration): placeholders until the temporal functions land.</summary>
internal static partial class Temporal
{
    public static bool IsTemporal(object? v) => v is ITemporalValue;

    public static bool? Equal(object a, object b) => a.GetType() == b.GetType() && Compare(a, b) == 0 ? true : a.GetType() == b.GetType() && a is DurationValue ? a.Equals(b) : false;

    public static int? Compare(object a, object b) =>
        a.GetType() == b.GetType() && a is IComparableTemporal ca ? ca.CompareTo(b) : null;

    public static int OrderCompare(object a, object b)
    {
        var ra = Rank(a);
        var rb = Rank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        return a is IComparableTemporal ca ? ca.CompareTo(b) ?? 0 : string.CompareOrdinal(a.ToString(), b.ToString());
    }

    public static int Hash(object v) => v.GetHashCode();

    private static int Rank(object v) => v switch
    {
        DateTimeValue => 0,
        LocalDateTimeValue => 1,
        DateValue => 2,
        TimeValue => 3,
        LocalTimeValue => 4,
        _ => 5,
    };
}

internal interface ITemporalValue;

internal interface IComparableTemporal : ITemporalValue
{
    int? CompareTo(object other);
}

internal static partial class Temporal
{
    private static readonly HashSet<string> Constructors = new(StringComparer.Ordinal) { "date", "localtime", "time", "localdatetime", "datetime", "duration" };

    public static bool IsConstructor(string name) => Constructors.Contains(name);

    public static object? Call(string name, object?[] args, Evaluator evaluator)
    {
        return TemporalFunctions.Call(name, args, evaluator.StatementTime);
    }
}
