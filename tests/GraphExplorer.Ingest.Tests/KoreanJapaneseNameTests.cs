using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Korean names found by the title after them, their press spelling, and Japanese names in kanji; self-written sentences only.</summary>
public class KoreanJapaneseNameTests
{
    [Theory]
    [InlineData("김병학", "Kim Byung-hak")]
    [InlineData("이석환", "Lee Seok-hwan")]
    [InlineData("박준혁", "Park Jun-hyuk")]
    [InlineData("김윤", "Kim Yoon")]
    [InlineData("이서연", "Lee Seo-yeon")]
    public void Romanize_SyllableFinalConsonantAndYoon_AreWrittenAsThePressDoes(string hangul, string expected) =>
        Assert.Equal(expected, KoreanNames.Romanize(hangul));

    [Theory]
    [InlineData("대표는", true)]
    [InlineData("커머스사업부장과", true)]
    [InlineData("부사장", true)]
    [InlineData("CTO로", true)]
    [InlineData("씨가", true)]
    [InlineData("반도체시장", false)]
    [InlineData("아저씨", false)]
    [InlineData("회사", false)]
    public void IsTitle_KoreanWord_KnowsTitlesAndCompoundsEndingInOne(string word, bool expected) =>
        Assert.Equal(expected, KoreanNames.IsTitle(word));

    [Theory]
    [InlineData("박지훈 SK텔레콤 커머스사업부장은 지난해 카카오를 떠나 네이버로 옮겼다.", "Park Ji-hoon")]
    [InlineData("이서연(34) 씨는 구글을 떠나 메타에 합류했다.", "Lee Seo-yeon")]
    [InlineData("김윤 전 CTO는 애플을 떠나 구글에 합류했다.", "Kim Yoon")]
    public void Extract_KoreanNameBeforeItsTitle_IsAPersonInPressSpelling(string sentence, string person)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is WorkedAtFact w && w.Person == person || f is LeftForFact l && l.Person == person);
    }

    [Theory]
    [InlineData("국내 대표 기업인 네이버는 지난해 구글 출신 연구원을 영입했다.")]
    [InlineData("최연소 대표로 카카오에 합류한 그는 구글에서 일했다.")]
    [InlineData("연구 부문 책임자는 지난달 구글을 떠나 메타에 합류했다.")]
    public void Extract_KoreanCommonNounBeforeATitle_IsNoPerson(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact or LeftForFact or FoundedFact);
    }

    [Theory]
    [InlineData("平川智也", "Tomoya Hirakawa")]
    [InlineData("岩井 康之", "Yasuyuki Iwai")]
    [InlineData("若林優香", "Yuka Wakabayashi")]
    public void Romanize_CommonJapaneseNames_ReadsThemGivenNameFirst(string kanji, string expected) =>
        Assert.Equal(expected, JapaneseNames.Romanize(kanji));

    [Fact]
    public void Extract_ForeignNameInHangulBeforeEmployerAndTitle_IsAPerson()
    {
        var result = TestData.Extract("피터 존스 구글 부사장은 지난달 메타에 합류했다.", "2025-03-20");

        Assert.Contains(result.Facts, f => f is WorkedAtFact { Person: "Peter Jones" } or LeftForFact { Person: "Peter Jones" });
    }

    [Fact]
    public void Match_KnownPersonWhoseShortPartsDiffer_IsNotTaken()
    {
        var known = new KnownPeople(["Yann LeCun", "Olga Petrova"]);

        Assert.Null(known.Match("얀 라이케"));
        Assert.Equal("Olga Petrova", known.Match("올가 페트로바"));
    }

    [Theory]
    [InlineData("同社は、山田太郎社長が来月グーグルを退社し、メタに移ると発表した。", "Taro Yamada")]
    [InlineData("グーグルの佐藤花子教授は2024年にメタに移籍した。", "Hanako Sato")]
    public void Extract_JapaneseFullNameBeforeATitle_IsAPersonGivenNameFirst(string sentence, string person)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person == person && l.From == "Google" && l.To == "Meta");
    }

    [Fact]
    public void Extract_KanjiWordsBeforeATitleThatAreNoName_AreNoPerson()
    {
        var result = TestData.Extract("新体制では技術部門社長が来月グーグルを退社し、メタに移る。", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact or LeftForFact or FoundedFact);
    }
}
