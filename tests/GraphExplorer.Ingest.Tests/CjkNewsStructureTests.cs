using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Sentence structures read in real Chinese, Japanese and Korean reporting on people moving between AI labs (issue 10),
/// each written again here with invented people and other wording: a Korean person introduced as one of a company's
/// "core research staff", field nouns before a Korean title, a katakana name before a chief-officer title, a Japanese
/// hiring sentence followed by its list of names, a denied move, a Chinese start-up named bare after the start-up noun,
/// a founding clause after a comma, and a "technical co-creator" who founded nothing.
/// </summary>
public class CjkNewsStructureTests
{
    [Fact]
    public void Extract_KoreanPersonDescribedAsCoreResearchStaff_MovesFromTheCompanyOfTheDescription() =>
        AssertMoves("메타(Meta)의 핵심 연구진인 로라 벤틀리(Laura Bentley)가 앤트로픽(Anthropic)에 합류한다.", ("Laura Bentley", "Meta", "Anthropic"));

    [Theory]
    [InlineData("한서준 구글 윤리 책임자는 회사를 떠났다.", "Yoon Li")]
    [InlineData("마커스 웰 오픈AI 수석 안전 연구원은 회사를 떠날 것이라고 밝혔다.", "Ahn Jun")]
    public void Extract_KoreanFieldNounBeforeATitle_IsNoPersonsName(string sentence, string notAPerson)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Person: var p } && p == notAPerson);
    }

    [Fact]
    public void Extract_KatakanaNameBeforeAChiefOfficerTitle_GivesThePost()
    {
        var result = TestData.Extract("米オープンAIのダニエル・フォード最高研究責任者は3日、同社を退社すると表明した。", "2025-06-10");

        Assert.Contains(result.Tenures(), t => t is { Person: "Daniel Ford", Lab: "OpenAI", Role: "chief research officer" });
    }

    [Fact]
    public void Extract_JapaneseHiringSentenceFollowedByAListOfNames_MovesEachPersonListed() =>
        AssertMoves(
            "Anthropic、研究者を獲得\nAnthropicがGoogleのAI研究部門「DeepMind」から、研究者2名を採用した。\n"
                + "- サラ・ベネット (Sarah Bennett)氏\n- ピーター・ロウ (Peter Lowe)氏\n両氏は数学推論の研究で知られる。",
            ("Sarah Bennett", "Google DeepMind", "Anthropic"),
            ("Peter Lowe", "Google DeepMind", "Anthropic"));

    [Fact]
    public void Extract_JapanesePlainSentenceFollowedByAListOfProducts_GivesNoMove()
    {
        const string article = "新製品\nAnthropicはGoogleから技術者を採用した。\n- 新しい翻訳モデル\n- 音声アシスタント";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Empty(result.Moves());
    }

    [Theory]
    [InlineData("OpenAIの広報担当者は、ケビン・ロス氏がMetaに移籍するとの報道を否定した。", "Kevin Ross")]
    [InlineData("谷歌研究员宋佳否认了加入OpenAI的传闻。", "Song Jia")]
    public void Extract_DeniedReportOfAMove_GivesNoPostAtTheRumouredDestination(string sentence, string person)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Empty(result.Moves());
        Assert.DoesNotContain(result.Tenures(), t => t.Person == person && t.Lab is "Meta" or "OpenAI");
    }

    [Fact]
    public void Extract_ChineseStartUpNamedBareAfterTheStartUpNoun_IsWhereThePersonWent() =>
        AssertMoves("前百度高管黄磊已加入初创公司深言,担任首席技术官。", ("Huang Lei", "Baidu", "Shenyan"));

    [Fact]
    public void Extract_ChineseStartUpNounFollowedByACommonNoun_IsNoCompany()
    {
        var result = TestData.Extract("前百度高管黄磊表示,今年初创公司数量大幅增加,竞争也更激烈。", "2025-06-10");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Lab: not "Baidu" } or LeftForFact);
    }

    [Theory]
    [InlineData("刘洋于2023年离开字节跳动,创立了星河科技。", "Xinghe Technology")]
    [InlineData("刘洋于2023年离开字节跳动,创立了月之暗面。", "Moonshot AI")]
    public void Extract_ChineseFoundingClauseAfterAComma_FoundedByTheSubjectBefore(string sentence, string lab)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Contains(result.Foundings(), f => f.Person == "Liu Yang" && f.Lab == lab);
        Assert.Contains(result.Moves(), m => m is { Person: "Liu Yang", From: "ByteDance" } && m.To == lab);
    }

    [Fact]
    public void Extract_ChineseLabDescribedByAFoundingDateAfterAComma_FoundsNothing()
    {
        var result = TestData.Extract("刘洋加入了字节跳动,成立于2012年的这家公司如今规模庞大。", "2025-06-10");

        Assert.Empty(result.Foundings());
    }

    [Fact]
    public void Extract_ChineseTechnicalCoCreatorOfAModel_IsNoFounderOfTheLab()
    {
        const string article = "新团队名单\nPeter Lang,OpenAI技术联合创建者,主导推理模型研发。";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Empty(result.Foundings());
        Assert.Contains(result.Tenures(), t => t is { Person: "Peter Lang", Lab: "OpenAI" });
    }
    [Fact]
    public void Extract_ChineseRelativeClauseBeforeALaterListItem_DescribesThatItemNotTheEarlierOnes()
    {
        const string article = "新团队名单\n目前,新团队已引入多名研究员。其中包括前DeepMind研究员Adam Brook与Lin Qiao,"
            + "以及曾在Meta工作十余年的Anthropic软件工程师Omar Reid。";
        var result = TestData.Extract(article, "2025-06-10");

        Assert.DoesNotContain(result.Tenures(), t => t.Person is "Adam Brook" or "Lin Qiao" && t.Lab is "Meta" or "Anthropic");
        Assert.Contains(result.Tenures(), t => t is { Person: "Omar Reid", Lab: "Meta" });
    }

    [Fact]
    public void Extract_ChineseNameBeforeCurrently_EndsBeforeIt()
    {
        var result = TestData.Extract("曾在谷歌工作五年的工程师陈明现任百度首席科学家。", "2025-06-10");

        Assert.Contains(result.Tenures(), t => t is { Person: "Chen Ming", Lab: "Baidu", Role: "chief scientist" });
    }

    [Fact]
    public void Extract_KoreanTwoPeopleListedWithGwaAfterOneTitle_MovesBoth() =>
        AssertMoves(
            "메타의 연구원 올리버 벤슨과 한지원이 앤트로픽의 새 연구팀에 합류할 예정이라고 보도했다.",
            ("Oliver Benson", "Meta", "Anthropic"),
            ("Han Ji-won", "Meta", "Anthropic"));

    [Fact]
    public void Extract_KoreanPersonAndACommonNounListedWithGwa_MakesNoPersonOfTheNoun()
    {
        var result = TestData.Extract("올리버 벤슨 연구원과 정부 관계자들이 메타 본사에서 만났다.", "2025-06-10");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Person: var p } && p.StartsWith("Jung", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_JapaneseMoveToldFirstWithoutANameThenWithOne_TakesTheOriginToldFirst() =>
        AssertMoves("人事\n米グーグルのトップ研究者が米アップルに移籍した。ネイサン・ホール氏が4月にアップルに移籍した。", ("Nathan Hall", "Google", "Apple"));

    [Fact]
    public void Extract_NamedArrivalElsewhereAfterAnUnnamedMove_KeepsNoOriginFromIt()
    {
        var result = TestData.Extract("人事\n米グーグルのトップ研究者が米アップルに移籍した。ネイサン・ホール氏は4月にメタに入社した。", "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Nathan Hall" && m.From == "Google");
    }

    /// <summary>Asserts that the text, published on a fixed day, states each of the moves given.</summary>
    private static void AssertMoves(string text, params (string Person, string From, string To)[] moves)
    {
        var result = TestData.Extract(text, "2025-06-10");

        foreach (var (person, from, to) in moves)
        {
            Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
        }
    }
}
