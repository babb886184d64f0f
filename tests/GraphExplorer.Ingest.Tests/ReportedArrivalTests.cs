namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "Anthropic confirmed that X had joined its interpretability group": "its" stands for the one lab named before the
/// verb, so the arrival goes there; with two labs before it, "its" names neither. The sentences and people are made up
/// for these tests.
/// </summary>
public class ReportedArrivalTests
{
    [Fact]
    public void Extract_LabSaysThePersonJoinedItsTeam_MovedToThatLab()
    {
        var result = TestData.Extract("Rachel Ortiz, who led the alignment team at OpenAI for three years, resigned on Friday. Two weeks later, Anthropic confirmed that Ortiz had joined its interpretability group.");

        Assert.Contains(result.Moves(), m => m.Person == "Rachel Ortiz" && m.From == "OpenAI" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_TwoLabsBeforeIts_NoArrivalGuessed()
    {
        var result = TestData.Extract("Rachel Ortiz led the alignment team at OpenAI for three years. Google and Anthropic said that Ortiz had joined its new group.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Rachel Ortiz" && m.To is "Google" or "Anthropic");
    }
}
