using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Korean precision: common noun phrases are no foreign names, and list items keep their own employer; self-written sentences only.</summary>
public class KoreanPrecisionTests
{
    [Theory]
    [InlineData("업계에서는 회사의 핵심 인력이 지난달 구글을 떠나 메타에 합류했다고 전했다.")]
    [InlineData("오픈AI에서는 거물급 인사가 잇따라 회사를 떠나 앤트로픽으로 옮겼다.")]
    [InlineData("메타에서 심층 강화학습(reinforcement learning) 연구를 이끌던 그는 지난달 구글로 옮겼다.")]
    [InlineData("이 중 두명은 불과 한 달 만에 메타를 떠나 오픈AI로 복귀했다.")]
    [InlineData("연구진은 불과 한 달도 안 돼 메타를 떠나 오픈AI로 복귀했다.")]
    [InlineData("그는 올해 연세대 AI대학원을 졸업하고 메타 연구원으로 일한다.")]
    public void Extract_KoreanNounPhraseBeforeAParticleOrBracket_IsNoPerson(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact or LeftForFact or FoundedFact);
    }

    [Theory]
    [InlineData("다니엘 로페스(Daniel Lopez)는 지난달 구글을 떠나 메타에 합류했다.", "Daniel Lopez")]
    [InlineData("마이클 존슨은 지난달 구글을 떠나 메타에 합류했다.", "Johnson")]
    public void Extract_ForeignNameInHangulWithSpellingOrListedParts_IsAPerson(string sentence, string person)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact { From: "Google", To: "Meta" } l && l.Person.EndsWith(person, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KoreanListOfNamesWithEmployerAndTitle_GivesEachPersonOnlyTheirOwnEmployer()
    {
        var result = TestData.Extract("이날 행사에는 박서준 구글 연구원, 최민호 메타 엔지니어, 한도윤 엔비디아 연구원이 참석했다.", "2025-03-20");

        var worked = result.Facts.OfType<WorkedAtFact>().Select(w => $"{w.Person}@{w.Lab}").ToList();
        Assert.Contains("Park Seo-jun@Google", worked);
        Assert.Contains("Choi Min-ho@Meta", worked);
        Assert.DoesNotContain("Choi Min-ho@Google", worked);
        Assert.DoesNotContain("Han Do-yoon@Meta", worked);
    }

    [Theory]
    [InlineData("김민준 CTO는 자신의 소셜미디어 엑스(X·옛 트위터) 계정에 구글을 떠난다고 밝혔다.")]
    [InlineData("김민준 CTO는 소셜 미디어 X(트위터)를 통해 구글을 떠난다고 발표했다.")]
    public void Extract_SocialMediaAccountWherePersonAnnouncesDeparture_IsNoEmployer(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Lab: "Twitter" or "X" });
    }

    [Fact]
    public void Extract_AttributiveVerbDescribingAnUnnamedNoun_IsNotAboutThePersonBefore()
    {
        var result = TestData.Extract("메타에서 일하던 김민준 씨, 오픈AI로 이적한 익명의 연구원 등이 거론된다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact { To: "OpenAI" } || f is WorkedAtFact { Lab: "OpenAI" });
    }

    [Fact]
    public void Extract_KoreanRumouredMoveNoun_IsNoMove()
    {
        var result = TestData.Extract("한편 김도윤 씨의 네이버 이직설에 대해 두 회사는 \"사실이 아니다\"라고 밝혔다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact { To: "Naver" } || f is WorkedAtFact { Lab: "Naver" });
    }

    [Fact]
    public void Extract_KoreanStatedMoveWithoutRumourNoun_IsAMove()
    {
        var result = TestData.Extract("김도윤 씨는 지난달 카카오에서 네이버로 이직했다.", "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact { From: "Kakao", To: "Naver" });
    }
}
