namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "X was poached from A by B" and its kin: a passive verb that takes a person away from a lab names the origin after
/// it and the hirer after the agent word; without an agent it is a departure. The sentences and people are made up for
/// these tests.
/// </summary>
public class PassiveAwayTests
{
    [Theory]
    [InlineData("Lena Okafor was poached from Google by Anthropic in June, according to people familiar with the matter.")]
    [InlineData("Lena Okafor was lured away from Google by Anthropic in June, according to people familiar with the matter.")]
    [InlineData("Lena Okafor a été débauchée de Google par Anthropic en juin, selon plusieurs personnes proches du dossier.")]
    public void Extract_PassiveAwayWithAnAgent_MovesFromTheOriginToTheAgent(string text)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Lena Okafor" && m.From == "Google" && m.To == "Anthropic");
        Assert.DoesNotContain(result.Moves(), m => m.From == "Anthropic");
    }

    [Fact]
    public void Extract_PassiveAwayWithoutAnAgent_IsNoMoveToAnotherLab()
    {
        var result = TestData.Extract("Lena Okafor was poached from Google in June, according to people familiar with the matter. Meta declined to comment on the report.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Lena Okafor" && m.From != "Google");
        Assert.Contains(result.Tenures(), f => f.Person == "Lena Okafor" && f.Lab == "Google");
    }
}
