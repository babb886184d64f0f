namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Press titles built on "chief" and "head" after the field ("Cohere's research chief", "AI chief"): they tie the person to
/// the lab like any title, so "X, A's research chief, has left for B" and "His deputy, Y, departed for C" are moves from
/// A. The sentences and people are made up for these tests.
/// </summary>
public class ChiefTitleTests
{
    [Fact]
    public void Extract_ResearchChiefAndHisDeputyLeave_BothMoveFromTheirLab()
    {
        var result = TestData.Extract("Darren Holt, Cohere's research chief, has left for Stability AI. His deputy, Mina Okafor, departed for Databricks a week later.");

        Assert.Contains(result.Moves(), m => m.Person == "Darren Holt" && m.From == "Cohere" && m.To == "Stability AI");
        Assert.Contains(result.Moves(), m => m.Person == "Mina Okafor" && m.From == "Cohere" && m.To == "Databricks");
        Assert.Contains(result.Tenures(), w => w.Person == "Darren Holt" && w.Lab == "Cohere" && w.Role == "head of research");
    }

    [Theory]
    [InlineData("Darren Holt, the AI chief at Cohere, left for Anthropic in May.", "head of AI")]
    [InlineData("Cohere safety chief Darren Holt left for Anthropic in May.", "head of safety")]
    public void Extract_FieldChiefTitle_MovesFromTheTitlesLab(string text, string role)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Darren Holt" && m.From == "Cohere" && m.To == "Anthropic");
        Assert.Contains(result.Tenures(), w => w.Person == "Darren Holt" && w.Lab == "Cohere" && w.Role == role);
    }

    [Fact]
    public void Extract_ResearchChiefQuotedAboutAnotherLab_GivesNoMove()
    {
        var result = TestData.Extract("Cohere research chief Darren Holt said Stability AI had released a strong open model this week.");

        Assert.Contains(result.Tenures(), w => w.Person == "Darren Holt" && w.Lab == "Cohere");
        Assert.Empty(result.Moves());
        Assert.DoesNotContain(result.Tenures(), w => w.Lab == "Stability AI");
    }

    [Fact]
    public void Extract_GermanTechnikvorstandBeforeTheName_IsTheLabsTechnologyChief()
    {
        var result = TestData.Extract("Bei Helsing begrüßte Technikvorstand Jan Albers die neue Kollegin, wie das Unternehmen am Dienstag mitteilte.");

        Assert.Contains(result.Tenures(), w => w.Person == "Jan Albers" && w.Lab == "Helsing" && w.Role == "CTO");
    }
}
