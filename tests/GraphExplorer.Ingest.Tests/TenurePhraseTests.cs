namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "X has been at the company for three years", "has been with Acme since …": present-perfect tenures; a lab further on,
/// in another phrase ("at odds with Google"), is no employer. The sentences and people are made up for these tests.
/// </summary>
public class TenurePhraseTests
{
    [Fact]
    public void Extract_HasBeenAtTheCompany_WorkedAtTheLabOfThePassage()
    {
        var result = TestData.Extract("Tesla has reorganised its chip division. Nora Feldmann, who has been at the company for more than three years, will be in charge of the hardware team.");

        Assert.Contains(result.Tenures(), w => w.Person == "Nora Feldmann" && w.Lab == "Tesla");
    }

    [Theory]
    [InlineData("Tomas Quill has been at odds with Google over the licence for months, his lawyer said.")]
    [InlineData("Tomas Quill has been at the centre of the dispute between Google and Microsoft since March.")]
    public void Extract_LabInAnotherPhraseAfterThePreposition_IsNoEmployer(string text)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Tomas Quill");
    }

    [Fact]
    public void Extract_WorksAtADescribedStartup_WorkedThere()
    {
        var result = TestData.Extract("Omar Haddad works at the Paris-based startup Veltrix, where he leads research.");

        Assert.Contains(result.Tenures(), w => w.Person == "Omar Haddad" && w.Lab == "Veltrix");
    }

    [Theory]
    [InlineData("The engineer Tariq Hollis left Google, where he had worked since 2019, to join the research team of OpenAI. He announced it on Monday.")]
    [InlineData("L'ingénieur Tariq Hollis a quitté Google, où il travaillait depuis 2019, pour rejoindre l'équipe de recherche d'OpenAI. Il l'a annoncé lundi.")]
    [InlineData("O engenheiro Tariq Hollis deixou o Google, onde trabalhava desde 2019, para integrar a equipe de pesquisa da OpenAI. Ele anunciou a mudança na segunda-feira.")]
    public void Extract_LeftALabWorkedAtSinceAYear_TheYearIsNoDateOfTheMove(string text)
    {
        // "since 2019" starts the stint being left: it was read as the leaving's date, which made a post at OpenAI from 2019.
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Tariq Hollis" && m.From == "Google" && m.To == "OpenAI" && m.Date?.ToString() != "2019");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Tariq Hollis" && t.Lab == "OpenAI" && t.Start?.ToString() == "2019");
    }

    [Fact]
    public void Extract_JoinedALabAndWorkedThereSinceAYear_KeepsTheJoiningDate()
    {
        // A joining may well be dated by "since": only a leaving never is.
        var result = TestData.Extract("Tariq Hollis left Google to join OpenAI, where he has led the robotics team since 2021.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Tariq Hollis" && m.From == "Google" && m.To == "OpenAI");
    }
}
