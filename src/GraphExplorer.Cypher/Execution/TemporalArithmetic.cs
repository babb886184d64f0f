using System.Globalization;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Arithmetic on temporal values and their component accessors.</summary>
internal static partial class Temporal
{
    private const long NanosPerDay = 86_400_000_000_000L;

    public static object? Add(object? left, object? right, int sign)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (left is DurationValue a && right is DurationValue b)
        {
            return DurationValue.Normalised(a.Months + (sign * b.Months), a.Days + (sign * b.Days), a.Seconds + (sign * b.Seconds), a.Nanos + (sign * b.Nanos));
        }

        if (right is DurationValue d && left is not DurationValue)
        {
            return Shift(left, d, sign);
        }

        if (left is DurationValue d2 && sign > 0 && IsTemporal(right))
        {
            return Shift(right, d2, 1);
        }

        throw Evaluator.TypeError($"Type mismatch: cannot {(sign > 0 ? "add" : "subtract")} {Values.TypeName(left)} and {Values.TypeName(right)}");
    }

    private static long Mod(long a, long m) => ((a % m) + m) % m;

    private static object Shift(object value, DurationValue d, int sign)
    {
        var months = sign * d.Months;
        var days = sign * d.Days;
        var nanos = sign * ((d.Seconds * 1_000_000_000L) + d.Nanos);
        switch (value)
        {
            case DateValue date:
                {
                    var shifted = date.Date.AddMonths((int)months).AddDays((int)days);
                    // Whole days of the time part count for a date too.
                    return new DateValue(shifted.AddDays((int)(nanos / NanosPerDay)));
                }

            case LocalTimeValue t:
                return new LocalTimeValue(Mod(t.Nanos + nanos, NanosPerDay));
            case TimeValue t:
                return new TimeValue(Mod(t.Nanos + nanos, NanosPerDay), t.OffsetSeconds);
            case LocalDateTimeValue t:
                {
                    var (date, time) = ShiftDateTime(t.Date, t.Nanos, months, days, nanos);
                    return new LocalDateTimeValue(date, time);
                }

            case DateTimeValue t:
                {
                    var (date, time) = ShiftDateTime(t.Date, t.Nanos, months, days, nanos);
                    var offset = t.Zone is null ? t.OffsetSeconds : TemporalFunctions.ResolveZone(t.Zone, date, time).Offset;
                    return new DateTimeValue(date, time, offset, t.Zone);
                }

            default:
                throw Evaluator.TypeError($"Type mismatch: cannot add a duration to {Values.TypeName(value)}");
        }
    }

    private static (DateOnly, long) ShiftDateTime(DateOnly date, long time, long months, long days, long nanos)
    {
        var d = date.AddMonths((int)months).AddDays((int)days);
        var total = time + nanos;
        var dayShift = (long)Math.Floor((double)total / NanosPerDay);
        if (total - (dayShift * NanosPerDay) < 0)
        {
            dayShift--;
        }

        return (d.AddDays((int)dayShift), Mod(total, NanosPerDay));
    }

    public static object? Scale(object? left, object? right, bool divide)
    {
        if (left is null || right is null)
        {
            return null;
        }

        var (duration, factor) = left is DurationValue dl ? (dl, right) : (right as DurationValue, left);
        if (duration is null || factor is not (long or double) || (divide && left is not DurationValue))
        {
            throw Evaluator.TypeError($"Type mismatch: cannot multiply {Values.TypeName(left)} and {Values.TypeName(right)}");
        }

        var f = Convert.ToDecimal(factor, CultureInfo.InvariantCulture);
        if (divide)
        {
            if (f == 0)
            {
                throw new CypherRuntimeException("ArithmeticError", "/ by zero");
            }

            f = 1 / f;
        }

        return TemporalFunctions.Build(0, duration.Months * f, 0, duration.Days * f, 0, 0, duration.Seconds * f, 0, 0, duration.Nanos * f);
    }

    public static object? Component(object value, string key)
    {
        if (value is DurationValue d)
        {
            return DurationComponent(d, key);
        }

        DateOnly? date = value switch
        {
            DateValue v => v.Date,
            LocalDateTimeValue v => v.Date,
            DateTimeValue v => v.Date,
            _ => null,
        };
        long? nanos = value switch
        {
            LocalTimeValue v => v.Nanos,
            TimeValue v => v.Nanos,
            LocalDateTimeValue v => v.Nanos,
            DateTimeValue v => v.Nanos,
            _ => null,
        };
        int? offset = value switch
        {
            TimeValue v => v.OffsetSeconds,
            DateTimeValue v => v.OffsetSeconds,
            _ => null,
        };
        if (date is { } dt)
        {
            switch (key)
            {
                case "year":
                    return (long)dt.Year;
                case "quarter":
                    return (long)(((dt.Month - 1) / 3) + 1);
                case "month":
                    return (long)dt.Month;
                case "week":
                    return (long)ISOWeek.GetWeekOfYear(dt.ToDateTime(TimeOnly.MinValue));
                case "weekYear":
                    return (long)ISOWeek.GetYear(dt.ToDateTime(TimeOnly.MinValue));
                case "day":
                    return (long)dt.Day;
                case "ordinalDay":
                    return (long)dt.DayOfYear;
                case "dayOfWeek":
                case "weekDay":
                    return (long)TemporalFunctions.IsoDayOfWeek(dt);
                case "dayOfQuarter":
                    return (long)(dt.DayNumber - new DateOnly(dt.Year, (((dt.Month - 1) / 3) * 3) + 1, 1).DayNumber + 1);
            }
        }

        if (nanos is { } n)
        {
            switch (key)
            {
                case "hour":
                    return n / 3_600_000_000_000L;
                case "minute":
                    return n / 60_000_000_000L % 60;
                case "second":
                    return n / 1_000_000_000L % 60;
                case "millisecond":
                    return n / 1_000_000 % 1000;
                case "microsecond":
                    return n / 1000 % 1_000_000;
                case "nanosecond":
                    return n % 1_000_000_000L;
            }
        }

        if (offset is { } o)
        {
            switch (key)
            {
                case "timezone":
                    return value is DateTimeValue { Zone: { } z } ? z : TemporalText.Offset(o);
                case "offset":
                    return TemporalText.Offset(o);
                case "offsetMinutes":
                    return (long)(o / 60);
                case "offsetSeconds":
                    return (long)o;
            }
        }

        if (value is DateTimeValue dtv)
        {
            var (days, utc) = dtv.Instant;
            var epochSeconds = ((days - 719162) * 86400) + (utc / 1_000_000_000L);
            switch (key)
            {
                case "epochSeconds":
                    return epochSeconds;
                case "epochMillis":
                    return (epochSeconds * 1000) + (utc / 1_000_000 % 1000);
            }
        }

        return null;
    }

    private static long PositiveNanos(DurationValue d) => d.Nanos < 0 ? d.Nanos + 1_000_000_000L : d.Nanos;

    private static object? DurationComponent(DurationValue d, string key) => key switch
    {
        "years" => d.Months / 12,
        "quarters" => d.Months / 3,
        "months" => d.Months,
        "weeks" => d.Days / 7,
        "days" => d.Days,
        "hours" => d.Seconds / 3600,
        "minutes" => d.Seconds / 60,
        // The second is floored so that the fraction of it is never negative: -86399.9 s is -86400 s and 0.1 s.
        "seconds" => d.Nanos < 0 ? d.Seconds - 1 : d.Seconds,
        "milliseconds" => (d.Seconds * 1000) + (d.Nanos / 1_000_000),
        "microseconds" => (d.Seconds * 1_000_000) + (d.Nanos / 1000),
        "nanoseconds" => (d.Seconds * 1_000_000_000L) + d.Nanos,
        "quartersOfYear" => d.Months / 3 % 4,
        "monthsOfQuarter" => d.Months % 3,
        "monthsOfYear" => d.Months % 12,
        "daysOfWeek" => d.Days % 7,
        "minutesOfHour" => d.Seconds / 60 % 60,
        "secondsOfMinute" => d.Seconds % 60,
        "millisecondsOfSecond" => PositiveNanos(d) / 1_000_000,
        "microsecondsOfSecond" => PositiveNanos(d) / 1000,
        "nanosecondsOfSecond" => PositiveNanos(d),
        _ => null,
    };
}
