using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Constructions of Japanese company news: successors, unnamed new companies, Japanese companies; self-written sentences only.</summary>
public class JapaneseCompanyNewsTests
{
    [Theory]
    [InlineData("グーグル日本法人の佐藤花子社長が退任し、後任に鈴木一郎氏が就任する。", "Google")]
    [InlineData("東芝は山田太郎社長が3月末で退任すると発表した。後任には鈴木一郎副社長が昇格する。", "Toshiba")]
    public void Extract_SuccessorTakesThePost_WorksAtThePredecessorsCompany(string text, string lab)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Tenures(), w => w.Person == "Ichiro Suzuki" && w.Lab == lab);
    }

    [Fact]
    public void Extract_NoSuccessor_JoinVerbWithoutCompanyGivesNoPost()
    {
        var result = TestData.Extract("鈴木一郎氏が就任する。", "2025-03-01");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Person: "Ichiro Suzuki" });
    }

    [Fact]
    public void Extract_FormerResearchersFoundAnUnnamedCompany_FoundNoLab()
    {
        var result = TestData.Extract("グーグルの元研究者、山田太郎氏と鈴木一郎氏が先月、新しいAI企業を設立した。", "2025-03-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Google");
    }

    [Fact]
    public void Extract_FoundingANamedCompany_IsStillAFounding()
    {
        var result = TestData.Extract("山田太郎氏は2020年にグーグルを退社し、「Acme Robotics」を設立した。", "2025-03-01");

        Assert.Contains(result.Foundings(), f => f.Person == "Taro Yamada" && f.Lab == "Acme Robotics");
    }

    [Fact]
    public void Extract_JapaneseCompanyInKatakanaOrKanji_IsTheCompanysEnglishName()
    {
        var result = TestData.Extract("日本電産の田中健一副社長は2024年に日産自動車から移籍した。", "2025-03-01");

        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Kenichi Tanaka", From: "Nissan", To: "Nidec" } or WorkedAtFact { Person: "Kenichi Tanaka", Lab: "Nidec" });
    }

    /// <summary>「…」 holds the name of a company or a work, never a person's: two capitalised words there are no founder.</summary>
    [Theory]
    [InlineData("サラ・ボイド氏は、2月にスタートアップ「Blue Harbor」を創業した。関係者が明らかにした。", "Sarah Boyd", "Blue Harbor")]
    [InlineData("佐藤一郎氏はAI企業「Maple Grove」を共同創業した。関係者が明らかにした。", "Ichiro Sato", "Maple Grove")]
    public void Extract_LatinCompanyNameInCornerBrackets_IsNoPerson(string text, string founder, string lab)
    {
        var foundings = TestData.Extract(text, "2025-03-20").Foundings().ToList();

        Assert.Contains(foundings, f => (f.Person, f.Lab) == (founder, lab));
        Assert.DoesNotContain(foundings, f => f.Person == lab);
    }
}
