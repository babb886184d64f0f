using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphExplorer.Cypher.Execution;

/// <summary>The temporal constructors and functions (date(), duration.between(), truncation, ...).</summary>
internal static partial class TemporalFunctions
{
    private const long NanosPerSecond = 1_000_000_000L;
    private const long NanosPerDay = 86_400L * NanosPerSecond;
    private const long AverageSecondsPerMonth = 2_629_746L;

    private static CypherRuntimeException Bad(string message) => Evaluator.ArgumentError(message);

    public static object? Call(string name, object?[] args, DateTimeOffset statementTime)
    {
        if (args.Length == 1 && args[0] is null)
        {
            return null;
        }

        switch (name)
        {
            case "date":
            case "localtime":
            case "time":
            case "localdatetime":
            case "datetime":
            case "date.transaction":
            case "date.statement":
            case "date.realtime":
            case "localtime.transaction":
            case "localtime.statement":
            case "localtime.realtime":
            case "time.transaction":
            case "time.statement":
            case "time.realtime":
            case "localdatetime.transaction":
            case "localdatetime.statement":
            case "localdatetime.realtime":
            case "datetime.transaction":
            case "datetime.statement":
            case "datetime.realtime":
                {
                    var kind = name.Split('.')[0];
                    return args.Length == 0 ? Now(kind, name.EndsWith(".realtime", StringComparison.Ordinal) ? TimeProvider.System.GetUtcNow() : statementTime) : Construct(kind, args[0]!);
                }

            case "datetime.fromepoch":
                return FromEpoch(Convert.ToInt64(args[0], CultureInfo.InvariantCulture), Convert.ToInt64(args[1], CultureInfo.InvariantCulture));
            case "datetime.fromepochmillis":
                {
                    var ms = Convert.ToInt64(args[0], CultureInfo.InvariantCulture);
                    return FromEpoch(Math.DivRem(ms, 1000, out var rem) - (rem < 0 ? 1 : 0), ((rem + 1000) % 1000) * 1_000_000);
                }

            case "duration":
                return args[0] switch
                {
                    string s => ParseDuration(s),
                    IReadOnlyDictionary<string, object?> map => DurationFromMap(map),
                    _ => throw Evaluator.TypeError("duration() expects a string or a map"),
                };
            case "duration.between":
                return args[0] is null || args[1] is null ? null : Between(args[0]!, args[1]!, "between");
            case "duration.inmonths":
                return args[0] is null || args[1] is null ? null : Between(args[0]!, args[1]!, "months");
            case "duration.indays":
                return args[0] is null || args[1] is null ? null : Between(args[0]!, args[1]!, "days");
            case "duration.inseconds":
                return args[0] is null || args[1] is null ? null : Between(args[0]!, args[1]!, "seconds");
            case "date.truncate":
            case "localtime.truncate":
            case "time.truncate":
            case "localdatetime.truncate":
            case "datetime.truncate":
                return args[1] is null ? null : Truncate(name.Split('.')[0], (string)args[0]!, args[1]!, args.Length > 2 ? args[2] as IReadOnlyDictionary<string, object?> : null);
            default:
                throw new CypherSemanticException("SyntaxError", $"Unknown function '{name}'") { Detail = "UnknownFunction" };
        }
    }

    private static object Now(string kind, DateTimeOffset now)
    {
        var date = DateOnly.FromDateTime(now.UtcDateTime);
        var nanos = now.UtcDateTime.TimeOfDay.Ticks * 100;
        return Make(kind, date, nanos, 0, null);
    }

    private static object Make(string kind, DateOnly date, long nanos, int offset, string? zone) => kind switch
    {
        "date" => new DateValue(date),
        "localtime" => new LocalTimeValue(nanos),
        "time" => new TimeValue(nanos, offset),
        "localdatetime" => new LocalDateTimeValue(date, nanos),
        _ => new DateTimeValue(date, nanos, offset, zone),
    };

