namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A unit's capitalised name written between a title and a person ("head of Search Quality Jane Doe") or alone where a
/// name could stand ("director of AI and Autopilot Vision at Acme") is neither part of the name nor a person. The
/// sentences and people are made up for these tests.
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
}
