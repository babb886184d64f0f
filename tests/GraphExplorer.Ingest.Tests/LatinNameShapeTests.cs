using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// General constructions of German, Spanish, Portuguese and Indonesian news that decide who is a person and which lab a
/// title names: German capitalised nouns after a genitive name or an adjective, "the company" in a genitive or a
/// contraction, sentence-initial function words, veterans of a lab, "ex-" titles, title-first appositions in lists and
/// hires told in the German perfect.
/// The sentences and people are made up for these tests.
/// </summary>
public class LatinNameShapeTests
{
    [Fact]
    public void Extract_GermanGenitiveOfANamedPerson_IsNoPerson()
    {
        var result = TestData.Extract("Die Forscherin Mareike Sandholt verließ Google im Frühjahr. Sandholts Engagement bei Anthropic beginnt im Mai, wie das Unternehmen mitteilte.");

        Assert.DoesNotContain(result.Facts, f => PersonOf(f).StartsWith("Sandholts", StringComparison.Ordinal));
        Assert.Contains(result.Tenures(), t => t.Person == "Mareike Sandholt" && t.Lab == "Google");
    }

    [Fact]
    public void Extract_GermanAdjectiveAndNounOpeningASentence_IsNoPerson()
    {
        var result = TestData.Extract("Hohe Gehälter locken viele Forscher zu Anthropic, wie das Unternehmen mitteilte.");

        Assert.DoesNotContain(result.Facts, f => PersonOf(f).Contains("Gehälter", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GermanNeuterAdjectiveInsideASentence_IsNoPerson()
    {
        var result = TestData.Extract("Die Managerin Tanja Vogel ist bei Apple Vizepräsidentin für Kognitives Rechnen und Robotik, wie das Unternehmen mitteilte.");

        Assert.DoesNotContain(result.Facts, f => PersonOf(f).Contains("Rechnen", StringComparison.Ordinal));
        Assert.Contains(result.Tenures(), t => t.Person == "Tanja Vogel" && t.Lab == "Apple");
    }

    [Fact]
    public void Extract_GermanFounderOfTheCompanyInTheGenitive_FoundedTheLabOfThePassage()
    {
        var result = TestData.Extract("Mistral AI wächst schnell. Der Mitbegründer des Unternehmens, Tobias Ehrenfeld, verlässt die Firma und wechselt zu Google.");

        Assert.DoesNotContain(result.Facts, f => f is FoundedFact { Lab: "Unternehmens" } or WorkedAtFact { Lab: "Unternehmens" });
        Assert.Contains(result.Foundings(), f => PersonOf(f) == "Tobias Ehrenfeld" && f.Lab == "Mistral AI");
        Assert.Contains(result.Moves(), m => m.Person == "Tobias Ehrenfeld" && m.From == "Mistral AI" && m.To == "Google");
    }

    [Fact]
    public void Extract_GermanVeteranCompound_IsTheLabLeft()
    {
        var result = TestData.Extract("Mistral AI holt den Google-Veteranen Tobias Ehrenfeld, wie das Unternehmen am Montag mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Tobias Ehrenfeld" && m.From == "Google" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_SpanishVeteranOfALab_IsTheLabLeft()
    {
        var result = TestData.Extract("Según fuentes cercanas a la compañía, que no quisieron dar más detalles sobre el acuerdo, el veterano de Google Andrés Villalba se incorpora a Mistral AI.");

        Assert.Contains(result.Moves(), m => m.Person == "Andrés Villalba" && m.From == "Google" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_PortugueseVeteranOfALab_IsTheLabLeft()
    {
        var result = TestData.Extract("O veterano do Google Rui Lopes foi contratado pela Anthropic, segundo o jornal.");

        Assert.Contains(result.Moves(), m => m.Person == "Rui Lopes" && m.From == "Google" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_SpanishExTitleCompound_IsTheLabLeft()
    {
        var result = TestData.Extract("Según fuentes cercanas a la compañía, que no quisieron dar más detalles sobre el acuerdo, Andrés Villalba, exconsejero delegado de GitHub, se une a Meta.");

        Assert.Contains(result.Moves(), m => m.Person == "Andrés Villalba" && m.From == "GitHub" && m.To == "Meta");
    }

    [Fact]
    public void Extract_TitleFirstAppositionsInAList_DescribeTheNameAfterTheComma()
    {
        var result = TestData.Extract("Entre los nuevos fichajes de Meta figuran Lucía Ferrer, el exdirector de Acme Robotics, Andrés Villalba, y la exconsejera delegada de GitHub, Marta Ibarra.");

        Assert.Contains(result.Facts, f => PersonOf(f) == "Andrés Villalba" && f is WorkedAtFact { Lab: "Acme Robotics" } or LeftForFact { From: "Acme Robotics" });
        Assert.Contains(result.Facts, f => PersonOf(f) == "Marta Ibarra" && f is WorkedAtFact { Lab: "GitHub" } or LeftForFact { From: "GitHub" });
        Assert.DoesNotContain(result.Facts, f => PersonOf(f) == "Lucía Ferrer" && f is WorkedAtFact { Lab: "Acme Robotics" } or LeftForFact { From: "Acme Robotics" });
        Assert.DoesNotContain(result.Facts, f => PersonOf(f) == "Andrés Villalba" && f is WorkedAtFact { Lab: "GitHub" } or LeftForFact { From: "GitHub" });
    }

    [Fact]
    public void Extract_SpanishAttractVerbWithBracketedLabs_FindsEachMove()
    {
        var result = TestData.Extract("Según la prensa, Meta ha logrado atraer a perfiles como Lucía Ferrer (OpenAI) y Andrés Villalba (Google) para su nuevo laboratorio.");

        Assert.Contains(result.Moves(), m => m.Person == "Lucía Ferrer" && m.From == "OpenAI" && m.To == "Meta");
        Assert.Contains(result.Moves(), m => m.Person == "Andrés Villalba" && m.From == "Google" && m.To == "Meta");
    }

    [Fact]
    public void Extract_PortugueseCompanyAfterAContraction_IsTheLabOfThePassage()
    {
        var result = TestData.Extract("A Acme Robotics foi criada em Lisboa. Segundo o jornal, Rui Lopes, cofundador da empresa, também trabalhou no Google.");

        Assert.Contains(result.Foundings(), f => PersonOf(f) == "Rui Lopes" && f.Lab == "Acme Robotics");
    }

    [Fact]
    public void Extract_IndonesianBesidesOpeningASentence_IsNoPartOfTheName()
    {
        var result = TestData.Extract("Selain Santoso, OpenAI juga merekrut Dewi Lestari dari Meta pada bulan lalu.");

        Assert.DoesNotContain(result.Facts, f => PersonOf(f).StartsWith("Selain", StringComparison.Ordinal));
        Assert.Contains(result.Moves(), m => m.Person == "Dewi Lestari" && m.From == "Meta" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_GermanPerfectRecruitWithOrigin_FindsEachMove()
    {
        var result = TestData.Extract("Meta hat die Forscher Tobias Ehrenfeld und Mareike Sandholt von OpenAI abgeworben, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Tobias Ehrenfeld" && m.From == "OpenAI" && m.To == "Meta");
        Assert.Contains(result.Moves(), m => m.Person == "Mareike Sandholt" && m.From == "OpenAI" && m.To == "Meta");
    }

    [Fact]
    public void Extract_GermanPerfectHireOfAVeteran_FindsTheMove()
    {
        var result = TestData.Extract("Mistral AI hat den Google-Veteranen Tobias Ehrenfeld eingestellt, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Tobias Ehrenfeld" && m.From == "Google" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_CompanyNounBeforeALabsName_IsThatLab()
    {
        var result = TestData.Extract("Google presentó su nuevo modelo el lunes. Según la prensa, la investigadora Lucía Ferrer, que trabajaba en la compañía desde 2019, se unió a la empresa rival Anthropic.");

        Assert.Contains(result.Moves(), m => m.Person == "Lucía Ferrer" && m.From == "Google" && m.To == "Anthropic");
        Assert.DoesNotContain(result.Moves(), m => m.To == "Google");
    }

    [Fact]
    public void Extract_EnglishTitleInGermanText_IsNoLab()
    {
        var result = TestData.Extract("Nach dem Abgang der Gründer übernahm Tobias Ehrenfeld, zuvor General Counsel von Mistral AI, die Leitung, wie das Unternehmen mitteilte.");

        Assert.DoesNotContain(result.Facts, f => f is FoundedFact { Lab: "General Counsel" } or WorkedAtFact { Lab: "General Counsel" });
        Assert.Contains(result.Tenures(), t => t.Person == "Tobias Ehrenfeld" && t.Lab == "Mistral AI");
    }

    [Fact]
    public void Extract_PortugueseStintAtALab_IsTheLabLeft()
    {
        var result = TestData.Extract("Rafael Monteiro foi contratado pela Meta após passagem pelo Google, segundo o jornal.");

        Assert.Contains(result.Moves(), m => m.Person == "Rafael Monteiro" && m.From == "Google" && m.To == "Meta");
    }

    /// <summary>The person a fact is about, or "" for an article line.</summary>
    private static string PersonOf(Fact fact) => fact switch
    {
        WorkedAtFact w => w.Person,
        LeftForFact l => l.Person,
        FoundedFact f => f.Person,
        _ => "",
    };
}