    private static DateTimeValue FromEpoch(long seconds, long nanos)
    {
        var days = Math.DivRem(seconds, 86400, out var rem);
        if (rem < 0)
        {
            rem += 86400;
            days--;
        }

        return new DateTimeValue(DateOnly.FromDayNumber((int)(days + 719162)), (rem * NanosPerSecond) + nanos, 0, null);
    }

    // ------------------------------------------------------------------ parts of a temporal value

    private sealed record Parts(DateOnly? Date, long? Nanos, int? Offset, string? Zone);

    private static Parts PartsOf(object value) => value switch
    {
        DateValue d => new Parts(d.Date, null, null, null),
        LocalTimeValue t => new Parts(null, t.Nanos, null, null),
        TimeValue t => new Parts(null, t.Nanos, t.OffsetSeconds, null),
        LocalDateTimeValue t => new Parts(t.Date, t.Nanos, null, null),
        DateTimeValue t => new Parts(t.Date, t.Nanos, t.OffsetSeconds, t.Zone),
        _ => throw Evaluator.TypeError($"Type mismatch: expected a temporal value but was {Values.TypeName(value)}"),
    };

    private static object Construct(string kind, object arg)
    {
        if (arg is string s)
        {
            return Parse(kind, s);
        }

        if (arg is IReadOnlyDictionary<string, object?> map)
        {
            return FromMap(kind, map);
        }

        if (Temporal.IsTemporal(arg) && arg is not DurationValue)
        {
            return FromMap(kind, new Dictionary<string, object?> { [kind is "date" ? "date" : kind is "localtime" or "time" ? "time" : "datetime"] = arg });
        }

        throw Evaluator.TypeError($"Type mismatch: {kind}() expects a string or a map");
    }

    private static long? L(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) && v is not null ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;

    private static object FromMap(string kind, IReadOnlyDictionary<string, object?> input)
    {
        var map = new Dictionary<string, object?>(input.Select(p => new KeyValuePair<string, object?>(p.Key.ToLowerInvariant(), p.Value)), StringComparer.Ordinal);
        if (kind == "datetime" && (map.ContainsKey("epochseconds") || map.ContainsKey("epochmillis")))
        {
            var result = map.ContainsKey("epochmillis")
                ? (DateTimeValue)Call("datetime.fromepochmillis", [map["epochmillis"]], default)!
                : FromEpoch(L(map, "epochseconds")!.Value, (L(map, "nanosecond") ?? 0) + ((L(map, "microsecond") ?? 0) * 1000) + ((L(map, "millisecond") ?? 0) * 1_000_000));
            return map.TryGetValue("timezone", out var z) && z is string zone ? InZone(result, zone) : result;
        }

        Parts? baseDate = null, baseTime = null;
        if (map.TryGetValue("datetime", out var dtv) && dtv is not null)
        {
            baseDate = baseTime = PartsOf(dtv);
        }

        if (map.TryGetValue("date", out var dv) && dv is not null)
        {
            baseDate = PartsOf(dv);
            if (baseTime is null && PartsOf(dv).Nanos is not null && kind is "localtime" or "time")
            {
                baseTime = PartsOf(dv);
            }
        }

        if (map.TryGetValue("time", out var tv) && tv is not null)
        {
            baseTime = PartsOf(tv);
        }

        DateOnly date = default;
        if (kind is "date" or "localdatetime" or "datetime")
        {
            date = BuildDate(map, baseDate?.Date);
        }

        long nanos = 0;
        if (kind is not "date")
        {
            nanos = BuildTime(map, baseTime?.Nanos);
        }

        if (kind is "date" or "localtime" or "localdatetime")
        {
            return Make(kind, date, nanos, 0, null);
        }

