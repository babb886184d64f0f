namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A company no list knows, named once in full ("Quarry Labs", "Brisa IA") and then by its first word: every fact at
/// the short form belongs to the full name, unless the article names two companies with that first word. The
/// sentences, people and start-ups of these tests are made up.
/// </summary>
public class ShortCompanyNameTests
{
    private const string Quarry = "Mining AI start-up raises funds\n\nQuarry Labs, a Leeds start-up building models for mines, said on Monday it had raised $10 million. Nina Shaw spent five years at Arm before leaving to co-found Quarry with Ben Cole.";

    [Theory]
    [InlineData("Nina Shaw")]
    [InlineData("Ben Cole")]
    public void Extract_CompanyNamedInFullThenByFirstWord_FoundersGetTheFullName(string person)
    {
        var result = TestData.Extract(Quarry, "2026-11-01");

        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == "Quarry Labs");
        Assert.DoesNotContain(result.Facts, f => f is GraphExplorer.Core.Facts.FoundedFact { Lab: "Quarry" });
    }

    [Fact]
    public void Extract_CompanyNamedInFullThenByFirstWord_MoveGoesToTheFullName()
    {
        var result = TestData.Extract(Quarry, "2026-11-01");

        Assert.Contains(result.Moves(), m => m.Person == "Nina Shaw" && m.From == "Arm" && m.To == "Quarry Labs");
    }

    [Fact]
    public void Extract_TwoFullNamesShareTheFirstWord_ShortFormLeftAlone()
    {
        var result = TestData.Extract("Two start-ups, one name\n\nQuarry Labs, a Leeds start-up, and Quarry AI, a Bristol one, both raised money this week. Nina Shaw left Arm to co-found Quarry with Ben Cole.", "2026-11-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Nina Shaw" && f.Lab is "Quarry Labs" or "Quarry AI");
    }
}
