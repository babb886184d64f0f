using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Japanese move reporting that names people without an honorific or apart from the verb: katakana names joined by
/// "・" with no 氏, their bare surname later, a list announced by a move with no one named, a company's unit or its
/// bracketed acronym as the place joined, a post taken right after leaving, and an arrival whose origin a sentence
/// about "同氏" tells. Self-written sentences.
/// </summary>
public class JapaneseBareNameMoveTests
{
    [Theory]
    [InlineData("ロバート・ミラーはグーグルを退社し、アンソロピックに入社した。", "Robert Miller", "Google", "Anthropic")]
    [InlineData("研究者のケビン・ハリスがメタからOpenAIに移籍した。", "Kevin Harris", "Meta", "OpenAI")]
    [InlineData("元OpenAIの研究者リサ・ハーパーがアンソロピックに加わった。", "Lisa Harper", "OpenAI", "Anthropic")]
    public void Extract_KatakanaNameWithoutHonorific_IsAMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Fact]
    public void Extract_BareSurnameAfterTheFullName_IsThatPerson()
    {
        var result = TestData.Extract("ノーラン・ブレイクは著名な研究者だ。昨年、ブレイクはメタを離れ、グーグルに復帰した。", "2025-03-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Nolan Blake", From: "Meta", To: "Google" });
    }

    [Theory]
    [InlineData("データ・サイエンティストがグーグルからメタに移籍した。")]
    [InlineData("シニア・エンジニアのチームがメタに合流した。")]
    [InlineData("クラウド・サービスの責任者がグーグルを退社した。")]
    public void Extract_KatakanaWordsJoinedByADot_AreNoPerson(string text)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Empty(result.Moves());
        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact or FoundedFact);
    }

    [Fact]
    public void Extract_ListAfterAMoveWithNoOneNamed_EachItemMoves()
    {
        const string text = "グーグルからメタに移籍した主なメンバーは以下の通り。\n"
            + "・ロバート・ミラー: グーグルで10年間勤務した。現在はメタで研究を率いる。\n"
            + "・ケビン・ハリス: グーグルで検索を担当した。\n";
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Robert Miller", From: "Google", To: "Meta" });
        Assert.Contains(result.Moves(), m => m is { Person: "Kevin Harris", From: "Google", To: "Meta" });
    }

    [Theory]
    [InlineData("ケン・ミラー氏はグーグルを退社し、メタのAIチームに合流した。")]
    [InlineData("マイクロソフト(MS)は人材獲得を急ぐ。ケン・ミラー氏もグーグルを退社し、MSに合流した。")]
    public void Extract_UnitOrAcronymOfACompany_IsThatCompany(string text)
    {
        var result = TestData.Extract(text, "2025-03-01");
        var to = text.Contains("MS", StringComparison.Ordinal) ? "Microsoft" : "Meta";

        Assert.Contains(result.Moves(), m => m.Person == "Ken Miller" && m.From == "Google" && m.To == to);
        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact w && w.Lab.Contains("チーム", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PostTakenAfterLeaving_IsAMove()
    {
        var result = TestData.Extract("OpenAIを退任したケン・ミラー氏が、マイクロソフトの新しい研究チームを率いることになった。", "2025-03-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Ken Miller", From: "OpenAI", To: "Microsoft" });
    }

    [Fact]
    public void Extract_PostHeldAfterLeaving_IsNoMove()
    {
        var result = TestData.Extract("OpenAIを退任したケン・ミラー氏は、マイクロソフトの研究チームを率いていた。", "2025-03-01");

        Assert.DoesNotContain(result.Moves(), m => m is { Person: "Ken Miller", To: "Microsoft" });
    }

    [Fact]
    public void Extract_ArrivalThenThePronounsPast_IsAMoveFromThePast()
    {
        var result = TestData.Extract("ケン・ミラー氏のアンソロピックへの移籍が決まった。同氏はOpenAIで安全性の研究を率いていた。", "2025-03-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Ken Miller", From: "OpenAI", To: "Anthropic" });
    }

    [Theory]
    [InlineData("ボーエン・チャン氏はアップルからメタに移籍した。", "Bowen Zhang")]
    [InlineData("ハオラン・ワン氏はアップルからメタに移籍した。", "Haoran Wang")]
    [InlineData("マーク・リー氏はアップルからメタに移籍した。", "Mark Lee")]
    public void Extract_ChineseNameInKatakana_IsSpelledInPinyinOnlyWhenTheGivenNameIsPinyin(string text, string person)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == "Apple" && m.To == "Meta");
    }

    [Theory]
    [InlineData("ケン・ミラー氏はOpenAIの研究者だったが、昨年アンソロピックに移った。")]
    [InlineData("ケン・ミラー氏はOpenAIで安全性の研究を率いていたが、アンソロピックに移籍した。")]
    public void Extract_PastPostSetAgainstAMove_IsTheOrigin(string text)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => m is { Person: "Ken Miller", From: "OpenAI", To: "Anthropic" });
        Assert.DoesNotContain(result.Tenures(), w => w is { Person: "Ken Miller", Lab: "Anthropic", Role: not null });
    }
}
