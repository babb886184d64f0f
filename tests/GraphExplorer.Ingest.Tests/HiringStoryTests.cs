namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// The hiring story: the headline or lead says one lab is taking people on, then later sentences bring in each hire
/// with where they come from, without naming the hirer again. Those people moved from their origin to the hirer; a
/// quoted outsider, a hire with a destination of their own, or a story with no single hirer gives no such move. The
/// companies are real or made up, the people and sentences made up for these tests.
/// </summary>
public class HiringStoryTests
{
    private const string SpanishOpening = "Cabify refuerza su equipo de inteligencia artificial\n\nMADRID — Cabify anunció este lunes la incorporación de dos ingenieros.\n\n";

    private const string FrenchOpening = "Qonto étoffe son équipe de données avec deux recrues\n\nPARIS — Qonto a annoncé mardi l'arrivée de deux spécialistes de l'apprentissage automatique.\n\n";

    [Fact]
    public void Extract_FrenchHiresIntroducedAfterTheLead_MoveToTheHirer()
    {
        var result = TestData.Extract(FrenchOpening + "Parmi eux figure Hugo Lefranc, ancien ingénieur chez Criteo. Enfin, Léa Martel arrive de Doctolib, où elle était responsable des modèles de prévision.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Hugo Lefranc", From: "Criteo", To: "Qonto" });
        Assert.Contains(result.Moves(), m => m is { Person: "Léa Martel", From: "Doctolib", To: "Qonto" });
    }

    [Fact]
    public void Extract_FrenchFormerPostWithoutHiringOpening_IsNoMove()
    {
        var result = TestData.Extract("Qonto publie ses comptes\n\nPARIS — Qonto a publié mardi ses comptes annuels.\n\nLes analystes restent prudents. Parmi eux figure Hugo Lefranc, ancien ingénieur chez Criteo.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Hugo Lefranc");
        Assert.Contains(result.Tenures(), t => t is { Person: "Hugo Lefranc", Lab: "Criteo" });
    }

    [Fact]
    public void Extract_QuotedOutsiderWithFormerPostInHiringStory_IsNoHire()
    {
        var result = TestData.Extract(FrenchOpening + "« C'est un signal fort pour le secteur », estime Paul Girard, ancien ingénieur chez Criteo.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Paul Girard");
    }

    [Fact]
    public void Extract_HireWithADestinationOfTheirOwn_KeepsThatDestination()
    {
        var result = TestData.Extract(FrenchOpening + "Parmi eux figure Hugo Lefranc, ancien ingénieur chez Criteo. Léa Martel, qui a quitté Doctolib, a rejoint Alan en mars.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Léa Martel", From: "Doctolib", To: "Alan" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Léa Martel", To: "Qonto" });
    }

    [Fact]
    public void Extract_TwoLabsHiringInTheOpening_NameNoHirer()
    {
        var result = TestData.Extract("Qonto et Doctolib recrutent\n\nPARIS — Qonto recrute des ingénieurs. Doctolib recrute aussi des chercheurs.\n\nParmi eux figure Hugo Lefranc, ancien ingénieur chez Criteo.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Hugo Lefranc");
    }

    [Fact]
    public void Extract_PortugueseHireInLeadAndOneArrivingLater_BothMoveToTheHirer()
    {
        var result = TestData.Extract("Creditas contrata ex-engenheira do PicPay\n\nSÃO PAULO — A Creditas anunciou nesta terça-feira a contratação de Carla Menezes como diretora de dados. A executiva passou seis anos como engenheira no PicPay.\n\nTambém chega ao time Bruno Teixeira, ex-iFood, que vai cuidar da área de fraude.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Carla Menezes", From: "PicPay", To: "Creditas" });
        Assert.Contains(result.Moves(), m => m is { Person: "Bruno Teixeira", From: "iFood", To: "Creditas" });
    }

    [Fact]
    public void Extract_SpanishHiresJoiningTheTeam_MoveToTheHirer()
    {
        var result = TestData.Extract(SpanishOpening + "Al equipo se suma Marta Quiroga, que dejó Glovo en enero. También llega Iván Soler, exingeniero de Amazon.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Marta Quiroga", From: "Glovo", To: "Cabify" });
        Assert.Contains(result.Moves(), m => m is { Person: "Iván Soler", From: "Amazon", To: "Cabify" });
    }

    [Fact]
    public void Extract_SpanishOutsiderCommentingOnTheHires_IsNoHire()
    {
        var result = TestData.Extract(SpanishOpening + "Según Martín Aguirre, exingeniero de Amazon, la llegada de estos perfiles marca un cambio.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Martín Aguirre");
    }

    [Fact]
    public void Extract_GermanHireComingFromALab_MovesToTheHirer()
    {
        var result = TestData.Extract("Aleph Alpha holt zwei Forscher\n\nHEIDELBERG — Aleph Alpha hat zwei neue Forscher eingestellt.\n\nAußerdem kommt Mia Brandt von Siemens, wo sie zuletzt ein Team für Sprachmodelle leitete.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Mia Brandt", From: "Siemens", To: "Aleph Alpha" });
    }

    [Fact]
    public void Extract_EnglishHiresAmongTheNewcomers_MoveToTheHirer()
    {
        var result = TestData.Extract("Wayve hires two researchers from rivals\n\nLONDON — Wayve has hired two researchers for its driving team, the company said on Monday.\n\nAmong the hires is Oliver Grant, a former engineer at Tesla.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Oliver Grant", From: "Tesla", To: "Wayve" });
    }

    [Fact]
    public void Extract_IndonesianHireJoiningAlso_MovesToTheHirer()
    {
        var result = TestData.Extract("Gojek merekrut dua peneliti AI dari perusahaan lain\n\nJAKARTA — Gojek resmi merekrut dua peneliti kecerdasan buatan pada pekan ini untuk memperkuat tim mereka.\n\nRizky Pratama, mantan peneliti Tokopedia, juga bergabung dengan tim tersebut.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Rizky Pratama", From: "Tokopedia", To: "Gojek" });
    }

    private const string EnglishOpening = "Wayve hires two researchers from rivals\n\nLONDON — Wayve has hired two researchers for its driving team, the company said on Monday.\n\n";

    [Fact]
    public void Extract_EnglishHeadOfTheNewTeamJoinedByAnother_BothMoveFromTheirOwnLab()
    {
        var result = TestData.Extract(EnglishOpening + "Nina Patel, a research scientist at Waymo for six years, will head the new team. She is joined by Oliver Grant, who spent three years at Tesla before moving to Wayve this spring.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Nina Patel", From: "Waymo", To: "Wayve" });
        Assert.Contains(result.Moves(), m => m is { Person: "Oliver Grant", From: "Tesla", To: "Wayve" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Nina Patel", From: "Tesla" });
    }

    [Fact]
    public void Extract_HireWhoWillHeadATeam_HoldsAHeadsPostAtTheHirer()
    {
        var result = TestData.Extract(EnglishOpening + "Nina Patel, a research scientist at Waymo for six years, will head the new team.", "2025-03-04");

        Assert.Contains(result.Tenures(), t => t is { Person: "Nina Patel", Lab: "Wayve", Role: "head" });
    }

    [Fact]
    public void Extract_SpanishHireWhoWillLeadAnArea_MovesAndHoldsAHeadsPost()
    {
        var result = TestData.Extract(SpanishOpening + "Iván Soler, exingeniero de Amazon, dirigirá el área de pagos.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Iván Soler", From: "Amazon", To: "Cabify" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Iván Soler", Lab: "Cabify", Role: "head" });
    }

    [Fact]
    public void Extract_FrenchHeadOfTheNewTeamJoinedByAnother_BothMoveFromTheirOwnLab()
    {
        var result = TestData.Extract(FrenchOpening + "Léa Martel, chercheuse chez Doctolib depuis cinq ans, dirigera la nouvelle équipe. Elle est rejointe par Hugo Lefranc, ancien ingénieur chez Criteo.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Léa Martel", From: "Doctolib", To: "Qonto" });
        Assert.Contains(result.Moves(), m => m is { Person: "Hugo Lefranc", From: "Criteo", To: "Qonto" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Léa Martel", From: "Criteo" });
    }

    [Fact]
    public void Extract_CurrentPostHolderWhoWillHeadATeamOutsideAHiringStory_IsNoMove()
    {
        var result = TestData.Extract("Wayve opens a London office\n\nLONDON — Wayve opened a new office in London on Monday.\n\nNina Patel, a research scientist at Waymo, will head the new team of advisers.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Nina Patel");
    }

    [Fact]
    public void Extract_FrenchHireWhoLeftAndNowLeads_MovesToTheHirer()
    {
        var result = TestData.Extract(FrenchOpening + "Nadia Roy, qui a quitté Criteo l'an dernier, dirige désormais le laboratoire de données.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Nadia Roy", From: "Criteo", To: "Qonto" });
    }

    [Fact]
    public void Extract_EnglishHireWhoLeftAndNowRuns_MovesToTheHirer()
    {
        var result = TestData.Extract(EnglishOpening + "Nina Patel, who left Waymo last year, now runs the perception group.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Nina Patel", From: "Waymo", To: "Wayve" });
    }

    [Fact]
    public void Extract_CurrentPostHolderWhoNowLeadsSomething_IsNoHire()
    {
        // A post held now, not left: "now" tells what the person does besides it, not where they went.
        var result = TestData.Extract(FrenchOpening + "Nadia Roy, ingénieure chez Criteo, dirige désormais un groupe de travail du secteur.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Nadia Roy");
    }

    [Fact]
    public void Extract_AppointeeWhoLeftAndWillTakeUpThePost_MovesOnlyToTheHirer()
    {
        // "asumirá el cargo" finds no lab after it: the post taken is the hirer's, never the lab just left.
        var result = TestData.Extract("Clip nombra CTO a Laura Ibarra, que dejó Oracle el año pasado\n\nCIUDAD DE MÉXICO — La plataforma de pagos Clip anunció el nombramiento de Laura Ibarra como directora de tecnología. Ibarra, que dejó Oracle el año pasado tras nueve años en la compañía, asumirá el cargo el 1 de febrero.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Laura Ibarra", From: "Oracle", To: "Clip" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Laura Ibarra", To: "Oracle" });
    }
}
