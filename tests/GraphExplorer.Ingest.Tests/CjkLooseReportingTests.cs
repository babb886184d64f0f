namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// The looser structures of Chinese, Japanese and Korean reporting (issue 10): a Japanese hire told from the hirer's side
/// ("B社は、A出身のX氏をCTOに迎えた"), Japanese names with a one-character given name, Korean founders each described by
/// where they came from, a young company that opens the sentence as the hirer, and Chinese founders listed with a former
/// employer or named after "由". Every sentence is written for these tests; every person and company is invented.
/// </summary>
public class CjkLooseReportingTests
{
    [Theory]
    [InlineData("楽天は、ソニー出身の中村翔氏をCTOに迎えた。", "Sho Nakamura", "Sony", "Rakuten")]
    [InlineData("サクラテックは、グーグル出身の森誠氏をCTOに迎えた。", "Makoto Mori", "Google", "Sakura Tech")]
    [InlineData("株式会社ノヴァテックは、メタ出身の西田光氏を迎えたと発表した。", "Hikaru Nishida", "Meta", "Nova Tech")]
    public void Extract_JapaneseHirerWelcomesAPerson_MovesThePersonFromTheOrigin(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("楽天は、グーグル出身の中村翔氏を講師に迎えてセミナーを開いた。")]
    [InlineData("楽天は創業25周年を迎えた。")]
    [InlineData("中村翔氏は楽天で定年を迎えた。")]
    [InlineData("サクラテックは、新しい製品を発表した。")]
    public void Extract_JapaneseWelcomeThatIsNoHire_GivesNoMove(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Empty(result.Moves());
    }

