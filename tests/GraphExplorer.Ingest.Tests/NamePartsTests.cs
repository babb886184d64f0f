using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Katakana and Hangul name parts take the English press spelling from the list of name parts; self-written names only.</summary>
public class NamePartsTests
{
    [Theory]
    [InlineData("ジョン", "John")]
    [InlineData("アンドリュー", "Andrew")]
    [InlineData("アンドルー", "Andrew")]
    [InlineData("ピーター", "Peter")]
    [InlineData("デイビッド", "David")]
    [InlineData("ジョーンズ", "Jones")]
    [InlineData("シュルマン", "Schulman")]
    [InlineData("マーク", "Mark")]
    [InlineData("앤드루", "Andrew")]
    [InlineData("앤드류", "Andrew")]
    [InlineData("존", "John")]
    [InlineData("피터", "Peter")]
    [InlineData("데이비드", "David")]
    public void Spell_TransliteratedPart_GivesThePressSpelling(string foreign, string expected) =>
        Assert.Equal(expected, NameParts.Spell(foreign));

    [Theory]
    [InlineData("リー", "Surname", "Lee")]
    [InlineData("ジョーンズ", "Surname", "Jones")]
    [InlineData("マイク", "Given", "Mike")]
    [InlineData("ケイト", "Given", "Kate")]
    public void Spell_ExpectedKind_PrefersThatKindAmongEquallyCloseParts(string foreign, string expected, string spelling) =>
        Assert.Equal(spelling, NameParts.Spell(foreign, Enum.Parse<NamePartKind>(expected)));

    [Theory]
    [InlineData("ヌヌヌヌ")]
    [InlineData("ポポポポポ")]
    public void Spell_NoListedPartSoundsAlike_GivesNull(string foreign) => Assert.Null(NameParts.Spell(foreign));

    [Theory]
    [InlineData("ピーター・ジョーンズ", "Peter Jones")]
    [InlineData("ジョン・ヌヌヌヌ", "John Nunununu")]
    [InlineData("데이비드 슐먼", "David Schulman")]
    [InlineData("ヌヌヌヌ・ポポポポポ", null)]
    public void SpellName_WholeName_SpellsEachPartAndRomanisesOnlyTheRest(string foreign, string? expected) =>
        Assert.Equal(expected, NameParts.SpellName(foreign));

    [Theory]
    [InlineData("Andrew", true, false)]
    [InlineData("schulman", false, true)]
    [InlineData("Jürgen", true, false)]
    [InlineData("Thomas", true, true)]
    [InlineData("Company", false, false)]
    public void IsGivenIsSurname_ListedParts_AreFoundInAnyCase(string word, bool given, bool surname)
    {
        Assert.Equal(given, NameParts.IsGiven(word));
        Assert.Equal(surname, NameParts.IsSurname(word));
    }

    [Fact]
    public void All_TheList_HasSeveralHundredOfEachKind()
    {
        Assert.True(NameParts.All.Count(p => p.Kind.HasFlag(NamePartKind.Given)) >= 500);
        Assert.True(NameParts.All.Count(p => p.Kind.HasFlag(NamePartKind.Surname)) >= 500);
    }

    [Fact]
    public void Extract_KatakanaNameOfAnUnknownPerson_GetsThePressSpellingOfItsParts()
    {
        var result = TestData.Extract("グーグルの研究者だったピーター・ジョーンズ氏が先月メタに移籍した。", "2025-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.LeftForFact { Person: "Peter Jones", From: "Google", To: "Meta" });
    }
}

/// <summary>Japanese names in kanji are read only when surname and given name are both common; self-written names only.</summary>
public class JapaneseNamesTests
{
    [Theory]
    [InlineData("西村健一", "Kenichi Nishimura")]
    [InlineData("佐藤 大輔", "Daisuke Sato")]
    [InlineData("長谷川直樹", "Naoki Hasegawa")]
    [InlineData("西村", null)]
    [InlineData("西村某太", null)]
    [InlineData("研究所長", null)]
    public void Romanize_KanjiName_ReadsItOnlyWhenBothPartsAreCommon(string kanji, string? expected) =>
        Assert.Equal(expected, JapaneseNames.Romanize(kanji));

    [Fact]
    public void Extract_KanjiNameAndLaterSurnameAlone_AreOnePersonInThePressSpelling()
    {
        var result = TestData.Extract("グーグルの研究者だった西村健一氏が先月メタに移籍した。西村氏はメタで研究チームを率いる。", "2025-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.LeftForFact { Person: "Kenichi Nishimura", From: "Google", To: "Meta" });
        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact w && w.Person.Contains('西', StringComparison.Ordinal));
    }
}

/// <summary>Katakana and Hangul runs made of tech vocabulary are no person; self-written sentences only.</summary>
public class LoanwordTests
{
    [Theory]
    [InlineData("グーグル・クラウド", true)]
    [InlineData("딥마인드 리서치", true)]
    [InlineData("ピーター・ジョーンズ", false)]
    [InlineData("피터 존스", false)]
    public void InName_RunWithATechWord_IsALoanwordPhrase(string surface, bool expected) =>
        Assert.Equal(expected, Loanwords.InName(surface));
}
