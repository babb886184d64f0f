using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Known people a Korean article names by a Hangul surname the built-in list does not spell; self-written sentences only.</summary>
public class KnownSurnameSoundTests
{
    [Theory]
    [InlineData("크리거는 인스타그램을 떠나 앤트로픽에 합류했다. 회사는 새 조직을 만든다고 밝혔다.", "Mike Krieger", "Instagram", "Anthropic")]
    [InlineData("고메스는 구글을 떠나 코히어를 공동 창업했다. 회사는 새 조직을 만든다고 밝혔다.", "Aidan Gomez", "Google", "Cohere")]
    [InlineData("구글 딥마인드 연구원 출신인 비냘스는 지난해 메타로 이직했다. 회사는 새 조직을 만든다고 밝혔다.", "Oriol Vinyals", "Google DeepMind", "Meta")]
    public void Extract_SurnameSoundingLikeAKnownPerson_IsThatPerson(string text, string person, string from, string to)
    {
        var moves = TestData.Extract(text, "2025-03-20").Facts.OfType<LeftForFact>();

        Assert.Contains(moves, l => (l.Person, l.From, l.To) == (person, from, to));
    }

    [Fact]
    public void Extract_SurnameAfterSomebodyElsesGivenName_IsNotTheKnownPerson()
    {
        var result = TestData.Extract("보리스 비냘스는 지난해 구글을 떠나 메타로 이직했다. 회사는 새 조직을 만든다고 밝혔다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact { Person: "Oriol Vinyals" } or WorkedAtFact { Person: "Oriol Vinyals" });
    }
}
