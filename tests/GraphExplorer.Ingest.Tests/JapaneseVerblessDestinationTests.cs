namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Japanese career prose that drops the verb of arrival: "Aを辞め、Bへ。". Every sentence is written for these tests.
/// </summary>
public class JapaneseVerblessDestinationTests
{
    [Fact]
    public void Extract_JapaneseLeaveThenBareDestination_FindsMove()
    {
        var result = TestData.Extract("佐藤健太氏はパナソニックで10年働いた。2021年にパナソニックを辞め、サイバーエージェントへ。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Kenta Sato", "Panasonic", "CyberAgent"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseLeaveThenDestinationAsModifier_FindsNoMove()
    {
        var result = TestData.Extract("佐藤健太氏はパナソニックで10年働いた。2021年にパナソニックを辞め、サイバーエージェントへの出資を検討した。");

        Assert.DoesNotContain(result.Moves(), m => m.To == "CyberAgent");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "CyberAgent");
    }

    [Fact]
    public void Extract_JapaneseSubjectDroppedForTwoSentences_CarriesThePersonToTheSecond()
    {
        var result = TestData.Extract("佐藤健太氏は、異色の経歴を持つ技術者だ。大学を出てパナソニックに入社し、電池の研究を続けた。2021年にパナソニックを辞め、サイバーエージェントへ。");

        Assert.Contains(result.Moves(), m => m is { Person: "Kenta Sato", From: "Panasonic", To: "CyberAgent" });
    }

    [Fact]
    public void Extract_JapaneseSubjectDroppedAfterASentenceNamingNobody_TakesNoPerson()
    {
        var result = TestData.Extract("佐藤健太氏は、異色の経歴を持つ技術者だ。\n\n市場は急速に拡大している。2021年にパナソニックを辞め、サイバーエージェントへ。");

        Assert.DoesNotContain(result.Moves(), m => m.To == "CyberAgent");
    }
}
