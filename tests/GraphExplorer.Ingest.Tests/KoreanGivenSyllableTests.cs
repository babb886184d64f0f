namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// How a Korean given name written only in Hangul is spelt: ㄹ opening a syllable as r (Ye-rin), 준 as "jun", and an
/// article's own Latin spelling kept over both. The sentences and people are made up for these tests.
/// </summary>
public class KoreanGivenSyllableTests
{
    [Fact]
    public void Extract_HangulNameWithRieulSyllable_IsSpeltWithR()
    {
        var result = TestData.Extract("카카오브레인 출신 한예린 연구원이 업스테이지에 합류했다고 5일 밝혔다.");

        Assert.Contains(result.Moves(), m => m.Person == "Han Ye-rin");
    }

    [Fact]
    public void Extract_HangulNameWithJun_IsSpeltJun()
    {
        var result = TestData.Extract("송태준 전 카카오 AI부문장이 업스테이지로 자리를 옮겼다고 업계가 5일 전했다.");

        Assert.Contains(result.Moves(), m => m.Person == "Song Tae-jun");
    }

    [Fact]
    public void Extract_ArticleSpellsTheNameInLatin_KeepsTheArticleSpelling()
    {
        var result = TestData.Extract("카카오 출신 송태준(Song Tae-joon) 연구원이 업스테이지에 합류했다고 5일 밝혔다.");

        Assert.Contains(result.Moves(), m => m.Person == "Song Tae-joon");
    }
}
