namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// The hiring story, second pass: a hire is brought in with a stated past and the post they take, without the hirer
/// being named again ("X, who spent four years at A, joins as head of …", "Y, exinvestigadora de A, asumirá como
/// directora", "Z deixou o A … e assume a chefia da equipe", "wechselt W, bislang Leiter bei A, nach Walldorf"), or
/// as the companion of such a hire ("Elle est accompagnée de V, un ancien ingénieur de A"). Each went from their past
/// lab to the hirer, and the post named is held there. Denied, rumoured or merely approached people, and people with
/// no hiring story around them, move nowhere. Companies are real or made up; people and sentences made up for these tests.
/// </summary>
public class HiringPostTests
{
    private const string EnglishOpening = "Wayve hires two researchers from rivals\n\nLONDON — Wayve has hired two researchers for its driving team, the company said on Monday.\n\n";

    private const string SpanishOpening = "Cabify refuerza su equipo de inteligencia artificial\n\nMADRID — Cabify anunció este lunes la incorporación de dos ingenieros.\n\n";

    private const string PortugueseOpening = "Creditas contrata ex-engenheiros para a área de crédito\n\nSÃO PAULO — A Creditas anunciou nesta terça-feira duas contratações para a sua área de dados.\n\n";

    private const string FrenchOpening = "Qonto étoffe son équipe de données avec deux recrues\n\nPARIS — Qonto a annoncé mardi l'arrivée de deux spécialistes de l'apprentissage automatique.\n\n";

    private const string GermanOpening = "Aleph Alpha holt zwei Forscher\n\nHEIDELBERG — Aleph Alpha hat zwei neue Forscher eingestellt.\n\n";