        // Zoned: from the base's zone, converted when another zone is asked for.
        // Only a selected time (or datetime) carries its zone over; a date taken from a zoned value does not.
        var sourceZone = baseTime?.Zone;
        var sourceOffset = sourceZone is not null && kind == "datetime" ? ResolveZone(sourceZone, date, nanos).Offset : baseTime?.Offset;
        var zoneText = map.TryGetValue("timezone", out var tz) ? tz as string : null;
        if (zoneText is not null && sourceOffset is not null && (baseTime?.Offset is not null))
        {
            // Convert the instant into the requested zone.
            var instant = new DateTimeValue(date, nanos, sourceOffset.Value, sourceZone);
            if (kind == "time")
            {
                var (off, _) = ResolveZone(zoneText, date, nanos);
                var utc = nanos - (sourceOffset.Value * NanosPerSecond);
                return new TimeValue(Mod(utc + (off * NanosPerSecond), NanosPerDay), off);
            }

            return InZone(instant, zoneText);
        }

        if (zoneText is not null)
        {
            var (off, zoneName) = ResolveZone(zoneText, date, nanos);
            return kind == "time" ? new TimeValue(nanos, off) : new DateTimeValue(date, nanos, off, zoneName);
        }

        if (sourceOffset is not null)
        {
            if (sourceZone is not null && kind == "datetime")
            {
                var (off, _) = ResolveZone(sourceZone, date, nanos);
                return new DateTimeValue(date, nanos, off, sourceZone);
            }

            return kind == "time" ? new TimeValue(nanos, sourceOffset.Value) : new DateTimeValue(date, nanos, sourceOffset.Value, sourceZone);
        }

        return kind == "time" ? new TimeValue(nanos, 0) : new DateTimeValue(date, nanos, 0, null);
    }

    private static long Mod(long a, long m) => ((a % m) + m) % m;

    private static DateTimeValue InZone(DateTimeValue value, string zoneText)
    {
        var (days, utcNanos) = value.Instant;
        var utcDate = DateOnly.FromDayNumber((int)days);
        var (offset, zone) = ResolveZoneAtUtc(zoneText, utcDate, utcNanos);
        var local = utcNanos + (offset * NanosPerSecond);
        var dayShift = (int)Math.Floor((double)local / NanosPerDay);
        return new DateTimeValue(utcDate.AddDays(dayShift), Mod(local, NanosPerDay), offset, zone);
    }

    private static DateOnly BuildDate(Dictionary<string, object?> map, DateOnly? baseDate)
    {
        var year = L(map, "year");
        if (map.ContainsKey("week"))
        {
            var weekYear = year ?? (baseDate is { } b0 ? ISOWeek.GetYear(b0.ToDateTime(TimeOnly.MinValue)) : throw Bad("year is required"));
            var dow = L(map, "dayofweek") ?? (baseDate is { } b1 ? IsoDayOfWeek(b1) : 1);
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime((int)weekYear, 1, DayOfWeek.Monday));
            return monday.AddDays((int)(((L(map, "week")!.Value - 1) * 7) + (dow - 1)));
        }

        if (baseDate is { } bd && year is null && !map.ContainsKey("ordinalday") && !map.ContainsKey("quarter"))
        {
            return Safe(() => new DateOnly(bd.Year, (int)(L(map, "month") ?? bd.Month), (int)(L(map, "day") ?? bd.Day)));
        }

        var y = (int)(year ?? baseDate?.Year ?? throw Bad("year is required"));
        if (map.ContainsKey("ordinalday"))
        {
            return new DateOnly(y, 1, 1).AddDays((int)L(map, "ordinalday")!.Value - 1);
        }

        if (map.ContainsKey("quarter"))
        {
            var q = (int)L(map, "quarter")!.Value;
            var start = new DateOnly(y, ((q - 1) * 3) + 1, 1);
            var doq = L(map, "dayofquarter");
            if (doq is null && baseDate is { } bq)
            {
                doq = bq.DayNumber - new DateOnly(bq.Year, (((bq.Month - 1) / 3) * 3) + 1, 1).DayNumber + 1;
            }

            return start.AddDays((int)(doq ?? 1) - 1);
        }

