using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>How Japanese news states a return to a former employer or names a known lab; self-written sentences only.</summary>
public class JapaneseMoveTests
{
    [Fact]
    public void Extract_ReturnsToAFormerEmployer_IsAMove()
    {
        var result = TestData.Extract("田中一郎氏は2021年にOpenAIを辞め、古巣のグーグルに戻った。", "2025-03-01");

        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Ichiro Tanaka", From: "OpenAI", To: "Google" });
    }

    [Fact]
    public void Extract_LabNamedWithoutItsPluralEnding_IsTheKnownLab()
    {
        var result = TestData.Extract("ジョン・スミス氏は2022年1月にOpenAIからThinking Machineに転職した。", "2025-03-01");

        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "John Smith", From: "OpenAI", To: "Thinking Machines Lab" });
    }

    /// <summary>"X氏をはじめ、Y氏、Z氏が…": the person named with をはじめ ("starting with") heads the list of movers.</summary>
    [Fact]
    public void Extract_ListOpenedWithWoHajime_MovesItsFirstPersonToo()
    {
        var result = TestData.Extract("ケン・ミラー氏をはじめ、サラ・ボイド氏、ジョン・ハート氏がアップルからグーグルに転職した。関係者が明らかにした。", "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Ken Miller", From: "Apple", To: "Google" });
        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Sarah Boyd", From: "Apple", To: "Google" });
    }
}
