namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "X, a former data chief at A, founded a company called B": the founding verb after the apposition's comma is the
/// subject's own verb, with a company noun as its object. It is not a participle describing the lab that closes the
/// apposition ("A, founded in 2012"), which would leave the company founded with no founder. The sentences and people
/// are made up for these tests.
/// </summary>
public class FounderAppositionTests
{
    [Theory]
    [InlineData("BANDUNG - Wulan Sasmita, mantan manajer produk Tokopedia, mendirikan perusahaan rintisan logistik bernama Kirana Labs bersama Fajar Nugroho pada Maret.", "Wulan Sasmita", "Fajar Nugroho", "Tokopedia", "Kirana Labs")]
    [InlineData("MADRID - Inés Robledo, antigua directora de datos de Telefónica, fundó una startup de salud llamada Brezo Labs junto a Pablo Carranza. La empresa ya trabaja con tres hospitales de la ciudad.", "Inés Robledo", "Pablo Carranza", "Telefónica", "Brezo Labs")]
    public void Extract_FounderAppositionBeforeACompanyNounObject_FoundedTheNamedCompany(string text, string founder, string coFounder, string left, string company)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Foundings(), f => f.Person == founder && f.Lab == company);
        Assert.Contains(result.Foundings(), f => f.Person == coFounder && f.Lab == company);
        Assert.Contains(result.Moves(), m => m.Person == founder && m.From == left && m.To == company);
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == left);
    }

    [Fact]
    public void Extract_ParticipleDescribingTheLabBeforeIt_FoundsNothing()
    {
        var result = TestData.Extract("Rendra Wijaya bergabung dengan Kirana Labs, didirikan pada 2021 oleh dua mantan insinyur, sebagai kepala riset.");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Rendra Wijaya");
    }
}
