namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Where a person's name begins and ends: a company and a title glued before it with hyphens, an honorific, a word
/// that introduces a name, a number word, a company right after it in a verb-final clause, a headline word glued to it,
/// and a full name shortened elsewhere in the article. The sentences and people are made up for these tests.
/// </summary>
public class NameEdgeTests
{
    [Fact]
    public void Extract_GermanLabTitleCompoundBeforeName_IsNoPartOfTheName()
    {
        var result = TestData.Extract("Der frühere Aleph-Alpha-Technikchef Jonas Reiter wechselt zum Jahresbeginn zu DeepL, wie das Unternehmen am Montag mitteilte.");

        Assert.DoesNotContain(People(result), p => p.Contains("Technikchef", StringComparison.Ordinal));
        Assert.Contains(result.Tenures(), t => t.Person == "Jonas Reiter" && t.Lab == "Aleph Alpha");
    }

    [Fact]
    public void Extract_GermanMultiWordLabTitleCompoundBeforeSurname_LinksTheSurname()
    {
        var result = TestData.Extract("Paula Stein hat das Start-up Kernholz zusammen mit Ben Ruhland gegründet. Die frühere Black-Forest-Labs-Ingenieurin Stein leitet dort die Technik.");

        Assert.DoesNotContain(People(result), p => p.Contains("Ingenieurin", StringComparison.Ordinal));
        Assert.Contains(result.Tenures(), t => t.Person == "Paula Stein" && t.Lab == "Black Forest Labs");
    }

    [Fact]
    public void Extract_GermanCompoundTitleAfterDuration_IsNoPerson()
    {
        var result = TestData.Extract("Lea Kranz war drei Jahre Data-Science-Managerin bei Zalando, bevor sie 2022 in Berlin das Start-up Kernholz gründete.");

        Assert.DoesNotContain(People(result), p => p.Contains("Managerin", StringComparison.Ordinal) || p.Contains("Jahre", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GermanColleagueCompoundBeforeName_IsNoPartOfTheName()
    {
        var result = TestData.Extract("Seine Helsing-Kollegin Marta Wendel bleibt dagegen in München, sagte ein Sprecher des Unternehmens am Montag.");

        Assert.DoesNotContain(People(result), p => p.Contains("Kollegin", StringComparison.Ordinal));
        Assert.Contains(result.Tenures(), t => t.Person == "Marta Wendel" && t.Lab == "Helsing");
    }

    [Theory]
    [InlineData("Jana Keller war vier Jahre bei DeepL, bevor sie 2023 das Start-up Kernholz gründete.\n\nFrau Keller, warum haben Sie DeepL verlassen?\n\nKeller: Nicht aus Frust.", "Frau")]
    [InlineData("Claire Lefort a quitté Cohere pour rejoindre Anthropic.\n\nPassée par le Mila à Montréal, Mme Lefort retrouvera chez Anthropic un visage connu.", "Mme")]
    [InlineData("Rudi Hartanto keluar dari Gojek dan bergabung dengan Grab. Pak Hartanto akan memimpin tim data Grab.", "Pak")]
    public void Extract_HonorificBeforeSurname_IsNoGivenName(string text, string honorific)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(People(result), p => p.StartsWith(honorific + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GermanNumberWordBeforeNoun_IsNoPerson()
    {
        var result = TestData.Extract("Jana Keller gründete das Start-up Kernholz. Keller: Zwanzig Leute, darunter zwei, die vorher bei Amazon waren.");

        Assert.DoesNotContain(People(result), p => p.Contains("Zwanzig", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GermanFounderBeforeCompanyInVerbFinalClause_CutsTheCompany()
    {
        var result = TestData.Extract("Das Start-up Kernholz hat zehn Millionen Euro eingesammelt. Bevor Tobias Renner Kernholz gründete, arbeitete er fünf Jahre bei SAP.");

        Assert.DoesNotContain(People(result), p => p.Contains("Renner Kernholz", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HeadlineShortensFullName_UsesTheFullName()
    {
        var result = TestData.Extract("La ingeniera Lucía Ferrer deja Rappi y se va a Cohere\n\nLucía Ferrer Ibáñez, hasta ahora directora de datos de Rappi, anunció su salida de la compañía. Desde enero trabajará en Cohere.");

        Assert.Contains(result.Moves(), m => m.Person == "Lucía Ferrer Ibáñez");
        Assert.All(result.Tenures(), t => Assert.Equal("Lucía Ferrer Ibáñez", t.Person));
        Assert.All(result.Moves(), m => Assert.Equal("Lucía Ferrer Ibáñez", m.Person));
    }

    [Fact]
    public void Extract_HeadlineWordGluedBeforeName_IsDropped()
    {
        var result = TestData.Extract("Dari Medan ke Tokyo: Kisah Sari Wulandari di Dunia AI\n\nSari Wulandari meninggalkan Gojek pada 2021 untuk bergabung dengan Sakana AI di Tokyo sebagai peneliti.");

        Assert.DoesNotContain(People(result), p => p.Contains("Kisah", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GivenNameBeforeKnownSurnamePair_KeepsTheLongName()
    {
        var result = TestData.Extract("Former Google researcher Daniel Okonkwo Mensah has joined Anthropic, the company said on Tuesday. Okonkwo Mensah will lead a new team there, according to people familiar with the matter.");

        Assert.Contains(result.Moves(), m => m.Person == "Daniel Okonkwo Mensah");
        Assert.DoesNotContain("Okonkwo Mensah", People(result));
    }

    private static IEnumerable<string> People(ExtractionResult result) =>
        result.Moves().Select(m => m.Person).Concat(result.Tenures().Select(t => t.Person)).Concat(result.Foundings().Select(f => f.Person));
}
