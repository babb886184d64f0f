namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// English and French news constructions of group and founding moves: a word standing for the people just listed as the
/// next sentence's subject ("Both joined B", "All three researchers left A to help launch B", "Tous deux ont rejoint
/// B"), "left A to found (her own startup,) Z", and "defected from A to B". The sentences and people are made up for
/// these tests.
/// </summary>
public class GroupSubjectTests
{
    [Theory]
    [InlineData("Lena Okafor and Piet Jansen worked at Google for years. Both joined Anthropic last week.", "Google", "Anthropic")]
    [InlineData("Lena Okafor and Piet Jansen led the speech team at Google. The pair left Google in May to join Anthropic.", "Google", "Anthropic")]
    [InlineData("Lena Okafor et Piet Jansen travaillaient chez Google depuis 2019. Tous deux ont rejoint Anthropic cette semaine.", "Google", "Anthropic")]
    public void Extract_GroupWordAfterAList_GivesEveryNameTheMove(string text, string from, string to)
    {
        var result = TestData.Extract(text);

        var movers = result.Moves().Where(m => m.From == from && m.To == to).Select(m => m.Person).Distinct().ToList();
        Assert.Contains("Lena Okafor", movers);
        Assert.Contains("Piet Jansen", movers);
    }

    [Fact]
    public void Extract_AllThreeResearchersLeftToHelpLaunch_MovesEveryoneWithoutFounding()
    {
        var result = TestData.Extract("Lena Okafor, Piet Jansen and Ruth Amsel worked on the Gemini models at Google. All three researchers left Google in 2024 to help launch Quorra AI.");

        var movers = result.Moves().Where(m => m.From == "Google" && m.To == "Quorra AI").Select(m => m.Person).Distinct().ToList();
        Assert.Equal(3, movers.Count);
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Quorra AI");
    }

    [Fact]
    public void Extract_GroupWordBeforeLabs_NamesNobody()
    {
        var result = TestData.Extract("Lena Okafor and Piet Jansen spoke at the conference on Monday. Both Google and Meta hired engineers from Anthropic this year.");

        Assert.DoesNotContain(result.Moves(), m => m.Person is "Lena Okafor" or "Piet Jansen");
    }

    [Theory]
    [InlineData("Lena Okafor left Google in 2023 to found her own startup, Quorra AI.")]
    [InlineData("Lena Okafor left Google to found Quorra AI, a maker of coding agents.")]
    public void Extract_LeftToFound_GivesTheMoveAndTheFounding(string text)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Lena Okafor" && m.From == "Google" && m.To == "Quorra AI");
        Assert.Contains(result.Foundings(), f => f.Person == "Lena Okafor" && f.Lab == "Quorra AI");
    }

    [Fact]
    public void Extract_LeavingToLaunchAStartupWithSomeoneTitled_FoundsNotTheirLab()
    {
        var result = TestData.Extract("Lena Okafor said she is leaving Google to launch an AI startup with former Salesforce co-CEO Piet Jansen.");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Salesforce");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Lena Okafor" && m.To == "Salesforce");
    }

    [Fact]
    public void Extract_DefectedFromTo_FindsTheMove()
    {
        var result = TestData.Extract("Piet Jansen defected from Google to Anthropic after six years on the search team.");

        Assert.Contains(result.Moves(), m => m.Person == "Piet Jansen" && m.From == "Google" && m.To == "Anthropic");
    }

    [Theory]
    [InlineData("Piet Jansen is the sixth Apple employee to defect to Meta this summer.", "Apple", "Meta")]
    public void Extract_NthEmployeeToMove_FindsTheMove(string text, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Piet Jansen" && m.From == from && m.To == to);
    }
}
