namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Founders described outside the founding verb: "founded in 2019 by X, who left in 2024 to run B's new unit" (a move
/// from the company founded to B) and "Mitgründer ist der frühere A-Manager X", "Its co-founder is former A manager X"
/// (X co-founded the company named before; A is where X worked). The sentences and people are made up for these tests.
/// </summary>
public class FounderAsideTests
{
    [Theory]
    [InlineData("Kestrel AI was founded in 2019 by Marten Osgood, who left in 2024 to run Stability AI's new robotics unit.")]
    [InlineData("Kestrel AI was founded in 2019 by Marten Osgood, who left last year for Stability AI.")]
    [InlineData("La start-up Kestrel AI a été fondée en 2019 par Marten Osgood, qui a quitté l'entreprise en 2024 pour rejoindre Stability AI.")]
    public void Extract_FounderWhoLeftLater_FoundedAndMovedFromTheCompanyFounded(string text)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Foundings(), f => f.Person == "Marten Osgood" && f.Lab == "Kestrel AI");
        Assert.Contains(result.Moves(), m => m.Person == "Marten Osgood" && m.From == "Kestrel AI" && m.To == "Stability AI");
    }

    [Theory]
    [InlineData("Kestrel AI was founded in 2019 by Marten Osgood, who left a comment on the launch post for Stability AI fans.")]
    [InlineData("Kestrel AI was founded in 2019 by Marten Osgood, who did not leave for Stability AI despite an offer.")]
    public void Extract_FounderClauseWithoutADeparture_GivesNoMove(string text)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Foundings(), f => f.Person == "Marten Osgood" && f.Lab == "Kestrel AI");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Marten Osgood");
    }

    [Theory]
    [InlineData("Das Berliner Startup Kestrel AI hat 20 Millionen Euro eingesammelt. Mitgründer ist der frühere Cohere-Manager Jonas Weber.")]
    [InlineData("The Berlin startup Kestrel AI raised 20 million euros from investors. Its co-founder is former Cohere manager Jonas Weber.")]
    public void Extract_FounderTitleThenCopula_FoundedTheCompanyNamedBefore(string text)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Foundings(), f => f.Person == "Jonas Weber" && f.Lab == "Kestrel AI");
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Cohere");
        Assert.Contains(result.Tenures(), w => w.Person == "Jonas Weber" && w.Lab == "Cohere");
    }

    [Theory]
    [InlineData("La start-up Kestrel AI a été cofondée en 2022 par Marten Osgood, ancien de Cohere, aux côtés de Léo Brandt et Ivo Santel, anciens de Meta.", "Léo Brandt")]
    [InlineData("Kestrel AI was co-founded in 2022 by Marten Osgood, a Cohere alum, alongside Leo Brandt and Ivo Santel, both formerly of Meta.", "Leo Brandt")]
    public void Extract_FoundedByOneAlongsideOthers_EveryoneFoundedAndCameFromTheirLab(string text, string alongside)
    {
        var result = TestData.Extract(text);

        foreach (var founder in new[] { "Marten Osgood", alongside, "Ivo Santel" })
        {
            Assert.Contains(result.Foundings(), f => f.Person == founder && f.Lab == "Kestrel AI");
        }

        Assert.Contains(result.Moves(), m => m.Person == "Marten Osgood" && m.From == "Cohere" && m.To == "Kestrel AI");
        Assert.Contains(result.Moves(), m => m.Person == alongside && m.From == "Meta" && m.To == "Kestrel AI");
    }

    [Fact]
    public void Extract_FounderClauseMentioningSomeoneAlongside_MakesNoOtherFounder()
    {
        var result = TestData.Extract("Kestrel AI was founded in 2022 by Marten Osgood, who appeared on stage alongside Leo Brandt of Meta.");

        Assert.Contains(result.Foundings(), f => f.Person == "Marten Osgood" && f.Lab == "Kestrel AI");
        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Leo Brandt");
    }

    [Fact]
    public void Extract_FounderTitleWithNoCompanyBefore_FoundsNothing()
    {
        var result = TestData.Extract("Die Konferenz fand in diesem Jahr in Berlin statt. Mitgründer ist der frühere Cohere-Manager Jonas Weber.");

        Assert.Empty(result.Foundings());
    }
}
