namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Names with an apostrophe inside (O'Brien, Marc'Aurelio) are one name, while French elisions before a capital at a
/// sentence's start (L'…, D'…, Qu'…, Lorsqu'…) and English possessives still split. The sentences and people are made up
/// for these tests.
/// </summary>
public class ApostropheNameTests
{
    [Theory]
    [InlineData("Researcher Tadhg O'Meara has left Meta to join Anthropic, the company said on Tuesday.", "Tadhg O'Meara")]
    [InlineData("Researcher Tadhg O’Meara has left Meta to join Anthropic, the company said on Tuesday.", "Tadhg O’Meara")]
    [InlineData("Researcher Gian'Carlo Vettori has left Meta to join Anthropic, the company said on Tuesday.", "Gian'Carlo Vettori")]
    public void Extract_NameWithAnApostrophe_KeepsTheWholeName(string text, string name)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == name && m.From == "Meta" && m.To == "Anthropic");
        Assert.DoesNotContain(result.Moves(), m => m.Person != name);
    }

    [Fact]
    public void Extract_FrenchElisionBeforeALab_StillReadsTheLab()
    {
        var result = TestData.Extract("Lorsqu'OpenAI a recruté Lena Okafor en mai, elle venait de quitter Google après six ans. L'entreprise ne commente pas.");

        Assert.Contains(result.Moves(), m => m.Person == "Lena Okafor" && m.From == "Google" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_PossessiveAfterALab_IsNotPartOfAName()
    {
        var result = TestData.Extract("Meta's new chief scientist, Piet Jansen, left Google in March to join Meta, the company said.");

        Assert.Contains(result.Moves(), m => m.Person == "Piet Jansen" && m.From == "Google" && m.To == "Meta");
    }
}
