namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "left OpenAI to start Quorra Labs" founds the lab named right after the verb; "is starting at Microsoft" joins it;
/// a lab after "with" ("a partnership with Amazon") or joined just before the verb ("joined Meta to launch its robotics
/// unit") was not founded. The sentences and people are made up for these tests.
/// </summary>
public class FoundingObjectTests
{
    [Theory]
    [InlineData("Lena Hartmann left OpenAI to start Quorra Labs, a company building coding agents.", "Lena Hartmann", "OpenAI", "Quorra Labs")]
    [InlineData("Igor Vance, a co-founder of xAI, said he was leaving the company to start Vance Ventures.", "Igor Vance", "xAI", "Vance Ventures")]
    public void Extract_LeftToStartANamedLab_FoundedIt(string text, string person, string left, string founded)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == founded);
        Assert.Contains(result.Moves(), m => m.Person == person && m.From == left && m.To == founded);
    }

    [Theory]
    [InlineData("Lena Hartmann left OpenAI to start a new role at Google.", "OpenAI", "Google")]
    [InlineData("Tom Berg left Meta to start work at Apple.", "Meta", "Apple")]
    public void Extract_LeftToStartAJobAtALab_MovedThere(string text, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.From == from && m.To == to);
        Assert.Empty(result.Foundings());
    }

    [Fact]
    public void Extract_StartingAtALab_WorksThereAndFoundedNothing()
    {
        var result = TestData.Extract("Marco Bellini is starting at Microsoft next week, the company said.");

        Assert.Contains(result.Tenures(), w => w.Person == "Marco Bellini" && w.Lab == "Microsoft");
        Assert.Empty(result.Foundings());
    }

    [Theory]
    [InlineData("Omar Diaz hopes to launch talks with Microsoft soon.")]
    [InlineData("Nina Berg founded a research group with Google last year.")]
    [InlineData("Paul Weiss started a partnership with Amazon in March.")]
    [InlineData("Lea Roth joined Meta to launch its robotics unit.")]
    [InlineData("Sara Kim left OpenAI to start a family.")]
    public void Extract_LabInAnotherPhraseThanTheFoundingVerb_FoundedNothing(string text)
    {
        var result = TestData.Extract(text);

        Assert.Empty(result.Foundings());
    }
}
