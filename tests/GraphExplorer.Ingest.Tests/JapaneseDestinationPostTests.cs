namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Japanese moves whose new post is told by a phrase after the title ("…に就任した", "…を務める", "…に迎えた"): the post is
/// held where the person went, not at the origin named before them. Self-written sentences, with near misses that
/// state a post held before the move.
/// </summary>
public class JapaneseDestinationPostTests
{
    [Theory]
    [InlineData("ソニーは1日、楽天グループでAI研究を率いてきた田中健一氏が、同社の最高技術責任者（CTO）に就任したと発表した。", "Kenichi Tanaka", "Rakuten", "Sony", "CTO")]
    [InlineData("サイバーエージェントは、米グーグル出身の鈴木花子氏を最高AI責任者に迎えた。", "Hanako Suzuki", "Google", "CyberAgent", "chief AI officer")]
    [InlineData("パナソニックは、富士通で研究を率いた小川直樹氏を執行役員に起用した。", "Naoki Ogawa", "Fujitsu", "Panasonic", "executive officer")]
    public void Extract_TitleBeforePhraseOfTakingAPost_IsThePostAtTheDestination(string text, string person, string origin, string destination, string role)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => (m.Person, m.From, m.To) == (person, origin, destination));
        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == destination && w.Role == role);
        Assert.DoesNotContain(result.Tenures(), w => w.Person == person && w.Lab == origin && w.Role == role);
    }

    /// <summary>The sentence after the move names no one: its subject is the mover, and "Bでは" names where the post is.</summary>
    [Theory]
    [InlineData("東芝でエンジニアとして働いていた佐伯拓海氏がソニーに転職した。ソニーでは研究ディレクターに就き、音声認識の研究を統括する。", "Takumi Saeki", "Sony", "research director")]
    [InlineData("日立製作所の山田太郎氏は4月にメルカリへ移った。メルカリでは機械学習チームの責任者を務める。", "Taro Yamada", "Mercari", "head")]
    public void Extract_PostTakenInTheNextSentenceWithItsSubjectCarried_IsThePostAtTheDestination(string text, string person, string destination, string role)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == destination && w.Role == role);
    }

    /// <summary>Near misses: the same titles and companies, but the post is one held before the move.</summary>
    [Theory]
    [InlineData("楽天グループで最高技術責任者を務めていた田中健一氏が、ソニーに移籍した。")]
    [InlineData("田中健一氏はソニーに移籍した。田中氏は以前、楽天グループで最高技術責任者を務めていた。")]
    [InlineData("田中健一氏がソニーの最高技術責任者に就任するとの報道について、同社は否定した。")]
    public void Extract_PostHeldBeforeTheMoveOrRumoured_IsNoPostAtTheDestination(string text)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Kenichi Tanaka" && w.Lab == "Sony" && w.Role == "CTO");
    }
}
