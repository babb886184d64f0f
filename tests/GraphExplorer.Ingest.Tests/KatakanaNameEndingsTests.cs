using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Surnames no list has are romanised kana by kana, but end and join the way the press spells them. Names are made up.</summary>
public class KatakanaNameEndingsTests
{
    [Theory]
    [InlineData("ブラムスタイン", "Bramstein")] // スタイン is "stein", not "stain"
    [InlineData("サバノビッチ", "Sabanovich")] // ビッチ is the Slavic "vich"
    [InlineData("ペンドレー", "Pendley")] // a final レー is "ley"
    [InlineData("ホルトウッド", "Holtwood")]
    [InlineData("ウィンバーズ", "Winbers")] // a long a and a final s: the English "-ers"
    [InlineData("ハルターズ", "Halters")]
    public void Spell_SurnameWithAListedEnding_TakesTheEndingsSpelling(string katakana, string expected) =>
        Assert.Equal(expected, KatakanaPress.Spell(katakana));

    [Theory]
    [InlineData("ゴールドナー", "Goldner")] // ルド before a consonant: "ld", not "ldo"
    [InlineData("ブレッチャー", "Bretcher")] // ッチ is "tch"
    public void Spell_ConsonantClustersKatakanaBreaksUp_AreJoinedAgain(string katakana, string expected) =>
        Assert.Equal(expected, KatakanaPress.Spell(katakana));

    [Fact]
    public void Spell_ListedEndingWithTooShortAStem_IsRomanisedWhole() =>
        Assert.DoesNotContain("berg", KatakanaPress.Spell("ハバーグ"), StringComparison.Ordinal);
}
