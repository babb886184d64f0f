namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// German moves whose verb stands away from its labs ("ist 2018 von A zu B gewechselt", "stieß einst von A zu B",
/// "Von A zu B wechselte X", "der von A abgeworbene X … bei B", "der Wechsel von X zu B"), an adverb inside a verb
/// phrase ("kam danach zu B"), and Portuguese and Spanish hiring origins ("contratado da A", "fichado de A") and a passive hire whose hirer goes unsaid. The
/// sentences and people are made up for these tests.
/// </summary>
public class GermanMovesTests
{
    [Theory]
    [InlineData("Zalando wirbt Greta Falk bei Siemens ab, wie das Unternehmen am Montag mitteilte. Sie soll das KI-Team leiten.", "Greta Falk", "Siemens", "Zalando")]
    [InlineData("Im Frühjahr warb SAP den Forscher Moritz Hahn von Bosch ab. Er leitet dort nun ein Labor.", "Moritz Hahn", "Bosch", "SAP")]
    public void Extract_GermanSeparablePoachingVerbAroundItsObject_FindsTheMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Zu Aleph Alpha zog es im Frühjahr Jonas Weber von SAP, wie das Heidelberger Unternehmen bestätigte.", "Jonas Weber", "SAP", "Aleph Alpha")]
    [InlineData("Zum Start-up Helsing zog es zuletzt den Informatiker Tim Roth von Bosch.", "Tim Roth", "Bosch", "Helsing")]
    [InlineData("Zu DeepL zog es im Mai Lea Sommer, die bislang bei Siemens forschte.", "Lea Sommer", "Siemens", "DeepL")]
    public void Extract_GermanImpersonalDrawnToTheLab_FindsTheMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_GermanImpersonalDrawnToTheLabWithoutOrigin_IsAnArrival()
    {
        var result = TestData.Extract("Nach dem Studium in München zog es Lisa Brandt schließlich zu DeepL.");

        Assert.Contains(result.Tenures(), w => w.Person == "Lisa Brandt" && w.Lab == "DeepL");
    }

    [Fact]
    public void Extract_GermanImpersonalVerbWhoseObjectIsNoPerson_MovesNoOne()
    {
        // The people drawn are crowds, and the person named speaks in another clause: no one moved to the lab.
        var result = TestData.Extract("Zu Aleph Alpha zog es am Montag viele Besucher, berichtete Jonas Weber von SAP.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Jonas Weber");
        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Jonas Weber" && w.Lab == "Aleph Alpha");
    }

    [Fact]
    public void Extract_GermanPerfectWithFromToAfterTheSubject_FindsTheMove()
    {
        var result = TestData.Extract("Paul Kramer leitet künftig die Forschung des Konzerns. Er ist im Jahr 2019 von Siemens zu Zalando gewechselt, wie das Unternehmen am Montag mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Paul Kramer" && m.From == "Siemens" && m.To == "Zalando");
    }

    [Fact]
    public void Extract_GermanMotionVerbBeforeFromTo_FindsTheMove()
    {
        var result = TestData.Extract("Die Personalie wurde am Montag bekannt. Auch die Informatikerin Greta Vogt stieß einst von Bosch zu SAP, wie aus einer Mitteilung hervorgeht.");

        Assert.Contains(result.Moves(), m => m.Person == "Greta Vogt" && m.From == "Bosch" && m.To == "SAP");
    }

    [Fact]
    public void Extract_GermanClauseOpeningWithFromTo_TakesThePersonAfterTheVerb()
    {
        var result = TestData.Extract("Die Personalie wurde am Montag bekannt. Von Siemens zu Zalando wechselte im Mai der Forscher Paul Kramer, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Paul Kramer" && m.From == "Siemens" && m.To == "Zalando");
    }

    [Fact]
    public void Extract_GermanParticipleAttribute_LeavesTheOriginForTheLabAfter()
    {
        var result = TestData.Extract("Die Personalie wurde am Montag bekannt. Der von Siemens abgeworbene Paul Kramer soll bei Zalando die KI-Sparte leiten, wie aus einer Mitteilung hervorgeht.");

        Assert.Contains(result.Moves(), m => m.Person == "Paul Kramer" && m.From == "Siemens" && m.To == "Zalando");
    }

    [Fact]
    public void Extract_GermanFromToWithoutMotionVerb_StatesNoMove()
    {
        var result = TestData.Extract("Die Personalie wurde am Montag bekannt. Paul Kramer leitet die Preisliste von Siemens zu Zalando, wie aus einer Mitteilung hervorgeht.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Paul Kramer" && m.To == "Zalando");
    }

    [Fact]
    public void Extract_GermanAdverbInsideJoinPhrase_FindsTheMove()
    {
        var result = TestData.Extract("Die Personalie wurde am Montag bekannt. Greta Vogt verließ Bosch im Frühjahr und kam danach zu SAP, wie aus einer Mitteilung hervorgeht.");

        Assert.Contains(result.Moves(), m => m.Person == "Greta Vogt" && m.From == "Bosch" && m.To == "SAP");
    }

    [Fact]
    public void Extract_PortugueseHiredFromLab_IsTheOrigin()
    {
        var result = TestData.Extract("A empresa anunciou a mudança nesta segunda-feira, segundo um comunicado. Paulo Mendes, contratado da Bradesco no ano passado, se juntou à Nubank em abril.");

        Assert.Contains(result.Moves(), m => m.Person == "Paulo Mendes" && m.From == "Bradesco" && m.To == "Nubank");
    }

