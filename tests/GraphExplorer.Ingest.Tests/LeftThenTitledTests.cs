namespace GraphExplorer.Ingest.Tests;

/// <summary>A departure with no arrival told, and a current post at one other lab told later: where the person went.</summary>
public class LeftThenTitledTests
{
    [Theory]
    [InlineData("Lukas Brenner left Microsoft in March. Since then, Brenner has been chief technology officer of SAP.")]
    [InlineData("Lukas Brenner hat Microsoft im März verlassen. Heute ist Brenner Technikchef von SAP.")]
    public void Extract_LeftThenPostElsewhere_IsAMoveToThePost(string text)
    {
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Lukas Brenner" && m.From == "Microsoft" && m.To == "SAP");
        Assert.Contains(result.Tenures(), t => t.Person == "Lukas Brenner" && t.Lab == "Microsoft");
    }

    [Fact]
    public void Extract_LeftYearsBeforeThePost_IsNoMove()
    {
        // Distant background with a stated gap: the labelling rules count no move.
        var result = TestData.Extract("Lukas Brenner left Microsoft in 2015. Since then, Brenner has been chief technology officer of SAP.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Lukas Brenner");
        Assert.Contains(result.Tenures(), t => t.Person == "Lukas Brenner" && t.Lab == "SAP");
    }

    [Fact]
    public void Extract_PostToldBeforeTheLeaving_IsNoMoveToIt()
    {
        // The post named first is what the person held when leaving, not where they went.
        var result = TestData.Extract("Lukas Brenner is chief technology officer of SAP. Last month he left the board of Microsoft.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Lukas Brenner" && m.To == "SAP");
    }
}
