using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Korean posts written as one word, the unit glued before the title; self-written sentences only.</summary>
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
}
