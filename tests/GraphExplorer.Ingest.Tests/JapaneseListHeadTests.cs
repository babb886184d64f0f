using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>"X氏をはじめ、Y氏、Z氏が…": the person named with をはじめ ("starting with") heads the list; self-written sentences only.</summary>
public class JapaneseListHeadTests
{
    [Theory]
    [InlineData("ケン・ミラー氏をはじめ、サラ・ボイド氏、ジョン・ハート氏がアップルからグーグルに転職した。関係者が明らかにした。", "Ken Miller", "Apple", "Google")]
    [InlineData("ケン・ミラー氏をはじめ、サラ・ボイド氏がアマゾンからメタに移籍した。同社が発表した。", "Ken Miller", "Amazon", "Meta")]
    public void Extract_ListOpenedWithWoHajime_MovesItsFirstPersonToo(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person == person && l.From == from && l.To == to);
        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Sarah Boyd" } l && l.From == from && l.To == to);
    }
}
