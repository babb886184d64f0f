namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// People known by one name ("Sutrisno", "Bayu"): a lone capitalised word is a person's whole name when the article lists
/// it beside a full name or, in Indonesian, tells a post or a move in a relative clause after it. A lone word with no
/// such sign, or a place after its preposition, still names nobody. The sentences and people are made up for these tests.
/// </summary>
public class MononymTests
{
    [Fact]
    public void Extract_LoneNameListedWithAFullName_IsAFounder()
    {
        var result = TestData.Extract("Dewi Anggraini mendirikan Tenun AI pada 2024 bersama Suharto dan Yosef Manurung. Perusahaan itu membuat model bahasa untuk koperasi.");

        Assert.Contains(result.Foundings(), f => f.Person == "Suharto" && f.Lab == "Tenun AI");
        Assert.Contains(result.Foundings(), f => f.Person == "Yosef Manurung" && f.Lab == "Tenun AI");
    }

    [Fact]
    public void Extract_IndonesianLoneNameWithAPostInARelativeClause_MovedToTheNewPost()
    {
        var result = TestData.Extract("Bukalapak merekrut pemimpin baru untuk tim AI. Wiranto, yang sebelumnya memimpin tim data di Traveloka, kini menjabat sebagai kepala AI di Bukalapak.");

        Assert.Contains(result.Moves(), m => m.Person == "Wiranto" && m.From == "Traveloka" && m.To == "Bukalapak");
    }

    [Fact]
    public void Extract_PlaceListedBesideAName_IsNoPerson()
    {
        var result = TestData.Extract("La empresa fue fundada por Rodrigo Almazán, exingeniero de Nubank en Monterrey y Sofía Benítez, que trabajó en Meta en Menlo Park.");

        Assert.DoesNotContain(result.Facts, f => f.ToString().Contains("Person = Monterrey", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LoneWordWithNoSignOfAPerson_NamesNobody()
    {
        var result = TestData.Extract("Menurut Kompas, Tokopedia merekrut kepala AI baru dari Gojek pekan lalu.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Kompas");
        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Kompas");
    }
}
