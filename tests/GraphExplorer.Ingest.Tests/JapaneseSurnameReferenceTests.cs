namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A Japanese move told across two sentences, the person named the second time by surname and honorific alone (田中氏,
/// 中村氏, 中島さん; surnames holding characters that usually end a name): the origin in the second sentence is where the
/// move of the first came from. Self-written sentences, with near misses in which the second sentence states no past post.
/// </summary>
public class JapaneseSurnameReferenceTests
{
    [Theory]
    [InlineData("田中健一氏はソニーに移籍した。田中氏は楽天グループで研究責任者を務めていた。", "Kenichi Tanaka", "Rakuten", "Sony")]
    [InlineData("中村明氏は今春、メルカリに入社した。中村氏はかつて富士通に在籍していた。", "Akira Nakamura", "Fujitsu", "Mercari")]
    [InlineData("中島花子さんがサイバーエージェントに転職した。中島さんは楽天グループでエンジニアを務めていた。", "Hanako Nakajima", "Rakuten", "CyberAgent")]
    public void Extract_SurnameAloneInTheNextSentenceTellsThePastPost_IsTheMovesOrigin(string text, string person, string origin, string destination)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => (m.Person, m.From, m.To) == (person, origin, destination));
    }

    [Theory]
    [InlineData("田中健一氏はソニーに移籍した。田中氏は楽天グループとの提携交渉を担当する。")]
    [InlineData("田中健一氏はソニーに移籍した。田中氏が楽天グループに移るとの観測について、同社は否定した。")]
    [InlineData("田中健一氏はソニーに移籍した。楽天グループの広報担当者は「田中氏の活躍を期待する」と話した。")]
    public void Extract_SurnameAloneWithNoPastPost_IsNoMoveFromTheOtherCompany(string text)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Kenichi Tanaka" && m.From == "Rakuten");
        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Kenichi Tanaka" && w.Lab == "Rakuten");
    }

    /// <summary>"今年に入り" enters a year: the company's news after it is no move of the person named before.</summary>
    [Theory]
    [InlineData("楽天グループの鈴木花子氏はソニーに移籍した。鈴木氏は「挑戦したい」と話した。同社は今年に入り、大手銀行から資金を調達した。")]
    [InlineData("鈴木花子氏は楽天グループを退社し、ソニーに移った。鈴木氏は研究を統括する。同社は10月に入って、新サービスを始めた。")]
    [InlineData("グーグルで研究員を務めていた鈴木花子氏は、ソニーの主任研究員に就任した。このほか楽天グループの田中健一氏も加わった。田中氏は9月末に楽天を退社している。鈴木氏は「挑戦したい」と話した。同社は今年に入り、大手銀行などから資金調達を実施しており、人員を増やす計画だ。")]
    public void Extract_DateThenVerbOfEntering_IsNoArrival(string text)
    {
        var result = TestData.Extract(text, "2025-11-20");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Hanako Suzuki" && m.To == "Rakuten");
        Assert.DoesNotContain(result.Moves(), m => m.Person == "Hanako Suzuki" && m.From == "Sony");
    }
}
