namespace GraphExplorer.Ingest.Tests;

/// <summary>The capitalised words after a school's own noun ("Instituto Superior Técnico", "Universidad de ...") finish
/// that school's name and are no person; self-written sentences only.</summary>
public class InstitutionNameTests
{
    private const string PortugueseOpening = "Lisboa — A notícia foi confirmada pela empresa nesta terça-feira, segundo um porta-voz. ";

    [Fact]
    public void Extract_SchoolNamedAfterItsNoun_IsNoPersonAndLeavesTheCareerToTheMover()
    {
        var result = TestData.Extract(PortugueseOpening + "Rui Tavares vai mudar-se para Berlim. "
            + "Depois de um mestrado no Instituto Politécnico Central, começou na Stone, onde esteve três anos. Em 2021 trocou a Stone pelo Nubank.", "2025-07-01");

        Assert.DoesNotContain(result.Tenures(), t => t.Person.Contains("Central", StringComparison.Ordinal));
        Assert.Contains(result.Moves(), m => m is { Person: "Rui Tavares", From: "Stone", To: "Nubank" });
    }

    [Fact]
    public void Extract_PersonAfterASchoolAndAComma_IsStillAPerson()
    {
        var result = TestData.Extract(PortugueseOpening + "A professora da Universidade do Porto, Ana Maia, trabalhou sete anos na Feedzai.", "2025-07-01");

        Assert.Contains(result.Tenures(), t => t is { Person: "Ana Maia", Lab: "Feedzai" });
    }
}
