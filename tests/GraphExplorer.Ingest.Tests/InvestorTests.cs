namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// An investor is never a founder, an employer or a destination (the labelling rules): a firm whose name says it invests
/// ("Sequoia Capital", "Index Ventures") and a company named through its venture arm ("Samsung's venture arm also took
/// part") are no labs for the people of the story, and never the company a later "the company" means. The sentences and
/// people are made up for these tests.
/// </summary>
public class InvestorTests
{
    private const string Round =
        "Warehouse robotics startup Quillfire raises $25 million\n\n" +
        "Quillfire, a startup that builds warehouse robots, has raised $25 million in a round led by Sequoia Capital, the company said on Monday. " +
        "Samsung's venture arm also took part.\n\n";

    [Fact]
    public void Extract_CompanyFoundedAfterAnInvestorsSentence_FoundsTheStartupNotTheInvestor()
    {
        var result = TestData.Extract(Round + "The company was founded in 2022 by Nadia Okonkwo, its chief executive, and Felix Hartmann, its chief technology officer.");

        Assert.Contains(result.Foundings(), f => f.Person == "Nadia Okonkwo" && f.Lab == "Quillfire");
        Assert.Contains(result.Foundings(), f => f.Person == "Felix Hartmann" && f.Lab == "Quillfire");
        Assert.DoesNotContain(result.Foundings(), f => f.Lab is "Samsung" or "Sequoia Capital");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab is "Samsung" or "Sequoia Capital");
    }

    [Theory]
    [InlineData("Lena Marsh joined Index Ventures as a partner after four years at Google.")]
    [InlineData("Lena Marsh left Google for Lightspeed Venture Partners last month.")]
    public void Extract_MoveToAnInvestmentFirm_IsNoMoveToALab(string text)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Moves(), m => m.To is "Index Ventures" or "Lightspeed Venture Partners");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab is "Index Ventures" or "Lightspeed Venture Partners");
    }

    [Fact]
    public void Extract_SamsungAsAnEmployer_StaysALab()
    {
        var result = TestData.Extract("Felix Hartmann left Samsung's research lab for Quillfire AI in March.");

        Assert.Contains(result.Moves(), m => m.Person == "Felix Hartmann" && m.From == "Samsung" && m.To == "Quillfire AI");
    }
}
