using GraphExplorer.Core.Facts;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Korean clauses around a move: whose verb it is, where the mover came from, what is no name; self-written sentences only.</summary>
public class KoreanMoveClauseTests
{
    [Theory]
    [InlineData("회사는 새 연구팀을 이끌 리더를 찾던 중 카카오에 투자했다.")]
    [InlineData("두 회사는 기초 연구를 이끄는 수석 과학자 자리를 젊은 연구자에게 맡기고 있다.")]
    public void Extract_VerbOfLeadingBeforeATitle_IsNoKoreanName(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact or LeftForFact or FoundedFact);
    }

    [Fact]
    public void Extract_CompanyNameInLatinBracketsAfterHangul_IsNoPerson()
    {
        var result = TestData.Extract("김하늘 대표가 설립한 블루 웨이브스(Blue Waves) 연구소의 임원 3명이 네이버로 합류했다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Person: "Blue Waves" } or LeftForFact { Person: "Blue Waves" });
        Assert.DoesNotContain(result.Facts, f => f is LeftForFact);
    }

    [Fact]
    public void Extract_PersonWhoOnlyLeadsTheLabOfTheMovers_DoesNotMove()
    {
        var result = TestData.Extract("박서준 대표가 이끄는 카카오의 연구원 두 명이 네이버로 이직했다.", "2025-03-20");

        Assert.DoesNotContain(result.Facts, f => f is LeftForFact);
        Assert.DoesNotContain(result.Facts, f => f is WorkedAtFact { Person: "Park Seo-jun", Lab: "Naver" });
    }

    [Fact]
    public void Extract_SubjectBeforeADependentNoun_StillMoves()
    {
        var result = TestData.Extract("박서준 대표가 네이버를 떠난 뒤 카카오로 이직했다.", "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Park Seo-jun", From: "Naver", To: "Kakao" });
    }

    [Theory]
    [InlineData("네이버의 검색 책임자였던 다니엘 로페스(Daniel Lopez)가 카카오로 자리를 옮겼다.", "Daniel Lopez", "Naver", "Kakao")]
    [InlineData("구글의 안전 연구 책임자였던 안드레아 발론(Andrea Vallone)이 앤트로픽으로 자리를 옮겼다.", "Andrea Vallone", "Google", "Anthropic")]
    [InlineData("구글의 연구 책임자였던 마이클 존슨이 메타로 이직했다.", "Johnson", "Google", "Meta")]
    public void Extract_PostHeldAtALabClosedByThePastCopula_IsWhereTheMoveStarts(string sentence, string person, string from, string to)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact l && l.Person.EndsWith(person, StringComparison.Ordinal) && l.From == from && l.To == to);
    }

    [Fact]
    public void Extract_ForeignSurnameOpeningWithAParticleSyllable_IsPartOfTheName()
    {
        var result = TestData.Extract("다니엘 로페스는 지난달 구글을 떠나 메타에 합류했다.", "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Daniel Lopez", From: "Google", To: "Meta" });
    }

    [Theory]
    [InlineData("카카오가 데려온 인물은 네이버 출신의 김도현 연구원이다.")]
    [InlineData("네이버 출신 김도현 연구원을 영입한 카카오는 검색 조직을 강화했다.")]
    public void Extract_HiringVerbInTheAttributiveForm_IsAMoveToTheHirer(string sentence)
    {
        var result = TestData.Extract(sentence, "2025-03-20");

        Assert.Contains(result.Facts, f => f is LeftForFact { Person: "Kim Do-hyun", From: "Naver", To: "Kakao" });
    }
}
