using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// How Japanese and Korean news report moves beyond a single clause (issue 10): a leaving verb in its connective form that
/// runs into the joining verb describing the person ("Aを退社しBに入社したX氏", "A를 떠나 B로 자리를 옮긴 X"), and a Korean
/// wave of departures told in the headline or lead that is the origin of the moves told later, and young companies written
/// only in katakana or Hangul that the text marks as companies. Every sentence is written for these tests; every person
/// and company is invented.
/// </summary>
public class CjkReportingTests
{
    [Theory]
    [InlineData("メタを退社しOpenAIに入社した田中花子氏も、新しいチームに加わる。", "Hanako Tanaka", "Meta", "OpenAI")]
    [InlineData("昨年アップルを退社しメタに合流した小林誠氏が、講演で語った。", "Makoto Kobayashi", "Apple", "Meta")]
    [InlineData("네이버를 떠나 카카오로 자리를 옮긴 이지훈 박사도 이번 행사에 참석했다.", "Lee Ji-hoon", "Naver", "Kakao")]
    [InlineData("메타를 퇴사하고 오픈AI로 이직한 정하늘 씨가 발표를 맡았다.", "Jung Ha-neul", "Meta", "OpenAI")]
    public void Extract_LeavingVerbRunningIntoAnAttributiveJoin_MovesThePersonDescribed(string sentence, string person, string from, string to) =>
        AssertMove(sentence, person, from, to);

