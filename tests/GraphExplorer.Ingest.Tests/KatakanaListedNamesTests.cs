using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Common foreign names whose katakana hides letters of the English spelling take the listed spelling, not a sound
/// match or a romanisation. Names are made up for these tests.
/// </summary>
public class KatakanaListedNamesTests
{
    [Theory]
    [InlineData("マイケル・ホワイト", "Michael White")] // sound matching heard "Maikel" and "Howait"
    [InlineData("ジェームズ・ウォーカー", "James Walker")]
    [InlineData("スティーヴン・ヴェーバー", "Steven Weber")]
    [InlineData("キャサリン・ムーア", "Catherine Moore")] // Moore, not the listed part that sounds near it (Meyer)
    [InlineData("セルゲイ・スミルノフ", "Sergey Smirnov")]
    [InlineData("ブライアン・シャルマ", "Brian Sharma")]
    public void SpellName_CommonPartsInTheirUsualKatakana_TakeTheListedSpelling(string katakana, string expected) =>
        Assert.Equal(expected, NameParts.SpellName(katakana));

    [Theory]
    [InlineData("ライト", false, "Wright")]
    [InlineData("ライト", true, null)] // a listed surname is no given name
    [InlineData("マイケル", true, "Michael")]
    [InlineData("ビル", true, null)] // also the word for a building: left to the sound match
    public void Spell_PartOfTheExpectedKind_IsLookedUpOnlyInThatList(string katakana, bool given, string? expected) =>
        Assert.Equal(expected, KatakanaListedNames.Spell(katakana, given ? NamePartKind.Given : NamePartKind.Surname));

    [Theory]
    [InlineData("ジャンリュック・モロー", "Jean-Luc Moreau")]
    [InlineData("ジャン・クロード・ロッシ", "Jean-Claude Rossi")] // the compound written as two parts is still one given name
    public void SpellName_CompoundGivenName_IsOneHyphenatedGivenName(string katakana, string expected) =>
        Assert.Equal(expected, NameParts.SpellName(katakana));

    [Fact]
    public void Extract_CompoundNameJoinedByEqualsSign_IsReadAsOneName()
    {
        var result = TestData.Extract("ジャン＝ピエール・ロッシ氏はアップルを退社し、エヌビディアに入社した。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("Jean-Pierre Rossi", "Apple", "Nvidia"), (move.Person, move.From, move.To));
    }

    [Fact]
    public void Extract_JapaneseMoveOfPersonInKatakanaOnly_WritesThePressSpelling()
    {
        var result = TestData.Extract("ジェームズ・ガルシア氏はアマゾンを退社し、アンソロピックに入社した。同氏は研究部門を率いる。");

        var move = Assert.Single(result.Moves());
        Assert.Equal(("James Garcia", "Amazon", "Anthropic"), (move.Person, move.From, move.To));
    }
}
