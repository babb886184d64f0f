namespace GraphExplorer.Ingest.Tests;

/// <summary>A title told within a past stint ("bekerja di A, terakhir sebagai direktur")
/// is that stint's title, so the lab that hires the person is where they went from it; self-written sentences only.</summary>
public class PastStintTitleTests
{
    // An Indonesian opening so the article is read as Indonesian.
    private const string IndonesianOpening = "Jakarta - Kabar ini diumumkan pada hari Senin dan dikonfirmasi oleh juru bicara perusahaan tersebut. ";

    [Fact]
    public void Extract_IndonesianPastStintWithItsLastTitle_IsTheOriginOfTheHire()
    {
        var result = TestData.Extract(IndonesianOpening + "Bukalapak resmi menunjuk Andi Saputra sebagai kepala teknologi. "
            + "Andi sebelumnya bekerja selama enam tahun di Tokopedia, terakhir sebagai manajer produk di Surabaya.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Andi Saputra", From: "Tokopedia", To: "Bukalapak" });
    }

    [Fact]
    public void Extract_TitleAtAnotherLabThanThePastStint_StaysTheCurrentPost()
    {
        var result = TestData.Extract(IndonesianOpening
            + "Andi Saputra, yang sebelumnya bekerja di Tokopedia, kini menjabat sebagai manajer produk di Bukalapak.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Andi Saputra", From: "Tokopedia", To: "Bukalapak" });
        Assert.DoesNotContain(result.Moves(), m => m.From == "Bukalapak");
    }
}
