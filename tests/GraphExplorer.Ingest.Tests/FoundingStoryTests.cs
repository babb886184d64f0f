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
}
