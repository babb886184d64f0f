namespace GraphExplorer.Ingest.Tests;

/// <summary>A unit named right after a known lab ("百度深度学习研究院", "네이버 하이퍼스케일 AI 조직") is that lab: the title and
/// the person after the unit attach to it; self-written sentences only.</summary>
public class LabUnitTests
{
    [Theory]
    [InlineData("林浩曾任腾讯混元大模型团队研究员，今年加入月之暗面。", "Lin Hao", "Tencent", "Moonshot AI")]
    [InlineData("周立衡曾任百度深度学习研究院科学家，2019年离开百度后加入商汤科技。", "Zhou Liheng", "Baidu", "SenseTime")]
    [InlineData("네이버 하이퍼스케일 AI 조직의 이동규 리더가 카카오에 합류했다.", "Lee Dong-gyu", "Naver", "Kakao")]
    [InlineData("삼성전자 AI 센터의 김민준 연구원이 최근 업스테이지로 자리를 옮겼다.", "Kim Min-jun", "Samsung", "Upstage")]
    public void Extract_UnitNamedAfterAKnownLab_IsThatLab(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract("인사 人事\n\n" + sentence, "2025-01-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
        Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == from);
    }

    [Fact]
    public void Extract_UnitNameAfterAKnownLab_IsNoCompanyOfItsOwn()
    {
        var result = TestData.Extract("人事\n\n周立衡曾任百度深度学习实验室科学家。", "2025-01-01");

        Assert.All(result.Tenures(), t => Assert.Equal("Baidu", t.Lab));
        Assert.Contains(result.Tenures(), t => t is { Person: "Zhou Liheng", Lab: "Baidu", Role: "scientist" });
    }

    [Fact]
    public void Extract_KoreanTitleGluedToAUnitNoun_StaysATitle()
    {
        var result = TestData.Extract("인사\n\n네이버 AI팀장 김민준 씨가 카카오에 합류했다.", "2025-01-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Kim Min-jun", From: "Naver", To: "Kakao" });
    }

    [Fact]
    public void Extract_UnitNamedWithoutAnyoneWorkingThere_GivesNoTenure()
    {
        var result = TestData.Extract("인사\n\n네이버 하이퍼스케일 AI 조직에 대해 이동규 교수가 설명했다.", "2025-01-01");

        Assert.Empty(result.Tenures());
        Assert.Empty(result.Moves());
    }
}
