using System.Text.Json;
using FsCheck.Xunit;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024", 2024, 0, 0, DatePrecision.Year)]
    [InlineData("2024-08", 2024, 8, 0, DatePrecision.Month)]
    [InlineData("2024-08-06", 2024, 8, 6, DatePrecision.Day)]
    [InlineData("2024-02-29", 2024, 2, 29, DatePrecision.Day)]
    [InlineData("  1999-12 ", 1999, 12, 0, DatePrecision.Month)]
    public void TryParse_ValidForms_KeepYearMonthDayAndPrecision(string text, int year, int month, int day, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out var error), error);
        Assert.Null(error);
        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
    }

    [Theory]
    [InlineData(null, "the date is empty")]
    [InlineData("   ", "the date is empty")]
    [InlineData("24", "'24' is not a date of the form yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("2024-8", "is not a date of the form")]
    [InlineData("2024/08", "is not a date of the form")]
    [InlineData("2024-08-06-01", "is not a date of the form")]
    [InlineData("+202", "is not a date of the form")]
    [InlineData("２０２４", "is not a date of the form")]
    [InlineData("August 2024", "is not a date of the form")]
    [InlineData("0999", "the year must have four digits")]
    [InlineData("2024-13", "'2024-13' is not a valid date: the month must be 01 to 12")]
    [InlineData("2024-00", "month and day start at 01")]
    [InlineData("2024-08-00", "month and day start at 01")]
    [InlineData("2024-02-30", "the day does not exist in that month")]
    [InlineData("2023-02-29", "the day does not exist in that month")]
    [InlineData("2024-04-31", "the day does not exist in that month")]
    public void TryParse_InvalidText_FailsWithMessageNamingTheProblem(string? text, string expectedMessagePart)
    {
        Assert.False(PartialDate.TryParse(text, out var date, out var error));
        Assert.Equal(default, date);
        Assert.NotNull(error);
        Assert.Contains(expectedMessagePart, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsFormatExceptionWithTheReason()
    {
        var ex = Assert.Throws<FormatException>(() => PartialDate.Parse("2024-13"));
        Assert.Contains("the month must be 01 to 12", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999, 0, 0)]
    [InlineData(2024, 13, 0)]
    [InlineData(2024, 0, 5)]
    [InlineData(2023, 2, 29)]
    public void Of_ImpossibleParts_Throws(int year, int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.Of(year, month, day));

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2024-08-06", "2024-08-06", "2024-08-06")]
    public void FirstDayLastDay_CoverEveryDayTheDateCanMean(string text, string first, string last)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.LastDay);
    }

    [Theory]
    // A month is neither before nor after a day inside it, nor a year before a month inside it.
    [InlineData("2024-08", "2024-08-06", false, false)]
    [InlineData("2024", "2024-08", false, false)]
    [InlineData("2024", "2024-12-31", false, false)]
    [InlineData("2024-08", "2024-08", false, false)]
    // Once the spans do not touch, the order is known whatever the precisions.
    [InlineData("2024-07", "2024-08-01", true, false)]
    [InlineData("2024-07-31", "2024-08", true, false)]
    [InlineData("2023", "2024-01", true, false)]
    [InlineData("2024-08", "2024-07", false, true)]
    [InlineData("2025", "2024-12-31", false, true)]
    public void IsBeforeIsAfter_RespectThePrecisionKnown(string left, string right, bool before, bool after)
    {
        var a = PartialDate.Parse(left);
        var b = PartialDate.Parse(right);
        Assert.Equal(before, a.IsBefore(b));
        Assert.Equal(after, a.IsAfter(b));
        Assert.Equal(!before && !after, a.IsIndistinguishableFrom(b));
        Assert.Equal(a.IsIndistinguishableFrom(b), b.IsIndistinguishableFrom(a));
        Assert.Equal(before, b.IsAfter(a));
    }

    [Fact]
    public void CompareTo_SameFirstDay_SortsCoarserFirstThenByDay()
    {
        var dates = new[] { "2024-01-01", "2023-12-31", "2024-01", "2024", "2024-02" }.Select(PartialDate.Parse).ToList();
        dates.Sort();
        Assert.Equal(["2023-12-31", "2024", "2024-01", "2024-01-01", "2024-02"], dates.Select(d => d.ToString()));
        Assert.True(PartialDate.Parse("2024") < PartialDate.Parse("2024-01"));
        Assert.True(PartialDate.Parse("2024-08") >= PartialDate.Parse("2024-08"));
    }

    [Theory]
    [InlineData("2024-08", "2025-02", 6)]
    [InlineData("2024", "2024-08", 7)]
    [InlineData("2024-08-31", "2024-09-01", 1)]
    [InlineData("2024-08-01", "2024-08-31", 0)]
    [InlineData("2015", "2024", 108)]
    [InlineData("2025-02", "2024-08", -6)]
    public void MonthsUntil_CountsWholeMonthsBetweenFirstDays(string from, string to, int months) =>
        Assert.Equal(months, PartialDate.Parse(from).MonthsUntil(PartialDate.Parse(to)));

    [Fact]
    public void Packed_RoundTripsThroughFromPacked()
    {
        var date = PartialDate.Parse("2024-08");
        Assert.Equal(20240800, date.Packed);
        Assert.Equal(date, PartialDate.FromPacked(date.Packed));
    }

    private sealed record Holder(PartialDate Date, PartialDate? Maybe);

    [Fact]
    public void Json_RoundTrip_WritesIsoTextAndReadsItBack()
    {
        var holder = new Holder(PartialDate.Parse("2024-08"), PartialDate.Parse("2025-02-07"));
        var json = JsonSerializer.Serialize(holder);
        Assert.Equal("""{"Date":"2024-08","Maybe":"2025-02-07"}""", json);
        Assert.Equal(holder, JsonSerializer.Deserialize<Holder>(json));
        Assert.Equal(new Holder(PartialDate.Parse("2024"), null), JsonSerializer.Deserialize<Holder>("""{"Date":2024,"Maybe":null}"""));
    }

    [Theory]
    [InlineData("""{"Date":"2024-13"}""", "the month must be 01 to 12")]
    [InlineData("""{"Date":"soon"}""", "is not a date of the form")]
    [InlineData("""{"Date":202408}""", "is not a date of the form")]
    [InlineData("""{"Date":2024.5}""", null)]
    [InlineData("""{"Date":true}""", null)]
    public void Json_InvalidDate_ThrowsJsonException(string json, string? expectedMessagePart)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>(json));
        if (expectedMessagePart is not null)
        {
            Assert.Contains(expectedMessagePart, ex.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Maps any three integers onto a valid partial date, so the property covers every precision.</summary>
    private static PartialDate Arbitrary(int a, int b, int c)
    {
        static int Mod(int value, int n) => ((value % n) + n) % n;
        var year = 1000 + Mod(a, 9000);
        var month = Mod(b, 13);
        var day = month == 0 ? 0 : Mod(c, DateTime.DaysInMonth(year, month) + 1);
        return PartialDate.Of(year, month, day);
    }

    [Property]
    public void Property_TextAndJsonRoundTrip_GiveTheSameDate(int a, int b, int c)
    {
        var date = Arbitrary(a, b, c);
        Assert.Equal(date, PartialDate.Parse(date.ToString()));
        Assert.Equal(date, JsonSerializer.Deserialize<PartialDate>(JsonSerializer.Serialize(date)));
        Assert.Equal(date, PartialDate.FromPacked(date.Packed));
    }

    [Property]
    public void Property_Ordering_IsConsistentWithTheDaysCovered(int a, int b, int c, int d, int e, int f)
    {
        var x = Arbitrary(a, b, c);
        var y = Arbitrary(d, e, f);
        Assert.False(x.IsBefore(y) && y.IsBefore(x));
        Assert.Equal(x.IsBefore(y), y.IsAfter(x));
        Assert.Equal(x.IsBefore(y), x.LastDay < y.FirstDay);
        if (x.IsBefore(y))
        {
            Assert.True(x < y);
        }

        Assert.True(x.IsIndistinguishableFrom(x));
        Assert.Equal(Math.Sign(x.CompareTo(y)), -Math.Sign(y.CompareTo(x)));
    }
}
