namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// German, Spanish and Portuguese constructions of move reporting: an adverb inside a verb phrase ("unirse también a",
/// "está se juntando oficialmente à"), a bracketed abbreviation inside a title, and a German genitive owner before a lab
/// ("Elon Musks xAI"). The sentences and people are made up for these tests.
/// </summary>
public class LatinMovesTests
{
    [Fact]
    public void Extract_SpanishAdverbInsideJoinPhrase_FindsTheMove()
    {
        var result = TestData.Extract("La ingeniera Lucía Serrano, que dirigía un equipo de Google, dejó la compañía en marzo para unirse también a Anthropic, según informó la empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Lucía Serrano" && m.From == "Google" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_PortugueseGerundWithAdverb_FindsTheMove()
    {
        var result = TestData.Extract("Depois de seis anos no Google, a pesquisadora Marta Figueiredo está se juntando oficialmente à Meta, informou a empresa nesta segunda-feira. A notícia foi confirmada pelos jornais da região.");

        Assert.Contains(result.Moves(), m => m.Person == "Marta Figueiredo" && m.From == "Google" && m.To == "Meta");
    }

    [Fact]
    public void Extract_AdverbAfterSingleWordVerb_IsNotSwallowedIntoTheCue()
    {
        var result = TestData.Extract("O engenheiro Rui Carvalho deixou finalmente a Microsoft e foi para a OpenAI, segundo a empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Rui Carvalho" && m.From == "Microsoft" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_BracketedAbbreviationInsideTitle_KeepsTheTitleLab()
    {
        var result = TestData.Extract("A Apple contratou Paulo Mendes, ex-chefe de pesquisa e inteligência artificial (IA) da Amazon, informou a empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Paulo Mendes" && m.From == "Amazon" && m.To == "Apple");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Paulo Mendes" && t.Lab == "Apple" && t.Role == "head");
    }

    [Fact]
    public void Extract_GermanGenitiveOwnerBeforeLab_TakesTheOwnedLab()
    {
        var result = TestData.Extract("Der Forscher Jonas Kessler wechselte von Elon Musks xAI zu Meta, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Jonas Kessler" && m.From == "xAI" && m.To == "Meta");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab.Contains("Musk", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SpanishLabLosesPerson_TheLabIsTheOrigin()
    {
        var result = TestData.Extract("Google ha perdido a la investigadora Carmen Ortega, quien se marchará a Anthropic el próximo mes, según la empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Carmen Ortega" && m.From == "Google" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_GermanLabLosesPersonToLab_FindsTheMove()
    {
        var result = TestData.Extract("Microsoft verliert den Forscher Tobias Lindner an OpenAI, wie das Unternehmen am Montag bestätigte.");

        Assert.Contains(result.Moves(), m => m.Person == "Tobias Lindner" && m.From == "Microsoft" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_LabLosesOneAndHiresAnother_TheHireDidNotLeave()
    {
        var result = TestData.Extract("Amazon perdió a Diego Romero, pero contrató a Sergio Vidal para dirigir el laboratorio, según la empresa.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Sergio Vidal" && m.From == "Amazon");
    }

    [Fact]
    public void Extract_PortugueseHiringGerundWithBracketedOrigins_FindsEachMove()
    {
        var result = TestData.Extract("A empresa de Mark Zuckerberg, a Meta, ofereceu um pacote milionário, contratando Renato Lima (da OpenAI) e Bruna Castro (ex-Anthropic), informou o jornal.");

        Assert.Contains(result.Moves(), m => m.Person == "Renato Lima" && m.From == "OpenAI" && m.To == "Meta");
        Assert.Contains(result.Moves(), m => m.Person == "Bruna Castro" && m.From == "Anthropic" && m.To == "Meta");
    }

    [Fact]
    public void Extract_GermanLeaveThenPurposeClause_FindsTheMove()
    {
        var result = TestData.Extract("Die Designerin Laura Brenner verlässt Apple, um Chefdesignerin bei Meta zu werden, wie das Unternehmen am Mittwoch mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Laura Brenner" && m.From == "Apple" && m.To == "Meta");
    }

    [Fact]
    public void Extract_SpanishLeaveThenPurposeClause_FindsTheMove()
    {
        var result = TestData.Extract("El ingeniero Pablo Iglesias Mora dejó Amazon para convertirse en director técnico de Mistral AI, según informó la empresa este lunes.");

        Assert.Contains(result.Moves(), m => m.Person == "Pablo Iglesias Mora" && m.From == "Amazon" && m.To == "Mistral AI");
    }
}
