namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "En 2022 dejó Rappi y fundó, junto a Y y Z, la startup X": Spanish and Portuguese drop the subject of a clause about
/// the person the story is about, and a lab right after the first verb is that verb's object, not the subject of the
/// second. The companions set off by commas before the company are its co-founders. The sentences and people are made
/// up for these tests.
/// </summary>
public class DroppedSubjectFoundingTests
{
    [Theory]
    [InlineData("Sofía Paredes pasó seis años en Rappi, donde dirigió el área de datos. En 2022 dejó Rappi y fundó, junto a Tomás Ibarra y Lucía Montenegro, la startup Cóndor Pay, que desarrolla pagos para pequeños comercios.", "Sofía Paredes", "Rappi", "Cóndor Pay", "Tomás Ibarra", "Lucía Montenegro")]
    [InlineData("Renata Quaresma trabalhou oito anos no Nubank, onde chefiou a equipa de crédito. Em 2023 deixou o Nubank e fundou, com Caio Barreto e Júlia Fontes, a startup Sabiá Pay, que oferece crédito a pequenos comerciantes.", "Renata Quaresma", "Nubank", "Sabiá Pay", "Caio Barreto", "Júlia Fontes")]
    public void Extract_DroppedSubjectLeavesAndFoundsWithCompanions_EveryoneFoundedTheCompany(string text, string person, string left, string company, string first, string second)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == left && m.To == company);
        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == company);
        Assert.Contains(result.Foundings(), f => f.Person == first && f.Lab == company);
        Assert.Contains(result.Foundings(), f => f.Person == second && f.Lab == company);
    }

    [Fact]
    public void Extract_LabSubjectOfTheFoundingVerb_PersonBeforeFoundedNothing()
    {
        var result = TestData.Extract("Sofía Paredes pasó seis años en Rappi, donde dirigió el área de datos. En 2020 Rappi fundó la startup Cóndor Pay para los pagos de sus tiendas.");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Sofía Paredes");
    }
}
