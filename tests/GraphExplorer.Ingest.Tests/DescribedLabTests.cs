namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A lab described after its name ("B, a startup founded in 2021", "la start-up B, fondée en 2022") or introduced by an
/// organisation noun ("la société B", "Chipmaker B …"). The sentences, people and companies are made up for these tests.
/// </summary>
public class DescribedLabTests
{
    [Theory]
    [InlineData("Tomas Berg left Google to join Halvorsen Robotics, a startup founded in 2021 by two former engineers, as head of research.", "Tomas Berg", "Halvorsen Robotics")]
    [InlineData("Yusuf Demir left Microsoft to join Kestrelworks, which was set up last year in Leeds, as its chief scientist.", "Yusuf Demir", "Kestrelworks")]
    [InlineData("Inès Morel quitte Microsoft pour rejoindre la start-up Brisa, fondée en 2022 à Nantes.", "Inès Morel", "Brisa")]
    public void Extract_FoundingParticipleWithoutFounder_MakesTheJoinerNoFounder(string text, string person, string lab)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.To == lab);
        Assert.DoesNotContain(result.Foundings(), f => f.Person == person);
    }

    [Fact]
    public void Extract_FoundingParticipleWithAFounder_FoundsTheLabByThatPerson()
    {
        var result = TestData.Extract("Camille Roy left Google for Norvane, a startup founded in 2023 by Hugo Martin.");

        Assert.Contains(result.Foundings(), f => f.Person == "Hugo Martin" && f.Lab == "Norvane");
        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Camille Roy");
    }

    [Fact]
    public void Extract_ActiveFoundedAfterARelativeClause_StillFounds()
    {
        var result = TestData.Extract("Ravi Menon, who left Google last year, founded Tessaract in March.");

        Assert.Contains(result.Foundings(), f => f.Person == "Ravi Menon" && f.Lab == "Tessaract");
    }

    [Fact]
    public void Extract_FrenchCompanyNounBeforeAnUnknownName_ReadsALab()
    {
        var result = TestData.Extract("Camille Roy rejoint la société Norvane, fondée l'an dernier à Lyon, après trois ans chez Google.");

        Assert.Contains(result.Moves(), m => m.Person == "Camille Roy" && m.From == "Google" && m.To == "Norvane");
        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Camille Roy");
    }

    [Fact]
    public void Extract_CapitalisedOrganisationNounOpeningTheSentence_IsNoPartOfAName()
    {
        var result = TestData.Extract("Chipmaker Veltrix has hired Marco Rossi from Intel to lead its design team, the company said.");

        Assert.Contains(result.Moves(), m => m.Person == "Marco Rossi" && m.From == "Intel" && m.To == "Veltrix");
    }

    [Fact]
    public void Extract_BackedStartupAfterANamedHirer_JoinsThatStartup()
    {
        var result = TestData.Extract("The OpenAI-backed startup Lumora hired Wei Zhang from Baidu. The Microsoft-funded startup then hired Anna Berg from Google.");

        Assert.Contains(result.Moves(), m => m.Person == "Anna Berg" && m.From == "Google" && m.To == "Lumora");
        Assert.DoesNotContain(result.Moves(), m => m.To is "Baidu" or "Microsoft");
    }

    [Theory]
    [InlineData("OpenAI has invested heavily in robotics this year. The OpenAI-backed startup hired Wei Zhang from Baidu in March.", "OpenAI")]
    [InlineData("Meta has been buying robotics firms. The Meta-owned startup hired Wei Zhang from Baidu last week, a spokesperson said.", "Meta")]
    public void Extract_BackerOfAnUnnamedStartup_IsNoDestination(string text, string backer)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Moves(), m => m.To == backer);
        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Wei Zhang" && w.Lab == backer);
    }
}
