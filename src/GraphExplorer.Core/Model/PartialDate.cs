using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Model;

/// <summary>
/// A date known to a year, a month or a day (<c>2024</c>, <c>2024-08</c>, <c>2024-08-06</c>). The precision is kept:
/// a date known only to the month covers every day of that month, so it is neither before nor after a day inside it.
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Gets the year (1000 to 9999).</summary>
    public int Year { get; }

    /// <summary>Gets the month (1 to 12), or 0 when only the year is known.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month, or 0 when only the year or month is known.</summary>
    public int Day { get; }

    public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Gets the first day the date can stand for.</summary>
    public DateOnly FirstDay => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>Gets the last day the date can stand for.</summary>
    public DateOnly LastDay => Day != 0
        ? new DateOnly(Year, Month, Day)
        : Month != 0
            ? new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month))
            : new DateOnly(Year, 12, 31);

    /// <summary>Gets a compact sortable number (yyyymmdd with zeros for unknown parts); 0 is never a valid date.</summary>
    public int Packed => (Year * 10000) + (Month * 100) + Day;

    public static PartialDate FromPacked(int packed) => new(packed / 10000, packed / 100 % 100, packed % 100);

    public static PartialDate Of(int year, int month = 0, int day = 0)
    {
        if (!IsValid(year, month, day, out var reason))
        {
            throw new ArgumentOutOfRangeException(nameof(year), reason);
        }

        return new PartialDate(year, month, day);
    }

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>; the error says what is wrong.</summary>
    public static bool TryParse(string? text, out PartialDate date, out string? error)
    {
        date = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the date is empty";
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            error = $"'{text}' is not a date of the form yyyy, yyyy-mm or yyyy-mm-dd";
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                error = $"'{text}' is not a date of the form yyyy, yyyy-mm or yyyy-mm-dd";
                return false;
            }
        }

        if (!IsValid(numbers[0], numbers[1], numbers[2], out var reason) || (parts.Length > 1 && numbers[1] == 0) || (parts.Length > 2 && numbers[2] == 0))
        {
            error = $"'{text}' is not a valid date: {reason ?? "month and day start at 01"}";
            return false;
        }

        date = new PartialDate(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>True when every day this date can stand for comes before every day <paramref name="other"/> can.</summary>
    public bool IsBefore(PartialDate other) => LastDay < other.FirstDay;

    /// <summary>True when every day this date can stand for comes after every day <paramref name="other"/> can.</summary>
    public bool IsAfter(PartialDate other) => FirstDay > other.LastDay;

    /// <summary>True when the two dates cannot be ordered at the precision known (same month, same year, same day).</summary>
    public bool IsIndistinguishableFrom(PartialDate other) => !IsBefore(other) && !IsAfter(other);

    /// <summary>Orders by first possible day, then by precision (coarser first); a total order for sorting only.</summary>
    public int CompareTo(PartialDate other) => Packed.CompareTo(other.Packed);

    /// <summary>Whole months from the first day of this date to the first day of <paramref name="later"/>.</summary>
    public int MonthsUntil(PartialDate later) =>
        ((later.Year - Year) * 12) + ((later.Month == 0 ? 1 : later.Month) - (Month == 0 ? 1 : Month));

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    internal static bool IsValid(int year, int month, int day, out string? reason)
    {
        reason = null;
        if (year is < 1000 or > 9999)
        {
            reason = "the year must have four digits";
        }
        else if (month is < 0 or > 12)
        {
            reason = "the month must be 01 to 12";
        }
        else if (day != 0 && (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            reason = "the day does not exist in that month";
        }

        return reason is null;
    }
}

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>Writes a partial date as its ISO-8601 text (<c>"2024-08"</c>).</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.Number
            ? reader.GetInt32().ToString(CultureInfo.InvariantCulture)
            : reader.GetString();
        return PartialDate.TryParse(text, out var date, out var error) ? date : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
