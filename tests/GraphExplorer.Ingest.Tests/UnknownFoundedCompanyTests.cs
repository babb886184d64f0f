namespace GraphExplorer.Ingest.Tests;

/// <summary>A company no list knows, named where a founding phrase describes it ("Quillmark, fondée par …", "Fundada
/// por …, Quillmark …") or after an organisation noun and an adjective of origin ("la jeune pousse nantaise Quillmark");
/// self-written sentences only.</summary>
public class UnknownFoundedCompanyTests
{
    [Theory]
    [InlineData("Fondée l'an dernier par Hélène Vasquez et Marc Rouvière, Tessarine annonce une levée de fonds de 12 millions d'euros.")]
    [InlineData("Tessarine, fondée l'an dernier par Hélène Vasquez et Marc Rouvière, annonce une levée de fonds.")]
    [InlineData("La jeune pousse nantaise Tessarine, fondée l'an dernier par Hélène Vasquez et Marc Rouvière, annonce une levée de fonds.")]
    public void Extract_FrenchFoundingPhraseBesideAnUnknownName_FoundsIt(string sentence)
    {
        var result = TestData.Extract("Nantes — " + sentence, "2025-04-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Hélène Vasquez", Lab: "Tessarine" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Marc Rouvière", Lab: "Tessarine" });
    }

    [Theory]
    [InlineData("Fundada por Elena Vázquez y Marcos Rubio, Tessarine anunció el martes una ronda de 12 millones de euros.", "Elena Vázquez")]
    [InlineData("La startup valenciana Tessarine, fundada el año pasado por Elena Vázquez, anunció una ronda de financiación.", "Elena Vázquez")]
    [InlineData("A startup paulistana Tessarine, fundada em 2023 por Helena Vaz, captou R$ 30 milhões.", "Helena Vaz")]
    [InlineData("Founded last year by Helen Vasquez and Mark Rowe, Tessarine announced a funding round on Tuesday.", "Helen Vasquez")]
    public void Extract_FoundingPhraseBesideAnUnknownName_FoundsIt(string sentence, string founder)
    {
        var result = TestData.Extract(sentence, "2025-04-01");

        Assert.Contains(result.Foundings(), f => f.Person == founder && f.Lab == "Tessarine");
    }

    [Fact]
    public void Extract_SurnameAfterAFoundingPhrase_IsNoCompany()
    {
        var result = TestData.Extract("Founded in 2019 by Helen Vasquez, the lab hired Daniel Rowe last year, Vasquez said.", "2025-04-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Vasquez");
    }

    [Fact]
    public void Extract_WordAfterAnOriginAdjective_ThatTheArticleWritesInLowerCase_IsNoCompany()
    {
        var result = TestData.Extract("La startup valenciana Nueva, según fuentes, fue fundada por Elena Vázquez. La nueva ronda llegará en mayo.", "2025-04-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Nueva");
    }

    [Theory]
    [InlineData("Tessarine, a Porto startup building voice agents, raised $30 million on Tuesday.\n\nThe company was founded in 2023 by Helena Vaz and Marcos Rocha.", "Helena Vaz")]
    [InlineData("A Tessarine, startup paulistana de agentes de voz, captou R$ 30 milhões.\n\nA empresa foi fundada em 2023 por Helena Vaz e Marcos Rocha.", "Helena Vaz")]
    public void Extract_UnknownNameDescribedAsACompany_IsWhatTheCompanyRefersTo(string text, string founder)
    {
        var result = TestData.Extract(text, "2025-04-01");

        Assert.Contains(result.Foundings(), f => f.Person == founder && f.Lab == "Tessarine");
    }

    [Fact]
    public void Extract_SurnameDescribedAsAStartupFounder_IsNoCompany()
    {
        var result = TestData.Extract("\"We are hiring,\" said Okonkwo-Hesse, a startup founder who left Google in 2022.", "2025-04-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab.StartsWith("Okonkwo", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Tenures(), t => t.Lab.StartsWith("Okonkwo", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PeopleBeforeAnActiveFoundingVerb_AreThePeople()
    {
        var result = TestData.Extract("Jakarta — Dua mantan insinyur Gojek, Sinta Maharani dan Galang Wicaksono, mendirikan Rumpun AI tahun lalu.", "2025-04-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Galang Wicaksono", Lab: "Rumpun AI" });
    }
}
