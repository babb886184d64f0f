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

    /// <summary>"元AのX氏", "Aの副社長だったX氏", "Aで…を率いていたX氏": the post before the name is the one left for what the sentence tells.</summary>
    [Theory]
    [InlineData("元アマゾンのケン・ミラー氏は、AIスタートアップ「Nova Labs」を共同設立した。関係者が明らかにした。", "Ken Miller", "Amazon", "Nova Labs")]
    [InlineData("マイクロソフトの研究担当副社長だったサラ・ボイド氏は、10月に新会社「Harbor Labs」を創業した。同社が発表した。", "Sarah Boyd", "Microsoft", "Harbor Labs")]
    [InlineData("アップルで研究部門を率いていたジョン・ハート氏は、新会社「Cedar Labs」を設立した。関係者が明らかにした。", "John Hart", "Apple", "Cedar Labs")]
    public void Extract_PastPostBeforeTheNameThenAFounding_IsAMove(string text, string person, string from, string to) =>
        Assert.Contains(TestData.Extract(text, "2025-03-20").Moves(), m => (m.Person, m.From, m.To) == (person, from, to));

    /// <summary>"BはAで…ていたX氏を採用した": the hire of a person described by a past post at A is a move from A.</summary>
    [Theory]
    [InlineData("メタは、アマゾンでAI研究を統括していたケン・ミラー氏を採用した。関係者が明らかにした。", "Ken Miller", "Amazon", "Meta")]
    [InlineData("グーグルはメタで働いていたサラ・ボイド氏を迎え入れた。関係者が明らかにした。", "Sarah Boyd", "Meta", "Google")]
    public void Extract_HireOfPersonDescribedByAPastPost_IsAMove(string text, string person, string from, string to) =>
        Assert.Contains(TestData.Extract(text, "2025-03-20").Moves(), m => (m.Person, m.From, m.To) == (person, from, to));

    [Fact]
    public void Extract_ExLabPersonWithNoOtherLab_IsNoMove()
    {
        var result = TestData.Extract("元アマゾンのケン・ミラー氏は、AIの安全性について講演した。関係者が明らかにした。", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact);
        Assert.Contains(result.Facts, f => f is WorkedAtFact { Person: "Ken Miller", Lab: "Amazon" });
    }
}
