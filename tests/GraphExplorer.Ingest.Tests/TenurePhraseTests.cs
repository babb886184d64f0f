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
}
