namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// General constructions of English and French hiring news: moving verbs of reporting ("departed for", "returning to",
/// "est de retour chez", "après N ans chez"), one comma aside shared by a list of names ("all formerly of A", "both A
/// veterans", "tous deux anciens de A"), and a list of joiners that shares the origin of the article's other movers only
/// when their arrivals are of the same time. The sentences and people are made up for these tests.
/// </summary>
public class ListAsideMoveTests
{
    [Theory]
    [InlineData("Lena Okafor spent three years at Anthropic before returning to Google.", "Anthropic", "Google")]
    [InlineData("Lena Okafor, a robotics engineer at Anthropic, departed for OpenAI in May.", "Anthropic", "OpenAI")]
    [InlineData("Lena Okafor rejoint Anthropic après quatre ans chez Google.", "Google", "Anthropic")]
    [InlineData("Lena Okafor, ancienne chercheuse de Meta, est de retour chez Google.", "Meta", "Google")]
    public void Extract_NewsMovingVerb_FindsTheMove(string text, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Lena Okafor" && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Lena Okafor, Piet Jansen and Ruth Amsel, all formerly of Google, joined Anthropic this week.", "Google", "Anthropic", 3)]
    [InlineData("Lena Okafor and Piet Jansen, both OpenAI veterans, joined Anthropic.", "OpenAI", "Anthropic", 2)]
    [InlineData("Lena Okafor et Piet Jansen, tous deux anciens de Google, ont rejoint Mistral AI.", "Google", "Mistral AI", 2)]
    public void Extract_AsideSharedByAList_GivesEveryNameTheMove(string text, string from, string to, int people)
    {
        var result = TestData.Extract(text);

        var movers = result.Moves().Where(m => m.From == from && m.To == to).Select(m => m.Person).Distinct().ToList();
        Assert.Equal(people, movers.Count);
        Assert.Contains("Lena Okafor", movers);
        Assert.Contains("Piet Jansen", movers);
    }

    [Fact]
    public void Extract_ListJoiningYearsAfterAnotherMover_TakesNoOrigin()
    {
        var result = TestData.Extract("In 2017 Lena Okafor joined Anthropic from Google. In 2024, Piet Jansen and Ruth Amsel also joined Anthropic.");

        Assert.Contains(result.Moves(), m => m.Person == "Lena Okafor" && m.From == "Google");
        Assert.DoesNotContain(result.Moves(), m => m.Person is "Piet Jansen" or "Ruth Amsel");
    }

    [Fact]
    public void Extract_ListJoiningTheSameYear_SharesTheOrigin()
    {
        var result = TestData.Extract("In 2024 Lena Okafor joined Anthropic from Google. That year, Piet Jansen and Ruth Amsel also joined Anthropic.");

        Assert.Contains(result.Moves(), m => m.Person == "Piet Jansen" && m.From == "Google" && m.To == "Anthropic");
        Assert.Contains(result.Moves(), m => m.Person == "Ruth Amsel" && m.From == "Google" && m.To == "Anthropic");
    }

    [Theory]
    [InlineData("Anthropic hired some twenty engineers from Google this year, the company said. Among them is Lena Okafor, who led a search team.", "Anthropic")]
    [InlineData("Mistral AI a recruté une dizaine de chercheurs issus de Google au cours des derniers mois. Parmi eux, Lena Okafor, qui dirigeait une équipe de recherche.", "Mistral AI")]
    public void Extract_LoneMemberOfAGroupHire_MakesTheGroupsMove(string text, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Lena Okafor" && m.From == "Google" && m.To == to);
    }

    [Fact]
    public void Extract_NamedHireThenAmongOthers_AddsNoMember()
    {
        var result = TestData.Extract("Anthropic hired Piet Jansen from Google this year. Among the guests was Lena Okafor, a writer.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Lena Okafor");
    }
}