        var month = (int)(L(map, "month") ?? baseDate?.Month ?? 1);
        var day = (int)(L(map, "day") ?? baseDate?.Day ?? 1);
        return Safe(() => new DateOnly(y, month, day));
    }

    private static T Safe<T>(Func<T> f)
    {
        try
        {
            return f();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw Bad("Invalid value for a temporal component: " + e.Message);
        }
    }

    internal static int IsoDayOfWeek(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    private static long BuildTime(Dictionary<string, object?> map, long? baseNanos)
    {
        var b = baseNanos ?? 0;
        var hour = L(map, "hour") ?? (b / 3_600_000_000_000L);
        var minute = L(map, "minute") ?? (b / 60_000_000_000L % 60);
        var second = L(map, "second") ?? (b / NanosPerSecond % 60);
        var baseFraction = b % NanosPerSecond;
        long fraction;
        if (map.ContainsKey("millisecond") || map.ContainsKey("microsecond") || map.ContainsKey("nanosecond"))
        {
            var ms = L(map, "millisecond");
            var us = L(map, "microsecond");
            var ns = L(map, "nanosecond");
            fraction = ((ms ?? (baseFraction / 1_000_000)) * 1_000_000)
                + ((us ?? (ms is null ? baseFraction / 1000 % 1000 : 0)) * 1000)
                + (ns ?? (ms is null && us is null ? baseFraction % 1000 : 0));
            if (ms is not null && us is null && ns is null)
            {
                fraction = (ms.Value * 1_000_000) + (baseFraction % 1_000_000);
            }
        }
        else
        {
            fraction = baseFraction;
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            throw Bad("Invalid value for a time component");
        }

        return (hour * 3_600_000_000_000L) + (minute * 60_000_000_000L) + (second * NanosPerSecond) + fraction;
    }

    internal static (int Offset, string? Zone) ResolveZone(string text, DateOnly date, long nanos)
    {
        if (TryParseOffset(text, out var offset))
        {
            return (offset, null);
        }

        var zone = FindZone(text);
        var local = date.ToDateTime(TimeOnly.MinValue).AddTicks(nanos / 100);
        return ((int)zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)).TotalSeconds, text);
    }

    private static (int Offset, string? Zone) ResolveZoneAtUtc(string text, DateOnly utcDate, long utcNanos)
    {
        if (TryParseOffset(text, out var offset))
        {
            return (offset, null);
        }

        var zone = FindZone(text);
        var utc = DateTime.SpecifyKind(utcDate.ToDateTime(TimeOnly.MinValue).AddTicks(utcNanos / 100), DateTimeKind.Utc);
        return ((int)zone.GetUtcOffset(utc).TotalSeconds, text);
    }

    private static TimeZoneInfo FindZone(string name)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw Bad($"Invalid time zone: {name}");
        }
    }

    private static bool TryParseOffset(string text, out int seconds)
    {
        seconds = 0;
        if (text == "Z")
        {
            return true;
        }

        var m = OffsetPattern().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var sign = m.Groups[1].Value == "-" ? -1 : 1;
        var h = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var min = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        var sec = m.Groups[4].Success ? int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : 0;
        seconds = sign * ((h * 3600) + (min * 60) + sec);
        return true;
    }

    [GeneratedRegex(@"^([+-])(\d{2}):?(\d{2})?(?::?(\d{2}))?$")]
    private static partial Regex OffsetPattern();

    // ------------------------------------------------------------------ parsing strings

    [GeneratedRegex(@"^([+-]\d{4,9}|\d{4})(?:-?(?:W(\d{2})(?:-?(\d))?|(\d{2})(?:-?(\d{2}))?|(\d{3})))?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(.*?)(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[([^\]]+)\])?$")]
    private static partial Regex ZonedTimePattern();

    private static object Parse(string kind, string text)
    {
        text = text.Trim();
        string datePart = text, timePart = string.Empty;
        if (kind is "localdatetime" or "datetime")
        {
            var t = text.IndexOf('T', StringComparison.Ordinal);
            datePart = t < 0 ? text : text[..t];
            timePart = t < 0 ? string.Empty : text[(t + 1)..];
        }
        else if (kind is "localtime" or "time")
        {
            datePart = string.Empty;
            timePart = text;
        }

        var date = datePart.Length > 0 ? ParseDate(datePart) : default;
        long nanos = 0;
        int? offset = null;
        string? zone = null;
        if (timePart.Length > 0)
        {
            var zm = ZonedTimePattern().Match(timePart);
            var clock = zm.Groups[1].Value;
            nanos = ParseTime(clock);
            if (zm.Groups[2].Success && zm.Groups[2].Value.Length > 0)
            {
                TryParseOffset(zm.Groups[2].Value, out var o);
                offset = o;
            }

            if (zm.Groups[3].Success)
            {
                zone = zm.Groups[3].Value;
            }
        }

        if (kind is "date" or "localtime" or "localdatetime")
        {
            return Make(kind, date, nanos, 0, null);
        }

        if (zone is not null)
        {
            var (off, _) = ResolveZone(zone, date, nanos);
            return kind == "time" ? new TimeValue(nanos, off) : new DateTimeValue(date, nanos, off, zone);
        }

        return kind == "time" ? new TimeValue(nanos, offset ?? 0) : new DateTimeValue(date, nanos, offset ?? 0, null);
    }

    private static DateOnly ParseDate(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success)
        {
            throw Bad($"Text cannot be parsed to a Date: '{text}'");
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return Safe(() =>
        {
            if (m.Groups[2].Success)
            {
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, 1, DayOfWeek.Monday));
                var dow = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
                return monday.AddDays(((int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - 1) * 7) + dow - 1);
            }

            if (m.Groups[6].Success)
            {
                return new DateOnly(year, 1, 1).AddDays(int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture) - 1);
            }

            var month = m.Groups[4].Success ? int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : 1;
            var day = m.Groups[5].Success ? int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture) : 1;
            return new DateOnly(year, month, day);
        });
    }

    private static long ParseTime(string text)
    {
        var m = TimePattern().Match(text);
        if (!m.Success)
        {
            throw Bad($"Text cannot be parsed to a Time: '{text}'");
        }

        long G(int i) => m.Groups[i].Success ? long.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = m.Groups[4].Success ? long.Parse(m.Groups[4].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        return (G(1) * 3_600_000_000_000L) + (G(2) * 60_000_000_000L) + (G(3) * NanosPerSecond) + fraction;
    }

    // ------------------------------------------------------------------ durations

    [GeneratedRegex(@"^([+-])?P(?:([+-]?[\d.]+)Y)?(?:([+-]?[\d.]+)M)?(?:([+-]?[\d.]+)W)?(?:([+-]?[\d.]+)D)?(?:T(?:([+-]?[\d.]+)H)?(?:([+-]?[\d.]+)M)?(?:([+-]?[\d.,]+)S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^P(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)$")]
    private static partial Regex DurationDatePattern();

    private static DurationValue ParseDuration(string text)
    {
        var alt = DurationDatePattern().Match(text);
        if (alt.Success)
        {
            decimal D(int i) => decimal.Parse(alt.Groups[i].Value, CultureInfo.InvariantCulture);
            return Build(D(1), D(2), 0, D(3), D(4), D(5), D(6), 0, 0, 0);
        }

        var m = DurationPattern().Match(text);
        if (!m.Success || text == "P" || text.EndsWith('T'))
        {
            throw Bad($"Text cannot be parsed to a Duration: '{text}'");
        }

        decimal G(int i) => m.Groups[i].Success ? decimal.Parse(m.Groups[i].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        var d = Build(G(2), G(3), G(4), G(5), G(6), G(7), G(8), 0, 0, 0);
        return m.Groups[1].Value == "-" ? new DurationValue(-d.Months, -d.Days, -d.Seconds, -d.Nanos) : d;
    }

    private static DurationValue DurationFromMap(IReadOnlyDictionary<string, object?> input)
    {
        var map = input.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);
        decimal G(string key) => map.TryGetValue(key, out var v) && v is not null ? Convert.ToDecimal(v, CultureInfo.InvariantCulture) : 0;
        return Build(G("years"), G("months"), G("weeks"), G("days"), G("hours"), G("minutes"), G("seconds"), G("milliseconds"), G("microseconds"), G("nanoseconds"));
    }

    internal static DurationValue Build(decimal years, decimal months, decimal weeks, decimal days, decimal hours, decimal minutes, decimal seconds, decimal ms, decimal us, decimal ns)
    {
        var totalMonths = (years * 12) + months;
        var wholeMonths = decimal.Truncate(totalMonths);
        var totalDays = (weeks * 7) + days;
        var wholeDays = decimal.Truncate(totalDays);
        // A fraction of a month becomes whole days (of the average month) and the rest time, as Neo4j splits it.
        var monthFraction = (totalMonths - wholeMonths) * AverageSecondsPerMonth * NanosPerSecond;
        var monthFractionDays = decimal.Truncate(monthFraction / NanosPerDay);
        wholeDays += monthFractionDays;
        var totalNanos = (monthFraction - (monthFractionDays * NanosPerDay))
            + ((totalDays - decimal.Truncate(totalDays)) * NanosPerDay)
            + (hours * 3600m * NanosPerSecond) + (minutes * 60m * NanosPerSecond) + (seconds * NanosPerSecond)
            + (ms * 1_000_000m) + (us * 1000m) + ns;
        var nanos = (long)decimal.Truncate(totalNanos);
        return DurationValue.Normalised((long)wholeMonths, (long)wholeDays, 0, nanos);
    }

    // ------------------------------------------------------------------ between

    private static object Between(object a, object b, string mode)
    {
        var pa = PartsOf(a);
        var pb = PartsOf(b);
        if (pa.Offset is null != pb.Offset is null)
        {
            // A local value is read in the zone of the other one, at its own date and time (so across a change of
            // daylight saving time the hours are counted as they passed).
            var zoned = pa.Offset is not null ? pa : pb;
            var local = pa.Offset is not null ? pb : pa;
            var offset = zoned.Zone is not null ? ResolveZone(zoned.Zone, local.Date ?? zoned.Date ?? default, local.Nanos ?? 0).Offset : zoned.Offset!.Value;
            (pa, pb) = pa.Offset is not null ? (pa, pb with { Offset = offset }) : (pa with { Offset = offset }, pb);
        }

        var bothDates = pa.Date is not null && pb.Date is not null;
        long nanosA = pa.Nanos ?? 0, nanosB = pb.Nanos ?? 0;
        var dateA = pa.Date ?? pb.Date ?? default;
        var dateB = pb.Date ?? pa.Date ?? default;
        if (pa.Offset is not null && pb.Offset is not null)
        {
            // Compare instants: shift b into a's offset.
            var shift = (long)(pa.Offset.Value - pb.Offset.Value) * NanosPerSecond;
            nanosB += shift;
            var days = (int)Math.Floor((double)nanosB / NanosPerDay);
            nanosB = Mod(nanosB, NanosPerDay);
            dateB = dateB.AddDays(days);
        }

        if (!bothDates)
        {
            dateA = dateB = pa.Date ?? pb.Date ?? default;
            if (pa.Date is null || pb.Date is null)
            {
                dateA = dateB;
            }
        }

        var totalNanos = ((long)(dateB.DayNumber - dateA.DayNumber) * NanosPerDay) + (nanosB - nanosA);
        if (mode == "seconds")
        {
            return DurationValue.Normalised(0, 0, 0, totalNanos);
        }

        if (mode == "days")
        {
            return new DurationValue(0, totalNanos / NanosPerDay, 0, 0);
        }

        // Whole months first, then days, then the time of day.
        var months = 0L;
        if (bothDates)
        {
            months = ((dateB.Year - dateA.Year) * 12L) + (dateB.Month - dateA.Month);
            var probe = dateA.AddMonths((int)months);
            var probeNanos = ((long)(dateB.DayNumber - probe.DayNumber) * NanosPerDay) + (nanosB - nanosA);
            if (months > 0 && probeNanos < 0)
            {
                months--;
            }
            else if (months < 0 && probeNanos > 0)
            {
                months++;
            }
        }

        if (mode == "months")
        {
            return new DurationValue(months, 0, 0, 0);
        }

        var afterMonths = bothDates ? dateA.AddMonths((int)months) : dateA;
        var rest = ((long)(dateB.DayNumber - afterMonths.DayNumber) * NanosPerDay) + (nanosB - nanosA);
        var restDays = rest / NanosPerDay;
        var restNanos = rest % NanosPerDay;
        return DurationValue.Normalised(months, restDays, 0, restNanos);
    }

    // ------------------------------------------------------------------ truncation

    private static object Truncate(string kind, string unit, object value, IReadOnlyDictionary<string, object?>? overrides)
    {
        var p = PartsOf(value);
        var date = p.Date ?? default;
        var nanos = p.Nanos ?? 0;
        switch (unit)
        {
            case "millennium":
                date = new DateOnly(date.Year / 1000 * 1000 == 0 ? 1 : date.Year / 1000 * 1000, 1, 1);
                nanos = 0;
                break;
            case "century":
                date = new DateOnly(Math.Max(1, date.Year / 100 * 100), 1, 1);
                nanos = 0;
                break;
            case "decade":
                date = new DateOnly(Math.Max(1, date.Year / 10 * 10), 1, 1);
                nanos = 0;
                break;
            case "year":
                date = new DateOnly(date.Year, 1, 1);
                nanos = 0;
                break;
            case "weekYear":
                date = DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), 1, DayOfWeek.Monday));
                nanos = 0;
                break;
            case "quarter":
                date = new DateOnly(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);
                nanos = 0;
                break;
            case "month":
                date = new DateOnly(date.Year, date.Month, 1);
                nanos = 0;
                break;
            case "week":
                date = date.AddDays(1 - IsoDayOfWeek(date));
                nanos = 0;
                break;
            case "day":
                nanos = 0;
                break;
            case "hour":
                nanos -= nanos % 3_600_000_000_000L;
                break;
            case "minute":
                nanos -= nanos % 60_000_000_000L;
                break;
            case "second":
                nanos -= nanos % NanosPerSecond;
                break;
            case "millisecond":
                nanos -= nanos % 1_000_000;
                break;
            case "microsecond":
                nanos -= nanos % 1000;
                break;
            default:
                throw Bad($"Unit {unit} is not supported for truncation");
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (kind is "date" or "localdatetime" or "datetime")
        {
            map["date"] = new DateValue(date);
        }

        if (kind is not "date")
        {
            map["time"] = new LocalTimeValue(nanos);
        }

        if (kind is "time" or "datetime")
        {
            if (p.Zone is not null)
            {
                map["timezone"] = p.Zone;
            }
            else if (p.Offset is not null)
            {
                map["timezone"] = TemporalText.Offset(p.Offset.Value);
            }
        }

        foreach (var (k, v) in overrides ?? new Dictionary<string, object?>())
        {
            map[k] = v;
        }

        if (overrides is not null && overrides.Keys.Any(k => k.Equals("dayOfWeek", StringComparison.OrdinalIgnoreCase)) && unit is "week" or "weekYear")
        {
            var d = date.AddDays((int)Convert.ToInt64(overrides.First(o => o.Key.Equals("dayOfWeek", StringComparison.OrdinalIgnoreCase)).Value, CultureInfo.InvariantCulture) - 1);
            map["date"] = new DateValue(d);
            map.Remove("dayOfWeek");
        }

        return FromMap(kind, map);
    }
}
