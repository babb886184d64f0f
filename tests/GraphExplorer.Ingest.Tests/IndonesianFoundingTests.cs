namespace GraphExplorer.Ingest.Tests;

/// <summary>Indonesian foundings: co-founders named with a bare title after "bersama", founders listed around a
/// relative clause ("X, yang …, dan Y mendirikan Z"), and an agent of a passive founding described as the founder of
/// another company; self-written sentences only.</summary>
public class IndonesianFoundingTests
{
    [Theory]
    [InlineData("Pada 2016, Rudi Hartono mendirikan Lumina bersama insinyur Maya Sari. Keduanya sebelumnya bekerja di Gojek.", "Maya Sari")]
    [InlineData("Tahun lalu, Tono Sugiarto mendirikan Kirana bersama peneliti Wulan Sari untuk membangun model bahasa.", "Wulan Sari")]
    public void Extract_CoFounderWithABareTitleAfterBersama_IsAFounder(string text, string coFounder)
    {
        var result = TestData.Extract(text, "2025-07-01");

        Assert.Equal("id", result.Article.Language);
        Assert.Contains(result.Foundings(), f => f.Person == coFounder);
    }

    [Fact]
    public void Extract_FoundersListedAroundARelativeClause_AreAllFounders()
    {
        var result = TestData.Extract("Andi Wirawan, yang sebelumnya bekerja di Traveloka, dan Sinta Dewi mendirikan Ruangku pada 2019. Keduanya kini memimpin perusahaan itu.", "2025-07-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Andi Wirawan", Lab: "Ruangku" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Sinta Dewi", Lab: "Ruangku" });
    }

    [Fact]
    public void Extract_TitleAfterTheLastFounder_DoesNotDescribeTheOneBeforeTheRelativeClause()
    {
        var result = TestData.Extract("Budi Santoso, yang kini memimpin divisi riset di Google, dan Rina Wijaya, CEO Tokopedia saat ini, mendirikan Kinara pada 2015.", "2025-07-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Budi Santoso", Lab: "Kinara" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Budi Santoso", Lab: "Tokopedia" });
    }

    [Fact]
    public void Extract_LastAgentDescribedAsFounderOfAnotherCompany_FoundedThatCompanyAlone()
    {
        var result = TestData.Extract("Cohere didirikan pada 2021 oleh Andi Pratama, Sari Kusuma, dan Hendra Gunawan, pengusaha salah satu pendiri Traveloka. Mereka sebelumnya bekerja di Gojek.", "2025-07-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Hendra Gunawan", Lab: "Traveloka" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Sari Kusuma", Lab: "Cohere" });
        Assert.DoesNotContain(result.Foundings(), f => f is { Person: "Sari Kusuma", Lab: "Traveloka" });
    }

    [Fact]
    public void Extract_PerusahaanBeforeAnUnknownName_FoundsThatCompany()
    {
        var result = TestData.Extract("Jakarta - Kabar ini diumumkan pada hari Senin oleh juru bicara perusahaan tersebut. Sinta Bella pernah bekerja di Gojek. Pada 2020, ia mendirikan perusahaan Nexaro bersama dua rekannya.");

        Assert.Contains(result.Foundings(), f => f is { Person: "Sinta Bella", Lab: "Nexaro" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Gojek");
    }

    [Fact]
    public void Extract_StartupBernamaAName_IsTheFoundedLab()
    {
        var result = TestData.Extract("Jakarta - Kabar ini diumumkan pada hari Senin oleh juru bicara perusahaan tersebut. Setelah keluar dari Google, Dodi Santoso mendirikan perusahaan AI sendiri bernama Zentro.");

        Assert.Contains(result.Foundings(), f => f is { Person: "Dodi Santoso", Lab: "Zentro" });
        Assert.Contains(result.Moves(), m => m is { Person: "Dodi Santoso", From: "Google", To: "Zentro" });
    }

    [Fact]
    public void Extract_PersonBernamaAName_IsAPersonNotALab()
    {
        var result = TestData.Extract("Jakarta - Kabar ini diumumkan pada hari Senin oleh juru bicara perusahaan tersebut. Seorang insinyur bernama Budi Hartono bergabung dengan Meta setelah keluar dari Google.");

        Assert.Contains(result.Moves(), m => m is { Person: "Budi Hartono", From: "Google", To: "Meta" });
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Seorang");
    }
}
