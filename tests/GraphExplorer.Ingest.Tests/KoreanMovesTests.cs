using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>How Korean news reports hires and appointments; self-written sentences only.</summary>
public class KoreanMovesTests
{
    [Theory]
    [InlineData("카카오는 삼성전자 출신 이준호 전무를 최고기술책임자(CTO)로 선임했다.", "Lee Jun-ho", "Samsung", "Kakao")]
    [InlineData("네이버는 지난달 구글 출신 김태현 박사를 AI 연구소장으로 임명했다.", "Kim Tae-hyun", "Google", "Naver")]
    [InlineData("구글 출신 박성민 부사장은 지난해 카카오 부사장으로 임명됐다.", "Park Sung-min", "Google", "Kakao")]
    [InlineData("네이버는 인공지능 연구 조직을 키우고 있다. 최근 구글 출신 박지훈 박사를 연구소장으로 영입했다.", "Park Ji-hoon", "Google", "Naver")]
    [InlineData("카카오가 외부 인재 영입에 속도를 내고 있다. 개발 조직도 늘렸다. 이번에는 삼성전자 출신인 최동욱 씨를 상무로 영입했다.", "Choi Dong-uk", "Samsung", "Kakao")]
    [InlineData("네이버는 인공지능 연구 조직을 키우고 있다. 정수빈 전 구글 연구원도 연구소장으로 영입했다.", "Jung Soo-bin", "Google", "Naver")]
    [InlineData("네이버는 정수빈 전 구글 연구원도 연구소장으로 영입했다.", "Jung Soo-bin", "Google", "Naver")]
    public void Extract_LabAppointsSomeoneFromAnotherLab_IsAMove(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person == person && l.From == from && l.To == to);
    }

    [Fact]
    public void Extract_PersonAsSubjectInBetween_DoesNotLendTheEarlierLab()
    {
        var result = TestData.Extract("네이버는 인공지능 연구 조직을 키우고 있다. 김민준 대표는 구글 출신 박지훈 박사를 연구소장으로 영입했다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact l && l.Person == "Park Ji-hoon" && l.To == "Naver");
    }

    [Fact]
    public void Extract_ArrivalsReportedByTheTopicLab_AreMovesFromEachOrigin()
    {
        // "구글 출신 X 연구원과 메타에서 옮겨온 Y": each title stays with its own person, and "에서 옮겨온" names where Y came from.
        var result = TestData.Extract("네이버는 이와 함께 구글 출신 김하준 연구원과 메타에서 옮겨온 박서윤 엔지니어도 합류했다고 밝혔다.");

        Assert.Contains(result.Moves(), m => m is { Person: "Kim Ha-jun", From: "Google", To: "Naver" });
        Assert.Contains(result.Moves(), m => m is { Person: "Park Seo-yoon", From: "Meta", To: "Naver" });
        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Kim Ha-jun", Lab: "Meta" });
    }

    [Theory]
    [InlineData("네이버는 구글 출신 김하준 연구원이 카카오에 합류했다고 밝혔다.", "Kakao")]
    [InlineData("네이버는 구글 출신 김하준 연구원이 팀에 합류했다.", null)]
    public void Extract_ArrivalWithItsOwnLabOrNotReported_IsNoMoveToTheTopicLab(string text, string? joined)
    {
        var result = TestData.Extract(text);

        Assert.DoesNotContain(result.Moves(), m => m.To == "Naver");
        if (joined is not null)
        {
            Assert.Contains(result.Moves(), m => m is { Person: "Kim Ha-jun", From: "Google" } && m.To == joined);
        }
    }
}
