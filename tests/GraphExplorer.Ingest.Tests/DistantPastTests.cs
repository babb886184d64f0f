namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A founder's past post that ended in a stated year and was followed by another stint ("worked at A until 2016 and
/// then spent years at a university") is background, not where the founder came from; a stint told as ending with the
/// founding still is. The sentences and people are made up for these tests.
/// </summary>
public class DistantPastTests
{
    [Theory]
    [InlineData("The robotics startup Brightloom was founded last year by Ana Kerrigan and Tom Usher.\n\nKerrigan took a winding path. She worked at Amazon until 2016 and then spent several years as a lecturer at the University of Leeds before the two met.", "Ana Kerrigan", "Amazon")]
    [InlineData("La startup Ventisca fue fundada el año pasado por Ana Lezcano y Tomás Usabiaga.\n\nLezcano trabajó en Google hasta 2017 y después pasó cinco años como profesora en la Universidad de Sevilla.", "Ana Lezcano", "Google")]
    public void Extract_FounderPostEndedYearsBeforeWithAnotherStintAfter_IsNoMove(string text, string person, string lab)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Moves(), m => m.Person == person);
        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == lab);
    }

    [Fact]
    public void Extract_FounderPostLeftToStartTheCompany_IsStillAMove()
    {
        var result = TestData.Extract("The robotics startup Brightloom was founded last year by Ana Kerrigan and Tom Usher.\n\nKerrigan worked at Amazon for six years before leaving to start the company.");

        Assert.Contains(result.Moves(), m => m.Person == "Ana Kerrigan" && m.From == "Amazon" && m.To == "Brightloom");
    }

    [Fact]
    public void Extract_FounderPostEndingInTheSentenceThatFoundsTheCompany_IsStillAMove()
    {
        // "and then" leads to the founding itself, not to another stint in between.
        var result = TestData.Extract("The robotics startup Brightloom was founded by Ana Kerrigan and Tom Usher.\n\nKerrigan worked at Amazon until 2023 and then co-founded Brightloom with Usher.");

        Assert.Contains(result.Moves(), m => m.Person == "Ana Kerrigan" && m.From == "Amazon" && m.To == "Brightloom");
    }
}
