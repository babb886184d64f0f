namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A person's post bound to the right lab: a post whose lab the sentence rules could only take by nearness (a bare
/// title, "la société", "da nova empresa") belongs, for someone who left A and founded or joined B, to B once the article
/// has told that move; and a post predicated of such a person with no lab at all ("Lindgren is chief executive", "que
/// será la consejera delegada") is held at B. A post that describes the person before the move is told, one the
/// sentence places at the lab left, and a description that predicates nothing stay where they were. Companies are
/// real or made up; people and sentences made up for these tests.
/// </summary>
public class PostBindingTests
{
    private const string SpanishFounding = "Dos exingenieros de Glovo fundan Tramo\n\nBARCELONA — Lucas Ferrán y Nuria Gil dejaron Glovo el año pasado para fundar Tramo, una startup de logística. ";

    private const string ChineseHeadline = "从商汤到百川：林浩的选择\n\n";

    [Fact]
    public void Extract_FrenchFounderTitledAtTheCompanyAfterTheLabLeftWasNamed_HoldsThePostAtTheFoundedCompany()
    {
        var result = TestData.Extract(
            "Deux anciennes de Criteo lancent Falaise\n\nPARIS — Camille Rouet et Inès Brissac ont quitté Criteo au printemps pour fonder Falaise, une jeune pousse de traduction juridique. "
            + "Inès Brissac avait auparavant passé six ans chez Criteo.\n\n« Les cabinets veulent des modèles qu'ils peuvent auditer », résume Inès Brissac, directrice technique de la société.",
            "2025-05-06");

        Assert.Contains(result.Tenures(), t => t is { Person: "Inès Brissac", Lab: "Falaise" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Inès Brissac", Lab: "Criteo", Role: "CTO" });
    }

    [Fact]
    public void Extract_FrenchFoundersWithPostsInALaterSentence_HoldThemAtTheFoundedCompany()
    {
        var result = TestData.Extract(
            "Garance, la jeune pousse de deux anciens de Mistral AI\n\nJulie Marceau et Bastien Roy ont quitté l'entreprise l'an dernier pour lancer Garance, qui conçoit des modèles pour les notaires. "
            + "La société lève 12 millions d'euros.\n\nJulie Marceau occupe le poste de présidente, Bastien Roy celui de directeur technique.",
            "2025-05-06");

        Assert.Contains(result.Tenures(), t => t is { Person: "Julie Marceau", Lab: "Garance" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Bastien Roy", Lab: "Garance" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Bastien Roy", Lab: "Mistral AI", Role: "president" });
    }

    [Fact]
    public void Extract_EnglishFoundersGivenPostsWithNoLab_HoldThePostAtTheFoundedCompany()
    {
        var result = TestData.Extract(
            "Ex-Waymo and Uber engineers launch Kestrel Robotics\n\nKestrel Robotics was founded this spring by Maya Lindgren, who left Waymo in February after six years, "
            + "and Tom Reyes, a former Uber engineer. Lindgren is chief executive; Reyes is chief technology officer.",
            "2025-05-06");

        Assert.Contains(result.Tenures(), t => t is { Person: "Maya Lindgren", Lab: "Kestrel Robotics", Role: "CEO" });
    }

    [Fact]
    public void Extract_SpanishFounderWhoWillBeChiefExecutive_HoldsThePostAtTheFoundedCompany()
    {
        var result = TestData.Extract(
            SpanishFounding
            + "\"Nadie iba a resolver esto por nosotros\", explica Gil, que será la consejera delegada.",
            "2025-05-06");

        Assert.Contains(result.Tenures(), t => t is { Person: "Nuria Gil", Lab: "Tramo", Role: "CEO" });
    }

    [Fact]
    public void Extract_SpanishFounderDescribedAsOneOfTheBestKnownEngineers_HoldsNoPostAtTheFoundedCompany()
    {
        var result = TestData.Extract(
            SpanishFounding
            + "\"Nadie iba a resolver esto por nosotros\", explica Gil, una de las ingenieras más conocidas del país.",
            "2025-05-06");

        Assert.Contains(result.Foundings(), f => f is { Person: "Nuria Gil", Lab: "Tramo" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Nuria Gil", Lab: "Tramo" });
    }

    [Fact]
    public void Extract_PortugueseFounderWhoSpentYearsAsAnEngineerAtTheLabLeft_KeepsThatPostAtTheLabLeft()
    {
        var result = TestData.Extract(
            "Ex-Stone fundam a Trilha\n\nRafael Dantas e Júlia Prado deixaram a Stone em março para fundar a Trilha, startup de crédito. "
            + "Rafael passou sete anos na Stone, a maior parte deles como engenheiro de pagamentos, antes de se juntar à cofundadora.",
            "2025-05-06");

        Assert.Contains(result.Foundings(), f => f is { Person: "Rafael Dantas", Lab: "Trilha" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Rafael Dantas", Lab: "Trilha", Role: "engineer" });
    }

    [Fact]
    public void Extract_EnglishPostDescribingTheMoverBeforeTheMoveIsTold_StaysOffTheDestination()
    {
        var result = TestData.Extract(
            "Cohere loses a translation lead\n\nTORONTO — Priya Natarajan, a senior engineer, is moving to London. "
            + "She has left Cohere to join Anthropic, the company confirmed on Monday.",
            "2025-05-06");

        Assert.Contains(result.Moves(), m => m is { Person: "Priya Natarajan", From: "Cohere", To: "Anthropic" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Priya Natarajan", Lab: "Cohere", Role: "engineer" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Priya Natarajan", Lab: "Anthropic", Role: "engineer" });
    }

    [Fact]
    public void Extract_ChinesePostTakenInTheArrivalClause_HoldsThePostAtTheDestination()
    {
        var result = TestData.Extract(ChineseHeadline + "林浩此前在商汤科技工作六年，负责工业视觉算法。今年夏天，他离开商汤科技，加盟百川智能，出任技术副总裁。", "2025-09-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Lin Hao", From: "SenseTime", To: "Baichuan AI" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Lin Hao", Lab: "Baichuan AI", Role: "VP of technology" });
    }

    [Fact]
    public void Extract_ChineseTitleBeforeTheNameOfSomeoneLeaving_StaysAtTheLabLeft()
    {
        var result = TestData.Extract(ChineseHeadline + "今年夏天，技术副总裁林浩离开商汤科技，加盟百川智能。", "2025-09-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Lin Hao", From: "SenseTime", To: "Baichuan AI" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Lin Hao", Lab: "Baichuan AI", Role: "VP of technology" });
    }
}
