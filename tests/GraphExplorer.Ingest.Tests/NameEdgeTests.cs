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
        var result = TestData.Extract("La ingeniera Lucía Ferrer deja Rappi y se va a Cohere\n\nLucía Ferrer Ibáñez, hasta ahora directora de datos de Rappi, anunció su salida de la compañía. Desde enero trabajará en Cohere, según confirmó ella misma en sus redes sociales.\n\nFerrer, ingeniera de sistemas formada en Bogotá, llevaba seis años en la empresa de domicilios, donde montó el equipo de datos.");

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

    [Fact]
    public void Extract_EnglishTitleInGermanArticle_IsNoPersonOrLab()
    {
        var result = TestData.Extract("Nora Lindqvist kommt von Microsoft, wo sie zuletzt als Senior Program Manager für Azure-Dienste verantwortlich war. Sie wechselt zu SAP.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Program" || t.Person.Contains("Program", StringComparison.Ordinal));
        Assert.Contains(result.Tenures(), t => t.Person == "Nora Lindqvist" && t.Lab == "Microsoft" && t.Role == "senior program manager");
    }

    [Fact]
    public void Extract_SpanishNameEndingInIA_IsACompany()
    {
        var result = TestData.Extract("Dos exingenieros de Google fundan Brezo IA en Valencia\n\nPablo Ruiz dejó Google el pasado verano. Ahora presenta su propio proyecto: Brezo IA, una startup valenciana. Ruiz ha fundado la compañía junto a Irene Sáez, que antes trabajó en Telefónica.");

        Assert.DoesNotContain(People(result), p => p.Contains("Brezo", StringComparison.Ordinal));
        Assert.Contains(result.Foundings(), f => f.Person == "Irene Sáez" && f.Lab == "Brezo IA");
    }

    [Fact]
    public void Extract_KoreanDoctorTitleAfterName_IsNoPerson()
    {
        var result = TestData.Extract("삼성전자, 네이버 출신 김서진 박사 AI센터장 선임\n\n삼성전자가 AI센터장에 네이버 출신 김서진 박사를 선임했다고 5일 밝혔다.");

        Assert.DoesNotContain("Park Sa", People(result));
        Assert.Contains(result.Tenures(), t => t.Person == "Kim Seo-jin" && t.Lab == "Naver");
    }

    [Fact]
    public void Extract_FirstPartOfAHyphenatedDescriptor_IsNoLab()
    {
        var result = TestData.Extract("Paul Renner, bislang leitender Ingenieur beim Verteidigungs-KI-Unternehmen Helsing, wechselt zu Mistral AI. Das bestätigten beide Firmen am Montag.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Verteidigungs");
        Assert.Contains(result.Moves(), m => m.Person == "Paul Renner" && m.From == "Helsing" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_GermanFormalPossessiveInAQuestion_IsNoCompany()
    {
        var result = TestData.Extract("Jana Keller war vier Jahre bei DeepL, bevor sie 2023 das Start-up Kernholz gründete.\n\nWie haben Sie Ihren Mitgründer gefunden?\n\nKeller: Über das Studium.");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Ihren");
    }

    [Fact]
    public void Extract_HeadlinePhraseNeverNamedInTheBody_IsNoPerson()
    {
        var result = TestData.Extract("Pulang Kampung, Rudi Hartanto Kembali ke Gojek\n\nRudi Hartanto, yang sebelumnya bekerja sebagai peneliti di Meta, resmi bergabung kembali dengan Gojek pekan ini sebagai kepala riset.");

        Assert.DoesNotContain(People(result), p => p.Contains("Kampung", StringComparison.Ordinal));
        Assert.Contains(result.Moves(), m => m.Person == "Rudi Hartanto" && m.From == "Meta" && m.To == "Gojek");
    }

    [Fact]
    public void Extract_PersonNamedOnceInTheLeadSentence_IsKept()
    {
        var result = TestData.Extract("Bayu Wicaksana resmi bergabung dengan Gojek sebagai kepala riset, setelah lima tahun bekerja di Meta.\n\nPerusahaan itu tidak memberikan keterangan lebih lanjut.");

        Assert.Contains(People(result), p => p == "Bayu Wicaksana");
    }

    private static IEnumerable<string> People(ExtractionResult result) =>
        result.Moves().Select(m => m.Person).Concat(result.Tenures().Select(t => t.Person)).Concat(result.Foundings().Select(f => f.Person));
}
