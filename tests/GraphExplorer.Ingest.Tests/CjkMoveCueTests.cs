namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// How Japanese, Korean and Chinese news report moves, with people named in their own script: kanji names with or without
/// an honorific, "former A" before a title, hires whose origin is stated as "A 출신" or "前A", and the Chinese verbs of
/// changing employer. Every sentence is written for these tests; every person is invented.
/// </summary>
public class CjkMoveCueTests
{
    [Fact]
    public void Extract_JapaneseKanjiNameWithCharacterThatEndsChineseNames_KeepsWholeName()
    {
        var result = TestData.Extract("鈴木一郎氏はソニーを退社し、グーグルに移籍した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Ichiro Suzuki", "Sony", "Google"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseNameAfterVerbEnding_StartsAtTheSurname()
    {
        var result = TestData.Extract("グーグルを去った田中太郎氏は、メタに加わった。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Taro Tanaka", "Google", "Meta"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseBareKanjiName_IsFoundAsPerson()
    {
        var result = TestData.Extract("山田太郎は2023年にグーグルからメタに転職した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Taro Yamada", "Google", "Meta"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseBareKanjiWordThatIsNoName_IsNotAPerson()
    {
        var result = TestData.Extract("人工知能研究は2023年にグーグルで始まった。");

        Assert.Empty(result.Tenures());
    }

    [Fact]
    public void Extract_KoreanNameAfterFormerTitle_MovesFromTheTitlesLab()
    {
        var result = TestData.Extract("전 오픈AI 연구원 최성호가 앤트로픽에 합류했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Choi Sung-ho", "OpenAI", "Anthropic"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanHireOfTitledPersonWithObjectParticle_FindsMove()
    {
        var result = TestData.Extract("네이버는 구글 출신 정우진 박사를 영입했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Jung Woo-jin", "Google", "Naver"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanTitleBeforeCommonWord_FindsNoPerson()
    {
        var result = TestData.Extract("구글 연구원 최초로 메타에 합류한 사례다.");

        Assert.Empty(result.Moves());
        Assert.Empty(result.Tenures());
    }

    [Fact]
    public void Extract_ChineseHireOfPersonInLabGenitive_MovesFromThatLab()
    {
        var result = TestData.Extract("据悉，字节跳动聘请了阿里巴巴的李志强，负责新的大模型团队。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Li Zhiqiang", "Alibaba", "ByteDance"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_ChineseAppointmentOfFormerEmployee_FindsMove()
    {
        var result = TestData.Extract("腾讯任命前谷歌工程师孙浩为首席科学家，他将负责新的实验室。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Sun Hao", "Google", "Tencent"), (move.Person, move.From, move.To));
    }

    [Theory]
    [InlineData("据悉，曾在谷歌工作的陈峰近日加入腾讯，出任副总裁。", "Google")]
    [InlineData("据悉，百度出身的陈峰近日投奔腾讯，担任技术副总裁。", "Baidu")]
    [InlineData("据悉，来自微软的研究员陈峰已加盟腾讯。", "Microsoft")]
    public void Extract_ChineseTenureClauseBeforeArrivingPerson_MovesFromTheTenure(string text, string from)
    {
        var result = TestData.Extract(text);

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Chen Feng", from, "Tencent"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_ChineseTenureClauseWithoutArrival_IsATenureOnly()
    {
        var result = TestData.Extract("来自谷歌的研究员王磊表示，这个模型还需要很多改进。");

        Assert.Empty(result.Moves());
        Assert.Contains(result.Tenures(), t => t.Person == "Wang Lei" && t.Lab == "Google");
    }

    [Theory]
    [InlineData("元グーグルの研究者で、現在はメタに所属する山田太郎氏が語った。", "Taro Yamada")]
    [InlineData("山田太郎氏は元グーグルの研究者で、現在はメタで働いている。", "Taro Yamada")]
    [InlineData("최성호 박사는 전 구글 연구원으로, 현재는 메타에서 일하고 있다.", "Choi Sung-ho")]
    [InlineData("王磊曾是前谷歌研究员，现任Meta首席科学家。", "Wang Lei")]
    public void Extract_FormerPostThenCurrentOne_MovesFromFormerToCurrent(string text, string person)
    {
        var result = TestData.Extract(text);

        var move = Assert.Single(result.Moves());
        Assert.Equal((person, "Google", "Meta"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseStillAtTheSameLab_IsNoMove()
    {
        var result = TestData.Extract("山田太郎氏はグーグルの研究者で、現在もグーグルで働いている。");

        Assert.Empty(result.Moves());
    }

    [Theory]
    [InlineData("グーグルに勤めていた山田太郎氏は、昨年メタに転じた。")]
    [InlineData("山田太郎氏はグーグルを辞めて、メタに入った。")]
    [InlineData("山田太郎氏は、グーグルからメタへ活躍の場を移した。")]
    public void Extract_JapaneseMoveVerbs_FindMove(string text)
    {
        var result = TestData.Extract(text);

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Taro Yamada", "Google", "Meta"), (move.Person, move.From, move.To));
    }

    [Theory]
    [InlineData("최근 구글의 수석 연구 책임자인 한지민이 회사를 떠나 메타로 이직했다.", "Google")]
    [InlineData("애플 소속의 머신러닝 전문가 한지민이 메타로 옮겼다고 밝혔다.", "Apple")]
    public void Extract_KoreanNameAfterDescribingTitle_FindsMove(string text, string from)
    {
        var result = TestData.Extract(text);

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Han Ji-min", from, "Meta"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanHireOfCofounderClosedByCopula_MovesFromTheFoundedLab()
    {
        var result = TestData.Extract("네이버는 지난달 메타 공동창립자인 한지민을 AI 사업 책임자로 영입했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Han Ji-min", "Meta", "Naver"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanSurnameAndTitleLater_RefersToTheHiredPerson()
    {
        var result = TestData.Extract("삼성전자는 김민수 상무를 영입했다고 밝혔다. 김 상무는 구글 출신이다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Kim Min-soo", "Google", "Samsung"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_PronounAfterAHire_RefersToTheHiredPerson()
    {
        var result = TestData.Extract("삼성전자는 한지민 상무를 영입했다고 밝혔다. 그는 앞서 구글에서 10년간 일했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Han Ji-min", "Google", "Samsung"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanFormerBeforeTitle_IsNoSurname()
    {
        var result = TestData.Extract("김민수 상무가 삼성전자에 합류했다. 전 대표는 구글에서 일했다.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Google");
    }

    [Fact]
    public void Extract_JapaneseFormerEmployerInBrackets_MovesFromIt()
    {
        var result = TestData.Extract("山田太郎氏（元グーグル）がメタに入社した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Taro Yamada", "Google", "Meta"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseFormerEmployerInBracketsWithoutArrival_IsATenureOnly()
    {
        var result = TestData.Extract("山田太郎氏（元グーグル）は、その理由を語った。");

        Assert.Empty(result.Moves());
        Assert.Contains(result.Tenures(), t => t.Person == "Taro Yamada" && t.Lab == "Google");
    }

    [Fact]
    public void Extract_KoreanNameWithFormerPostInBrackets_MovesFromIt()
    {
        var result = TestData.Extract("최성호(전 구글 연구원)가 메타에 합류했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Choi Sung-ho", "Google", "Meta"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanWordBeforeBracketWithoutPost_IsNoPerson()
    {
        var result = TestData.Extract("정부(전 장관)는 구글에서 일했다고 말했다.");

        Assert.Empty(result.Tenures());
    }

    [Fact]
    public void Extract_ChineseNameInKanjiInJapaneseArticle_IsSpelledInPinyin()
    {
        var result = TestData.Extract("王小明氏はグーグルを退社し、メタに移籍した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Wang Xiaoming", "Google", "Meta"), (move.Person, move.From, move.To));
    }
}
