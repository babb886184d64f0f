namespace GraphExplorer.Ingest.Tests;

/// <summary>Indonesian moves: the hirer of a clause that shares its subject, "pendiri sekaligus CEO", and the noun of
/// moving ("kepindahan"); self-written sentences only.</summary>
public class IndonesianMovesTests
{
    // An Indonesian opening so the article is read as Indonesian.
    private const string Opening = "Jakarta - Kabar ini diumumkan pada hari Senin dan dikonfirmasi oleh juru bicara perusahaan tersebut. ";

    [Fact]
    public void Extract_HireInASecondClauseAfterAnotherLabsStaff_IsByTheSubject()
    {
        var result = TestData.Extract(Opening + "Meta menawarkan paket besar kepada beberapa karyawan OpenAI dan merekrut pendiri Scale AI, Budi Santoso.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Budi Santoso", From: "Scale AI", To: "Meta" });
        Assert.DoesNotContain(result.Moves(), m => m.To == "OpenAI");
    }

    [Fact]
    public void Extract_FounderAndCeoWithSekaligus_IsNoFounderOfTheHirer()
    {
        var result = TestData.Extract(Opening + "Microsoft merekrut Budi Santoso, pendiri sekaligus CEO startup Inflection AI.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Budi Santoso", From: "Inflection AI", To: "Microsoft" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Microsoft");
    }

    [Fact]
    public void Extract_MoveStatedAsANoun_IsAMove()
    {
        var result = TestData.Extract(Opening + "Kepindahan Sari Dewi dari Google ke Meta dikonfirmasi perusahaan.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Sari Dewi", From: "Google", To: "Meta" });
    }

    [Fact]
    public void Extract_DeniedMove_IsNoMove()
    {
        var result = TestData.Extract(Opening + "Rina Amelia membantah kabar bahwa ia akan keluar dari Google dan bergabung dengan Meta.", "2025-07-01");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_StartedWorkAtAfterYearsElsewhere_IsAMove()
    {
        var result = TestData.Extract(Opening + "Lintas.ai menunjuk pemimpin teknologi baru. Dewi Lestari kini menjabat sebagai Chief Technology Officer perusahaan tersebut. Selama delapan tahun terakhir ia bekerja di Tokopedia. Ia mulai bertugas di Lintas.ai bulan ini.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Dewi Lestari", From: "Tokopedia", To: "Lintas.ai" });
    }

    [Fact]
    public void Extract_StartedWorkingTogetherWithALab_IsNoMove()
    {
        var result = TestData.Extract(Opening + "Lintas.ai menunjuk pemimpin teknologi baru. Dewi Lestari kini menjabat sebagai Chief Technology Officer perusahaan tersebut. Selama delapan tahun terakhir ia bekerja di Tokopedia. Ia mulai bekerja sama dengan Bukalapak bulan ini.", "2025-07-01");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Bukalapak");
    }

    [Fact]
    public void Extract_MoveOnlyRumoured_IsNoTenureAtTheRumouredLab()
    {
        var result = TestData.Extract(Opening + "Sementara itu, beredar kabar bahwa Rudi Hartanto, Vice President Produk di Google, akan segera bergabung ke Microsoft.", "2025-07-01");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Rudi Hartanto");
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Rudi Hartanto", Lab: "Microsoft" });
    }

    [Fact]
    public void Extract_LeftAndWillWorkFor_IsAMove()
    {
        var result = TestData.Extract(Opening + "Rina Amelia meninggalkan Google dan akan bekerja untuk Microsoft mulai bulan depan.", "2025-07-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Rina Amelia", From: "Google", To: "Microsoft" });
    }

    [Fact]
    public void Extract_WillWorkTogetherWithALab_IsNoMove()
    {
        var result = TestData.Extract(Opening + "Rina Amelia, peneliti Google, akan bekerja sama dengan Microsoft dalam proyek bahasa daerah.", "2025-07-01");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Microsoft");
    }
}
