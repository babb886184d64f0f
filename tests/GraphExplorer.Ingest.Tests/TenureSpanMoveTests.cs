namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Tenures stated as time spent: "after five years at A, she joined the startup", "passé trois ans chez A", "nach sieben
/// Jahren bei A", "Sie war zuvor sieben Jahre bei A": a worked-at for A, and the origin of the person's move told in the
/// same or a later sentence. The sentences and people are made up for these tests.
/// </summary>
public class TenureSpanMoveTests
{
    [Theory]
    [InlineData("Reka AI has appointed Rhea Castellan as head of research. After five years at Cohere, she joined the startup in May.", "Rhea Castellan", "Reka AI")]
    [InlineData("Reka AI a nommé Rhea Castellan directrice de la recherche. Après avoir passé trois ans chez Cohere, elle a rejoint la start-up en mai.", "Rhea Castellan", "Reka AI")]
    [InlineData("Databricks hat Lena Hoffmann als Forschungschefin geholt. Nach sieben Jahren bei Cohere wechselt sie zu dem Unternehmen.", "Lena Hoffmann", "Databricks")]
    [InlineData("Lena Hoffmann war sieben Jahre bei Cohere. Im Mai wechselte sie zu Databricks.", "Lena Hoffmann", "Databricks")]
    [InlineData("Databricks hat Lena Hoffmann als Forschungschefin geholt. Sie war zuvor sieben Jahre bei Cohere.", "Lena Hoffmann", "Databricks")]
    public void Extract_TimeSpentAtALabBeforeJoiningAnother_MovesFromIt(string text, string person, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == "Cohere");
        Assert.Contains(result.Moves(), m => m.Person == person && m.From == "Cohere" && m.To == to);
        Assert.DoesNotContain(result.Moves(), m => m.Person == person && m.To == "Cohere");
    }

    [Fact]
    public void Extract_TimeSpentInASentenceAboutTwoPeople_GivesNoOneTheTenure()
    {
        var result = TestData.Extract("Lena Hoffmann interviewed Jonas Weber about his seven years at Cohere for a podcast.");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Lena Hoffmann");
    }

    [Theory]
    [InlineData("Mistral AI a recruté Paul Girard. Marie Dufour, une ancienne de Cohere, rejoint elle aussi la jeune pousse.", "Marie Dufour", "Cohere", "Mistral AI")]
    [InlineData("Anthropic hired Omar Haddad in May. Nina Sorel, a former Cohere engineer, has also joined the startup.", "Nina Sorel", "Cohere", "Anthropic")]
    public void Extract_FormerLabNamedBeforeJoiningTheCompany_MovesFromItToTheEarlierLab(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_LabNamedWithoutFormerBeforeJoiningTheCompany_IsTheCompanyJoined()
    {
        var result = TestData.Extract("Paul Girard a quitté Meta en mars. Après une levée de fonds de Mistral AI, Marie Dufour rejoint la jeune pousse.", published: "2025-06-10");

        Assert.Contains(result.Tenures(), t => t.Person == "Marie Dufour" && t.Lab == "Mistral AI");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Marie Dufour" && m.To == "Meta");
    }
}
