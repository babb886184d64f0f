using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>How Japanese news states a move to a post or a return; self-written sentences only.</summary>
public class JapaneseMoveTests
{
    [Theory]
    [InlineData("鈴木花子氏は2020年にOpenAIを辞め、Anthropicの研究責任者に就任した。")]
    [InlineData("鈴木花子氏は2020年にOpenAIを退社し、Anthropicの安全性担当VPに迎えられた。")]
    public void Extract_LeavesForAPostWithAModifiedTitle_MovesToThePostsLab(string text)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Hanako Suzuki", From: "OpenAI", To: "Anthropic" });
    }

    [Fact]
    public void Extract_TitleAfterAClause_IsNotAPostAtTheLab()
    {
        var result = TestData.Extract("鈴木花子氏は2020年にOpenAIを辞め、Anthropicの出資するスタートアップのCEOに就任した。", "2025-03-01");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact { Person: "Hanako Suzuki", To: "Anthropic" });
    }

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
}
