namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "Larkspur, a small company in Boston", "Brumelle, une jeune pousse lyonnaise": an apposition whose noun is a company
/// noun, with a word or two describing it, says the unknown name before the comma is a company, so the people who
/// founded it later in the article are its founders. The sentences and people are made up for these tests.
/// </summary>
public class DescribedCompanyAppositionTests
{
    [Theory]
    [InlineData("Dana Whitfield now runs Larkspur, a small company in Boston. Larkspur, which she co-founded in 2024 with Omar Castellanos, builds agents for lawyers.", "Dana Whitfield", "Omar Castellanos", "Larkspur")]
    [InlineData("Claire Vasseur dirige aujourd'hui Brumelle, une jeune pousse lyonnaise. Brumelle, qu'elle a cofondée en 2024 avec Julien Marchetti, conçoit des modèles pour les notaires.", "Claire Vasseur", "Julien Marchetti", "Brumelle")]
    public void Extract_NameDescribedAsACompanyWithAdjectives_FoundersFoundIt(string text, string founder, string coFounder, string company)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Foundings(), f => f.Person == founder && f.Lab == company);
        Assert.Contains(result.Foundings(), f => f.Person == coFounder && f.Lab == company);
    }

    [Fact]
    public void Extract_PersonDescribedWithACompanyTitle_StaysAPerson()
    {
        var result = TestData.Extract("Priya Okafor, a senior company spokesperson at Stripe, said the team would grow next year.");

        Assert.Contains(result.Tenures(), w => w.Person == "Priya Okafor" && w.Lab == "Stripe");
        Assert.DoesNotContain(result.Tenures(), w => w.Lab == "Priya Okafor" || w.Lab == "Okafor");
    }
}