    [Theory]
    [InlineData("メタを退社しOpenAIに入社した社員の数は、この一年で倍になった。")]
    [InlineData("네이버를 떠나 카카오로 자리를 옮긴 인력이 올해 들어 크게 늘었다.")]
    public void Extract_LeavingVerbRunningIntoAJoinThatDescribesANoun_GivesNoMove(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_LeavingVerbEndedByACommaBeforeAnotherPersonsJoin_DoesNotLendThatPersonTheOrigin()
    {
        // The comma ends the first clause: its subject is the one before it, not the person the next clause describes.
        var result = TestData.Extract("佐藤一郎氏はメタを退社した。一方、グーグルに入社した鈴木花子氏は研究を続ける。", "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Hanako Suzuki" && m.From == "Meta");
    }

    [Fact]
    public void Extract_KoreanExodusInTheHeadline_IsTheOriginOfLaterMovesWithNone()
    {
        const string article = "오픈AI 인재 이탈 가속…핵심 연구원 줄줄이 떠나\n업계에 따르면 올해 들어 연구 조직의 분위기가 크게 달라졌다.\n"
            + "회사는 새 모델 개발에 속도를 내고 있다.\n박서준 연구원은 최근 앤트로픽으로 이직했다.\n정하늘 엔지니어도 지난달 메타에 합류했다.";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Park Seo-jun", From: "OpenAI", To: "Anthropic" });
        Assert.Contains(result.Moves(), m => m is { Person: "Jung Ha-neul", From: "OpenAI", To: "Meta" });
    }

    [Fact]
    public void Extract_KoreanExodusInTheLead_IsTheOriginOfALaterMove()
    {
        const string article = "AI 업계 인력 이동\n구글에서 핵심 연구원들이 잇따라 떠나고 있다.\n회사는 공식 입장을 내지 않았다.\n김민수 연구원은 이달 초 메타로 이직했다.";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Kim Min-soo", From: "Google", To: "Meta" });
    }

    [Fact]
    public void Extract_KoreanArticleNotAboutDepartures_GivesNoOriginToAMove()
    {
        const string article = "오픈AI, 새 모델 공개\n오픈AI가 새 모델을 공개했다. 회사는 성능이 크게 개선됐다고 밝혔다.\n박서준 연구원은 최근 앤트로픽으로 이직했다.";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Park Seo-jun");
    }

    [Fact]
    public void Extract_KoreanExodusTopicButTheSentenceNamesAnotherOrigin_KeepsThatOrigin()
    {
        const string article = "오픈AI 인재 이탈 가속\n오픈AI에서 연구원들이 잇따라 떠나고 있다.\n메타 출신 최유진 연구원은 최근 앤트로픽에 합류했다.";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Choi Yu-jin", From: "Meta", To: "Anthropic" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Choi Yu-jin", From: "OpenAI" });
    }

    [Theory]
    [InlineData("グーグル出身の山田太郎氏が、AIスタートアップのミライラボに参画した。", "Taro Yamada", "Google", "Mirai Lab")]
    [InlineData("メタの研究者だった中村優子氏は、株式会社ヒカリテクノロジーズに移籍した。", "Yuko Nakamura", "Meta", "Hikari Technologies")]
    [InlineData("구글 출신 김민수 연구원이 AI 스타트업 한빛결에 합류했다.", "Kim Min-soo", "Google", "Hanbichgyeol")]
    [InlineData("네이버를 떠난 이지훈 박사는 리벨랩스로 이직했다.", "Lee Ji-hoon", "Naver", "Ribel Labs")]
    public void Extract_CompanyInKatakanaOrHangulMarkedByTheText_IsTheDestination(string sentence, string person, string from, string to) =>
        AssertMove(sentence, person, from, to);

    [Theory]
    [InlineData("OpenAIを退社した佐藤健一氏は、東京でカゼハナを設立した。", "Kenichi Sato", "Kazehana")]
    [InlineData("ソニーを退社した田中花子氏は、「ツムギ」社を創業した。", "Hanako Tanaka", "Tsumugi")]
    [InlineData("카카오 출신 박서준 대표는 지난해 누리를 창업했다.", "Park Seo-jun", "Nuri")]
    public void Extract_CompanyInKatakanaOrHangulAsTheObjectOfFounding_IsFounded(string sentence, string person, string lab)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == lab);
    }

    [Theory]
    [InlineData("鈴木一郎氏はグーグルを離れ、ファンドを設立した。")]
    [InlineData("삼성전자를 떠난 최유진 박사는 법인을 설립했다.")]
    public void Extract_KindOfThingAsTheObjectOfFounding_IsNoCompany(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Empty(result.Foundings());
        Assert.Empty(result.Moves());
    }

    [Theory]
    [InlineData("ソニーを退社した田中花子氏は、カゼハナに加わった。")]
    [InlineData("네이버를 떠난 정하늘 연구원은 카이스트에 합류했다.")]
    public void Extract_UnmarkedKatakanaOrHangulWordJoined_IsNoCompany(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_UnitInTheGenitiveOfAKnownLab_IsNoCompanyOfItsOwn()
    {
        var result = TestData.Extract("ソニーを退社した田中花子氏は、グーグルのスーパーインテリジェンス研究所に加わった。", "2025-06-10");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact { To: var to } && to != "Google");
    }

    [Theory]
    [InlineData("据报道，前谷歌工程师刘思琪已经离职，并正式加入云帆科技公司。", "Liu Siqi", "Google", "Yunfan Technology")]
    [InlineData("前OpenAI研究员张明远加入北京AI初创公司星河智能。", "Zhang Mingyuan", "OpenAI", "Xinghe AI")]
    public void Extract_ChineseCompanyNamedWithACompanyWordOrAfterAStartupNoun_IsTheDestination(string sentence, string person, string from, string to) =>
        AssertMove(sentence, person, from, to);

    [Theory]
    [InlineData("前OpenAI研究员张明远加入北京AI初创公司星河智能。", "Beijing AI")]
    [InlineData("字节跳动前研究员周凯加入了母公司。", "Mu")]
    [InlineData("据报道，前谷歌工程师刘思琪离职后加入了一家上市公司。", "Shangshi")]
    public void Extract_PlaceOrKindBeforeACompanyWord_IsNoCompany(string sentence, string notALab)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact { To: var to } && to == notALab);
        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Lab: var lab } && lab == notALab);
    }

    /// <summary>The sentence, read alone, moves the person from one lab to the other.</summary>
    private static void AssertMove(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }
}
