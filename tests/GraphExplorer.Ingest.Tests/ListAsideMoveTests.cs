namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// General constructions of English and French hiring news: moving verbs of reporting ("departed for", "returning to",
/// "est de retour chez", "après N ans chez"), one comma aside shared by a list of names ("all formerly of A", "both A
/// veterans", "tous deux anciens de A"), and a list of joiners that shares the origin of the article's other movers only
/// when their arrivals are of the same time, and a hire list whose names each carry their own aside ("A (ex-Meta), B,
/// ancienne d'Owkin, et C, qui a quitté Criteo"). The sentences and people are made up for these tests.
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
    public void Extract_FrenchHireListWithAnAsideAfterEachName_MovesEveryoneListed()
    {
        var result = TestData.Extract("La start-up parisienne Mistral AI a accueilli trois recrues : Lina Morel (ex-Cohere), Tomas Berg, ancien de Criteo, et Yanis Haddad, qui a quitté Owkin en mars.");

        Assert.Contains(result.Moves(), m => m.Person == "Lina Morel" && m.From == "Cohere" && m.To == "Mistral AI");
        Assert.Contains(result.Moves(), m => m.Person == "Tomas Berg" && m.From == "Criteo" && m.To == "Mistral AI");
        Assert.Contains(result.Moves(), m => m.Person == "Yanis Haddad" && m.From == "Owkin" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_EnglishHireListWithAnAsideAfterEachName_HiresEveryoneListed()
    {
        var result = TestData.Extract("OpenAI has hired three researchers: Lina Morel (formerly Cohere), Tomas Berg, a former Scale AI engineer, and Yusuf Demir.");

        Assert.Contains(result.Moves(), m => m.Person == "Tomas Berg" && m.From == "Scale AI" && m.To == "OpenAI");
        Assert.Contains(result.Tenures(), t => t.Person == "Yusuf Demir" && t.Lab == "OpenAI");
    }

    [Theory]
    [InlineData("La start-up parisienne Mistral AI a recruté Lina Morel, ancienne de Cohere, a précisé Tomas Berg, porte-parole de Criteo.")]
    [InlineData("La start-up parisienne Mistral AI a recruté Lina Morel, ancienne de Cohere, selon Tomas Berg, analyste chez Gartner.")]
    public void Extract_NameAfterAHiresAsideThatIsNotListed_IsNotHired(string text)
    {
        // After the aside the sentence goes on with who said it, not with "and": the speaker joined no one.
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == "Lina Morel" && m.From == "Cohere" && m.To == "Mistral AI");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Tomas Berg");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Tomas Berg" && t.Lab == "Mistral AI");
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
