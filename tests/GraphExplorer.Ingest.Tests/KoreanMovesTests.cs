using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>How Korean news reports hires and appointments; self-written sentences only.</summary>
public class KoreanMovesTests
{
    [Theory]
    [InlineData("카카오는 삼성전자 출신 이준호 전무를 최고기술책임자(CTO)로 선임했다.", "Lee Joon-ho", "Samsung", "Kakao")]
    [InlineData("네이버는 지난달 구글 출신 김태현 박사를 AI 연구소장으로 임명했다.", "Kim Tae-hyun", "Google", "Naver")]
    [InlineData("구글 출신 박성민 부사장은 지난해 카카오 부사장으로 임명됐다.", "Park Sung-min", "Google", "Kakao")]
    public void Extract_LabAppointsSomeoneFromAnotherLab_IsAMove(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person == person && l.From == from && l.To == to);
    }
}
