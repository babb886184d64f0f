namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Ways Portuguese and Spanish news say a person took up a post at a lab ("assumiu a presidência da B", "asumió el
/// cargo de … en B") or joined it ("para se juntar à B", "para sumarse a B"), which with the lab left make a move, and
/// an aside naming the earlier post ("X, until recently at A, joins B") in five languages. The sentences and people
/// are made up for these tests.
/// </summary>
public class LatinPostTakenTests
{
    [Fact]
    public void Extract_PortugueseAssumiuAPresidenciaAfterLeaving_FindsTheMove()
    {
        var result = TestData.Extract("O engenheiro Vicente Albuquerque assumiu a presidência da Totvs após deixar a Microsoft, informou a empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Vicente Albuquerque" && m.From == "Microsoft" && m.To == "Totvs");
    }

    [Fact]
    public void Extract_PortugueseAssumeCargoNa_IsATenureAtTheLab()
    {
        var result = TestData.Extract("A executiva Helena Prates assume o cargo de diretora de tecnologia da Nubank, segundo a empresa.");

        Assert.Contains(result.Tenures(), t => t.Person == "Helena Prates" && t.Lab == "Nubank");
    }

    [Fact]
    public void Extract_PortugueseParaSeJuntarA_FindsTheMove()
    {
        var result = TestData.Extract("A pesquisadora Joana Teixeira deixa a Google para se juntar à Anthropic, segundo a empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Joana Teixeira" && m.From == "Google" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_SpanishAsumioLaPresidenciaTrasDejar_FindsTheMove()
    {
        var result = TestData.Extract("El ingeniero Ramiro Valcárcel asumió la presidencia de Telefónica tras dejar IBM, según informó la compañía.");

        Assert.Contains(result.Moves(), m => m.Person == "Ramiro Valcárcel" && m.From == "IBM" && m.To == "Telefónica");
    }

    [Fact]
    public void Extract_SpanishParaSumarseA_FindsTheMove()
    {
        var result = TestData.Extract("La investigadora Inés Barrientos deja Google para sumarse a Anthropic, según informó la compañía.");

        Assert.Contains(result.Moves(), m => m.Person == "Inés Barrientos" && m.From == "Google" && m.To == "Anthropic");
    }

    [Theory]
    [InlineData("Dana Whitfield, until recently at Google, joins Anthropic as its research lead, the company said.", "Dana Whitfield", "Google", "Anthropic")]
    [InlineData("El ingeniero Javier Ortega, anteriormente en IBM, se incorpora a Telefónica, según informó la compañía.", "Javier Ortega", "IBM", "Telefónica")]
    [InlineData("O engenheiro Rafael Souza, anteriormente na Microsoft, chega à Nubank, segundo a empresa.", "Rafael Souza", "Microsoft", "Nubank")]
    [InlineData("Der Ingenieur Tobias Brandt, bislang bei Siemens, wechselt zu Aleph Alpha, wie die Firma mitteilte.", "Tobias Brandt", "Siemens", "Aleph Alpha")]
    [InlineData("Insinyur Budi Santoso, sebelumnya di Gojek, bergabung dengan Tokopedia, kata perusahaan itu.", "Budi Santoso", "Gojek", "Tokopedia")]
    public void Extract_EarlierPostInAnAside_IsTheOriginOfTheMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_PortugueseAntesDeIngressarNa_FindsTheMove()
    {
        var result = TestData.Extract("Antes de ingressar na Meta, Rafael Souza trabalhou por oito anos na Microsoft, segundo a empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Rafael Souza" && m.From == "Microsoft" && m.To == "Meta");
    }

    [Theory]
    [InlineData("Odile Ferrand, qui occupait depuis 2019 le poste de directrice technique de Dataiku, quitte l'entreprise. Elle rejoint Mistral AI.", "Odile Ferrand", "Dataiku", "Mistral AI")]
    [InlineData("Odile Ferrand, qui assurait les fonctions de directrice de la recherche de Dataiku, rejoint Mistral AI.", "Odile Ferrand", "Dataiku", "Mistral AI")]
    [InlineData("Ravi Mendes, who held the post of chief scientist at Cohere, is leaving the company. He joins Anthropic.", "Ravi Mendes", "Cohere", "Anthropic")]
    [InlineData("Ravi Mendes, who since 2021 held the position of chief technology officer at Cohere, joins Anthropic.", "Ravi Mendes", "Cohere", "Anthropic")]
    public void Extract_HeldThePostOfTitleAtALab_IsThePostLeft(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_TheRoleOfALabInADeal_IsNoPostThere()
    {
        // "the role of" before a lab, with no title, describes the company's part in something, not a post held there.
        var result = TestData.Extract("Ravi Mendes praised the role of Cohere in the deal and joined Anthropic in May.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Ravi Mendes" && m.From == "Cohere");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Ravi Mendes" && t.Lab == "Cohere");
    }
}
