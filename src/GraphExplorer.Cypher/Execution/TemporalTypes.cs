using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Execution;

/// <summary>A calendar date (ISO-8601 <c>2015-07-21</c>).</summary>
internal sealed record DateValue(DateOnly Date) : IComparableTemporal
{
    public int? CompareTo(object other) => other is DateValue d ? Date.CompareTo(d.Date) : null;

    public override string ToString() => TemporalText.Date(Date);
}

/// <summary>A time of day without zone, in nanoseconds since midnight.</summary>
internal sealed record LocalTimeValue(long Nanos) : IComparableTemporal
{
    public int? CompareTo(object other) => other is LocalTimeValue t ? Nanos.CompareTo(t.Nanos) : null;

    public override string ToString() => TemporalText.Time(Nanos);
}

/// <summary>A time of day with a UTC offset.</summary>
internal sealed record TimeValue(long Nanos, int OffsetSeconds) : IComparableTemporal
{
    public long UtcNanos => Nanos - (OffsetSeconds * 1_000_000_000L);

    public int? CompareTo(object other) => other is TimeValue t ? UtcNanos.CompareTo(t.UtcNanos) : null;

    public override string ToString() => TemporalText.Time(Nanos) + TemporalText.Offset(OffsetSeconds);
}

/// <summary>A date and time without zone.</summary>
internal sealed record LocalDateTimeValue(DateOnly Date, long Nanos) : IComparableTemporal
{
    public int? CompareTo(object other) => other is LocalDateTimeValue t ? (Date.CompareTo(t.Date) is var c && c != 0 ? c : Nanos.CompareTo(t.Nanos)) : null;

    public override string ToString() => TemporalText.Date(Date) + "T" + TemporalText.Time(Nanos);
}

/// <summary>A date and time with an offset and optionally a named zone.</summary>
internal sealed record DateTimeValue(DateOnly Date, long Nanos, int OffsetSeconds, string? Zone) : IComparableTemporal
{
    public (long Days, long Nanos) Instant
    {
        get
        {
            var total = Nanos - (OffsetSeconds * 1_000_000_000L);
            var days = (long)Date.DayNumber + Math.DivRem(total, 86_400_000_000_000L, out var rem);
            if (rem < 0)
            {
                rem += 86_400_000_000_000L;
                days--;
            }

            return (days, rem);
        }
    }

    public int? CompareTo(object other) => other is DateTimeValue t ? Instant.CompareTo(t.Instant) : null;

    public bool Equals(DateTimeValue? other) => other is not null && Instant == other.Instant && OffsetSeconds == other.OffsetSeconds && Zone == other.Zone;

    public override int GetHashCode() => Instant.GetHashCode();

    public override string ToString()
    {
        var text = TemporalText.Date(Date) + "T" + TemporalText.Time(Nanos) + TemporalText.Offset(OffsetSeconds);
        return Zone is null ? text : text + "[" + Zone + "]";
    }
}

/// <summary>A duration in months, days, seconds and nanoseconds, kept apart as Cypher does.</summary>
internal sealed record DurationValue(long Months, long Days, long Seconds, long Nanos) : ITemporalValue
{
    public static DurationValue Normalised(long months, long days, long seconds, long nanos)
    {
        seconds += Math.DivRem(nanos, 1_000_000_000L, out var rem);
        if (rem < 0 && seconds > 0)
        {
            rem += 1_000_000_000L;
            seconds--;
        }
        else if (rem > 0 && seconds < 0)
        {
            rem -= 1_000_000_000L;
            seconds++;
        }

        return new DurationValue(months, days, seconds, rem);
    }

    public override string ToString()
    {
        if (Months == 0 && Days == 0 && Seconds == 0 && Nanos == 0)
        {
            return "PT0S";
        }

        var sb = new StringBuilder("P");
        var years = Months / 12;
        var months = Months % 12;
        if (years != 0)
        {
            sb.Append(years.ToString(CultureInfo.InvariantCulture)).Append('Y');
        }

        if (months != 0)
        {
            sb.Append(months.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (Days != 0)
        {
            sb.Append(Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (Seconds != 0 || Nanos != 0)
        {
            sb.Append('T');
            var hours = Seconds / 3600;
            var minutes = Seconds % 3600 / 60;
            var seconds = Seconds % 60;
            if (hours != 0)
            {
                sb.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (minutes != 0)
            {
                sb.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (seconds != 0 || Nanos != 0)
            {
                var nanos = Nanos;
                var negative = seconds < 0 || nanos < 0;
                if (negative)
                {
                    sb.Append('-');
                }

                sb.Append(Math.Abs(seconds).ToString(CultureInfo.InvariantCulture));
                if (nanos != 0)
                {
                    sb.Append('.').Append(Math.Abs(nanos).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                sb.Append('S');
            }
        }

        return sb.ToString();
    }
}

internal static class TemporalText
{
    public static string Date(DateOnly d) => d.Year is < 0 or > 9999
        ? (d.Year < 0 ? "-" : "+") + Math.Abs(d.Year).ToString("D4", CultureInfo.InvariantCulture) + d.ToString("-MM-dd", CultureInfo.InvariantCulture)
        : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(long nanos)
    {
        var h = nanos / 3_600_000_000_000L;
        var m = nanos / 60_000_000_000L % 60;
        var s = nanos / 1_000_000_000L % 60;
        var f = nanos % 1_000_000_000L;
        var text = string.Create(CultureInfo.InvariantCulture, $"{h:D2}:{m:D2}");
        if (s != 0 || f != 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $":{s:D2}");
            if (f != 0)
            {
                text += "." + f.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
            }
        }

        return text;
    }

    public static string Offset(int seconds)
    {
        if (seconds == 0)
        {
            return "Z";
        }

        var sign = seconds < 0 ? "-" : "+";
        var a = Math.Abs(seconds);
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{a / 3600:D2}:{a / 60 % 60:D2}");
        return a % 60 != 0 ? text + string.Create(CultureInfo.InvariantCulture, $":{a % 60:D2}") : text;
    }
}
