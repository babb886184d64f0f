namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Spanish and Portuguese ways of reporting a move or a founding, each seen in real reporting and rewritten here with
/// made-up people: former members listed before their new lab, a hire named with a former post, one lab swapped for
/// another, an arrival "after working for" a lab, a company noun before a name no list
/// knows or a startup "called" by its name, the Brazilian given name Caio (not the title CAIO), an adverb
/// opening a sentence before a surname, a hiring noun with its hirer after the person ("el fichaje de X por B"), and a denied move. Near-miss sentences guard each against new false facts.
/// </summary>
public class IberianReportingTests
{
    [Fact]
    public void Extract_SpanishFormerMembersListedBeforeTheirNewLab_MovesEveryone()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Dos exintegrantes de Mistral, Elena Robles y Tomás Vidal, se incorporaron a Nvidia.");

        Assert.Contains(result.Moves(), m => m is { Person: "Elena Robles", From: "Mistral AI", To: "Nvidia" });
        Assert.Contains(result.Moves(), m => m is { Person: "Tomás Vidal", From: "Mistral AI", To: "Nvidia" });
    }

    [Fact]
    public void Extract_SpanishHireNamedWithAFormerPost_IsAMoveFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Google ha nombrado a Sergio Nieto, ex director de la startup Character.AI, para codirigir su proyecto de modelos.");

        Assert.Contains(result.Moves(), m => m is { Person: "Sergio Nieto", From: "Character.AI", To: "Google" });
    }

    [Fact]
    public void Extract_SpanishPromotionInsideOneLab_IsNoMove()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "OpenAI ha nombrado a Sergio Nieto director de producto de la compañía.");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_SpanishOneLabSwappedForAnother_IsAMove()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Víctor Ramos cambió Microsoft por Anthropic el año pasado.");

        Assert.Contains(result.Moves(), m => m is { Person: "Víctor Ramos", From: "Microsoft", To: "Anthropic" });
    }

    [Fact]
    public void Extract_SpanishChangeOfMindOrStrategy_IsNoMove()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Víctor Ramos cambió de opinión sobre Anthropic. Microsoft cambió su estrategia por completo tras el anuncio de Víctor Ramos.");

        Assert.Empty(result.Moves());
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Víctor Ramos");
    }

    [Fact]
    public void Extract_SpanishArrivalAfterWorkingForALab_ComesFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Alba Reyes se reincorporó a Google luego de trabajar para Character.AI. Pedro Gil se incorporó a Nvidia después de pasar por Apple.");

        Assert.Contains(result.Moves(), m => m is { Person: "Alba Reyes", From: "Character.AI", To: "Google" });
        Assert.Contains(result.Moves(), m => m is { Person: "Pedro Gil", From: "Apple", To: "Nvidia" });
    }

    [Fact]
    public void Extract_PortugueseArrivalAfterWorkingForALab_ComesFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "Pedro Gil entrou na Nvidia após trabalhar na Apple.");

        Assert.Contains(result.Moves(), m => m is { Person: "Pedro Gil", From: "Apple", To: "Nvidia" });
    }

    [Fact]
    public void Extract_WishToWorkSomewhere_IsNoPost()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Eva Sanz dijo que quiere trabajar en Meta algún día.");

        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Eva Sanz");
    }

    [Fact]
    public void Extract_CompanyNounBeforeAnUnknownName_IsThatCompanyNotTheOneBefore()
    {
        var pt = TestData.Extract(ArticleOpenings.Portuguese + "Renata Moura trabalhou na Cohere. Depois, Sérgio Peixoto cofundou a empresa Nexaro em 2024.");
        var es = TestData.Extract(ArticleOpenings.Spanish + "Renata Mora trabajó en Cohere. Después, Sergio Pozo fundó la empresa Nexaro en 2024.");

        Assert.Contains(pt.Foundings(), f => f is { Person: "Sérgio Peixoto", Lab: "Nexaro" });
        Assert.DoesNotContain(pt.Foundings(), f => f.Lab == "Cohere");
        Assert.Contains(es.Foundings(), f => f is { Person: "Sergio Pozo", Lab: "Nexaro" });
        Assert.DoesNotContain(es.Foundings(), f => f.Lab == "Cohere");
    }

    [Fact]
    public void Extract_CompanyNounStandingAlone_StillPointsBack()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "Sérgio Peixoto cofundou a Nexaro em 2024. Em 2025, Ana Lopes deixou a empresa para se juntar à Meta.");

        Assert.Contains(result.Moves(), m => m is { Person: "Ana Lopes", From: "Nexaro", To: "Meta" });
    }

    [Fact]
    public void Extract_StartupCalledByName_IsTheFoundedLab()
    {
        var pt = TestData.Extract(ArticleOpenings.Portuguese + "O ex-VP da OpenAI Caio Prado saiu para cofundar uma startup de IA chamada Periodic Labs.");
        var es = TestData.Extract(ArticleOpenings.Spanish + "Nora Gil fundó una compañía llamada Vantora en 2022.");

        Assert.Contains(pt.Foundings(), f => f is { Person: "Caio Prado", Lab: "Periodic Labs" });
        Assert.Contains(pt.Moves(), m => m is { Person: "Caio Prado", From: "OpenAI", To: "Periodic Labs" });
        Assert.Contains(es.Foundings(), f => f is { Person: "Nora Gil", Lab: "Vantora" });
    }

    [Fact]
    public void Extract_SomethingElseCalledByName_IsNoLab()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Un perro llamado Max vive en la oficina de Google. Nora Gil presentó un modelo llamado Orion en Madrid.");

        Assert.Empty(result.Foundings());
        Assert.DoesNotContain(result.Tenures(), t => t.Lab is "Max" or "Orion");
    }

    [Fact]
    public void Extract_CaioAsAGivenName_IsAPersonNotATitle()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "Caio Prado deixou a OpenAI para se juntar à Meta.");

        Assert.Contains(result.Moves(), m => m is { Person: "Caio Prado", From: "OpenAI", To: "Meta" });
    }

    [Fact]
    public void Extract_AdverbOpeningTheSentence_IsNoGivenNameOfTheSurnameAfterIt()
    {
        var pt = TestData.Extract(ArticleOpenings.Portuguese + "O executivo Jorge Tavares deixou a Microsoft em março. Inicialmente Tavares foi para a Amazon.");
        var es = TestData.Extract(ArticleOpenings.Spanish + "La ingeniera Elena Robles dejó Google en marzo. Posteriormente Robles se unió a Meta.");

        Assert.Contains(pt.Moves(), m => m is { Person: "Jorge Tavares", From: "Microsoft", To: "Amazon" });
        Assert.DoesNotContain(pt.Tenures(), t => t.Person.StartsWith("Inicialmente", StringComparison.Ordinal));
        Assert.Contains(es.Moves(), m => m is { Person: "Elena Robles", From: "Google", To: "Meta" });
        Assert.DoesNotContain(es.Tenures(), t => t.Person.StartsWith("Posteriormente", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShortGivenNameWithTheAdverbEnding_IsStillAName()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Clemente Ruiz dejó Google para unirse a Meta.");

        Assert.Contains(result.Moves(), m => m is { Person: "Clemente Ruiz", From: "Google", To: "Meta" });
    }

    [Fact]
    public void Extract_HiringNounWithTheHirerAfterThePerson_ArrivesThere()
    {
        var es = TestData.Extract(ArticleOpenings.Spanish + "Tras la salida de Laura Pardo de OpenAI, el fichaje de Hugo Serrano por Anthropic, procedente de Cohere, confirma la tendencia.");
        var pt = TestData.Extract(ArticleOpenings.Portuguese + "A contratação de Felipe Rocha pela Meta foi confirmada na segunda-feira.");

        Assert.Contains(es.Moves(), m => m is { Person: "Hugo Serrano", From: "Cohere", To: "Anthropic" });
        Assert.DoesNotContain(es.Moves(), m => m.Person == "Hugo Serrano" && m.To == "OpenAI");
        Assert.Contains(pt.Tenures(), t => t is { Person: "Felipe Rocha", Lab: "Meta" });
    }

    [Fact]
    public void Extract_HiringVerbWithAPrice_HasNoSecondHirer()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Meta contrató a Lidia Mora por una cifra récord, según Google.");

        Assert.Contains(result.Tenures(), t => t is { Person: "Lidia Mora", Lab: "Meta" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Lidia Mora", Lab: "Google" });
    }

    [Fact]
    public void Extract_LeftALabAndNowWorksAtAnother_IsAMove()
    {
        var es = TestData.Extract(ArticleOpenings.Spanish + "Pablo Ibarra, que salió de Microsoft en 2023, trabaja ahora en Amazon.");
        var pt = TestData.Extract(ArticleOpenings.Portuguese + "Rafael Souza, que saiu da Apple em 2023, trabalha agora na Nvidia.");

        Assert.Contains(es.Moves(), m => m is { Person: "Pablo Ibarra", From: "Microsoft", To: "Amazon" });
        Assert.Contains(pt.Moves(), m => m is { Person: "Rafael Souza", From: "Apple", To: "Nvidia" });
    }

    [Fact]
    public void Extract_NowWorksAtALabWithNoDeparture_IsNoMove()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Pablo Ibarra trabaja ahora en Amazon y vive en Seattle.");

        Assert.Empty(result.Moves());
        Assert.Contains(result.Tenures(), t => t is { Person: "Pablo Ibarra", Lab: "Amazon" });
    }

    [Fact]
    public void Extract_FormerResearchVicePresidentCapitalised_KeepsTheOriginLab()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "O ex-VP de Pesquisa da OpenAI Lucas Martins saiu para cofundar a Mistral.");

        Assert.Contains(result.Moves(), m => m is { Person: "Lucas Martins", From: "OpenAI", To: "Mistral AI" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Lucas Martins", Lab: "OpenAI", Role: "VP of research" });
    }

    [Fact]
    public void Extract_DeniedMove_IsNoMove()
    {
        var es = TestData.Extract(ArticleOpenings.Spanish + "Lola Prieto negó que vaya a dejar Google para unirse a Meta.");
        var pt = TestData.Extract(ArticleOpenings.Portuguese + "Marina Souto negou que vá deixar o Google para se juntar à Meta.");

        Assert.Empty(es.Moves());
        Assert.Empty(pt.Moves());
    }

    [Fact]
    public void Extract_LabDecliningToComment_DoesNotDenyTheMove()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Google se negó a comentar, pero Lola Prieto dejó Google para unirse a Meta.");

        Assert.Contains(result.Moves(), m => m is { Person: "Lola Prieto", From: "Google", To: "Meta" });
    }

    [Fact]
    public void Extract_PortugueseMoveOnlyRumoured_IsNoMoveButKeepsTheStatedPost()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "A contratação ocorre em meio a boatos de que Carla Mendes, diretora de dados do Google, estaria de saída para a Microsoft.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Carla Mendes");
        Assert.Contains(result.Tenures(), t => t is { Person: "Carla Mendes", Lab: "Google" });
    }

    [Fact]
    public void Extract_PortugueseMoveStatedWithoutRumour_IsAMove()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "A contratação ocorre em meio a mudanças: Carla Mendes, diretora de dados do Google, está de saída para a Microsoft.");

        Assert.Contains(result.Moves(), m => m is { Person: "Carla Mendes", From: "Google", To: "Microsoft" });
    }

    [Fact]
    public void Extract_SpanishMoveOnlyRumoured_IsNoMove()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "En el sector se rumorea que Marta Gil, directora de producto de Google, se marcha a Microsoft.");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Marta Gil");
    }

    [Theory]
    [InlineData("Lisboa — Joana Prates deixa a Google, onde liderava a equipa de pesquisa, e vai trabalhar para a Microsoft.")]
    [InlineData("Madrid. Marta Gil deja Google, donde dirigía el equipo de datos, y pasará a trabajar para Microsoft.")]
    public void Extract_LeftAndWillWorkFor_IsAMove(string text)
    {
        var result = TestData.Extract(text, "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { From: "Google", To: "Microsoft" });
    }

    [Theory]
    [InlineData("Lisboa — Joana Prates, investigadora da Google, vai trabalhar com a Microsoft num projeto conjunto.")]
    [InlineData("Madrid. Marta Gil trabajó en Google y ahora va a trabajar en su propio proyecto con socios de Microsoft.")]
    public void Extract_WillWorkWithOrOnSomethingElse_IsNoMove(string text)
    {
        var result = TestData.Extract(text, "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Microsoft");
    }

    [Fact]
    public void Extract_EuropeanPortugueseFemaleResearcherAsSubject_IsThePersonNamedBefore()
    {
        var result = TestData.Extract("Lisboa — Joana Prates, uma das engenheiras mais conhecidas do país, vai mudar-se para Paris. A investigadora deixa a Google e vai trabalhar na Microsoft.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Joana Prates", From: "Google", To: "Microsoft" });
    }
}
