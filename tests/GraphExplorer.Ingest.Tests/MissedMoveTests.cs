namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Moves the rules told only as tenures: a German perfect departure coordinated with the arrival ("hat A verlassen und
/// ist zu B gewechselt"), a hirer whose verb the lexicon lacked ("B sumó a X, que dejó A"),
/// and a departure whose purpose clause names the destination ("deixou A para assumir … da B"). The sentences and
/// people are made up for these tests.
/// </summary>
public class MissedMoveTests
{
    [Theory]
    [InlineData("Mara Lindholm hat Siemens verlassen und ist zu Aleph Alpha gewechselt.", "Mara Lindholm", "Siemens", "Aleph Alpha")]
    [InlineData("Jan Overbeck hat Google DeepMind im Mai verlassen und ist zu Mistral AI nach Paris gegangen.", "Jan Overbeck", "Google DeepMind", "Mistral AI")]
    public void Extract_GermanPerfectDepartureCoordinatedWithArrival_FindsTheMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_GermanPerfectDepartureCoordinatedWithFounding_MovesToNoLabFounded()
    {
        // The coordinated clause founds a company it does not name: the lab left is still the only lab.
        var result = TestData.Extract("Mara Lindholm hat Siemens verlassen und ein eigenes Unternehmen gegründet.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Mara Lindholm");
        Assert.Contains(result.Tenures(), w => w.Person == "Mara Lindholm" && w.Lab == "Siemens");
    }

    [Theory]
    [InlineData("Por su parte, Nubank sumó a Iker Salcedo, que dejó Google el año pasado tras una década en California.", "Iker Salcedo", "Google", "Nubank")]
    [InlineData("El banco digital Nubank suma además a Lucía Ferrán, que dejó Microsoft en marzo tras seis años en la compañía de Redmond.", "Lucía Ferrán", "Microsoft", "Nubank")]
    public void Extract_SpanishHirerAddsPersonWhoLeftALab_FindsTheMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Em julho, Teresa Vilar deixou o Nubank para assumir a área de dados do iFood.", "pt", "Teresa Vilar", "Nubank", "iFood")]
    [InlineData("En julio, Teresa Vilar dejó Telefónica para asumir la dirección de datos de Cabify.", "es", "Teresa Vilar", "Telefónica", "Cabify")]
    public void Extract_DepartureToTakeOverAPostAtALab_FindsTheMove(string text, string language, string person, string from, string to)
    {
        _ = language;
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Nubank contrató a Iker Salcedo, un ingeniero vasco que dejó Google el año pasado tras una década en California.", "Iker Salcedo", "Google", "Nubank")]
    [InlineData("Mistral AI a recruté Paul Vernet, un chercheur lyonnais qui a quitté Criteo en juin après six ans dans l'entreprise.", "Paul Vernet", "Criteo", "Mistral AI")]
    [InlineData("O iFood contratou Rita Paiva, uma engenheira paulista que deixou o Nubank em maio depois de cinco anos no banco.", "Rita Paiva", "Nubank", "iFood")]
    public void Extract_HiredPersonWhoseAppositionHasARelativeDeparture_FindsTheMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_AppositionRelativeClauseAboutAnotherLab_MovesNoOne()
    {
        // The relative clause describes the lab named in the apposition, not the person: no departure is told.
        var result = TestData.Extract("Nubank contrató a Iker Salcedo, antiguo analista de una consultora que dejó de operar en México el año pasado.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Iker Salcedo");
    }
}
