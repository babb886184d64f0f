namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Japanese and Korean hiring news that names the hiring company as the topic of its lead, then brings in each hire with
/// where they came from: "the company" (同社, 이 회사) is the hirer, not the lab named since as the hire's past post, and
/// a joining verb with no place after a hire that named nobody joins that hirer. Written with invented people; beside
/// each, the same words with no hire announced, which joins nobody to the company.
/// </summary>
public class CjkHiringTopicTests
{
    [Theory]
    [InlineData("Sakana AIは3日、研究者2人を迎え入れたと発表した。米Metaでエンジニアを務めていた山口美咲氏は、同社の研究員に就任した。", "Misaki Yamaguchi", "Meta", "Sakana AI")]
    [InlineData("Sakana AIは10日、研究者2人を迎え入れたと発表した。米グーグル・ディープマインドでリサーチサイエンティストを務めていた中村彩花氏は、同社の主任研究員に就任した。", "Ayaka Nakamura", "Google DeepMind", "Sakana AI")]
    [InlineData("업스테이지는 10일 연구자 2명을 영입했다고 밝혔다. 구글 딥마인드에서 연구원으로 일했던 김민수 박사는 이 회사의 수석연구원으로 합류했다.", "Kim Min-soo", "Google DeepMind", "Upstage")]
    public void Extract_CompanyAnaphorAfterTheHiresPastPost_JoinsTheHiringCompany(string article, string person, string from, string to)
    {
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_CompanyAnaphorAfterAMoveWithNoHireAnnounced_MeansTheLabMovedTo()
    {
        const string article = "Sakana AIは3日、新しいモデルを発表した。山口美咲氏は2020年にNECを離れ、メルカリに移った。同社では機械学習チームを率いた。";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Sakana AI");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Sakana AI");
    }

    [Theory]
    [InlineData("Sakana AIは研究者3人を採用したと発表した。このほか、ソニーで画像認識を率いた小川拓海氏と、LINEヤフー出身の佐藤健一氏が加わった。", "Sakana AI", "Takumi Ogawa", "Sony", "Kenichi Sato", "LINE Yahoo")]
    [InlineData("업스테이지는 연구자 3명을 새로 영입했다고 밝혔다. 이 밖에 네이버 출신의 박지현 씨와 카카오에서 일했던 정우성 씨가 합류했다.", "Upstage", "Park Ji-hyun", "Naver", "Jung Woo-sung", "Kakao")]
    public void Extract_JoiningWithNoPlaceAfterAnUnnamedHire_JoinsTheHirerFromEachPastPost(string article, string hirer, string first, string firstFrom, string second, string secondFrom)
    {
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == first && m.From == firstFrom && m.To == hirer);
        Assert.Contains(result.Moves(), m => m.Person == second && m.From == secondFrom && m.To == hirer);
    }

    [Fact]
    public void Extract_JoiningWithNoPlaceAndNoHireAnnounced_JoinsNobody()
    {
        const string article = "Sakana AIは新しいモデルを発表した。このほか、ソニーで画像認識を率いた小川拓海氏と、LINEヤフー出身の佐藤健一氏が加わった。";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Empty(result.Moves());
    }
}
