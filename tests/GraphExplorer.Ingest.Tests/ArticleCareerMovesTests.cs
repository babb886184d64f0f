namespace GraphExplorer.Ingest.Tests;

/// <summary>Moves read across an article's sentences: a departure then a current post at one other lab told later, the
/// news arrival after a told career (left A to found B, now joins C: B to C), and the career told after a departure
/// (left B; once at A; joined B in 2021: A to B), in the order the dates give.</summary>
public class ArticleCareerMovesTests
{
    [Theory]
    [InlineData("Lukas Brenner left Microsoft in March. Since then, Brenner has been chief technology officer of SAP.")]
    [InlineData("Lukas Brenner hat Microsoft im März verlassen. Heute ist Brenner Technikchef von SAP.")]
    public void Extract_LeftThenPostElsewhere_IsAMoveToThePost(string text)
    {
        var result = TestData.Extract(text, published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Lukas Brenner" && m.From == "Microsoft" && m.To == "SAP");
        Assert.Contains(result.Tenures(), t => t.Person == "Lukas Brenner" && t.Lab == "Microsoft");
    }

    [Fact]
    public void Extract_LeftYearsBeforeThePost_IsNoMove()
    {
        // Distant background with a stated gap: the labelling rules count no move.
        var result = TestData.Extract("Lukas Brenner left Microsoft in 2015. Since then, Brenner has been chief technology officer of SAP.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Lukas Brenner");
        Assert.Contains(result.Tenures(), t => t.Person == "Lukas Brenner" && t.Lab == "SAP");
    }

    [Fact]
    public void Extract_PostToldBeforeTheLeaving_IsNoMoveToIt()
    {
        // The post named first is what the person held when leaving, not where they went.
        var result = TestData.Extract("Lukas Brenner is chief technology officer of SAP. Last month he left the board of Microsoft.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Lukas Brenner" && m.To == "SAP");
    }

    [Fact]
    public void Extract_ArrivalAfterAToldCareer_IsAMoveFromTheChainEnd()
    {
        var result = TestData.Extract("Microsoft hired Nadia Oyelaran on Tuesday to lead its consumer AI unit. In 2022, Oyelaran left Google to co-found Reka AI.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Nadia Oyelaran" && m.From == "Google" && m.To == "Reka AI");
        Assert.Contains(result.Moves(), m => m.Person == "Nadia Oyelaran" && m.From == "Reka AI" && m.To == "Microsoft");
    }

    [Fact]
    public void Extract_UndatedEarlyJoiningToldAfterTheCareer_IsNoMoveFromTheChainEnd()
    {
        var result = TestData.Extract("Nadia Oyelaran left Apple to join Reka AI in 2023. Early in her career, Oyelaran joined Google.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Nadia Oyelaran" && m.From == "Reka AI");
    }

    [Fact]
    public void Extract_CareerToldAfterTheDeparture_IsAMoveFromTheEarlierPost()
    {
        var result = TestData.Extract("Tomasz Wierzbicki, vice president of engineering at Google, has left the company. Wierzbicki was once chief technology officer of the startup Lumio. He joined Google in 2021.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Tomasz Wierzbicki" && m.From == "Lumio" && m.To == "Google");
    }

    [Fact]
    public void Extract_PostToldWithTheDeparture_IsNoOriginOfTheEarlierJoining()
    {
        // The post beside the leaving is what the person is now: the joining told after it came from elsewhere.
        var result = TestData.Extract("Tomasz Wierzbicki, chief executive of Lumio, left Google last year. Wierzbicki joined Google in 2018.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Tomasz Wierzbicki" && m.From == "Lumio" && m.To == "Google");
    }

    [Fact]
    public void Extract_OriginJoinedOnlyAfterTheArrival_IsTheMovesDestination()
    {
        // Joined Yahoo in 2011, joined Google in 2016: whatever the sentences suggest, Yahoo came first.
        var result = TestData.Extract("Ana Sorensen, head of research at Google, has left the company. Sorensen joined Google in November 2016. Before that, she joined Yahoo in October 2011 as a senior research scientist.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Ana Sorensen" && m.From == "Yahoo" && m.To == "Google");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Ana Sorensen" && m.From == "Google" && m.To == "Yahoo");
    }
}
