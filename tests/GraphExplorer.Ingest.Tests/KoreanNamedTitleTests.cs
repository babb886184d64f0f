namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Korean names a person by name and title ("김하늘 연구원"): in the sentence that tells the move, and in later sentences
/// that name the person the same way, that title is the post held before the move, at the lab left. A title followed by
/// a phrase of taking a post ("연구 리더로 영입") is the new post. Self-written sentences.
/// </summary>
public class KoreanNamedTitleTests
{
    [Theory]
    [InlineData("카카오에서 검색 모델을 개발했던 김하늘 연구원이 최근 업스테이지로 자리를 옮겼다.", "Kim Ha-neul", "Kakao", "Upstage")]
    [InlineData("네이버 출신 정우진(Jung Woo-jin) 책임연구원도 이달 삼성전자에 합류했다.", "Jung Woo-jin", "Naver", "Samsung")]
    [InlineData("LG AI연구원에서 모델 개발에 참여했던 최도윤 연구원이 네이버로 자리를 옮겼다. 최 연구원은 추론 효율화 분야를 맡을 예정이다.", "Choi Do-yoon", "LG AI Research", "Naver")]
    public void Extract_TitleAfterTheMoversName_IsThePostAtTheOrigin(string text, string person, string origin, string destination)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Moves(), m => (m.Person, m.From, m.To) == (person, origin, destination));
        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == origin && w.Role is not null);
        Assert.DoesNotContain(result.Tenures(), w => w.Person == person && w.Lab == destination && w.Role is not null);
    }

    [Fact]
    public void Extract_TitleFollowedByAPhraseOfTakingAPost_IsThePostAtTheDestination()
    {
        var result = TestData.Extract("업스테이지는 카카오 출신 김하늘 박사를 연구 리더로 영입했다고 밝혔다.", "2025-06-01");

        Assert.Contains(result.Tenures(), w => w.Person == "Kim Ha-neul" && w.Lab == "Upstage" && w.Role is not null);
    }
}
