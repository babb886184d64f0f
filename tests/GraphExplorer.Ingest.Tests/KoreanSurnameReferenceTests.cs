using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>A Korean person referred back to by surname, a status word and title ("한 신임 CTO"); self-written sentences only.</summary>
public class KoreanSurnameReferenceTests
{
    [Theory]
    [InlineData("카카오는 지난달 한지민 데이터본부장을 최고기술책임자(CTO)로 선임했다.\n\n한 신임 CTO는 네이버, 쿠팡을 거쳐 2018년 카카오에 합류했다.", "Han Ji-min", "Coupang", "Kakao")]
    [InlineData("네이버는 지난해 오세진 전 대표의 후임을 발표했다.\n\n오 전 대표는 구글, 삼성전자를 거쳐 2015년 네이버에 합류했다.", "Oh Se-jin", "Samsung", "Naver")]
    public void Extract_SurnameWithStatusWordBeforeTitle_IsTheNamedPerson(string text, string person, string from, string to)
    {
        var moves = TestData.Extract(text, "2025-03-20").Facts.OfType<LeftForFact>();

        Assert.Contains(moves, l => (l.Person, l.From, l.To) == (person, from, to));
    }
}
