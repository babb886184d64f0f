using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Katakana name parts no list matches are romanised as the press spells such names; self-written parts only.</summary>
public class KatakanaPressTests
{
    [Theory]
    [InlineData("メッツ", "Metz")]
    [InlineData("ブロック", "Brock")]
    [InlineData("マックス", "Max")]
    [InlineData("クラム", "Kram")]
    [InlineData("スミス", "Smis")]
    [InlineData("シモ", "Shimo")]
    [InlineData("ドゥアン", "Duan")]
    public void Spell_KatakanaPart_DropsTheVowelsTheScriptOnlyAdds(string part, string expected) =>
        Assert.Equal(expected, KatakanaPress.Spell(part));

    [Theory]
    [InlineData("스미스")]
    [InlineData("Smith")]
    [InlineData("ス")]
    public void Spell_NotAKatakanaName_GivesNull(string part) => Assert.Null(KatakanaPress.Spell(part));

    [Fact]
    public void Romanize_KatakanaName_UsesThePressSpellingOfEachPart() =>
        Assert.Equal("Max Brock", NameSounds.Romanize("マックス・ブロック"));

    [Fact]
    public void Spell_KatakanaSurnameWithOtherVowelsAndConsonants_IsNotTakenFromTheList()
    {
        // ヒントン keeps its i and its t: "Hanson" sounds two steps away, more than a transliteration changes.
        Assert.NotEqual("Hanson", NameParts.Spell("ヒントン", NamePartKind.Surname));
        Assert.Equal("Schulman", NameParts.Spell("シュルマン"));
    }
}
