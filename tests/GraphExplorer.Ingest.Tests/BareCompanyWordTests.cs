namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// "AI" or "Labs" alone is never a company: what is left of "별빛AI" when the Hangul part is not joined to it, or of
/// "카카오 AI 리더" (Kakao's AI lead). The sentences, people and start-ups of these tests are made up.
/// </summary>
public class BareCompanyWordTests
{
    [Fact]
    public void Extract_StartupNameGluedToAi_NoLabNamedAi()
    {
        var result = TestData.Extract("카카오 출신 김하늘, AI 스타트업 창업\n\n김하늘 씨는 카카오를 떠나 AI 스타트업 별빛AI를 공동 창업했다. 그는 \"작은 가게를 위한 AI를 만들겠다\"고 말했다.", "2026-11-01");

        Assert.DoesNotContain(result.Facts, f => f is GraphExplorer.Core.Facts.FoundedFact { Lab: "AI" } or GraphExplorer.Core.Facts.LeftForFact { To: "AI" } or GraphExplorer.Core.Facts.WorkedAtFact { Lab: "AI" });
    }

    [Fact]
    public void Extract_StartupNameGluedToAi_OriginKept()
    {
        var result = TestData.Extract("카카오 출신 김하늘, AI 스타트업 창업\n\n김하늘 씨는 카카오를 떠나 AI 스타트업 별빛AI를 공동 창업했다. 그는 \"작은 가게를 위한 AI를 만들겠다\"고 말했다.", "2026-11-01");

        Assert.Contains(result.Tenures(), t => t.Person == "Kim Ha-neul" && t.Lab == "Kakao");
    }
}
