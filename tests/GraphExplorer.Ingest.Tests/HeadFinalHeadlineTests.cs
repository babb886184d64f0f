namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Japanese and Korean headline shapes without a verb ("AのX氏、Bへ", "X 전 A 연구원, B로"), titles held at one lab by
/// several people who arrive at another, and lab and verb data in katakana and Hangul. Every sentence is written for
/// these tests.
/// </summary>
public class HeadFinalHeadlineTests
{
    [Fact]
    public void Extract_JapaneseHeadlineGenitiveLabThenDestination_FindsMove()
    {
        var result = TestData.Extract("オープンAIのDaniel Reyes氏、メタへ\n報酬は非公表。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Daniel Reyes", "OpenAI", "Meta"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseHeadlineFromAndTo_FindsMove()
    {
        var result = TestData.Extract("Sarah Lin氏、グーグルからアンソロピックへ");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Sarah Lin", "Google", "Anthropic"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanHeadlineFormerTitleThenDestination_FindsMove()
    {
        var result = TestData.Extract("Tom Hale 전 구글 연구원, 오픈AI로\n그는 다음 달 출근한다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Tom Hale", "Google", "OpenAI"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanHeadlineWithTravelSuffix_FindsMove()
    {
        var result = TestData.Extract("메타의 Sarah Lin 엔지니어, 엔비디아行");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Sarah Lin", "Meta", "Nvidia"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_DestinationParticleInsideNounPhrase_AddsNoMove()
    {
        // "へ" followed by "の" modifies a noun ("メタへの期待"): the clause does not end on the destination.
        var result = TestData.Extract("オープンAIのDaniel Reyes氏、メタへの期待を語る");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Meta");
    }

    [Fact]
    public void Extract_HeadlineEndingOnNonLab_AddsNothing()
    {
        var result = TestData.Extract("オープンAIのDaniel Reyes氏、東京へ");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_JapaneseTwoCofoundersReturn_BothLeaveTheirStartup()
    {
        var result = TestData.Extract("ミストラルAIの共同創業者であるDaniel Reyes氏とSarah Lin氏が、メタに復帰した。");

        var moves = result.Moves().Select(m => (m.Person, m.From, m.To)).Order().ToList();
        Assert.Equal([("Daniel Reyes", "Mistral AI", "Meta"), ("Sarah Lin", "Mistral AI", "Meta")], moves);
    }

    [Fact]
    public void Extract_JapaneseTitledPeopleMove_BothLeaveTheTitledLab()
    {
        var result = TestData.Extract("グーグルの研究者であるTom Hale氏とSarah Lin氏は、エヌビディアに移籍した。");

        var moves = result.Moves().Select(m => (m.Person, m.From, m.To)).Order().ToList();
        Assert.Equal([("Sarah Lin", "Google", "Nvidia"), ("Tom Hale", "Google", "Nvidia")], moves);
    }

    [Fact]
    public void Extract_KoreanCareerChangeIdiom_FindsMove()
    {
        var result = TestData.Extract("Tom Hale 연구원은 지난해 링크드인에서 엔비디아로 자리를 옮겼다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Tom Hale", "LinkedIn", "Nvidia"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseCareerTurnVerb_FindsMove()
    {
        var result = TestData.Extract("Sarah Lin氏は2021年、パランティアからスノーフレークに転身した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Sarah Lin", "Palantir", "Snowflake"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanStepDownVerb_EndsTenureWithoutMove()
    {
        var result = TestData.Extract("Daniel Reyes 대표는 지난달 업스테이지 대표직에서 물러났다.");

        Assert.Empty(result.Moves());
        Assert.Contains(result.Tenures(), t => t.Person == "Daniel Reyes" && t.Lab == "Upstage");
    }

    [Fact]
    public void Extract_KoreanNewLabAlias_ResolvesToCanonicalName()
    {
        var result = TestData.Extract("Sarah Lin 수석연구원은 카카오엔터프라이즈를 떠나 뤼튼에 합류했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Sarah Lin", "Kakao Enterprise", "Wrtn Technologies"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseDeniedMove_AddsNoMove()
    {
        var result = TestData.Extract("オープンAIのDaniel Reyes氏は、メタへの移籍を否定した。");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Meta");
    }

    [Fact]
    public void Extract_JapaneseOriginBeforeList_EveryListedPersonLeavesIt()
    {
        var result = TestData.Extract("オープンAI出身のSarah Lin氏やTom Hale氏らがメタに加わった。");

        var moves = result.Moves().Select(m => (m.Person, m.From, m.To)).Order().ToList();
        Assert.Equal([("Sarah Lin", "OpenAI", "Meta"), ("Tom Hale", "OpenAI", "Meta")], moves);
    }

    [Fact]
    public void Extract_KoreanOriginBeforeList_EveryListedPersonLeavesIt()
    {
        var result = TestData.Extract("오픈AI 출신 Sarah Lin, Tom Hale 등이 메타에 합류했다.");

        var moves = result.Moves().Select(m => (m.Person, m.From, m.To)).Order().ToList();
        Assert.Equal([("Sarah Lin", "OpenAI", "Meta"), ("Tom Hale", "OpenAI", "Meta")], moves);
    }

    [Fact]
    public void Extract_JapaneseListWithOwnOrigins_KeepsEachOrigin()
    {
        var result = TestData.Extract("グーグルのSarah Lin氏とアップルのTom Hale氏がメタに移籍した。");

        var moves = result.Moves().Select(m => (m.Person, m.From, m.To)).Order().ToList();
        Assert.Equal([("Sarah Lin", "Google", "Meta"), ("Tom Hale", "Apple", "Meta")], moves);
    }

    [Fact]
    public void Extract_KoreanHiresWithTitlesAfterNames_HiresEveryone()
    {
        var result = TestData.Extract("삼성전자는 구글 출신 Sarah Lin 부사장과 애플 출신 Tom Hale 상무를 영입했다.");

        var moves = result.Moves().Select(m => (m.Person, m.From, m.To)).Order().ToList();
        Assert.Equal([("Sarah Lin", "Google", "Samsung"), ("Tom Hale", "Apple", "Samsung")], moves);
    }

    [Fact]
    public void Extract_JapaneseHireListWithDescribingClause_HiresEveryone()
    {
        var result = TestData.Extract("エヌビディアは、スタートアップを創業したSarah Lin氏や、グーグル出身のTom Hale氏を採用した。");

        Assert.Contains(result.Tenures(), t => t.Person == "Sarah Lin" && t.Lab == "Nvidia");
        Assert.Contains(result.Moves(), m => (m.Person, m.From, m.To) == ("Tom Hale", "Google", "Nvidia"));
    }

    [Fact]
    public void Extract_JapaneseGenericStartupNoun_IsNotALab()
    {
        var result = TestData.Extract("Sarah Lin氏は2020年にAI新興企業を創業した。");

        Assert.Empty(result.Foundings());
    }

    [Fact]
    public void Extract_KoreanPostAtDestination_MovesToThePostsLab()
    {
        var result = TestData.Extract("Tom Hale 전 구글 디렉터는 지난달 엔비디아 부사장으로 이직했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Tom Hale", "Google", "Nvidia"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapanesePostInGenitive_JoinsThePostsLab()
    {
        var result = TestData.Extract("グーグル出身のSarah Lin氏は、エヌビディアの最高技術責任者に就任した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Sarah Lin", "Google", "Nvidia"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseFounderApposition_FoundsTheGenitiveLab()
    {
        var result = TestData.Extract("ミストラルAIの共同創業者であるSarah Lin氏は、講演でこう語った。");

        var founding = Assert.Single(result.Foundings());
        Assert.Equal(("Sarah Lin", "Mistral AI"), (founding.Person, founding.Lab));
    }

    [Fact]
    public void Extract_KoreanAdditiveSubjectParticle_HirerStillHires()
    {
        // "도" ("also") stands where the subject particle would: the lab before it is the one hiring.
        var result = TestData.Extract("엔비디아도 지난달 구글 출신 Tom Hale 연구원을 영입했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Tom Hale", "Google", "Nvidia"), (move.Person, move.From, move.To));
    }
}
