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
}