    [Theory]
    [InlineData("中村翔氏はメタからOpenAIに移籍した。", "Sho Nakamura")]
    [InlineData("岡田奈々氏は2024年にNECから楽天に転職した。", "Nana Okada")]
    [InlineData("林光氏はソニーから楽天に移籍した。", "Hikaru Hayashi")]
    [InlineData("山口司氏はメタからOpenAIに移籍した。", "Tsukasa Yamaguchi")]
    public void Extract_JapaneseNameWithAOneCharacterGivenName_IsRomanised(string sentence, string person)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person);
    }

    [Fact]
    public void Extract_KoreanCoFoundersEachWithAnOrigin_AreBothFounders()
    {
        var result = TestData.Extract("구글 출신 이서연 씨와 네이버 출신 박지훈 씨가 2023년 서울에서 AI 스타트업 루나랩스를 공동 창업했다.", "2025-06-10");

        Assert.Contains(result.Foundings(), f => f is { Person: "Lee Seo-yeon", Lab: "Runa Labs" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Park Ji-hoon", Lab: "Runa Labs" });
        Assert.Contains(result.Moves(), m => m is { Person: "Lee Seo-yeon", From: "Google" });
        Assert.Contains(result.Moves(), m => m is { Person: "Park Ji-hoon", From: "Naver" });
    }

    [Theory]
    [InlineData("구글의 한 유명 연구원이 최근 네이버로 이직했다.")]
    [InlineData("한 고위 임원이 최근 카카오로 자리를 옮겼다.")]
    public void Extract_KoreanDeterminerBeforeAnAdjective_IsNoPerson(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Empty(result.Moves());
        Assert.Empty(result.Tenures());
    }

    [Fact]
    public void Extract_KoreanYoungCompanyAsTheTopicHires_IsTheDestination()
    {
        var result = TestData.Extract("루나랩스는 네이버 출신 김하늘 씨를 최고기술책임자로 영입했다.", "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Kim Ha-neul", From: "Naver", To: "Runa Labs" });
    }

    [Fact]
    public void Extract_ChineseCoFounderListedWithAFormerEmployer_FoundsTheStartupNotTheEmployer()
    {
        var result = TestData.Extract("星河智能完成融资\n星河智能由王磊创立。联合创始人还包括前百度研究员李娜。", "2025-06-10");

        Assert.Contains(result.Foundings(), f => f is { Person: "Wang Lei", Lab: "Xinghe AI" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Li Na", Lab: "Xinghe AI" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Li Na", Lab: "Baidu" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Baidu");
    }

    [Fact]
    public void Extract_ChinesePassiveFoundersEachDescribed_FoundTheCompanyEachFromTheirOwnEmployer()
    {
        var result = TestData.Extract("星河智能是由前谷歌工程师王磊和前微软研究员林芳共同创办的。", "2025-06-10");

        Assert.Contains(result.Foundings(), f => f is { Person: "Wang Lei", Lab: "Xinghe AI" });
        Assert.Contains(result.Foundings(), f => f is { Person: "Lin Fang", Lab: "Xinghe AI" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Lin Fang", Lab: "Google" });
    }

    [Fact]
    public void Extract_ChinesePassiveFoundingOfAKnownLab_FoundsIt()
    {
        var result = TestData.Extract("月之暗面由杨植麟创立。", "2025-06-10");

        Assert.Contains(result.Foundings(), f => f is { Person: "Yang Zhilin", Lab: "Moonshot AI" });
    }

    [Theory]
    [InlineData("百度的这个团队由李娜领导。")]
    [InlineData("月影科技由前谷歌工程师王磊创立，联合创始人还包括前百度研究员李娜。")]
    public void Extract_ChinesePassiveByWithNoNamedCompany_FoundsNoEmployer(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab is "Baidu" or "Google");
    }

    [Fact]
    public void Extract_JapaneseRosterAfterAHireThatNamedNobody_MovesEachPersonFromTheirOwnOrigin()
    {
        var result = TestData.Extract("OpenAI、人材獲得\nOpenAIはこの1カ月で3人を採用した。グーグル出身の石田誠氏、メタ出身の岡本司氏、アップル出身の北村光氏だ。", "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Makoto Ishida", From: "Google", To: "OpenAI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Tsukasa Okamoto", From: "Meta", To: "OpenAI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Hikaru Kitamura", From: "Apple", To: "OpenAI" });
    }

    [Fact]
    public void Extract_JapaneseSentenceAboutAPersonAfterAHireThatNamedNobody_IsNoRoster()
    {
        var result = TestData.Extract("ソニー、採用強化\nソニーは今年、100人を採用した。グーグル出身の石田誠氏は、AIの未来について語った。", "2025-06-10");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_KoreanCleftRoster_HiresEachPersonFromTheirOwnOrigin()
    {
        var result = TestData.Extract("오픈AI가 최근 영입한 인물은 구글 출신 이서준, 메타 출신 박하린, 애플 출신 최도윤 연구원이다.", "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Lee Seo-jun", From: "Google", To: "OpenAI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Park Ha-rin", From: "Meta", To: "OpenAI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Choi Do-yoon", From: "Apple", To: "OpenAI" });
        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Choi Do-yoon", From: "Google" });
    }

    [Fact]
    public void Extract_ChineseJoinClauseDescribingAListedRoster_MovesEachPersonFromTheirPost()
    {
        var result = TestData.Extract("最近加入字节跳动大模型团队的关键人才还包括零一万物前算法副总裁黄晓东、面壁智能原核心成员刘洋。", "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Huang Xiaodong", From: "01.AI", To: "ByteDance" });
        Assert.Contains(result.Moves(), m => m is { Person: "Liu Yang", From: "ModelBest", To: "ByteDance" });
    }

    [Theory]
    [InlineData("加入字节跳动的条件包括熟悉大模型。")]
    [InlineData("最近加入字节跳动的员工人数包括实习生在内超过一千人。")]
    public void Extract_ChineseJoinClauseListingNoPeople_GivesNoMove(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Empty(result.Moves());
    }

    [Theory]
    [InlineData("김민준 연구원이 네이버를 떠나 카카오에 합류했다. 카카오는 Min-jun Kim이 음성 모델을 맡는다고 밝혔다.", "Min-jun Kim")]
    [InlineData("정하준 연구원이 네이버를 떠나 카카오에 합류했다. 카카오는 Ha-jun Chung이 음성 모델을 맡는다고 밝혔다.", "Ha-jun Chung")]
    public void Extract_KoreanNameTheArticleAlsoSpellsInLatin_TakesThatSpellingWhateverTheRomanisation(string article, string person)
    {
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == "Naver" && m.To == "Kakao");
    }

    [Fact]
    public void Extract_KoreanNameBesideAnotherPersonsLatinName_KeepsItsOwnSpelling()
    {
        var result = TestData.Extract("김민준 연구원이 네이버를 떠나 카카오에 합류했다. 한편 Min-jae Kang은 구글에 남는다.", "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Kim Min-jun", From: "Naver", To: "Kakao" });
    }

    [Fact]
    public void Extract_ChineseLeavingClauseOpenedByFrom_MovesThePersonNamedAfterIt()
    {
        var result = TestData.Extract("自微软离职后，陈涛于2017年加入百度，负责自动驾驶业务。", "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Chen Tao", From: "Microsoft", To: "Baidu" });
    }

    [Fact]
    public void Extract_ChineseBarePostAfterAnotherPersonsLab_DoesNotPlaceTheSecondPersonThere()
    {
        var result = TestData.Extract("大模型公司\n杨植麟创立的月之暗面发布新模型。研究员李娜表示，新模型性能提升明显。", "2025-06-10");

        Assert.Contains(result.Foundings(), f => f is { Person: "Yang Zhilin", Lab: "Moonshot AI" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Li Na", Lab: "Moonshot AI" });
    }

    [Theory]
    [InlineData("大模型公司\n月之暗面发布新模型。该公司研究员李娜表示，新模型性能提升明显。")]
    [InlineData("大模型公司\n月之暗面发布新模型。公司研究员李娜表示，新模型性能提升明显。")]
    public void Extract_ChinesePostStatedAtTheCompany_PlacesThePersonThere(string article)
    {
        var result = TestData.Extract(article, "2025-06-10");

        Assert.Contains(result.Tenures(), t => t is { Person: "Li Na", Lab: "Moonshot AI" });
    }

    [Theory]
    [InlineData("삼성전자에서 음성인식을 연구하던 최유나 씨는 업스테이지 수석연구원으로 자리를 옮겼다.")]
    [InlineData("삼성전자에서 음성인식 모델 개발을 오래 담당했던 최유나 씨가 업스테이지 수석연구원으로 이직했다.")]
    public void Extract_KoreanLongClauseOfWorkBeforeThePerson_IsTheOriginOfTheMove(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Contains(result.Moves(), m => m is { Person: "Choi Yu-na", From: "Samsung", To: "Upstage" });
    }

    [Fact]
    public void Extract_KoreanLongClauseOfNoWorkBeforeThePerson_GivesNoOrigin()
    {
        var result = TestData.Extract("삼성전자에서 지난해 열린 행사에서 오랜만에 다시 만났던 최유나 씨는 업스테이지 수석연구원으로 자리를 옮겼다.", "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.From == "Samsung");
    }
}
