namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A young company that only the headline calls a company (quoted, or after a company noun) and whose Latin spelling comes
/// bare in the body. Self-written sentences (invented people and companies), with near-misses.
/// </summary>
public class HeadlineCompanyTests
{
    [Theory]
    [InlineData("카카오 출신 문서진 박사, 로봇 스타트업 '바람솔' 창업\n\n카카오에서 음성 인식을 연구했던 문서진 박사가 창업한 바람솔(Baramsol)이 투자를 유치했다.", "Moon Seo-jin", "Baramsol")]
    public void Extract_HeadlineNamesCompanyBodyGivesLatinSpelling_FounderFoundsIt(string text, string founder, string lab)
    {
        var result = TestData.Extract(text, "2025-03-01");

        Assert.Contains(result.Foundings(), f => (f.Person, f.Lab) == (founder, lab));
    }

    /// <summary>The word in the headline is neither quoted nor after a company noun: the bracket alone makes no company.</summary>
    [Fact]
    public void Extract_HeadlineWordUnquotedWithoutCompanyNoun_IsNoCompany()
    {
        var text = "카카오 출신 문서진 박사, 바람솔 창업\n\n카카오에서 음성 인식을 연구했던 문서진 박사가 창업한 바람솔(Baramsol)이 투자를 유치했다.";

        var result = TestData.Extract(text, "2025-03-01");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Baramsol");
    }

    /// <summary>"반도체" (semiconductor) before a person's title is a common noun, not a surname and given name.</summary>
    [Fact]
    public void Extract_SemiconductorBeforeEngineerTitle_IsNoPerson()
    {
        var text = "삼성전자 출신 반도체 설계 엔지니어 한유리 씨가 합류했다.";

        var result = TestData.Extract(text, "2025-03-01");

        Assert.DoesNotContain(result.Tenures(), w => w.Person == "Ban Do-che");
    }
}
