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
    [InlineData("메타는 지난달 구글 연구원 마이클 톰슨을 영입했다.", "Michael Thompson", "Google", "Meta")]
    public void Extract_ForeignNameAsObjectOfAHire_IsAMove(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Moves(), l => l.Person == person && l.From == from && l.To == to);
    }

    [Theory]
    [InlineData("앤트로픽은 2021년 데이비드 존슨과 마이클 톰슨이 설립했다.", "Anthropic", "David Johnson")]
    [InlineData("미스트랄 AI 역시 메타 출신인 데이비드 존슨이 세웠다.", "Mistral AI", "David Johnson")]
    [InlineData("데이비드 존슨이 2020년 구글을 그만두고 창업한 회사가 코히어다.", "Cohere", "David Johnson")]
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
    [InlineData("데이비드 존슨은 AMD에서 근무하다가 엔비디아를 설립했다.", "David Johnson", "AMD", "Nvidia")]
    [InlineData("김민서 부사장은 LG전자에서 디자인을 담당하다 2008년 모토로라로 옮겼다.", "Kim Min-seo", "LG Electronics", "Motorola")]
    public void Extract_WorkEndingInTheConnectiveDaga_IsLeftForWhatFollows(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Moves(), l => l.Person == person && l.From == from && l.To == to);
    }

    [Theory]
    [InlineData("스케일AI CEO였던 데이비드 존슨도 메타로 이동해 새 조직을 이끈다.", "David Johnson", "Scale AI", "Meta")]
    public void Extract_MoveStatedByIdong_IsAMove(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Moves(), l => l.Person == person && l.From == from && l.To == to);
    }
}
