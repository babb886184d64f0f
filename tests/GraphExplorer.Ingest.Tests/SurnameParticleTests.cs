namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "Paulo Teixeira da Costa", "Inés Robledo de la Vega": a particle that is also the language's "of" continues a name
/// when a capitalised word that names no lab follows it; before a lab ("da Meta") it stays a preposition, and German,
/// which capitalises every noun, keeps its articles out of names. The sentences and people are made up for these tests.
/// </summary>
public class SurnameParticleTests
{
    [Theory]
    [InlineData("O Nubank contratou Paulo Teixeira da Costa, ex-diretor do Itaú Unibanco, para chefiar sua nova área de modelos.", "Paulo Teixeira da Costa")]
    [InlineData("Telefónica ha fichado a Inés Robledo de Castro, hasta ahora directora de datos de BBVA, para su nuevo laboratorio.", "Inés Robledo de Castro")]
    public void Extract_NameWithAParticleBeforeItsSurname_KeepsTheWholeName(string text, string person)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person);
        Assert.DoesNotContain(result.Tenures(), w => w.Person != person);
    }

    [Fact]
    public void Extract_GermanArticleBeforeANoun_StaysOutOfTheName()
    {
        var result = TestData.Extract("Nach sechs Jahren bei SAP hat Julia Brandner das Start-up Kelpwerk gegründet, das Verträge prüft.");

        Assert.Contains(result.Foundings(), f => f.Person == "Julia Brandner" && f.Lab == "Kelpwerk");
    }
}
