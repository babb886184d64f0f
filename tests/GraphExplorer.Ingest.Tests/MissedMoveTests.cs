namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Moves the rules told only as tenures: a German perfect departure coordinated with the arrival ("hat A verlassen und
/// ist zu B gewechselt"), a hirer whose verb the lexicon lacked ("B sumó a X, que dejó A"), a relative departure after
/// a hired person's apposition ("contrató a X, un ingeniero que dejó A") and Japanese hiring stories whose hirer opens
/// the lead as its topic. The sentences and people are made up for these tests.
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

    [Theory]
    [InlineData("Kotoha AI、富士通出身など3人を採用\n\nAIスタートアップのKotoha AI（東京・渋谷）は3日、3人の技術者を採用したと発表した。\n\n新たに加わったのは、富士通で音声認識の開発を率いていた原田一郎氏ら3人。", "Ichiro Harada", "Fujitsu", "Kotoha AI")]
    [InlineData("Kotoha AI、研究者2人を採用\n【東京＝山本記者】2026年5月3日\n\nAIスタートアップのKotoha AIは3日、研究者2人が同社に加わったと発表した。\n\nもう1人は、富士通で音声認識の開発を率いていた原田一郎氏で、研究部門を統括する。", "Ichiro Harada", "Fujitsu", "Kotoha AI")]
    public void Extract_JapaneseHiringStoryWithHireFromAnotherLab_FindsTheMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_JapaneseStoryWithoutHiring_MovesNoOne()
    {
        // The company releases a product; a past post of the person quoted is no hire by it.
        var result = TestData.Extract("Kotoha AI、新モデルを発表\n\nAIスタートアップのKotoha AIは3日、新しい音声モデルを発表した。\n\n富士通で音声認識の開発を率いていた原田一郎氏は「期待している」と話した。");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Kotoha AI");
    }

    [Fact]
    public void Extract_SpanishHiringStoryListingHiresAfterSeTrataDe_FindsEachMove()
    {
        var result = TestData.Extract("La española Cobalto se refuerza con talento de Telefónica y Glovo\n\nMADRID.- Cobalto, la empresa emergente que desarrolla modelos de lenguaje para el sector legal, anunció este martes dos incorporaciones a su equipo técnico. Se trata de Irene Valcárcel, procedente de Telefónica, donde trabajaba en el equipo de datos; y Marcos Ibarra, exingeniero de Glovo en Barcelona.");

        Assert.Contains(result.Moves(), m => m.Person == "Irene Valcárcel" && m.From == "Telefónica" && m.To == "Cobalto");
        Assert.Contains(result.Moves(), m => m.Person == "Marcos Ibarra" && m.From == "Glovo" && m.To == "Cobalto");
    }

    [Fact]
    public void Extract_SpanishSeTrataDeInAStoryWithoutHiring_MovesNoOne()
    {
        var result = TestData.Extract("La española Cobalto presenta su nuevo modelo para el sector legal\n\nMADRID.- Cobalto, la empresa emergente de Madrid, presentó este martes su nuevo modelo de lenguaje. Se trata de un sistema pequeño, explicó Marcos Ibarra, exingeniero de Glovo y asesor del proyecto.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Marcos Ibarra");
    }
}
