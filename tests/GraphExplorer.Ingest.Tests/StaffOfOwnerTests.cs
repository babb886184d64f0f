namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// People named as someone's staff ("his deputy, X", "two of his engineers, X and Y") worked where that person did, so
/// when they leave or follow the person, the lab they come from is that person's. The sentences and people are made up
/// for these tests.
/// </summary>
public class StaffOfOwnerTests
{
    [Fact]
    public void Extract_DeputyDepartsForAnotherLab_MovesFromTheOwnersLab()
    {
        var result = TestData.Extract("Robotics shake-up\n\nMark Halden, OpenAI's head of robotics, left for Anthropic in March. His deputy, Tomas Vellinger, departed for Cohere a week later.");

        Assert.Contains(result.Moves(), m => m.Person == "Tomas Vellinger" && m.From == "OpenAI" && m.To == "Cohere");
        Assert.Contains(result.Tenures(), t => t.Person == "Tomas Vellinger" && t.Lab == "OpenAI" && t.Role == "deputy");
    }

    [Fact]
    public void Extract_EngineersFollowHim_MoveFromTheLabHeLeft()
    {
        var result = TestData.Extract("Robotics shake-up\n\nMark Halden, OpenAI's head of robotics, left for Anthropic in March. Two of his engineers, Rina Castell and Boris Amaro, followed him to Anthropic.");

        Assert.Contains(result.Moves(), m => m.Person == "Rina Castell" && m.From == "OpenAI" && m.To == "Anthropic");
        Assert.Contains(result.Moves(), m => m.Person == "Boris Amaro" && m.From == "OpenAI" && m.To == "Anthropic");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Rina Castell" && t.Lab == "Anthropic" && t.Role == "engineer");
    }

    [Fact]
    public void Extract_DeputyQuotedWithoutMoving_AddsNoMove()
    {
        var result = TestData.Extract("Robotics team\n\nMark Halden leads robotics at OpenAI. His deputy, Tomas Vellinger, said the team would keep hiring in London.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Tomas Vellinger");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Tomas Vellinger" && t.Lab != "OpenAI");
    }

    [Fact]
    public void Extract_StaffOfAPersonWithNoLab_IsPlacedNowhere()
    {
        var result = TestData.Extract("Robotics team\n\nMark Halden spoke at a conference in Berlin. His deputy, Tomas Vellinger, departed for Cohere a week later.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Tomas Vellinger" && m.From is not null);
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Tomas Vellinger" && t.Role == "deputy");
    }
}
