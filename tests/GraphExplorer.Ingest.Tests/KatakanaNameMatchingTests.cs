using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Katakana transliterations follow how a name is pronounced, not how English spells it; the matching must hear the
/// Latin spelling the same way. Names are made up for these tests.
/// </summary>
public class KatakanaNameMatchingTests
{
    private static readonly string[] s_articleNames = ["Jan Kowalski", "Keith Nolan", "Jim Walker", "Laura Chen", "Olga Petrova"];

    [Theory]
    [InlineData("ヤン・コヴァルスキ", "Jan Kowalski")] // the J of Dutch, German, Nordic and Polish names is a y
    [InlineData("キース・ノーラン", "Keith Nolan")] // English th is heard as s
    [InlineData("ジム・ウォーカー", "Jim Walker")] // the l of "alk" is silent
    public void BestMatch_KatakanaOfHowTheNameSounds_FindsTheArticleSpelling(string katakana, string expected) =>
        Assert.Equal(expected, NameSounds.BestMatch(katakana, s_articleNames));

    [Theory]
    [InlineData("ヤン・コヴァルスキ", "Jan Kowalski")]
    [InlineData("キース・ノーラン", "Keith Nolan")]
    [InlineData("ジム・ウォーカー", "Jim Walker")]
    public void Match_KnownPersonWrittenAsPronounced_IsFound(string katakana, string expected) =>
        Assert.Equal(expected, new KnownPeople(s_articleNames).Match(katakana));

    [Theory]
    [InlineData("ジム・ウォルターズ")] // Walters, not Walker
    [InlineData("キース・ノートン")] // Norton, not Nolan
    [InlineData("ジョン・ウォーカー")] // John is not Jim
    public void BestMatch_AnotherNameThatSoundsClose_IsNotTaken(string katakana) =>
        Assert.Null(new KnownPeople(s_articleNames).Match(katakana));

    [Theory]
    [InlineData("マシュー", "Matthew")] // a doubled t before h is one sound
    [InlineData("クロフォード", "Crawford")] // "aw" before a consonant sounds o
    [InlineData("ショー", "Shaw")]
    [InlineData("ローソン", "Lawson")]
    public void Spell_KatakanaOfAnEnglishSpellingRule_FindsTheListedPart(string katakana, string expected) =>
        Assert.Equal(expected, NameParts.Spell(katakana));

    [Fact]
    public void Of_DutchGivenName_ReadsTheJAsY() =>
        Assert.Contains("yan", LatinReadings.Of("Jan"));

    [Fact]
    public void Extract_LatinSpellingGluedToATitleElsewhere_IsTheSpellingOfTheKatakanaName()
    {
        var result = TestData.Extract(
            "ヤン・コヴァルスキ氏はアマゾンを退社し、メタに入社した。Jan Kowalski氏は以前、アマゾンで5年間働いていた。", "2025-03-20");

        Assert.Contains(result.Facts, f => f is Core.Facts.LeftForFact { Person: "Jan Kowalski", From: "Amazon", To: "Meta" });
    }
}
