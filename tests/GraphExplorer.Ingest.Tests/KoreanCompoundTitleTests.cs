using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Korean posts written as one word (the unit glued before the title) or as a seniority word and a title; self-written sentences only.</summary>
public class KoreanCompoundTitleTests
{
    [Theory]
    [InlineData("최민호 LG유플러스 커머스사업부장은 인공지능 사업이 중요하다고 말했다. 회사는 새 조직을 만든다고 밝혔다.", "Choi Min-ho", "LG Uplus")]
    [InlineData("한지우 카카오 데이터본부장은 올해 채용을 늘린다고 말했다. 회사는 새 조직을 만든다고 밝혔다.", "Han Ji-woo", "Kakao")]
    [InlineData("오세진 네이버 AI연구소장과 함께 새 모델을 발표했다. 회사는 새 조직을 만든다고 밝혔다.", "Oh Se-jin", "Naver")]
    public void Extract_NameLabAndGluedUnitTitle_IsAPost(string text, string person, string lab)
    {
        var result = TestData.Extract(text, "2025-03-20");

        Assert.Contains(result.Facts, f => f is WorkedAtFact w && w.Person == person && w.Lab == lab);
    }

    [Fact]
    public void Extract_CommonNounEndingInATitle_IsNoPost()
    {
        var result = TestData.Extract("최민호 씨는 LG유플러스 상대로 고소장을 법원에 냈다. 회사는 새 조직을 만든다고 밝혔다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact w && w.Person == "Choi Min-ho" && w.Lab == "LG Uplus");
    }

    [Theory]
    [InlineData("데이터 분석 전문가인 정수빈 전 구글 선임 과학자도 검색 개발을 총괄하는 전무로 영입했다.", "Jung Soo-bin", "Google")]
    [InlineData("로봇 전문가인 한도윤 전 테슬라 선임 엔지니어도 자율주행 개발을 이끄는 상무로 영입했다.", "Han Do-yoon", "Tesla")]
    public void Extract_HireDescribedBySeniorTitleOfTwoWords_IsAMoveFromThatLab(string hire, string person, string from)
    {
        var text = "카카오는 1일 인공지능 연구 역량 강화를 위해 외부 인재를 영입했다고 밝혔다. " + hire;

        var moves = TestData.Extract(text, "2025-03-20").Facts.OfType<LeftForFact>();

        Assert.Contains(moves, l => (l.Person, l.From, l.To) == (person, from, "Kakao"));
    }
}
