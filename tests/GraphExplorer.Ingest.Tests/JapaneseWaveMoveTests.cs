using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Japanese moves told without a verb of their own or without an origin in their sentence: a noun of arrival, a gapped
/// list of destinations, a wave of departures from one company stated before who went where, and an arrival whose origin
/// the next sentence tells ("以前", "かつて"). Self-written sentences.
/// </summary>
public class JapaneseWaveMoveTests
{
    [Theory]
    [InlineData("ソニーは10日、グーグル出身のケン・ミラー氏の入社を発表した。", "Ken Miller", "Google", "Sony")]
    [InlineData("アップルからの人材流出が止まらない。ジョン・スミス氏とマイク・グリーン氏の2人も先月メタに移籍した。", "Mike Green", "Apple", "Meta")]
    [InlineData("アップルからの人材流出が止まらない。ジョン・スミス氏とマイク・グリーン氏の2人も先月メタに移籍した。", "John Smith", "Apple", "Meta")]
    [InlineData("ソニーはこの半年で技術者5人を失った。ケン・ミラー氏は今月メタに入社した。", "Ken Miller", "Sony", "Meta")]
    [InlineData("ソニーは11日、マイク・グリーン氏の入社を発表した。グリーン氏は以前、グーグルで研究部門を率いていた。", "Mike Green", "Google", "Sony")]
    [InlineData("メタはケン・ミラー氏を採用した。ミラー氏はかつてアップルでエンジニアを務めた。", "Ken Miller", "Apple", "Meta")]
    [InlineData("グーグルからの流出が続く。ポール・ウォン氏はアントロピックに移籍した。", "Paul Wong", "Google", "Anthropic")]
    public void Extract_MoveByNounOrAfterAnExodus_IsAMoveFromTheOrigin(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("ソニーは、ケン・ミラー氏の入社式での講演を紹介した。", "Ken Miller")]
    [InlineData("ケン・ミラー氏はグーグルを退社した。マイク・グリーン氏はメタに入社した。", "Mike Green")]
    [InlineData("ケン・ミラー氏はメタに入社した。ミラー氏は大学でも教えている。", "Ken Miller")]
    [InlineData("アップルからの人材流出が続く。同社は対策を急いでいる。給与も引き上げた。市場の反応は鈍い。マイク・グリーン氏はメタに入社した。", "Mike Green")]
    public void Extract_NoOriginStatedForThePerson_IsNoMove(string text, string person)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.DoesNotContain(result.Moves(), m => m.Person == person);
    }

    [Fact]
    public void Extract_ArrivalNounWithTheDestinationInside_JoinsThatLab()
    {
        var result = TestData.Extract("ケン・ミラー氏のOpenAIへの移籍が決まった。", "2025-03-01");

        Assert.Contains(result.Facts, f => f is WorkedAtFact { Person: "Ken Miller", Lab: "OpenAI" });
    }

    [Fact]
    public void Extract_GappedDestinationsAfterAnExodus_EachListGoesToItsLab()
    {
        var result = TestData.Extract("グーグルの研究チームからさらに3人が退社した。ケン・ミラー氏とマイク・グリーン氏はOpenAIに、ポール・ウォン氏はアンソロピックに移籍した。", "2025-03-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Ken Miller", From: "Google", To: "OpenAI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Mike Green", From: "Google", To: "OpenAI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Paul Wong", From: "Google", To: "Anthropic" });
    }
}