    [Fact]
    public void Extract_EnglishHireWhoSpentYearsElsewhereJoinsAsATitle_MovesAndHoldsThePostAtTheHirer()
    {
        var result = TestData.Extract(EnglishOpening + "Nina Patel, who spent five years on Waymo's planning team, joins as head of simulation.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Nina Patel", From: "Waymo", To: "Wayve" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Nina Patel", Lab: "Wayve", Role: "head" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Nina Patel", Lab: "Waymo", Role: "head" });
    }

    [Fact]
    public void Extract_SpanishFormerResearcherWhoWillTakeUpAPost_MovesAndHoldsThePostAtTheHirer()
    {
        var result = TestData.Extract(SpanishOpening + "Marta Quiroga, exinvestigadora de Glovo en Barcelona, asumirá como directora del área de pagos.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Marta Quiroga", From: "Glovo", To: "Cabify" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Marta Quiroga", Lab: "Cabify", Role: "director" });
    }

    [Fact]
    public void Extract_PortugueseHireWhoLeftAndTakesCharge_MovesAndHeadsATeamAtTheHirer()
    {
        var result = TestData.Extract(PortugueseOpening + "Bruno Teixeira deixou o iFood, onde era engenheiro, e assume a chefia da equipe de fraude.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Bruno Teixeira", From: "iFood", To: "Creditas" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Bruno Teixeira", Lab: "Creditas", Role: "head" });
    }

    [Fact]
    public void Extract_PortugueseFormerEmployeeArrivingAsATitle_HoldsThatPostAtTheHirerNotAtTheLabLeft()
    {
        var result = TestData.Extract(PortugueseOpening + "Já Carla Menezes, ex-PicPay, chega como diretora de dados.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Carla Menezes", From: "PicPay", To: "Creditas" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Carla Menezes", Lab: "Creditas", Role: "director" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Carla Menezes", Lab: "PicPay", Role: "director" });
    }

    [Fact]
    public void Extract_FrenchFormerDirectorWhoTakesTheLead_HoldsAHeadsPostAtTheHirer()
    {
        var result = TestData.Extract(FrenchOpening + "Léa Martel, ex-directrice de recherche chez Doctolib, prend la tête de l'équipe de prévision.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Léa Martel", From: "Doctolib", To: "Qonto" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Léa Martel", Lab: "Qonto", Role: "head" });
    }

    [Fact]
    public void Extract_GermanHireMovingToATownWithAPastPostInApposition_MovesToTheHirer()
    {
        var result = TestData.Extract(GermanOpening + "Wie das Unternehmen bestätigte, wechselt Mia Brandt, bislang Leiterin der Sprachgruppe bei Siemens in München, nach Heidelberg.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Mia Brandt", From: "Siemens", To: "Aleph Alpha" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Mia Brandt", To: "Siemens" });
    }

    [Fact]
    public void Extract_EnglishAlsoArrivingWithPastPosts_BothMoveToTheHirer()
    {
        var result = TestData.Extract(EnglishOpening + "Also arriving are Oliver Grant, formerly a staff engineer at Tesla, and Ruth Cole, an ex-Uber researcher.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Oliver Grant", From: "Tesla", To: "Wayve" });
        Assert.Contains(result.Moves(), m => m is { Person: "Ruth Cole", From: "Uber", To: "Wayve" });
    }

    [Fact]
    public void Extract_FrenchCompanionOfAHire_MovesToTheHirerToo()
    {
        var result = TestData.Extract(FrenchOpening + "Léa Martel, ex-directrice de recherche chez Doctolib, prend la tête de l'équipe. Elle est accompagnée de Hugo Lefranc, un ancien ingénieur de Criteo.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Hugo Lefranc", From: "Criteo", To: "Qonto" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Léa Martel", From: "Criteo" });
    }

    [Fact]
    public void Extract_EnglishCompanionOfAHire_MovesToTheHirerToo()
    {
        var result = TestData.Extract(EnglishOpening + "Nina Patel, who spent five years at Waymo, joins as head of simulation. She is accompanied by Oliver Grant, a former engineer at Tesla.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Oliver Grant", From: "Tesla", To: "Wayve" });
        Assert.Contains(result.Moves(), m => m is { Person: "Nina Patel", From: "Waymo", To: "Wayve" });
    }

    [Fact]
    public void Extract_CompanionOfSomeoneWhoIsNoHire_IsNoMove()
    {
        var result = TestData.Extract(EnglishOpening + "The round was led by Index Ventures, together with Oliver Grant, a former engineer at Tesla.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Oliver Grant");
    }

    [Fact]
    public void Extract_PostTakingWithoutAHiringStory_IsNoMove()
    {
        var result = TestData.Extract("Qonto publie ses comptes\n\nPARIS — Qonto a publié mardi ses comptes annuels.\n\nLéa Martel, ex-directrice de recherche chez Doctolib, prend la tête de l'équipe de prévision.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Léa Martel", To: "Qonto" });
    }

    [Fact]
    public void Extract_OutsiderQuotedAfterAPostTakingPhrase_IsNoHire()
    {
        var result = TestData.Extract(SpanishOpening + "«Cabify se convierte en un rival serio», afirmó Martín Aguirre, exingeniero de Amazon.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Martín Aguirre");
    }

    [Fact]
    public void Extract_DeniedJoiningInAHiringStory_IsNoMove()
    {
        var result = TestData.Extract(EnglishOpening + "Wayve also denied a report that Oliver Grant, a former engineer at Tesla, was about to join.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Oliver Grant");
    }

    [Fact]
    public void Extract_RumouredArrivalInAHiringStory_IsNoMove()
    {
        var result = TestData.Extract(PortugueseOpening + "Rumores de que Bruno Teixeira, ex-iFood, também assumiria a chefia de outra área não foram confirmados.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Bruno Teixeira");
    }

    [Fact]
    public void Extract_PersonOnlyApproachedByTheHirer_IsNoMove()
    {
        var result = TestData.Extract(FrenchOpening + "La société aurait aussi approché Camille Rousseau, ancienne chercheuse chez Criteo, qui n'a pas souhaité commenter.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Camille Rousseau");
    }

    [Fact]
    public void Extract_InvestorWithAPastPostInAHiringStory_IsNoHire()
    {
        var result = TestData.Extract(GermanOpening + "Als Business Angel beteiligt sich zudem Markus Feld, der frühere Finanzchef von Celonis.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Markus Feld");
    }

    [Fact]
    public void Extract_EnglishHireMovedEarlierTakingAPostInALaterSentence_HoldsThePostAtTheHirer()
    {
        var result = TestData.Extract(EnglishOpening + "Wayve has also hired Nina Patel from Waymo. She takes charge of the simulation team.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Nina Patel", From: "Waymo", To: "Wayve" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Nina Patel", Lab: "Wayve", Role: "head" });
    }

    [Fact]
    public void Extract_IndonesianHireWhoWillLeadATeamInTheNextSentence_HoldsAHeadsPostAtTheHirer()
    {
        var result = TestData.Extract("Gojek merekrut dua peneliti AI dari perusahaan lain\n\nJAKARTA — Gojek resmi merekrut dua peneliti kecerdasan buatan pada pekan ini.\n\nSelain itu, Gojek juga merekrut Rizky Pratama dari Tokopedia. Rizky akan memimpin tim riset bahasa.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Rizky Pratama", From: "Tokopedia", To: "Gojek" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Rizky Pratama", Lab: "Gojek", Role: "head" });
    }

    [Fact]
    public void Extract_FrenchHireWhoWillTakeChargeOfATeam_HoldsAHeadsPostAtTheHirer()
    {
        var result = TestData.Extract(FrenchOpening + "Hugo Lefranc, un ancien de Criteo, rejoint lui aussi la jeune pousse, où il prendra en charge l'équipe de prévision.", "2025-03-04");

        Assert.Contains(result.Tenures(), t => t is { Person: "Hugo Lefranc", Lab: "Qonto", Role: "head" });
    }

    [Fact]
    public void Extract_PortugueseHireForAPost_HoldsThatPostAtTheHirer()
    {
        var result = TestData.Extract(PortugueseOpening + "A Creditas anunciou a contratação de Bruno Teixeira para o cargo de diretor de dados. O executivo passou seis anos no iFood.", "2025-03-04");

        Assert.Contains(result.Tenures(), t => t is { Person: "Bruno Teixeira", Lab: "Creditas", Role: "director" });
    }

    [Fact]
    public void Extract_PostTakenBySomeoneElseAfterAHire_IsNotTheHiresPost()
    {
        var result = TestData.Extract(EnglishOpening + "Wayve has also hired Nina Patel from Waymo. Her former manager, Tom Reed, will start as head of research at Waymo next year.", "2025-03-04");

        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Nina Patel", Role: "head" });
    }

    [Fact]
    public void Extract_DeniedPostOfAHire_IsNoPost()
    {
        var result = TestData.Extract(SpanishOpening + "Al equipo se suma Marta Quiroga, que dejó Glovo en enero. Sin embargo, se negó que Marta Quiroga tomará las riendas del área de pagos.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Marta Quiroga", From: "Glovo", To: "Cabify" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Marta Quiroga", Lab: "Cabify", Role: "head" });
    }
}
