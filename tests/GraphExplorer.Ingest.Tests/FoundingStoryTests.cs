namespace GraphExplorer.Ingest.Tests;

/// <summary>The founding story as news tells it across languages: a headline naming the founders only by their former
/// employers ("Ex-A e ex-B fundam Z"), a lead introducing the company, one sentence per founder's origin, investors, and
/// "the company was founded by"; self-written articles only, each with a near miss beside it.</summary>
public class FoundingStoryTests
{
    private const string Portuguese = "Ex-Natura e ex-Totvs fundam Garoa, startup de agentes para clínicas\n\n"
        + "Renata Soares e Caio Menezes trabalharam anos em grandes empresas. Agora apostam na Garoa, startup que automatiza agendas médicas. "
        + "Renata deixou a Natura em março, onde liderava a área de dados. Caio passou seis anos na Totvs antes de se juntar à sócia. "
        + "A Garoa levantou R$ 5 milhões em rodada liderada pela Bossa Invest. A diretora da Natura, Luísa Prado, elogiou o projeto.";

    private const string SpanishFounding = "Nuevas startups\n\nLucía Prieto, exingeniera de Glovo, fundó este año Alcor AI, una startup que revisa contratos.";

    [Fact]
    public void Extract_HeadlineNamesFoundersByFormerEmployers_BodyPeopleFoundTheCompany()
    {
        var result = TestData.Extract(Portuguese, "2025-06-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Renata Soares", Lab: "Garoa" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Caio Menezes", Lab: "Garoa" });
        Assert.Contains(result.Moves(), m => m is { Person: "Renata Soares", From: "Natura", To: "Garoa" });
        Assert.Contains(result.Moves(), m => m is { Person: "Caio Menezes", From: "Totvs", To: "Garoa" });
    }

    [Fact]
    public void Extract_CurrentStaffOfAHeadlineOrigin_IsNoFounder()
    {
        var result = TestData.Extract(Portuguese, "2025-06-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Luísa Prado");
    }

    [Fact]
    public void Extract_HeadlineWithoutFormerEmployers_AddsNoFounders()
    {
        var result = TestData.Extract(Portuguese.Replace("Ex-Natura e ex-Totvs fundam Garoa", "Natura e Totvs testam a Garoa", StringComparison.Ordinal), "2025-06-01");

        Assert.DoesNotContain(result.Foundings(), f => f is { Person: "Caio Menezes" });
    }

    [Fact]
    public void Extract_SpanishLeadPresentsTheCompanyTheyCofounded_FoundersLeftTheirLabs()
    {
        var result = TestData.Extract("Dos exingenieros de Inditex y Cabify fundan en Bilbao la startup Txalaparta AI\n\n"
            + "Bilbao. Ane Etxeberria y Mikel Urrutia se conocieron en la universidad. Hoy presentan Txalaparta AI, la empresa que han cofundado para traducir documentos legales. "
            + "Etxeberria dejó su puesto en Inditex en enero. Urrutia, por su parte, trabajaba en Cabify hasta el verano. "
            + "La compañía ha cerrado una ronda de 2 millones de euros liderada por Kfund.", "2025-10-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Ane Etxeberria", Lab: "Txalaparta AI" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Mikel Urrutia", Lab: "Txalaparta AI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Ane Etxeberria", From: "Inditex", To: "Txalaparta AI" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Kfund");
    }

    [Fact]
    public void Extract_CompanyFoundedByAfterAnInvestorIsNamed_IsTheStartupNotTheFund()
    {
        var result = TestData.Extract("Quorra raises $12 million for payroll agents\n\n"
            + "Quorra, a startup founded by two former Stripe engineers, has raised $12 million in a round led by Northzone. "
            + "The company was co-founded by Dana Whitfield and Omar Reyes in 2024.", "2025-03-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Dana Whitfield", Lab: "Quorra" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Northzone");
    }

    [Fact]
    public void Extract_GermanCompanyNamedBareAfterItsIntroduction_IsTheSameLab()
    {
        var result = TestData.Extract("Ehemalige Bosch- und Zeiss-Ingenieure gründen Start-up Lichtwerk\n\n"
            + "Stuttgart. Sabine Krämer und Lukas Heintz haben das Start-up Lichtwerk gegründet. "
            + "Krämer, die Lichtwerk als Geschäftsführerin leitet, verließ Bosch im Frühjahr. Heintz kommt von Zeiss, wo er acht Jahre arbeitete.", "2025-09-01");

        Assert.Contains(result.Tenures(), t => t is { Person: "Sabine Krämer", Lab: "Lichtwerk" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Lukas Heintz", Lab: "Lichtwerk" });
        Assert.Contains(result.Moves(), m => m is { Person: "Lukas Heintz", From: "Zeiss", To: "Lichtwerk" });
    }

    [Fact]
    public void Extract_FinitePastFoundingAfterAnOriginAside_FoundsTheLabAfterTheVerb()
    {
        var result = TestData.Extract(SpanishFounding, "2025-05-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Lucía Prieto", Lab: "Alcor AI" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Glovo");
    }

    [Fact]
    public void Extract_ParticipleDescribingTheLabBefore_IsStillNoFounding()
    {
        var result = TestData.Extract("Nuevas startups\n\nLucía Prieto se unió a Alcor AI, fundada en 2023 en Valencia.", "2025-05-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Lucía Prieto");
    }

    [Fact]
    public void Extract_GermanPerfectFoundingBeforeARelativeClauseWithVon_FoundsWithBothSubjects()
    {
        var result = TestData.Extract("Neues Start-up in Köln\n\nKöln. Anja Lorenz und Timo Brandt haben das Start-up Rheinwerk gegründet, das Messreihen von Raffinerien mit Sprachmodellen prüft.", "2025-05-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Anja Lorenz", Lab: "Rheinwerk" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Timo Brandt", Lab: "Rheinwerk" });
    }

    [Fact]
    public void Extract_PassiveFoundingListingFoundersWithLongAsides_EveryFounderAndOrigin()
    {
        var result = TestData.Extract("Startup Jabuti AI capta R$ 20 milhões\n\n"
            + "A Jabuti AI, startup mineira que cria assistentes jurídicos, captou R$ 20 milhões em rodada liderada pela Valor Capital. "
            + "A empresa foi fundada em 2024 por Helena Brandão, ex-gerente de produto de crédito do Nubank, e Rui Falcão, que saiu da Stone em 2023.", "2025-03-01");

        Assert.Contains(result.Foundings(), f => f is { Person: "Rui Falcão", Lab: "Jabuti AI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Rui Falcão", From: "Stone", To: "Jabuti AI" });
    }

    [Fact]
    public void Extract_FounderCareerToldAsAChainAfterTheFounding_LeftTheLastLabForTheCompany()
    {
        var result = TestData.Extract(SpanishFounding + " "
            + "Prieto dejó Glovo en 2021 y pasó tres años en Cabify antes de lanzar su propio proyecto.", "2025-05-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Lucía Prieto", From: "Cabify", To: "Alcor AI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Lucía Prieto", From: "Glovo", To: "Cabify" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Lucía Prieto", From: "Glovo", To: "Alcor AI" });
    }
}
