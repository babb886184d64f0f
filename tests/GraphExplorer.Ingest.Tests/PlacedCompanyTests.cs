namespace GraphExplorer.Ingest.Tests;

/// <summary>A company founded in a town ("fundó en Monterrey Colibrí Labs", "hat in Hamburg Wellenform gegründet"): the
/// town is where, never part of the company's name nor a company itself; self-written sentences only.</summary>
public class PlacedCompanyTests
{
    [Theory]
    [InlineData("Andrés Molina trabajó cinco años en Google. En 2024 fundó en Monterrey Colibrí Labs, una empresa de traducción automática.", "Andrés Molina", "Google", "Colibrí Labs")]
    [InlineData("Der frühere SAP-Entwickler Jonas Keller hat mit zwei Partnern in Hamburg Wellenform gegründet. Das Start-up baut Sprachmodelle.", "Jonas Keller", "SAP", "Wellenform")]
    [InlineData("After six years at Amazon, Maya Okafor founded in Lagos Baobab AI, which builds speech models for Yoruba.", "Maya Okafor", "Amazon", "Baobab AI")]
    [InlineData("Ancienne de Criteo, Claire Dumont a fondé à Lyon Ardoise Labs, une start-up spécialisée dans la vision.", "Claire Dumont", "Criteo", "Ardoise Labs")]
    [InlineData("Ex-engenheiro do Nubank, Rafael Costa fundou em Recife Jangada AI, startup de modelos de linguagem.", "Rafael Costa", "Nubank", "Jangada AI")]
    [InlineData("Mantan insinyur Gojek, Dimas Pratama mendirikan di Surabaya Garuda Labs, startup pengenalan suara.", "Dimas Pratama", "Gojek", "Garuda Labs")]
    [InlineData("After six years at Amazon, Maya Okafor founded in San Francisco Baobab AI, which builds speech models.", "Maya Okafor", "Amazon", "Baobab AI")]
    public void Extract_TownBetweenFoundingVerbAndCompany_FoundsTheCompanyWithoutTheTown(string sentence, string person, string from, string lab)
    {
        var result = TestData.Extract("Perfil\n\n" + sentence, "2025-01-01");

        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == lab);
        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == lab);
        Assert.All(result.Foundings(), f => Assert.Equal(lab, f.Lab));
    }

    [Theory]
    [InlineData("Andrés Molina trabajó cinco años en Google. En 2024 fundó en Monterrey una empresa de traducción automática.", "Monterrey")]
    [InlineData("After six years at Amazon, Maya Okafor founded in Lagos a company that builds speech models.", "Lagos")]
    [InlineData("Ancienne de Criteo, Claire Dumont a fondé à Lyon une start-up spécialisée dans la vision.", "Lyon")]
    public void Extract_TownAfterFoundingVerbWithNoCompanyNamed_IsNoLab(string sentence, string town)
    {
        var result = TestData.Extract("Perfil\n\n" + sentence, "2025-01-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == town);
        Assert.DoesNotContain(result.Moves(), m => m.To == town);
    }

    [Fact]
    public void Extract_TownAndNameWithoutAFoundingVerb_FoundsNothing()
    {
        var result = TestData.Extract("Neugründung\n\nDer frühere SAP-Entwickler Jonas Keller hat mit zwei Partnern in Hamburg Wellenform besucht.", "2025-01-01");

        Assert.Empty(result.Foundings());
        Assert.DoesNotContain(result.Moves(), m => m.To == "Wellenform");
    }
}
