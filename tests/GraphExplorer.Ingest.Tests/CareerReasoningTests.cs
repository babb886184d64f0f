namespace GraphExplorer.Ingest.Tests;

/// <summary>Careers told across sentences: a title then a move, and a return to a lab left earlier (two stints).</summary>
public class CareerReasoningTests
{
    [Fact]
    public void Extract_LeftAndLaterReturned_TwoStintsAndAMoveEachWay()
    {
        var result = TestData.Extract(
            "Priya Raman joined Google in 2012 as a software engineer. She left Google in 2016 to join Cohere. In March 2023, Raman returned to Google as a research director.",
            published: "2025-06-10");

        var stints = result.Tenures().Where(t => t.Person == "Priya Raman" && t.Lab == "Google").OrderBy(t => t.Start?.ToString(), StringComparer.Ordinal).ToList();
        Assert.Equal(2, stints.Count);
        Assert.Equal(("2012", "2016"), (stints[0].Start?.ToString(), stints[0].End?.ToString()));
        Assert.Equal(("2023-03", (string?)null), (stints[1].Start?.ToString(), stints[1].End?.ToString()));
        Assert.Contains(result.Moves(), m => m.Person == "Priya Raman" && m.From == "Google" && m.To == "Cohere" && m.Date?.ToString() == "2016");
        Assert.Contains(result.Moves(), m => m.Person == "Priya Raman" && m.From == "Cohere" && m.To == "Google" && m.Date?.ToString() == "2023-03");
    }

    [Fact]
    public void Extract_LeftWithoutReturning_OneStint()
    {
        var result = TestData.Extract("Priya Raman joined Google in 2012. She left Google in 2016 to join Cohere.", published: "2025-06-10");

        Assert.Single(result.Tenures(), t => t.Person == "Priya Raman" && t.Lab == "Google");
        Assert.DoesNotContain(result.Moves(), m => m.To == "Google");
    }

    [Fact]
    public void Extract_TitleAtOneLabThenJoinsAnotherInTheNextSentence_IsAMove()
    {
        var result = TestData.Extract("Tomasz Wielgus is a senior researcher at Google DeepMind. Wielgus will join Mistral AI next month, the company said.", published: "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == "Tomasz Wielgus" && m.From == "Google DeepMind" && m.To == "Mistral AI");
    }

    [Fact]
    public void Extract_CurrentTitleAndAJoiningLongAgo_IsNoMoveFromTheTitle()
    {
        // The joining is the career's history (dated years before publication), not news of a move from the current post.
        var result = TestData.Extract("Tomasz Wielgus is a senior researcher at Google DeepMind. Wielgus joined Microsoft in 2009 after his doctorate.", published: "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Tomasz Wielgus" && m.From == "Google DeepMind");
    }

    [Fact]
    public void Extract_CurrentTitleThenJoiningTheLabLeftBefore_IsHistoryNotAMoveBack()
    {
        // The news (a former A lead joins B with a title there) and then when the person had joined A: no move B -> A.
        var result = TestData.Extract("据知情人士透露，字节跳动前视觉团队负责人孙海峰已正式加入阿里巴巴，担任通义实验室技术负责人。孙海峰于2021年加入字节跳动。");

        Assert.Contains(result.Moves(), m => m.From == "ByteDance" && m.To == "Alibaba");
        Assert.DoesNotContain(result.Moves(), m => m.From == "Alibaba");
    }

    [Fact]
    public void Extract_FounderTitleAtALabWhoseFoundersAreKnown_IsNoFoundingByAnother()
    {
        // The gazetteer knows who founded Google DeepMind: a founder title beside a tenure there, given to someone else,
        // marks where the person came from.
        var result = TestData.Extract("Lina Marchetti, a co-founder and former Google DeepMind researcher, said the team had grown to forty people.", published: "2025-06-10");

        Assert.DoesNotContain(result.Foundings(), f => f.Person == "Lina Marchetti");
    }

    [Fact]
    public void Extract_FounderTitleOfAKnownFounder_IsKept()
    {
        var result = TestData.Extract("Demis Hassabis, co-founder of Google DeepMind, said the team had grown to forty people.", published: "2025-06-10");

        Assert.Contains(result.Foundings(), f => f.Person == "Demis Hassabis" && f.Lab == "Google DeepMind");
    }

    [Fact]
    public void Extract_FoundingVerbWithTheLabAsObject_StandsWhateverTheGazetteerKnows()
    {
        var result = TestData.Extract("In 2010, Lina Marchetti co-founded Google DeepMind with two friends from the university.", published: "2025-06-10");

        Assert.Contains(result.Foundings(), f => f.Person == "Lina Marchetti" && f.Lab == "Google DeepMind");
    }
}
