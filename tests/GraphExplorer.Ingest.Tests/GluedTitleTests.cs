namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Who a title is: a unit's capitalised name written between a title and a person ("head of Search Quality Jane Doe") or alone where a
/// name could stand ("director of AI and Autopilot Vision at Acme") is neither part of the name nor a person, and
/// founders in the plural are a group, not the person named before them. The sentences and people are made up for these tests.
/// </summary>
public class GluedTitleTests
{
    [Fact]
    public void Extract_UnitNameBetweenTitleAndPerson_IsNotPartOfTheName()
    {
        var result = TestData.Extract("The former head of Search Quality Dana Whitfield has joined Anthropic, the company said on Monday.");

        Assert.Contains(result.Tenures(), t => t.Person == "Dana Whitfield" && t.Lab == "Anthropic");
        Assert.DoesNotContain(result.Tenures(), t => t.Person.Contains("Search", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_UnitNameAfterTitleAndOf_IsNoPerson()
    {
        var result = TestData.Extract("Dana Whitfield, director of AI and Autopilot Vision at Tesla, is leaving the company, the carmaker said.");

        Assert.Contains(result.Tenures(), t => t.Person == "Dana Whitfield" && t.Lab == "Tesla");
        Assert.DoesNotContain(result.Tenures(), t => t.Person.Contains("Vision", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TwoUnitWordsBeforeAGivenName_AreDropped()
    {
        var result = TestData.Extract("Google's vice president of Cloud Infrastructure Dana Whitfield left the company in May, the company said.");

        Assert.DoesNotContain(result.Tenures(), t => t.Person.Contains("Infrastructure", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PluralFoundersDepart_DoesNotMoveTheOwnerOfTheStartup()
    {
        var result = TestData.Extract("Clara Voss's young startup, Brightline Labs, is losing staff as two of its co-founders depart to rejoin OpenAI, the company said.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Clara Voss");
    }

    [Theory]
    [InlineData("Tesla's director of engineering Dana Whitfield joined OpenAI in March, the company said.", "Tesla", "OpenAI")]
    [InlineData("Google's vice president of research Dana Whitfield left for Microsoft in March, the company said.", "Google", "Microsoft")]
    public void Extract_LabTitleOfUnitBeforeTheName_IsThePostLeft(string text, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Dana Whitfield" && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Nvidia's chief scientist for robotics, Dana Whitfield, is stepping down after eight years. She will join Figure AI in January.", "Nvidia", "Figure AI")]
    [InlineData("Google's head of research for robotics, Dana Whitfield, is stepping down after eight years. She will join Figure AI in January.", "Google", "Figure AI")]
    public void Extract_LabTitleForAUnitThenTheNameInCommas_IsThePostLeft(string text, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Tenures(), w => w.Person == "Dana Whitfield" && w.Lab == from);
        Assert.Contains(result.Moves(), m => m.Person == "Dana Whitfield" && m.From == from && m.To == to);
    }
}
