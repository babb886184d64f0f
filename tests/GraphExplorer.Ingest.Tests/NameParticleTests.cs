namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Surnames with a run of particles (van der, de la, von der) and three-word names that open with a given name. The
/// sentences and people are made up for these tests.
/// </summary>
public class NameParticleTests
{
    [Theory]
    [InlineData("Researcher Piet van der Linden has left Meta to join Anthropic, the company said on Tuesday.", "Piet van der Linden")]
    [InlineData("Researcher Marta de la Fuente has left Meta to join Anthropic, the company said on Tuesday.", "Marta de la Fuente")]
    [InlineData("Researcher Jochen von der Au has left Meta to join Anthropic, the company said on Tuesday.", "Jochen von der Au")]
    public void Extract_SurnameWithSeveralParticles_KeepsTheWholeName(string text, string name)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == name && m.From == "Meta" && m.To == "Anthropic");
        Assert.DoesNotContain(result.Moves(), m => m.Person != name);
    }

    [Theory]
    [InlineData("Ana Sofía Herrera has left Meta. She will join Anthropic in March, the company said.", "Ana Sofía Herrera")]
    [InlineData("Kwame Daniel Asante has left Meta. He will join Anthropic in March, the company said.", "Kwame Daniel Asante")]
    public void Extract_ThreeWordNameOpeningWithACommonGivenName_KeepsTheGivenName(string text, string name)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == name && m.From == "Meta" && m.To == "Anthropic");
    }
}
