namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// General ways German, Spanish, Portuguese, Indonesian and English news tell where a mover came from: German
/// verb-second order and clause-final verbs, a span of years at a lab told with an arrival, veterans and alumni of a
/// lab, a surname spelt like a verb, and a company's former name. The sentences and people are made up for these tests.
/// </summary>
public class LatinMoveCuesTests
{
    [Fact]
    public void Extract_GermanSubjectAfterTheVerb_FindsTheMove()
    {
        var result = TestData.Extract("Nach sieben Jahren bei Google wechselt die Forscherin Anja Reuter zu OpenAI, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Anja Reuter" && m.From == "Google" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_GermanSeparableHeuertAn_FindsTheMoveFromTheEarlierTenure()
    {
        var result = TestData.Extract("Der neue Technikchef Markus Brandauer war zuvor bei Amazon tätig und heuert nun bei Mistral AI an, wie die Firma mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Markus Brandauer" && m.From == "Amazon" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_GermanSurnameSpeltLikeAVerb_KeepsTheWholeName()
    {
        var result = TestData.Extract("Die Forscherin Svenja Holt wechselt zu Anthropic, wie das Unternehmen am Montag mitteilte.");

        Assert.Contains(result.Tenures(), t => t.Person == "Svenja Holt" && t.Lab == "Anthropic");
    }

    [Fact]
    public void Extract_GermanParticipleClosingItsClause_TakesTheLabBeforeIt()
    {
        var result = TestData.Extract("Sebastian Kraus, der zuvor bei Microsoft gearbeitet hatte, ist nun bei Anthropic für die Sicherheit zuständig.");

        Assert.Contains(result.Tenures(), t => t.Person == "Sebastian Kraus" && t.Lab == "Microsoft");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Sebastian Kraus" && t.Lab == "Anthropic" && t.End is not null);
    }

    [Fact]
    public void Extract_GermanWordOfTime_IsNeitherALabNorAPerson()
    {
        var result = TestData.Extract("Der Forscher Paul Engel verließ OpenAI. Wenige Tage später wechselte er zum Konkurrenten Anthropic, wie das Unternehmen mitteilte.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Tage" || t.Person.Contains("Tage", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Moves(), m => m.From == "Tage" || m.To == "Tage");
        Assert.Contains(result.Moves(), m => m.Person == "Paul Engel" && m.From == "OpenAI" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_CompanyFormerName_IsNoLabLeft()
    {
        var result = TestData.Extract("Die Forscherin Hanna Berg verließ OpenAI und verkündete ihren Weggang auf X, ehemals Twitter. Wenige Tage später wechselte sie zu Anthropic, wie das Unternehmen mitteilte.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Twitter");
        Assert.Contains(result.Moves(), m => m.Person == "Hanna Berg" && m.From == "OpenAI" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_PersonWithAFormerLabInBrackets_KeepsThatLab()
    {
        var result = TestData.Extract("La nueva unidad de Meta está liderada por Tomás Ferrer (ex Scale AI), según informó la compañía el lunes.");

        Assert.Contains(result.Tenures(), t => t.Person == "Tomás Ferrer" && t.Lab == "Scale AI");
    }

    [Fact]
    public void Extract_SpanishTrasAnosEn_FindsTheMove()
    {
        var result = TestData.Extract("El ingeniero Álvaro Quintana ficha por OpenAI tras siete años en Google, según informó la compañía.");

        Assert.Contains(result.Moves(), m => m.Person == "Álvaro Quintana" && m.From == "Google" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_PortugueseAnosNaWithAnArrival_FindsTheMove()
    {
        var result = TestData.Extract("Outro caso é o de Clara Mendes, que estava há anos na Microsoft e também migrou para a Anthropic, segundo a empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Clara Mendes" && m.From == "Microsoft" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_SpanOfYearsWithoutAnArrival_IsNoMove()
    {
        var result = TestData.Extract("La investigadora Lucía Borrell lleva cinco años en Google y dirige allí un equipo de visión, según la empresa.");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_EnglishLabVeteranDefects_FindsTheMove()
    {
        var result = TestData.Extract("Priya Raman, a Google veteran, defects to Anthropic, the company said on Tuesday.");

        Assert.Contains(result.Moves(), m => m.Person == "Priya Raman" && m.From == "Google" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_EnglishLabAlumJoins_FindsTheMove()
    {
        var result = TestData.Extract("Marcus Hale, an OpenAI alum, joined Anthropic as head of safety, the company said on Tuesday.");

        Assert.Contains(result.Moves(), m => m.Person == "Marcus Hale" && m.From == "OpenAI" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_EnglishJumpsShipFromTo_FindsTheMove()
    {
        var result = TestData.Extract("Tom Becker jumps ship from Google to OpenAI, according to people familiar with the matter.");

        Assert.Contains(result.Moves(), m => m.Person == "Tom Becker" && m.From == "Google" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_IndonesianPassiveWithoutOleh_FindsTheMove()
    {
        var result = TestData.Extract("Hendra Wijaya digaet Meta dari Google pada bulan lalu, menurut laporan tersebut.");

        Assert.Contains(result.Moves(), m => m.Person == "Hendra Wijaya" && m.From == "Google" && m.To == "Meta");
    }

    [Fact]
    public void Extract_SpanishHastaAhoraTitle_IsTheOriginOfTheHire()
    {
        var result = TestData.Extract("Meta ha contratado a Sofía Llorente, que hasta ahora era la responsable de investigación de Google, según la empresa.");

        Assert.Contains(result.Moves(), m => m.Person == "Sofía Llorente" && m.From == "Google" && m.To == "Meta");
    }

    [Fact]
    public void Extract_EnglishUntilRecentlyTitle_IsTheOriginOfTheHire()
    {
        var result = TestData.Extract("OpenAI hired Dana Brooks, who until recently was a research director at Google, the company said on Tuesday.");

        Assert.Contains(result.Moves(), m => m.Person == "Dana Brooks" && m.From == "Google" && m.To == "OpenAI");
    }

    [Fact]
    public void Extract_GermanKamVonZu_FindsTheMove()
    {
        var result = TestData.Extract("Der Ingenieur Tobias Brandt kam von Siemens zu Aleph Alpha, wie die Firma mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Tobias Brandt" && m.From == "Siemens" && m.To == "Aleph Alpha");
    }

    [Fact]
    public void Extract_GermanTitleWithAnAdjective_StandsForThePersonJustNamed()
    {
        var result = TestData.Extract("Die Firma ernannte Tobias Brandt zum Technikchef. Der erfahrene Ingenieur kam von Siemens zu Aleph Alpha.");

        Assert.Contains(result.Moves(), m => m.Person == "Tobias Brandt" && m.From == "Siemens" && m.To == "Aleph Alpha");
    }

    [Fact]
    public void Extract_GermanPluralTitleWithAnAdjective_IsNotThePersonJustNamed()
    {
        var result = TestData.Extract("Die Forscherin Paula Weiss verließ OpenAI im Mai. Die verbleibenden Mitarbeiter schlossen sich Anthropic an.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Paula Weiss" && m.To == "Anthropic");
    }

    [Fact]
    public void Extract_LeftForADescribedCompany_MovesToThatCompany()
    {
        var result = TestData.Extract("Carla Ungar, a top researcher at OpenAI, just left for rival AI company Anthropic in March.");

        Assert.Contains(result.Moves(), m => m.Person == "Carla Ungar" && m.From == "OpenAI" && m.To == "Anthropic");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Carla Ungar" && t.Lab == "Anthropic");
    }

    [Fact]
    public void Extract_LeftForAReasonBeforeALab_IsNoMoveThere()
    {
        var result = TestData.Extract("Carla Ungar, a top researcher at OpenAI, left for personal reasons, Anthropic's chief executive said on Monday.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Carla Ungar" && m.To == "Anthropic");
    }
}
