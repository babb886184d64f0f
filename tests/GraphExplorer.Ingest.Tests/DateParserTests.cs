using GraphExplorer.Core.Model;
using GraphExplorer.Ingest.Extraction;
using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Tests;

public class DateParserTests
{
    [Theory]
    [InlineData("en", "He left in August 2024.", "2024-08")]
    [InlineData("en", "The deal closed on August 6, 2024.", "2024-08-06")]
    [InlineData("fr", "Il est parti en août 2024.", "2024-08")]
    [InlineData("fr", "Le 6 août 2024, elle a démissionné.", "2024-08-06")]
    [InlineData("es", "Se marchó en agosto de 2024.", "2024-08")]
    [InlineData("es", "El 6 de agosto de 2024 dejó la empresa.", "2024-08-06")]
    [InlineData("de", "Er ging im August 2024.", "2024-08")]
    [InlineData("de", "Am 6. August 2024 kündigte sie.", "2024-08-06")]
    [InlineData("pt", "Ela saiu em agosto de 2024.", "2024-08")]
    [InlineData("id", "Ia keluar pada Agustus 2024.", "2024-08")]
    [InlineData("id", "Pada 6 Agustus 2024 ia keluar.", "2024-08-06")]
    [InlineData("zh-Hans", "他于2024年8月离职。", "2024-08")]
    [InlineData("zh-Hant", "他於2024年8月6日離職。", "2024-08-06")]
    [InlineData("ja", "彼は2024年8月に退社した。", "2024-08")]
    [InlineData("ko", "그는 2024년 8월 퇴사했다.", "2024-08")]
    [InlineData("en", "She joined in 2023.", "2023")]
    public void Find_AbsoluteDate_ParsesAtItsPrecision(string language, string text, string expected)
    {
        var dates = DateParser.For(Languages.All[language]).Find(text, null);

        Assert.Contains(dates, d => d.Date?.ToString() == expected);
    }

    [Theory]
    [InlineData("en", "He left last week.", "2025-03-12", "2025-03")]
    [InlineData("en", "He left last month.", "2025-03-12", "2025-02")]
    [InlineData("en", "He left yesterday.", "2025-03-12", "2025-03-11")]
    [InlineData("en", "He left last year.", "2025-03-12", "2024")]
    [InlineData("en", "He left three months ago.", "2025-03-12", "2024-12")]
    [InlineData("fr", "Il est parti la semaine dernière.", "2025-03-12", "2025-03")]
    [InlineData("fr", "Il est parti le mois dernier.", "2025-03-12", "2025-02")]
    [InlineData("fr", "Il est parti l'année dernière.", "2025-03-12", "2024")]
    [InlineData("es", "Se fue el mes pasado.", "2025-03-12", "2025-02")]
    [InlineData("es", "Se fue hace dos semanas.", "2025-03-12", "2025-02")]
    [InlineData("de", "Er ging letzten Monat.", "2025-03-12", "2025-02")]
    [InlineData("de", "Er ging gestern.", "2025-03-12", "2025-03-11")]
    [InlineData("pt", "Ele saiu no mês passado.", "2025-03-12", "2025-02")]
    [InlineData("id", "Ia keluar bulan lalu.", "2025-03-12", "2025-02")]
    [InlineData("id", "Ia keluar minggu lalu.", "2025-03-12", "2025-03")]
    [InlineData("zh-Hans", "他上周离职。", "2025-03-12", "2025-03")]
    [InlineData("zh-Hans", "他上个月离职。", "2025-03-12", "2025-02")]
    [InlineData("zh-Hans", "他去年离职。", "2025-03-12", "2024")]
    [InlineData("zh-Hans", "今年5月他离职。", "2025-08-12", "2025-05")]
    [InlineData("zh-Hant", "他上個月離職。", "2025-03-12", "2025-02")]
    [InlineData("ja", "彼は先月退社した。", "2025-03-12", "2025-02")]
    [InlineData("ko", "그는 지난달 퇴사했다.", "2025-03-12", "2025-02")]
    public void Find_RelativeDate_ResolvesAgainstPublicationDateKeepingPrecision(string language, string text, string published, string expected)
    {
        var dates = DateParser.For(Languages.All[language]).Find(text, PartialDate.Parse(published));

        Assert.Contains(dates, d => d.Date?.ToString() == expected);
    }

    [Fact]
    public void Find_RelativeDateWithoutPublicationDate_StaysUnresolved()
    {
        var dates = DateParser.For(Languages.All["en"]).Find("He left last week.", null);

        var date = Assert.Single(dates);
        Assert.Null(date.Date);
    }

    [Fact]
    public void Find_LastWeekAcrossMonthBoundary_UsesTheMonthOfThatWeeksThursday()
    {
        // Published Monday 2025-03-03: last week ran from 24 Feb to 2 Mar, its Thursday is 27 Feb.
        var dates = DateParser.For(Languages.All["en"]).Find("He left last week.", PartialDate.Parse("2025-03-03"));

        Assert.Equal("2025-02", Assert.Single(dates).Date?.ToString());
    }

    [Theory]
    [InlineData("en", "The fund raised $2024 million.")]
    [InlineData("en", "Version 1.2024 shipped.")]
    [InlineData("en", "It hired 2023 people.")]
    [InlineData("en", "Ticket 2024-05-AB was filed.")]
    [InlineData("zh-Hans", "2024年度报告")]
    [InlineData("ko", "2024년 3월")]
    public void Find_NumberVetoedByItsNeighbours_IsNoBareYear(string language, string text)
    {
        var dates = DateParser.For(Languages.All[language]).Find(text, null);

        Assert.DoesNotContain(dates, d => d.Date is { Precision: DatePrecision.Year });
    }

    [Fact]
    public void Find_LongTextOfNearDates_FindsEveryOne()
    {
        // Non-backtracking patterns: the work grows with the text, not with how its near-matches overlap.
        var text = string.Concat(Enumerable.Repeat("In August 2024 and in 2023, 12 March 2021 ", 20_000));

        var dates = DateParser.For(Languages.All["en"]).Find(text, PartialDate.Of(2025, 1, 1));

        Assert.Equal(60_000, dates.Count);
    }
}
