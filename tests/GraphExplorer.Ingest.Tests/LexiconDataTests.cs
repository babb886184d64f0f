using GraphExplorer.Ingest.Lexicons;

namespace GraphExplorer.Ingest.Tests;

/// <summary>The per-language cue words come from the embedded data files, and a broken file is named in its error.</summary>
public class LexiconDataTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("de")]
    [InlineData("pt")]
    [InlineData("id")]
    [InlineData("zh-Hans")]
    [InlineData("zh-Hant")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void All_EveryLanguage_HasLeaveJoinFoundAndRoleCues(string code)
    {
        var lexicon = Languages.All[code];

        foreach (var cue in new[] { Cue.Leave, Cue.Join, Cue.Found, Cue.Role, Cue.FounderRole })
        {
            Assert.Contains(lexicon.Entries, e => e.Cue == cue);
        }

        Assert.All(lexicon.Entries.Where(e => e.Cue == Cue.Role), e => Assert.False(string.IsNullOrWhiteSpace(e.Value)));
    }

    [Fact]
    public void All_ChineseScripts_ShareOneVocabulary()
    {
        var simplified = Languages.All["zh-Hans"].Entries.Select(e => (e.Cue, e.Phrase));
        var traditional = Languages.All["zh-Hant"].Entries.Select(e => (e.Cue, e.Phrase));

        Assert.Equal(simplified, traditional);
        Assert.True(Languages.All["zh-Hans"].LabBeforeTitle);
        Assert.True(Languages.All["ja"].HeadFinal);
    }

    [Fact]
    public void Read_TitlesAndCalendar_FillsTheLexicon()
    {
        var lexicon = Assert.Single(Languages.Read(
            """
            { "codes": ["xx"], "cues": [ { "cue": "Leave", "past": true, "phrases": ["walked out"] },
                                         { "cue": "Role", "roles": { "boss": "CEO", "engineer": "engineer" } } ],
              "stopwords": ["the"], "months": [["jan", "january"], ["feb"]], "weekdays": [["mon"]], "notNames": ["Hello"] }
            """, "xx.json"));

        Assert.Equal("xx", lexicon.Code);
        Assert.Contains(new CueEntry(Cue.Leave, "walked out", null, true), lexicon.Entries);
        Assert.Contains(new CueEntry(Cue.Role, "boss", "CEO", false), lexicon.Entries);
        Assert.Equal(2, lexicon.Months["feb"]);
        Assert.Equal(DayOfWeek.Monday, lexicon.Weekdays["mon"]);
        Assert.Contains("hello", lexicon.NotNames);
    }

    [Theory]
    [InlineData("""{ "codes": ["xx"], "cues": [ { "cue": "Leaving", "phrases": ["x"] } ] }""", "'cue' is 'Leaving'")]
    [InlineData("""{ "codes": ["xx"], "cues": [ { "cue": "Leave", "phrases": "left" } ] }""", "cues[0]: 'phrases' must be an array of strings")]
    [InlineData("""{ "codes": [], "cues": [] }""", "'codes' must list at least one")]
    [InlineData("""{ "codes": ["xx"], "cues": [ { "cue": "Role", "roles": ["boss"] } ] }""", "needs 'roles'")]
    [InlineData("""{ "codes": ["xx"], "cues": [ }""", "line 1")]
    public void Read_BrokenFile_NamesTheFileAndTheProblem(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Languages.Read(json, "xx.json"));

        Assert.StartsWith("xx.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
