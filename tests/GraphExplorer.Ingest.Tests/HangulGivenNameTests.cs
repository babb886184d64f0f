using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Foreign given names in Hangul take their usual English spelling from a table; self-written names and sentences only.</summary>
public class HangulGivenNameTests
{
    [Theory]
    [InlineData("마이클", "Michael")]
    [InlineData("데이빗", "David")]
    [InlineData("매튜", "Matthew")]
    [InlineData("얀", "Jan")]
    [InlineData("캐서린", "Katherine")]
    public void Spell_ListedHangulGivenName_GivesThePressSpelling(string hangul, string expected) =>
        Assert.Equal(expected, HangulGivenNames.Spell(hangul));

    [Fact]
    public void Spell_KoreanWord_GivesNull() => Assert.Null(HangulGivenNames.Spell("연구원"));

    [Theory]
    [InlineData("데이빗 로젠", "David Rosen")]
    [InlineData("마이클 피셔", "Michael Fisher")]
    public void SpellName_ListedGivenName_TakesTheTableSpellingOverTheClosestSound(string hangul, string expected) =>
        Assert.Equal(expected, NameParts.SpellName(hangul));

    [Theory]
    [InlineData("Rice", "rais")]
    [InlineData("Grace", "gres")]
    [InlineData("Page", "pej")]
    [InlineData("Mike", "maik")]
    [InlineData("Brown", "braun")]
    [InlineData("Fowler", "paura")]
    public void English_SoftConsonantBeforeSilentE_StaysSoft(string spelling, string expected) =>
        Assert.Equal(expected, PartSound.English(spelling));

    [Theory]
    [InlineData("캐서린 오닐 연구원은 메타를 떠나 오픈AI에 합류했다.", "Katherine O'Neill", "Meta", "OpenAI")]
    [InlineData("엘리자베스 오닐 연구원은 애플을 떠나 구글에 합류했다.", "Elizabeth O'Neill", "Apple", "Google")]
    [InlineData("세라 밀러 연구원은 애플을 떠나 구글에 합류했다.", "Sarah Miller", "Apple", "Google")]
    [InlineData("아만다 밀러 연구원은 구글을 떠나 애플에 합류했다.", "Amanda Miller", "Google", "Apple")]
    [InlineData("로버트 오닐 연구원은 애플을 떠나 구글에 합류했다.", "Robert O'Neill", "Apple", "Google")]
    [InlineData("로라 밀러 부사장은 메타를 떠나 오픈AI에 합류했다.", "Laura Miller", "Meta", "OpenAI")]
    [InlineData("아난드 쿠마르 연구원은 메타를 떠나 구글에 합류했다.", "Anand Kumar", "Meta", "Google")]
    public void Extract_ListedGivenNameTheSoundMatchMisses_IsAPerson(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person == person && l.From == from && l.To == to);
    }

    [Theory]
    [InlineData("제니퍼 파월 연구원은 애플을 떠나 구글에 합류했다.")]
    [InlineData("안젤라 파월 부사장은 메타를 떠나 오픈AI에 합류했다.")]
    public void Extract_ListedGivenNameBeforeAnUnlistedSurname_IsNoKoreanName(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact l && KoreanNames.Romanize(l.Person.Split(' ')[0]) is not null);
        Assert.DoesNotContain(result.Facts, f => f is LeftForFact l && l.Person.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KoreanNameBeforeEmployerAndTitle_StaysKorean()
    {
        var result = TestData.Extract("이리나 구글 연구원은 애플을 떠나 메타에 합류했다.", "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person.StartsWith("Lee ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("안나 파울러", null)]
    [InlineData("안나 웨일", "Anna Weil")]
    [InlineData("폴 헨드릭스", "Paul Hendricks")]
    [InlineData("니나 호츠너", "Nina Hotsner")]
    public void Match_HangulSurnameWithOtherVowels_IsNotTheKnownPerson(string hangul, string? expected) =>
        Assert.Equal(expected, new KnownPeople(["Anna Weil", "Paul Hendricks", "Nina Hotsner"]).Match(hangul));

    [Theory]
    [InlineData("쿠마르", "Kumar")]
    [InlineData("밀러", "Miller")]
    [InlineData("파커", "Parker")]
    public void Spell_HangulSurnameEndingInR_KeepsTheSoundedR(string hangul, string expected) =>
        Assert.Equal(expected, NameParts.Spell(hangul, NamePartKind.Surname));
}
