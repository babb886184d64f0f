namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Japanese and Korean constructions read by their case particles: origin and destination particles, attributive
/// clauses that describe the person after them, "出身"/"출신", career lists, and hiring with the lab as the subject.
/// Every sentence is written for these tests.
/// </summary>
public class HeadFinalRulesTests
{
    [Fact]
    public void Extract_JapaneseFromAndToParticles_MovesFromOriginToDestination()
    {
        var result = TestData.Extract("Daniel Reyes氏は2023年にメタからオープンAIに移籍した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Daniel Reyes", "Meta", "OpenAI", "2023"), (move.Person, move.From, move.To, move.Date?.ToString()));
    }

    [Fact]
    public void Extract_JapaneseOriginOnlyBeforePerson_LeavesOriginNotDestination()
    {
        var result = TestData.Extract("昨年メタから移籍したDaniel Reyes氏も、同日に辞職した。");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Meta");
        Assert.Contains(result.Tenures(), t => t.Person == "Daniel Reyes" && t.Lab == "Meta");
    }

    [Fact]
    public void Extract_JapaneseAttributiveLeave_TakesThePersonAfterTheVerb()
    {
        var result = TestData.Extract("Mark Ellis氏は、2022年にグーグルを離れたエンジニアのSarah Lin氏と話した。");

        Assert.Contains(result.Tenures(), t => t.Person == "Sarah Lin" && t.Lab == "Google");
        Assert.DoesNotContain(result.Tenures(), t => t.Person == "Mark Ellis" && t.Lab == "Google");
    }

    [Fact]
    public void Extract_JapaneseLeaveThenJoin_FindsMove()
    {
        var result = TestData.Extract("2022年にグーグルを離れたエンジニアのSarah Lin氏は、アンソロピックに加わった。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Sarah Lin", "Google", "Anthropic"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseLabHiresFormerEmployee_FindsMove()
    {
        var result = TestData.Extract("ソフトバンクは、グーグル出身の研究者Tom Hale氏を採用した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Tom Hale", "Google", "SoftBank"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapanesePassiveHire_JoinsTheAgent()
    {
        var result = TestData.Extract("Sarah Lin氏は先月、エヌビディアに引き抜かれた。");

        Assert.Contains(result.Tenures(), t => t.Person == "Sarah Lin" && t.Lab == "Nvidia");
    }

    [Fact]
    public void Extract_JapaneseCareerList_GivesEveryListedLab()
    {
        var result = TestData.Extract("Sarah Lin氏は、マイクロソフトやアマゾンを経て、2020年にソニーに入社した。");

        Assert.Contains(result.Tenures(), t => t.Person == "Sarah Lin" && t.Lab == "Microsoft");
        Assert.Contains(result.Tenures(), t => t.Person == "Sarah Lin" && t.Lab == "Amazon");
        Assert.Contains(result.Moves(), m => m.Person == "Sarah Lin" && m.To == "Sony");
    }

    [Fact]
    public void Extract_KoreanFromAndToParticles_MovesFromOriginToDestination()
    {
        var result = TestData.Extract("Daniel Reyes는 지난 3월 구글에서 네이버로 이직했다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Daniel Reyes", "Google", "Naver"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanFormerTitleAndMoveVerb_FindsMove()
    {
        var result = TestData.Extract("Tom Hale 전 LG전자 연구원은 지난 3월 SK텔레콤으로 자리를 옮겼다.");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Tom Hale", "LG Electronics", "SK Telecom"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanAttributiveJoin_TakesThePersonAfterTheVerb()
    {
        var result = TestData.Extract("2021년 카카오브레인에 합류한 Sarah Lin은 올해 업스테이지를 창업했다.");

        Assert.Contains(result.Tenures(), t => t.Person == "Sarah Lin" && t.Lab == "Kakao Brain" && t.Start?.ToString() == "2021");
        Assert.Contains(result.Foundings(), f => f.Person == "Sarah Lin" && f.Lab == "Upstage");
    }

    [Fact]
    public void Extract_KoreanHeadlineHireWithOrigin_FindsMove()
    {
        var result = TestData.Extract("삼성전자, 애플 출신 Tom Hale 부사장 영입");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Tom Hale", "Apple", "Samsung"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_KoreanLocativeWork_FindsTenureAndNoMove()
    {
        var result = TestData.Extract("Sarah Lin은 오픈AI에서 근무했다.");

        Assert.Empty(result.Moves());
        Assert.Contains(result.Tenures(), t => t.Person == "Sarah Lin" && t.Lab == "OpenAI");
    }

    [Fact]
    public void Extract_KoreanMetaverse_IsNotMeta()
    {
        var result = TestData.Extract("Sarah Lin 팀장은 메타버스 사업을 이끌다 퇴사했다.");

        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact { Lab: "Meta" });
    }

    [Fact]
    public void Extract_JapaneseQuotedUnknownCompanyFounded_FindsFounding()
    {
        var result = TestData.Extract("Bret Hollis氏は2007年に「FeedLoop」を設立した。");

        Assert.Contains(result.Foundings(), f => f.Person == "Bret Hollis" && f.Lab == "FeedLoop" && f.Date?.ToString() == "2007");
    }

    [Fact]
    public void Extract_KoreanUnknownCompanyInHangulWithACompanyAffix_IsFoundedUnderItsSpelling()
    {
        // Issue 10: a Hangul name the text marks as a company ("…랩스") is one, spelled as it sounds with the affix in English.
        var result = TestData.Extract("Tom Hale는 2019년 노바랩스를 창업했다.");

        Assert.Contains(result.Foundings(), f => f is { Person: "Tom Hale", Lab: "Noba Labs" });
    }

    [Fact]
    public void Extract_KoreanLatinUnknownCompanyFounded_FindsFounding()
    {
        var result = TestData.Extract("Tom Hale는 2019년 Nova Labs를 창업했다.");

        Assert.Contains(result.Foundings(), f => f.Person == "Tom Hale" && f.Lab == "Nova Labs");
    }

    [Fact]
    public void Extract_JapaneseGenitiveLabDescribedWithCopula_IsTheOrigin()
    {
        var result = TestData.Extract("アマゾンの上級研究者の一人であるSarah Lin氏がグーグルに移籍した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Sarah Lin", "Amazon", "Google"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseCoFounderReturnsElsewhere_LeavesTheFoundedLab()
    {
        var result = TestData.Extract("Acme Roboticsの共同創業者Tom Hale氏がOpenAIに復帰した。");

        Assert.Contains(result.Foundings(), f => f.Person == "Tom Hale" && f.Lab == "Acme Robotics");
        Assert.Contains(result.Moves(), m => m.Person == "Tom Hale" && m.From == "Acme Robotics" && m.To == "OpenAI");
    }
}
