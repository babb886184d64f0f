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
