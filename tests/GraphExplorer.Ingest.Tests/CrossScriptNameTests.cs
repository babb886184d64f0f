using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Hangul and katakana transliterations get their Latin spelling by sound; self-written sentences only.</summary>
public class CrossScriptNameTests
{
    [Theory]
    [InlineData("Altman", "RTMN")]
    [InlineData("Sutskever", "SKP")]
    [InlineData("Peter", "PT")]
    [InlineData("Brockman", "PRKMN")]
    public void Skeleton_EnglishSpelling_KeepsTheConsonantClasses(string word, string expected) =>
        Assert.Equal(expected, NameSounds.Skeleton(word, english: true));

    [Theory]
    [InlineData("올트먼", "RTMN")]
    [InlineData("서츠케버", "SKP")]
    [InlineData("ピーター", "PT")]
    [InlineData("ブロックマン", "PRKMN")]
    public void Skeleton_HangulOrKatakana_MatchesTheEnglishSkeleton(string word, string expected) =>
        Assert.Equal(expected, NameSounds.Skeleton(word, english: false));

    [Theory]
    [InlineData("토마스 브링크", "Thomas Brink")]
    [InlineData("トーマス・ブリンク", "Thomas Brink")]
    [InlineData("브링크 토마스", null)]
    [InlineData("토마스 그린", null)]
    public void BestMatch_Transliteration_FindsTheLatinNameThatSoundsAlike(string foreign, string? expected) =>
        Assert.Equal(expected, NameSounds.BestMatch(foreign, ["Thomas Brink", "Laura Chen", "Olga Petrova"]));

    [Fact]
    public void BestMatch_TwoCandidatesSoundAlike_GivesNull() =>
        Assert.Null(NameSounds.BestMatch("토마스 브링크", ["Thomas Brink", "Tomas Brinck"]));

    [Fact]
    public void Match_KnownPerson_IsFoundThroughTheSurnameIndex()
    {
        var known = new KnownPeople(["Thomas Brink", "Laura Chen", "Olga Petrova"]);

        Assert.Equal("Olga Petrova", known.Match("オルガ・ペトロワ"));
        Assert.Null(known.Match("オルガ・スミス"));
    }

    [Theory]
    [InlineData("송창민", "Song Chang-min")]
    [InlineData("이현수", "Lee Hyun-soo")]
    [InlineData("김경호", "Kim Kyung-ho")]
    [InlineData("박신우", "Park Shin-woo")]
    [InlineData("톰슨", null)]
    public void Romanize_KoreanName_UsesThePressSpelling(string hangul, string? expected) =>
        Assert.Equal(expected, KoreanNames.Romanize(hangul));

    [Fact]
    public void Extract_KoreanArticleWithLatinSpellingElsewhere_TakesTheArticlesSpelling()
    {
        var result = TestData.Extract(
            "오픈AI의 연구원 토마스 브링크가 구글을 떠나 메타에 합류했다. Thomas Brink는 이전에 구글에서 5년간 일했다.", "2025-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Thomas Brink" });
        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact w && w.Person.Contains('토', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KatakanaNameOfAKnownPerson_LinksToTheKnownSpellingBySound()
    {
        // A spelling the built-in list does not carry (Ilya Sutskever is on it with other katakana spellings).
        var result = TestData.Extract("元オープンAIのイリア・サツキーバー氏は6月にセーフ・スーパーインテリジェンスを設立した。", "2024-07-01");

        Assert.Contains(result.Facts, f => f is Core.Facts.FoundedFact { Person: "Ilya Sutskever" });
    }

    [Fact]
    public void Extract_LongKatakanaNameBeforeHonorific_IsReadWhole()
    {
        var result = TestData.Extract("グーグルの研究者だったアレクサンドラ・ペトロワ氏が先月メタに移籍した。", "2025-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.LeftForFact l && l.From == "Google" && l.To == "Meta" && l.Person == "Alexandra Petrova");
    }

    [Fact]
    public void Extract_KoreanNameBeforeEmployerAndTitle_IsAPersonInPressSpelling()
    {
        var result = TestData.Extract("송창민 네이버 부사장은 지난해 구글을 떠나 삼성전자에 합류했다.", "2025-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Song Chang-min" });
    }

    [Fact]
    public void Extract_KoreanForeignNameWithBracketedSpelling_TakesTheSpelling()
    {
        var result = TestData.Extract("구글 연구원이었던 토마스 브링크(Thomas Brink)가 지난달 메타에 합류했다.", "2025-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.LeftForFact { Person: "Thomas Brink", From: "Google", To: "Meta" } or Core.Facts.WorkedAtFact { Person: "Thomas Brink" });
    }

    [Fact]
    public void Extract_KoreanWordsBeforeATitle_AreNoPerson()
    {
        var result = TestData.Extract("제품 담당 부사장은 2024년 구글을 떠나 메타에 합류했다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact w && w.Person.StartsWith("Jepum", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KoreanGrammarBeforeACue_IsNoPerson()
    {
        var result = TestData.Extract("그는 회사의 클라우드 사업을 담당하는 임원으로 구글에서 일했다. 소식통을 인용해 매체는 그가 메타로 옮겼다고 전했다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact w && (w.Person.Contains("담당", StringComparison.Ordinal) || w.Person.Contains("소식통", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_InvestorFirm_IsNoFounder()
    {
        var result = TestData.Extract("Acme Robotics was founded in 2021 by Dana Whitfield with money from Northgate Partners.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.FoundedFact x && x.Person.Contains("Partners", StringComparison.Ordinal));
    }
}

/// <summary>Katakana read syllable by syllable into Latin letters.</summary>
public class KatakanaLatinTests
{
    [Theory]
    [InlineData("ジョーンズ", "jonzu")]
    [InlineData("ショウ", "shou")]
    [InlineData("キョウコ", "kyouko")]
    [InlineData("フィル", "firu")]
    [InlineData("ブロックマン", "burokkuman")]
    public void Latin_KatakanaWithSmallKana_CombinesThem(string katakana, string expected) =>
        Assert.Equal(expected, NameSounds.Latin(katakana));
}
