namespace GraphExplorer.Ingest.Tests;

/// <summary>Companies and people a Japanese article names only in Japanese script take their English names from the
/// data files (labs' aliases, japanese-names.txt). Self-written sentences.</summary>
public class JapaneseSurfaceFormTests
{
    [Theory]
    [InlineData("伊藤彩氏はファナックで4年働いた後、ソニーに移った。", "Aya Ito", "Fanuc", "Sony")]
    [InlineData("ソフトバンクの生成AI子会社SB Intuitionsは、日本マイクロソフト出身の石川翔太氏を迎えた。", "Shota Ishikawa", "Microsoft", "SB Intuitions")]
    [InlineData("山本健太氏はジャフコを退社し、メルカリに転職した。", "Kenta Yamamoto", "JAFCO", "Mercari")]
    public void Extract_JapaneseCompanyWrittenInScript_IsTheCompanysEnglishName(string text, string person, string origin, string destination)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => (m.Person, m.From, m.To) == (person, origin, destination));
    }

    [Theory]
    [InlineData("佐伯拓海氏は富士通を退社し、ソニーに入社した。", "Takumi Saeki")]
    [InlineData("ソニーは、富士通出身の櫻井啓太氏を採用した。", "Keita Sakurai")]
    public void Extract_KanjiNameWithOneCommonReading_IsReadInHepburn(string text, string person)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Moves(), m => (m.Person, m.From, m.To) == (person, "Fujitsu", "Sony"));
    }

    /// <summary>A backer is no employer: the firm that invested is not where the founder worked.</summary>
    [Fact]
    public void Extract_InvestorWrittenInScript_IsNoEmployerOfTheFounder()
    {
        var result = TestData.Extract("佐伯拓海氏が設立したコトダマは、ジャフコから3億円を調達した。", "2025-03-01");

        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.WorkedAtFact { Person: "Takumi Saeki", Lab: "JAFCO" } or Core.Facts.LeftForFact { Person: "Takumi Saeki" });
    }
}
