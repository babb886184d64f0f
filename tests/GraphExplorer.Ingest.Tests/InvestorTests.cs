namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// An investor is not a founder (the labelling rules): a company named through its venture arm ("Samsung's venture arm
/// also took part") is no lab for the people of the story, and neither it nor a firm whose name says it invests ("Sequoia
/// Capital") is the company a later "the company" or "its" means. An investment firm stays a lab for its own staff ("a
/// partner at Lux Capital", "associée chez A", "die Partnerin X von A"): the labelling rules count firms outside AI; the
/// startup's board such a partner joins ("will join Quillfire's board") is no post. The sentences and people are made up
/// for these tests.
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

    [Fact]
    public void Extract_GeneralPartnerOfAnInvestmentFirm_WorksThere()
    {
        var result = TestData.Extract("Lena Marsh, a general partner at Lux Capital, said on Monday that the firm would invest more in robotics.");

        Assert.Contains(result.Tenures(), t => t.Person == "Lena Marsh" && t.Lab == "Lux Capital");
    }

    [Theory]
    [InlineData("Nadia Okonkwo, a partner at Index Ventures, said on Monday that the round had been oversubscribed.", "Nadia Okonkwo", "Index Ventures")]
    [InlineData("Selon Odile Ferrand, associée chez Index Ventures, le marché français de l'intelligence artificielle mûrit rapidement.", "Odile Ferrand", "Index Ventures")]
    [InlineData("Die Runde führt der Wagniskapitalgeber Lakestar an. „Das Team kennt seine Kunden sehr genau“, sagte die Partnerin Greta Lorenz von Lakestar.", "Greta Lorenz", "Lakestar")]
    public void Extract_PartnerOfAnInvestmentFirm_WorksThere(string text, string person, string lab)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == lab && t.Role == "partner");
    }

    [Fact]
    public void Extract_InvestorWhoWillJoinTheStartupsBoard_NeitherMovesNorWorksThere()
    {
        // A board seat is no post (the labelling rules): the partner stays at the fund.
        var result = TestData.Extract(Round + "Nadia Okonkwo, a partner at Index Ventures who will join Quillfire's board, said the team knew its customers well.");

        Assert.Contains(result.Tenures(), t => t.Person == "Nadia Okonkwo" && t.Lab == "Index Ventures");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Nadia Okonkwo");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Nadia Okonkwo" && t.Lab == "Quillfire");
    }

    [Fact]
    public void Extract_JoiningTheStartupsResearchTeam_IsStillAMove()
    {
        // Near miss: what follows the startup's genitive is a team, which is a post there.
        var result = TestData.Extract("Nadia Okonkwo left Google last year and joined Quillfire's research team in London, the company said.");

        Assert.Contains(result.Moves(), m => m.Person == "Nadia Okonkwo" && m.From == "Google" && m.To == "Quillfire");
    }

    [Fact]
    public void Extract_MoveToAnInvestmentFirm_IsAMove()
    {
        var result = TestData.Extract("Lena Marsh left Google for Index Ventures last month.");

        Assert.Contains(result.Moves(), m => m.Person == "Lena Marsh" && m.From == "Google" && m.To == "Index Ventures");
    }

    [Fact]
    public void Extract_SamsungAsAnEmployer_StaysALab()
    {
        var result = TestData.Extract("Felix Hartmann left Samsung's research lab for Quillfire AI in March.");

        Assert.Contains(result.Moves(), m => m.Person == "Felix Hartmann" && m.From == "Samsung" && m.To == "Quillfire AI");
    }
}
