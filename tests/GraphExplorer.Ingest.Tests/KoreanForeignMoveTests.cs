using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Foreign names in Hangul and the ways Korean news states a move; self-written names and sentences only.</summary>
public class KoreanForeignMoveTests
{
    [Theory]
    [InlineData("제이슨", "Given", "Jason")]
    [InlineData("잭슨", "Surname", "Jackson")]
    [InlineData("톰슨", "Surname", "Thompson")]
    [InlineData("웨이", "Surname", "Wei")]
    public void Spell_HangulSchwaOrFinalEi_GivesThePressSpelling(string foreign, string kind, string expected) =>
        Assert.Equal(expected, NameParts.Spell(foreign, Enum.Parse<NamePartKind>(kind)));

    [Theory]
    [InlineData("알렉산드르 톰슨은 구글을 떠나 메타에 합류했다.", "Alexandr Thompson", "Google", "Meta")]
    [InlineData("크리스토퍼 잭슨은 애플을 떠나 오픈AI에 합류했다.", "Christopher Jackson", "Apple", "OpenAI")]
    public void Extract_LongForeignGivenNameInHangul_IsAPerson(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person == person && l.From == from && l.To == to);
    }

    [Theory]
    [InlineData("앤트로픽은 오픈AI 출신 데이비드 존슨을 영입했다고 밝혔다.", "David Johnson", "OpenAI", "Anthropic")]
    [InlineData("메타는 지난달 구글 연구원 데이비드 톰슨을 영입했다.", "David Thompson", "Google", "Meta")]
    public void Extract_ForeignNameAsObjectOfAHire_IsAMove(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Moves(), l => l.Person == person && l.From == from && l.To == to);
    }

    [Theory]
    [InlineData("앤트로픽은 2021년 데이비드 존슨이 설립했다.", "Anthropic", "David Johnson")]
    [InlineData("미스트랄 AI 역시 메타 출신인 데이비드 존슨이 세웠다.", "Mistral AI", "David Johnson")]
    [InlineData("데이비드 존슨이 지난해 메타를 나와 세운 회사가 코히어다.", "Cohere", "David Johnson")]
    public void Extract_FoundingWithTheCompanyAsTopicOrCleft_IsAFounding(string sentence, string lab, string person)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Foundings(), f => f.Person == person && f.Lab == lab);
    }

    [Fact]
    public void Extract_FounderDescribedByAnAttributiveClause_IsNoCleft()
    {
        var result = TestData.Extract("메타는 데이비드 존슨이 설립한 스타트업에 투자했다.", "2025-03-20");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Meta");
    }

    [Theory]
    [InlineData("데이비드 존슨은 구글에서 근무하다가 코히어를 설립했다.", "David Johnson", "Google", "Cohere")]
    [InlineData("김민수 상무는 LG전자에서 근무하다가 2010년 모토롤라로 자리를 옮겼다.", "Kim Min-soo", "LG Electronics", "Motorola")]
    [InlineData("박지훈 박사는 2012년부터 삼성전자에 몸담았다가 2018년 네이버로 들어갔다.", "Park Ji-hoon", "Samsung", "Naver")]
    public void Extract_WorkEndingInTheConnectiveDaga_IsLeftForWhatFollows(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Moves(), l => l.Person == person && l.From == from && l.To == to);
    }

    [Theory]
    [InlineData("xAI 엔지니어였던 데이비드 존슨은 지난달 앤트로픽으로 이동했다.", "David Johnson", "xAI", "Anthropic")]
    public void Extract_MoveStatedByIdong_IsAMove(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Moves(), l => l.Person == person && l.From == from && l.To == to);
    }

    [Theory]
    [InlineData("오픈AI 연구원 조나단 톰슨은 구글로 자리를 옮겼다.", "Jonathan Thompson")]
    [InlineData("조나단 잭슨 박사는 애플을 떠나 메타에 합류했다.", "Jonathan Jackson")]
    public void Extract_ForeignGivenNameStartingWithASurnameSyllable_IsNoKoreanName(string sentence, string person)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person == person);
    }

    [Fact]
    public void Extract_WorkEndingInDagaWithTheSubjectOfTheSentenceBefore_IsAMove()
    {
        var result = TestData.Extract("박지훈 박사는 현재 네이버 연구소장이다. 2010년부터 삼성전자에 6년간 몸담았다가 2016년 네이버로 들어갔다.", "2025-03-20");

        Assert.Contains(result.Moves(), l => l.Person == "Park Ji-hoon" && l.From == "Samsung" && l.To == "Naver");
    }
}