    [Fact]
    public void Extract_SpanishHiredFromLab_IsTheOrigin()
    {
        var result = TestData.Extract("La empresa anunció el cambio este lunes, según un comunicado. Pablo Méndez, fichado de Telefónica hace un año, se incorpora ahora a Inditex como director de datos.");

        Assert.Contains(result.Moves(), m => m.Person == "Pablo Méndez" && m.From == "Telefónica" && m.To == "Inditex");
    }

    [Fact]
    public void Extract_GermanNounBetweenZuAndLab_FindsTheDestination()
    {
        var result = TestData.Extract("Die Personalie wurde am Montag bekannt. Paul Kramer verlässt Siemens und wechselt zum Konkurrenten Zalando, wie aus einer Mitteilung hervorgeht.");

        Assert.Contains(result.Moves(), m => m.Person == "Paul Kramer" && m.From == "Siemens" && m.To == "Zalando");
    }

    [Fact]
    public void Extract_GermanPlaceAndCompoundNounBeforeTheLab_MovesToTheNamedLab()
    {
        var result = TestData.Extract("Greta Lorenz, bislang Ingenieurin bei Zalando, wechselt zum Freiburger Bildspezialisten Black Forest Labs. Sie soll dort das Team leiten.");

        Assert.Contains(result.Moves(), m => m.Person == "Greta Lorenz" && m.From == "Zalando" && m.To == "Black Forest Labs");
        Assert.DoesNotContain(result.Moves(), m => m.To == "Bildspezialisten");
    }

    [Fact]
    public void Extract_GermanUnknownLabWithAnotherLabLaterInTheClause_IsStillTheDestination()
    {
        // The name after the verb is followed by a comma, not by a lab's name: it is the lab, not a description of one.
        var result = TestData.Extract("Greta Lorenz verlässt Zalando und wechselt zu Quantwerk, wie Zalando am Montag bestätigte.");

        Assert.Contains(result.Moves(), m => m.Person == "Greta Lorenz" && m.From == "Zalando" && m.To == "Quantwerk");
    }

    [Fact]
    public void Extract_GermanSentenceOpeningWithMit_TheNamedPersonMoves()
    {
        var result = TestData.Extract("Die Personalie wurde am Montag bekannt. Mit Paul Kramer nimmt ein weiterer Siemens-Forscher seinen Hut und wechselt zum Rivalen Zalando.");

        Assert.Contains(result.Moves(), m => m.Person == "Paul Kramer" && m.From == "Siemens" && m.To == "Zalando");
    }

    [Fact]
    public void Extract_PortugueseWentToWorkAt_IsTheArrival()
    {
        var result = TestData.Extract("A empresa anunciou a mudança nesta segunda-feira, segundo um comunicado. Paulo Mendes deixou a Bradesco e foi trabalhar na Nubank, onde chefia a área de dados.");

        Assert.Contains(result.Moves(), m => m.Person == "Paulo Mendes" && m.From == "Bradesco" && m.To == "Nubank");
    }

    [Fact]
    public void Extract_PortuguesePassiveHireWithoutAgent_TheArticlesLabHires()
    {
        var result = TestData.Extract("A Nubank está ampliando sua equipe de dados, informou a empresa nesta segunda-feira. O executivo Paulo Mendes, que estava na Bradesco, foi contratado para liderar a nova área.");

        Assert.Contains(result.Moves(), m => m.Person == "Paulo Mendes" && m.From == "Bradesco" && m.To == "Nubank");
    }

    [Fact]
    public void Extract_PortuguesePassiveHireWithAgent_KeepsTheNamedHirer()
    {
        var result = TestData.Extract("A Nubank está ampliando sua equipe de dados. O executivo Paulo Mendes, que estava na Bradesco, foi contratado pela Petrobras para liderar a nova área.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Paulo Mendes" && m.To == "Nubank");
    }

    [Fact]
    public void Extract_FoundedAfterHerDepartureFromALab_FoundsTheStartupAndLeavesTheLab()
    {
        var result = TestData.Extract("Anna Keller gründete nach ihrem Abschied von Aleph Alpha das Startup Nexora Labs, wie sie am Montag mitteilte.");

        Assert.Contains(result.Foundings(), f => f.Person == "Anna Keller" && f.Lab == "Nexora Labs");
        Assert.Contains(result.Moves(), m => m.Person == "Anna Keller" && m.From == "Aleph Alpha" && m.To == "Nexora Labs");
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Aleph Alpha");
    }

    [Fact]
    public void Extract_DepartureAsideWithoutAFoundedName_FoundsNothing()
    {
        var result = TestData.Extract("Anna Keller gründete nach ihrem Abschied von Aleph Alpha ein eigenes Beratungsbüro in Berlin.");

        Assert.Empty(result.Foundings());
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Anna Keller");
    }

    [Fact]
    public void Extract_TitleOfAGenitiveNounAtALab_HeldAtThatLab()
    {
        var result = TestData.Extract("Chaya Nolte, die Leiterin des Produktmanagements bei Meta, wechselt zu OpenAI, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Chaya Nolte" && m.From == "Meta" && m.To == "OpenAI");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Produktmanagements");
    }

    [Fact]
    public void Extract_TitleOfADescribedStartup_StillNamesTheStartup()
    {
        var result = TestData.Extract("Jonas Weber, der Chef des KI-Startups Helsing, wechselt zu OpenAI, wie das Unternehmen mitteilte.");

        Assert.Contains(result.Moves(), m => m.Person == "Jonas Weber" && m.From == "Helsing" && m.To == "OpenAI");
    }
}
