using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// How Japanese and Korean news report moves beyond a single clause (issue 10): a leaving verb in its connective form that
/// runs into the joining verb describing the person ("Aを退社しBに入社したX氏", "A를 떠나 B로 자리를 옮긴 X"), and a Korean
/// wave of departures told in the headline or lead that is the origin of the moves told later. Every sentence is written for
/// these tests; every person is invented.
/// </summary>
public class CjkReportingTests
{
    [Theory]
    [InlineData("メタを退社しOpenAIに入社した田中花子氏も、新しいチームに加わる。", "Hanako Tanaka", "Meta", "OpenAI")]
    [InlineData("昨年アップルを退社しメタに合流した小林誠氏が、講演で語った。", "Makoto Kobayashi", "Apple", "Meta")]
    [InlineData("네이버를 떠나 카카오로 자리를 옮긴 이지훈 박사도 이번 행사에 참석했다.", "Lee Ji-hoon", "Naver", "Kakao")]
    [InlineData("메타를 퇴사하고 오픈AI로 이직한 정하늘 씨가 발표를 맡았다.", "Jung Ha-neul", "Meta", "OpenAI")]
    public void Extract_LeavingVerbRunningIntoAnAttributiveJoin_MovesThePersonDescribed(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("メタを退社しOpenAIに入社した社員の数は、この一年で倍になった。")]
    [InlineData("네이버를 떠나 카카오로 자리를 옮긴 인력이 올해 들어 크게 늘었다.")]
    public void Extract_LeavingVerbRunningIntoAJoinThatDescribesANoun_GivesNoMove(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-06-10");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_LeavingVerbEndedByACommaBeforeAnotherPersonsJoin_DoesNotLendThatPersonTheOrigin()
    {
        // The comma ends the first clause: its subject is the one before it, not the person the next clause describes.
        var result = TestData.Extract("佐藤一郎氏はメタを退社した。一方、グーグルに入社した鈴木花子氏は研究を続ける。", "2025-06-10");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Hanako Suzuki" && m.From == "Meta");
    }
}
