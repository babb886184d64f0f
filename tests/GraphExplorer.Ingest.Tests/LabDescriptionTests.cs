namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A description standing for the lab the headline is about ("o banco", "la empresa", "l'entreprise torontoise", "des
/// Konzerns", "the company") in a sentence that names only where the person came from. The people, and the sentences,
/// are made up for these tests; the companies are real or made up.
/// </summary>
public class LabDescriptionTests
{
    [Theory]
    [InlineData("Nubank contrata pesquisador do Google\nO Nubank anunciou nesta segunda-feira uma contratação.\nCarlos Menezes deixou o Google, onde era engenheiro, e assume a chefia da área de crédito do banco.", "Carlos Menezes", "Nubank")]
    [InlineData("Nubank contrata executiva da Meta\nO Nubank anunciou duas contratações.\nA vice-presidente de tecnologia do banco, Fernanda Rocha, deixou a Meta em julho.", "Fernanda Rocha", "Nubank")]
    [InlineData("Mercado Libre ficha a un exingeniero de Amazon\nMercado Libre anunció el martes un nuevo fichaje.\nAndrés Villalba, exingeniero de Amazon, asumirá como director de datos de la empresa.", "Andrés Villalba", "Mercado Libre")]
    [InlineData("Mercado Libre refuerza su equipo de datos\nMercado Libre confirmó el lunes la llegada de una directiva.\nSofía Herrera dejó Google en mayo y será la nueva jefa de investigación de la compañía argentina.", "Sofía Herrera", "Mercado Libre")]
    [InlineData("Mistral AI recrute chez Meta\nMistral AI a annoncé lundi une nouvelle arrivée.\nPaul Girard, ancien chercheur de Meta, devient directeur de la recherche de la start-up parisienne.", "Paul Girard", "Mistral AI")]
    [InlineData("SAP holt KI-Managerin von Microsoft\nSAP hat am Montag eine Personalie bestätigt.\nLena Hoffmann hat Microsoft verlassen und wird Leiterin der KI-Forschung des Konzerns.", "Lena Hoffmann", "SAP")]
    [InlineData("Helsing holt Forscherin von Google\nHelsing hat am Dienstag eine Personalie bekanntgegeben.\nDie frühere Google-Forscherin Eva Brandt ist nun Forschungschefin des Unternehmens.", "Eva Brandt", "Helsing")]
    [InlineData("Cohere hires a Google researcher\nCohere said on Monday it had made a senior hire.\nMaya Collins, who left Google in March, is now head of reasoning at the Toronto-based company.", "Maya Collins", "Cohere")]
    [InlineData("GoTo merekrut mantan eksekutif Grab\nGoTo mengumumkan perekrutan baru pada hari Senin.\nRina Wijaya, mantan direktur di Grab, kini menjabat kepala riset perusahaan tersebut.", "Rina Wijaya", "GoTo")]
    public void Extract_PostAtADescriptionAfterAnOrigin_IsAtTheHeadlineLab(string text, string person, string lab) =>
        AssertPostAt(text, person, lab);

    [Theory]
    [InlineData("Um reforço para a área de crédito\nSÃO PAULO — O Nubank anunciou nesta segunda-feira uma contratação.\nCarlos Menezes deixou o Google, onde era engenheiro, e assume a chefia da área de crédito do banco.", "Carlos Menezes", "Nubank")]
    [InlineData("A new head of research in Walldorf\nSAP said on Monday it had made a senior hire.\nLena Hoffmann, who left Microsoft in March, is now head of research at the company.", "Lena Hoffmann", "SAP")]
    public void Extract_HeadlineNamingNoLab_TakesTheLeadsLab(string text, string person, string lab) =>
        AssertPostAt(text, person, lab);

    [Fact]
    public void Extract_DescriptionLeftForANamedLab_IsTheHeadlineLab()
    {
        var result = TestData.Extract("Nubank perde diretor para o Google\nCarlos Menezes deixou o banco e assume o cargo de diretor de pesquisa do Google.");

        Assert.Contains(result.Moves(), m => m.Person == "Carlos Menezes" && m.From == "Nubank" && m.To == "Google");
    }

    [Theory]
    [InlineData("Nubank contrata pesquisador do Google\nO Nubank anunciou nesta segunda-feira uma contratação.\nCarlos Menezes deixou o Google, onde era engenheiro. O banco não comentou.", "Carlos Menezes", "Nubank")]
    [InlineData("Cohere hires a Google researcher\nMaya Collins left Google in March. The company declined to comment.", "Maya Collins", "Cohere")]
    public void Extract_DescriptionThatStatesNoPost_GivesNoPost(string text, string person, string lab)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Tenures(), w => w.Person == person && w.Lab == lab);
        Assert.DoesNotContain(result.Moves(), m => m.Person == person && m.To == lab);
    }

    [Fact]
    public void Extract_HeadlineWithTwoLabs_ResolvesTheBankToNeither()
    {
        var result = TestData.Extract("Nubank e Mercado Libre disputam engenheiros\nOs dois grupos anunciaram contratações.\nCarlos Menezes deixou o Google, onde era engenheiro, e assume a chefia da área de crédito do banco.");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Carlos Menezes" && w.Lab is "Nubank" or "Mercado Libre");
    }

    [Fact]
    public void Extract_HeadlineLabDescribingAPerson_IsNoFocalLab()
    {
        var result = TestData.Extract("Amazon engineer joins a rival\nMaya Collins, who left Google in March, is now head of reasoning at the company.");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Maya Collins" && w.Lab == "Amazon");
    }

    [Fact]
    public void Extract_InvestorOpeningTheHeadline_IsNoFocalLab()
    {
        var result = TestData.Extract("Seaya Ventures lidera una ronda en una startup de IA\nIrene Muñoz dejó Microsoft en mayo y será la nueva jefa de investigación de la firma.");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Irene Muñoz" && w.Lab == "Seaya Ventures");
    }

    [Fact]
    public void Extract_BankDescriptionWithNoFocalLab_IsNotTheLabNamedLast()
    {
        // The bank confirming the departure is not OpenAI, the lab named last: no rule places it, so it stands for none.
        var result = TestData.Extract("La directora de datos de BBVA se marcha a OpenAI\nLaura Prieto, que hasta ahora dirigía la estrategia de datos de BBVA, se incorpora a OpenAI para liderar su negocio en España. La salida fue confirmada por el banco el viernes.\n\nPrieto llegó a BBVA en 2019 tras una etapa en una consultora.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Laura Prieto" && m.From == "OpenAI");
    }

    private static void AssertPostAt(string text, string person, string lab) =>
        Assert.Contains(TestData.Extract(text).Tenures(), w => w.Person == person && w.Lab == lab);
}
