namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A Japanese career clause that names where the person worked only with "で" and the work done there with any verb, then
/// moves on in the same sentence ("ソニーで5年間画像認識の研究をして、2023年にメルカリに移った"): the place of the work is
/// where the person came from. Written with invented people; beside them, the same words where the place is only where
/// something happened ("ソニーで講演した") or is the company joined itself.
/// </summary>
public class JapanesePlaceOfWorkOriginTests
{
    [Theory]
    [InlineData("田中健一氏はソニーで5年間画像認識の研究をして、2023年にメルカリに移った。", "Kenichi Tanaka", "Sony", "Mercari")]
    [InlineData("佐藤美穂氏は楽天で推薦システムを担当し、その後LINEヤフーに入社した。", "Miho Sato", "Rakuten", "LINE Yahoo")]
    [InlineData("小野寺彩氏はNECで音声認識の開発を続けたのち、2022年にSakana AIに加わった。", "Aya Onodera", "NEC", "Sakana AI")]
    public void Extract_WorkDoneAtAPlaceThenAMove_MovesFromThatPlace(string article, string person, string from, string to)
    {
        var result = TestData.Extract(article, "2026-11-30");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("田中健一氏はソニーで講演したことがあり、2023年にメルカリに移った。", "Sony")]
    [InlineData("田中健一氏はソニーで開かれた説明会に出た後、2023年にメルカリに移った。", "Sony")]
    [InlineData("Sakana AIは田中健一氏を採用した。田中氏は同社で研究ディレクターに就任した。", "Sakana AI")]
    public void Extract_PlaceWhereNoWorkIsTold_IsNoOrigin(string article, string place)
    {
        var result = TestData.Extract(article, "2026-11-30");

        Assert.DoesNotContain(result.Moves(), m => m.From == place);
    }
}
